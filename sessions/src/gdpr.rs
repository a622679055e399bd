//! GDPR rights on one participant: export everything about them, and erase them.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::draft::DraftParticipant;
use crate::error::{FileError, StoreError};
use crate::format::{self, Versioned};
use crate::fsio::{self, Faults};
use crate::id::{DraftId, ParticipantId, SessionId};
use crate::record::{ActivityRef, Mode};
use crate::store::Store;

/// One participant's part of a session record, as exported: no other participant, no
/// facilitator notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionExtract {
    /// Version of this file's layout.
    pub format_version: u32,
    /// The record.
    pub session: SessionId,
    /// Which activity.
    pub activity: ActivityRef,
    /// Collective or one-to-one.
    pub mode: Mode,
    /// Start.
    pub start: DateTime<FixedOffset>,
    /// End.
    pub end: DateTime<FixedOffset>,
    /// Where.
    pub place: String,
    /// Who facilitated.
    pub facilitators: Vec<String>,
    /// The participant's takeaway.
    pub takeaway: Option<String>,
    /// The activity's data kept for the participant.
    pub activity_data: Option<String>,
}

impl Versioned for SessionExtract {
    const CURRENT_VERSION: u32 = 1;
    const MAX_BYTES: u64 = crate::bounds::MAX_RECORD_BYTES;
    fn format_version(&self) -> u32 {
        self.format_version
    }
}

/// What [`export_participant`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportReport {
    /// The folder made for this export.
    pub dir: PathBuf,
    /// Every file written.
    pub files: Vec<PathBuf>,
}

/// Writes everything stored about `id` to a new folder `to/atelier-<id>/`: the journey file
/// and the participant's part of every session.
///
/// # Errors
/// Unknown participant, an existing export folder, unreadable files, I/O errors.
pub fn export_participant(
    store: &Store,
    id: &ParticipantId,
    to: &Path,
) -> Result<ExportReport, StoreError> {
    let journey = store.load_journey(id)?;
    let dir = to.join(format!("atelier-{id}"));
    if dir.exists() {
        return Err(StoreError::AlreadyExists(dir));
    }
    let faults = Faults::default();
    let mut files = Vec::new();
    let journey_path = dir.join("journey.ron");
    fsio::write_atomic(
        &journey_path,
        fsio::read_text(&store.journey_path(id), crate::bounds::MAX_JOURNEY_BYTES)?.as_bytes(),
        &faults,
    )?;
    files.push(journey_path);
    for link in &journey.value.timeline {
        let record = store.load_record(&link.session)?;
        let Some(outcome) = record.outcome(id) else {
            continue;
        };
        let extract = SessionExtract {
            format_version: SessionExtract::CURRENT_VERSION,
            session: record.id.clone(),
            activity: record.activity.clone(),
            mode: record.mode,
            start: record.start,
            end: record.end,
            place: record.place.clone(),
            facilitators: record.facilitators.clone(),
            takeaway: outcome.takeaway.clone(),
            activity_data: outcome.activity_data.clone(),
        };
        let path = dir.join("sessions").join(format!("{}.ron", record.id));
        let text = format::to_text(&extract).map_err(|error| FileError {
            path: path.clone(),
            error,
        })?;
        fsio::write_atomic(&path, text.as_bytes(), &faults)?;
        files.push(path);
    }
    Ok(ExportReport { dir, files })
}

/// What [`erase_participant`] changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EraseReport {
    /// The journey file removed, if there was one.
    pub journey_removed: Option<PathBuf>,
    /// One-to-one records removed: they were about this person only.
    pub records_removed: Vec<SessionId>,
    /// Records the participant was removed from.
    pub records_changed: Vec<SessionId>,
    /// Drafts the participant was removed from.
    pub drafts_changed: Vec<DraftId>,
}

/// The text that replaces an erased participant's id or name inside an activity's data.
pub const ERASED: &str = "erased";

/// How an activity removes a person from its own data: `(activity id, data, participant)` →
/// the data without them, or `None` when the activity cannot (the id and name are then replaced
/// wherever they appear).
pub type Forget<'a> = &'a dyn Fn(&str, &str, &ParticipantId) -> Option<String>;

/// Erases a participant: one-to-one records about them are removed; from every other record
/// and draft they are removed with their takeaway, and the activity removes what it kept about
/// them (`forget`; the anonymous content of the session stays); then their journey goes.
///
/// The journey goes last, so an interruption leaves a state `check` reports and running the
/// erase again completes.
///
/// # Errors
/// Unknown participant (no journey and no mention anywhere), unreadable files, I/O errors.
pub fn erase_participant(
    store: &Store,
    id: &ParticipantId,
    forget: Forget<'_>,
) -> Result<EraseReport, StoreError> {
    // One step for every other writer: no session is saved with this person meanwhile.
    let writing = store.writing()?;
    let journey = match store.load_journey(id) {
        Ok(journey) => Some(journey.value),
        Err(StoreError::UnknownParticipant(_)) => None,
        Err(error) => return Err(error),
    };
    let mut needles = vec![format!("{:?}", id.as_str())];
    if let Some(journey) = &journey
        && !journey.display_name.trim().is_empty()
    {
        needles.push(format!("{:?}", journey.display_name));
    }
    let erased = format!("{ERASED:?}");
    let scrub = |text: &str| {
        needles.iter().fold(text.to_owned(), |acc, needle| {
            acc.replace(needle.as_str(), &erased)
        })
    };

    let mut report = EraseReport::default();
    let listed = store.list_records();
    if let Some(error) = listed.errors.into_iter().next() {
        return Err(error);
    }
    for (session, path) in listed.items {
        let text = fsio::read_text(&path, crate::bounds::MAX_RECORD_BYTES)?;
        if !text.contains(id.as_str()) {
            continue;
        }
        let mut record = store.load_record_at(&path)?;
        record.participants.retain(|p| &p.id != id);
        if record.mode == Mode::OneToOne && record.participants.is_empty() {
            writing.remove_record(&session, &path)?;
            report.records_removed.push(session);
            continue;
        }
        let data = forget(&record.activity.id, &record.activity_data, id);
        record.activity_data = scrub(data.as_deref().unwrap_or(&record.activity_data));
        for outcome in &mut record.participants {
            outcome.activity_data = outcome.activity_data.as_deref().map(&scrub);
        }
        writing.rewrite_record(&record)?;
        report.records_changed.push(session);
    }

    let drafts = store.load_drafts();
    if let Some(error) = drafts.errors.into_iter().next() {
        return Err(error);
    }
    for mut draft in drafts.items {
        if !draft
            .participants
            .iter()
            .any(|p: &DraftParticipant| &p.id == id)
        {
            continue;
        }
        draft.participants.retain(|p| &p.id != id);
        let state = forget(&draft.activity.id, &draft.activity_state, id);
        draft.activity_state = scrub(state.as_deref().unwrap_or(&draft.activity_state));
        writing.save_draft(&draft)?;
        report.drafts_changed.push(draft.id.clone());
    }

    if journey.is_some() {
        let path = store.journey_path(id);
        writing.remove(&path)?;
        report.journey_removed = Some(path);
    } else if report.records_changed.is_empty()
        && report.records_removed.is_empty()
        && report.drafts_changed.is_empty()
    {
        return Err(StoreError::UnknownParticipant(id.clone()));
    }
    Ok(report)
}
