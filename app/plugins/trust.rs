//! Which plugin libraries may run.
//!
//! Loading a shared library runs its code with the advisor's rights. The data folder is often
//! shared (a network drive), so anyone who can write it could drop a library into `plugins/`
//! and have it run at everyone's next start. A library there is therefore loaded only once a
//! person approved that exact file: its SHA-256 fingerprint is kept in the user's own settings
//! (never in the data folder), and a library changed since then is held back again.
//!
//! Not concerned: the built-in activities (part of Atelier), and the folders given on the
//! command line with `--plugin-dir` (the person starting Atelier named them).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::Digest as _;

/// A library a person approved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// The file as it was approved.
    pub file: PathBuf,
    /// Its SHA-256 fingerprint, in lowercase hexadecimal.
    pub sha256: String,
    /// When it was approved (`YYYY-MM-DD`).
    pub approved_on: String,
}

/// Whether a library may be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Approved: this exact file.
    Approved,
    /// Never approved.
    New {
        /// Its fingerprint, to show and approve.
        sha256: String,
    },
    /// A file at this place was approved, but its content changed since.
    Changed {
        /// Its fingerprint now.
        sha256: String,
    },
}

/// The SHA-256 fingerprint of bytes, in lowercase hexadecimal.
pub fn fingerprint_bytes(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A private copy of a library's checked bytes, loaded instead of the shared file.
#[derive(Debug)]
pub struct PrivateCopy {
    /// The copy.
    pub path: PathBuf,
    dir: PathBuf,
}

impl PrivateCopy {
    /// Once loaded: on Unix the copy is removed (the loaded code stays mapped); elsewhere it
    /// stays until the system cleans its temporary folder.
    pub fn loaded(self) {
        if cfg!(unix) {
            let _ignored = std::fs::remove_file(&self.path);
            let _ignored = std::fs::remove_dir(&self.dir);
        }
    }
}

/// Writes `bytes` to a new folder only this user can read, under the library's file name.
///
/// # Errors
/// The temporary folder cannot be written.
pub fn private_copy(original: &Path, bytes: &[u8]) -> std::io::Result<PrivateCopy> {
    use std::io::Write as _;
    let base = std::env::temp_dir();
    let name = original
        .file_name()
        .map_or_else(|| std::ffi::OsString::from("plugin"), ToOwned::to_owned);
    for attempt in 0..100_u32 {
        let dir = base.join(format!(
            "atelier-plugin-{}-{}-{attempt}",
            std::process::id(),
            fingerprint_bytes(original.as_os_str().as_encoded_bytes())
                .get(..12)
                .unwrap_or_default()
        ));
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        match builder.create(&dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
        let path = dir.join(&name);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        return Ok(PrivateCopy { path, dir });
    }
    Err(std::io::Error::other("no free temporary folder name"))
}

/// The SHA-256 fingerprint of a file, in lowercase hexadecimal.
///
/// # Errors
/// The file cannot be read.
pub fn fingerprint(path: &Path) -> std::io::Result<String> {
    Ok(fingerprint_bytes(&std::fs::read(path)?))
}

/// What the approvals say of the library at `path` whose fingerprint is `sha256`.
pub fn verdict(approvals: &[Approval], path: &Path, sha256: &str) -> Verdict {
    if approvals.iter().any(|a| a.sha256 == sha256) {
        Verdict::Approved
    } else if approvals.iter().any(|a| a.file == path) {
        Verdict::Changed {
            sha256: sha256.to_owned(),
        }
    } else {
        Verdict::New {
            sha256: sha256.to_owned(),
        }
    }
}

/// Approves the library at `path` as it is now (replacing an approval of an older version at
/// the same place). Returns its fingerprint.
///
/// # Errors
/// The file cannot be read.
pub fn approve(
    approvals: &mut Vec<Approval>,
    path: &Path,
    today: chrono::NaiveDate,
) -> std::io::Result<String> {
    let sha256 = fingerprint(path)?;
    approve_fingerprint(approvals, path, sha256.clone(), today);
    Ok(sha256)
}

/// Approves the library at `path` with the fingerprint the person was shown (a file changed
/// since then stays held back).
pub fn approve_fingerprint(
    approvals: &mut Vec<Approval>,
    path: &Path,
    sha256: String,
    today: chrono::NaiveDate,
) {
    let file = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    approvals.retain(|a| a.file != file && a.sha256 != sha256);
    approvals.push(Approval {
        file,
        sha256,
        approved_on: today.format("%Y-%m-%d").to_string(),
    });
}

/// A folder plugins load from, and whether its libraries need an approval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginDir {
    /// The folder.
    pub path: PathBuf,
    /// `true` for the data folder's `plugins/`; `false` for `--plugin-dir` folders.
    pub needs_approval: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_is_approved_by_content_and_held_back_once_changed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("libmap.so");
        std::fs::write(&path, b"version one").expect("write");
        let path = std::fs::canonicalize(&path).expect("canonical");
        let mut approvals = Vec::new();
        let first = fingerprint(&path).expect("hash");
        assert_eq!(first.len(), 64);
        assert_eq!(
            verdict(&approvals, &path, &first),
            Verdict::New {
                sha256: first.clone()
            }
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        assert_eq!(
            approve(&mut approvals, &path, today).expect("approve"),
            first
        );
        assert_eq!(verdict(&approvals, &path, &first), Verdict::Approved);

        std::fs::write(&path, b"version two, with something else inside").expect("write");
        let second = fingerprint(&path).expect("hash");
        assert_ne!(first, second);
        assert_eq!(
            verdict(&approvals, &path, &second),
            Verdict::Changed {
                sha256: second.clone()
            }
        );
        approve(&mut approvals, &path, today).expect("approve again");
        assert_eq!(approvals.len(), 1, "the new approval replaces the old one");
        assert_eq!(verdict(&approvals, &path, &second), Verdict::Approved);
        // The known SHA-256 of a known text.
        std::fs::write(&path, b"abc").expect("write");
        assert_eq!(
            fingerprint(&path).expect("hash"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
