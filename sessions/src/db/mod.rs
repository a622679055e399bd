//! The `PostgreSQL` store: a service's journeys, records and service files in one database, for
//! several sites and advisors on laptops (the data folder stays the default, see
//! [`crate::Store`]).
//!
//! Each journey, record and service year is one row holding the same RON text as its file in a
//! data folder, with the columns Home and the report read beside it (see
//! `migrations/V1__documents.sql`). A document is named inside Atelier as the file it would be
//! in a folder, under the database's address (`postgres://marie@db.example:5432/atelier/
//! journeys/amelie.ron`): every message names it the same way, with its line.
//!
//! - Every change is made in one transaction holding the service's write lock (an advisory
//!   lock, as the folder's lock file): a journey's compare and write, a session's record and
//!   every journey link, an erasure, are all or nothing (see [`Transaction`]).
//! - Every change adds one to the service's change counter: other windows poll it
//!   ([`Database::changes`]) and read Home again.
//! - Every change, and every read of a journey, writes a line of the audit log (who: the
//!   database role the advisor logs in as; when; whose data), in the same transaction.
//! - The password is never kept by Atelier: it comes from the address given on the command
//!   line, `PGPASSWORD` or the `~/.pgpass` file, and no message or log shows it.

mod docs;
pub mod migrate;
pub(crate) mod roster;
pub mod schema;

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::Duration;

use parking_lot::{ReentrantMutex, ReentrantMutexGuard};

pub use docs::AuditLine;
pub(crate) use docs::{Doc, JourneyText};

use crate::error::StoreError;

/// The service's write lock: one advisory lock of the database (an arbitrary number, Atelier's).
const WRITE_LOCK: i64 = 0x4154_454C_4945_5201;
/// How long a connection may take to be made before Atelier says the server cannot be reached.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long the network may keep a request unanswered before the connection is given up (a
/// laptop leaving the building): the window is never held longer than that.
const NETWORK_TIMEOUT: Duration = Duration::from_secs(8);

/// Why the database could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The address is not one `PostgreSQL` understands.
    #[error("the database address is not valid: {0}")]
    BadAddress(String),
    /// The server cannot be reached (no network, server down, name unknown).
    #[error("the database {address} cannot be reached: {message}")]
    Offline {
        /// The address, without its password.
        address: String,
        /// What the system said.
        message: String,
    },
    /// The server refused this login (wrong password, unknown role, no right to connect).
    #[error("the database {address} refused the login: {message}")]
    Refused {
        /// The address, without its password.
        address: String,
        /// What the server said.
        message: String,
    },
    /// This role may not do that (an advisor reading the audit log, say).
    #[error("the database {address} does not allow this account to do that: {message}")]
    NotAllowed {
        /// The address, without its password.
        address: String,
        /// What the server said.
        message: String,
    },
    /// The database's schema is not the one this Atelier knows.
    #[error(
        "the database {address} has schema version {found}, this Atelier needs {needed}: {advice}"
    )]
    Schema {
        /// The address, without its password.
        address: String,
        /// The version found (0: none).
        found: i32,
        /// The version this Atelier needs.
        needed: i32,
        /// What to do.
        advice: &'static str,
    },
    /// A migration already applied differs from this Atelier's (an edited migration file).
    #[error("migration {version} applied to {address} differs from this Atelier's")]
    ChangedMigration {
        /// The address, without its password.
        address: String,
        /// Which one.
        version: i32,
    },
    /// TLS could not be set up (a certificate file that cannot be read, say).
    #[error("TLS: {0}")]
    Tls(String),
    /// Any other error the server gave.
    #[error("the database {address} answered: {message}")]
    Server {
        /// The address, without its password.
        address: String,
        /// What it said.
        message: String,
    },
}

impl DbError {
    /// Whether the server could not be reached: what was being saved is kept on this computer
    /// and sent later (see [`crate::Store::send_pending`]).
    pub fn is_offline(&self) -> bool {
        matches!(self, Self::Offline { .. })
    }
}

/// A database's address: a `postgres://` URL or `key=value` words, as `psql` takes them.
///
/// Atelier adds to what the client takes `sslrootcert=FILE`: the certificate authority that
/// signed the server's certificate (else the system's). `sslmode=require` asks for TLS and
/// checks the server's certificate and name; `sslmode=prefer` (the default) uses TLS when the
/// server offers it.
#[derive(Clone)]
pub struct DatabaseUrl {
    config: postgres::Config,
    root_cert: Option<PathBuf>,
    shown: String,
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the password.
        f.write_str(&self.shown)
    }
}

impl std::fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl DatabaseUrl {
    /// Reads an address. Without a password in it, the password comes from `PGPASSWORD`, else
    /// from the `~/.pgpass` file (or `PGPASSFILE`), as for `psql`.
    ///
    /// # Errors
    /// [`DbError::BadAddress`] saying what is wrong (never repeating the password).
    pub fn parse(text: &str) -> Result<Self, DbError> {
        let (text, root_cert) = take_root_cert(text.trim());
        let mut config: postgres::Config = text.parse().map_err(|error: postgres::Error| {
            DbError::BadAddress(redact(&error.to_string(), &text))
        })?;
        if config.get_hosts().is_empty() {
            return Err(DbError::BadAddress(String::from(
                "no server is named (host)",
            )));
        }
        if config.get_user().is_none() {
            let user = std::env::var("PGUSER")
                .or_else(|_unset| std::env::var("USER"))
                .unwrap_or_default();
            config.user(&user);
        }
        if config.get_password().is_none() {
            if let Ok(password) = std::env::var("PGPASSWORD") {
                config.password(password);
            } else if let Some(password) = pgpass(&config) {
                config.password(password);
            }
        }
        if config.get_application_name().is_none() {
            config.application_name("atelier");
        }
        config.connect_timeout(CONNECT_TIMEOUT);
        config.keepalives(true);
        config.keepalives_idle(Duration::from_secs(30));
        config.tcp_user_timeout(NETWORK_TIMEOUT);
        let shown = shown(&config);
        Ok(Self {
            config,
            root_cert,
            shown,
        })
    }

    /// The address with `user` instead of its own (for another advisor's role).
    #[must_use]
    pub fn with_user(&self, user: &str, password: Option<&str>) -> Self {
        let mut copy = self.clone();
        copy.config.user(user);
        if let Some(password) = password {
            copy.config.password(password);
        }
        copy.shown = shown(&copy.config);
        copy
    }

    /// The address with `dbname` as the database (the tests make one each).
    #[must_use]
    pub fn with_dbname(&self, dbname: &str) -> Self {
        let mut copy = self.clone();
        copy.config.dbname(dbname);
        copy.shown = shown(&copy.config);
        copy
    }

    /// The role Atelier logs in as.
    pub fn user(&self) -> &str {
        self.config.get_user().unwrap_or_default()
    }

    /// The database's name on its server.
    pub fn dbname(&self) -> &str {
        self.config.get_dbname().unwrap_or_else(|| self.user())
    }

    /// The address without its password: what messages, the settings and the window's title
    /// show.
    pub fn shown(&self) -> &str {
        &self.shown
    }
}

/// Whether an address holds a password (`postgres://user:password@…` or `password=…`): one
/// never kept in the settings.
pub fn has_password(text: &str) -> bool {
    let in_url = text
        .split_once("://")
        .and_then(|(_, rest)| rest.split(['/', '?']).next())
        .and_then(|authority| authority.rsplit_once('@'))
        .is_some_and(|(who, _)| who.contains(':'));
    in_url || text.split_whitespace().any(|w| w.starts_with("password="))
}

/// `sslrootcert=FILE` taken out of an address (in a URL's query or as a word).
fn take_root_cert(text: &str) -> (String, Option<PathBuf>) {
    let mut cert = None;
    if text.starts_with("postgres://") || text.starts_with("postgresql://") {
        if let Some((base, query)) = text.split_once('?') {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|pair| match pair.strip_prefix("sslrootcert=") {
                    Some(file) => {
                        cert = Some(PathBuf::from(file));
                        false
                    }
                    None => true,
                })
                .collect();
            let text = if kept.is_empty() {
                base.to_owned()
            } else {
                format!("{base}?{}", kept.join("&"))
            };
            return (text, cert);
        }
        return (text.to_owned(), None);
    }
    let kept: Vec<&str> = text
        .split_whitespace()
        .filter(|word| match word.strip_prefix("sslrootcert=") {
            Some(file) => {
                cert = Some(PathBuf::from(file));
                false
            }
            None => true,
        })
        .collect();
    (kept.join(" "), cert)
}

/// `text` with the password of `address` taken out, wherever it appears.
fn redact(text: &str, address: &str) -> String {
    let password = address
        .split_once("://")
        .and_then(|(_, rest)| rest.split('@').next())
        .and_then(|who| who.split_once(':'))
        .map(|(_, password)| password.to_owned())
        .or_else(|| {
            address
                .split_whitespace()
                .find_map(|w| w.strip_prefix("password="))
                .map(str::to_owned)
        });
    match password.filter(|p| !p.is_empty()) {
        Some(password) => text.replace(&password, "***"),
        None => text.to_owned(),
    }
}

/// `postgres://user@host:port/dbname`, as messages show it.
fn shown(config: &postgres::Config) -> String {
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(dir)) => dir.display().to_string(),
        None => String::new(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let user = config.get_user().unwrap_or_default();
    let dbname = config.get_dbname().unwrap_or(user);
    format!("postgres://{user}@{host}:{port}/{dbname}")
}

/// The password `~/.pgpass` (or `PGPASSFILE`) gives for this address, as `psql` reads it:
/// `host:port:database:user:password` lines, `*` matching anything.
fn pgpass(config: &postgres::Config) -> Option<String> {
    let file = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".pgpass")))?;
    let text = crate::fsio::read_text(&file, 1 << 20).ok()?;
    let host = match config.get_hosts().first()? {
        postgres::config::Host::Tcp(host) => host.clone(),
        #[cfg(unix)]
        postgres::config::Host::Unix(_) => String::from("localhost"),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or_default();
    let dbname = config.get_dbname().unwrap_or(user);
    let wanted = [host.as_str(), port.as_str(), dbname, user];
    text.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .find_map(|line| {
            let fields = split_pgpass(line);
            let [h, p, d, u, password] = fields.as_slice() else {
                return None;
            };
            let fits = [h, p, d, u]
                .iter()
                .zip(wanted)
                .all(|(field, want)| field.as_str() == "*" || field.as_str() == want);
            fits.then(|| password.clone())
        })
}

/// The fields of a `.pgpass` line (`\:` and `\\` are a colon and a backslash).
fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next()
                    && let Some(last) = fields.last_mut()
                {
                    last.push(next);
                }
            }
            ':' => fields.push(String::new()),
            other => {
                if let Some(last) = fields.last_mut() {
                    last.push(other);
                }
            }
        }
    }
    fields
}

/// Whether the system's input and output failed below `error` (a network down, a server
/// gone, a connection refused or timed out).
fn io_below(error: &postgres::Error) -> bool {
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        if inner.is::<std::io::Error>() {
            return true;
        }
        source = inner.source();
    }
    false
}

/// The connection of one [`Database`] handle, and whether a transaction is open on it.
struct Conn {
    client: Option<postgres::Client>,
    /// A transaction is open: a lost connection is then never replaced until it ends (what
    /// follows would not be in the transaction).
    in_transaction: bool,
}

/// A connection to a service's database, shared by the threads of one store (one at a time:
/// a write's transaction holds it, and the same thread's reads inside it see what it wrote).
pub struct Database {
    url: DatabaseUrl,
    tls: postgres_native_tls::MakeTlsConnector,
    conn: ReentrantMutex<RefCell<Conn>>,
    /// Where documents are said to be: the address, as a path.
    root: PathBuf,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Database({})", self.url)
    }
}

impl Database {
    /// A handle on the database at `url`; nothing is connected yet.
    ///
    /// # Errors
    /// [`DbError::Tls`] when the certificate authority's file cannot be read.
    pub fn new(url: DatabaseUrl) -> Result<Self, DbError> {
        let mut builder = native_tls::TlsConnector::builder();
        if let Some(file) = &url.root_cert {
            let pem = std::fs::read(file)
                .map_err(|e| DbError::Tls(format!("{}: {e}", file.display())))?;
            let cert = native_tls::Certificate::from_pem(&pem)
                .map_err(|e| DbError::Tls(format!("{}: {e}", file.display())))?;
            builder.add_root_certificate(cert);
        }
        let connector = builder.build().map_err(|e| DbError::Tls(e.to_string()))?;
        Ok(Self {
            root: PathBuf::from(url.shown()),
            tls: postgres_native_tls::MakeTlsConnector::new(connector),
            conn: ReentrantMutex::new(RefCell::new(Conn {
                client: None,
                in_transaction: false,
            })),
            url,
        })
    }

    /// Another handle on the same database, with its own connection (for another thread).
    pub fn twin(&self) -> Self {
        Self {
            url: self.url.clone(),
            tls: self.tls.clone(),
            conn: ReentrantMutex::new(RefCell::new(Conn {
                client: None,
                in_transaction: false,
            })),
            root: self.root.clone(),
        }
    }

    /// The database's address (without its password).
    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    /// Where its documents are said to be (the address, as a path).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Turns a client error into Atelier's.
    fn error(&self, error: &postgres::Error) -> DbError {
        let address = self.url.shown().to_owned();
        let message = if let Some(db) = error.as_db_error() {
            db.message().to_owned()
        } else {
            let mut message = error.to_string();
            let mut source = std::error::Error::source(error);
            while let Some(inner) = source {
                message = format!("{message}: {inner}");
                source = inner.source();
            }
            message
        };
        let code = error.code().map(postgres::error::SqlState::code);
        if code.is_none() && message.contains("TLS") {
            // Not a network that is down: a certificate that does not match (see the README).
            return DbError::Tls(format!("{address}: {message}"));
        }
        match code {
            Some(c) if c.starts_with("28") || c == "3D000" => DbError::Refused { address, message },
            Some("42501") => DbError::NotAllowed { address, message },
            Some(c) if c.starts_with("08") || c.starts_with("57P") => {
                DbError::Offline { address, message }
            }
            None if error.is_closed() || io_below(error) => DbError::Offline { address, message },
            Some(_) | None => DbError::Server { address, message },
        }
    }

    /// Runs `work` on this handle's connection, connecting first when there is none (or it was
    /// lost). A lost connection is dropped, so the next call connects again.
    /// A new connection is first checked to have this Atelier's schema (else
    /// [`DbError::Schema`]).
    pub(crate) fn run<T>(
        &self,
        work: impl FnOnce(&mut postgres::Client) -> Result<T, postgres::Error>,
    ) -> Result<T, StoreError> {
        self.run_checked(true, work)
    }

    /// [`Self::run`] without the schema's check (for its setup).
    pub(crate) fn run_unchecked<T>(
        &self,
        work: impl FnOnce(&mut postgres::Client) -> Result<T, postgres::Error>,
    ) -> Result<T, StoreError> {
        self.run_checked(false, work)
    }

    fn run_checked<T>(
        &self,
        check: bool,
        work: impl FnOnce(&mut postgres::Client) -> Result<T, postgres::Error>,
    ) -> Result<T, StoreError> {
        let guard = self.conn.lock();
        let mut conn = guard.borrow_mut();
        if conn.client.as_ref().is_none_or(postgres::Client::is_closed) {
            conn.client = None;
            if conn.in_transaction {
                return Err(StoreError::Database(DbError::Offline {
                    address: self.url.shown().to_owned(),
                    message: String::from(
                        "the connection was lost during a change: nothing of it was kept",
                    ),
                }));
            }
            let mut client = self
                .url
                .config
                .connect(self.tls.clone())
                .map_err(|e| StoreError::Database(self.error(&e)))?;
            if check {
                let found = schema::applied_version(&mut client)
                    .map_err(|e| StoreError::Database(self.error(&e)))?;
                if found != schema::LATEST {
                    return Err(StoreError::Database(self.schema_error(found)));
                }
            }
            conn.client = Some(client);
        }
        let Some(client) = conn.client.as_mut() else {
            return Err(StoreError::Database(DbError::Offline {
                address: self.url.shown().to_owned(),
                message: String::from("no connection"),
            }));
        };
        match work(client) {
            Ok(value) => Ok(value),
            Err(error) => {
                let error = self.error(&error);
                if error.is_offline() {
                    conn.client = None;
                }
                Err(StoreError::Database(error))
            }
        }
    }

    /// Opens a transaction holding the service's write lock, for the calling thread's writes
    /// (and reads) until [`Transaction::commit`]; dropped without it, nothing is changed.
    pub(crate) fn begin(&self) -> Result<Transaction<'_>, StoreError> {
        let guard = self.conn.lock();
        let transaction = Transaction {
            db: self,
            guard,
            done: false,
        };
        self.run(|client| client.batch_execute("BEGIN"))?;
        transaction.guard.borrow_mut().in_transaction = true;
        self.run(|client| {
            client
                .execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
                .map(|_rows| ())
        })?;
        Ok(transaction)
    }

    /// Connects now (else says why not), and checks the schema is this Atelier's.
    ///
    /// # Errors
    /// [`DbError::Schema`] when it is not set up or older (`atelier database setup` makes or
    /// brings it up to date), or newer; why the server cannot be used.
    pub fn check_schema(&self) -> Result<(), StoreError> {
        let found = self.run_unchecked(schema::applied_version)?;
        if found == schema::LATEST {
            return Ok(());
        }
        Err(StoreError::Database(self.schema_error(found)))
    }

    fn schema_error(&self, found: i32) -> DbError {
        let needed = schema::LATEST;
        DbError::Schema {
            address: self.url.shown().to_owned(),
            found,
            needed,
            advice: if found < needed {
                "run atelier database setup with an administrator's address"
            } else {
                "this Atelier is older than the database: install the newer one"
            },
        }
    }

    /// Whether this handle's connection is encrypted (TLS).
    ///
    /// # Errors
    /// Why the server cannot be read.
    pub fn uses_tls(&self) -> Result<bool, StoreError> {
        self.run(|client| {
            let row = client.query_one(
                "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)",
                &[],
            )?;
            row.try_get(0)
        })
    }

    /// The service's change counter: it grows with every change any window makes.
    ///
    /// # Errors
    /// Why the server cannot be read.
    pub fn changes(&self) -> Result<i64, StoreError> {
        self.run(|client| {
            let row = client.query_one("SELECT version FROM atelier_state", &[])?;
            row.try_get(0)
        })
    }
}

/// A transaction of one [`Database`] handle: every write of a [`crate::store::Writing`] is in
/// it, and the service's write lock is held until it ends.
pub(crate) struct Transaction<'a> {
    db: &'a Database,
    guard: ReentrantMutexGuard<'a, RefCell<Conn>>,
    done: bool,
}

impl Transaction<'_> {
    /// Makes every change of the transaction durable, at once.
    pub(crate) fn commit(mut self) -> Result<(), StoreError> {
        self.done = true;
        let committed = self.db.run(|client| {
            client.execute("UPDATE atelier_state SET version = version + 1", &[])?;
            client.batch_execute("COMMIT")
        });
        self.end();
        if committed.is_err() {
            // A commit that failed half-way: the server rolled it back or never got it.
            let _rolled_back = self.db.run(|client| client.batch_execute("ROLLBACK"));
        }
        committed
    }

    fn end(&self) {
        self.guard.borrow_mut().in_transaction = false;
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if !self.done {
            // Nothing to do when the connection is gone: the server has rolled it back.
            let _rolled_back = self.db.run(|client| client.batch_execute("ROLLBACK"));
            self.end();
        }
    }
}
