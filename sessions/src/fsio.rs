//! Durable file operations: atomic writes (temp file, fsync, rename, fsync folder), removal,
//! reading with located UTF-8 errors, and the fault injection the crash tests use.
//!
//! On Unix every folder and file Atelier creates is its owner's only (0700 and 0600): these
//! are health data, and other accounts of the computer must not read them. A folder that its
//! group may write (a team's shared folder, set up so by the service: `chmod 2770`) keeps
//! that: what is created in it is the group's too (0770 and 0660), never other accounts'.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{FileError, StoreError};
use crate::format::FormatError;

/// The suffix of temporary files; a leftover one marks a write that was cut short.
pub const TEMP_SUFFIX: &str = ".tmp";

/// Counts the steps of every write and can stop at one to simulate a crash.
///
/// Each write has two steps: before anything is written (0) and after the temp file is
/// complete but before it replaces the target (1). A removal has one step, before it happens.
///
/// It can also make the disk full from a given step on: each write from then fails with the
/// system's "no space left" error while writing its temp file (which is removed, as a real
/// failed write's is), until the space is freed again.
#[derive(Debug)]
pub(crate) struct Faults {
    step: AtomicUsize,
    crash_at: AtomicUsize,
    full_from: AtomicUsize,
}

impl Default for Faults {
    fn default() -> Self {
        Self {
            step: AtomicUsize::new(0),
            crash_at: AtomicUsize::new(usize::MAX),
            full_from: AtomicUsize::new(usize::MAX),
        }
    }
}

impl Faults {
    pub(crate) fn crash_at(&self, step: usize) {
        self.step.store(0, Ordering::SeqCst);
        self.crash_at.store(step, Ordering::SeqCst);
    }

    pub(crate) fn steps(&self) -> usize {
        self.step.load(Ordering::SeqCst)
    }

    /// The disk is full from step `step` on (counted from now); `usize::MAX` frees it.
    pub(crate) fn full_from(&self, step: usize) {
        self.step.store(0, Ordering::SeqCst);
        self.crash_at.store(usize::MAX, Ordering::SeqCst);
        self.full_from.store(step, Ordering::SeqCst);
    }

    /// Whether the disk is full now (the step just taken is past the point it filled up).
    fn full(&self) -> bool {
        self.step.load(Ordering::SeqCst).saturating_sub(1) >= self.full_from.load(Ordering::SeqCst)
    }

    fn step(&self) -> Result<(), StoreError> {
        let step = self.step.fetch_add(1, Ordering::SeqCst);
        if step >= self.crash_at.load(Ordering::SeqCst) {
            return Err(StoreError::InjectedCrash);
        }
        Ok(())
    }
}

fn temp_path(path: &Path) -> PathBuf {
    use std::sync::atomic::AtomicU64;
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().map_or_else(
        || String::from("file"),
        |n| n.to_string_lossy().into_owned(),
    );
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}.{n}{TEMP_SUFFIX}", std::process::id()))
}

/// Whether what is created in `dir` is shared with its group: the nearest folder that exists
/// (`dir` or a parent) lets its group write, and not every account (`/tmp` lets everyone
/// write: what is made there is nobody's but its owner's). Never on other systems than Unix.
fn shared_with_group(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        dir.ancestors()
            .find_map(|d| fs::metadata(d).ok())
            .is_some_and(|m| m.permissions().mode() & 0o022 == 0o020)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        false
    }
}

/// Whether other accounts than the owner and its group may go into `dir` (never on other
/// systems than Unix, where the folder's access list says who may).
pub(crate) fn open_to_others(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::metadata(dir).is_ok_and(|m| m.permissions().mode() & 0o007 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        false
    }
}

/// Shuts other accounts than the owner and its group out of `dir`.
pub(crate) fn close_to_others(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(dir)
            .map_err(|e| StoreError::io(dir, e))?
            .permissions()
            .mode();
        fs::set_permissions(dir, fs::Permissions::from_mode(mode & 0o7770))
            .map_err(|e| StoreError::io(dir, e))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// The permissions of a new file in `dir`: its owner's only, or its owner's and its group's
/// in a folder shared with a group.
fn file_mode(dir: &Path) -> u32 {
    if shared_with_group(dir) { 0o660 } else { 0o600 }
}

/// Creates `dir` and its missing parents, each its owner's only (0700 on Unix), or its
/// group's too inside a folder shared with a group (0770).
///
/// # Errors
/// I/O errors, naming the folder.
pub fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        use std::os::unix::fs::PermissionsExt as _;
        if dir.is_dir() {
            return Ok(());
        }
        let shared = shared_with_group(dir);
        fs::DirBuilder::new()
            .recursive(true)
            .mode(if shared { 0o770 } else { 0o700 })
            .create(dir)
            .map_err(|e| StoreError::io(dir, e))?;
        if shared {
            // The process's umask would take the group's write away.
            fs::set_permissions(dir, fs::Permissions::from_mode(0o2770))
                .map_err(|e| StoreError::io(dir, e))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))
    }
}

/// Opens a new file at `path` for writing, failing if it exists, with [`file_mode`].
pub(crate) fn create_new_private(path: &Path, create_new: bool) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true);
    if create_new {
        options.create_new(true);
    } else {
        options.create(true).truncate(false);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        use std::os::unix::fs::PermissionsExt as _;
        let mode = file_mode(path.parent().unwrap_or_else(|| Path::new(".")));
        options.mode(mode);
        let file = options.open(path)?;
        if mode & 0o060 != 0 {
            // The process's umask would take the group's write away.
            file.set_permissions(fs::Permissions::from_mode(mode))?;
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

/// Writes `bytes` to `path` so that any reader sees either the old file or the whole new one,
/// even if the process or the machine stops at any point. The new file is created with
/// owner-only permissions (see the module's documentation).
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], faults: &Faults) -> Result<(), StoreError> {
    faults.step()?;
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    create_private_dir(dir)?;
    let temp = temp_path(path);
    let result = (|| {
        // Errors name the file being written, not its temporary twin: that is the one people
        // know.
        let mut file = create_new_private(&temp, true).map_err(|e| StoreError::io(path, e))?;
        if faults.full() {
            return Err(StoreError::io(
                path,
                std::io::Error::from(std::io::ErrorKind::StorageFull),
            ));
        }
        file.write_all(bytes).map_err(|e| StoreError::io(path, e))?;
        file.sync_all().map_err(|e| StoreError::io(path, e))?;
        drop(file);
        faults.step()?;
        fs::rename(&temp, path).map_err(|e| StoreError::io(path, e))?;
        sync_dir(dir)
    })();
    if let Err(error) = &result {
        // A simulated crash leaves the temp file, as a real one would.
        if !matches!(error, StoreError::InjectedCrash) {
            let _ignored = fs::remove_file(&temp);
        }
    }
    result
}

/// Writes `bytes` to `path` atomically and durably (see [`write_atomic`]), for files outside a
/// [`crate::Store`] such as the app's settings.
///
/// # Errors
/// I/O errors, naming the file.
pub fn write_file_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic(path, bytes, &Faults::default())
}

/// Removes `path` durably (the folder is synced). A missing file is not an error.
pub(crate) fn remove_durably(path: &Path, faults: &Faults) -> Result<(), StoreError> {
    faults.step()?;
    match fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::io(path, e)),
    }
    sync_dir(path.parent().unwrap_or_else(|| Path::new(".")))
}

/// Makes a rename or removal in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| StoreError::io(dir, e))
    }
    #[cfg(not(unix))]
    {
        // Windows cannot open a folder as a file; NTFS journals renames.
        let _ = dir;
        Ok(())
    }
}

/// An encrypted folder's key and place: what its files are sealed with, and the folder their
/// paths are bound to (see [`crate::vault`]).
pub(crate) struct Sealing {
    pub(crate) key: crate::vault::FolderKey,
    pub(crate) root: std::path::PathBuf,
}

impl std::fmt::Debug for Sealing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealing")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

impl Sealing {
    /// `path`'s place inside the folder, `/` between parts (what its seal is bound to).
    fn place(&self, path: &Path) -> String {
        let inside = path.strip_prefix(&self.root).unwrap_or(path);
        inside
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// `plain` sealed for `path`.
    pub(crate) fn seal(&self, path: &Path, plain: &[u8]) -> Result<Vec<u8>, StoreError> {
        self.key
            .seal(&self.place(path), plain)
            .map_err(|error| StoreError::Vault {
                path: path.to_owned(),
                error,
            })
    }

    /// The clear bytes of `path`'s `bytes`, a file of at most `max` clear bytes (its sealed
    /// length is checked before any decryption).
    pub(crate) fn open(&self, path: &Path, bytes: &[u8], max: u64) -> Result<Vec<u8>, StoreError> {
        let max = usize::try_from(max)
            .unwrap_or(usize::MAX)
            .saturating_add(SEAL_OVERHEAD);
        self.key
            .open(&self.place(path), bytes, max)
            .map_err(|error| StoreError::Vault {
                path: path.to_owned(),
                error,
            })
    }
}

/// What sealing adds to a file: the header and the tag.
pub(crate) const SEAL_OVERHEAD: usize = crate::vault::MAGIC.len() + 1 + 24 + 16;

/// Reads a text file of at most `max` bytes; a larger one is refused without reading it all,
/// invalid UTF-8 is reported with its line and column.
pub(crate) fn read_text(path: &Path, max: u64) -> Result<String, StoreError> {
    read_text_with_meta(path, max).map(|(text, _)| text)
}

/// [`read_text`] of a data folder's file: decrypted first when the folder is encrypted.
pub(crate) fn read_text_in(
    path: &Path,
    max: u64,
    sealing: Option<&Sealing>,
) -> Result<String, StoreError> {
    read_text_with_meta_in(path, max, sealing).map(|(text, _)| text)
}

/// [`read_text`], with the metadata of the very file read (taken from the open file, so it
/// cannot be another file's that replaced it meanwhile).
pub(crate) fn read_text_with_meta(
    path: &Path,
    max: u64,
) -> Result<(String, fs::Metadata), StoreError> {
    read_text_with_meta_in(path, max, None)
}

/// [`read_text_with_meta`] of a data folder's file: decrypted first when the folder is
/// encrypted (a file there that is not encrypted is refused: nothing is half-migrated
/// silently).
pub(crate) fn read_text_with_meta_in(
    path: &Path,
    max: u64,
    sealing: Option<&Sealing>,
) -> Result<(String, fs::Metadata), StoreError> {
    use std::io::Read as _;
    let file = fs::File::open(path).map_err(|e| StoreError::io(path, e))?;
    let meta = file.metadata().map_err(|e| StoreError::io(path, e))?;
    let mut bytes = Vec::new();
    let overhead = if sealing.is_some() {
        SEAL_OVERHEAD as u64
    } else {
        0
    };
    file.take(max.saturating_add(overhead).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| StoreError::io(path, e))?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > max.saturating_add(overhead) {
        let size = fs::metadata(path).map_or(max + 1, |m| m.len());
        return Err(StoreError::File(FileError {
            path: path.to_owned(),
            error: FormatError::TooLarge { size, max },
        }));
    }
    if let Some(sealing) = sealing {
        bytes = sealing.open(path, &bytes, max)?;
    }
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > max {
        let size = fs::metadata(path).map_or(max + 1, |m| m.len());
        return Err(StoreError::File(FileError {
            path: path.to_owned(),
            error: FormatError::TooLarge { size, max },
        }));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let col = valid.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        StoreError::File(FileError {
            path: path.to_owned(),
            error: FormatError::Syntax {
                line,
                col,
                kind: crate::format::SyntaxKind::NotUtf8,
            },
        })
    })?;
    Ok((text, meta))
}

/// Whether `path` is a symbolic link (not followed).
pub(crate) fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Whether a file name is a leftover temp file of [`write_atomic`].
pub fn is_temp_file(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(TEMP_SUFFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.ron");
        let faults = Faults::default();
        write_atomic(&path, b"one", &faults).expect("first write");
        write_atomic(&path, b"two", &faults).expect("second write");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.ron")]);
    }

    #[test]
    fn crash_after_temp_keeps_old_content_and_leaves_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.ron");
        let faults = Faults::default();
        write_atomic(&path, b"old", &faults).expect("write");
        faults.crash_at(1);
        assert!(matches!(
            write_atomic(&path, b"new", &faults),
            Err(StoreError::InjectedCrash)
        ));
        assert_eq!(fs::read(&path).expect("read"), b"old", "old file intact");
        let temps = fs::read_dir(dir.path())
            .expect("list")
            .filter(|e| is_temp_file(&e.as_ref().expect("entry").file_name().to_string_lossy()))
            .count();
        assert_eq!(temps, 1, "the cut-short write left its temp file");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.ron");
        fs::write(&path, b"(\n  ab\xffc").expect("write");
        let error = read_text(&path, 1 << 20).expect_err("invalid");
        assert!(
            error
                .to_string()
                .ends_with("a.ron:2:5: the file is not valid UTF-8 text"),
            "{error}"
        );
    }
}
