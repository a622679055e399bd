//! Errors of the store, each naming the file it concerns.

use std::path::{Path, PathBuf};

use crate::format::FormatError;
use crate::id::{IdError, ParticipantId};

/// A file that could not be read or written, with where and why.
#[derive(Debug, thiserror::Error)]
#[error("{}{}", .path.display(), location(.error))]
pub struct FileError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong in it.
    pub error: FormatError,
}

fn location(error: &FormatError) -> String {
    match error {
        FormatError::Syntax { .. } => format!(":{error}"),
        _ => match error.position() {
            Some((line, col)) => format!(":{line}:{col}: {error}"),
            None => format!(": {error}"),
        },
    }
}

/// Why a data folder is open read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReadOnlyWhy {
    /// Another Atelier window has it open for writing.
    #[error("another Atelier has it open")]
    InUse,
    /// The system does not let this account write it (a read-only disk or share, or rights).
    #[error("it may not be written")]
    NotWritable,
}

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data folder does not exist.
    #[error("the data folder {} does not exist", .0.display())]
    MissingDataDir(PathBuf),
    /// A file could not be read, listed, written, renamed or removed.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file's content is wrong; see [`FileError`].
    #[error(transparent)]
    File(#[from] FileError),
    /// The file changed on disk since it was read (another window, or a colleague): not overwritten.
    #[error("{} changed on disk since it was opened; it was not overwritten", .0.display())]
    Conflict(PathBuf),
    /// A file that should be new already exists with other content.
    #[error("{} already exists", .0.display())]
    AlreadyExists(PathBuf),
    /// No journey for this participant.
    #[error("no journey for participant {0}")]
    UnknownParticipant(ParticipantId),
    /// A fidelity item number that is not in the grid.
    #[error("{0} is not an item of the fidelity scale")]
    NoSuchFidelityItem(String),
    /// A file name or an id is not a valid id.
    #[error("{}: {error}", .path.display())]
    BadId {
        /// The file whose name or content holds the id.
        path: PathBuf,
        /// Why the id is refused.
        error: IdError,
    },
    /// Another program kept the data folder's write lock longer than Atelier waits: nothing
    /// was written, and trying again later is safe.
    #[error("another program is writing the data folder (lock {} held for {waited:?}); nothing was written", .path.display())]
    Busy {
        /// The lock file.
        path: PathBuf,
        /// How long this write waited.
        waited: std::time::Duration,
    },
    /// Another Atelier window has this data folder open for writing.
    #[error("another Atelier has the data folder {} open", .0.display())]
    InUse(PathBuf),
    /// The data folder was opened read-only: nothing is written.
    #[error("the data folder {} is open read-only ({why}); nothing was written", .path.display())]
    ReadOnly {
        /// The data folder.
        path: PathBuf,
        /// Why.
        why: ReadOnlyWhy,
    },
    /// A symbolic link inside the data folder: Atelier neither reads nor writes through one
    /// (what it points to could be outside the folder, where erase and permissions cannot
    /// reach).
    #[error("{} is a symbolic link; Atelier does not read or write through links", .0.display())]
    Symlink(PathBuf),
    /// The data folder is encrypted and was opened without its key.
    #[error("the data folder {} is encrypted: unlock it first", .0.display())]
    Locked(PathBuf),
    /// An encrypted file that cannot be opened (changed, cut, from elsewhere), or an
    /// encrypted folder's keys that do not open it.
    #[error("{}: {error}", .path.display())]
    Vault {
        /// The file.
        path: PathBuf,
        /// Why.
        error: crate::vault::VaultError,
    },
    /// The service's database could not be used (see [`crate::db::DbError`]).
    #[error(transparent)]
    Database(crate::db::DbError),
    /// A simulated crash, injected by a test; see [`crate::Store::inject_crash_at_step`].
    #[error("simulated crash (fault injection)")]
    InjectedCrash,
}

impl StoreError {
    /// Builds an [`StoreError::Io`] for `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_owned(),
            source,
        }
    }

    /// The file the error is about, when there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::MissingDataDir(path)
            | Self::Io { path, .. }
            | Self::Conflict(path)
            | Self::AlreadyExists(path)
            | Self::Busy { path, .. }
            | Self::InUse(path)
            | Self::ReadOnly { path, .. }
            | Self::Symlink(path)
            | Self::Locked(path)
            | Self::Vault { path, .. }
            | Self::BadId { path, .. }
            | Self::File(FileError { path, .. }) => Some(path),
            Self::UnknownParticipant(_)
            | Self::NoSuchFidelityItem(_)
            | Self::Database(_)
            | Self::InjectedCrash => None,
        }
    }
}
