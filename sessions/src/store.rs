//! The data folder: journeys, session records, drafts.
//!
//! Layout: `journeys/<id>.ron`, `sessions/<year>/<id>.ron`, `drafts/<id>.ron`, `plugins/`,
//! `activities/`. Every write is atomic and durable (see [`crate::fsio`]). Loading collects
//! one error per bad file and goes on, so one corrupt file never hides the others.

use std::collections::HashSet;
use std::fs;
use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};

use crate::draft::Draft;
use crate::error::{FileError, ReadOnlyWhy, StoreError};
use crate::format::{self, Versioned};
use crate::fsio::{self, Faults};
use crate::id::{DraftId, Id, IdKind, ParticipantId, SessionId};
use crate::journey::{ActivityData, Journey, SessionLink};
use crate::lock::{self, AppLock, WriteLock};
use crate::record::{ParticipantOutcome, SessionRecord};

/// Folder of journey files.
pub const JOURNEYS_DIR: &str = "journeys";
/// Folder of session records, one sub-folder per year.
pub const SESSIONS_DIR: &str = "sessions";
/// Folder of drafts.
pub const DRAFTS_DIR: &str = "drafts";
/// Folder of plugin libraries.
pub const PLUGINS_DIR: &str = "plugins";
/// Folder of activities described in text files.
pub const ACTIVITIES_DIR: &str = "activities";

/// What a file held when it was read, to detect a change on disk before overwriting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Revision(u64);

impl Revision {
    pub(crate) fn of(bytes: &[u8]) -> Self {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self(hasher.finish())
    }
}

/// A value read from a file, with the file's [`Revision`].
#[derive(Debug, Clone)]
pub struct Stored<T> {
    /// The value.
    pub value: T,
    /// The file's content when it was read.
    pub revision: Revision,
}

/// What a load found: the good items and one error per bad file.
#[derive(Debug)]
pub struct Loaded<T> {
    /// What could be read.
    pub items: Vec<T>,
    /// One error per file that could not be read.
    pub errors: Vec<StoreError>,
}

impl<T> Default for Loaded<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            errors: Vec::new(),
        }
    }
}

/// What the home screen needs: every journey, the most recent records, the drafts.
#[derive(Debug, Default)]
pub struct HomeData {
    /// Every journey, sorted by display name.
    pub journeys: Vec<Stored<Journey>>,
    /// The most recent records, newest first.
    pub recent_records: Vec<SessionRecord>,
    /// Sessions in progress, newest first.
    pub drafts: Vec<Draft>,
    /// How many records there are in all.
    pub record_count: usize,
    /// One error per file that could not be read.
    pub errors: Vec<StoreError>,
    /// Sessions saved while the database could not be reached, waiting on this computer to
    /// be sent (see [`Store::send_pending`]).
    pub pending: Vec<SessionRecord>,
    /// The database could not be reached: the people shown are those this computer kept
    /// when it last read them, at this time (first names, statuses and consents only; no
    /// journey is on the computer).
    pub roster_of: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// On a database, its change counter when Home was read (see
    /// [`crate::db::Database::changes`]): a window reads Home again when it has moved on.
    pub version: Option<i64>,
}

/// Where a session's save wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveReport {
    /// The record file.
    pub record: PathBuf,
    /// The journey files updated.
    pub journeys: Vec<PathBuf>,
    /// The database could not be reached: the record is kept on this computer (in `record`)
    /// and sent when it can be ([`Store::send_pending`]); no journey was changed yet.
    pub pending: bool,
}

/// A data folder.
///
/// Every write takes the folder's write lock (see [`crate::lock`]), so programs sharing the
/// folder never interleave a journey's compare and write. A store opened read-only refuses
/// every write with [`StoreError::ReadOnly`].
#[derive(Debug)]
pub struct Store {
    root: PathBuf,
    faults: Faults,
    /// The folder key, when the folder is encrypted (see [`crate::vault`]).
    sealing: Option<std::sync::Arc<fsio::Sealing>>,
    read_only: Option<ReadOnlyWhy>,
    lock_wait: std::time::Duration,
    /// The service's database, when the journeys and records are there (see [`crate::db`]):
    /// the folder then keeps this computer's drafts, the sessions waiting to be sent, the
    /// plugins and activity files.
    database: Option<std::sync::Arc<crate::db::Database>>,
}

/// Folder of the sessions saved while the database could not be reached, to be sent.
pub const OUTBOX_DIR: &str = "outbox";

/// Proof that the data folder's write lock is held: the store's writes take one. On a
/// database, every write is also in one transaction holding the service's write lock, made
/// durable by [`Writing::commit`] (dropped without it, nothing of it is kept).
pub(crate) struct Writing<'a> {
    store: &'a Store,
    _lock: WriteLock,
    transaction: Option<crate::db::Transaction<'a>>,
}

impl Store {
    /// Opens an existing data folder.
    ///
    /// # Errors
    /// [`StoreError::MissingDataDir`] if `root` is not a folder.
    pub fn open(root: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let root = root.into();
        if !root.is_dir() {
            return Err(StoreError::MissingDataDir(root));
        }
        if root.join(crate::vault::KEYRING_FILE).exists() {
            return Err(StoreError::Locked(root));
        }
        Ok(Self::at(root, None))
    }

    fn at(root: PathBuf, sealing: Option<fsio::Sealing>) -> Self {
        Self {
            root,
            faults: Faults::default(),
            sealing: sealing.map(std::sync::Arc::new),
            read_only: None,
            lock_wait: lock::WRITE_LOCK_WAIT,
            database: None,
        }
    }

    /// Opens the service's database at `url`, with `local` as this computer's folder (drafts,
    /// sessions waiting to be sent, plugins, activity files; made when missing).
    ///
    /// A database that cannot be reached now (a laptop in a room without network) is opened
    /// all the same: what needs it says so until it answers.
    ///
    /// # Errors
    /// Why the database cannot be used ([`StoreError::Database`]: login refused, schema not
    /// set up, TLS), or the folder made.
    pub fn connect(
        url: crate::db::DatabaseUrl,
        local: impl Into<PathBuf>,
    ) -> Result<Self, StoreError> {
        let store = Self::connect_later(url, local)?;
        if let Some(database) = &store.database {
            match database.check_schema() {
                // A laptop without network opens all the same: Home shows the people it kept,
                // sessions are kept here and sent later (see `home` and `send_pending`).
                Err(StoreError::Database(error)) if error.is_offline() => {}
                checked => checked?,
            }
        }
        Ok(store)
    }

    /// [`Self::connect`] without going to the network now: the first reading connects (and
    /// checks the schema), on whichever thread makes it. For the window, whose first frame
    /// never waits for the network.
    ///
    /// # Errors
    /// The folder cannot be made; TLS's authority file cannot be read.
    pub fn connect_later(
        url: crate::db::DatabaseUrl,
        local: impl Into<PathBuf>,
    ) -> Result<Self, StoreError> {
        let local = local.into();
        fsio::create_private_dir(&local)?;
        // Drafts and sessions waiting to be sent are health data too: this account's only.
        if fsio::open_to_others(&local) {
            fsio::close_to_others(&local)?;
        }
        for sub in [DRAFTS_DIR, OUTBOX_DIR] {
            fsio::create_private_dir(&local.join(sub))?;
        }
        if local.join(crate::vault::KEYRING_FILE).exists() {
            return Err(StoreError::Locked(local));
        }
        let database = crate::db::Database::new(url).map_err(StoreError::Database)?;
        let mut store = Self::at(local, None);
        store.database = Some(std::sync::Arc::new(database));
        Ok(store)
    }

    /// The service's database, when the store is one.
    pub fn database(&self) -> Option<&crate::db::Database> {
        self.database.as_deref()
    }

    /// The document a path names, when the store is a database and the path one of its.
    pub(crate) fn doc_of(&self, path: &Path) -> Option<(&crate::db::Database, crate::db::Doc)> {
        let db = self.database.as_deref()?;
        db.doc_of(path).map(|doc| (db, doc))
    }

    /// Claims the folder for this Atelier window, for as long as the returned lock lives.
    ///
    /// # Errors
    /// [`StoreError::InUse`] when another Atelier window has it: open it read-only then
    /// ([`Self::set_read_only`]) and say so; I/O errors.
    pub fn claim(&self) -> Result<AppLock, StoreError> {
        lock::app_lock(&self.root)
    }

    /// Makes every later write fail with [`StoreError::ReadOnly`] (or allows writes again).
    pub fn set_read_only(&mut self, read_only: Option<ReadOnlyWhy>) {
        self.read_only = read_only;
    }

    /// Whether writes are refused.
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Why writes are refused, if they are.
    pub fn read_only(&self) -> Option<ReadOnlyWhy> {
        self.read_only
    }

    /// How long a write waits for another program's write before [`StoreError::Busy`].
    pub fn set_lock_wait(&mut self, wait: std::time::Duration) {
        self.lock_wait = wait;
    }

    /// Takes the write lock, for a write or a series of writes that must not interleave with
    /// another program's.
    pub(crate) fn writing(&self) -> Result<Writing<'_>, StoreError> {
        if let Some(why) = self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.root.clone(),
                why,
            });
        }
        self.still_there()?;
        let lock = lock::write_lock(&self.root, self.lock_wait)?;
        let transaction = match &self.database {
            Some(db) => Some(db.begin()?),
            None => None,
        };
        Ok(Writing {
            store: self,
            _lock: lock,
            transaction,
        })
    }

    /// The folder's write lock only, for what stays on this computer when the store is a
    /// database (drafts, sessions waiting to be sent): written without the network.
    pub(crate) fn writing_local(&self) -> Result<Writing<'_>, StoreError> {
        if let Some(why) = self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.root.clone(),
                why,
            });
        }
        self.still_there()?;
        Ok(Writing {
            store: self,
            _lock: lock::write_lock(&self.root, self.lock_wait)?,
            transaction: None,
        })
    }

    /// The write lock if no other program holds it now (for writes that can wait for another
    /// time, such as a summary rebuilt while reading).
    pub(crate) fn writing_now(&self) -> Option<Writing<'_>> {
        if self.read_only.is_some() {
            return None;
        }
        lock::write_lock(&self.root, std::time::Duration::ZERO)
            .ok()
            .map(|lock| Writing {
                store: self,
                _lock: lock,
                transaction: None,
            })
    }

    /// Creates the data folder and its sub-folders if needed, then opens it. The folder is its
    /// owner's only (see [`crate::fsio`]'s rules for a folder shared with a group).
    ///
    /// # Errors
    /// [`StoreError::Io`] if a folder cannot be created.
    pub fn create(root: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let root = root.into();
        fsio::create_private_dir(&root)?;
        // An existing folder made into a data folder is shut to other accounts too.
        if fsio::open_to_others(&root) {
            fsio::close_to_others(&root)?;
        }
        for sub in [
            JOURNEYS_DIR,
            SESSIONS_DIR,
            DRAFTS_DIR,
            PLUGINS_DIR,
            ACTIVITIES_DIR,
        ] {
            fsio::create_private_dir(&root.join(sub))?;
        }
        Self::open(root)
    }

    /// Creates an encrypted data folder (see [`crate::vault`]) that `advisor`'s `passphrase`
    /// opens, with its recovery key, to print once. The folder must not hold data yet.
    ///
    /// # Errors
    /// A folder that holds data or is encrypted already; a short passphrase; I/O errors.
    pub fn create_encrypted(
        root: impl Into<PathBuf>,
        advisor: &str,
        passphrase: &str,
        cost: crate::vault::KdfCost,
    ) -> Result<(Self, crate::vault::RecoveryKey), StoreError> {
        let root = root.into();
        let keys = root.join(crate::vault::KEYRING_FILE);
        let clear = Self::create(&root)?;
        let holds_data = [JOURNEYS_DIR, SESSIONS_DIR, DRAFTS_DIR].iter().any(|sub| {
            fs::read_dir(root.join(sub)).is_ok_and(|mut entries| entries.next().is_some())
        });
        if holds_data {
            return Err(StoreError::AlreadyExists(root.join(JOURNEYS_DIR)));
        }
        let vault = |error| StoreError::Vault {
            path: keys.clone(),
            error,
        };
        let (mut keyring, key) =
            crate::vault::Keyring::create(advisor, passphrase, cost).map_err(vault)?;
        let recovery = keyring.add_recovery(&key).map_err(vault)?;
        Self::write_keyring(&clear, &keyring)?;
        let store = Self::at(root.clone(), Some(fsio::Sealing { key, root }));
        Ok((store, recovery))
    }

    /// Opens an encrypted data folder with an advisor's passphrase.
    ///
    /// # Errors
    /// [`StoreError::Vault`] naming the keyring when the passphrase does not open it; a
    /// missing or unreadable keyring.
    pub fn unlock(root: impl Into<PathBuf>, passphrase: &str) -> Result<Self, StoreError> {
        let root = root.into();
        let keys = root.join(crate::vault::KEYRING_FILE);
        let key = Self::keyring(&root)?
            .unlock(passphrase)
            .map_err(|error| StoreError::Vault { path: keys, error })?;
        Ok(Self::at(root.clone(), Some(fsio::Sealing { key, root })))
    }

    /// Opens an encrypted data folder with its recovery key, as printed.
    ///
    /// # Errors
    /// As [`Self::unlock`].
    pub fn unlock_with_recovery(
        root: impl Into<PathBuf>,
        recovery: &str,
    ) -> Result<Self, StoreError> {
        let root = root.into();
        let keys = root.join(crate::vault::KEYRING_FILE);
        let key = Self::keyring(&root)?
            .unlock_with_recovery(recovery)
            .map_err(|error| StoreError::Vault { path: keys, error })?;
        Ok(Self::at(root.clone(), Some(fsio::Sealing { key, root })))
    }

    /// An encrypted folder's keyring (clear text: it holds no secret).
    ///
    /// # Errors
    /// A missing or unreadable keyring, naming it.
    pub fn keyring(root: &Path) -> Result<crate::vault::Keyring, StoreError> {
        read_file(&root.join(crate::vault::KEYRING_FILE))
    }

    /// Writes an encrypted folder's keyring (an advisor added or removed), under the folder's
    /// write lock.
    ///
    /// # Errors
    /// [`StoreError::Busy`], [`StoreError::ReadOnly`], I/O errors.
    pub fn write_keyring(&self, keyring: &crate::vault::Keyring) -> Result<(), StoreError> {
        let path = self.root.join(crate::vault::KEYRING_FILE);
        let text = format::to_text(keyring).map_err(|error| FileError {
            path: path.clone(),
            error,
        })?;
        let writing = self.writing()?;
        writing.store.guard(&path)?;
        fsio::write_atomic(&path, text.as_bytes(), &self.faults)
    }

    /// Lets `advisor` open this encrypted folder with `passphrase` (the folder is unlocked:
    /// its key wraps itself for them). The files are not rewritten.
    ///
    /// # Errors
    /// The folder is not encrypted; a name taken or a short passphrase, naming the keyring;
    /// [`StoreError::Busy`], [`StoreError::ReadOnly`], I/O errors.
    pub fn add_advisor(
        &self,
        advisor: &str,
        passphrase: &str,
        cost: crate::vault::KdfCost,
    ) -> Result<(), StoreError> {
        let Some(sealing) = self.sealing() else {
            return Err(StoreError::Locked(self.root.clone()));
        };
        let mut keyring = Self::keyring(&self.root)?;
        keyring
            .add_advisor(&sealing.key, advisor, passphrase, cost)
            .map_err(|error| StoreError::Vault {
                path: self.root.join(crate::vault::KEYRING_FILE),
                error,
            })?;
        self.write_keyring(&keyring)
    }

    /// Takes `advisor`'s way into this encrypted folder away (see
    /// [`crate::vault::Keyring::remove_advisor`]).
    ///
    /// # Errors
    /// No such advisor, or the last one, naming the keyring; I/O errors.
    pub fn remove_advisor(&self, advisor: &str) -> Result<(), StoreError> {
        let mut keyring = Self::keyring(&self.root)?;
        keyring
            .remove_advisor(advisor)
            .map_err(|error| StoreError::Vault {
                path: self.root.join(crate::vault::KEYRING_FILE),
                error,
            })?;
        self.write_keyring(&keyring)
    }

    /// The advisors whose passphrase opens this folder (none when it is not encrypted).
    pub fn advisors(&self) -> Vec<String> {
        if self.sealing.is_none() {
            return Vec::new();
        }
        Self::keyring(&self.root)
            .map(|k| k.advisors().map(str::to_owned).collect())
            .unwrap_or_default()
    }

    /// Whether the folder is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.sealing.is_some()
    }

    /// The same folder, opened the same way (its key shared, when encrypted), for another
    /// thread: drafts written in the background, Home read at start.
    pub fn twin(&self) -> Self {
        Self {
            root: self.root.clone(),
            faults: Faults::default(),
            sealing: self.sealing.clone(),
            read_only: self.read_only,
            lock_wait: self.lock_wait,
            database: self
                .database
                .as_ref()
                .map(|db| std::sync::Arc::new(db.twin())),
        }
    }

    /// Reads a text file of the folder, decrypted when the folder is encrypted (or a document
    /// of the database).
    pub(crate) fn read_text(&self, path: &Path, max: u64) -> Result<String, StoreError> {
        if let Some((db, doc)) = self.doc_of(path) {
            return db.get(&doc, max)?.ok_or_else(|| {
                StoreError::io(path, std::io::Error::from(std::io::ErrorKind::NotFound))
            });
        }
        fsio::read_text_in(path, max, self.sealing.as_deref())
    }

    /// Whether a file of the folder (or a document of the database) exists.
    pub(crate) fn exists(&self, path: &Path) -> Result<bool, StoreError> {
        match self.doc_of(path) {
            Some((db, doc)) => db.has(&doc),
            None => Ok(path.exists()),
        }
    }

    /// The folder key, when the folder is encrypted (for readers on other threads).
    pub(crate) fn sealing(&self) -> Option<&fsio::Sealing> {
        self.sealing.as_deref()
    }

    /// The clear bytes of a file of the folder, `None` when it does not exist.
    fn read_plain(&self, path: &Path, max: u64) -> Result<Option<Vec<u8>>, StoreError> {
        match self.read_text(path, max) {
            Ok(text) => Ok(Some(text.into_bytes())),
            Err(StoreError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    /// The data folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Makes the write step number `step` (counted from now) fail as a crash would: what was
    /// written stays, nothing after it happens. For crash tests; see [`Self::steps_taken`].
    pub fn inject_crash_at_step(&self, step: usize) {
        self.faults.crash_at(step);
    }

    /// Makes the disk full from write step `step` on (counted from now): every write from
    /// then fails as on a full disk ("no space left on device"), leaving no temp file, until
    /// [`Self::free_disk`]. For the full-disk tests.
    pub fn inject_full_disk_at_step(&self, step: usize) {
        self.faults.full_from(step);
    }

    /// Frees the disk filled by [`Self::inject_full_disk_at_step`].
    pub fn free_disk(&self) {
        self.faults.full_from(usize::MAX);
    }

    /// How many write steps were taken since the last [`Self::inject_crash_at_step`].
    pub fn steps_taken(&self) -> usize {
        self.faults.steps()
    }

    /// Path of a participant's journey file.
    pub fn journey_path(&self, id: &ParticipantId) -> PathBuf {
        if let Some(db) = &self.database {
            return db.doc_path(&crate::db::Doc::Journey(id.as_str().to_owned()));
        }
        self.root
            .join(JOURNEYS_DIR)
            .join(format!("{}.ron", id.as_str()))
    }

    /// Path of a session record file.
    pub fn record_path(&self, id: &SessionId) -> PathBuf {
        if let Some(db) = &self.database {
            return db.doc_path(&crate::db::Doc::Record(id.as_str().to_owned()));
        }
        let year = id
            .year()
            .map_or_else(|| String::from("0000"), |y| format!("{y:04}"));
        self.root
            .join(SESSIONS_DIR)
            .join(year)
            .join(format!("{}.ron", id.as_str()))
    }

    /// Path of a draft file.
    pub fn draft_path(&self, id: &DraftId) -> PathBuf {
        self.root
            .join(DRAFTS_DIR)
            .join(format!("{}.ron", id.as_str()))
    }

    /// Refuses `path` when it, or a folder between the data folder and it, is a symbolic
    /// link: Atelier never reads or writes through one (what it points to may be outside the
    /// folder, where erase and the folder's permissions do not reach).
    ///
    /// # Errors
    /// [`StoreError::Symlink`] naming the link.
    pub(crate) fn guard(&self, path: &Path) -> Result<(), StoreError> {
        if self.doc_of(path).is_some() {
            return Ok(());
        }
        for part in path.ancestors() {
            if part == self.root || !part.starts_with(&self.root) {
                break;
            }
            if fsio::is_symlink(part) {
                return Err(StoreError::Symlink(part.to_owned()));
            }
        }
        Ok(())
    }

    /// Whether the data folder is still where it was opened: a folder that is gone (a USB key
    /// pulled out, a network drive lost) is never made again by a write, which would put the
    /// files where the drive is mounted, hidden once it is back.
    ///
    /// # Errors
    /// [`StoreError::Io`] (not found) naming the folder.
    fn still_there(&self) -> Result<(), StoreError> {
        if self.root.is_dir() {
            Ok(())
        } else {
            Err(StoreError::io(
                &self.root,
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ))
        }
    }

    // ---- Reading --------------------------------------------------------------------------

    /// Reads and parses one file, checking that the id inside matches the file name.
    fn read<T: Versioned, K: IdKind>(
        &self,
        path: &Path,
        id_of: impl Fn(&T) -> &Id<K>,
    ) -> Result<Stored<T>, StoreError> {
        let text = self.read_text(path, T::MAX_BYTES)?;
        let value = Self::parse_checked(path, &text, &id_of)?;
        Ok(Stored {
            value,
            revision: Revision::of(text.as_bytes()),
        })
    }

    /// Parses the text of the file at `path`, which must name the file's own id.
    pub(crate) fn parse_checked<T: Versioned, K: IdKind>(
        path: &Path,
        text: &str,
        id_of: impl Fn(&T) -> &Id<K>,
    ) -> Result<T, StoreError> {
        let value: T = format::parse(text).map_err(|error| FileError {
            path: path.to_owned(),
            error,
        })?;
        let stem = path.file_stem().map(|s| s.to_string_lossy());
        if stem.as_deref() != Some(id_of(&value).as_str()) {
            let line = line_of(text, id_of(&value).as_str());
            return Err(FileError {
                path: path.to_owned(),
                error: format::FormatError::Syntax {
                    line,
                    col: 1,
                    kind: format::SyntaxKind::IdMismatch(id_of(&value).to_string()),
                },
            }
            .into());
        }
        Ok(value)
    }

    /// Lists the `.ron` files of a folder whose names are valid ids of kind `K`, sorted by id;
    /// other files are reported (leftover temp files are skipped: `check` reports them).
    pub(crate) fn list<K: IdKind>(
        dir: &Path,
        errors: &mut Vec<StoreError>,
    ) -> Vec<(Id<K>, PathBuf)> {
        if fsio::is_symlink(dir) {
            errors.push(StoreError::Symlink(dir.to_owned()));
            return Vec::new();
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
            Err(e) => {
                errors.push(StoreError::io(dir, e));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    errors.push(StoreError::io(dir, e));
                    continue;
                }
            };
            let name = entry.file_name().to_string_lossy().into_owned();
            // The file type comes with the folder listing on most systems: no extra stat. A
            // link is not followed: it is reported.
            let kind = entry.file_type().ok();
            let path = entry.path();
            if kind.is_some_and(|t| t.is_symlink()) {
                errors.push(StoreError::Symlink(path));
                continue;
            }
            if fsio::is_temp_file(&name) || kind.is_some_and(|t| t.is_dir()) {
                continue;
            }
            let Some(stem) = name.strip_suffix(".ron") else {
                continue;
            };
            match Id::<K>::parse(stem) {
                Ok(id) => out.push((id, path)),
                Err(error) => errors.push(StoreError::BadId { path, error }),
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// Reads every journey, sorted by id, on all cores; bad files are reported in
    /// [`Loaded::errors`].
    pub fn load_journeys(&self) -> Loaded<Stored<Journey>> {
        if let Some(db) = &self.database {
            return Self::load_journeys_from(db);
        }
        let mut loaded = Loaded::default();
        let paths =
            Self::list::<crate::id::Participant>(&self.root.join(JOURNEYS_DIR), &mut loaded.errors);
        let read = |(_, path): &(Id<crate::id::Participant>, PathBuf)| {
            self.read::<Journey, _>(path, |j| &j.id)
        };
        for result in on_all_cores(&paths, read) {
            match result {
                Ok(journey) => loaded.items.push(journey),
                Err(error) => loaded.errors.push(error),
            }
        }
        loaded
    }

    /// Every journey of the database, sorted by id, parsed on all cores.
    fn load_journeys_from(db: &crate::db::Database) -> Loaded<Stored<Journey>> {
        let mut loaded = Loaded::default();
        let texts = match db.journey_texts() {
            Ok(texts) => texts,
            Err(error) => {
                loaded.errors.push(error);
                return loaded;
            }
        };
        let parse = |(id, text): &crate::db::JourneyText| {
            let path = db.doc_path(&crate::db::Doc::Journey(id.clone()));
            match text {
                Ok(text) => {
                    Self::parse_checked(&path, text, |j: &Journey| &j.id).map(|value| Stored {
                        value,
                        revision: Revision::of(text.as_bytes()),
                    })
                }
                Err(size) => Err(FileError {
                    path,
                    error: format::FormatError::TooLarge {
                        size: *size,
                        max: Journey::MAX_BYTES,
                    },
                }
                .into()),
            }
        };
        for result in on_all_cores(&texts, parse) {
            match result {
                Ok(journey) => loaded.items.push(journey),
                Err(error) => loaded.errors.push(error),
            }
        }
        loaded
    }

    /// Reads one participant's journey (on a database, the audit log says who read it).
    ///
    /// # Errors
    /// [`StoreError::UnknownParticipant`] if there is no such file, or why it cannot be read.
    pub fn load_journey(&self, id: &ParticipantId) -> Result<Stored<Journey>, StoreError> {
        let journey = self.read_journey(id)?;
        if let Some(db) = &self.database {
            db.audit("read", Some(id.as_str()), "")?;
        }
        Ok(journey)
    }

    /// Reads one participant's journey, for a change of it (not a reading by someone).
    pub(crate) fn read_journey(&self, id: &ParticipantId) -> Result<Stored<Journey>, StoreError> {
        let path = self.journey_path(id);
        self.guard(&path)?;
        if !self.exists(&path)? {
            return Err(StoreError::UnknownParticipant(id.clone()));
        }
        self.read(&path, |j: &Journey| &j.id)
    }

    /// Lists every session record file, newest first, without reading them.
    pub fn list_records(&self) -> Loaded<(SessionId, PathBuf)> {
        let mut loaded = Loaded::default();
        if let Some(db) = &self.database {
            match db.record_ids() {
                Ok(ids) => {
                    for id in ids {
                        let path = db.doc_path(&crate::db::Doc::Record(id.clone()));
                        match SessionId::parse(&id) {
                            Ok(id) => loaded.items.push((id, path)),
                            Err(error) => loaded.errors.push(StoreError::BadId { path, error }),
                        }
                    }
                }
                Err(error) => loaded.errors.push(error),
            }
            return loaded;
        }
        let sessions = self.root.join(SESSIONS_DIR);
        if fsio::is_symlink(&sessions) {
            loaded.errors.push(StoreError::Symlink(sessions));
            return loaded;
        }
        let years = match fs::read_dir(&sessions) {
            Ok(years) => years,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return loaded,
            Err(e) => {
                loaded.errors.push(StoreError::io(&sessions, e));
                return loaded;
            }
        };
        for year in years.flatten() {
            let kind = year.file_type().ok();
            if kind.is_some_and(|t| t.is_symlink()) {
                loaded.errors.push(StoreError::Symlink(year.path()));
            } else if kind.is_some_and(|t| t.is_dir()) {
                loaded.items.extend(Self::list::<crate::id::Session>(
                    &year.path(),
                    &mut loaded.errors,
                ));
            }
        }
        loaded.items.sort_by(|a, b| b.0.cmp(&a.0));
        loaded
    }

    /// Reads one record, found by id (its year folder comes from the id).
    ///
    /// # Errors
    /// Why the record cannot be read (missing file: [`StoreError::Io`]).
    pub fn load_record(&self, id: &SessionId) -> Result<SessionRecord, StoreError> {
        let path = self.record_path(id);
        self.guard(&path)?;
        self.read(&path, |r: &SessionRecord| &r.id).map(|s| s.value)
    }

    /// Reads a record from its path (as listed by [`Self::list_records`]).
    ///
    /// # Errors
    /// Why the record cannot be read.
    pub fn load_record_at(&self, path: &Path) -> Result<SessionRecord, StoreError> {
        self.read(path, |r: &SessionRecord| &r.id).map(|s| s.value)
    }

    /// Reads every draft, newest first.
    pub fn load_drafts(&self) -> Loaded<Draft> {
        let mut loaded = Loaded::default();
        for (_, path) in
            Self::list::<crate::id::Draft>(&self.root.join(DRAFTS_DIR), &mut loaded.errors)
        {
            match self.read::<Draft, _>(&path, |d| &d.id) {
                Ok(draft) => loaded.items.push(draft.value),
                Err(error) => loaded.errors.push(error),
            }
        }
        loaded.items.sort_by_key(|d| std::cmp::Reverse(d.saved_at));
        loaded
    }

    /// Reads what the home screen shows: every journey, the `recent` newest records, the drafts.
    /// Older records are listed (counted) but not read.
    pub fn home(&self, recent: usize) -> HomeData {
        // Before reading: a change made while reading is seen as one to read again.
        let version = self.database.as_ref().and_then(|db| db.changes().ok());
        // Listing the records (many small files) overlaps with parsing the journeys.
        let (journeys, records) = std::thread::scope(|scope| {
            let records = scope.spawn(|| self.list_records());
            let journeys = self.load_journeys();
            let records = records
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (journeys, records)
        });
        let drafts = self.load_drafts();
        let mut errors = journeys.errors;
        errors.extend(records.errors);
        errors.extend(drafts.errors);
        let mut recent_records = Vec::with_capacity(recent);
        for (_, path) in records.items.iter().take(recent) {
            match self.load_record_at(path) {
                Ok(record) => recent_records.push(record),
                Err(error) => errors.push(error),
            }
        }
        let mut journeys = journeys.items;
        journeys.sort_by_cached_key(|j| sort_key(&j.value.display_name));
        let mut home = HomeData {
            journeys,
            recent_records,
            drafts: drafts.items,
            record_count: records.items.len(),
            errors,
            pending: Vec::new(),
            roster_of: None,
            version,
        };
        if self.database.is_some() {
            self.home_of_database(&mut home);
        }
        home
    }

    /// What Home adds on a database: the sessions waiting to be sent, and the people kept on
    /// this computer (read when the database answers, used when it does not).
    fn home_of_database(&self, home: &mut HomeData) {
        let pending = self.pending_sessions();
        home.pending = pending.items;
        home.errors.extend(pending.errors);
        let path = self.root.join(crate::db::roster::ROSTER_FILE);
        // One reading failing for want of the database is said once, not once a reading.
        let mut said = false;
        home.errors.retain(|e| {
            let database = matches!(e, StoreError::Database(_));
            let keep = !database || !said;
            said |= database;
            keep
        });
        let offline = home
            .errors
            .iter()
            .any(|e| matches!(e, StoreError::Database(error) if error.is_offline()));
        if !offline {
            let roster = crate::db::roster::Roster::of(
                home.journeys.iter().map(|j| &j.value),
                chrono::Local::now().fixed_offset(),
            );
            // Best effort: Home is right either way; only a later offline Home misses it.
            if let Ok(writing) = self.writing_local() {
                let _kept = writing.write(&path, &roster);
            }
            return;
        }
        if let Ok(text) = self.read_text(&path, crate::db::roster::Roster::MAX_BYTES)
            && let Ok(roster) = format::parse::<crate::db::roster::Roster>(&text)
        {
            let mut journeys: Vec<Stored<Journey>> = roster
                .journeys()
                .into_iter()
                .map(|value| Stored {
                    value,
                    // Never a database's revision: a change of it is a conflict, not saved.
                    revision: Revision::of(b"roster"),
                })
                .collect();
            journeys.sort_by_cached_key(|j| sort_key(&j.value.display_name));
            home.journeys = journeys;
            home.roster_of = Some(roster.read_at);
            // The line under the top bar says the database does not answer.
            home.errors
                .retain(|e| !matches!(e, StoreError::Database(error) if error.is_offline()));
        }
    }

    // ---- Writing --------------------------------------------------------------------------

    /// Writes a journey, unless the file changed since it was read.
    ///
    /// `base` is the revision the journey was read at, or `None` for a new journey (which must
    /// not exist yet). Returns the new revision. The comparison and the write are one step for
    /// every program that writes the folder (they hold its write lock).
    ///
    /// # Errors
    /// [`StoreError::Conflict`] if the file on disk is not the one read (changed, deleted,
    /// or created meanwhile); [`StoreError::Busy`], [`StoreError::ReadOnly`]; I/O errors.
    pub fn save_journey(
        &self,
        journey: &Journey,
        base: Option<Revision>,
    ) -> Result<Revision, StoreError> {
        let writing = self.writing()?;
        let revision = writing.save_journey(journey, base)?;
        writing.commit()?;
        Ok(revision)
    }

    /// Saves a finished session: the record first, then a link (and the activity's data) in
    /// each participant's journey.
    ///
    /// The order makes every interruption visible and completable: a journey never links to a
    /// record that is not on disk, and a record whose participants lack the link is what
    /// `check` reports and `check --repair` (or saving again) completes. Saving the same record
    /// again is harmless. The whole save holds the folder's write lock, so another program's
    /// change to one of the journeys is never overwritten.
    ///
    /// # Errors
    /// An unknown or unreadable participant (nothing is written then), an existing different
    /// record with the same id, a conflict on a journey, [`StoreError::Busy`], I/O errors.
    pub fn save_session(&self, record: &SessionRecord) -> Result<SaveReport, StoreError> {
        match self.save_session_now(record) {
            // No network: kept on this computer, sent when it is back.
            Err(StoreError::Database(error)) if error.is_offline() => {
                let path = self
                    .root
                    .join(OUTBOX_DIR)
                    .join(format!("{}.ron", record.id));
                let writing = self.writing_local()?;
                fsio::create_private_dir(&self.root.join(OUTBOX_DIR))?;
                writing.write(&path, record)?;
                Ok(SaveReport {
                    record: path,
                    journeys: Vec::new(),
                    pending: true,
                })
            }
            saved => saved,
        }
    }

    /// [`Self::save_session`], in one transaction on a database.
    fn save_session_now(&self, record: &SessionRecord) -> Result<SaveReport, StoreError> {
        let writing = self.writing()?;
        let report = writing.save_session(record)?;
        writing.commit()?;
        Ok(report)
    }

    /// The sessions saved while the database could not be reached, oldest first.
    pub fn pending_sessions(&self) -> Loaded<SessionRecord> {
        let mut loaded = Loaded::default();
        for (_, path) in
            Self::list::<crate::id::Session>(&self.root.join(OUTBOX_DIR), &mut loaded.errors)
        {
            match self.read::<SessionRecord, _>(&path, |r| &r.id) {
                Ok(record) => loaded.items.push(record.value),
                Err(error) => loaded.errors.push(error),
            }
        }
        loaded
    }

    /// Sends the sessions saved while the database could not be reached, each in its own
    /// transaction (a journey changed meanwhile is read again: its links are added to what
    /// it is now); one sent is removed from this computer. Stops at the first that cannot
    /// reach the database. Returns what happened to each one tried.
    pub fn send_pending(&self) -> Vec<(SessionId, Result<SaveReport, StoreError>)> {
        let mut sent = Vec::new();
        if self.database.is_none() || self.read_only.is_some() {
            return sent;
        }
        for record in self.pending_sessions().items {
            let result = self.save_session_now(&record).and_then(|report| {
                let path = self
                    .root
                    .join(OUTBOX_DIR)
                    .join(format!("{}.ron", record.id));
                self.writing_local()?.remove(&path)?;
                Ok(report)
            });
            let offline = matches!(&result, Err(StoreError::Database(error)) if error.is_offline());
            sent.push((record.id, result));
            if offline {
                break;
            }
        }
        sent
    }

    /// Writes a draft (replacing the previous version of the same draft).
    ///
    /// # Errors
    /// [`StoreError::Busy`], [`StoreError::ReadOnly`], I/O errors.
    pub fn save_draft(&self, draft: &Draft) -> Result<PathBuf, StoreError> {
        self.writing_local()?.save_draft(draft)
    }

    /// Reads one draft.
    ///
    /// # Errors
    /// Why it cannot be read.
    pub fn load_draft(&self, id: &DraftId) -> Result<Draft, StoreError> {
        let path = self.draft_path(id);
        self.guard(&path)?;
        self.read(&path, |d: &Draft| &d.id).map(|s| s.value)
    }

    /// Discards a draft (after its session was saved, or when the facilitator throws it away).
    ///
    /// # Errors
    /// [`StoreError::Busy`], [`StoreError::ReadOnly`], I/O errors; a missing draft is not one.
    pub fn discard_draft(&self, id: &DraftId) -> Result<(), StoreError> {
        self.writing_local()?.remove(&self.draft_path(id))
    }
}

impl Writing<'_> {
    /// The store being written.
    pub(crate) fn store(&self) -> &Store {
        self.store
    }

    /// Makes what was written durable: on a database, commits the transaction (nothing of it
    /// is kept when this fails); in a folder every write already is.
    pub(crate) fn commit(self) -> Result<(), StoreError> {
        match self.transaction {
            Some(transaction) => transaction.commit(),
            None => Ok(()),
        }
    }

    /// Writes `bytes` to `path` atomically.
    pub(crate) fn write_bytes(&self, path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
        if let Some((db, doc)) = self.store.doc_of(path) {
            let text = std::str::from_utf8(bytes).map_err(|_not_text| FileError {
                path: path.to_owned(),
                error: format::FormatError::Write(String::from("not UTF-8")),
            })?;
            return db.put(&doc, text);
        }
        self.store.guard(path)?;
        self.store.still_there()?;
        match self.store.sealing() {
            // An encrypted folder never holds a clear file of Atelier's.
            Some(sealing) => {
                fsio::write_atomic(path, &sealing.seal(path, bytes)?, &self.store.faults)
            }
            None => fsio::write_atomic(path, bytes, &self.store.faults),
        }
    }

    pub(crate) fn write<T: Versioned>(
        &self,
        path: &Path,
        value: &T,
    ) -> Result<Revision, StoreError> {
        let text = format::to_text(value).map_err(|error| FileError {
            path: path.to_owned(),
            error,
        })?;
        self.write_bytes(path, text.as_bytes())?;
        Ok(Revision::of(text.as_bytes()))
    }

    /// See [`Store::save_journey`].
    pub(crate) fn save_journey(
        &self,
        journey: &Journey,
        base: Option<Revision>,
    ) -> Result<Revision, StoreError> {
        let path = self.store.journey_path(&journey.id);
        self.store.guard(&path)?;
        let current = self
            .store
            .read_plain(&path, Journey::MAX_BYTES)?
            .map(|bytes| Revision::of(&bytes));
        if current != base {
            return Err(match (current, base) {
                (Some(_), None) => StoreError::AlreadyExists(path),
                _ => StoreError::Conflict(path),
            });
        }
        self.write(&path, journey)
    }

    /// See [`Store::save_session`].
    fn save_session(&self, record: &SessionRecord) -> Result<SaveReport, StoreError> {
        let store = self.store;
        let record_path = store.record_path(&record.id);
        let mut seen = HashSet::new();
        let mut journeys = Vec::with_capacity(record.participants.len());
        for outcome in &record.participants {
            if seen.insert(outcome.id.clone()) {
                journeys.push((outcome, store.read_journey(&outcome.id)?));
            }
        }
        let text = format::to_text(record).map_err(|error| FileError {
            path: record_path.clone(),
            error,
        })?;
        store.guard(&record_path)?;
        let write = match store.read_plain(&record_path, SessionRecord::MAX_BYTES)? {
            Some(existing) if existing == text.as_bytes() => false,
            // The same session saved again, after a save that failed halfway (a full disk):
            // what was reviewed last replaces it, so a retry never makes a second record.
            Some(existing) if same_session(&existing, record) => true,
            Some(_) => return Err(StoreError::AlreadyExists(record_path)),
            None => true,
        };
        if write {
            self.write_bytes(&record_path, text.as_bytes())?;
            // The year's summary, before the journeys: a save cut short after the record
            // is completed by `check --repair`, which also rebuilds a stale index.
            self.update_index(&record.id, Some(record))?;
        }
        let mut report = SaveReport {
            record: record_path,
            journeys: Vec::new(),
            pending: false,
        };
        for (outcome, mut journey) in journeys {
            if apply_outcome(&mut journey.value, record, outcome) {
                self.save_journey(&journey.value, Some(journey.revision))?;
            }
            report.journeys.push(store.journey_path(&outcome.id));
        }
        Ok(report)
    }

    /// Rewrites a record where it is (used by erase, which also reaches a record in the
    /// wrong folder or under another name), and its year's index.
    pub(crate) fn rewrite_record_at(
        &self,
        path: &Path,
        record: &SessionRecord,
    ) -> Result<(), StoreError> {
        self.write(path, record)?;
        self.update_index(&record.id, Some(record))
    }

    /// Writes `value` at `path` (used by erase on a draft where it is).
    pub(crate) fn write_at<T: Versioned>(&self, path: &Path, value: &T) -> Result<(), StoreError> {
        self.write(path, value).map(|_revision| ())
    }

    /// Removes a record (used by erase), and its line of the year's index.
    pub(crate) fn remove_record(&self, id: &SessionId, path: &Path) -> Result<(), StoreError> {
        self.remove(path)?;
        self.update_index(id, None)
    }

    /// Removes a file durably.
    pub(crate) fn remove(&self, path: &Path) -> Result<(), StoreError> {
        if let Some((db, doc)) = self.store.doc_of(path) {
            return db.delete(&doc);
        }
        self.store.guard(path)?;
        fsio::remove_durably(path, &self.store.faults)
    }

    /// See [`Store::save_draft`].
    pub(crate) fn save_draft(&self, draft: &Draft) -> Result<PathBuf, StoreError> {
        let path = self.store.draft_path(&draft.id);
        self.write(&path, draft)?;
        Ok(path)
    }
}

/// `work` done on each of `items`, on every core (in order).
pub(crate) fn on_all_cores<I: Sync, T: Send>(items: &[I], work: impl Fn(&I) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = items.len().div_ceil(threads).max(1);
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(work).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Reads a versioned file outside a data folder (the app's settings), with the bounds of its
/// kind.
///
/// # Errors
/// Why it cannot be read, naming the file (and the line for a bad file).
pub fn read_file<T: Versioned>(path: &Path) -> Result<T, StoreError> {
    let text = fsio::read_text(path, T::MAX_BYTES)?;
    format::parse(&text).map_err(|error| {
        FileError {
            path: path.to_owned(),
            error,
        }
        .into()
    })
}

/// Whether the record file's bytes `existing` are an earlier save of `record`'s session: the
/// same id (the caller's), activity, mode, start and people. A save that failed halfway and
/// is tried again is; another session that happens to have the id is not.
fn same_session(existing: &[u8], record: &SessionRecord) -> bool {
    let Some(earlier) = std::str::from_utf8(existing)
        .ok()
        .and_then(|text| format::parse::<SessionRecord>(text).ok())
    else {
        return false;
    };
    let people = |r: &SessionRecord| {
        let mut ids: Vec<_> = r.participants.iter().map(|p| p.id.clone()).collect();
        ids.sort();
        ids
    };
    earlier.id == record.id
        && earlier.activity.id == record.activity.id
        && earlier.mode == record.mode
        && earlier.start == record.start
        && people(&earlier) == people(record)
}

/// Adds `record`'s link and activity data to `journey`, or brings them up to date when the
/// session was saved before (a save tried again after it failed halfway).
/// Returns whether the journey changed.
pub(crate) fn apply_outcome(
    journey: &mut Journey,
    record: &SessionRecord,
    outcome: &ParticipantOutcome,
) -> bool {
    let link = SessionLink {
        session: record.id.clone(),
        date: record.start,
        activity: record.activity.id.clone(),
        mode: record.mode,
        takeaway: outcome.takeaway.clone(),
        progress: outcome.progress.clone(),
        takeaway_in: outcome.takeaway_in.clone(),
    };
    let mut changed = false;
    match journey.timeline.iter_mut().find(|l| l.session == record.id) {
        Some(existing) if *existing == link => {}
        Some(existing) => {
            *existing = link;
            changed = true;
        }
        None => {
            journey.timeline.push(link);
            journey.timeline.sort_by_key(|link| link.date);
            changed = true;
        }
    }
    // What to look at again, once (a retry or a repair finds it there already).
    for follow_up in &outcome.follow_ups {
        let known = journey
            .follow_ups
            .iter()
            .any(|f| f.session.as_ref() == Some(&record.id) && f.text == follow_up.text);
        if !known {
            journey.follow_ups.push(crate::journey::FollowUpItem {
                text: follow_up.text.clone(),
                due: follow_up.due,
                session: Some(record.id.clone()),
                activity: record.activity.id.clone(),
                done: None,
            });
            changed = true;
        }
    }
    if let Some(review) = &outcome.stage_review {
        changed |= apply_stage_review(journey, record, review);
    }
    if let Some(ron) = &outcome.activity_data {
        let kept = journey.activity_data.get(&record.activity.id);
        let newer = kept.is_none_or(|existing| {
            existing.updated <= record.end || existing.session.as_ref() == Some(&record.id)
        });
        let data = ActivityData {
            ron: ron.clone(),
            updated: record.end,
            session: Some(record.id.clone()),
        };
        if newer && kept != Some(&data) {
            journey
                .activity_data
                .insert(record.activity.id.clone(), data);
            changed = true;
        }
    }
    changed
}

/// Writes a stage review held in `record` as the review of its stage — the one at its place
/// if it still has that title, else the last one of that title not reviewed — and, when the
/// support continues, adds the next stage agreed, with the reviewed stage's rhythm. Once: a
/// stage reviewed in this session means it is done. A stage already reviewed otherwise keeps
/// its review (the record keeps this one). Returns whether the journey changed.
fn apply_stage_review(
    journey: &mut Journey,
    record: &SessionRecord,
    review: &crate::record::StageReviewOutcome,
) -> bool {
    let held_here = |stage: &crate::journey::Stage| {
        stage
            .review
            .as_ref()
            .is_some_and(|r| r.session.as_ref() == Some(&record.id))
    };
    if journey.stages.iter().any(held_here) {
        return false;
    }
    let open =
        |stage: &crate::journey::Stage| stage.review.is_none() && stage.title == review.title;
    let Some(index) = journey
        .stages
        .get(review.stage)
        .filter(|stage| open(stage))
        .map(|_| review.stage)
        .or_else(|| journey.stages.iter().rposition(open))
    else {
        return false;
    };
    let date = record.start.date_naive();
    let Some(stage) = journey.stages.get_mut(index) else {
        return false;
    };
    stage.review = Some(crate::journey::StageReview {
        date,
        decision: review.decision.clone(),
        note: review.note.trim().to_owned(),
        session: Some(record.id.clone()),
    });
    let rhythm = stage.rhythm;
    if let Some(next) = review.next.as_ref().filter(|n| !n.title.trim().is_empty()) {
        journey.stages.push(crate::journey::Stage {
            title: next.title.trim().to_owned(),
            objectives: Vec::new(),
            actions: next.actions.clone(),
            rhythm,
            start: date,
            planned_end: next.planned_end.filter(|end| *end >= date),
            review: None,
        });
    }
    true
}

/// A key that sorts names the way a French reader expects: case and accents ignored
/// (Élodie between David and Farid).
pub fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' | 'ì' => 'i',
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ÿ' | 'ý' => 'y',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// The 1-based line of the first occurrence of `needle` in `text`, or 1.
pub(crate) fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map_or(1, |at| text[..at].matches('\n').count() + 1)
}
