//! A past record, read-only: when, who, where, each takeaway, the private notes folded, and
//! the activity's own view of what it kept.

use sessions::SessionRecord;

use super::ctx::Ctx;
use super::intent::Intent;

/// The record screen.
#[derive(Debug)]
pub(crate) struct RecordScreen {
    /// The record shown.
    pub record: Box<SessionRecord>,
}

impl RecordScreen {
    /// Draws the record; "Back" returns where it was opened from.
    pub fn ui(&self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let Self { record } = self;
        let i18n = ctx.i18n;
        if ui.button(i18n.tr("back")).clicked() {
            return Some(Intent::BackFromRecord);
        }
        ui.label(
            egui::RichText::new(i18n.tr_args(
                "record-title",
                &[(
                    "date",
                    record.start.format("%d/%m/%Y %H:%M").to_string().into(),
                )],
            ))
            .heading(),
        );
        let names: Vec<(String, String)> = record
            .participants
            .iter()
            .map(|p| (p.id.as_str().to_owned(), ctx.participant_name(&p.id)))
            .collect();
        let list: Vec<&str> = names.iter().map(|(_, name)| name.as_str()).collect();
        ui.label(i18n.tr_args("record-participants", &[("names", list.join(", ").into())]));
        if !record.place.is_empty() {
            ui.label(i18n.tr_args("record-place", &[("place", record.place.as_str().into())]));
        }
        for (p, (_, name)) in record.participants.iter().zip(&names) {
            if let Some(takeaway) = &p.takeaway {
                ui.label(format!("{name} : {takeaway}"));
            }
        }
        if !record.facilitator_notes.expose().is_empty() {
            crate::gui::access::collapsing(
                ui,
                i18n,
                egui::CollapsingHeader::new(i18n.tr("record-private-notes")),
                |ui| {
                    ui.label(record.facilitator_notes.expose().as_str());
                },
            );
        }
        ui.separator();
        crate::record_view::record_ui(ui, ctx.registry, record, &names, i18n);
        None
    }
}
