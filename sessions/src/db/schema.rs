//! The database's schema, owned by Atelier: numbered migrations (`migrations/V<n>__<name>.sql`)
//! applied once each, in order, each in its own transaction, under a lock so that two setups at
//! once apply each one once. The table `atelier_schema` keeps which were applied, with a
//! checksum of their text: one changed after it was applied is refused, never applied again.
//!
//! A service sets its database up once, as an administrator ([`setup`], `atelier database
//! setup`): the roles, the tables, the rights. Advisors' windows only check that the schema is
//! the one they know ([`super::Database::check_schema`]).

use crate::error::StoreError;

use super::{Database, DbError};

/// Every migration: its number, its name, its SQL.
const MIGRATIONS: &[(i32, &str, &str)] = &[
    (1, "documents", include_str!("migrations/V1__documents.sql")),
    (2, "roles", include_str!("migrations/V2__roles.sql")),
];

/// The schema version this Atelier needs.
pub const LATEST: i32 = 2;

/// The group role of advisors: read and write the service's data, add to the audit log.
pub const ADVISOR_ROLE: &str = "atelier_advisor";
/// The group role of coordinators: advisors' rights, and reading the audit log.
pub const COORDINATOR_ROLE: &str = "atelier_coordinator";

/// The lock two setups at once take (an advisory lock, not the write lock).
const SETUP_LOCK: i64 = 0x4154_454C_4945_5202;

/// A checksum of a migration's text (FNV-1a, 64 bits): stable across Rust versions.
fn checksum(sql: &str) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in sql.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    i64::from_ne_bytes(hash.to_ne_bytes())
}

/// The highest migration applied (0 when the database has none of Atelier's).
pub(crate) fn applied_version(client: &mut postgres::Client) -> Result<i32, postgres::Error> {
    let exists: bool = client
        .query_one("SELECT to_regclass('atelier_schema') IS NOT NULL", &[])?
        .try_get(0)?;
    if !exists {
        return Ok(0);
    }
    let row = client.query_one("SELECT coalesce(max(version), 0) FROM atelier_schema", &[])?;
    row.try_get(0)
}

/// What [`setup`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SetupReport {
    /// The group roles made (they were missing).
    pub roles_made: Vec<String>,
    /// The migrations applied, by number.
    pub applied: Vec<i32>,
}

/// Sets the service's database up, or brings it up to date: the two group roles when missing,
/// then every migration not applied yet. Run by whoever administers the server (a role that
/// may create roles and owns the database); running it again does nothing.
///
/// # Errors
/// [`DbError::ChangedMigration`] when an applied migration differs from this Atelier's;
/// [`DbError::NotAllowed`] for a role without the rights; why the server cannot be used.
pub fn setup(db: &Database) -> Result<SetupReport, StoreError> {
    let address = db.url().shown().to_owned();
    let mut report = SetupReport::default();
    db.run_unchecked(|client| {
        for role in [ADVISOR_ROLE, COORDINATOR_ROLE] {
            let exists = client
                .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&role])?
                .is_some();
            if !exists {
                // Roles belong to the whole server: another setup may make it at the same time.
                client.batch_execute(&format!(
                    "DO $$ BEGIN CREATE ROLE {role} NOLOGIN;
                     EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
                ))?;
                report.roles_made.push(role.to_owned());
            }
        }
        let member = client
            .query_opt(
                "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                 JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = $1 AND r.rolname = $2",
                &[&ADVISOR_ROLE, &COORDINATOR_ROLE],
            )?
            .is_some();
        if !member {
            client.batch_execute(&format!(
                "DO $$ BEGIN GRANT {ADVISOR_ROLE} TO {COORDINATOR_ROLE};
                 EXCEPTION WHEN unique_violation OR internal_error THEN NULL; END $$"
            ))?;
        }
        Ok(())
    })?;
    let changed = db.run_unchecked(|client| {
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SETUP_LOCK])?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS atelier_schema (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum bigint NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                applied_by name NOT NULL DEFAULT session_user
            )",
        )?;
        let applied: Vec<(i32, i64)> = tx
            .query("SELECT version, checksum FROM atelier_schema", &[])?
            .iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect::<Result<_, postgres::Error>>()?;
        for (version, name, sql) in MIGRATIONS {
            match applied.iter().find(|(v, _)| v == version) {
                Some((_, sum)) if *sum == checksum(sql) => continue,
                Some(_) => return Ok(Some(*version)),
                None => {}
            }
            tx.batch_execute(sql)?;
            tx.execute(
                "INSERT INTO atelier_schema (version, name, checksum) VALUES ($1, $2, $3)",
                &[version, name, &checksum(sql)],
            )?;
            report.applied.push(*version);
        }
        tx.commit()?;
        Ok(None)
    })?;
    if let Some(version) = changed {
        return Err(StoreError::Database(DbError::ChangedMigration {
            address,
            version,
        }));
    }
    Ok(report)
}

/// Makes `name` a login role of the service (an advisor, or a coordinator with
/// `coordinator`), with `password`; an existing role gets the group and the password.
/// Run by whoever administers the server.
///
/// # Errors
/// A name that is not a plain role name (letters, digits, `_`); why the server refused.
pub fn add_person(
    db: &Database,
    name: &str,
    password: &str,
    coordinator: bool,
) -> Result<(), StoreError> {
    let plain = !name.is_empty()
        && name.len() <= 63
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    if !plain {
        return Err(StoreError::Database(DbError::BadAddress(format!(
            "{name:?} is not a role name (lower-case letters, digits and _)"
        ))));
    }
    let group = if coordinator {
        COORDINATOR_ROLE
    } else {
        ADVISOR_ROLE
    };
    db.run_unchecked(|client| {
        let exists = client
            .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&name])?
            .is_some();
        // The password as a literal the server quotes itself (no statement parameter here).
        let quoted: String = client
            .query_one("SELECT quote_literal($1)", &[&password])?
            .try_get(0)?;
        let verb = if exists { "ALTER" } else { "CREATE" };
        client.batch_execute(&format!("{verb} ROLE {name} LOGIN PASSWORD {quoted}"))?;
        client.batch_execute(&format!("GRANT {group} TO {name}"))?;
        Ok(())
    })
}
