//! Validation of a whole data folder (`atelier check`) and completion of what an interrupted
//! save left half-done (`atelier check --repair`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{FileError, StoreError};
use crate::format::FormatError;
use crate::fsio;
use crate::id::{IdError, ParticipantId, SessionId};
use crate::record::SessionRecord;
use crate::store::{self, DRAFTS_DIR, JOURNEYS_DIR, SESSIONS_DIR, Store, Writing};

/// One problem found by [`check`], located in a file.
#[derive(Debug)]
pub struct Problem {
    /// The file concerned.
    pub path: PathBuf,
    /// Line and column (1-based), when they mean something.
    pub position: Option<(usize, usize)>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What can be wrong in a data folder.
#[derive(Debug, thiserror::Error)]
pub enum ProblemKind {
    /// The file's content cannot be read.
    #[error("{0}")]
    Format(FormatError),
    /// The system could not read the file or folder.
    #[error("cannot be read: {0}")]
    Io(std::io::Error),
    /// The file name is not a valid id.
    #[error("the file name is not a valid id: {0}")]
    BadFileName(IdError),
    /// The record is not in the folder of its year.
    #[error("the record belongs in {}", .0.display())]
    WrongFolder(PathBuf),
    /// A record lists a participant whose journey has no link to it (an interrupted save).
    #[error("the journey of {participant} has no link to this record (repairable)")]
    MissingLink {
        /// The participant.
        participant: ParticipantId,
        /// The record.
        record: SessionId,
    },
    /// A record lists a participant who has no journey file.
    #[error("participant {0} has no journey file")]
    UnknownParticipant(ParticipantId),
    /// A journey links to a record that does not exist.
    #[error("links to record {0}, which does not exist")]
    DanglingLink(SessionId),
    /// A journey links to a record that does not list the participant.
    #[error("links to record {0}, which does not list this participant")]
    NotListed(SessionId),
    /// A temp file left by a write that was cut short (the real file is intact).
    #[error("leftover temporary file from an interrupted save (repairable)")]
    TempFile,
    /// A year's summary of records (`sessions/<year>.index`) differs from the records: they are
    /// what counts; the index is rebuilt from them.
    #[error("the summary of the year's records differs from the records (repairable)")]
    StaleIndex(String),
    /// A symbolic link inside the data folder: not followed, not read, not written.
    #[error("a symbolic link{}: Atelier neither reads nor writes through links", .0.as_deref().map_or_else(String::new, |t| format!(" to {}", t.display())))]
    Symlink(Option<PathBuf>),
    /// Every account of this computer may go into the data folder (made by an older Atelier,
    /// or by hand): repair shuts other accounts out of it (its group keeps what it had).
    #[error("other accounts of this computer can read the data folder (repairable)")]
    OpenToOthers,
    /// A second record of one session (same activity, mode, start and people as `kept`): a
    /// save tried again by an older Atelier after it failed halfway. Counted twice in the
    /// reports. Repairable when the two say the same (but for their end time): the second one
    /// and its journey links are removed.
    #[error(
        "a second record of session {kept} (same activity, start and people){}",
        if *.same { " (repairable)" } else { ": they differ, compare them and keep one" }
    )]
    SameSession {
        /// The record kept: the first one.
        kept: SessionId,
        /// This one, the second.
        second: SessionId,
        /// Whether the two say the same, but for their ids and end times.
        same: bool,
    },
    /// A session dated before the person entered the service (an entry date changed by hand to
    /// make a return look like a first entry, or a typing mistake): a return after an exit is
    /// a re-entry, dated, and the first entry stays.
    #[error(
        "session {record} is dated {date}, before {participant} entered the service ({entry}): a return after an exit is recorded as a re-entry, and the entry date is the first one"
    )]
    BeforeEntry {
        /// Who.
        participant: ParticipantId,
        /// The session.
        record: SessionId,
        /// Its day.
        date: chrono::NaiveDate,
        /// The person's entry date.
        entry: chrono::NaiveDate,
    },
}

impl ProblemKind {
    /// Whether `check --repair` fixes it.
    pub fn repairable(&self) -> bool {
        matches!(
            self,
            Self::MissingLink { .. }
                | Self::OpenToOthers
                | Self::TempFile
                | Self::StaleIndex(_)
                | Self::SameSession { same: true, .. }
        )
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.path.display(), self.kind),
            None => write!(f, "{}: {}", self.path.display(), self.kind),
        }
    }
}

impl From<StoreError> for Problem {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::File(FileError { path, error }) => Self {
                position: error.position(),
                path,
                kind: ProblemKind::Format(error),
            },
            StoreError::Io { path, source } => Self {
                path,
                position: None,
                kind: ProblemKind::Io(source),
            },
            StoreError::BadId { path, error } => Self {
                path,
                position: None,
                kind: ProblemKind::BadFileName(error),
            },
            StoreError::Symlink(path) => Self {
                kind: ProblemKind::Symlink(fs::read_link(&path).ok()),
                path,
                position: None,
            },
            other => Self {
                path: other.path().map(Path::to_path_buf).unwrap_or_default(),
                position: None,
                kind: ProblemKind::Io(std::io::Error::other(other.to_string())),
            },
        }
    }
}

/// What [`check`] found.
#[derive(Debug, Default)]
pub struct CheckReport {
    /// Every problem, sorted by file.
    pub problems: Vec<Problem>,
    /// Journeys read.
    pub journeys: usize,
    /// Records read.
    pub records: usize,
    /// Drafts read.
    pub drafts: usize,
}

impl CheckReport {
    /// Whether nothing is wrong.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Validates every file of the data folder and the links between records and journeys,
/// both ways.
///
/// A temporary file is reported only if it is still there once the folder's write lock could
/// be taken for a moment: another program's save in progress is not mistaken for one cut short.
pub fn check(store: &Store) -> CheckReport {
    check_with(store, false)
}

/// [`check`], told whether the caller already holds the write lock (repair does).
fn check_with(store: &Store, locked: bool) -> CheckReport {
    let mut report = CheckReport::default();
    let mut problems = Vec::new();
    if fsio::open_to_others(store.root()) {
        problems.push(Problem {
            path: store.root().to_owned(),
            position: None,
            kind: ProblemKind::OpenToOthers,
        });
    }

    // Journeys, and the ones that exist but cannot be read (to avoid reporting them twice).
    let journeys = store.load_journeys();
    let mut unreadable: HashSet<PathBuf> = HashSet::new();
    for error in journeys.errors {
        if let Some(path) = error.path() {
            unreadable.insert(path.to_owned());
        }
        problems.push(Problem::from(error));
    }
    report.journeys = journeys.items.len();
    // The service's own files (time without a person, frozen figures): each must read.
    // Something else beside them (a copy, a note) is not Atelier's to judge.
    match store.service_years_kept() {
        Ok(years) => {
            for year in years {
                if let Err(error) = store.service_year(year) {
                    problems.push(Problem::from(error));
                }
            }
        }
        Err(error) if store.database().is_some() => problems.push(Problem::from(error)),
        // A folder whose service folder cannot be listed has none to check here.
        Err(_) => {}
    }
    let journeys: HashMap<ParticipantId, _> = journeys
        .items
        .into_iter()
        .map(|j| (j.value.id.clone(), j.value))
        .collect();

    // Records: all of them.
    let listed = store.list_records();
    problems.extend(listed.errors.into_iter().map(Problem::from));
    let mut records: HashMap<SessionId, SessionRecord> = HashMap::new();
    let mut unreadable_records: HashSet<SessionId> = HashSet::new();
    for (id, path) in listed.items {
        let expected = store.record_path(&id);
        if path != expected {
            problems.push(Problem {
                path,
                position: None,
                kind: ProblemKind::WrongFolder(
                    expected.parent().map(Path::to_path_buf).unwrap_or_default(),
                ),
            });
            unreadable_records.insert(id);
            continue;
        }
        match store.load_record_at(&path) {
            Ok(record) => {
                records.insert(id, record);
            }
            Err(error) => {
                unreadable_records.insert(id);
                problems.push(error.into());
            }
        }
    }
    report.records = records.len();

    // Links from records to journeys.
    let mut sorted_records: Vec<_> = records.values().collect();
    sorted_records.sort_by(|a, b| a.id.cmp(&b.id));
    problems.extend(same_sessions(store, &sorted_records));
    for record in sorted_records {
        let path = store.record_path(&record.id);
        for outcome in &record.participants {
            let position = Some((line_in(&path, outcome.id.as_str()), 1));
            match journeys.get(&outcome.id) {
                Some(journey) if record.start.date_naive() < journey.entry_date => {
                    problems.push(Problem {
                        path: path.clone(),
                        position,
                        kind: ProblemKind::BeforeEntry {
                            participant: outcome.id.clone(),
                            record: record.id.clone(),
                            date: record.start.date_naive(),
                            entry: journey.entry_date,
                        },
                    });
                    if journey.link(&record.id).is_none() {
                        problems.push(Problem {
                            path: store.journey_path(&outcome.id),
                            position: Some((1, 1)),
                            kind: ProblemKind::MissingLink {
                                participant: outcome.id.clone(),
                                record: record.id.clone(),
                            },
                        });
                    }
                }
                Some(journey) if journey.link(&record.id).is_none() => problems.push(Problem {
                    path: store.journey_path(&outcome.id),
                    position: Some((1, 1)),
                    kind: ProblemKind::MissingLink {
                        participant: outcome.id.clone(),
                        record: record.id.clone(),
                    },
                }),
                Some(_) => {}
                None if unreadable.contains(&store.journey_path(&outcome.id)) => {}
                None => problems.push(Problem {
                    path: path.clone(),
                    position,
                    kind: ProblemKind::UnknownParticipant(outcome.id.clone()),
                }),
            }
        }
    }

    // Links from journeys to records.
    let sorted_journeys: BTreeMap<_, _> = journeys.iter().collect();
    for (id, journey) in sorted_journeys {
        let path = store.journey_path(id);
        for link in &journey.timeline {
            if unreadable_records.contains(&link.session) {
                continue;
            }
            let kind = match records.get(&link.session) {
                None => ProblemKind::DanglingLink(link.session.clone()),
                Some(record) if record.outcome(id).is_none() => {
                    ProblemKind::NotListed(link.session.clone())
                }
                Some(_) => continue,
            };
            problems.push(Problem {
                position: Some((line_in(&path, link.session.as_str()), 1)),
                path: path.clone(),
                kind,
            });
        }
    }

    // Each year's summary of records, where one was written: it must say what the records say.
    let mut years: BTreeMap<String, Vec<&SessionRecord>> = BTreeMap::new();
    for record in records.values() {
        years
            .entry(crate::index::year_of(&record.id))
            .or_default()
            .push(record);
    }
    for id in &unreadable_records {
        years.remove(&crate::index::year_of(id));
    }
    for (year, records) in years {
        let path = crate::index::index_path(store, &year);
        if path.exists() && store.index_disagrees(&year, &records) {
            problems.push(Problem {
                path,
                position: None,
                kind: ProblemKind::StaleIndex(year),
            });
        }
    }

    // Drafts.
    let drafts = store.load_drafts();
    report.drafts = drafts.items.len();
    problems.extend(drafts.errors.into_iter().map(Problem::from));

    // Leftover temp files: those still there while no other program writes.
    let mut temps = temp_files(store.root());
    if !temps.is_empty() && !locked {
        let settled =
            crate::lock::write_lock(store.root(), std::time::Duration::from_secs(2)).is_ok();
        if settled {
            temps.retain(|path| path.exists());
        }
    }
    for path in temps {
        problems.push(Problem {
            path,
            position: None,
            kind: ProblemKind::TempFile,
        });
    }

    problems.sort_by(|a, b| a.path.cmp(&b.path).then(a.position.cmp(&b.position)));
    report.problems = problems;
    report
}

/// Records that are a second save of one session: same activity, mode, start and people.
fn same_sessions(store: &Store, sorted: &[&SessionRecord]) -> Vec<Problem> {
    let mut first: HashMap<_, &SessionRecord> = HashMap::new();
    let mut problems = Vec::new();
    for record in sorted {
        let mut people: Vec<&ParticipantId> = record.participants.iter().map(|p| &p.id).collect();
        people.sort();
        let key = (&record.activity.id, record.mode, record.start, people);
        match first.get(&key) {
            None => {
                first.insert(key, record);
            }
            Some(kept) => {
                let mut second = (*record).clone();
                second.id.clone_from(&kept.id);
                second.end = kept.end;
                problems.push(Problem {
                    path: store.record_path(&record.id),
                    position: None,
                    kind: ProblemKind::SameSession {
                        kept: kept.id.clone(),
                        second: record.id.clone(),
                        same: second == **kept,
                    },
                });
            }
        }
    }
    problems
}

fn line_in(path: &Path, needle: &str) -> usize {
    fs::read_to_string(path).map_or(1, |text| store::line_of(&text, needle))
}

fn temp_files(root: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![
        root.join(JOURNEYS_DIR),
        root.join(DRAFTS_DIR),
        root.join(SESSIONS_DIR),
    ];
    if let Ok(years) = fs::read_dir(root.join(SESSIONS_DIR)) {
        dirs.extend(years.flatten().map(|e| e.path()).filter(|p| p.is_dir()));
    }
    let mut out = Vec::new();
    for dir in dirs {
        if let Ok(entries) = fs::read_dir(&dir) {
            out.extend(
                entries
                    .flatten()
                    .filter(|e| fsio::is_temp_file(&e.file_name().to_string_lossy()))
                    .map(|e| e.path()),
            );
        }
    }
    out
}

/// Writes a year's summary again from its records.
pub(crate) fn rebuild_index(
    store: &Store,
    writing: &Writing<'_>,
    year: &str,
) -> Result<(), StoreError> {
    let files: Vec<_> = store
        .list_records()
        .items
        .into_iter()
        .filter(|(id, _)| crate::index::year_of(id) == year)
        .collect();
    let mut errors = Vec::new();
    let summaries = store.read_year_from_records(&files, &mut errors);
    match errors.into_iter().next() {
        Some(error) => Err(error),
        None => writing.write_index(year, &summaries),
    }
}

/// What [`repair`] did and what is left.
#[derive(Debug, Default)]
pub struct RepairReport {
    /// Problems fixed.
    pub fixed: Vec<Problem>,
    /// Repairs that failed, with why.
    pub failed: Vec<(Problem, StoreError)>,
    /// A fresh check after the repair.
    pub after: CheckReport,
}

/// Completes interrupted saves (adds the missing journey links from the records) and removes
/// leftover temp files; then checks again.
///
/// The whole repair holds the data folder's write lock: no other program writes meanwhile, so
/// every temp file found is a leftover and no journey changes under the repair.
///
/// # Errors
/// [`StoreError::Busy`] or [`StoreError::ReadOnly`] when the lock cannot be taken (nothing
/// was changed then).
pub fn repair(store: &Store) -> Result<RepairReport, StoreError> {
    let writing = store.writing()?;
    let mut report = RepairReport::default();
    // A second record removed can leave the first one's links to complete: a second pass.
    for _pass in 0..3 {
        let mut fixed_any = false;
        for problem in check_with(store, true).problems {
            let result = match &problem.kind {
                ProblemKind::MissingLink {
                    participant,
                    record,
                } => complete_link(store, &writing, participant, record),
                ProblemKind::TempFile => writing.remove(&problem.path),
                ProblemKind::OpenToOthers => fsio::close_to_others(store.root()),
                ProblemKind::StaleIndex(year) => rebuild_index(store, &writing, year),
                ProblemKind::SameSession {
                    kept,
                    second,
                    same: true,
                } => remove_second(store, &writing, kept, second),
                _ => continue,
            };
            match result {
                Ok(()) => {
                    fixed_any = true;
                    report.fixed.push(problem);
                }
                Err(error) => report.failed.push((problem, error)),
            }
        }
        if !fixed_any {
            break;
        }
    }
    report.after = check_with(store, true);
    writing.commit()?;
    Ok(report)
}

/// Removes the second record of a session saved twice, and its links.
fn remove_second(
    store: &Store,
    writing: &Writing<'_>,
    kept: &SessionId,
    second: &SessionId,
) -> Result<(), StoreError> {
    let record = store.load_record(second)?;
    for outcome in &record.participants {
        let mut journey = match store.read_journey(&outcome.id) {
            Ok(journey) => journey,
            Err(StoreError::UnknownParticipant(_)) => continue,
            Err(error) => return Err(error),
        };
        let before = journey.value.timeline.len();
        journey.value.timeline.retain(|l| &l.session != second);
        let data = journey
            .value
            .activity_data
            .get(&record.activity.id)
            .is_some_and(|d| d.session.as_ref() == Some(second));
        if data {
            // The first record said the same: the data stays, as the first one's.
            if let Some(d) = journey.value.activity_data.get_mut(&record.activity.id) {
                d.session = Some(kept.clone());
            }
        }
        if journey.value.timeline.len() != before || data {
            writing.save_journey(&journey.value, Some(journey.revision))?;
        }
    }
    writing.remove_record(second, &store.record_path(second))
}

fn complete_link(
    store: &Store,
    writing: &Writing<'_>,
    participant: &ParticipantId,
    record: &SessionId,
) -> Result<(), StoreError> {
    let record = store.load_record(record)?;
    let mut journey = store.read_journey(participant)?;
    if let Some(outcome) = record.outcome(participant)
        && store::apply_outcome(&mut journey.value, &record, outcome)
    {
        writing.save_journey(&journey.value, Some(journey.revision))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_in_progress_elsewhere_is_not_reported_as_cut_short() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::create(dir.path()).expect("store");
        let temp = store
            .root()
            .join(JOURNEYS_DIR)
            .join(".p-amina.ron.4242.0.tmp");
        // Another program is in the middle of a save: it holds the lock, its temp file exists.
        let writer = crate::lock::write_lock(store.root(), crate::lock::WRITE_LOCK_WAIT)
            .expect("the other program's lock");
        fs::write(&temp, "(").expect("temp");
        let finisher = std::thread::spawn({
            let temp = temp.clone();
            move || {
                std::thread::sleep(std::time::Duration::from_millis(300));
                fs::remove_file(&temp).expect("renamed into place");
                drop(writer);
            }
        });
        let report = check(&store);
        finisher.join().expect("the other program finished");
        assert!(report.is_clean(), "{:?}", report.problems);
        // A temp file nobody is writing is a leftover, and reported.
        fs::write(&temp, "(").expect("temp");
        let report = check(&store);
        assert!(
            matches!(report.problems.as_slice(), [p] if matches!(p.kind, ProblemKind::TempFile)),
            "{:?}",
            report.problems
        );
    }
}
