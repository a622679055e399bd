//! The first screen when the data folder does not exist yet: create it empty, with the
//! fictional demo participants to try Atelier on, or encrypted — three cards, one under the
//! other, in the middle of the window.

use super::ctx::Ctx;
use super::intent::Intent;
use super::theme::{self, icons};

/// Draws the welcome screen.
pub(crate) fn ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
    let i18n = ctx.i18n;
    let mut go = None;
    let width = ui.available_width().min(900.0);
    ui.vertical_centered(|ui| {
        ui.add_space(theme::space::SECTION * 2.0);
        ui.set_max_width(width);
        ui.label(egui::RichText::new(i18n.tr("welcome-title")).size(theme::text::TITLE));
        ui.add_space(theme::space::ITEM);
        ui.label(i18n.tr_args("welcome-body", &[("path", ctx.data_dir.into())]));
        ui.add_space(theme::space::SECTION);
        ui.spacing_mut().item_spacing.x = theme::space::SECTION;
        let choices = [
            (
                icons::ICON_PLAY_ARROW,
                "welcome-demo",
                "welcome-demo-hint",
                Intent::CreateDataFolder { demo: true },
            ),
            (
                icons::ICON_CREATE_NEW_FOLDER,
                "welcome-create",
                "welcome-create-hint",
                Intent::CreateDataFolder { demo: false },
            ),
            (
                icons::ICON_LOCK,
                "welcome-protect",
                "welcome-protect-hint",
                Intent::ProtectFolder,
            ),
        ];
        let mut card = |ui: &mut egui::Ui, (icon, title, hint, intent): (_, &str, &str, Intent)| {
            theme::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    if theme::icon_button(ui, icon, &i18n.tr(title)).clicked() {
                        go = Some(intent);
                    }
                    ui.add_space(theme::space::ITEM);
                    ui.label(i18n.tr(hint));
                });
            });
        };
        // One under the other: each choice's words stay whole, at any text size.
        for choice in choices {
            card(ui, choice);
            ui.add_space(theme::space::ITEM);
        }
    });
    go
}
