//! Atelier's data: participants' journeys (*parcours*), session records, drafts, and the
//! on-disk store that keeps them safe.
//!
//! - [`Journey`] and [`SessionRecord`] are the two file kinds, linked both ways.
//! - [`Store`] reads and writes a data folder; every write is atomic and durable, every bad
//!   file is reported with its path and line, and a journey changed on disk since it was read
//!   is never overwritten.
//! - [`Journey::apply`] changes a journey by typed [`JourneyEdit`]s, enforcing its rules
//!   (history only added to, pauses at the person's request, exits with a reason…).
//! - [`db`] keeps the same journeys and records in a service's `PostgreSQL` database, for
//!   several sites ([`Store::connect`]).
//! - [`check()`] validates a data folder and [`repair`] completes interrupted saves.
//! - [`export_participant`] and [`erase_participant`] implement the GDPR rights.
//!
//! Fields that must never reach a projector or a participant's export are [`Private`].

pub mod bounds;
mod check;
pub mod db;
pub mod demo;
mod draft;
mod edit;
pub mod encryption;
mod error;
pub mod fidelity;
mod format;
mod fsio;
pub mod fuzz;
mod gdpr;
mod id;
mod index;
mod journey;
pub mod lock;
mod private;
mod record;
pub mod report;
mod report_cache;
pub mod service;
mod store;
pub mod vault;

pub use check::{CheckReport, Problem, ProblemKind, RepairReport, check, repair};
pub use draft::{Draft, DraftParticipant};
pub use edit::{JourneyEdit, JourneyError};
pub use error::{FileError, ReadOnlyWhy, StoreError};
pub use format::{FormatError, SyntaxKind, Versioned, parse, to_text};
pub use fsio::{create_private_dir, is_temp_file, write_file_atomic};
pub use gdpr::{
    ERASED, EraseReport, ExportReport, Forget, NotErased, SessionExtract, erase_participant,
    export_participant,
};
pub use id::{
    Draft as DraftKind, DraftId, Id, IdError, IdKind, MAX_ID_LEN, Participant, ParticipantId,
    Session, SessionId, validate_file_stem,
};
pub use index::RecordSummary;
pub use journey::{
    ActivityData, Consent, ConsentChange, ConsentKind, Consents, Contact, ContactCheck,
    ContactKind, ContactReason, Contract, CopyKind, CopyOutside, ExitReason, ExpectedContact,
    FollowUpItem, Journey, Milestone, MilestoneKind, Objective, Phase, PhaseSpan, Preferences,
    Prescriber, ReviewDecision, Rhythm, SessionLink, Stage, StageReview, Status, StatusChange,
};
pub use private::Private;
pub use record::{
    ActivityRef, FollowUpDue, Mode, NextStage, ParticipantOutcome, ProgressPoint, SessionRecord,
    StageReviewOutcome,
};
pub use store::{
    ACTIVITIES_DIR, DRAFTS_DIR, HomeData, JOURNEYS_DIR, Loaded, OUTBOX_DIR, PLUGINS_DIR, Revision,
    SESSIONS_DIR, SaveReport, Store, Stored, read_file, sort_key,
};
