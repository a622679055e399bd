//! Drafts: sessions in progress, saved on every change so nothing is lost if the app stops.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::format::Versioned;
use crate::id::{DraftId, ParticipantId};
use crate::private::Private;
use crate::record::{ActivityRef, Mode};

/// A session in progress, `drafts/<id>.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// Version of this file's layout; see [`Versioned`].
    pub format_version: u32,
    /// The draft's id, also its file name.
    pub id: DraftId,
    /// Which activity is running.
    pub activity: ActivityRef,
    /// Collective or one-to-one.
    pub mode: Mode,
    /// When the session started.
    pub start: DateTime<FixedOffset>,
    /// When the draft was last written.
    pub saved_at: DateTime<FixedOffset>,
    /// Where.
    #[serde(default)]
    pub place: String,
    /// Who facilitates.
    pub facilitators: Vec<String>,
    /// Who takes part, with the name shown during the session.
    pub participants: Vec<DraftParticipant>,
    /// The activity's own saved state (RON), restored when the draft is resumed.
    pub activity_state: String,
    /// The facilitator's notes so far.
    #[serde(default)]
    pub facilitator_notes: Private<String>,
}

/// A participant of a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftParticipant {
    /// Who.
    pub id: ParticipantId,
    /// The name shown during the session.
    pub display_name: String,
    /// The stage of their plan the session reviews (its place and title), in a stage review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<(usize, String)>,
}

impl Versioned for Draft {
    const CURRENT_VERSION: u32 = 1;
    const MAX_BYTES: u64 = crate::bounds::MAX_DRAFT_BYTES;
    fn format_version(&self) -> u32 {
        self.format_version
    }
}
