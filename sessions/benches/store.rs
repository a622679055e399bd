//! Store benchmarks: opening a large data folder to what the home screen needs
//! (1,000 journeys, 50,000 records; goal under 0.5 s), the service's report of a year on it
//! (goal under 0.3 s with the year's summary and the journeys' report cache written, under 3 s
//! when both must be rebuilt from the files) and saving a 12-participant session (goal under 100 ms);
//! the same opening and saving on the folder encrypted (goals: within 1.5× of the clear
//! folder's time, under 100 ms; measured on 2 cores: Home 262 ms against 244 ms in clear, 1.07×;
//! a save 38 ms against 34 ms); the same on a `PostgreSQL` database when
//! `ATELIER_BENCH_DATABASE` names a server (see [`database`]; measured on 2 cores with the
//! server on the same machine, over TLS: Home 281 ms against 242 ms from the folder, 1.16×;
//! the report of a year 151 ms; a save 65 ms). Run with `cargo bench -p sessions`.
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::fs;
use std::hint::black_box;

use chrono::{DateTime, Duration, FixedOffset};
use criterion::{Criterion, criterion_group, criterion_main};
use sessions::{
    ActivityRef, Journey, Mode, ParticipantId, ParticipantOutcome, Private, SessionId,
    SessionRecord, Store, Versioned,
};

const JOURNEYS: usize = 1_000;
const RECORDS: usize = 50_000;
fn participant(i: usize) -> ParticipantId {
    ParticipantId::parse(&format!("p-bench-{i:04}")).expect("valid id")
}

fn start() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2020-01-06T09:00:00+01:00").expect("valid time")
}

fn big_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate_large(&store, JOURNEYS, RECORDS).expect("large folder");
    (dir, store)
}

fn benches(c: &mut Criterion) {
    let (_dir, store) = big_store();
    let mut group = c.benchmark_group("store");
    group.sample_size(10);
    open_home(&mut group, &store);
    group.bench_function("list 50000 records", |b| {
        b.iter(|| black_box(store.list_records()));
    });
    group.bench_function("load 1000 journeys", |b| {
        b.iter(|| black_box(store.load_journeys()));
    });
    let year = sessions::report::Period {
        from: "2023-01-01".parse().expect("date"),
        to: "2023-12-31".parse().expect("date"),
    };
    let index = store.root().join("sessions/2023.index");
    let cache = store.root().join("journeys/report.cache");
    // The cache keeps only journeys left unchanged for two seconds.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    group.bench_function("report of a year, summary written", |b| {
        // The first report writes the year's summary and the journeys' cache; then they are read.
        let _warm = store.report(year);
        assert!(cache.exists(), "the journeys' cache is written");
        b.iter(|| {
            let report = store.report(year);
            assert!(report.sessions.collective > 2_000, "a year of sessions");
            black_box(report)
        });
    });
    group.bench_function("report of a year, summary rebuilt", |b| {
        b.iter_batched(
            || {
                fs::remove_file(&index).expect("remove the summary");
                fs::remove_file(&cache).expect("remove the cache");
            },
            |()| black_box(store.report(year)),
            criterion::BatchSize::PerIteration,
        );
    });
    let one = fs::read_to_string(store.journey_path(&participant(1))).expect("read");
    group.bench_function("parse one journey", |b| {
        b.iter(|| black_box(sessions::parse::<Journey>(&one).expect("parse")));
    });
    println!(
        "one journey: {} bytes, {} links",
        one.len(),
        one.matches("session:").count()
    );
    let mut n = 0usize;
    group.bench_function("save a 12-participant session", |b| {
        b.iter(|| {
            n += 1;
            black_box(store.save_session(&session(n)).expect("save"))
        });
    });
    group.finish();
}

/// Home read from the large folder `store` opens.
fn open_home(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    store: &Store,
) {
    group.bench_function("open home: 1000 journeys, 50000 records", |b| {
        b.iter(|| {
            let home = store.home(20);
            assert_eq!(home.journeys.len(), JOURNEYS, "every journey");
            assert_eq!(home.record_count, RECORDS, "every record listed");
            black_box(home)
        });
    });
}

/// A 12-participant collective session, the `n`th of the benchmark.
fn session(n: usize) -> SessionRecord {
    let when = start() + Duration::days(4000) + Duration::minutes(n as i64);
    SessionRecord {
        format_version: SessionRecord::CURRENT_VERSION,
        id: SessionId::generate(when),
        activity: ActivityRef {
            id: "peer_circle".into(),
            version: "1.0.0".into(),
        },
        mode: Mode::Collective,
        start: when,
        end: when + Duration::minutes(90),
        place: "Salle Garrigue".into(),
        facilitators: vec!["Claire Martin".into()],
        participants: (0..12)
            .map(|k| ParticipantOutcome {
                stage_review: None,
                id: participant(k * 83 % JOURNEYS),
                takeaway: Some("J'ai pris la parole.".into()),
                activity_data: None,
                progress: Vec::new(),
                follow_ups: Vec::new(),
                takeaway_in: std::collections::BTreeMap::new(),
            })
            .collect(),
        summary: String::new(),
        activity_data: "(theme: \"Un bon moment\", rounds: 2)".into(),
        facilitator_notes: Private::default(),
    }
}

/// The same large folder encrypted (issue #31's goals: Home within 1.5× of the clear
/// folder's time, a 12-participant session saved under 100 ms).
fn encrypted(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let cheap = sessions::vault::KdfCost {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    let (store, _) = Store::create_encrypted(dir.path(), "Claire", "la phrase de Claire", cheap)
        .expect("encrypted store");
    sessions::demo::populate_large(&store, JOURNEYS, RECORDS).expect("large folder");
    let mut group = c.benchmark_group("encrypted store");
    group.sample_size(10);
    open_home(&mut group, &store);
    let mut n = 0usize;
    group.bench_function("save a 12-participant session", |b| {
        b.iter(|| {
            n += 1;
            black_box(store.save_session(&session(n)).expect("save"))
        });
    });
    group.finish();
}

/// The same data on a `PostgreSQL` database (issue #30's goals: Home within 2× of the folder's
/// time, the report of a year under 0.3 s, a 12-participant session saved under 100 ms), when
/// `ATELIER_BENCH_DATABASE` gives a server's administrator address (`tests/db/server.sh`
/// prints one); the database `atelier_bench` is made again on it.
fn database(c: &mut Criterion) {
    let Ok(address) = std::env::var("ATELIER_BENCH_DATABASE") else {
        eprintln!("database store: skipped (no ATELIER_BENCH_DATABASE)");
        return;
    };
    let (dir, folder) = big_store();
    let plain = address.split('?').next().unwrap_or_default();
    let mut admin = plain
        .parse::<postgres::Config>()
        .expect("address")
        .connect(postgres::NoTls)
        .expect("administrator connects");
    for sql in [
        "DROP DATABASE IF EXISTS atelier_bench WITH (FORCE)",
        "CREATE DATABASE atelier_bench",
    ] {
        admin.batch_execute(sql).expect("database made");
    }
    let url = sessions::db::DatabaseUrl::parse(&address)
        .expect("address")
        .with_dbname("atelier_bench");
    let handle = sessions::db::Database::new(url.clone()).expect("handle");
    sessions::db::schema::setup(&handle).expect("setup");
    let store = Store::connect(url, dir.path().join("local")).expect("connect");
    let moved = sessions::db::migrate::copy_all(&folder, &store).expect("copied");
    assert!(moved.verified(), "copied and checked");
    let mut group = c.benchmark_group("database store");
    group.sample_size(10);
    open_home(&mut group, &store);
    let year = sessions::report::Period {
        from: "2023-01-01".parse().expect("date"),
        to: "2023-12-31".parse().expect("date"),
    };
    group.bench_function("report of a year", |b| {
        b.iter(|| black_box(store.report(year)));
    });
    let mut n = 0usize;
    group.bench_function("save a 12-participant session", |b| {
        b.iter(|| {
            n += 1;
            black_box(store.save_session(&session(n)).expect("save"))
        });
    });
    group.finish();
}

criterion_group!(store_benches, benches, encrypted, database);
criterion_main!(store_benches);
