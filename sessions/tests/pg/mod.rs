//! A database of its own for each test, on the `PostgreSQL` server `ATELIER_TEST_DATABASE`
//! names (an administrator's address, as `tests/db/server.sh` prints it; `.ci/run` starts one).
//! Without it the database's tests say they are skipped, unless `ATELIER_REQUIRE_DATABASE=1`
//! (set by `.ci/run`), when they fail.

#![allow(dead_code, reason = "each test file uses its part")]

use std::io::{Read as _, Write as _};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, FixedOffset, NaiveDate};
use sessions::db::{Database, DatabaseUrl};
use sessions::{
    ActivityRef, Consent, Consents, Journey, Mode, ParticipantId, ParticipantOutcome, Private,
    SessionId, SessionRecord, Store, Versioned as _,
};

/// The server's administrator address, or `None` (the test is skipped) when none is given.
pub fn server() -> Option<DatabaseUrl> {
    match std::env::var("ATELIER_TEST_DATABASE") {
        Ok(url) if !url.trim().is_empty() => {
            Some(DatabaseUrl::parse(&url).expect("ATELIER_TEST_DATABASE is an address"))
        }
        _ => {
            assert!(
                std::env::var("ATELIER_REQUIRE_DATABASE").as_deref() != Ok("1"),
                "ATELIER_REQUIRE_DATABASE=1 but ATELIER_TEST_DATABASE is not set"
            );
            eprintln!(
                "skipped: no PostgreSQL server (export ATELIER_TEST_DATABASE=$(tests/db/server.sh))"
            );
            None
        }
    }
}

/// A fresh database, set up; dropped when this is.
pub struct TestDb {
    /// The administrator's address of this database.
    pub admin: DatabaseUrl,
    name: String,
    server: DatabaseUrl,
}

/// Setups of different test databases share the server's roles: one at a time.
static SETUP: Mutex<()> = Mutex::new(());
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// An administrator's client on `url`.
pub fn client(url: &DatabaseUrl) -> postgres::Client {
    let text = std::env::var("ATELIER_TEST_DATABASE").expect("server address");
    // Without TLS (this is the tests' own loopback), so without its options.
    let plain = text.split('?').next().unwrap_or_default();
    let mut config: postgres::Config = plain.parse().expect("address");
    config.dbname(url.dbname());
    config
        .connect(postgres::NoTls)
        .expect("administrator connects")
}

impl TestDb {
    /// A new database named after `tag`, with Atelier's schema, or `None` without a server.
    pub fn new(tag: &str) -> Option<Self> {
        let server = server()?;
        let name = format!(
            "atelier_t_{}_{}_{}",
            tag,
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let mut admin_client = client(&server);
        admin_client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create database");
        let admin = server.with_dbname(&name);
        {
            let _one = SETUP
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let db = Database::new(admin.clone()).expect("handle");
            sessions::db::schema::setup(&db).expect("setup");
        }
        Some(Self {
            admin,
            name,
            server,
        })
    }

    /// This database's administrator address, password included (for a worker program).
    pub fn address(&self) -> String {
        let text = std::env::var("ATELIER_TEST_DATABASE").expect("server address");
        let (base, query) = text.split_once('?').unwrap_or((&text, ""));
        let server = base.rsplit_once('/').map_or(base, |(server, _db)| server);
        format!("{server}/{}?{query}", self.name)
    }

    /// The store of this database, with `local` as the computer's folder.
    pub fn store(&self, local: &Path) -> Store {
        Store::connect(self.admin.clone(), local).expect("connect")
    }

    /// Runs SQL as the administrator.
    pub fn sql(&self, sql: &str) -> Vec<postgres::Row> {
        client(&self.admin).query(sql, &[]).expect("sql runs")
    }

    /// Every text of every table, audit log included (to look for a trace).
    pub fn everything(&self) -> String {
        let mut text = String::new();
        for table in ["journeys", "records", "service_years", "audit"] {
            for row in self.sql(&format!("SELECT t::text FROM {table} t")) {
                let line: String = row.get(0);
                text.push_str(&line);
                text.push('\n');
            }
        }
        text
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let mut admin = client(&self.server);
        let _dropped = admin.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
    }
}

/// A TCP relay to the test server that can be cut (a laptop leaving the building) and restored.
pub struct Relay {
    /// Where it listens, on 127.0.0.1.
    pub port: u16,
    up: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<TcpStream>>>,
}

impl Relay {
    /// A relay to the server's port.
    pub fn new(server_port: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("address").port();
        let up = Arc::new(AtomicBool::new(true));
        let open = Arc::new(Mutex::new(Vec::new()));
        let (up2, open2) = (Arc::clone(&up), Arc::clone(&open));
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                if !up2.load(Ordering::SeqCst) {
                    let _closed = client.shutdown(Shutdown::Both);
                    continue;
                }
                let Ok(server) = TcpStream::connect(("127.0.0.1", server_port)) else {
                    continue;
                };
                if let Ok(mut list) = open2.lock() {
                    list.extend(
                        [client.try_clone(), server.try_clone()]
                            .into_iter()
                            .flatten(),
                    );
                }
                for (mut from, mut to) in [
                    (client.try_clone(), server.try_clone()),
                    (server.try_clone(), client.try_clone()),
                ]
                .into_iter()
                .filter_map(|(a, b)| Some((a.ok()?, b.ok()?)))
                {
                    std::thread::spawn(move || {
                        let mut buffer = [0_u8; 16384];
                        while let Ok(n) = from.read(&mut buffer) {
                            if n == 0 || to.write_all(&buffer[..n]).is_err() {
                                break;
                            }
                        }
                        let _closed = to.shutdown(Shutdown::Both);
                    });
                }
            }
        });
        Self { port, up, open }
    }

    /// Closes every connection and refuses new ones.
    pub fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        if let Ok(mut list) = self.open.lock() {
            for stream in list.drain(..) {
                let _closed = stream.shutdown(Shutdown::Both);
            }
        }
    }

    /// Lets connections through again.
    pub fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

/// The test server's port.
pub fn server_port() -> u16 {
    let text = std::env::var("ATELIER_TEST_DATABASE").expect("server");
    text.split('@')
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|host| host.split(':').nth(1))
        .and_then(|port| port.parse().ok())
        .unwrap_or(5432)
}

impl TestDb {
    /// This database's administrator address through a relay listening on `port`.
    pub fn address_through(&self, port: u16) -> String {
        self.address()
            .replacen(&format!(":{}/", server_port()), &format!(":{port}/"), 1)
    }
}

/// A participant's id.
pub fn pid(text: &str) -> ParticipantId {
    ParticipantId::parse(text).expect("id")
}

/// A time, from RFC 3339.
pub fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("time")
}

/// A journey entered on 5 January 2026, every consent given.
pub fn journey(id: &str, name: &str) -> Journey {
    let date = NaiveDate::from_ymd_opt(2026, 1, 5).expect("date");
    let consent = Consent {
        given: true,
        date,
        recorded_by: "Inès".into(),
    };
    Journey::new(
        pid(id),
        name,
        date,
        Consents {
            keep_file: consent.clone(),
            first_name_on_projector: consent,
        },
        "Inès",
    )
}

/// A collective peer circle of `participants` on 1 October 2026, each with a takeaway.
pub fn record(id: &str, participants: &[&str]) -> SessionRecord {
    SessionRecord {
        format_version: SessionRecord::CURRENT_VERSION,
        id: SessionId::parse(id).expect("id"),
        activity: ActivityRef {
            id: "peer_circle".into(),
            version: "1.0.0".into(),
        },
        mode: Mode::Collective,
        start: time("2026-10-01T14:00:00+02:00"),
        end: time("2026-10-01T15:30:00+02:00"),
        place: "Salle 1".into(),
        facilitators: vec!["Claire".into()],
        participants: participants
            .iter()
            .map(|p| ParticipantOutcome {
                stage_review: None,
                id: pid(p),
                takeaway: Some(format!("ce que retient {p}")),
                activity_data: None,
                progress: Vec::new(),
                follow_ups: Vec::new(),
                takeaway_in: std::collections::BTreeMap::new(),
            })
            .collect(),
        summary: "Bonne séance".into(),
        activity_data: String::from("(turns: 3)"),
        facilitator_notes: Private::new("NOTE-PRIVEE".into()),
    }
}
