//! Activities written as text files, without code (`ACTIVITIES.md` is the guide for the people
//! who write them).
//!
//! A file in the data folder's `activities/` (or one shipped with Atelier, [`SHIPPED`])
//! describes an activity in RON: its names, modes, participant limits and steps, each step with
//! a prompt and fields to fill in ([`spec`]). [`parse`] reads and checks it, and refuses it with
//! a line, a column and a sentence a non-developer can act on ([`SpecError`]). A
//! [`TextActivity`] then runs it like any activity: the same session runner, projector, keys,
//! drafts, review, record and journey.

mod answers;
mod check;
mod error;
mod locate;
pub mod spec;
mod state;
mod views;

pub use answers::Value;
pub use check::{KINDS, MAX_SCALE_SPAN, parse, read_dir, read_file};
pub use error::{Position, Problem, SpecError};
pub use spec::{ActivitySpec, FORMAT_VERSION};
pub use state::{TextActivity, TextState, forget};

pub(crate) const FR: &str = include_str!("../i18n/fr.ftl");
pub(crate) const EN: &str = include_str!("../i18n/en.ftl");

/// The largest activity file read, in bytes (a larger one is refused unread).
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// The activity files shipped with Atelier: (file name, text). They live in
/// `plugins/activities/` and are built into the binary.
pub const SHIPPED: [(&str, &str); 4] = [
    (
        "grille_evaluation.ron",
        include_str!("../../activities/grille_evaluation.ron"),
    ),
    (
        "avis_groupe.ron",
        include_str!("../../activities/avis_groupe.ron"),
    ),
    (
        "bilan_etape.ron",
        include_str!("../../activities/bilan_etape.ron"),
    ),
    (
        "point_semaine.ron",
        include_str!("../../activities/point_semaine.ron"),
    ),
];

/// Shows a record of an activity file from its data alone (the file it ran is saved in it), so
/// a record still reads after its file was removed. Text that cannot be read is shown as is.
pub fn record_ui(
    ui: &mut atelier_plugin_api::egui::Ui,
    record_data: &str,
    ctx: &atelier_plugin_api::RecordContext,
) {
    match atelier_plugin_api::from_ron(record_data) {
        Ok(saved) => views::record_ui(ui, &saved, ctx),
        Err(_) => atelier_plugin_api::raw_text_ui(ui, record_data),
    }
}

/// Where an activity file writes its id (the start of the file when it cannot be found).
pub fn id_position(source: &str) -> Position {
    locate::Places::new(source).activity("id")
}

/// Whether `record_data` is the record of an activity file (see [`record_ui`]).
pub fn is_record(record_data: &str) -> bool {
    atelier_plugin_api::from_ron::<state::Saved>(record_data).is_ok()
}
