//! A small program that writes a data folder the way Atelier does, for the tests that need
//! real, separate processes: two writers on one journey (`hammer`), and saves killed with
//! `SIGKILL` at random moments (`sessions`). Not meant for people; see `sessions/tests/`.
//!
//! Every acknowledged write is printed on its own line (and flushed) only after the store
//! returned `Ok`, so the test knows exactly what must be on disk:
//! - `hammer DIR PARTICIPANT TAG SAVES SECONDS`: read the journey, add the strength
//!   `TAG-n`, save it with the revision read; prints `ok TAG-n` or `conflict`, until SAVES
//!   were acknowledged or SECONDS passed; then `done OK CONFLICTS`.
//! - `sessions DIR FIRST`: forever, save a collective session record with every journey of
//!   the folder, numbered from FIRST; prints `saved SESSION-ID` after each.
//!
//! An encrypted folder is unlocked with the passphrase in `ATELIER_PASSPHRASE`. With
//! `ATELIER_DATABASE` (an address), the worker writes that database, DIR being its local folder.

use std::io::Write as _;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use sessions::{
    ActivityRef, Mode, ParticipantId, ParticipantOutcome, Private, SessionId, SessionRecord, Store,
    StoreError, Versioned as _,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["hammer", dir, participant, tag, saves, seconds] => {
            hammer(dir, participant, tag, saves, seconds)
        }
        ["sessions", dir, first] => save_sessions(dir, first),
        _ => Err(String::from(
            "usage: store_worker hammer DIR PARTICIPANT TAG SAVES SECONDS | sessions DIR FIRST",
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("store_worker: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The folder at `dir`, unlocked with `ATELIER_PASSPHRASE` when it is given.
fn open(dir: &str) -> Result<Store, String> {
    if let Ok(url) = std::env::var("ATELIER_DATABASE") {
        let url = sessions::db::DatabaseUrl::parse(&url).map_err(|e| e.to_string())?;
        return Store::connect(url, dir).map_err(|e| e.to_string());
    }
    match std::env::var("ATELIER_PASSPHRASE") {
        Ok(passphrase) => Store::unlock(dir, &passphrase),
        Err(_) => Store::open(dir),
    }
    .map_err(|e| e.to_string())
}

fn number(text: &str) -> Result<u64, String> {
    text.parse().map_err(|e| format!("{text}: {e}"))
}

fn say(line: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")
        .and_then(|()| out.flush())
        .map_err(|e| e.to_string())
}

fn hammer(
    dir: &str,
    participant: &str,
    tag: &str,
    saves: &str,
    seconds: &str,
) -> Result<(), String> {
    let store = open(dir)?;
    let id = ParticipantId::parse(participant).map_err(|e| e.to_string())?;
    let (saves, seconds) = (number(saves)?, number(seconds)?);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut acknowledged, mut conflicts, mut n) = (0_u64, 0_u64, 0_u64);
    while acknowledged < saves && Instant::now() < deadline {
        let mut journey = store.load_journey(&id).map_err(|e| e.to_string())?;
        let value = format!("{tag}-{n}");
        n += 1;
        journey.value.preferences.strengths.push(value.clone());
        match store.save_journey(&journey.value, Some(journey.revision)) {
            Ok(_) => {
                acknowledged += 1;
                say(&format!("ok {value}"))?;
            }
            Err(StoreError::Conflict(_)) => {
                conflicts += 1;
                say("conflict")?;
            }
            Err(error) => return Err(error.to_string()),
        }
    }
    say(&format!("done {acknowledged} {conflicts}"))
}

fn save_sessions(dir: &str, first: &str) -> Result<(), String> {
    let store = open(dir)?;
    let participants: Vec<ParticipantId> = store
        .load_journeys()
        .items
        .into_iter()
        .map(|j| j.value.id)
        .collect();
    let start = chrono::DateTime::parse_from_rfc3339("2026-10-01T14:00:00+02:00")
        .map_err(|e| e.to_string())?;
    for n in number(first)?.. {
        let at = start + chrono::Duration::minutes(i64::try_from(n).map_err(|e| e.to_string())?);
        let record = SessionRecord {
            format_version: SessionRecord::CURRENT_VERSION,
            id: SessionId::generate(at),
            activity: ActivityRef {
                id: String::from("peer_circle"),
                version: String::from("1.0.0"),
            },
            mode: Mode::Collective,
            start: at,
            end: at + chrono::Duration::minutes(50),
            place: String::from("Salle 2"),
            facilitators: vec![String::from("Inès")],
            participants: participants
                .iter()
                .map(|id| ParticipantOutcome {
                    stage_review: None,
                    id: id.clone(),
                    takeaway: Some(format!("séance {n}")),
                    activity_data: None,
                    progress: Vec::new(),
                    follow_ups: Vec::new(),
                    takeaway_in: std::collections::BTreeMap::new(),
                })
                .collect(),
            summary: format!("Séance {n}"),
            activity_data: String::from("()"),
            facilitator_notes: Private::default(),
        };
        let saved = store.save_session(&record).map_err(|e| e.to_string())?;
        if saved.pending {
            return Err(String::from("the database could not be reached"));
        }
        say(&format!("saved {}", record.id.as_str()))?;
    }
    Ok(())
}
