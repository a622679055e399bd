//! A saved session record, read-only: its activity's own presentation when the activity is
//! installed, a placeholder naming it when it is not (an activity file's record reads without
//! its file).

use sessions::SessionRecord;

use crate::i18n::I18n;
use crate::plugins::{ActivityRegistry, Lookup};

/// Shows the activity part of `record`; `names` are (participant id, first name).
pub fn record_ui(
    ui: &mut egui::Ui,
    registry: &ActivityRegistry,
    record: &SessionRecord,
    names: &[(String, String)],
    i18n: &I18n,
) {
    match registry.lookup(&record.activity.id) {
        Lookup::Installed(activity) => {
            ui.heading(activity.descriptor.name.get(i18n.locale()));
            crate::plugins::prepare_ui_for_plugin(ui.ctx());
            let ctx = atelier_plugin_api::RecordContext {
                locale: i18n.locale(),
                names: names.to_vec(),
            };
            if let Err(error) = activity.activity.record_ui(ui, &record.activity_data, &ctx) {
                crate::session::crashed_ui(
                    ui,
                    i18n,
                    activity.descriptor.name.get(i18n.locale()),
                    &error,
                );
                raw_data_ui(ui, record, i18n);
            }
        }
        // An activity file keeps its own text in each record: the record still reads after
        // the file was removed or renamed.
        Lookup::Missing(id) if text_activity::is_record(&record.activity_data) => {
            ui.label(i18n.tr_args("record-missing-activity-file", &[("activity", id.into())]));
            let ctx = atelier_plugin_api::RecordContext {
                locale: i18n.locale(),
                names: names.to_vec(),
            };
            text_activity::record_ui(ui, &record.activity_data, &ctx);
        }
        Lookup::Missing(id) => {
            ui.label(i18n.tr_args("record-missing-activity", &[("activity", id.into())]));
            raw_data_ui(ui, record, i18n);
        }
    }
}

fn raw_data_ui(ui: &mut egui::Ui, record: &SessionRecord, i18n: &I18n) {
    ui.collapsing(i18n.tr("record-raw-data"), |ui| {
        atelier_plugin_api::raw_text_ui(ui, &record.activity_data);
    });
}
