//! The projector's colours, set by the host for every activity's projector view.
//!
//! The host applies a [`ProjectorPalette`] to the projector's `egui::Style` before calling
//! `projector_ui`: every text colour an activity can ask egui for (plain, strong, weak, the
//! warning colour) then has a contrast of at least 7:1 against the background (WCAG AAA), in
//! every theme. An activity uses `ui.visuals()` colours, never fixed ones, and is checked by
//! [`crate::text_contrasts`] in its tests.

use egui::Color32;

/// The colours of one projector theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProjectorPalette {
    /// The screen's background.
    pub background: Color32,
    /// Body text, headings, strong text, frames.
    pub text: Color32,
    /// Secondary text (weak text): still at least 7:1.
    pub muted: Color32,
    /// A calm cue (a countdown near its end): at least 7:1, never flashing.
    pub warm: Color32,
}

impl ProjectorPalette {
    /// Light text on a dark background (calm in a dim room).
    pub const DARK: Self = Self {
        background: Color32::from_rgb(0x12, 0x16, 0x1c),
        text: Color32::from_rgb(0xf4, 0xf1, 0xe8),
        muted: Color32::from_rgb(0xc8, 0xc3, 0xb6),
        warm: Color32::from_rgb(0xf2, 0xc8, 0x79),
    };

    /// Dark text on a light background.
    pub const LIGHT: Self = Self {
        background: Color32::from_rgb(0xfa, 0xf8, 0xf2),
        text: Color32::from_rgb(0x14, 0x1a, 0x22),
        muted: Color32::from_rgb(0x3a, 0x40, 0x48),
        warm: Color32::from_rgb(0x6b, 0x3a, 0x00),
    };

    /// White and yellow on black: the most contrast a projector can give (a washed-out image,
    /// a sunny room, low vision).
    pub const HIGH_CONTRAST: Self = Self {
        background: Color32::from_rgb(0x00, 0x00, 0x00),
        text: Color32::from_rgb(0xff, 0xff, 0xff),
        muted: Color32::from_rgb(0xe6, 0xe6, 0xe6),
        warm: Color32::from_rgb(0xff, 0xe0, 0x4a),
    };

    /// Sets every text colour of `style` from this palette (plain, strong, weak, warning,
    /// frames), so no activity text can fall back on a colour of the app's own theme.
    pub fn apply(&self, style: &mut egui::Style) {
        let visuals = &mut style.visuals;
        visuals.dark_mode = self.background.r() < 0x80;
        visuals.override_text_color = Some(self.text);
        visuals.weak_text_color = Some(self.muted);
        visuals.warn_fg_color = self.warm;
        visuals.error_fg_color = self.warm;
        visuals.hyperlink_color = self.text;
        visuals.panel_fill = self.background;
        visuals.window_fill = self.background;
        visuals.extreme_bg_color = self.background;
        visuals.faint_bg_color = self.background;
        for widget in [
            &mut visuals.widgets.noninteractive,
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            widget.fg_stroke.color = self.text;
            widget.bg_fill = self.background;
            widget.weak_bg_fill = self.background;
            widget.bg_stroke.color = self.text.gamma_multiply(0.4);
        }
    }
}

/// The host's projector style: large type from `body_size` (headings half as large again,
/// small text four fifths) and the palette's colours. Activity tests use it to see their
/// projector view as the projector shows it.
pub fn projector_style(style: &mut egui::Style, palette: &ProjectorPalette, body_size: f32) {
    use egui::{FontFamily, FontId, TextStyle};
    style.text_styles = [
        (
            TextStyle::Heading,
            FontId::new(body_size * 1.5, FontFamily::Proportional),
        ),
        (
            TextStyle::Body,
            FontId::new(body_size, FontFamily::Proportional),
        ),
        (
            TextStyle::Button,
            FontId::new(body_size, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(body_size, FontFamily::Monospace),
        ),
        (
            TextStyle::Small,
            FontId::new(body_size * 0.8, FontFamily::Proportional),
        ),
    ]
    .into();
    palette.apply(style);
}

/// The host's projector frame: the palette's background over the whole area, a margin, and
/// [`projector_style`] for what `add_contents` draws. Activity tests draw their projector view
/// in it to see exactly what the projector shows.
pub fn projector_frame(
    ui: &mut egui::Ui,
    palette: &ProjectorPalette,
    body_size: f32,
    add_contents: impl FnOnce(&mut egui::Ui),
) {
    let rect = ui.available_rect_before_wrap();
    ui.painter().rect_filled(rect, 0.0, palette.background);
    egui::Frame::NONE.inner_margin(24.0).show(ui, |ui| {
        projector_style(ui.style_mut(), palette, body_size);
        add_contents(ui);
    });
}

/// The WCAG contrast ratio of two opaque colours (1 to 21).
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_palette_colour_reads_at_seven_to_one() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        for palette in crate::PROJECTOR_PALETTES {
            for colour in [palette.text, palette.muted, palette.warm] {
                let ratio = contrast_ratio(colour, palette.background);
                assert!(
                    ratio >= 7.0,
                    "{colour:?} on {:?}: {ratio}",
                    palette.background
                );
            }
        }
    }
}
