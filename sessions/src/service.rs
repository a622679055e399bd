//! What the service keeps about itself, year by year, in `service/<year>.ron`: time spent that
//! is not tied to a person (team meetings, committees, partner meetings…), counted in the
//! report; the year's figures once frozen (an anonymous summary, so a closed year's report reads
//! the same after someone is erased); and the days people were erased, so a report recomputed
//! since can say why it changed. Nothing in it names a person.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{FileError, StoreError};
use crate::fidelity::ItemAnswer;
use crate::format::{self, Versioned};
use crate::report::{Period, Report};
use crate::{Store, fsio};

/// The folder of the service's own files.
pub const SERVICE_DIR: &str = "service";

/// A kind of time the service spends without a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ServiceTimeKind {
    /// A team meeting (*réunion d'équipe*, case review without the person).
    TeamMeeting,
    /// A committee (*comité de pilotage*, *comité technique*).
    Committee,
    /// A meeting with partners (employers' network, care services, the public employment
    /// service) about the service, not about one person.
    PartnerMeeting,
    /// Training of the team, supervision.
    Training,
    /// Anything else.
    Other,
}

impl ServiceTimeKind {
    /// Every kind, in the order the app lists them.
    pub const ALL: [Self; 5] = [
        Self::TeamMeeting,
        Self::Committee,
        Self::PartnerMeeting,
        Self::Training,
        Self::Other,
    ];
}

/// Time the service spent without a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceTime {
    /// The day.
    pub date: NaiveDate,
    /// What kind.
    pub kind: ServiceTimeKind,
    /// How long, in minutes.
    pub minutes: u32,
    /// What it was about, in a few words (never a person's name).
    pub subject: String,
    /// Who records it.
    pub recorded_by: String,
}

/// A year's figures, frozen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frozen {
    /// The day they were frozen.
    pub on: NaiveDate,
    /// The figures: the report's anonymous counts ([`Report::anonymous`]).
    pub figures: Report,
}

/// `service/<year>.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceYear {
    /// Version of this file's layout; see [`Versioned`].
    pub format_version: u32,
    /// The year.
    pub year: i32,
    /// Time spent without a person, in the order it was recorded.
    #[serde(default)]
    pub time: Vec<ServiceTime>,
    /// The year's figures, once frozen (closed, or its report exported).
    #[serde(default)]
    pub frozen: Option<Frozen>,
    /// The days someone with a part in this year was erased (no more than the day).
    #[serde(default)]
    pub erasures: Vec<NaiveDate>,
    /// The fidelity review of the year: what the team entered, by item number ("2.2").
    #[serde(default)]
    pub review: BTreeMap<String, ItemAnswer>,
}

impl ServiceYear {
    /// An empty year.
    pub fn new(year: i32) -> Self {
        Self {
            format_version: Self::CURRENT_VERSION,
            year,
            time: Vec::new(),
            frozen: None,
            erasures: Vec::new(),
            review: BTreeMap::new(),
        }
    }

    /// Erasures since the figures were frozen (all of them when they are not).
    pub fn erasures_since_frozen(&self) -> usize {
        let since = self.frozen.as_ref().map(|f| f.on);
        self.erasures
            .iter()
            .filter(|day| since.is_none_or(|on| **day >= on))
            .count()
    }
}

impl Versioned for ServiceYear {
    const CURRENT_VERSION: u32 = 1;
    const MAX_BYTES: u64 = crate::bounds::MAX_JOURNEY_BYTES;
    fn format_version(&self) -> u32 {
        self.format_version
    }
}

/// Whether `period` is one whole calendar year, and which.
pub fn whole_year(period: Period) -> Option<i32> {
    let year = period.from.year();
    (period.from == NaiveDate::from_ymd_opt(year, 1, 1)?
        && period.to == NaiveDate::from_ymd_opt(year, 12, 31)?)
    .then_some(year)
}

/// Notes, in year `year`'s file, that someone was erased on `today` (under the erase's lock).
pub(crate) fn note_erasure(
    store: &Store,
    writing: &crate::store::Writing<'_>,
    year: i32,
    today: NaiveDate,
) -> Result<(), StoreError> {
    if store.database().is_none() {
        fsio::create_private_dir(&store.root().join(SERVICE_DIR))?;
    }
    let mut file = store.service_year(year)?;
    file.erasures.push(today);
    writing.write_at(&store.service_path(year), &file)
}

impl Store {
    /// Where year `year`'s service file is.
    pub fn service_path(&self, year: i32) -> PathBuf {
        if let Some(db) = self.database() {
            return db.doc_path(&crate::db::Doc::ServiceYear(year.clamp(0, 9999)));
        }
        self.root()
            .join(SERVICE_DIR)
            .join(format!("{}.ron", year.clamp(0, 9999)))
    }

    /// The years that have a service file, in order.
    ///
    /// # Errors
    /// Why the folder or the database cannot be listed.
    pub fn service_years_kept(&self) -> Result<Vec<i32>, StoreError> {
        if let Some(db) = self.database() {
            return db.service_years();
        }
        let dir = self.root().join(SERVICE_DIR);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::io(&dir, e)),
        };
        let mut years: Vec<i32> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.strip_suffix(".ron")?.parse().ok()
            })
            .filter(|year| (0..=9999).contains(year))
            .collect();
        years.sort_unstable();
        Ok(years)
    }

    /// Year `year`'s service file; an empty year when there is none yet.
    ///
    /// # Errors
    /// Why the file cannot be read, naming it (and the line).
    pub fn service_year(&self, year: i32) -> Result<ServiceYear, StoreError> {
        let path = self.service_path(year);
        self.guard(&path)?;
        if self.database().is_some() && !self.exists(&path)? {
            return Ok(ServiceYear::new(year));
        }
        match std::fs::symlink_metadata(&path) {
            _ if self.database().is_some() => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(ServiceYear::new(year));
            }
            Err(e) => return Err(StoreError::io(&path, e)),
            Ok(_) => {}
        }
        let text = self.read_text(&path, ServiceYear::MAX_BYTES)?;
        format::parse(&text).map_err(|error| FileError { path, error }.into())
    }

    /// Changes year `year`'s service file with `change`, under the write lock (read, changed,
    /// written atomically): two programs adding time at once both keep theirs.
    ///
    /// # Errors
    /// The file cannot be read (it is then left as it is) or written.
    pub fn change_service_year(
        &self,
        year: i32,
        change: impl FnOnce(&mut ServiceYear),
    ) -> Result<ServiceYear, StoreError> {
        let writing = self.writing()?;
        if self.database().is_none() {
            fsio::create_private_dir(&self.root().join(SERVICE_DIR))?;
        }
        let mut value = self.service_year(year)?;
        change(&mut value);
        writing.write_at(&self.service_path(year), &value)?;
        writing.commit()?;
        Ok(value)
    }

    /// Records time spent without a person, in its date's year.
    ///
    /// # Errors
    /// See [`Self::change_service_year`].
    pub fn add_service_time(&self, time: ServiceTime) -> Result<(), StoreError> {
        let mut time = time;
        time.subject = time.subject.trim().to_owned();
        self.change_service_year(time.date.year(), |year| year.time.push(time))
            .map(|_| ())
    }

    /// The time spent without a person during `period`, from each of its years' files; files
    /// that cannot be read are left out and returned.
    pub fn service_time(&self, period: Period) -> (Vec<ServiceTime>, Vec<StoreError>) {
        let mut time = Vec::new();
        let mut errors = Vec::new();
        for year in period.from.year()..=period.to.year() {
            match self.service_year(year) {
                Ok(file) => time.extend(file.time.into_iter().filter(|t| period.contains(t.date))),
                Err(error) => errors.push(error),
            }
        }
        time.sort_by_key(|t| t.date);
        (time, errors)
    }

    /// Keeps what the team entered for fidelity item `id` in `year`'s review (a score outside
    /// 1 to 5 is kept as not scored; an answer with neither score nor note is removed).
    ///
    /// # Errors
    /// [`StoreError::NoSuchFidelityItem`] for a number that is not in the grid; else see
    /// [`Self::change_service_year`].
    pub fn set_fidelity_answer(
        &self,
        year: i32,
        id: &str,
        answer: ItemAnswer,
    ) -> Result<ServiceYear, StoreError> {
        if crate::fidelity::item_of(id).is_none() {
            return Err(StoreError::NoSuchFidelityItem(id.to_owned()));
        }
        let mut answer = answer;
        answer.score = answer.score.filter(|s| (1..=5).contains(s));
        answer.note = answer.note.trim().to_owned();
        self.change_service_year(year, |file| {
            if answer.score.is_none() && answer.note.is_empty() {
                file.review.remove(id);
            } else {
                file.review.insert(id.to_owned(), answer);
            }
        })
    }

    /// Freezes `year`'s figures as `report` has them, on `today` (kept as they were if the
    /// year is frozen already). Returns the year's file.
    ///
    /// # Errors
    /// See [`Self::change_service_year`].
    pub fn freeze_year(
        &self,
        year: i32,
        report: &Report,
        today: NaiveDate,
    ) -> Result<ServiceYear, StoreError> {
        self.change_service_year(year, |file| {
            if file.frozen.is_none() {
                file.frozen = Some(Frozen {
                    on: today,
                    figures: report.anonymous(),
                });
            }
        })
    }
}
