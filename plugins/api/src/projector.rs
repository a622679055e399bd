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

/// What the host's projector screen shows around an activity's view: a discreet title at the
/// top and the step at the bottom. Nothing for the facilitator: the keys and hints are in the
/// facilitator's window, never in front of the group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectorChrome {
    /// The activity's name, top left.
    pub title: String,
    /// The step, from 1, and the number of steps: "2 / 5" bottom right.
    pub step: Option<(usize, usize)>,
}

/// The host's projector screen: the palette's background over the whole area, the
/// [`ProjectorChrome`] in small muted type at the top and bottom, and the activity's view
/// (drawn by `add_contents`, in [`projector_style`]) in the room between, clipped to it. What
/// the projector shows, in the app and in tests alike.
pub fn projector_screen(
    ui: &mut egui::Ui,
    palette: &ProjectorPalette,
    body_size: f32,
    chrome: &ProjectorChrome,
    add_contents: impl FnOnce(&mut egui::Ui),
) {
    let rect = ui.available_rect_before_wrap();
    ui.painter().rect_filled(rect, 0.0, palette.background);
    let margin = (rect.height() * 0.04).clamp(12.0, 48.0);
    let small = (body_size * 0.55).max(16.0);
    let inner = rect.shrink(margin);
    let line = |text: &str, width: f32| {
        let mut job = egui::text::LayoutJob::simple_singleline(
            text.to_owned(),
            egui::FontId::proportional(small),
            palette.muted,
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(width.max(small));
        ui.painter().layout_job(job)
    };
    let title = line(&chrome.title, inner.width());
    let title_height = title.size().y;
    ui.painter().galley(inner.left_top(), title, palette.muted);
    let step = chrome
        .step
        .map(|(step, steps)| line(&format!("{step} / {steps}"), inner.width() / 4.0));
    let footer_height = step.as_ref().map_or(small, |g| g.size().y.max(small));
    if let Some(step) = step {
        let pos = inner.right_bottom() - step.size();
        ui.painter().galley(pos, step, palette.muted);
    }
    let gap = small * 0.8;
    let content = egui::Rect::from_min_max(
        inner.left_top() + egui::vec2(0.0, title_height + gap),
        inner.right_bottom() - egui::vec2(0.0, footer_height + gap),
    );
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(content)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    child.set_clip_rect(content.intersect(ui.clip_rect()));
    projector_style(child.style_mut(), palette, body_size);
    add_contents(&mut child);
    // egui does not even draw what falls outside the room, so no test of the drawn text can
    // see it: the room the view took is kept for `assert_projector_frame`.
    let used = child.min_rect();
    let overflow = (used.bottom() > content.bottom() + 1.0 || used.right() > content.right() + 1.0)
        .then_some((used, content));
    ui.ctx()
        .data_mut(|d| d.insert_temp(projector_overflow_id(), overflow));
    ui.allocate_rect(rect, egui::Sense::hover());
}

/// The height of `text` at `size` wrapped at `width`, as egui lays it out (one galley, cached
/// by egui from one frame to the next): to choose a size that fits before drawing. Measured
/// with [`crate::french_spacing`], as the projector draws text (never less room than drawn).
pub fn text_height(ui: &egui::Ui, text: &str, size: f32, width: f32) -> f32 {
    ui.ctx()
        .fonts_mut(|fonts| {
            fonts.layout(
                crate::french_spacing(text).into_owned(),
                egui::FontId::proportional(size),
                egui::Color32::PLACEHOLDER,
                width.max(1.0),
            )
        })
        .size()
        .y
}

/// Where [`projector_screen`] notes, each frame, the room a view took beyond the room it had.
pub(crate) fn projector_overflow_id() -> egui::Id {
    egui::Id::unique("atelier-projector-overflow")
}

/// One calm message in the middle of the projector: `title` above it in smaller, muted type
/// if any, and `message` as large as the room allows (from twice the body size down to the
/// body size), wrapped and centred both ways. For a question, a pause, a thank-you.
pub fn projector_message_ui(ui: &mut egui::Ui, title: Option<&str>, message: &str) {
    let area = ui.available_rect_before_wrap();
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    let (text, muted) = (ui.visuals().text_color(), ui.visuals().weak_text_color());
    let width = area.width() * 0.85;
    let centred = |text: &str, size: f32, colour: egui::Color32| {
        let mut job = egui::text::LayoutJob::single_section(
            crate::french_spacing(text).into_owned(),
            egui::TextFormat::simple(egui::FontId::proportional(size), colour),
        );
        job.wrap.max_width = width;
        job.halign = egui::Align::Center;
        ui.painter().layout_job(job)
    };
    let title = title.filter(|t| !t.trim().is_empty());
    let mut size = body * 2.0;
    let (title, message) = loop {
        let title_galley = title.map(|t| centred(t, (size * 0.6).max(body * 0.8), muted));
        let message_galley = centred(message, size, text);
        let height = title_galley
            .as_ref()
            .map_or(0.0, |g| g.size().y + size * 0.6)
            + message_galley.size().y;
        if height <= area.height() || size <= body {
            break (title_galley, message_galley);
        }
        size = (size * 0.9).max(body);
    };
    let gap = title.as_ref().map_or(0.0, |_| size * 0.6);
    let height = title.as_ref().map_or(0.0, |g| g.size().y) + gap + message.size().y;
    let mut top = area.center().y - height / 2.0;
    top = top.max(area.top());
    if let Some(title) = title {
        let y = title.size().y;
        ui.painter()
            .galley(egui::pos2(area.center().x, top), title, muted);
        top += y + gap;
    }
    ui.painter()
        .galley(egui::pos2(area.center().x, top), message, text);
    ui.allocate_rect(area, egui::Sense::hover());
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
