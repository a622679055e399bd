//! A summary of every session record, one small file per year (`sessions/<year>.index`), so that
//! counting a year's sessions (the service's report, Home's recent sessions) reads one file
//! instead of thousands.
//!
//! The records stay the truth. A year's index is rewritten, atomically, with every record saved,
//! rewritten or removed; it is used only when it lists exactly the record files of its year
//! folder, and rebuilt from them otherwise (and by `check --repair`). `check` reads every record
//! anyway and reports an index that disagrees with them.
//!
//! The format is one line per record, tab-separated, after a header line:
//! `id  start  end  mode  activity  participant,participant…` (dates in RFC 3339).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use crate::error::StoreError;
use crate::id::{ParticipantId, SessionId};
use crate::record::{Mode, SessionRecord};
use crate::store::{Loaded, SESSIONS_DIR, Store};

/// The first line of an index file.
const HEADER: &str = "atelier-index\t1";
/// The largest index file read (a year of 100,000 sessions fits).
const MAX_INDEX_BYTES: u64 = 64 << 20;

/// What the report needs of a session record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordSummary {
    /// The record.
    pub id: SessionId,
    /// When it started.
    pub start: DateTime<FixedOffset>,
    /// When it ended.
    pub end: DateTime<FixedOffset>,
    /// Collective or one-to-one.
    pub mode: Mode,
    /// The activity's id.
    pub activity: String,
    /// Who took part.
    pub participants: Vec<ParticipantId>,
}

impl RecordSummary {
    /// The summary of `record`.
    pub fn of(record: &SessionRecord) -> Self {
        Self {
            id: record.id.clone(),
            start: record.start,
            end: record.end,
            mode: record.mode,
            activity: record.activity.id.clone(),
            participants: record.participants.iter().map(|p| p.id.clone()).collect(),
        }
    }

    /// How long it lasted, in minutes (0 when the end is before the start).
    pub fn minutes(&self) -> i64 {
        (self.end - self.start).num_minutes().max(0)
    }

    fn line(&self) -> String {
        let participants: Vec<&str> = self.participants.iter().map(|p| p.as_str()).collect();
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            self.id,
            self.start.to_rfc3339(),
            self.end.to_rfc3339(),
            match self.mode {
                Mode::Collective => "collective",
                Mode::OneToOne => "one-to-one",
            },
            self.activity,
            participants.join(",")
        )
    }

    fn parse(line: &str) -> Option<Self> {
        let mut parts = line.split('\t');
        let id = SessionId::parse(parts.next()?).ok()?;
        let start = DateTime::parse_from_rfc3339(parts.next()?).ok()?;
        let end = DateTime::parse_from_rfc3339(parts.next()?).ok()?;
        let mode = match parts.next()? {
            "collective" => Mode::Collective,
            "one-to-one" => Mode::OneToOne,
            _ => return None,
        };
        let activity = parts.next()?.to_owned();
        let participants = parts
            .next()?
            .split(',')
            .filter(|p| !p.is_empty())
            .map(|p| ParticipantId::parse(p).ok())
            .collect::<Option<Vec<_>>>()?;
        parts.next().is_none().then_some(Self {
            id,
            start,
            end,
            mode,
            activity,
            participants,
        })
    }
}

/// The index file of a year folder.
pub(crate) fn index_path(store: &Store, year: &str) -> PathBuf {
    store
        .root()
        .join(SESSIONS_DIR)
        .join(format!("{year}.index"))
}

/// The year folder name of a record id (`0000` when the id has none).
pub(crate) fn year_of(id: &SessionId) -> String {
    id.year()
        .map_or_else(|| String::from("0000"), |y| format!("{y:04}"))
}

/// Reads an index file: its summaries by id, or why it cannot be used.
fn read_index(store: &Store, path: &Path) -> Option<BTreeMap<SessionId, RecordSummary>> {
    if crate::fsio::is_symlink(path) {
        // Never read through a link: the summary is rebuilt from the records instead.
        return None;
    }
    let text = store.read_text(path, MAX_INDEX_BYTES).ok()?;
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    lines
        .map(|line| RecordSummary::parse(line).map(|s| (s.id.clone(), s)))
        .collect()
}

/// The text of an index holding `summaries`.
fn index_text<'a>(summaries: impl Iterator<Item = &'a RecordSummary>) -> String {
    let mut text = String::from(HEADER);
    text.push('\n');
    for summary in summaries {
        text.push_str(&summary.line());
        text.push('\n');
    }
    text
}

/// What reading a year found.
pub(crate) struct Year {
    /// Every record's summary, by id.
    pub summaries: BTreeMap<SessionId, RecordSummary>,
    /// Whether the index file had to be rebuilt from the records.
    pub rebuilt: bool,
}

impl Store {
    /// Every record's summary whose year is in `years` (inclusive), newest first: from the
    /// years' index files when they list exactly the record files there, else from the records
    /// (and the index is written again when the folder is writable). Records that cannot be
    /// read are reported in [`Loaded::errors`] and left out.
    pub fn record_summaries(&self, years: std::ops::RangeInclusive<u16>) -> Loaded<RecordSummary> {
        if let Some(db) = self.database() {
            let mut loaded = Loaded::default();
            match db.summaries(years) {
                Ok(rows) => {
                    for row in rows {
                        match row {
                            Ok(summary) => loaded.items.push(summary),
                            // A row whose columns do not read: its record is read instead.
                            Err(id) => match SessionId::parse(&id)
                                .map_err(|error| StoreError::BadId {
                                    path: db.doc_path(&crate::db::Doc::Record(id.clone())),
                                    error,
                                })
                                .and_then(|id| self.load_record(&id))
                            {
                                Ok(record) => loaded.items.push(RecordSummary::of(&record)),
                                Err(error) => loaded.errors.push(error),
                            },
                        }
                    }
                }
                Err(error) => loaded.errors.push(error),
            }
            loaded.items.sort_by(|a, b| b.id.cmp(&a.id));
            return loaded;
        }
        let listed = self.list_records();
        let mut loaded = Loaded {
            items: Vec::new(),
            errors: listed.errors,
        };
        let mut by_year: BTreeMap<String, Vec<(SessionId, PathBuf)>> = BTreeMap::new();
        for (id, path) in listed.items {
            if id.year().is_some_and(|y| years.contains(&y)) {
                by_year.entry(year_of(&id)).or_default().push((id, path));
            }
        }
        for (year, files) in by_year {
            let found = self.read_year(&year, &files, &mut loaded.errors);
            if found.rebuilt
                && let Some(writing) = self.writing_now()
            {
                // Best effort, never waiting for another program: the summaries are right
                // either way; the next read is faster.
                let _ignored = writing.write_index(&year, &found.summaries);
            }
            loaded.items.extend(found.summaries.into_values());
        }
        loaded.items.sort_by(|a, b| b.id.cmp(&a.id));
        loaded
    }

    /// A year's summaries: the index when it lists exactly `files`, else the records read.
    pub(crate) fn read_year(
        &self,
        year: &str,
        files: &[(SessionId, PathBuf)],
        errors: &mut Vec<StoreError>,
    ) -> Year {
        if let Some(summaries) = read_index(self, &index_path(self, year))
            && summaries.len() == files.len()
            && files.iter().all(|(id, _)| summaries.contains_key(id))
        {
            return Year {
                summaries,
                rebuilt: false,
            };
        }
        Year {
            summaries: self.read_year_from_records(files, errors),
            rebuilt: true,
        }
    }

    /// The summaries of `files`, each record read; unreadable ones go to `errors`.
    pub(crate) fn read_year_from_records(
        &self,
        files: &[(SessionId, PathBuf)],
        errors: &mut Vec<StoreError>,
    ) -> BTreeMap<SessionId, RecordSummary> {
        files
            .iter()
            .filter_map(|(id, path)| match self.load_record_at(path) {
                Ok(record) => Some((id.clone(), RecordSummary::of(&record))),
                Err(error) => {
                    errors.push(error);
                    None
                }
            })
            .collect()
    }

    /// Whether a year's index file is missing or differs from `records` (read by `check`).
    pub(crate) fn index_disagrees(&self, year: &str, records: &[&SessionRecord]) -> bool {
        let Some(index) = read_index(self, &index_path(self, year)) else {
            return true;
        };
        index.len() != records.len()
            || records
                .iter()
                .any(|r| index.get(&r.id) != Some(&RecordSummary::of(r)))
    }
}

impl crate::store::Writing<'_> {
    /// Writes a year's index.
    pub(crate) fn write_index(
        &self,
        year: &str,
        summaries: &BTreeMap<SessionId, RecordSummary>,
    ) -> Result<(), StoreError> {
        let text = index_text(summaries.values());
        self.write_bytes(&index_path(self.store(), year), text.as_bytes())
    }

    /// Brings a year's index up to date after `record` was written (`Some`) or the record `id`
    /// removed (`None`): the index is read (or rebuilt from the records), changed, written.
    pub(crate) fn update_index(
        &self,
        id: &SessionId,
        record: Option<&SessionRecord>,
    ) -> Result<(), StoreError> {
        let store = self.store();
        // A database keeps each record's summary in its own row.
        if store.database().is_some() {
            return Ok(());
        }
        let year = year_of(id);
        let mut summaries = read_index(store, &index_path(store, &year)).unwrap_or_else(|| {
            let files: Vec<(SessionId, PathBuf)> = store
                .list_records()
                .items
                .into_iter()
                .filter(|(other, _)| year_of(other) == year && other != id)
                .collect();
            store.read_year(&year, &files, &mut Vec::new()).summaries
        });
        match record {
            Some(record) => summaries.insert(id.clone(), RecordSummary::of(record)),
            None => summaries.remove(id),
        };
        self.write_index(&year, &summaries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_line_goes_there_and_back_and_a_bad_one_is_refused() {
        let summary = RecordSummary {
            id: SessionId::parse("s-20261120-100000-abcdefgh").expect("id"),
            start: DateTime::parse_from_rfc3339("2026-11-20T10:00:00+01:00").expect("date"),
            end: DateTime::parse_from_rfc3339("2026-11-20T11:30:00+01:00").expect("date"),
            mode: Mode::Collective,
            activity: String::from("peer_circle"),
            participants: vec![
                ParticipantId::parse("p-amina").expect("id"),
                ParticipantId::parse("p-elodie").expect("id"),
            ],
        };
        assert_eq!(RecordSummary::parse(&summary.line()), Some(summary.clone()));
        assert_eq!(summary.minutes(), 90);
        assert_eq!(RecordSummary::parse("s-x\tnot a date"), None);
        assert_eq!(
            RecordSummary::parse(&format!("{}\textra", summary.line())),
            None
        );
    }
}
