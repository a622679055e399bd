//! Atelier's look, in one place: the app's two themes (light and dark), the type scale, the
//! spacing, the corner radius, the card frame and the icons beside the main actions. Screens
//! take their sizes and colours from here, never their own; the projector's themes are the
//! plugin API's [`atelier_plugin_api::ProjectorPalette`] (every activity gets them from the host).
//!
//! Every text colour reads at 4.5:1 or more on what it is drawn on, in both themes (WCAG AA;
//! checked by `tests/app/theme.rs` on real screens, and below on the palette itself).

use egui::{Color32, CornerRadius, Stroke};
use serde::{Deserialize, Serialize};

pub use egui_material_icons::MaterialIcon as Icon;
pub use egui_material_icons::icons;

/// The app window's colours, chosen in the settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppTheme {
    /// Dark text on a warm off-white (the default: calm in a lit office).
    #[default]
    Light,
    /// Light text on a deep grey-blue.
    Dark,
}

/// The colours of one app theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppPalette {
    /// Behind every screen.
    pub background: Color32,
    /// Cards and windows.
    pub surface: Color32,
    /// Text fields and charts.
    pub field: Color32,
    /// Buttons at rest.
    pub button: Color32,
    /// Buttons under the pointer.
    pub button_hovered: Color32,
    /// Body text and headings.
    pub text: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// Links, selection, focus.
    pub accent: Color32,
    /// Behind selected items.
    pub selection: Color32,
    /// A calm cue (someone to contact again).
    pub warn: Color32,
    /// Something went wrong.
    pub error: Color32,
    /// Card borders.
    pub border: Color32,
    /// The outline of what can be clicked or typed in (buttons, fields, boxes to tick): 3:1
    /// on the screen and on cards, so a control is seen as one.
    pub control: Color32,
}

impl AppPalette {
    /// The light theme.
    pub const LIGHT: Self = Self {
        background: Color32::from_rgb(0xf6, 0xf4, 0xef),
        surface: Color32::from_rgb(0xff, 0xff, 0xff),
        field: Color32::from_rgb(0xff, 0xff, 0xff),
        button: Color32::from_rgb(0xe7, 0xe3, 0xd9),
        button_hovered: Color32::from_rgb(0xdb, 0xd6, 0xca),
        text: Color32::from_rgb(0x1d, 0x23, 0x2b),
        muted: Color32::from_rgb(0x4d, 0x54, 0x5e),
        accent: Color32::from_rgb(0x1a, 0x56, 0x8e),
        selection: Color32::from_rgb(0xcf, 0xe0, 0xf2),
        warn: Color32::from_rgb(0x8a, 0x46, 0x00),
        error: Color32::from_rgb(0xa3, 0x26, 0x1f),
        border: Color32::from_rgb(0xc9, 0xc4, 0xb8),
        control: Color32::from_rgb(0x86, 0x80, 0x72),
    };

    /// The dark theme.
    pub const DARK: Self = Self {
        background: Color32::from_rgb(0x16, 0x19, 0x1e),
        surface: Color32::from_rgb(0x1f, 0x24, 0x2b),
        field: Color32::from_rgb(0x0f, 0x12, 0x15),
        button: Color32::from_rgb(0x2c, 0x33, 0x3d),
        button_hovered: Color32::from_rgb(0x38, 0x41, 0x4d),
        text: Color32::from_rgb(0xec, 0xea, 0xe4),
        muted: Color32::from_rgb(0xb4, 0xb1, 0xa9),
        accent: Color32::from_rgb(0x8c, 0xc4, 0xff),
        selection: Color32::from_rgb(0x23, 0x4a, 0x73),
        warn: Color32::from_rgb(0xf0, 0xb4, 0x5a),
        error: Color32::from_rgb(0xff, 0x8a, 0x80),
        border: Color32::from_rgb(0x3a, 0x41, 0x4b),
        control: Color32::from_rgb(0x7f, 0x88, 0x95),
    };

    /// Every text colour, with what it is meant to be read on.
    pub fn text_pairs(&self) -> [(Color32, Color32); 9] {
        [
            (self.text, self.background),
            (self.text, self.surface),
            (self.text, self.field),
            (self.text, self.button),
            (self.text, self.button_hovered),
            (self.text, self.selection),
            (self.muted, self.background),
            (self.accent, self.background),
            (self.warn, self.background),
        ]
    }
}

impl AppTheme {
    /// This theme's colours.
    pub fn palette(self) -> AppPalette {
        match self {
            Self::Light => AppPalette::LIGHT,
            Self::Dark => AppPalette::DARK,
        }
    }
}

/// The type scale, in points: nothing smaller than 14.
pub mod text {
    /// Hints and captions.
    pub const SMALL: f32 = 14.0;
    /// Body text, buttons and fields.
    pub const BODY: f32 = 16.0;
    /// A section's title inside a screen.
    pub const SECTION: f32 = 18.0;
    /// A screen's title.
    pub const HEADING: f32 = 24.0;
    /// A person's name at the top of their journey.
    pub const TITLE: f32 = 28.0;
}

/// Spacing, in points.
pub mod space {
    /// Between a label and what it labels.
    pub const TIGHT: f32 = 4.0;
    /// Between items of one group.
    pub const ITEM: f32 = 8.0;
    /// Between groups.
    pub const GROUP: f32 = 12.0;
    /// Between sections of a screen.
    pub const SECTION: f32 = 20.0;
}

/// The corner radius of buttons and fields.
pub const RADIUS: u8 = 6;
/// The corner radius of cards and windows.
pub const CARD_RADIUS: u8 = 10;

/// Applies `theme` to `ctx` unless it already has it, and registers the icon font the first
/// time (the context remembers both: a window drawn in a new context gets them too).
pub fn ensure(ctx: &egui::Context, theme: AppTheme) {
    let id = egui::Id::unique("atelier-app-theme");
    let applied: Option<AppTheme> = ctx.data(|d| d.get_temp(id));
    if applied == Some(theme) {
        return;
    }
    if applied.is_none() {
        egui_material_icons::initialize(ctx);
    }
    apply(ctx, theme);
    ctx.data_mut(|d| d.insert_temp(id, theme));
}

/// Applies `theme` to every style of `ctx`: text sizes, spacing, colours, corners. Cheap enough
/// to call when the setting changes.
fn apply(ctx: &egui::Context, theme: AppTheme) {
    use egui::{FontFamily, FontId, TextStyle};
    let palette = theme.palette();
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(text::HEADING, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(text::BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(text::BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(text::BODY - 1.0, FontFamily::Monospace),
            ),
            (
                TextStyle::Small,
                FontId::new(text::SMALL, FontFamily::Proportional),
            ),
        ]
        .into();
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.item_spacing = egui::vec2(10.0, space::ITEM);
        style.visuals = visuals(theme, &palette);
    });
    ctx.set_theme(match theme {
        AppTheme::Light => egui::Theme::Light,
        AppTheme::Dark => egui::Theme::Dark,
    });
}

/// egui's visuals from a palette.
fn visuals(theme: AppTheme, palette: &AppPalette) -> egui::Visuals {
    let mut visuals = match theme {
        AppTheme::Light => egui::Visuals::light(),
        AppTheme::Dark => egui::Visuals::dark(),
    };
    visuals.panel_fill = palette.background;
    visuals.window_fill = palette.surface;
    visuals.extreme_bg_color = palette.field;
    visuals.text_edit_bg_color = Some(palette.field);
    visuals.faint_bg_color = palette.surface;
    visuals.code_bg_color = palette.surface;
    visuals.weak_text_color = Some(palette.muted);
    visuals.hyperlink_color = palette.accent;
    visuals.warn_fg_color = palette.warn;
    visuals.error_fg_color = palette.error;
    visuals.selection.bg_fill = palette.selection;
    visuals.selection.stroke = Stroke::new(1.5, palette.text);
    visuals.window_stroke = Stroke::new(1.0, palette.border);
    visuals.window_corner_radius = CornerRadius::same(CARD_RADIUS);
    visuals.menu_corner_radius = CornerRadius::same(RADIUS);
    // A button that cannot be pressed yet ("Ajouter" before a name is typed) still reads at
    // 4.5:1: it is faded, not hidden.
    visuals.disabled_alpha = 0.7;
    // A slider shows its value as a filled part of its rail, not only as a handle.
    visuals.slider_trailing_fill = true;
    let widgets = &mut visuals.widgets;
    widgets.noninteractive.fg_stroke = Stroke::new(1.0, palette.text);
    widgets.noninteractive.bg_stroke = Stroke::new(1.0, palette.border);
    widgets.noninteractive.bg_fill = palette.surface;
    widgets.noninteractive.weak_bg_fill = palette.surface;
    for (widget, fill) in [
        (&mut widgets.inactive, palette.button),
        (&mut widgets.hovered, palette.button_hovered),
        (&mut widgets.active, palette.button_hovered),
        (&mut widgets.open, palette.button_hovered),
    ] {
        widget.fg_stroke = Stroke::new(1.5, palette.text);
        widget.bg_fill = fill;
        widget.weak_bg_fill = fill;
        widget.corner_radius = CornerRadius::same(RADIUS);
    }
    widgets.noninteractive.corner_radius = CornerRadius::same(RADIUS);
    widgets.inactive.bg_stroke = Stroke::new(1.0, palette.control);
    widgets.hovered.bg_stroke = Stroke::new(1.0, palette.accent);
    widgets.active.bg_stroke = Stroke::new(1.5, palette.accent);
    visuals
}

/// The frame of a card: a surface a little lighter (or darker) than the screen, a thin border,
/// rounded corners and room inside.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    let visuals = ui.visuals();
    egui::Frame::new()
        .fill(visuals.window_fill)
        .stroke(visuals.window_stroke)
        .corner_radius(CornerRadius::same(CARD_RADIUS))
        .inner_margin(egui::Margin::same(14))
}

/// A card that draws attention calmly (someone to contact again): the warning colour's border
/// on a faint tint of it.
pub fn notice_card(ui: &egui::Ui) -> egui::Frame {
    let warn = ui.visuals().warn_fg_color;
    card(ui)
        .fill(blend(warn, ui.visuals().window_fill, 0.10))
        .stroke(Stroke::new(1.5, warn))
}

/// A screen's section title.
pub fn section_ui(ui: &mut egui::Ui, title: &str) -> egui::Response {
    ui.label(egui::RichText::new(title).strong().size(text::SECTION))
}

/// A button with an icon before its words. Screen readers and tests find it by `label` alone
/// (the icon is decoration).
pub fn icon_button(ui: &mut egui::Ui, icon: Icon, label: &str) -> egui::Response {
    let response = ui.add(egui::Button::new((
        icon.rich_text().size(text::BODY + 2.0),
        label,
    )));
    atelier_plugin_api::label_widget(ui, &response, label);
    response
}

/// `top` over `under` at `alpha` (0 to 1), opaque.
fn blend(top: Color32, under: Color32, alpha: f32) -> Color32 {
    let mix = |a: u8, b: u8| {
        let value = f32::from(a).mul_add(alpha, f32::from(b) * (1.0 - alpha));
        value.round().clamp(0.0, 255.0) as u8
    };
    Color32::from_rgb(
        mix(top.r(), under.r()),
        mix(top.g(), under.g()),
        mix(top.b(), under.b()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_plugin_api::contrast_ratio;

    #[test]
    fn every_text_colour_reads_at_four_and_a_half_to_one() {
        for theme in [AppTheme::Light, AppTheme::Dark] {
            for (text, behind) in theme.palette().text_pairs() {
                let ratio = contrast_ratio(text, behind);
                assert!(
                    ratio >= 4.5,
                    "{theme:?}: {text:?} on {behind:?} is {ratio:.2}:1"
                );
            }
        }
    }

    #[test]
    fn every_control_outline_stands_out_at_three_to_one() {
        for theme in [AppTheme::Light, AppTheme::Dark] {
            let palette = theme.palette();
            for behind in [palette.background, palette.surface, palette.field] {
                let ratio = contrast_ratio(palette.control, behind);
                assert!(ratio >= 3.0, "{theme:?}: {behind:?} is {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn the_focus_ring_stands_out_at_three_to_one_wherever_a_control_sits() {
        // The ring is drawn in the accent colour, outside the control: on the screen, a card
        // or a field's surroundings.
        for theme in [AppTheme::Light, AppTheme::Dark] {
            let palette = theme.palette();
            for behind in [
                palette.background,
                palette.surface,
                palette.field,
                palette.button,
            ] {
                let ratio = contrast_ratio(palette.accent, behind);
                assert!(ratio >= 3.0, "{theme:?}: {behind:?} is {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn a_notice_card_keeps_its_text_readable() {
        for theme in [AppTheme::Light, AppTheme::Dark] {
            let palette = theme.palette();
            let tint = blend(palette.warn, palette.surface, 0.10);
            assert!(contrast_ratio(palette.text, tint) >= 4.5, "{theme:?}");
        }
    }
}
