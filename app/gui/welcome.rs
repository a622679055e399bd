//! The first screen when the data folder does not exist yet: create it empty, or with the
//! fictional demo participants to try Atelier on — two cards side by side, in the middle of the
//! window.

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
        ui.columns(2, |columns| {
            let choices = [
                (
                    icons::ICON_PLAY_ARROW,
                    "welcome-demo",
                    "welcome-demo-hint",
                    true,
                ),
                (
                    icons::ICON_CREATE_NEW_FOLDER,
                    "welcome-create",
                    "welcome-create-hint",
                    false,
                ),
            ];
            for (column, (icon, title, hint, demo)) in columns.iter_mut().zip(choices) {
                theme::card(column).show(column, |ui| {
                    ui.set_width(ui.available_width());
                    ui.set_min_height(150.0);
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        if theme::icon_button(ui, icon, &i18n.tr(title)).clicked() {
                            go = Some(Intent::CreateDataFolder { demo });
                        }
                        ui.add_space(theme::space::ITEM);
                        ui.label(i18n.tr(hint));
                    });
                });
            }
        });
    });
    go
}
