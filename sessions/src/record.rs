//! Session records: one run of one activity, linked both ways with participants' journeys.
//! See `sessions/DOMAIN.md` §3.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::format::Versioned;
use crate::id::{ParticipantId, SessionId};
use crate::private::Private;

/// Collective session or one-to-one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mode {
    /// A group, usually on a projector.
    Collective,
    /// Advisor and participant side by side.
    OneToOne,
}

/// Which activity ran, and which version of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityRef {
    /// The activity's stable id, such as `miracle_question`.
    pub id: String,
    /// The activity's version, such as `1.0.0`.
    pub version: String,
}

/// One participant's part of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantOutcome {
    /// Who.
    pub id: ParticipantId,
    /// Their takeaway, as reviewed; `None` if left out of the journey.
    pub takeaway: Option<String>,
    /// Data the activity keeps across sessions for them (opaque RON), written to their journey.
    pub activity_data: Option<String>,
    /// Values for the journey's progress charts, copied into their journey's timeline.
    #[serde(default)]
    pub progress: Vec<ProgressPoint>,
    /// What to look at again with them, and when: copied into their journey's follow-ups.
    #[serde(default)]
    pub follow_ups: Vec<FollowUpDue>,
    /// The takeaway in each language (by code, `fr`, `en`), when the activity said it in both
    /// and the facilitator kept it as proposed: shown in the reader's language.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub takeaway_in: std::collections::BTreeMap<String, String>,
    /// The review of a stage of their plan held in this session (a *bilan d'étape*): written
    /// into their journey as that stage's review, with the next stage when it continues.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_review: Option<StageReviewOutcome>,
}

/// A stage review held in a session, as the session's record keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageReviewOutcome {
    /// The stage reviewed, by its place in the journey's stages when the session began.
    pub stage: usize,
    /// Its title then: the stage is found by it if the stages changed meanwhile.
    pub title: String,
    /// What was decided.
    pub decision: crate::journey::ReviewDecision,
    /// What was said, for the stage's review.
    pub note: String,
    /// The next stage agreed, when the support continues.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<NextStage>,
}

/// The stage that follows a review, as agreed at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStage {
    /// Its goal, as its title.
    pub title: String,
    /// The actions planned.
    pub actions: Vec<String>,
    /// The date of its review (its planned end).
    pub planned_end: Option<chrono::NaiveDate>,
}

/// Something to look at again with the person on a date, as the session said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpDue {
    /// What, in the person's words.
    pub text: String,
    /// When to look at it again.
    pub due: chrono::NaiveDate,
}

/// One value of a progress chart (the session's date is its x axis).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgressPoint {
    /// The series' key, declared by the activity (for example `scale`).
    pub series: String,
    /// The value.
    pub value: f64,
}

/// A saved session, `sessions/<year>/<id>.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Version of this file's layout; see [`Versioned`].
    pub format_version: u32,
    /// The record's id, also its file name.
    pub id: SessionId,
    /// Which activity ran.
    pub activity: ActivityRef,
    /// Collective or one-to-one.
    pub mode: Mode,
    /// Start, with the local offset.
    pub start: DateTime<FixedOffset>,
    /// End, with the local offset.
    pub end: DateTime<FixedOffset>,
    /// Where.
    #[serde(default)]
    pub place: String,
    /// Who facilitated.
    pub facilitators: Vec<String>,
    /// Who took part, with what each takes away.
    pub participants: Vec<ParticipantOutcome>,
    /// A short summary for the group.
    #[serde(default)]
    pub summary: String,
    /// What the activity produced (its own RON). Anonymous content stays anonymous here.
    pub activity_data: String,
    /// The facilitator's notes: never on a projector or in a participant's export.
    #[serde(default)]
    pub facilitator_notes: Private<String>,
}

impl Versioned for SessionRecord {
    const CURRENT_VERSION: u32 = 1;
    const MAX_BYTES: u64 = crate::bounds::MAX_RECORD_BYTES;
    fn format_version(&self) -> u32 {
        self.format_version
    }
}

impl SessionRecord {
    /// The outcome of `participant`, if they took part.
    pub fn outcome(&self, participant: &ParticipantId) -> Option<&ParticipantOutcome> {
        self.participants.iter().find(|p| &p.id == participant)
    }
}
