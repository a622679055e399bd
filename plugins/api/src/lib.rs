//! The contract between Atelier and its activities — read this first to write a plugin.
//!
//! An activity is two types:
//! - a stateless type implementing [`Activity`]: its [`Descriptor`] (id, version, names,
//!   modes, participant limits, projector view) and a factory that creates a session's
//!   state from a [`Setup`] (participants as id and name only, their stored data, mode,
//!   language, a seeded [`Rng`] and the host's [`Clock`]);
//! - a state type implementing [`ActivityState`]: the facilitator's view, the projector's
//!   view (no private data), named actions for keys and clickers, `save` to RON for drafts,
//!   and the [`Outcome`] (summary, per-participant takeaways, data kept in each journey,
//!   chart points, and the record's data).
//!
//! Texts go through [`Translations`] (Fluent, French and English) like the app's own.
//! A shared library exports its activity with [`export_activity!`]; every call into it is
//! wrapped in the plugin's own `catch_unwind` ([`Guarded`]), so a panic becomes a
//! [`PluginError`] instead of taking the app down. See `PLUGINS.md` at the repository root.

mod a11y;
mod abi;
mod activity;
mod descriptor;
mod forms;
mod guard;
mod i18n;
mod projector;
#[cfg(feature = "ron")]
mod ron_text;
mod setup;
mod testing;

pub use a11y::label_widget;
pub use abi::{
    ABI_VERSION, API_VERSION, Constructor, DECLARATION_SYMBOL, EGUI_VERSION, FixedStr, MAGIC,
    PluginDeclaration, RUSTC_VERSION, construct, egui_fingerprint,
};
pub use activity::{
    ACTION_NEXT, ACTION_PREVIOUS, ActionDesc, Activity, ActivityState, ChartPoint, Outcome,
    ParticipantResult, RecordContext, UiContext, raw_text_ui,
};
pub use descriptor::{ChartDesc, Descriptor, Mode, Modes};
pub use forms::{
    MAX_LINE_CHARS, date_axis_label, date_text, day_number, parse_date, text_area, text_field,
};
pub use guard::{DynActivity, DynState, Guarded, PluginError, guard};
pub use i18n::{Arg, Locale, Translated, Translations, check_sources, clause, elides};
pub use projector::{ProjectorPalette, contrast_ratio, projector_frame, projector_style};
#[cfg(feature = "ron")]
pub use ron_text::{from_ron, to_ron};
pub use setup::{Clock, Rng, Setup, SetupParticipant, Timestamp};
pub use testing::{
    PROJECTOR_PALETTES, TextContrast, assert_on_screen, assert_readable_on_projector, drawn_text,
    text_contrasts,
};

pub use egui;
