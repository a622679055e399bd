//! Moving a service's data between a data folder and a database, both ways (`atelier migrate`):
//! every journey, record and service year, each with its exact text (so its revision is the
//! same on both sides), written on the other side in one step (one transaction into a
//! database; into a new folder, with its years' summaries), then checked on both sides.

use std::path::PathBuf;

use crate::check::{CheckReport, check};
use crate::error::StoreError;
use crate::format::Versioned as _;
use crate::journey::Journey;
use crate::record::SessionRecord;
use crate::store::Store;

/// What [`copy_all`] moved, and what `check` found on each side afterwards.
#[derive(Debug)]
pub struct Migration {
    /// Journeys copied.
    pub journeys: usize,
    /// Records copied.
    pub records: usize,
    /// Years of the service's own files copied.
    pub service_years: usize,
    /// `check` of where they came from.
    pub from: CheckReport,
    /// `check` of where they went.
    pub to: CheckReport,
}

impl Migration {
    /// Whether both sides are clean and hold as many journeys and records.
    pub fn verified(&self) -> bool {
        self.from.is_clean()
            && self.to.is_clean()
            && self.from.journeys == self.to.journeys
            && self.from.records == self.to.records
            && self.to.journeys == self.journeys
            && self.to.records == self.records
    }
}

/// Why a migration did not start.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// Where the data comes from has problems: `check` them first (nothing was copied).
    #[error("{0} problems where the data comes from: run atelier check there first")]
    SourceNotClean(usize),
    /// Where the data goes already holds journeys or records: nothing is merged.
    #[error("{} already holds journeys or records: Atelier copies only into an empty one", .0.display())]
    NotEmpty(PathBuf),
    /// Reading or writing failed (nothing was kept of a database's side then).
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Copies every journey, record and service year of `from` into `to` (a folder into a
/// database, or back), after checking `from` is clean and `to` holds none; then checks both.
///
/// # Errors
/// [`MigrateError::SourceNotClean`], [`MigrateError::NotEmpty`], or why a read or write
/// failed (into a database, nothing was kept then).
pub fn copy_all(from: &Store, to: &Store) -> Result<Migration, MigrateError> {
    let before = check(from);
    if !before.is_clean() {
        return Err(MigrateError::SourceNotClean(before.problems.len()));
    }
    if !to.load_journeys().items.is_empty() || !to.list_records().items.is_empty() {
        return Err(MigrateError::NotEmpty(
            to.database()
                .map_or_else(|| to.root().to_owned(), |db| db.root().to_owned()),
        ));
    }
    let journeys = from.load_journeys();
    let records = from.list_records();
    let years = from.service_years_kept()?;
    let writing = to.writing()?;
    for journey in &journeys.items {
        let text = from.read_text(&from.journey_path(&journey.value.id), Journey::MAX_BYTES)?;
        writing.write_bytes(&to.journey_path(&journey.value.id), text.as_bytes())?;
    }
    for (id, path) in &records.items {
        let text = from.read_text(path, SessionRecord::MAX_BYTES)?;
        let record = from.load_record_at(path)?;
        writing.write_bytes(&to.record_path(id), text.as_bytes())?;
        writing.update_index(id, Some(&record))?;
    }
    for year in &years {
        let text = from.read_text(
            &from.service_path(*year),
            crate::service::ServiceYear::MAX_BYTES,
        )?;
        writing.write_bytes(&to.service_path(*year), text.as_bytes())?;
    }
    if let Some(db) = to.database() {
        db.audit(
            "migrate",
            None,
            &format!(
                "{} journeys, {} records in",
                journeys.items.len(),
                records.items.len()
            ),
        )?;
    }
    if let Some(db) = from.database() {
        db.audit(
            "migrate",
            None,
            &format!(
                "{} journeys, {} records out",
                journeys.items.len(),
                records.items.len()
            ),
        )?;
    }
    writing.commit()?;
    Ok(Migration {
        journeys: journeys.items.len(),
        records: records.items.len(),
        service_years: years.len(),
        from: check(from),
        to: check(to),
    })
}
