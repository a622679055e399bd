//! # The contract between Atelier and its activities, in one page
//!
//! Everything a plugin author uses is re-exported here; `cargo doc -p atelier_plugin_api
//! --open` shows it with every item's documentation. `PLUGINS.md` at the repository root is the
//! guide (the kit, building, installing, testing).
//!
//! ## What you write: two types
//! - A stateless type implementing [`Activity`]:
//!   - [`Activity::descriptor`] — the [`Descriptor`]: a stable `id` (the registry's key, stored
//!     in every record), `version`, names and description in French and English
//!     ([`Translated`]), the [`Modes`] it runs in (collective, one-to-one), participant limits,
//!     whether it has a projector view, an optional [`ChartDesc`] for the journey's chart;
//!   - [`Activity::create`] — a new session's state from a [`Setup`]: participants as id and
//!     first name only ([`SetupParticipant`]), what each one's journey kept from earlier
//!     sessions of this activity, the [`Mode`], the [`Locale`], a seeded [`Rng`] and the host's
//!     [`Clock`];
//!   - [`Activity::restore`] — the same from a draft [`ActivityState::save`] wrote (after a
//!     crash, or a session continued later); return `Err(reason)` if it cannot be read;
//!   - optional: [`Activity::record_ui`] (how a saved record reads), [`Activity::journey_ui`]
//!     with [`Activity::has_journey_view`] (what the journey shows of the kept data), and
//!     [`Activity::forget`] (remove one person from a collective record's data or a draft,
//!     when their data is erased; one-to-one records are deleted whole by the host).
//! - A state type implementing [`ActivityState`]:
//!   - [`ActivityState::facilitator_ui`] — the advisor's screen, with a [`UiContext`]
//!     (language, now);
//!   - [`ActivityState::projector_ui`] — the room's screen: large text ([`projector_style`],
//!     [`projector_frame`], [`ProjectorPalette`]), first names only, nothing private;
//!   - [`ActivityState::actions`] and [`ActivityState::on_action`] — named actions for keys and
//!     presentation clickers ([`ActionDesc`]; [`ACTION_NEXT`] and [`ACTION_PREVIOUS`] are
//!     `PageDown` and `PageUp`); the host lists them in the session's help (F1 or `?`);
//!   - [`ActivityState::save`] — the state as text for drafts (autosaved after each change;
//!     [`to_ron`] and [`from_ron`] do it in one call with the `ron` feature); an `Err` keeps the
//!     previous draft and is shown;
//!   - [`ActivityState::outcome`] — the [`Outcome`]: a summary, per-participant
//!     [`ParticipantResult`]s (takeaways, data kept in the journey for the next session, chart
//!     [`ChartPoint`]s) and the record's own data.
//!
//! Then one line exports the activity from the library: [`export_activity!`].
//!
//! ## What the host guarantees
//! - Every call runs inside the plugin's own panic guard: a panic ends the session with the
//!   last good outcome kept, never the app.
//! - Texts of the app and of activities go through Fluent ([`Translations`], [`Arg`],
//!   [`clause`], [`elides`]; [`check_sources`] in a test keeps French and English complete).
//! - Forms: [`text_field`], [`text_area`] (bounded to [`MAX_LINE_CHARS`]), dates
//!   ([`parse_date`], [`date_text`], [`day_number`], [`date_axis_label`], [`date_marks`]);
//!   accessibility: [`label_widget`].
//!
//! ## Testing an activity
//! [`drawn_text`], [`assert_on_screen`], [`assert_readable_on_projector`],
//! [`text_contrasts`] and [`PROJECTOR_PALETTES`] check what a frame drew (see `PLUGINS.md` for
//! the `egui_kittest` pattern).
//!
//! ## What must match for a library to load
//! The compiler, this crate (version and source), egui, the build profile, and the compiled
//! form of every crate below egui. `atelier plugin new` writes a crate that gets all of these
//! right; `atelier plugin check FILE` says which part differs. The declaration, the panic guard
//! and the checks live in [`host`], which plugin authors never need.

mod a11y;
mod abi;
mod activity;
mod contract_source;
mod descriptor;
mod forms;
mod guard;
mod i18n;
mod phone;
mod projector;
#[cfg(feature = "ron")]
mod ron_text;
mod setup;
mod testing;

pub use a11y::{RadioGroup, combo_box, label_widget, radio_group, say_section};
pub use activity::{
    ACTION_NEXT, ACTION_PREVIOUS, ActionDesc, Activity, ActivityState, ChartPoint, FollowUp,
    Outcome, ParticipantResult, RecordContext, StageDecision, StageReviewResult, UiContext,
    raw_text_ui,
};
pub use descriptor::{ChartDesc, Descriptor, Mode, Modes};
pub use forms::{
    MAX_LINE_CHARS, date_axis_label, date_marks, date_text, day_number, parse_date, text_area,
    text_field,
};
pub use i18n::{
    Arg, Locale, Translated, Translations, check_sources, clause, elides, french_spacing,
};
pub use phone::{MAX_PHONE_TEXT, PhoneAnswer, PhoneInput, PhoneInputKind};
pub use projector::{
    ProjectorChrome, ProjectorPalette, contrast_ratio, projector_frame, projector_message_ui,
    projector_screen, projector_style, text_height,
};
#[cfg(feature = "ron")]
pub use ron_text::{from_ron, to_ron};
pub use setup::{Clock, Rng, Setup, SetupParticipant, StageToReview, Timestamp};
pub use testing::{
    PROJECTOR_PALETTES, PROJECTOR_SIZES, TextContrast, assert_no_overlap, assert_on_screen,
    assert_projector_frame, assert_readable_on_projector, drawn_text, projector_cases,
    projector_frames, sample_chrome, text_contrasts,
};

pub use egui;

/// What Atelier's loader and session runner use: the library's declaration and its checks,
/// and the panic guard every call goes through. Plugin authors never need it:
/// [`export_activity!`] writes the declaration.
#[doc(hidden)]
pub mod host {
    pub use crate::abi::{
        ABI_VERSION, API_VERSION, BUILD_PROFILE, CONTRACT_SOURCE, Constructor, DECLARATION_SYMBOL,
        EGUI_VERSION, FixedStr, MAGIC, PluginDeclaration, RUSTC_VERSION, SHARED_CRATES,
        SharedCrates, construct, contract_layout, shared_crates,
    };
    pub use crate::contract_source::contract_source_hash;
    pub use crate::guard::{DynActivity, DynState, Guarded, PluginError, guard};
}
