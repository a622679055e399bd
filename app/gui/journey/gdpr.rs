//! The person's data rights from the screen: export everything, erase (asked twice).

use super::{Go, JourneyScreen};
use crate::i18n::I18n;

pub(super) fn gdpr_ui(ui: &mut egui::Ui, i18n: &I18n, screen: &mut JourneyScreen, go: &mut Go) {
    let name = screen.journey.display_name.clone();
    if !screen.journey.copies.is_empty() {
        ui.label(egui::RichText::new(i18n.tr("journey-copies")).strong());
        ui.weak(i18n.tr("journey-copies-hint"));
        for copy in &screen.journey.copies {
            let key = match copy.kind {
                sessions::CopyKind::Document => "journey-copy-document",
                sessions::CopyKind::SessionDocument => "journey-copy-session-document",
                sessions::CopyKind::Export => "journey-copy-export",
            };
            ui.label(i18n.tr_args(
                key,
                &[
                    ("date", crate::words::date(copy.date).into()),
                    ("path", copy.path.as_str().into()),
                ],
            ));
        }
        ui.add_space(crate::gui::theme::space::ITEM);
    }
    if crate::gui::theme::icon_button(
        ui,
        crate::gui::theme::icons::ICON_DOWNLOAD,
        &i18n.tr("journey-export-all"),
    )
    .clicked()
    {
        *go = Go::ExportAll;
    }
    ui.weak(i18n.tr("journey-export-all-hint"));
    ui.add_space(crate::gui::theme::space::ITEM);
    match screen.erase_step {
        0 => {
            if ui
                .button(i18n.tr_args("journey-erase", &[("name", name.as_str().into())]))
                .clicked()
            {
                screen.erase_step = 1;
            }
        }
        step => {
            let id = if step == 1 {
                "journey-erase-first"
            } else {
                "journey-erase-second"
            };
            ui.colored_label(
                ui.visuals().warn_fg_color,
                i18n.tr_args(
                    id,
                    &[
                        ("name", name.as_str().into()),
                        ("sessions", screen.journey.timeline.len().into()),
                    ],
                ),
            );
            ui.horizontal(|ui| {
                let confirm = if step == 1 {
                    "journey-erase-confirm-1"
                } else {
                    "journey-erase-confirm-2"
                };
                if ui.button(i18n.tr(confirm)).clicked() {
                    if step == 1 {
                        screen.erase_step = 2;
                    } else {
                        *go = Go::Erase;
                    }
                }
                if ui.button(i18n.tr("cancel")).clicked() {
                    screen.erase_step = 0;
                }
            });
        }
    }
}
