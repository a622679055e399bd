//! The first screen when the data folder does not exist yet: create it empty, or with the
//! fictional demo participants to try Atelier on.

use super::ctx::Ctx;
use super::intent::Intent;

/// Draws the welcome screen.
pub(crate) fn ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
    let i18n = ctx.i18n;
    ui.heading(i18n.tr("welcome-title"));
    ui.label(i18n.tr_args("welcome-body", &[("path", ctx.data_dir.into())]));
    ui.add_space(crate::gui::theme::space::GROUP);
    if crate::gui::theme::icon_button(
        ui,
        crate::gui::theme::icons::ICON_CREATE_NEW_FOLDER,
        &i18n.tr("welcome-create"),
    )
    .clicked()
    {
        return Some(Intent::CreateDataFolder { demo: false });
    }
    if crate::gui::theme::icon_button(
        ui,
        crate::gui::theme::icons::ICON_PLAY_ARROW,
        &i18n.tr("welcome-demo"),
    )
    .clicked()
    {
        return Some(Intent::CreateDataFolder { demo: true });
    }
    None
}
