//! The app's settings, remembered between runs in the platform's configuration folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sessions::StoreError;

use crate::i18n::Locale;

/// Colours of the projector.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProjectorTheme {
    /// Light text on a dark background (the default: calm in a dim room).
    #[default]
    Dark,
    /// Dark text on a light background.
    Light,
}

/// What the user chose in the settings screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Version of this file's layout.
    pub format_version: u32,
    /// The language, by code (`fr`, `en`).
    pub language: String,
    /// The data folder chosen in the settings, if any.
    pub data_dir: Option<PathBuf>,
    /// The projector's colours.
    pub projector_theme: ProjectorTheme,
    /// Body text size on the projector, in points.
    pub projector_text_size: f32,
    /// The facilitator's name, proposed when a session starts.
    pub facilitator: String,
    /// Plugin libraries of the data folder a person approved (see `plugins::trust`): kept
    /// here, in the user's own settings, never in the shared data folder.
    pub trusted_plugins: Vec<crate::plugins::trust::Approval>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            format_version: 1,
            language: String::from("fr"),
            data_dir: None,
            projector_theme: ProjectorTheme::Dark,
            projector_text_size: 32.0,
            facilitator: String::new(),
            trusted_plugins: Vec::new(),
        }
    }
}

impl ProjectorTheme {
    /// The colours every activity's projector view gets (7:1 contrast for all text).
    pub fn palette(self) -> atelier_plugin_api::ProjectorPalette {
        match self {
            Self::Dark => atelier_plugin_api::ProjectorPalette::DARK,
            Self::Light => atelier_plugin_api::ProjectorPalette::LIGHT,
        }
    }
}

impl sessions::Versioned for Settings {
    const CURRENT_VERSION: u32 = 1;
    const MAX_BYTES: u64 = sessions::bounds::MAX_SETTINGS_BYTES;

    fn format_version(&self) -> u32 {
        self.format_version
    }
}

impl Settings {
    /// The chosen language.
    pub fn locale(&self) -> Locale {
        Locale::from_code(&self.language).unwrap_or_default()
    }

    /// Reads the settings; a missing file gives the defaults, an unreadable one the defaults
    /// and the reason (the file is left as it is until the settings are changed).
    pub fn load(path: &Path) -> (Self, Option<StoreError>) {
        if !path.exists() {
            return (Self::default(), None);
        }
        match sessions::read_file(path) {
            Ok(settings) => (settings, None),
            Err(error) => (Self::default(), Some(error)),
        }
    }

    /// Writes the settings atomically.
    ///
    /// # Errors
    /// Why it could not be written.
    pub fn save(&self, path: &Path) -> Result<(), StoreError> {
        let text = sessions::to_text(self).map_err(|error| sessions::FileError {
            path: path.to_owned(),
            error,
        })?;
        sessions::write_file_atomic(path, text.as_bytes())
    }

    /// Where the settings live by default.
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("fr", "Atelier", "Atelier")
            .map(|dirs| dirs.config_dir().join("settings.ron"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sessions::fuzz::{Rng, mutate};

    #[test]
    fn settings_round_trip_and_mutated_files_give_defaults_and_a_located_reason() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("settings.ron");
        let settings = Settings {
            facilitator: String::from("Inès"),
            projector_theme: ProjectorTheme::Light,
            ..Settings::default()
        };
        settings.save(&path).expect("saved");
        let (loaded, error) = Settings::load(&path);
        assert_eq!(loaded, settings);
        assert!(error.is_none(), "{error:?}");
        let original = std::fs::read(&path).expect("file");
        let mut rng = Rng(sessions::fuzz::env_number("ATELIER_FUZZ_SEED", 0x5E77_1265));
        for case in 0..2_000 {
            let bytes = mutate(&mut rng, &original);
            std::fs::write(&path, &bytes).expect("case");
            let loaded = std::panic::catch_unwind(|| Settings::load(&path));
            let (_, error) = loaded.unwrap_or_else(|_| panic!("case {case} panicked"));
            if let Some(error) = error {
                assert!(
                    error.to_string().starts_with(&path.display().to_string()),
                    "case {case}: {error}"
                );
            }
        }
    }
}

#[cfg(test)]
mod bound_tests {
    #[test]
    fn fields_are_held_to_the_data_folders_bound() {
        assert_eq!(
            atelier_plugin_api::MAX_LINE_CHARS,
            sessions::bounds::MAX_LINE_CHARS,
            "a one-line field can hold no more than a file may"
        );
    }
}
