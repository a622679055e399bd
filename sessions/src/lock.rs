//! Locks that let several programs share one data folder without losing a change.
//!
//! - The **write lock** (`.atelier-write.lock` in the data folder) is held around every
//!   compare-and-write: the revision check of a journey and its replacement are one step for
//!   every process that writes the folder (the app, each command, a second app). It is held for
//!   milliseconds; a program that waits longer than [`WRITE_LOCK_WAIT`] gets
//!   [`StoreError::Busy`] and nothing is written.
//! - The **app lock** (`.atelier-app.lock`) is held by the one Atelier window that has the
//!   folder open for writing; a second window sees [`StoreError::InUse`] and opens read-only.
//!
//! Both are advisory operating-system locks on a file (`flock` on Unix, `LockFileEx` on
//! Windows): they are released when the holder stops, even by a crash or `kill -9`, so a stale
//! lock never needs cleaning. The lock files themselves stay (empty) and are never read.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::StoreError;

/// The file locked around every write of the data folder.
pub const WRITE_LOCK_FILE: &str = ".atelier-write.lock";

/// The file locked by the Atelier window that has the data folder open for writing.
pub const APP_LOCK_FILE: &str = ".atelier-app.lock";

/// How long a write waits for another program's write to finish before giving up.
pub const WRITE_LOCK_WAIT: Duration = Duration::from_secs(10);

/// Held while writing the data folder; released when dropped.
#[derive(Debug)]
pub(crate) struct WriteLock {
    _file: File,
    /// The waiting file, to see on release whether others wait.
    queue: Option<File>,
}

/// Held by the one Atelier window that writes a data folder; released when dropped (or when
/// the program stops, however it stops).
#[derive(Debug)]
pub struct AppLock {
    _file: File,
    path: PathBuf,
}

impl AppLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    crate::fsio::create_new_private(path, false).map_err(|e| StoreError::io(path, e))
}

/// The file that writers waiting for the write lock hold (shared) while they wait, so that
/// a writer who just wrote sees that others wait and lets them go first.
pub const WAIT_LOCK_FILE: &str = ".atelier-wait.lock";

/// How often a waiting writer tries the lock.
const POLL: Duration = Duration::from_millis(1);

/// How long a writer who just released the lock while others waited stays away from it: long
/// enough for a waiting writer (trying every [`POLL`]) to take it.
const HOLD_OFF: Duration = Duration::from_millis(15);

/// Until when this process stays away from the write lock (milliseconds since `EPOCH`), set
/// when it released the lock while others waited.
static HOLD_OFF_UNTIL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn epoch() -> Instant {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

fn millis_since_epoch() -> u64 {
    u64::try_from(epoch().elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// Whether some writer holds the waiting file, that is waits for the write lock now.
fn others_wait(queue: &File) -> bool {
    match queue.try_lock() {
        Ok(()) => {
            let _released = queue.unlock();
            false
        }
        Err(_) => true,
    }
}

/// Takes the write lock of the data folder `root`, waiting up to `wait` for another writer.
///
/// Fair between programs: a writer that has to wait says so (it holds [`WAIT_LOCK_FILE`]
/// shared), and a writer that releases the lock while someone waits stays away from it for
/// [`HOLD_OFF`], so a program that saves without a pause cannot keep the others out.
pub(crate) fn write_lock(root: &Path, wait: Duration) -> Result<WriteLock, StoreError> {
    let path = root.join(WRITE_LOCK_FILE);
    let file = open_lock_file(&path)?;
    let queue_path = root.join(WAIT_LOCK_FILE);
    let queue = open_lock_file(&queue_path)?;
    let start = Instant::now();
    let held_off = HOLD_OFF_UNTIL.load(std::sync::atomic::Ordering::SeqCst);
    let now = millis_since_epoch();
    if held_off > now {
        std::thread::sleep(Duration::from_millis(held_off - now).min(wait));
    }
    let mut waiting = false;
    loop {
        match file.try_lock() {
            Ok(()) => {
                return Ok(WriteLock {
                    _file: file,
                    queue: Some(queue),
                });
            }
            Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                if !waiting {
                    // Blocks only while a writer looks whether anyone waits (an instant).
                    queue
                        .lock_shared()
                        .map_err(|e| StoreError::io(&queue_path, e))?;
                    waiting = true;
                }
                std::thread::sleep(POLL);
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Busy {
                    path,
                    waited: start.elapsed(),
                });
            }
            Err(TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
        }
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        if let Some(queue) = self.queue.take() {
            // This writer stopped waiting when it got the lock.
            let _released = queue.unlock();
            if others_wait(&queue) {
                HOLD_OFF_UNTIL.store(
                    millis_since_epoch() + u64::try_from(HOLD_OFF.as_millis()).unwrap_or(0),
                    std::sync::atomic::Ordering::SeqCst,
                );
            }
        }
        // The write lock itself is released when its file closes, right after.
    }
}

/// Takes the app lock of the data folder `root` without waiting.
pub(crate) fn app_lock(root: &Path) -> Result<AppLock, StoreError> {
    let path = root.join(APP_LOCK_FILE);
    let file = open_lock_file(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(AppLock { _file: file, path }),
        Err(TryLockError::WouldBlock) => Err(StoreError::InUse(root.to_owned())),
        Err(TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_lock_excludes_a_second_holder_until_released() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = write_lock(dir.path(), WRITE_LOCK_WAIT).expect("first");
        // Locks on two opens of the file exclude each other, even in one process.
        let error = write_lock(dir.path(), Duration::from_millis(30)).expect_err("held");
        assert!(matches!(error, StoreError::Busy { .. }), "{error:?}");
        assert!(error.to_string().contains(WRITE_LOCK_FILE), "{error}");
        drop(first);
        write_lock(dir.path(), Duration::ZERO).expect("free again");
    }

    #[test]
    fn a_second_app_is_told_the_folder_is_in_use() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = app_lock(dir.path()).expect("first app");
        assert!(matches!(
            app_lock(dir.path()),
            Err(StoreError::InUse(path)) if path == dir.path()
        ));
        drop(first);
        app_lock(dir.path()).expect("free after the first app closed");
    }
}
