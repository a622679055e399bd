//! GDPR rights on one participant: export everything about them, and erase them.

use std::path::{Path, PathBuf};

use chrono::Datelike as _;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::draft::Draft;
use crate::error::{FileError, StoreError};
use crate::format::{self, Versioned};
use crate::fsio::{self, Faults};
use crate::id::{DraftId, ParticipantId, SessionId};
use crate::journey::Journey;
use crate::record::SessionRecord;
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
    if let Some(db) = store.database() {
        db.audit("export", Some(id.as_str()), "")?;
    }
    let faults = Faults::default();
    let mut files = Vec::new();
    let journey_path = dir.join("journey.ron");
    fsio::write_atomic(
        &journey_path,
        store
            .read_text(&store.journey_path(id), crate::bounds::MAX_JOURNEY_BYTES)?
            .as_bytes(),
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

/// What [`erase_participant`] changed, and what it could not.
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
    /// Other people's journeys where an activity had kept something about the person.
    pub journeys_changed: Vec<ParticipantId>,
    /// Other files of the data folder that held the person's data and were removed: a copy of
    /// their journey under another name, a temporary file left by an interrupted save.
    pub copies_removed: Vec<PathBuf>,
    /// What could not be erased, and why: to be done by hand (the erasure is not complete
    /// while this is not empty).
    pub not_erased: Vec<(PathBuf, NotErased)>,
    /// Copies written outside the data folder (documents printed for the person, exports)
    /// that still exist: Atelier does not delete them; the person or the advisor does.
    pub copies_outside: Vec<PathBuf>,
}

impl EraseReport {
    /// Whether everything Atelier found of the person in the data folder was erased.
    pub fn is_complete(&self) -> bool {
        self.not_erased.is_empty()
    }
}

/// Why a file of the data folder that may hold the person's data was not erased.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, thiserror::Error)]
pub enum NotErased {
    /// A symbolic link: Atelier does not go through links, so what it points to was neither
    /// read nor erased.
    #[error("a symbolic link to {}: what it points to was not looked into", .0.as_deref().map_or_else(|| String::from("?"), |p| p.display().to_string()))]
    Symlink(Option<PathBuf>),
    /// Another person's journey names the person outside what activities keep (in a note):
    /// to be removed by hand.
    #[error("the journey of {0} names the person in a text written by hand")]
    MentionedBy(ParticipantId),
    /// It holds the person's id, but it cannot be read as one of Atelier's files.
    #[error("holds the person's id but cannot be read: {0}")]
    Unreadable(String),
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
/// Every file of the journeys', sessions' and drafts' folders is looked at, not only the ones
/// named as Atelier names them: a record in the wrong year's folder or under another name is
/// erased where it is, a copy of the journey under another name and a temporary file left by
/// an interrupted save are removed, and what cannot be erased (a symbolic link, a file that
/// holds the id but cannot be read) is listed in [`EraseReport::not_erased`]. Copies outside
/// the folder that the journey lists and that still exist are in
/// [`EraseReport::copies_outside`].
///
/// The journey goes last, so an interruption leaves a state `check` reports and running the
/// erase again completes.
///
/// # Errors
/// Unknown participant (no journey and no mention anywhere), I/O errors.
pub fn erase_participant(
    store: &Store,
    id: &ParticipantId,
    forget: Forget<'_>,
) -> Result<EraseReport, StoreError> {
    // One step for every other writer: no session is saved with this person meanwhile.
    let writing = store.writing()?;
    // The report's cache holds what the report reads of every journey: it goes first, and is
    // rebuilt without the person at the next report.
    crate::report_cache::remove_cache(store)?;
    let mut report = EraseReport::default();
    let journey_path = store.journey_path(id);
    let journey = if fsio::is_symlink(&journey_path) {
        None
    } else {
        let read = store
            .read_text(&journey_path, Journey::MAX_BYTES)
            .and_then(|text| {
                format::parse::<Journey>(&text).map_err(|error| {
                    FileError {
                        path: journey_path.clone(),
                        error,
                    }
                    .into()
                })
            });
        match read {
            Ok(journey) => Some(journey),
            Err(StoreError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                None
            }
            // A journey that cannot be read is still the person's: it is removed below.
            Err(_) => None,
        }
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

    let mut indexes = Vec::new();
    for file in folder_files(store, id, &mut report)? {
        if file == journey_path {
            continue;
        }
        // The years' summaries are written again from the records, below.
        if file.extension().is_some_and(|e| e == "index") {
            indexes.push(file);
            continue;
        }
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match store.read_text(&file, crate::bounds::MAX_RECORD_BYTES) {
            Ok(text) => text,
            Err(error) => {
                report
                    .not_erased
                    .push((file, NotErased::Unreadable(error.to_string())));
                continue;
            }
        };
        if !text.contains(id.as_str()) {
            continue;
        }
        // A temporary file left by an interrupted save: the real file is handled on its own.
        if fsio::is_temp_file(&name) {
            writing.remove(&file)?;
            report.copies_removed.push(file);
            continue;
        }
        let kind = file
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned());
        let in_drafts = kind.as_deref() == Some(crate::store::DRAFTS_DIR);
        let in_journeys = kind.as_deref() == Some(crate::store::JOURNEYS_DIR);
        if in_journeys {
            match format::parse::<Journey>(&text) {
                Ok(copy) if &copy.id == id => {
                    writing.remove(&file)?;
                    report.copies_removed.push(file);
                }
                // Another person's journey that mentions this one in what an activity
                // kept (a pair, a turn): scrubbed as in the records.
                Ok(mut other) => {
                    for data in other.activity_data.values_mut() {
                        data.ron = scrub(&data.ron);
                    }
                    let text = format::to_text(&other).map_err(|error| FileError {
                        path: file.clone(),
                        error,
                    })?;
                    if text.contains(id.as_str()) {
                        report
                            .not_erased
                            .push((file, NotErased::MentionedBy(other.id)));
                    } else {
                        writing.write_at(&file, &other)?;
                        report.journeys_changed.push(other.id);
                    }
                }
                Err(error) => report
                    .not_erased
                    .push((file, NotErased::Unreadable(error.to_string()))),
            }
        } else if in_drafts {
            match format::parse::<Draft>(&text) {
                Ok(mut draft) => {
                    draft.participants.retain(|p| &p.id != id);
                    let state = forget(&draft.activity.id, &draft.activity_state, id);
                    draft.activity_state = scrub(state.as_deref().unwrap_or(&draft.activity_state));
                    writing.write_at(&file, &draft)?;
                    report.drafts_changed.push(draft.id.clone());
                }
                Err(error) => report
                    .not_erased
                    .push((file, NotErased::Unreadable(error.to_string()))),
            }
        } else {
            match format::parse::<SessionRecord>(&text) {
                Ok(mut record) => {
                    let before = record.clone();
                    record.participants.retain(|p| &p.id != id);
                    if record.mode == Mode::OneToOne && record.participants.is_empty() {
                        writing.remove_record(&record.id, &file)?;
                        report.records_removed.push(record.id);
                        continue;
                    }
                    let data = forget(&record.activity.id, &record.activity_data, id);
                    record.activity_data = scrub(data.as_deref().unwrap_or(&record.activity_data));
                    for outcome in &mut record.participants {
                        outcome.activity_data = outcome.activity_data.as_deref().map(&scrub);
                    }
                    if record != before {
                        writing.rewrite_record_at(&file, &record)?;
                        report.records_changed.push(record.id);
                    }
                }
                Err(error) => report
                    .not_erased
                    .push((file, NotErased::Unreadable(error.to_string()))),
            }
        }
    }

    for index in indexes {
        let still = store
            .read_text(&index, 64 << 20)
            .is_ok_and(|t| t.contains(id.as_str()));
        let year = index
            .file_stem()
            .map(|y| y.to_string_lossy().into_owned())
            .unwrap_or_default();
        if still {
            crate::check::rebuild_index(store, &writing, &year)?;
            if store
                .read_text(&index, 64 << 20)
                .is_ok_and(|t| t.contains(id.as_str()))
            {
                report.not_erased.push((
                    index,
                    NotErased::Unreadable(String::from("a summary that could not be rebuilt")),
                ));
            }
        }
    }

    if let Some(journey) = &journey {
        report.copies_outside = journey
            .copies
            .iter()
            .map(|c| PathBuf::from(&c.path))
            .filter(|p| p.exists())
            .collect();
        report.copies_outside.dedup();
    }
    if fsio::is_symlink(&journey_path) {
        let target = std::fs::read_link(&journey_path).ok();
        report
            .not_erased
            .push((journey_path, NotErased::Symlink(target)));
    } else if store.exists(&journey_path)? {
        writing.remove(&journey_path)?;
        report.journey_removed = Some(journey_path);
    }
    let nothing = report.journey_removed.is_none()
        && report.records_changed.is_empty()
        && report.records_removed.is_empty()
        && report.drafts_changed.is_empty()
        && report.journeys_changed.is_empty()
        && report.copies_removed.is_empty()
        && !report
            .not_erased
            .iter()
            .any(|(path, _)| path == &store.journey_path(id));
    if nothing {
        return Err(StoreError::UnknownParticipant(id.clone()));
    }
    // Each year they had a part in says an erasure happened (the day, nothing more): a
    // report of that year recomputed from now on says why it may differ from its frozen one.
    let today = chrono::Local::now().date_naive();
    let first = journey.as_ref().map_or(today, |j| j.entry_date).min(today);
    let years: std::collections::BTreeSet<i32> = (first.year()..=today.year())
        .chain(
            report
                .records_changed
                .iter()
                .chain(&report.records_removed)
                .filter_map(|r| r.as_str().get(2..6)?.parse().ok()),
        )
        .collect();
    for year in years {
        // The erasure is done: a year's file that cannot be written (or read) only loses the
        // note that figures recomputed from now on may differ; `check` names that file.
        let _noted = crate::service::note_erasure(store, &writing, year, today);
    }
    if let Some(db) = store.database() {
        // The audit log keeps that data was read and changed, no longer whose.
        db.erase_from_audit(id.as_str())?;
        db.audit("erase", None, "a person's data")?;
    }
    writing.commit()?;
    report.not_erased.sort();
    Ok(report)
}

/// Every regular file of the journeys', sessions' (with its year folders) and drafts'
/// folders, whatever its name; symbolic links are not followed but listed as not erased.
fn folder_files(
    store: &Store,
    id: &ParticipantId,
    report: &mut EraseReport,
) -> Result<Vec<PathBuf>, StoreError> {
    let root = store.root();
    let mut files = Vec::new();
    let mut dirs = vec![root.join(crate::store::DRAFTS_DIR)];
    match store.database() {
        // The database's journeys and records that name the person, and this computer's
        // drafts and sessions waiting to be sent.
        Some(db) => {
            files.extend(db.containing(id.as_str())?);
            dirs.push(root.join(crate::store::OUTBOX_DIR));
        }
        None => dirs.extend([
            root.join(crate::store::JOURNEYS_DIR),
            root.join(crate::store::SESSIONS_DIR),
        ]),
    }
    while let Some(dir) = dirs.pop() {
        if fsio::is_symlink(&dir) {
            let target = std::fs::read_link(&dir).ok();
            report.not_erased.push((dir, NotErased::Symlink(target)));
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_symlink() => {
                    let target = std::fs::read_link(&path).ok();
                    report.not_erased.push((path, NotErased::Symlink(target)));
                }
                // Only the sessions' folder has folders inside (one a year).
                Ok(t) if t.is_dir() && dir.ends_with(crate::store::SESSIONS_DIR) => {
                    dirs.push(path);
                }
                Ok(t) if t.is_file() => files.push(path),
                _ => {}
            }
        }
    }
    files.sort();
    Ok(files)
}
