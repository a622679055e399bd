//! What the service's report needs of each journey, kept in `journeys/report.cache` so that a
//! report reads one small file instead of parsing every journey again (most of a journey is
//! its timeline's takeaways and the notes, which the report never reads).
//!
//! The journeys stay the truth. An entry is used only while its journey file has the same
//! length, modification time and file number (every save replaces the file, so it gets a new
//! one) as when the entry was made, and an entry is made only of a file last changed more than
//! [`SETTLED`] before: a file changed in the same instant as it was read is read again next time.
//! The cache holds no name, no note and nothing private (see [`for_report`]); erasing someone
//! removes it. It is rewritten, atomically and under the write lock, only when the write lock
//! is free at once: a report never waits for it, and a read-only folder goes without it.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::error::StoreError;
use crate::format::Versioned as _;
use crate::journey::{Journey, Status};
use crate::store::{JOURNEYS_DIR, Loaded, Store};
use crate::{Private, fsio};

/// The cache's file, in the journeys' folder (not a `.ron` file: never taken for a journey).
pub(crate) const CACHE_FILE: &str = "report.cache";
/// The largest cache read.
const MAX_CACHE_BYTES: u64 = 256 << 20;
/// How long a file must have been left unchanged before its entry is kept.
const SETTLED: Duration = Duration::from_secs(2);

/// What identifies one state of a journey file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified_ns: i128,
    file: u64,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Option<Self> {
        let modified = meta.modified().ok()?;
        let modified_ns = match modified.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(after) => i128::try_from(after.as_nanos()).ok()?,
            Err(before) => -i128::try_from(before.duration().as_nanos()).ok()?,
        };
        #[cfg(unix)]
        let file = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let file = 0;
        Some(Self {
            len: meta.len(),
            modified_ns,
            file,
        })
    }

    /// Whether the file was last changed long enough before `now` to be trusted unchanged
    /// while its stamp is.
    fn settled(self, now: SystemTime) -> bool {
        let now_ns = now
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| i128::try_from(d.as_nanos()).unwrap_or(i128::MAX));
        now_ns - self.modified_ns > i128::try_from(SETTLED.as_nanos()).unwrap_or(0)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    stamp: Stamp,
    journey: Journey,
}

#[derive(Debug, Serialize, Deserialize)]
struct Cache {
    /// The crate's version: another version's cache is not read (its journeys may differ).
    version: String,
    entries: Vec<Entry>,
}

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// `journey` with only what the report reads: no name, no note, no activity data, no
/// takeaway, no preferences, stages, copies or follow-ups.
pub fn for_report(journey: Journey) -> Journey {
    let mut journey = journey;
    journey.display_name.clear();
    journey.last_name = Private::new(None);
    journey.preferences = Default::default();
    journey.stages.clear();
    journey.activity_data.clear();
    journey.consent_history.clear();
    journey.private_notes = Private::new(String::new());
    journey.copies.clear();
    journey.follow_ups.clear();
    for link in &mut journey.timeline {
        link.activity.clear();
        link.takeaway = None;
        link.progress.clear();
        link.takeaway_in.clear();
    }
    for contact in &mut journey.contacts {
        contact.note = Private::new(String::new());
        contact.recorded_by.clear();
    }
    for change in &mut journey.status_history {
        change.note.clear();
        change.recorded_by.clear();
        if let Status::OnHold {
            resume_conditions, ..
        } = &mut change.status
        {
            resume_conditions.clear();
        }
    }
    journey.consents.keep_file.recorded_by.clear();
    journey.consents.first_name_on_projector.recorded_by.clear();
    journey
}

fn read_cache(store: &Store, path: &Path) -> HashMap<String, Entry> {
    let Ok(text) = store.read_text(path, MAX_CACHE_BYTES) else {
        return HashMap::new();
    };
    match serde_json::from_str::<Cache>(&text) {
        Ok(cache) if cache.version == VERSION => cache
            .entries
            .into_iter()
            .map(|e| (e.journey.id.as_str().to_owned(), e))
            .collect(),
        _ => HashMap::new(),
    }
}

impl Store {
    /// Every journey as [`for_report`] keeps it, sorted by id: from the cache where the file
    /// is as it was, read (on all cores) where not; bad files are reported in
    /// [`Loaded::errors`], as [`Self::load_journeys`] does.
    pub fn report_journeys(&self) -> Loaded<Journey> {
        if let Some(db) = self.database() {
            let mut loaded = Loaded::default();
            match db.report_journeys() {
                Ok(rows) => {
                    for (id, json) in rows {
                        let path = db.doc_path(&crate::db::Doc::Journey(id));
                        match serde_json::from_str::<Journey>(&json) {
                            Ok(journey) => loaded.items.push(journey),
                            Err(e) => loaded.errors.push(
                                crate::error::FileError {
                                    path,
                                    error: crate::format::FormatError::Write(e.to_string()),
                                }
                                .into(),
                            ),
                        }
                    }
                }
                Err(error) => loaded.errors.push(error),
            }
            return loaded;
        }
        let dir = self.root().join(JOURNEYS_DIR);
        let cache_path = dir.join(CACHE_FILE);
        let mut loaded = Loaded::default();
        let paths = Self::list::<crate::id::Participant>(&dir, &mut loaded.errors);
        let mut cache = read_cache(self, &cache_path);
        let mut slots: Vec<Option<Entry>> = Vec::with_capacity(paths.len());
        let mut to_read = Vec::new();
        for (i, (id, path)) in paths.iter().enumerate() {
            let now = std::fs::symlink_metadata(path)
                .ok()
                .and_then(|m| Stamp::of(&m));
            match cache.remove(id.as_str()) {
                Some(entry) if Some(entry.stamp) == now => slots.push(Some(entry)),
                _ => {
                    slots.push(None);
                    to_read.push((i, path.as_path()));
                }
            }
        }
        // Entries left are of journeys no longer there: the cache is written without them.
        let gone = !cache.is_empty();
        let read = Self::read_stamped(self.sealing(), &to_read);
        let now = SystemTime::now();
        let mut changed = gone;
        for (i, result) in read {
            match result {
                Ok((journey, stamp)) => {
                    changed |= stamp.is_some_and(|s| s.settled(now));
                    if let Some(slot) = slots.get_mut(i) {
                        *slot = Some(Entry {
                            stamp: stamp.unwrap_or(Stamp {
                                len: u64::MAX,
                                modified_ns: 0,
                                file: 0,
                            }),
                            journey,
                        });
                    }
                }
                Err(error) => loaded.errors.push(error),
            }
        }
        let entries: Vec<Entry> = slots.into_iter().flatten().collect();
        if changed {
            self.write_cache(&cache_path, &entries, now);
        }
        loaded.items = entries.into_iter().map(|e| e.journey).collect();
        loaded
    }

    /// Reads the journeys at `paths` on all cores, each with the stamp of the very file read.
    #[expect(
        clippy::type_complexity,
        reason = "a list of indexed results, read once"
    )]
    fn read_stamped(
        sealing: Option<&fsio::Sealing>,
        paths: &[(usize, &Path)],
    ) -> Vec<(usize, Result<(Journey, Option<Stamp>), StoreError>)> {
        crate::store::on_all_cores(paths, |(i, path)| {
            let read = fsio::read_text_with_meta_in(path, Journey::MAX_BYTES, sealing).and_then(
                |(text, meta)| {
                    let journey: Journey = Self::parse_checked(path, &text, |j: &Journey| &j.id)?;
                    Ok((for_report(journey), Stamp::of(&meta)))
                },
            );
            (*i, read)
        })
    }

    /// Writes the cache of `entries` that are settled and whose file is still as read, if the
    /// write lock is free now; any failure leaves the cache as it was (it is only a cache).
    fn write_cache(&self, path: &Path, entries: &[Entry], now: SystemTime) {
        let Some(_writing) = self.writing_now() else {
            return;
        };
        // Under the lock: an erasure that ran meanwhile removed its person's file, so the
        // entry is not kept.
        let kept: Vec<&Entry> = entries
            .iter()
            .filter(|e| {
                e.stamp.settled(now)
                    && std::fs::symlink_metadata(self.journey_path(&e.journey.id))
                        .ok()
                        .and_then(|m| Stamp::of(&m))
                        == Some(e.stamp)
            })
            .collect();
        #[derive(Serialize)]
        struct CacheRef<'a> {
            version: &'a str,
            entries: Vec<&'a Entry>,
        }
        let Ok(text) = serde_json::to_string(&CacheRef {
            version: VERSION,
            entries: kept,
        }) else {
            return;
        };
        // In an encrypted folder the cache is sealed like every other file.
        let bytes = match self.sealing() {
            Some(sealing) => match sealing.seal(path, text.as_bytes()) {
                Ok(bytes) => bytes,
                Err(_unsealed) => return,
            },
            None => text.into_bytes(),
        };
        let _ignored = fsio::write_file_atomic(path, &bytes);
    }
}

/// Removes the report's cache (an erasure does, under its lock: the cache is rebuilt without
/// the person at the next report).
pub(crate) fn remove_cache(store: &Store) -> Result<(), StoreError> {
    let path = store.root().join(JOURNEYS_DIR).join(CACHE_FILE);
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::io(&path, e)),
        _ => Ok(()),
    }
}
