//! What only the database store has, against a real `PostgreSQL` server (see `pg/mod.rs`):
//! its schema's migrations, the password kept out of every message, TLS, each advisor's own
//! role and the audit log, the change counter other windows poll, a laptop without network
//! (sessions kept and sent later), and moving a folder's data in and back out.

mod pg;

use pg::{journey, pid, record};

use chrono::NaiveDate;
use sessions::db::{Database, DatabaseUrl, DbError, schema};
use sessions::{Private, SessionId, Store, StoreError};

/// The test server's address text, with another port, database, user and password.
fn address(port: Option<u16>, dbname: &str, who: Option<(&str, &str)>) -> String {
    let text = std::env::var("ATELIER_TEST_DATABASE").expect("server");
    let (base, query) = text.split_once('?').unwrap_or((&text, ""));
    let (scheme_who, rest) = base.split_once('@').expect("user@host");
    let host_port = rest.split('/').next().unwrap_or_default();
    let host = host_port.split(':').next().unwrap_or_default();
    let server_port = host_port.split(':').nth(1).unwrap_or("5432");
    let port = port.map_or_else(|| server_port.to_owned(), |p| p.to_string());
    let scheme_who = match who {
        Some((user, password)) => format!("postgres://{user}:{password}"),
        None => scheme_who.to_owned(),
    };
    format!("{scheme_who}@{host}:{port}/{dbname}?{query}")
}

#[test]
fn setup_applies_each_migration_once_and_refuses_a_changed_one() {
    let Some(db) = pg::TestDb::new("schema") else {
        return;
    };
    let handle = Database::new(db.admin.clone()).expect("handle");
    let again = schema::setup(&handle).expect("setup again");
    assert!(again.applied.is_empty(), "nothing applied twice: {again:?}");
    handle.check_schema().expect("the schema is this Atelier's");
    db.sql("UPDATE atelier_schema SET checksum = checksum + 1 WHERE version = 1");
    assert!(matches!(
        schema::setup(&handle),
        Err(StoreError::Database(DbError::ChangedMigration {
            version: 1,
            ..
        }))
    ));
    // A database nobody set up is said to be so, not used.
    let Some(empty) = pg::TestDb::new("empty") else {
        return;
    };
    empty.sql("DROP TABLE atelier_schema CASCADE");
    let local = tempfile::tempdir().expect("temp dir");
    match Store::connect(empty.admin.clone(), local.path()) {
        Err(StoreError::Database(DbError::Schema {
            found: 0, needed, ..
        })) => {
            assert_eq!(needed, schema::LATEST);
        }
        other => panic!("an empty database is refused: {other:?}"),
    }
}

#[test]
fn the_password_is_never_shown() {
    let Some(db) = pg::TestDb::new("password") else {
        return;
    };
    let secret = "Secret-Mot-De-Passe-42";
    let url = DatabaseUrl::parse(&address(
        None,
        db.admin.dbname(),
        Some(("atelier_admin", secret)),
    ))
    .expect("address");
    for shown in [url.to_string(), format!("{url:?}"), url.shown().to_owned()] {
        assert!(!shown.contains(secret), "{shown}");
        assert!(shown.contains("atelier_admin@"), "{shown}");
    }
    let local = tempfile::tempdir().expect("temp dir");
    let error = Store::connect(url, local.path()).expect_err("a wrong password is refused");
    assert!(
        matches!(error, StoreError::Database(DbError::Refused { .. })),
        "{error:?}"
    );
    let text = format!("{error} {error:?}");
    assert!(!text.contains(secret), "{text}");
    let bad = DatabaseUrl::parse(&format!("postgres://marie:{secret}@127.0.0.1:notaport/x"))
        .expect_err("a bad address");
    assert!(!bad.to_string().contains(secret), "{bad}");
}

#[test]
fn tls_is_used_and_a_server_not_signed_by_the_authority_is_refused() {
    let Some(db) = pg::TestDb::new("tls") else {
        return;
    };
    let local = tempfile::tempdir().expect("temp dir");
    let store = db.store(local.path());
    let handle = store.database().expect("a database");
    assert!(
        handle.uses_tls().expect("ask"),
        "{}: encrypted",
        handle.url()
    );
    // Without the service's certificate authority, the server's certificate is not trusted.
    let text = address(None, db.admin.dbname(), None);
    let without = text
        .split('&')
        .filter(|part| !part.starts_with("sslrootcert="))
        .collect::<Vec<_>>()
        .join("&");
    let url = DatabaseUrl::parse(&without).expect("address");
    match Store::connect(url, local.path().join("other")) {
        Err(StoreError::Database(DbError::Tls(message))) => {
            assert!(message.contains("certificate"), "{message}");
        }
        other => panic!("an unknown certificate is refused: {other:?}"),
    }
}

#[test]
fn each_advisor_is_their_own_role_and_every_reading_and_change_is_in_the_audit_log() {
    let Some(db) = pg::TestDb::new("audit") else {
        return;
    };
    let admin = Database::new(db.admin.clone()).expect("handle");
    schema::add_person(&admin, "marie_t", "mot-de-passe-marie", false).expect("advisor");
    schema::add_person(&admin, "coralie_t", "mot-de-passe-coralie", true).expect("coordinator");
    db.sql(&format!(
        "GRANT CONNECT ON DATABASE {} TO atelier_advisor",
        db.admin.dbname()
    ));
    let local = tempfile::tempdir().expect("temp dir");
    let marie = Store::connect(
        db.admin.with_user("marie_t", Some("mot-de-passe-marie")),
        local.path().join("marie"),
    )
    .expect("Marie connects as herself");
    marie
        .save_journey(&journey("p-amina", "Amina"), None)
        .expect("create");
    marie.load_journey(&pid("p-amina")).expect("read");
    marie
        .save_session(&record("s-20261001-140000-audit", &["p-amina"]))
        .expect("session");
    let her_db = marie.database().expect("database");
    assert!(
        matches!(
            her_db.audit_log(None, 100),
            Err(StoreError::Database(DbError::NotAllowed { .. }))
        ),
        "an advisor does not read the audit log"
    );
    // Nor can she change it, by hand.
    let mut config: postgres::Config = address(
        None,
        db.admin.dbname(),
        Some(("marie_t", "mot-de-passe-marie")),
    )
    .split('?')
    .next()
    .unwrap_or_default()
    .parse()
    .expect("address");
    config.dbname(db.admin.dbname());
    let mut by_hand = config.connect(postgres::NoTls).expect("Marie connects");
    assert!(
        by_hand.execute("DELETE FROM audit", &[]).is_err(),
        "the log is not hers to delete"
    );
    assert!(by_hand.execute("UPDATE audit SET who = 'x'", &[]).is_err());
    by_hand
        .execute(
            "INSERT INTO audit (action, who) VALUES ('read', 'someone_else')",
            &[],
        )
        .expect("an added line");

    let coralie = Store::connect(
        db.admin
            .with_user("coralie_t", Some("mot-de-passe-coralie")),
        local.path().join("coralie"),
    )
    .expect("Coralie connects as herself");
    let log = coralie
        .database()
        .expect("database")
        .audit_log(Some(&pid("p-amina")), 100)
        .expect("a coordinator reads the log");
    let actions: Vec<(&str, &str)> = log
        .iter()
        .map(|l| (l.who.as_str(), l.action.as_str()))
        .collect();
    for expected in [
        ("marie_t", "create"),
        ("marie_t", "read"),
        ("marie_t", "session"),
    ] {
        assert!(actions.contains(&expected), "{expected:?} in {actions:?}");
    }
    let all = coralie
        .database()
        .expect("database")
        .audit_log(None, 100)
        .expect("log");
    assert!(
        all.iter().all(|l| l.who != "someone_else"),
        "who wrote a line is the server's word: {all:?}"
    );

    sessions::erase_participant(&marie, &pid("p-amina"), &|_, _, _| None).expect("erase");
    let after = coralie
        .database()
        .expect("database")
        .audit_log(None, 1000)
        .expect("log");
    assert!(
        after
            .iter()
            .all(|l| l.participant.as_deref() != Some("p-amina"))
    );
    assert!(
        !db.everything().contains("p-amina"),
        "no trace of her anywhere"
    );
    assert!(
        after
            .iter()
            .any(|l| l.action == "erase" && l.who == "marie_t")
    );
}

#[test]
fn other_windows_see_the_change_counter_move() {
    let Some(db) = pg::TestDb::new("changes") else {
        return;
    };
    let local = tempfile::tempdir().expect("temp dir");
    let mine = db.store(&local.path().join("mine"));
    let theirs = db.store(&local.path().join("theirs"));
    let before = mine.database().expect("db").changes().expect("counter");
    theirs
        .save_journey(&journey("p-amina", "Amina"), None)
        .expect("save");
    let after = mine.database().expect("db").changes().expect("counter");
    assert!(after > before, "{before} → {after}");
    mine.load_journey(&pid("p-amina")).expect("a reading");
    assert_eq!(
        mine.database().expect("db").changes().expect("counter"),
        after,
        "a reading changes nothing"
    );
}

#[test]
fn a_session_run_without_network_is_kept_and_sent_when_it_is_back() {
    let Some(db) = pg::TestDb::new("offline") else {
        return;
    };
    let server_port: u16 = address(None, "x", None)
        .split('@')
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|host| host.split(':').nth(1))
        .and_then(|port| port.parse().ok())
        .expect("server port");
    let relay = pg::Relay::new(server_port);
    let through =
        DatabaseUrl::parse(&address(Some(relay.port), db.admin.dbname(), None)).expect("address");
    let local = tempfile::tempdir().expect("temp dir");
    let laptop = Store::connect(through, local.path().join("laptop")).expect("connect");
    let office = db.store(&local.path().join("office"));
    for (id, name) in [("p-amina", "Amina"), ("p-elodie", "Élodie")] {
        laptop
            .save_journey(&journey(id, name), None)
            .expect("journey");
    }

    let mut amina = laptop.load_journey(&pid("p-amina")).expect("load");
    amina.value.last_name = Private::new(Some("Benali".into()));
    amina.value.advisor = "Inès".into();
    laptop
        .save_journey(&amina.value, Some(amina.revision))
        .expect("her last name");
    let online = laptop.home(5);
    assert!(
        online.errors.is_empty() && online.roster_of.is_none(),
        "{:?}",
        online.errors
    );

    relay.cut();
    // The laptop opens Atelier again in the workshop room: the people it kept, nothing more.
    let through =
        DatabaseUrl::parse(&address(Some(relay.port), db.admin.dbname(), None)).expect("address");
    let in_the_room = Store::connect(through, local.path().join("laptop")).expect("opens offline");
    let home = in_the_room.home(5);
    assert!(home.roster_of.is_some(), "{:?}", home.errors);
    let names: Vec<&str> = home
        .journeys
        .iter()
        .map(|j| j.value.display_name.as_str())
        .collect();
    assert_eq!(names, ["Amina", "Élodie"]);
    assert!(
        home.journeys
            .iter()
            .all(|j| j.value.timeline.is_empty() && j.value.advisor.is_empty())
    );
    assert!(
        home.errors.is_empty(),
        "said by Home's line, not as errors: {:?}",
        home.errors
    );
    let roster = std::fs::read_to_string(laptop.root().join("roster.ron")).expect("roster");
    assert!(
        roster.contains("Amina") && !roster.contains("Benali"),
        "first names only: {roster}"
    );
    // A shortened journey is never saved over the real one.
    let mut short = home.journeys[0].clone();
    short.value.display_name = "Amina B.".into();
    drop(in_the_room);
    let rec = record("s-20261001-140000-offline", &["p-amina", "p-elodie"]);
    let saved = laptop.save_session(&rec).expect("kept on the laptop");
    assert!(saved.pending, "{saved:?}");
    assert!(
        saved.record.starts_with(laptop.root()),
        "{}",
        saved.record.display()
    );
    assert_eq!(laptop.pending_sessions().items, vec![rec.clone()]);
    assert!(
        office.load_record(&rec.id).is_err(),
        "not on the server yet"
    );
    // A second one, whose id the office meanwhile used for another session: a conflict.
    let clash = record("s-20261002-140000-clash", &["p-amina"]);
    assert!(laptop.save_session(&clash).expect("kept").pending);
    let mut other = clash.clone();
    other.activity.id = "miracle_question".into();
    office
        .save_session(&other)
        .expect("the office's own session");
    // Meanwhile a colleague changes Amina's journey.
    let mut amina = office.load_journey(&pid("p-amina")).expect("load");
    amina.value.advisor = "Karim".into();
    office
        .save_journey(&amina.value, Some(amina.revision))
        .expect("their change");
    assert!(
        laptop
            .send_pending()
            .iter()
            .all(|(_, r)| matches!(r, Err(StoreError::Database(e)) if e.is_offline())),
        "nothing can be sent while the network is down"
    );

    relay.restore();
    let sent = laptop.send_pending();
    assert_eq!(sent.len(), 2, "{sent:?}");
    let result = |id: &SessionId| sent.iter().find(|(s, _)| s == id).map(|(_, r)| r);
    assert!(matches!(result(&rec.id), Some(Ok(report)) if !report.pending));
    assert!(
        matches!(result(&clash.id), Some(Err(StoreError::AlreadyExists(_)))),
        "the clash is said, not merged: {sent:?}"
    );
    assert_eq!(
        laptop.pending_sessions().items,
        vec![clash.clone()],
        "the one that could not be sent stays on the laptop"
    );
    assert_eq!(office.load_record(&rec.id).expect("sent"), rec);
    assert!(
        matches!(
            laptop.save_journey(&short.value, Some(short.revision)),
            Err(StoreError::Conflict(_))
        ),
        "a journey from the roster is a conflict, not saved"
    );
    let amina = office.load_journey(&pid("p-amina")).expect("load").value;
    assert_eq!(amina.advisor, "Karim", "the colleague's change is kept");
    assert!(
        amina.link(&rec.id).is_some(),
        "and the session's link added"
    );
    assert!(sessions::check(&office).is_clean());
}

#[test]
fn a_folder_moves_into_the_database_and_back_unchanged() {
    let Some(db) = pg::TestDb::new("migrate") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = Store::create(dir.path().join("folder")).expect("folder");
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    sessions::demo::populate(&folder, today).expect("demo");
    folder
        .add_service_time(sessions::service::ServiceTime {
            date: today,
            kind: sessions::service::ServiceTimeKind::TeamMeeting,
            minutes: 45,
            subject: "réunion".into(),
            recorded_by: "Claire".into(),
        })
        .expect("service time");
    let database = db.store(&dir.path().join("local"));
    let moved = sessions::db::migrate::copy_all(&folder, &database).expect("in");
    assert!(moved.verified(), "{moved:#?}");
    assert_eq!((moved.journeys, moved.service_years), (10, 1));
    assert!(matches!(
        sessions::db::migrate::copy_all(&folder, &database),
        Err(sessions::db::migrate::MigrateError::NotEmpty(_))
    ));
    let back = Store::create(dir.path().join("back")).expect("folder");
    let returned = sessions::db::migrate::copy_all(&database, &back).expect("out");
    assert!(returned.verified(), "{returned:#?}");
    for (id, path) in folder.list_records().items {
        assert_eq!(
            std::fs::read(&path).expect("record"),
            std::fs::read(back.record_path(&id)).expect("record back"),
            "{id}: the same text"
        );
    }
    for journey in folder.load_journeys().items {
        let id = &journey.value.id;
        assert_eq!(
            std::fs::read(folder.journey_path(id)).expect("journey"),
            std::fs::read(back.journey_path(id)).expect("journey back"),
        );
        assert_eq!(
            database.load_journey(id).expect("db").revision,
            journey.revision
        );
    }
    assert_eq!(back.service_year(2026).expect("year").time.len(), 1);
}
