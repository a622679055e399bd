//! The app's settings, remembered between runs in the platform's configuration folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

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
        }
    }
}

impl Settings {
    /// The chosen language.
    pub fn locale(&self) -> Locale {
        Locale::from_code(&self.language).unwrap_or_default()
    }

    /// Reads the settings; a missing or unreadable file gives the defaults (and the reason).
    pub fn load(path: &Path) -> (Self, Option<String>) {
        match std::fs::read_to_string(path) {
            Ok(text) => match ron::from_str(&text) {
                Ok(settings) => (settings, None),
                Err(error) => (
                    Self::default(),
                    Some(format!("{}:{}", path.display(), error)),
                ),
            },
            Err(_) => (Self::default(), None),
        }
    }

    /// Writes the settings atomically.
    ///
    /// # Errors
    /// Why it could not be written.
    pub fn save(&self, path: &Path) -> Result<(), sessions::StoreError> {
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()).unwrap_or_default();
        sessions::write_file_atomic(path, text.as_bytes())
    }

    /// Where the settings live by default.
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("fr", "Atelier", "Atelier")
            .map(|dirs| dirs.config_dir().join("settings.ron"))
    }
}
