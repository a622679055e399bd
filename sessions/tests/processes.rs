//! The store with real, separate processes (`store_worker`, this crate's test program):
//! two writers on one journey lose nothing, and saves killed with `SIGKILL` at random moments
//! are always found by `check` and completed by `check --repair`.

use std::collections::HashSet;
use std::io::{BufRead as _, BufReader, Read as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use sessions::{ParticipantId, ProblemKind, SessionId, Store};

mod pg;

use pg::journey;

const WORKER: &str = env!("CARGO_BIN_EXE_store_worker");

/// A small seeded generator (xorshift64*), so a failing run can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

#[test]
fn two_processes_writing_one_journey_lose_nothing() {
    two_writers(None);
}

/// The same two writers on a database: each compare-and-write is one transaction.
#[test]
fn two_processes_writing_one_journey_of_a_database_lose_nothing() {
    if let Some(db) = pg::TestDb::new("writers") {
        two_writers(Some(&db));
    }
}

fn two_writers(db: Option<&pg::TestDb>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = match db {
        Some(db) => db.store(dir.path()),
        None => Store::create(dir.path()).expect("store"),
    };
    let id = "p-amina";
    store
        .save_journey(&journey(id, "Amina"), None)
        .expect("journey");
    let spawn = |tag: &str| {
        let mut worker = Command::new(WORKER);
        if let Some(db) = db {
            worker.env("ATELIER_DATABASE", db.address());
        }
        worker
            .args([
                "hammer",
                &dir.path().to_string_lossy(),
                id,
                tag,
                "250",
                "60",
            ])
            .stdout(Stdio::piped())
            .spawn()
            .expect("worker starts")
    };
    let workers = [spawn("a"), spawn("b")];
    let mut acknowledged = Vec::new();
    let mut conflicts = 0;
    for worker in workers {
        let output = worker.wait_with_output().expect("worker ends");
        assert!(output.status.success(), "worker failed: {output:?}");
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            if let Some(value) = line.strip_prefix("ok ") {
                acknowledged.push(value.to_owned());
            } else if line == "conflict" {
                conflicts += 1;
            }
        }
    }
    assert_eq!(acknowledged.len(), 500, "both writers finished their saves");
    let kept: HashSet<String> = store
        .load_journey(&ParticipantId::parse(id).expect("id"))
        .expect("journey reads")
        .value
        .preferences
        .strengths
        .into_iter()
        .collect();
    let lost: Vec<_> = acknowledged.iter().filter(|v| !kept.contains(*v)).collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged saves lost ({conflicts} conflicts reported), first: {:?}",
        lost.len(),
        acknowledged.len(),
        &lost[..lost.len().min(5)]
    );
    assert_eq!(
        kept.len(),
        500,
        "nothing but the acknowledged saves is kept"
    );
    assert!(sessions::check(&store).is_clean(), "nothing to repair");
}

/// Reads the worker's acknowledged session ids as they come.
fn acknowledged(stdout: impl std::io::Read) -> Vec<String> {
    BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| line.strip_prefix("saved ").map(str::to_owned))
        .collect()
}

fn temp_files(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("list").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else if sessions::is_temp_file(&name) {
                out.push(entry.path().display().to_string());
            }
        }
    }
    out
}

#[test]
fn saves_killed_at_random_moments_lose_no_acknowledged_save() {
    kills(200, None, None);
}

/// The same on an encrypted folder: nothing half-saved, nothing in clear, every file opens.
#[test]
fn saves_killed_at_random_moments_in_an_encrypted_folder_lose_nothing() {
    kills(100, Some("la phrase de Claire"), None);
}

/// The same on a database: a save killed halfway leaves nothing of itself (its transaction is
/// rolled back by the server), so `check` is clean after every kill, with nothing to repair.
#[test]
fn saves_killed_at_random_moments_on_a_database_leave_nothing_half_saved() {
    if let Some(db) = pg::TestDb::new("kills") {
        kills(100, None, Some(&db));
    }
}

/// Saves sessions in a worker killed `kill_count` times at random moments, in a clear folder,
/// one encrypted with `passphrase`, or a database.
fn kills(kill_count: u64, passphrase: Option<&str>, db: Option<&pg::TestDb>) {
    let seed = std::env::var("ATELIER_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_2026_u64);
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().expect("temp dir");
    let store = match passphrase {
        Some(passphrase) => {
            let cheap = sessions::vault::KdfCost {
                memory_kib: 64,
                passes: 1,
                lanes: 1,
            };
            Store::create_encrypted(dir.path(), "Claire", passphrase, cheap)
                .expect("encrypted store")
                .0
        }
        None => match db {
            Some(db) => db.store(dir.path()),
            None => Store::create(dir.path()).expect("store"),
        },
    };
    let names = [
        "Amina", "Élodie", "Inès", "Olivier", "Yanis", "Chloé", "Hugo", "Ursule", "Karim", "Léa",
    ];
    let ids: Vec<ParticipantId> = (0..names.len())
        .map(|i| ParticipantId::parse(&format!("p-{i}")).expect("id"))
        .collect();
    for (id, name) in ids.iter().zip(names) {
        store
            .save_journey(&journey(id.as_str(), name), None)
            .expect("journey");
    }

    let mut all_acknowledged: Vec<String> = Vec::new();
    let mut interrupted = 0;
    for kill in 0..kill_count {
        let mut worker = Command::new(WORKER);
        if let Some(passphrase) = passphrase {
            worker.env("ATELIER_PASSPHRASE", passphrase);
        }
        if let Some(db) = db {
            worker.env("ATELIER_DATABASE", db.address());
        }
        let mut child = worker
            .args([
                "sessions",
                &dir.path().to_string_lossy(),
                &(kill * 1000).to_string(),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("worker starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut acknowledged_now = Vec::new();
        // Every other kill comes after the first save, whatever the machine's speed; the
        // others may come during start-up. Then a random moment within the next saves.
        if kill % 2 == 0 {
            let mut line = String::new();
            while stdout.read_line(&mut line).is_ok_and(|n| n > 0) {
                if let Some(id) = line.trim().strip_prefix("saved ") {
                    acknowledged_now.push(id.to_owned());
                    break;
                }
                line.clear();
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(30_000)));
        child.kill().expect("SIGKILL");
        let status = child.wait().expect("reaped");
        acknowledged_now.extend(acknowledged(stdout));
        all_acknowledged.extend(acknowledged_now);
        if status.success() {
            let mut stderr = String::new();
            if let Some(mut err) = child.stderr.take() {
                let _ignored = err.read_to_string(&mut stderr);
            }
            panic!("kill {kill} (seed {seed}): the worker stopped by itself: {stderr}");
        }

        let report = sessions::check(&store);
        if db.is_some() {
            assert!(
                report.is_clean(),
                "kill {kill} (seed {seed}): a database is never left half-saved: {:#?}",
                report.problems
            );
        }
        if !report.is_clean() {
            interrupted += 1;
            assert!(
                report.problems.iter().all(|p| p.kind.repairable()),
                "kill {kill} (seed {seed}): only repairable problems (no partial file): {:#?}",
                report.problems
            );
        }
        let repaired = sessions::repair(&store).expect("repair takes the lock");
        assert!(
            repaired.failed.is_empty() && repaired.after.is_clean(),
            "kill {kill} (seed {seed}): {:?} {:#?}",
            repaired.failed,
            repaired.after.problems
        );
        assert_eq!(temp_files(dir.path()), Vec::<String>::new(), "kill {kill}");
    }

    // Every acknowledged save is on disk and linked from every journey.
    assert!(
        all_acknowledged.len() >= usize::try_from(kill_count / 2).unwrap_or(0),
        "the kills left time for saves ({} acknowledged)",
        all_acknowledged.len()
    );
    assert!(
        interrupted >= 1 || db.is_some(),
        "at least one kill cut a save short (seed {seed})"
    );
    let journeys = store.load_journeys();
    assert!(journeys.errors.is_empty(), "{:?}", journeys.errors);
    for session in &all_acknowledged {
        let id = SessionId::parse(session).expect("id");
        let record = store.load_record(&id).expect("acknowledged record on disk");
        assert_eq!(
            record.participants.len(),
            ids.len(),
            "{session}: every participant"
        );
        for journey in &journeys.items {
            assert!(
                journey.value.link(&id).is_some(),
                "{} links to {session}",
                journey.value.display_name
            );
        }
    }
    let report = sessions::check(&store);
    assert!(
        !report
            .problems
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::TempFile)),
        "no temp file left"
    );
    if passphrase.is_some() {
        for path in sessions::encryption::data_files(dir.path()).expect("data files") {
            let bytes = std::fs::read(&path).expect("file");
            assert!(
                sessions::vault::is_sealed(&bytes),
                "{} is in clear in an encrypted folder",
                path.display()
            );
        }
    }
    eprintln!(
        "{kill_count} kills (seed {seed}): {} saves acknowledged, {interrupted} interrupted saves repaired",
        all_acknowledged.len()
    );
}

#[test]
fn a_program_saving_without_a_pause_does_not_keep_the_others_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    for n in 0..10 {
        let (id, name) = (format!("p-person-{n}"), format!("Personne {n}"));
        store
            .save_journey(&journey(&id, &name), None)
            .expect("journey");
    }
    let path = dir.path().to_string_lossy().into_owned();
    // One program saves 10-person sessions without a pause (each save holds the lock for
    // a dozen writes); another changes one journey as fast as it can, for 6 seconds.
    let mut sessions = Command::new(WORKER)
        .args(["sessions", &path, "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("worker starts");
    let sessions_out = sessions.stdout.take().expect("stdout");
    let counted = std::thread::spawn(move || acknowledged(sessions_out).len());
    // Once it saves, it has listed its people: one more, whom this program will erase, is
    // not among them.
    for _ in 0..1000 {
        if !store.list_records().items.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    store
        .save_journey(&journey("p-extra", "Inès"), None)
        .expect("a journey saved beside the other writer");
    let hammer = Command::new(WORKER)
        .args(["hammer", &path, "p-person-0", "h", "1000000", "6"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("worker starts");
    // Meanwhile, this program erases a person: it must get its turn.
    std::thread::sleep(Duration::from_millis(1000));
    let erased = sessions::erase_participant(
        &store,
        &ParticipantId::parse("p-extra").expect("id"),
        &|_, _, _| None,
    );
    let output = hammer.wait_with_output().expect("worker ends");
    let _killed = sessions.kill();
    let _waited = sessions.wait();
    let saved = counted.join().expect("counted");
    assert!(erased.is_ok(), "erase had its turn: {erased:?}");
    assert!(
        output.status.success(),
        "the other writer failed (busy?): {output:?}"
    );
    let changes = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| l.starts_with("ok "))
        .count();
    // Before waiting writers were let in turn: 59 changes against 3,969 saves in 20 s.
    assert!(
        changes * 3 >= saved,
        "both programs progress: {changes} journey changes beside {saved} session saves"
    );
    assert!(changes > 20, "{changes} journey changes in 6 s");
}
