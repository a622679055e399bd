//! The store's guarantees, each test run on both stores: a data folder, and a `PostgreSQL`
//! database (when `ATELIER_TEST_DATABASE` names a server, see `pg/mod.rs`): links both ways,
//! a changed journey never overwritten, a session saved twice harmless, the demo's Home, check
//! and report, export and erase without a trace, drafts, the service's files, repair.

mod common;
mod pg;

use common::files_below;
use pg::{journey, pid, record, time};

use chrono::NaiveDate;
use sessions::report::Period;
use sessions::service::{ServiceTime, ServiceTimeKind};
use sessions::{
    ActivityRef, Draft, DraftId, DraftParticipant, Mode, Private, SessionId, Store, StoreError,
    Versioned as _,
};

/// One of the two stores, in temporary places.
struct Backend {
    dir: tempfile::TempDir,
    db: Option<pg::TestDb>,
    store: Store,
}

impl Backend {
    /// The folder, and the database when there is a server.
    fn all(tag: &str) -> Vec<Self> {
        let mut all = Vec::new();
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::create(dir.path().join("data")).expect("folder");
        all.push(Self {
            dir,
            db: None,
            store,
        });
        if let Some(db) = pg::TestDb::new(tag) {
            let dir = tempfile::tempdir().expect("temp dir");
            let store = db.store(&dir.path().join("local"));
            all.push(Self {
                dir,
                db: Some(db),
                store,
            });
        }
        all
    }

    fn name(&self) -> &'static str {
        if self.db.is_some() {
            "database"
        } else {
            "folder"
        }
    }

    /// Another advisor's store on the same data (another window, another computer).
    fn colleague(&self) -> Store {
        match &self.db {
            Some(db) => db.store(&self.dir.path().join("colleague")),
            None => Store::open(self.store.root()).expect("open"),
        }
    }

    /// Every text kept of the data: the folder's files, or the database's tables and this
    /// computer's folder.
    fn everything(&self) -> String {
        let mut text = self
            .db
            .as_ref()
            .map(pg::TestDb::everything)
            .unwrap_or_default();
        for path in files_below(self.store.root()) {
            text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
        }
        text
    }
}

/// A draft of a peer circle, with nobody yet, and the activity's state `state`.
fn draft(id: &str, state: &str) -> Draft {
    Draft {
        format_version: Draft::CURRENT_VERSION,
        id: DraftId::parse(id).expect("id"),
        activity: ActivityRef {
            id: "peer_circle".into(),
            version: "1.0.0".into(),
        },
        mode: Mode::Collective,
        start: time("2026-11-21T14:00:00+01:00"),
        saved_at: time("2026-11-21T14:10:00+01:00"),
        place: "Salle 2".into(),
        facilitators: vec!["Claire".into()],
        participants: Vec::new(),
        activity_state: state.into(),
        facilitator_notes: Private::default(),
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

#[test]
fn a_session_links_both_ways_and_reads_back_as_it_was_saved() {
    for b in Backend::all("links") {
        let store = &b.store;
        for (id, name) in [("p-amina", "Amina"), ("p-elodie", "Élodie")] {
            store
                .save_journey(&journey(id, name), None)
                .expect("journey");
        }
        let rec = record("s-20261001-140000-links", &["p-amina", "p-elodie"]);
        let saved = store.save_session(&rec).expect("save");
        assert!(!saved.pending, "{}", b.name());
        assert_eq!(saved.journeys.len(), 2, "{}", b.name());
        assert_eq!(
            store.load_record(&rec.id).expect("record"),
            rec,
            "{}",
            b.name()
        );
        for id in ["p-amina", "p-elodie"] {
            let journey = store.load_journey(&pid(id)).expect("journey").value;
            let link = journey.link(&rec.id).expect("linked");
            assert_eq!(
                link.takeaway.as_deref(),
                Some(format!("ce que retient {id}").as_str())
            );
        }
        let home = store.home(5);
        assert!(home.errors.is_empty(), "{}: {:?}", b.name(), home.errors);
        assert_eq!(home.journeys.len(), 2);
        assert_eq!(
            home.journeys[0].value.display_name, "Amina",
            "sorted by name"
        );
        assert_eq!(home.record_count, 1);
        assert_eq!(home.recent_records, vec![rec.clone()]);
        let check = sessions::check(store);
        assert!(check.is_clean(), "{}: {:#?}", b.name(), check.problems);
        assert_eq!((check.journeys, check.records), (2, 1), "{}", b.name());
    }
}

#[test]
fn a_journey_changed_by_someone_else_is_never_overwritten() {
    for b in Backend::all("conflict") {
        let store = &b.store;
        let id = pid("p-amina");
        store
            .save_journey(&journey("p-amina", "Amina"), None)
            .expect("journey");
        let mine = store.load_journey(&id).expect("load");
        let colleague = b.colleague();
        let mut theirs = colleague.load_journey(&id).expect("load");
        assert_eq!(
            theirs.revision,
            mine.revision,
            "{}: one revision for one text",
            b.name()
        );
        theirs.value.advisor = "Karim".into();
        colleague
            .save_journey(&theirs.value, Some(theirs.revision))
            .expect("their save");
        let mut changed = mine.value.clone();
        changed.display_name = "Amina B.".into();
        assert!(
            matches!(
                store.save_journey(&changed, Some(mine.revision)),
                Err(StoreError::Conflict(_))
            ),
            "{}",
            b.name()
        );
        let kept = store.load_journey(&id).expect("load").value;
        assert_eq!(
            (kept.advisor.as_str(), kept.display_name.as_str()),
            ("Karim", "Amina")
        );
        assert!(
            matches!(
                store.save_journey(&journey("p-amina", "Autre"), None),
                Err(StoreError::AlreadyExists(_))
            ),
            "{}: a new journey never replaces one",
            b.name()
        );
        // A second change from the revision just read is kept.
        let fresh = store.load_journey(&id).expect("load");
        let mut again = fresh.value.clone();
        again.display_name = "Amina B.".into();
        let revision = store
            .save_journey(&again, Some(fresh.revision))
            .expect("save");
        assert_eq!(store.load_journey(&id).expect("load").revision, revision);
    }
}

#[test]
fn a_session_saved_twice_is_kept_once_and_an_unknown_person_writes_nothing() {
    for b in Backend::all("twice") {
        let store = &b.store;
        store
            .save_journey(&journey("p-amina", "Amina"), None)
            .expect("journey");
        let rec = record("s-20261001-140000-twice", &["p-amina"]);
        store.save_session(&rec).expect("save");
        let before = store.load_journey(&pid("p-amina")).expect("load").revision;
        store.save_session(&rec).expect("again");
        assert_eq!(
            store.load_journey(&pid("p-amina")).expect("load").revision,
            before
        );
        let mut other = record("s-20261001-140000-twice", &["p-amina"]);
        other.activity.id = "miracle_question".into();
        assert!(
            matches!(
                store.save_session(&other),
                Err(StoreError::AlreadyExists(_))
            ),
            "{}",
            b.name()
        );
        let unknown = record("s-20261002-140000-unknown", &["p-amina", "p-nobody"]);
        assert!(matches!(
            store.save_session(&unknown),
            Err(StoreError::UnknownParticipant(_))
        ));
        assert!(
            store.load_record(&unknown.id).is_err(),
            "{}: nothing written",
            b.name()
        );
        let journey = store.load_journey(&pid("p-amina")).expect("load").value;
        assert!(journey.link(&unknown.id).is_none(), "{}", b.name());
        assert_eq!(store.list_records().items.len(), 1);
    }
}

#[test]
fn the_demo_gives_the_same_home_check_and_report_on_both() {
    let mut reports = Vec::new();
    for b in Backend::all("demo") {
        let store = &b.store;
        sessions::demo::populate(store, today()).expect("demo");
        let check = sessions::check(store);
        assert!(check.is_clean(), "{}: {:#?}", b.name(), check.problems);
        let home = store.home(5);
        assert!(home.errors.is_empty(), "{}: {:?}", b.name(), home.errors);
        let period = Period {
            from: NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
            to: today(),
        };
        let names: Vec<String> = home
            .journeys
            .iter()
            .map(|j| j.value.display_name.clone())
            .collect();
        let recent: Vec<SessionId> = home.recent_records.iter().map(|r| r.id.clone()).collect();
        reports.push((
            b.name(),
            names,
            recent,
            home.record_count,
            check.journeys,
            check.records,
            store.report(period),
        ));
    }
    if let [folder, database] = reports.as_slice() {
        assert_eq!(folder.1, database.1, "the same people, in the same order");
        assert_eq!(folder.2, database.2, "the same recent sessions");
        assert_eq!(
            (folder.3, folder.4, folder.5),
            (database.3, database.4, database.5)
        );
        assert_eq!(folder.6, database.6, "the same report");
        assert!(
            folder.6.sessions.collective > 0,
            "the report counts something"
        );
    }
}

#[test]
fn export_then_erase_leave_the_person_nowhere_and_the_others_whole() {
    for b in Backend::all("erase") {
        let store = &b.store;
        sessions::demo::populate(store, today()).expect("demo");
        let amina = pid("p-demo-amina");
        let out = b.dir.path().join("export");
        let exported = sessions::export_participant(store, &amina, &out).expect("export");
        let all: String = exported
            .files
            .iter()
            .map(|f| std::fs::read_to_string(f).expect("read"))
            .collect();
        assert!(all.contains("Benali"), "{}: her full journey", b.name());
        assert!(!all.contains("p-demo-bastien"), "{}: nobody else", b.name());
        let mut draft = draft("d-erase", "(speaking: \"p-demo-amina\")");
        draft.participants = vec![DraftParticipant {
            stage: None,
            id: amina.clone(),
            display_name: "Amina".into(),
        }];
        store.save_draft(&draft).expect("draft");
        assert!(
            b.everything().contains("p-demo-amina"),
            "{}: there before",
            b.name()
        );
        let report = sessions::erase_participant(store, &amina, &|_, _, _| None).expect("erase");
        assert!(report.journey_removed.is_some(), "{}: {report:?}", b.name());
        assert!(!report.records_changed.is_empty() && !report.records_removed.is_empty());
        assert_eq!(report.drafts_changed.len(), 1);
        let everything = b.everything();
        for trace in ["p-demo-amina", "Benali"] {
            assert!(
                !everything.contains(trace),
                "{}: {trace} is still there",
                b.name()
            );
        }
        let check = sessions::check(store);
        assert!(check.is_clean(), "{}: {:#?}", b.name(), check.problems);
        assert_eq!(check.journeys, 9, "{}: the others stay", b.name());
        assert!(matches!(
            sessions::erase_participant(store, &amina, &|_, _, _| None),
            Err(StoreError::UnknownParticipant(_))
        ));
    }
}

#[test]
fn drafts_stay_on_this_computer_and_come_back() {
    for b in Backend::all("drafts") {
        let store = &b.store;
        let mut draft = draft("d-one", "(turn: 2)");
        draft.facilitator_notes = Private::new("à revoir".into());
        let path = store.save_draft(&draft).expect("draft");
        assert!(
            path.starts_with(store.root()),
            "{}: a file of this computer",
            b.name()
        );
        assert_eq!(store.load_drafts().items, vec![draft.clone()]);
        assert_eq!(store.load_draft(&draft.id).expect("load"), draft);
        store.discard_draft(&draft.id).expect("discard");
        assert!(store.load_drafts().items.is_empty(), "{}", b.name());
    }
}

#[test]
fn the_services_own_files_are_kept_and_changed_without_losing_a_line() {
    for b in Backend::all("service") {
        let store = &b.store;
        let time = |minutes| ServiceTime {
            date: NaiveDate::from_ymd_opt(2026, 3, 4).expect("date"),
            kind: ServiceTimeKind::TeamMeeting,
            minutes,
            subject: "réunion d'équipe".into(),
            recorded_by: "Claire".into(),
        };
        store.add_service_time(time(60)).expect("time");
        b.colleague()
            .add_service_time(time(30))
            .expect("their time");
        let answer = sessions::fidelity::ItemAnswer {
            score: Some(4),
            note: "entretiens réguliers".into(),
            by: "Claire".into(),
            on: today(),
        };
        store
            .set_fidelity_answer(2026, "1.1", answer)
            .expect("answer");
        let year = store.service_year(2026).expect("year");
        assert_eq!(year.time.len(), 2, "{}: both kept", b.name());
        assert_eq!(year.review.get("1.1").and_then(|a| a.score), Some(4));
        let period = Period {
            from: NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
            to: today(),
        };
        let (kept, unreadable) = store.service_time(period);
        assert!(unreadable.is_empty());
        assert_eq!(
            kept.iter().map(|t| t.minutes).sum::<u32>(),
            90,
            "{}",
            b.name()
        );
        let frozen = store
            .freeze_year(2026, &store.report(period), today())
            .expect("freeze");
        assert!(frozen.frozen.is_some());
        assert_eq!(store.service_years_kept().expect("years"), vec![2026]);
        assert!(sessions::check(store).is_clean(), "{}", b.name());
    }
}

#[test]
fn repair_completes_a_session_whose_links_are_missing() {
    for b in Backend::all("repair") {
        let store = &b.store;
        store
            .save_journey(&journey("p-amina", "Amina"), None)
            .expect("journey");
        let rec = record("s-20261001-140000-repair", &["p-amina"]);
        let text = sessions::to_text(&rec).expect("text");
        // A record written without its links (as an older program cut short would leave it).
        if let Some(db) = &b.db {
            {
                let mut client = pg::client(&db.admin);
                client
                    .execute(
                        "INSERT INTO records (id, year, body, start_at, end_at, mode, activity, participants)
                         VALUES ($1, 2026, $2, $3, $4, 'collective', 'peer_circle', $5)",
                        &[
                            &rec.id.as_str(),
                            &text,
                            &rec.start.to_rfc3339(),
                            &rec.end.to_rfc3339(),
                            &vec![String::from("p-amina")],
                        ],
                    )
                    .expect("insert");
            }
        } else {
            let path = store.record_path(&rec.id);
            std::fs::create_dir_all(path.parent().expect("year folder")).expect("folder");
            std::fs::write(&path, &text).expect("write");
        }
        let check = sessions::check(store);
        assert!(
            check
                .problems
                .iter()
                .any(|p| matches!(p.kind, sessions::ProblemKind::MissingLink { .. })),
            "{}: {:#?}",
            b.name(),
            check.problems
        );
        let repaired = sessions::repair(store).expect("repair");
        assert!(
            repaired.failed.is_empty() && repaired.after.is_clean(),
            "{}: {repaired:#?}",
            b.name()
        );
        let journey = store.load_journey(&pid("p-amina")).expect("load").value;
        assert!(journey.link(&rec.id).is_some(), "{}", b.name());
    }
}
