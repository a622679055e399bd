//! Turning an existing clear data folder into an encrypted one, and back (`atelier encrypt`,
//! `atelier decrypt`). Both can be run again after an interruption and finish what was left:
//! each file is rewritten atomically, and a file already in the wanted state is left as it is.
//!
//! Encrypting writes the keyring first (the recovery key is handed back before, to be shown),
//! then seals every data file; decrypting opens every file, then removes the keyring last.
//! The activities and plugins the folder holds stay in clear (no personal data; the loader
//! reads them as they are). The app's lock is taken, so no Atelier window has the folder open.

use std::path::{Path, PathBuf};

use crate::error::StoreError;
use crate::fsio::{self, Faults, Sealing};
use crate::store::{DRAFTS_DIR, JOURNEYS_DIR, SESSIONS_DIR, Store};
use crate::vault::{self, KdfCost, Keyring, RecoveryKey};

/// What a migration did.
#[derive(Debug)]
pub struct Migrated {
    /// Files rewritten now.
    pub rewritten: usize,
    /// Files that already were as wanted (a migration run again).
    pub already: usize,
    /// The recovery key, when the keyring was made now (to show once).
    pub recovery: Option<RecoveryKey>,
}

/// The largest data file a migration reads (the largest kind's bound).
const MAX_FILE: u64 = 64 << 20;

/// Every data file of the folder at `root`, sorted: journeys (and the report's cache), records
/// and the years' summaries, drafts, the service's files. Not the activities, plugins, locks,
/// keyring or leftover temp files.
///
/// # Errors
/// A folder that cannot be listed, or a symbolic link, named.
pub fn data_files(root: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = [
        JOURNEYS_DIR,
        SESSIONS_DIR,
        DRAFTS_DIR,
        crate::service::SERVICE_DIR,
    ]
    .iter()
    .map(|sub| root.join(sub))
    .filter(|dir| dir.is_dir())
    .collect();
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| StoreError::io(&dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(&dir, e))?;
            let path = entry.path();
            let kind = entry.file_type().map_err(|e| StoreError::io(&path, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if kind.is_symlink() {
                return Err(StoreError::Symlink(path));
            }
            if kind.is_dir() {
                stack.push(path);
            } else if !fsio::is_temp_file(&name) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn read_raw(path: &Path) -> Result<Vec<u8>, StoreError> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(|e| StoreError::io(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StoreError::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(StoreError::Vault {
            path: path.to_owned(),
            error: vault::VaultError::TooLarge {
                len: bytes.len(),
                max: MAX_FILE as usize,
            },
        });
    }
    Ok(bytes)
}

/// Encrypts the clear data folder at `root` (or finishes an encryption that was cut short):
/// `advisor`'s `passphrase` opens it, and a recovery key is made (handed back once). Run again
/// on a folder being encrypted, it takes the passphrase that opens its keyring.
///
/// # Errors
/// Another Atelier has the folder open; a short or wrong passphrase; a file that cannot be
/// read or written, named.
pub fn encrypt_folder(
    root: &Path,
    advisor: &str,
    passphrase: &str,
    cost: KdfCost,
) -> Result<Migrated, StoreError> {
    let keys = root.join(vault::KEYRING_FILE);
    let vault_error = |error| StoreError::Vault {
        path: keys.clone(),
        error,
    };
    let clear = Store::open(root).or_else(|error| match error {
        // A folder being encrypted already: its keyring says so.
        StoreError::Locked(_) => Ok(Store::unlock(root, passphrase)?),
        error => Err(error),
    })?;
    let _app = clear.claim()?;
    let (key, recovery) = if keys.exists() {
        (
            Store::keyring(root)?
                .unlock(passphrase)
                .map_err(vault_error)?,
            None,
        )
    } else {
        let (mut keyring, key) = Keyring::create(advisor, passphrase, cost).map_err(vault_error)?;
        let recovery = keyring.add_recovery(&key).map_err(vault_error)?;
        clear.write_keyring(&keyring)?;
        (key, Some(recovery))
    };
    let sealing = Sealing {
        key,
        root: root.to_path_buf(),
    };
    let faults = Faults::default();
    let _writing = clear.writing()?;
    let (mut rewritten, mut already) = (0, 0);
    for path in data_files(root)? {
        let bytes = read_raw(&path)?;
        if vault::is_sealed(&bytes) {
            already += 1;
            continue;
        }
        fsio::write_atomic(&path, &sealing.seal(&path, &bytes)?, &faults)?;
        rewritten += 1;
    }
    Ok(Migrated {
        rewritten,
        already,
        recovery,
    })
}

/// Decrypts the encrypted data folder at `root` with a `passphrase` (or finishes a decryption
/// that was cut short): every file in clear, then the keyring removed.
///
/// # Errors
/// Another Atelier has the folder open; a wrong passphrase; a file that does not open (changed,
/// from elsewhere), named — the keyring is then kept, and nothing is lost.
pub fn decrypt_folder(root: &Path, passphrase: &str) -> Result<Migrated, StoreError> {
    let store = Store::unlock(root, passphrase)?;
    let _app = store.claim()?;
    let Some(sealing) = store.sealing() else {
        return Err(StoreError::Locked(root.to_path_buf()));
    };
    let faults = Faults::default();
    let writing = store.writing()?;
    let (mut rewritten, mut already) = (0, 0);
    for path in data_files(root)? {
        let bytes = read_raw(&path)?;
        if !vault::is_sealed(&bytes) {
            already += 1;
            continue;
        }
        let plain = sealing.open(&path, &bytes, MAX_FILE)?;
        fsio::write_atomic(&path, &plain, &faults)?;
        rewritten += 1;
    }
    drop(writing);
    fsio::remove_durably(&root.join(vault::KEYRING_FILE), &faults)?;
    Ok(Migrated {
        rewritten,
        already,
        recovery: None,
    })
}
