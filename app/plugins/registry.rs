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
    /// An activity file shipped with Atelier (built into it), by file name.
    Shipped(String),
    /// An activity file of the data folder's `activities/`.
    TextFile(PathBuf),
}

impl Source {
    /// Where it comes from, in a few words: "fournie avec Atelier", "fichier fourni avec
    /// Atelier : NAME.ron", or the file's path.
    pub fn describe(&self, i18n: &crate::i18n::I18n) -> String {
        match self {
            Self::BuiltIn => i18n.tr("plugins-builtin"),
            Self::Library(path) | Self::TextFile(path) => path.display().to_string(),
            Self::Shipped(name) => {
                i18n.tr_args("plugins-shipped-file", &[("name", name.as_str().into())])
            }
        }
    }

    /// The file it was read from, if it is one a person can open.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Library(path) | Self::TextFile(path) => Some(path),
            Self::BuiltIn | Self::Shipped(_) => None,
        }
    }
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
        /// Where the id is written, for an activity file.
        at: Option<text_activity::Position>,
    },
    /// An activity file that cannot be used, with where and why.
    #[error("{0}")]
    ActivityFile(text_activity::SpecError),
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
                at: None,
            };
            self.refused.push(Refused {
                path: source.path().map(Path::to_path_buf),
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

    /// Adds the activity files shipped with Atelier.
    pub fn add_shipped(&mut self) {
        for (name, text) in text_activity::SHIPPED {
            let source = Source::Shipped(name.to_owned());
            match text_activity::parse(text) {
                Ok(spec) => self.add_text(spec, source, text),
                // A test keeps this from happening; if it did, it is listed like any refusal.
                Err(error) => self.refused.push(Refused {
                    path: Some(PathBuf::from(name)),
                    refusal: Refusal::ActivityFile(error),
                }),
            }
        }
    }

    /// Adds every activity file (`*.ron`) of `dir`; a file that cannot be used is listed in
    /// [`Self::refused`] with its line, column and why.
    pub fn load_activity_files(&mut self, dir: &Path) {
        for (path, result) in text_activity::read_dir(dir) {
            match result {
                Ok(spec) => {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    self.add_text(spec, Source::TextFile(path), &text);
                }
                Err(error) => self.refused.push(Refused {
                    path: Some(path),
                    refusal: Refusal::ActivityFile(error),
                }),
            }
        }
    }

    /// Adds an activity read from a file whose text is `text` (to say where a taken id is
    /// written).
    fn add_text(&mut self, spec: text_activity::ActivitySpec, source: Source, text: &str) {
        use atelier_plugin_api::host::{DynActivity as _, Guarded};
        let activity = Guarded(text_activity::TextActivity::new(spec));
        match activity.descriptor() {
            Ok(descriptor) => {
                if let Err(Refusal::DuplicateId { .. }) =
                    self.add(Box::new(activity), descriptor, source)
                    && let Some(Refused {
                        refusal: Refusal::DuplicateId { at, .. },
                        ..
                    }) = self.refused.last_mut()
                {
                    *at = Some(text_activity::id_position(text));
                }
            }
            Err(error) => self.refused.push(Refused {
                path: source.path().map(Path::to_path_buf),
                refusal: Refusal::Load(LoadError::Failed(error)),
            }),
        }
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
    /// activity is not installed (and the data is not an activity file's record), cannot, or
    /// fails.
    pub fn forget(
        &self,
        activity: &str,
        data: &str,
        participant: &sessions::ParticipantId,
    ) -> Option<String> {
        match self.activities.get(activity) {
            Some(a) => a.activity.forget(data, participant.as_str()).ok().flatten(),
            // An activity file's record carries the file: it is erased from without it.
            None => text_activity::forget(data, participant.as_str()),
        }
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
