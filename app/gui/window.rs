//! The main window: its title names the data folder, it has Atelier's icon, and it opens where
//! and as large as it was when Atelier last closed (kept in the user's settings).

use serde::{Deserialize, Serialize};

/// Where the window was, in points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowPlace {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Inner width.
    pub width: f32,
    /// Inner height.
    pub height: f32,
    /// Maximised.
    pub maximized: bool,
}

impl WindowPlace {
    /// Where the window is now, if the system says (not in tests).
    pub fn of(ctx: &egui::Context) -> Option<Self> {
        // egui gives the rects in its points, which the window's scale (Ctrl +) enlarges; the
        // window is reopened in the system's own units.
        let zoom = ctx.zoom_factor();
        ctx.input(|i| {
            let viewport = i.viewport();
            let outer = viewport.outer_rect?;
            let inner = viewport.inner_rect?;
            Some(Self {
                x: outer.min.x * zoom,
                y: outer.min.y * zoom,
                width: inner.width() * zoom,
                height: inner.height() * zoom,
                maximized: viewport.maximized.unwrap_or(false),
            })
        })
        .filter(Self::usable)
    }

    /// A place worth reopening at: a real size, on a screen's coordinates.
    fn usable(&self) -> bool {
        self.width >= 400.0
            && self.height >= 300.0
            && self.width <= 16_000.0
            && self.height <= 16_000.0
            && self.x.abs() < 32_000.0
            && self.y.abs() < 32_000.0
    }
}

/// The window's title: Atelier and the data folder it works on.
pub fn title(data_dir: &std::path::Path) -> String {
    format!("Atelier — {}", data_dir.display())
}

/// The window's options: the remembered place (else maximised), the icon, the title.
pub fn options(title: &str, place: Option<WindowPlace>) -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("atelier")
        .with_icon(std::sync::Arc::new(icon()))
        .with_min_inner_size([800.0, 500.0]);
    viewport = match place.filter(WindowPlace::usable) {
        Some(place) => viewport
            .with_position([place.x, place.y])
            .with_inner_size([place.width, place.height])
            .with_maximized(place.maximized),
        None => viewport
            .with_inner_size([1280.0, 720.0])
            .with_maximized(true),
    };
    eframe::NativeOptions {
        viewport,
        ..eframe::NativeOptions::default()
    }
}

/// Atelier's icon, drawn here (no image file to ship): three people around a table — three
/// white heads on a calm blue disc.
pub fn icon() -> egui::IconData {
    const SIZE: usize = 64;
    let mut rgba = vec![0_u8; SIZE * SIZE * 4];
    let center = SIZE as f32 / 2.0;
    // Coverage of a disc at (cx, cy) of radius r for the pixel (x, y), smoothed on its edge.
    let disc = |x: f32, y: f32, cx: f32, cy: f32, r: f32| {
        let d = ((x - cx).powi(2) + (y - cy).powi(2)).sqrt();
        (r + 0.5 - d).clamp(0.0, 1.0)
    };
    let heads: Vec<(f32, f32)> = (0..3)
        .map(|k| {
            let angle = std::f32::consts::TAU * k as f32 / 3.0 - std::f32::consts::FRAC_PI_2;
            (center + 15.0 * angle.cos(), center + 15.0 * angle.sin())
        })
        .collect();
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
            let background = disc(px, py, center, center, 30.0);
            let white = heads
                .iter()
                .map(|(hx, hy)| disc(px, py, *hx, *hy, 9.0))
                .fold(0.0_f32, f32::max);
            let blend = |blue: f32| blue * (1.0 - white) + 255.0 * white;
            let pixel = [blend(47.0), blend(93.0), blend(138.0), 255.0 * background];
            let at = (y * SIZE + x) * 4;
            for (i, value) in pixel.iter().enumerate() {
                if let Some(byte) = rgba.get_mut(at + i) {
                    *byte = value.round().clamp(0.0, 255.0) as u8;
                }
            }
        }
    }
    egui::IconData {
        rgba,
        width: SIZE as u32,
        height: SIZE as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_is_a_blue_disc_with_white_heads_on_a_clear_background() {
        let icon = icon();
        assert_eq!(
            (icon.width, icon.height, icon.rgba.len()),
            (64, 64, 64 * 64 * 4)
        );
        let pixel = |x: usize, y: usize| &icon.rgba[(y * 64 + x) * 4..(y * 64 + x) * 4 + 4];
        assert_eq!(pixel(0, 0)[3], 0, "clear corner");
        assert_eq!(pixel(32, 32), [47, 93, 138, 255], "blue centre");
        assert_eq!(pixel(32, 17), [255, 255, 255, 255], "a white head above");
    }

    #[test]
    fn a_place_off_any_screen_or_too_small_is_not_reused() {
        let place = WindowPlace {
            x: 10.0,
            y: 20.0,
            width: 1200.0,
            height: 800.0,
            maximized: false,
        };
        assert!(place.usable());
        assert!(
            !WindowPlace {
                width: 10.0,
                ..place
            }
            .usable()
        );
        assert!(
            !WindowPlace {
                x: f32::MAX,
                ..place
            }
            .usable()
        );
        assert!(
            !WindowPlace {
                y: f32::NAN,
                ..place
            }
            .usable()
        );
    }
}
