//! The database's documents, named as the files of a data folder would be, and the queries the
//! store makes of them: reading, writing (with the columns beside the text), listing, the
//! report's columns, the audit log.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use crate::error::StoreError;
use crate::format::{self, Versioned as _};
use crate::id::{ParticipantId, SessionId};
use crate::index::RecordSummary;
use crate::journey::Journey;
use crate::record::{Mode, SessionRecord};
use crate::store::{JOURNEYS_DIR, SESSIONS_DIR};

use super::Database;

/// One document of the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Doc {
    /// A journey (`journeys/<id>.ron`).
    Journey(String),
    /// A session record (`sessions/<year>/<id>.ron`).
    Record(String),
    /// A year's service file (`service/<year>.ron`).
    ServiceYear(i32),
}

/// A journey's id and text, or the text's size when it is over the bound (not sent).
pub(crate) type JourneyText = (String, Result<String, u64>);

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLine {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Who: the database role.
    pub who: String,
    /// What: `read`, `list`, `create`, `change`, `session`, `erase`, `export`, `report`,
    /// `migrate`.
    pub action: String,
    /// Whose data (none once the person was erased, or for a list).
    pub participant: Option<String>,
    /// What more is said (a record's id, how many journeys were listed).
    pub detail: String,
}

fn mode_text(mode: Mode) -> &'static str {
    match mode {
        Mode::Collective => "collective",
        Mode::OneToOne => "one-to-one",
    }
}

impl Database {
    /// Where document `doc` is said to be.
    pub(crate) fn doc_path(&self, doc: &Doc) -> PathBuf {
        match doc {
            Doc::Journey(id) => self.root.join(JOURNEYS_DIR).join(format!("{id}.ron")),
            Doc::Record(id) => {
                let year = SessionId::parse(id)
                    .ok()
                    .map_or_else(|| String::from("0000"), |id| crate::index::year_of(&id));
                self.root
                    .join(SESSIONS_DIR)
                    .join(year)
                    .join(format!("{id}.ron"))
            }
            Doc::ServiceYear(year) => self
                .root
                .join(crate::service::SERVICE_DIR)
                .join(format!("{year}.ron")),
        }
    }

    /// The document a path names, when it is one of this database's.
    pub(crate) fn doc_of(&self, path: &Path) -> Option<Doc> {
        let rest = path.strip_prefix(&self.root).ok()?;
        let parts: Vec<&str> = rest.iter().filter_map(|p| p.to_str()).collect();
        let stem = |name: &str| name.strip_suffix(".ron").map(str::to_owned);
        match parts.as_slice() {
            [JOURNEYS_DIR, name] => stem(name).map(Doc::Journey),
            [SESSIONS_DIR, _year, name] => stem(name).map(Doc::Record),
            [dir, name] if *dir == crate::service::SERVICE_DIR => {
                stem(name)?.parse().ok().map(Doc::ServiceYear)
            }
            _ => None,
        }
    }

    /// The text of a document, `None` when there is none; a text over `max` bytes is not sent
    /// by the server but reported as too large.
    pub(crate) fn get(&self, doc: &Doc, max: u64) -> Result<Option<String>, StoreError> {
        let max = i64::try_from(max).unwrap_or(i64::MAX);
        let (sql, key): (&str, Box<dyn postgres::types::ToSql + Sync>) = match doc {
            Doc::Journey(id) => (
                "SELECT CASE WHEN octet_length(body) <= $2::bigint THEN body END, octet_length(body)::bigint FROM journeys WHERE id = $1",
                Box::new(id.clone()),
            ),
            Doc::Record(id) => (
                "SELECT CASE WHEN octet_length(body) <= $2::bigint THEN body END, octet_length(body)::bigint FROM records WHERE id = $1",
                Box::new(id.clone()),
            ),
            Doc::ServiceYear(year) => (
                "SELECT CASE WHEN octet_length(body) <= $2::bigint THEN body END, octet_length(body)::bigint FROM service_years WHERE year = $1",
                Box::new(*year),
            ),
        };
        let row = self.run(|client| client.query_opt(sql, &[key.as_ref(), &max]))?;
        let Some(row) = row else { return Ok(None) };
        let body: Option<String> = row.try_get(0).map_err(|e| self.query_error(&e))?;
        let size: i64 = row.try_get(1).map_err(|e| self.query_error(&e))?;
        match body {
            Some(body) => Ok(Some(body)),
            None => Err(crate::error::FileError {
                path: self.doc_path(doc),
                error: format::FormatError::TooLarge {
                    size: u64::try_from(size).unwrap_or(u64::MAX),
                    max: u64::try_from(max).unwrap_or(u64::MAX),
                },
            }
            .into()),
        }
    }

    /// Whether a document exists (its text is not sent).
    pub(crate) fn has(&self, doc: &Doc) -> Result<bool, StoreError> {
        let row = self.run(|client| match doc {
            Doc::Journey(id) => client.query_opt("SELECT 1 FROM journeys WHERE id = $1", &[id]),
            Doc::Record(id) => client.query_opt("SELECT 1 FROM records WHERE id = $1", &[id]),
            Doc::ServiceYear(year) => {
                client.query_opt("SELECT 1 FROM service_years WHERE year = $1", &[year])
            }
        })?;
        Ok(row.is_some())
    }

    fn query_error(&self, error: &postgres::Error) -> StoreError {
        StoreError::Database(self.error(error))
    }

    /// Writes a document's text (inside the caller's transaction), with the columns beside
    /// it, and the audit log's line.
    pub(crate) fn put(&self, doc: &Doc, text: &str) -> Result<(), StoreError> {
        let path = self.doc_path(doc);
        let bad = |error| {
            StoreError::from(crate::error::FileError {
                path: path.clone(),
                error,
            })
        };
        match doc {
            Doc::Journey(id) => {
                let journey: Journey = format::parse(text).map_err(bad)?;
                let report =
                    serde_json::to_string(&crate::report_cache::for_report(journey.clone()))
                        .map_err(|e| bad(format::FormatError::Write(e.to_string())))?;
                self.run(|client| {
                    let created: bool = client
                        .query_one(
                            "INSERT INTO journeys (id, body, display_name, report)
                             VALUES ($1, $2, $3, $4)
                             ON CONFLICT (id) DO UPDATE SET body = $2, display_name = $3,
                                 report = $4, changed_at = now(), changed_by = session_user
                             RETURNING xmax = 0",
                            &[id, &text, &journey.display_name, &report],
                        )?
                        .try_get(0)?;
                    let action = if created { "create" } else { "change" };
                    audit(client, action, Some(id), "")
                })
            }
            Doc::Record(id) => {
                let record: SessionRecord = format::parse(text).map_err(bad)?;
                let summary = RecordSummary::of(&record);
                let year: i16 = record
                    .id
                    .year()
                    .map_or(0, |y| i16::try_from(y).unwrap_or(0));
                let people: Vec<String> = summary
                    .participants
                    .iter()
                    .map(|p| p.as_str().to_owned())
                    .collect();
                self.run(|client| {
                    client.execute(
                        "INSERT INTO records (id, year, body, start_at, end_at, mode, activity, participants)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                         ON CONFLICT (id) DO UPDATE SET year = $2, body = $3, start_at = $4,
                             end_at = $5, mode = $6, activity = $7, participants = $8,
                             changed_at = now(), changed_by = session_user",
                        &[
                            id,
                            &year,
                            &text,
                            &summary.start.to_rfc3339(),
                            &summary.end.to_rfc3339(),
                            &mode_text(summary.mode),
                            &summary.activity,
                            &people,
                        ],
                    )?;
                    for person in &people {
                        audit(client, "session", Some(person), id)?;
                    }
                    Ok(())
                })
            }
            Doc::ServiceYear(year) => {
                let _valid: crate::service::ServiceYear = format::parse(text).map_err(bad)?;
                self.run(|client| {
                    client
                        .execute(
                            "INSERT INTO service_years (year, body) VALUES ($1, $2)
                             ON CONFLICT (year) DO UPDATE SET body = $2, changed_at = now(),
                                 changed_by = session_user",
                            &[year, &text],
                        )
                        .map(|_rows| ())
                })
            }
        }
    }

    /// Removes a document (inside the caller's transaction), with the audit log's line.
    pub(crate) fn delete(&self, doc: &Doc) -> Result<(), StoreError> {
        self.run(|client| match doc {
            Doc::Journey(id) => {
                client.execute("DELETE FROM journeys WHERE id = $1", &[id])?;
                audit(client, "erase", None, "a journey")
            }
            Doc::Record(id) => {
                client.execute("DELETE FROM records WHERE id = $1", &[id])?;
                audit(client, "erase", None, id)
            }
            Doc::ServiceYear(year) => client
                .execute("DELETE FROM service_years WHERE year = $1", &[year])
                .map(|_rows| ()),
        })
    }

    /// Every journey's id and text (or its size, when over the bound), sorted by id.
    pub(crate) fn journey_texts(&self) -> Result<Vec<JourneyText>, StoreError> {
        let max = i64::try_from(Journey::MAX_BYTES).unwrap_or(i64::MAX);
        let rows = self.run(|client| {
            let rows = client.query(
                "SELECT id, CASE WHEN octet_length(body) <= $1::bigint THEN body END, octet_length(body)::bigint
                 FROM journeys ORDER BY id",
                &[&max],
            )?;
            audit(client, "list", None, &format!("{} journeys", rows.len()))?;
            Ok(rows)
        })?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get(0)?;
                let body: Option<String> = row.try_get(1)?;
                let size: i64 = row.try_get(2)?;
                Ok((id, body.ok_or(u64::try_from(size).unwrap_or(u64::MAX))))
            })
            .collect::<Result<_, postgres::Error>>()
            .map_err(|e| self.query_error(&e))
    }

    /// Every record's id, newest first.
    pub(crate) fn record_ids(&self) -> Result<Vec<String>, StoreError> {
        let rows =
            self.run(|client| client.query("SELECT id FROM records ORDER BY id DESC", &[]))?;
        rows.iter()
            .map(|row| row.try_get(0))
            .collect::<Result<_, postgres::Error>>()
            .map_err(|e| self.query_error(&e))
    }

    /// What the report reads of every journey, sorted by id.
    pub(crate) fn report_journeys(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows =
            self.run(|client| client.query("SELECT id, report FROM journeys ORDER BY id", &[]))?;
        rows.iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect::<Result<_, postgres::Error>>()
            .map_err(|e| self.query_error(&e))
    }

    /// The summaries of the records of `years`, sorted by id.
    pub(crate) fn summaries(
        &self,
        years: std::ops::RangeInclusive<u16>,
    ) -> Result<Vec<Result<RecordSummary, String>>, StoreError> {
        let from = i16::try_from(*years.start()).unwrap_or(i16::MAX);
        let to = i16::try_from(*years.end()).unwrap_or(i16::MAX);
        let rows = self.run(|client| {
            client.query(
                "SELECT id, start_at, end_at, mode, activity, participants FROM records
                 WHERE year BETWEEN $1 AND $2 ORDER BY id",
                &[&from, &to],
            )
        })?;
        let summaries = rows
            .iter()
            .map(
                |row| -> Result<Result<RecordSummary, String>, postgres::Error> {
                    let id: String = row.try_get(0)?;
                    let start: String = row.try_get(1)?;
                    let end: String = row.try_get(2)?;
                    let mode: String = row.try_get(3)?;
                    let activity: String = row.try_get(4)?;
                    let people: Vec<String> = row.try_get(5)?;
                    let summary = (|| {
                        Some(RecordSummary {
                            id: SessionId::parse(&id).ok()?,
                            start: DateTime::parse_from_rfc3339(&start).ok()?,
                            end: DateTime::parse_from_rfc3339(&end).ok()?,
                            mode: match mode.as_str() {
                                "collective" => Mode::Collective,
                                "one-to-one" => Mode::OneToOne,
                                _ => return None,
                            },
                            activity,
                            participants: people
                                .iter()
                                .map(|p| ParticipantId::parse(p).ok())
                                .collect::<Option<Vec<_>>>()?,
                        })
                    })();
                    Ok(summary.ok_or(id))
                },
            )
            .collect::<Result<_, postgres::Error>>()
            .map_err(|e| self.query_error(&e))?;
        Ok(summaries)
    }

    /// The documents whose text holds `needle` (for an erasure), as paths.
    pub(crate) fn containing(&self, needle: &str) -> Result<Vec<PathBuf>, StoreError> {
        let rows = self.run(|client| {
            client.query(
                "SELECT 'j', id FROM journeys WHERE strpos(body, $1) > 0
                 UNION ALL SELECT 'r', id FROM records WHERE strpos(body, $1) > 0",
                &[&needle],
            )
        })?;
        let mut paths = Vec::with_capacity(rows.len());
        for row in &rows {
            let kind: String = row.try_get(0).map_err(|e| self.query_error(&e))?;
            let id: String = row.try_get(1).map_err(|e| self.query_error(&e))?;
            paths.push(self.doc_path(&if kind == "j" {
                Doc::Journey(id)
            } else {
                Doc::Record(id)
            }));
        }
        paths.sort();
        Ok(paths)
    }

    /// The years that have a service file.
    pub(crate) fn service_years(&self) -> Result<Vec<i32>, StoreError> {
        let rows =
            self.run(|client| client.query("SELECT year FROM service_years ORDER BY year", &[]))?;
        rows.iter()
            .map(|row| row.try_get(0))
            .collect::<Result<_, postgres::Error>>()
            .map_err(|e| self.query_error(&e))
    }

    /// Writes one line of the audit log (`who` and `when` are the server's).
    pub(crate) fn audit(
        &self,
        action: &str,
        participant: Option<&str>,
        detail: &str,
    ) -> Result<(), StoreError> {
        self.run(|client| audit(client, action, participant, detail))
    }

    /// Takes a person's id out of the audit log (inside an erasure's transaction); returns how
    /// many lines named them.
    pub(crate) fn erase_from_audit(&self, person: &str) -> Result<u64, StoreError> {
        let count: i64 = self.run(|client| {
            client
                .query_one("SELECT atelier_erase_audit($1)", &[&person])?
                .try_get(0)
        })?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// The audit log, newest first: every line, or those about `participant`; at most `limit`.
    /// Coordinators may read it; advisors may not.
    ///
    /// # Errors
    /// [`super::DbError::NotAllowed`] for an advisor; why the server cannot be read.
    pub fn audit_log(
        &self,
        participant: Option<&ParticipantId>,
        limit: usize,
    ) -> Result<Vec<AuditLine>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let person = participant.map(|p| p.as_str().to_owned());
        let rows = self.run(|client| {
            client.query(
                "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"'),
                        who::text, action, participant, detail
                 FROM audit WHERE $1::text IS NULL OR participant = $1
                 ORDER BY id DESC LIMIT $2",
                &[&person, &limit],
            )
        })?;
        rows.iter()
            .map(|row| {
                let at: String = row.try_get(0)?;
                Ok(AuditLine {
                    at: DateTime::parse_from_rfc3339(&at)
                        .unwrap_or_else(|_bad| DateTime::UNIX_EPOCH.fixed_offset()),
                    who: row.try_get(1)?,
                    action: row.try_get(2)?,
                    participant: row.try_get(3)?,
                    detail: row.try_get(4)?,
                })
            })
            .collect::<Result<_, postgres::Error>>()
            .map_err(|e| self.query_error(&e))
    }
}

/// One line of the audit log, on `client`.
fn audit(
    client: &mut postgres::Client,
    action: &str,
    participant: Option<&str>,
    detail: &str,
) -> Result<(), postgres::Error> {
    client
        .execute(
            "INSERT INTO audit (action, participant, detail) VALUES ($1, $2, $3)",
            &[&action, &participant, &detail],
        )
        .map(|_rows| ())
}
