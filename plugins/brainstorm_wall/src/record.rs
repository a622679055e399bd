//! A saved wall read back: the topic, the three columns with read marks and why-notes, and
//! the ideas left in the box.

use atelier_plugin_api::egui;
use atelier_plugin_api::{RecordContext, Translations};
use serde::Deserialize;

use crate::model::{COLUMNS, Note};
use crate::state::{EN, FR};

/// A saved wall, read back as three columns with read marks and why-notes.
pub(crate) fn record_ui(ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
    /// A record read back (the fields of [`WallRecord`], owned).
    #[derive(Deserialize)]
    struct Stored {
        topic: String,
        #[serde(default)]
        pool: Vec<Note>,
        #[serde(default)]
        drawn: Option<Note>,
        wall: [Vec<Note>; COLUMNS],
    }
    let t = Translations::pick(ctx.locale, FR, EN);
    let Ok(record) = atelier_plugin_api::from_ron::<Stored>(record_data) else {
        atelier_plugin_api::raw_text_ui(ui, record_data);
        return;
    };
    if !record.topic.is_empty() {
        ui.heading(&record.topic);
    }
    ui.columns(COLUMNS, |columns| {
        for (c, ui) in columns.iter_mut().enumerate() {
            ui.strong(t.tr(&format!("column-{c}")));
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                for note in &record.wall[c] {
                    let mut line = format!("• {}", note.text);
                    if !note.read {
                        line.push_str(&t.tr("record-unread"));
                    }
                    ui.label(line);
                    if !note.why.is_empty() {
                        ui.weak(t.tr_args("why-shown", &[("why", note.why.as_str().into())]));
                    }
                }
            });
        }
    });
    let left = record.pool.len() + usize::from(record.drawn.is_some());
    if left > 0 {
        ui.weak(t.tr_args("record-left", &[("count", left.into())]));
    }
}
