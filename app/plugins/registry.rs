//! The activity registry: every activity Atelier can run, keyed by its stable id, with where it
//! came from; and the plugin files that were refused, with why.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use atelier_plugin_api::Descriptor;
use atelier_plugin_api::host::DynActivity;

use super::loader::{self, LoadError};

/// Where an activity comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Compiled into Atelier.
    BuiltIn,
    /// Loaded from this shared library.
    Library(PathBuf),
}

/// An activity ready to run.
pub struct RegisteredActivity {
    /// What it is.
    pub descriptor: Descriptor,
    /// Where it comes from.
    pub source: Source,
    /// The activity itself, behind its panic guard.
    pub activity: Box<dyn DynActivity>,
}

impl std::fmt::Debug for RegisteredActivity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegisteredActivity")
            .field("descriptor", &self.descriptor)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

/// Why an activity or a plugin file was not added.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The library could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The library is in the data folder and nobody approved this exact file yet (see
    /// [`super::trust`]): it was not loaded.
    #[error("not approved (SHA-256 {sha256}{})", if *.changed { ", changed since approved" } else { "" })]
    NotApproved {
        /// Its fingerprint, to approve.
        sha256: String,
        /// A file at this place was approved, but its content changed since.
        changed: bool,
    },
    /// Another activity already has this id; the first one stays.
    #[error("the id {id} is already used by {first:?}")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where the activity that keeps the id comes from.
        first: Source,
    },
}

/// A plugin or activity that was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The file, or `None` for a built-in.
    pub path: Option<PathBuf>,
    /// Why.
    pub refusal: Refusal,
}

/// What a record's activity is, for showing the record.
#[derive(Debug)]
pub enum Lookup<'a> {
    /// Installed.
    Installed(&'a Arc<RegisteredActivity>),
    /// Not installed: the record opens read-only with a placeholder naming it.
    Missing(&'a str),
}

/// Every activity, by id.
#[derive(Debug, Default)]
pub struct ActivityRegistry {
    activities: BTreeMap<String, Arc<RegisteredActivity>>,
    refused: Vec<Refused>,
}

impl ActivityRegistry {
    /// Adds an activity, unless its id is taken (the first one stays).
    ///
    /// # Errors
    /// [`Refusal::DuplicateId`]; the refusal is also listed in [`Self::refused`].
    pub fn add(
        &mut self,
        activity: Box<dyn DynActivity>,
        descriptor: Descriptor,
        source: Source,
    ) -> Result<(), Refusal> {
        if let Some(first) = self.activities.get(&descriptor.id) {
            let refusal = Refusal::DuplicateId {
                id: descriptor.id,
                first: first.source.clone(),
            };
            self.refused.push(Refused {
                path: match source {
                    Source::Library(path) => Some(path),
                    Source::BuiltIn => None,
                },
                refusal: refusal.clone(),
            });
            return Err(refusal);
        }
        self.activities.insert(
            descriptor.id.clone(),
            Arc::new(RegisteredActivity {
                descriptor,
                source,
                activity,
            }),
        );
        Ok(())
    }

    /// Lists a built-in that could not be added.
    pub fn refuse_builtin(&mut self, error: LoadError) {
        self.refused.push(Refused {
            path: None,
            refusal: Refusal::Load(error),
        });
    }

    /// Loads every shared library in `dir` (not recursively). Refusals are listed, not fatal.
    pub fn load_dir(&mut self, dir: &Path) {
        for path in loader::libraries_in(dir) {
            self.load_file(&path);
        }
    }

    /// Loads the libraries of `dir` that a person approved (see [`super::trust`]); the others
    /// are listed as refused with their fingerprint, and not run.
    ///
    /// What is loaded is a private copy of the bytes whose fingerprint was checked, so a file
    /// replaced between the check and the load is never run.
    pub fn load_dir_approved(&mut self, dir: &Path, approvals: &[super::trust::Approval]) {
        use super::trust::{self, Verdict};
        for path in loader::libraries_in(dir) {
            let refuse = |registry: &mut Self, refusal: Refusal| {
                registry.refused.push(Refused {
                    path: Some(path.clone()),
                    refusal,
                });
            };
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(e) => {
                    refuse(self, Refusal::Load(LoadError::NotALibrary(e.to_string())));
                    continue;
                }
            };
            let sha256 = trust::fingerprint_bytes(&bytes);
            let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            match trust::verdict(approvals, &canonical, &sha256) {
                Verdict::Approved => match trust::private_copy(&path, &bytes) {
                    Ok(copy) => {
                        self.load_file_as(&copy.path, &path);
                        copy.loaded();
                    }
                    Err(e) => refuse(self, Refusal::Load(LoadError::NotALibrary(e.to_string()))),
                },
                Verdict::New { sha256 } => refuse(
                    self,
                    Refusal::NotApproved {
                        sha256,
                        changed: false,
                    },
                ),
                Verdict::Changed { sha256 } => refuse(
                    self,
                    Refusal::NotApproved {
                        sha256,
                        changed: true,
                    },
                ),
            }
        }
    }

    /// Loads one plugin library; a refusal is listed in [`Self::refused`].
    pub fn load_file(&mut self, path: &Path) {
        self.load_file_as(path, path);
    }

    /// Loads the library at `actual`, shown everywhere as `shown`.
    fn load_file_as(&mut self, actual: &Path, shown: &Path) {
        let path = shown;
        match loader::load(actual) {
            Ok((activity, descriptor)) => {
                // A duplicate is already listed by `add`.
                let _duplicate = self.add(activity, descriptor, Source::Library(path.to_owned()));
            }
            Err(error) => self.refused.push(Refused {
                path: Some(path.to_owned()),
                refusal: Refusal::Load(error),
            }),
        }
    }

    /// The activity with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<RegisteredActivity>> {
        self.activities.get(id)
    }

    /// The activity's name in the user's language, or "Activité non installée (id)" when it
    /// is not installed.
    pub fn name(&self, id: &str, i18n: &crate::i18n::I18n) -> String {
        self.activities.get(id).map_or_else(
            || i18n.tr_args("activity-not-installed", &[("id", id.into())]),
            |a| a.descriptor.name.get(i18n.locale()).to_owned(),
        )
    }

    /// The data of `activity` without `participant` (see `Activity::forget`); `None` when the
    /// activity is not installed, cannot, or fails.
    pub fn forget(
        &self,
        activity: &str,
        data: &str,
        participant: &sessions::ParticipantId,
    ) -> Option<String> {
        self.activities
            .get(activity)
            .and_then(|a| a.activity.forget(data, participant.as_str()).ok().flatten())
    }

    /// The activity of a record, or the placeholder's name.
    pub fn lookup<'a>(&'a self, id: &'a str) -> Lookup<'a> {
        self.activities
            .get(id)
            .map_or(Lookup::Missing(id), Lookup::Installed)
    }

    /// Every activity, sorted by id.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<RegisteredActivity>> {
        self.activities.values()
    }

    /// Every refusal, in the order they happened.
    pub fn refused(&self) -> &[Refused] {
        &self.refused
    }
}
