//! The app's settings, remembered between runs in the platform's configuration folder, and
//! the settings screen: language, facilitator, projector, the activities and plugin approvals,
//! the data folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sessions::StoreError;

use super::ctx::Ctx;
use super::intent::Intent;
use super::{AtelierApp, Picked, plugins};
use crate::i18n::Locale;

/// Colours of the projector.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProjectorTheme {
    /// Light text on a dark background (the default: calm in a dim room).
    #[default]
    Dark,
    /// Dark text on a light background.
    Light,
    /// White and yellow on black, for a washed-out projector or low vision.
    HighContrast,
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
    /// The service's database (an address without its password), if the service has one: the
    /// data folder then keeps this computer's drafts and sessions waiting to be sent.
    #[serde(default)]
    pub database: Option<String>,
    /// The app window's colours.
    pub app_theme: super::theme::AppTheme,
    /// The projector's colours.
    pub projector_theme: ProjectorTheme,
    /// Body text size on the projector, in points.
    pub projector_text_size: f32,
    /// How much larger than usual everything in the app's window is drawn (1 to 2: text,
    /// controls and spacing alike, as Ctrl + and Ctrl - do; they change it too).
    pub text_scale: f32,
    /// After how many seconds nobody used the window an encrypted folder locks itself (0:
    /// never).
    pub lock_after_seconds: u32,
    /// The facilitator's name, proposed when a session starts (the last one given).
    pub facilitator: String,
    /// Where sessions take place, proposed when a session starts (the last one given).
    pub place: String,
    /// Plugin libraries of the data folder a person approved (see `plugins::trust`): kept
    /// here, in the user's own settings, never in the shared data folder.
    pub trusted_plugins: Vec<crate::plugins::trust::Approval>,
    /// Where the window was and how large, when Atelier last closed.
    pub window: Option<super::window::WindowPlace>,
    /// The address the participants' phones connect to (an IP, with or without `:port`);
    /// empty: this computer's address on the local network. `--phones-address` wins.
    pub phones_address: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            format_version: 1,
            language: String::from("fr"),
            data_dir: None,
            database: None,
            app_theme: super::theme::AppTheme::Light,
            projector_theme: ProjectorTheme::Dark,
            projector_text_size: 32.0,
            text_scale: 1.0,
            lock_after_seconds: super::protect::LOCK_AFTER_SECONDS,
            facilitator: String::new(),
            place: String::new(),
            trusted_plugins: Vec::new(),
            window: None,
            phones_address: String::new(),
        }
    }
}

/// A text scale as the nearest of the settings' steps, in percent.
fn scale_percent(scale: f32) -> u32 {
    let percent = (scale.clamp(1.0, 2.0) * 100.0 / 25.0).round() * 25.0;
    percent as u32
}

/// The window's scale as the settings keep it: between 1 and 2.
pub(crate) fn clamp_scale(scale: f32) -> f32 {
    if scale.is_finite() {
        scale.clamp(1.0, 2.0)
    } else {
        1.0
    }
}

impl ProjectorTheme {
    /// The colours every activity's projector view gets (7:1 contrast for all text).
    pub fn palette(self) -> atelier_plugin_api::ProjectorPalette {
        match self {
            Self::Dark => atelier_plugin_api::ProjectorPalette::DARK,
            Self::Light => atelier_plugin_api::ProjectorPalette::LIGHT,
            Self::HighContrast => atelier_plugin_api::ProjectorPalette::HIGH_CONTRAST,
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

/// The settings screen: the settings as being edited, and a plugin library waiting for the
/// person's confirmation (with the fingerprint they were shown).
#[derive(Debug)]
pub(crate) struct SettingsScreen {
    edited: Settings,
    pending_approval: Option<(PathBuf, String)>,
    /// The confirmation just appeared: bring it into view (it is below the list).
    show_approval: bool,
    /// This computer's address on the local network, looked up once when the screen opens.
    lan_address: String,
    /// This computer's addresses on its networks, listed once when the screen opens.
    networks: Vec<crate::phones::NetworkAddress>,
    /// Who can open the data folder, when it is encrypted.
    advisors: Option<super::protect::AdvisorsForm>,
    /// The service's database address as being typed.
    database: String,
}

impl SettingsScreen {
    /// The screen for `settings` as they are now.
    pub(crate) fn new(settings: &Settings) -> Self {
        Self {
            edited: settings.clone(),
            pending_approval: None,
            show_approval: false,
            lan_address: crate::phones::lan_address().to_string(),
            networks: crate::phones::network_addresses(),
            advisors: None,
            database: settings.database.clone().unwrap_or_default(),
        }
    }

    /// With the encrypted folder's advisors, by name (none: the folder is not encrypted).
    pub(crate) fn with_advisors(mut self, names: Vec<String>) -> Self {
        self.advisors = (!names.is_empty()).then(|| super::protect::AdvisorsForm::new(names));
        self
    }

    /// Draws the settings; every change is an intent the app saves.
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        let mut go = None;
        ui.heading(i18n.tr("settings-title"));
        ui.add_space(crate::gui::theme::space::ITEM);
        ui.label(i18n.tr("settings-language"));
        let current = i18n.locale();
        ui.horizontal(|ui| {
            let mut chosen = current;
            let options = [
                (Locale::Fr, "Français".to_owned()),
                (Locale::En, "English".to_owned()),
            ];
            if crate::gui::access::radio_group(ui, &mut chosen, &options) {
                go = Some(Intent::SetLocale(chosen));
            }
        });
        ui.add_space(crate::gui::theme::space::ITEM);
        let label = ui.label(i18n.tr("settings-facilitator"));
        let response = ui
            .text_edit_singleline(&mut self.edited.facilitator)
            .labelled_by(label.id);
        let mut changed = response.lost_focus();
        ui.add_space(crate::gui::theme::space::ITEM);
        ui.label(i18n.tr("settings-app-theme"));
        ui.horizontal(|ui| {
            let options = [
                (super::theme::AppTheme::Light, i18n.tr("settings-app-light")),
                (super::theme::AppTheme::Dark, i18n.tr("settings-app-dark")),
            ];
            changed |= crate::gui::access::radio_group(ui, &mut self.edited.app_theme, &options);
        });
        ui.add_space(crate::gui::theme::space::ITEM);
        // Steps, not a slider: the window grows as it is chosen, and a slider would move
        // away under the pointer.
        ui.label(i18n.tr("settings-window-text-size"));
        ui.horizontal_wrapped(|ui| {
            let options: Vec<(u32, String)> = [100_u32, 125, 150, 175, 200]
                .into_iter()
                .map(|percent| (percent, format!("{percent} %")))
                .collect();
            let mut percent = scale_percent(self.edited.text_scale);
            if crate::gui::access::radio_group(ui, &mut percent, &options) {
                self.edited.text_scale = percent as f32 / 100.0;
                changed = true;
            }
        });
        ui.add_space(crate::gui::theme::space::ITEM);
        // An encrypted folder locks itself when nobody uses the window for this long.
        ui.label(i18n.tr("settings-lock-after"));
        ui.horizontal_wrapped(|ui| {
            let options: Vec<(u32, String)> = [5_u32, 10, 30]
                .into_iter()
                .map(|minutes| {
                    (
                        minutes * 60,
                        i18n.tr_args(
                            "settings-lock-minutes",
                            &[("minutes", (minutes as usize).into())],
                        ),
                    )
                })
                .chain([(0, i18n.tr("settings-lock-never"))])
                .collect();
            changed |=
                crate::gui::access::radio_group(ui, &mut self.edited.lock_after_seconds, &options);
        });
        ui.add_space(crate::gui::theme::space::ITEM);
        ui.label(i18n.tr("settings-projector"));
        ui.horizontal_wrapped(|ui| {
            let options = [
                (ProjectorTheme::Dark, i18n.tr("settings-theme-dark")),
                (ProjectorTheme::Light, i18n.tr("settings-theme-light")),
                (
                    ProjectorTheme::HighContrast,
                    i18n.tr("settings-theme-contrast"),
                ),
            ];
            changed |=
                crate::gui::access::radio_group(ui, &mut self.edited.projector_theme, &options);
        });
        changed |= ui
            .add(
                egui::Slider::new(&mut self.edited.projector_text_size, 28.0..=64.0)
                    .step_by(1.0)
                    .fixed_decimals(0)
                    .suffix(" pt")
                    .text(i18n.tr("settings-text-size")),
            )
            .changed();
        ui.add_space(crate::gui::theme::space::ITEM);
        changed |= self.phones_address_ui(ui, i18n, ctx.phones_address);
        if changed {
            go = Some(Intent::SaveSettings(Box::new(self.edited.clone())));
        }
        ui.add_space(crate::gui::theme::space::ITEM);
        if let Some(intent) = self.activities_ui(ui, ctx) {
            go = Some(intent);
        }
        ui.add_space(crate::gui::theme::space::ITEM);
        if let Some(advisors) = &mut self.advisors
            && let Some(intent) = advisors.ui(ui, i18n)
        {
            go = Some(intent);
        }
        ui.add_space(crate::gui::theme::space::ITEM);
        if let Some(address) = ctx.database {
            ui.label(i18n.tr_args("settings-database", &[("address", address.into())]));
            ui.label(i18n.tr_args("settings-database-local", &[("path", ctx.data_dir.into())]));
        } else {
            ui.label(i18n.tr_args("settings-data-dir", &[("path", ctx.data_dir.into())]));
        }
        if ui.button(i18n.tr("settings-choose-dir")).clicked() {
            go = Some(Intent::ChooseDataFolder);
        }
        ui.add_space(crate::gui::theme::space::ITEM);
        if let Some(intent) = self.database_ui(ui, i18n, ctx.database.is_some()) {
            go = Some(intent);
        }
        go
    }

    /// The service's database: its address typed here (the password stays in `~/.pgpass`),
    /// used at once; or the data folder alone again.
    fn database_ui(
        &mut self,
        ui: &mut egui::Ui,
        i18n: &crate::i18n::I18n,
        in_use: bool,
    ) -> Option<Intent> {
        let mut go = None;
        let label = ui.label(i18n.tr("settings-database-address"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut self.database)
                .desired_width(f32::INFINITY)
                .hint_text(i18n.tr("settings-database-example")),
        );
        field.labelled_by(label.id);
        ui.label(i18n.tr("settings-database-help"));
        ui.horizontal_wrapped(|ui| {
            if ui.button(i18n.tr("settings-database-use")).clicked() {
                go = Some(Intent::UseDatabase(Some(self.database.trim().to_owned())));
            }
            if in_use && ui.button(i18n.tr("settings-database-leave")).clicked() {
                go = Some(Intent::UseDatabase(None));
            }
        });
        go
    }

    /// Where the phones' page listens: automatic, one of this computer's networks, or an
    /// address typed. Whether it changed.
    fn phones_address_ui(
        &mut self,
        ui: &mut egui::Ui,
        i18n: &crate::i18n::I18n,
        in_force: Option<std::net::SocketAddr>,
    ) -> bool {
        let mut changed = false;
        ui.label(i18n.tr("settings-phones-address"));
        // The command line wins: say what is used now, before what the settings would choose.
        if let Some(address) = in_force {
            let shown = if address.port() == 0 {
                address.ip().to_string()
            } else {
                address.to_string()
            };
            ui.label(
                egui::RichText::new(
                    i18n.tr_args("settings-phones-in-force", &[("address", shown.into())]),
                )
                .color(ui.visuals().warn_fg_color),
            );
        }
        let chosen = self.edited.phones_address.trim().to_owned();
        let automatic = i18n.tr_args(
            "settings-phones-automatic",
            &[("address", self.lan_address.as_str().into())],
        );
        // The automatic address, each network's, or the one typed below (none of these).
        let mut options = vec![(String::new(), automatic)];
        for network in &self.networks {
            let ip = network.ip.to_string();
            let text = i18n.tr_args(
                "settings-phones-network",
                &[
                    ("address", ip.as_str().into()),
                    ("interface", network.interface.as_str().into()),
                ],
            );
            options.push((ip, text));
        }
        let mut picked = chosen;
        if crate::gui::access::radio_group(ui, &mut picked, &options) {
            self.edited.phones_address = picked;
            changed = true;
        }
        let label = ui.label(i18n.tr("settings-phones-other"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut self.edited.phones_address)
                    .hint_text(self.lan_address.as_str()),
            )
            .labelled_by(label.id);
        changed |= response.lost_focus();
        ui.weak(i18n.tr("settings-phones-address-hint"));
        changed
    }

    /// The activities available, the plugin files waiting for approval or refused, and the
    /// approvals given on this computer.
    fn activities_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        let mut go = None;
        ui.strong(i18n.tr("plugins-heading-installed"));
        if ctx.registry.iter().next().is_none() {
            ui.label(i18n.tr("plugins-none"));
        }
        for activity in ctx.registry.iter() {
            let d = &activity.descriptor;
            let source = activity.source.describe(i18n);
            ui.label(format!(
                "{} {} — {}",
                d.name.get(i18n.locale()),
                d.version,
                source
            ));
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(i18n.tr("activities-reload")).clicked() {
                go = Some(Intent::ReloadActivities);
            }
            ui.weak(i18n.tr_args(
                "activities-reload-hint",
                &[(
                    "dir",
                    ctx.data_dir.join(sessions::ACTIVITIES_DIR).as_path().into(),
                )],
            ));
        });
        let mut approve = None;
        let waiting =
            |r: &&plugins::Refused| matches!(r.refusal, plugins::Refusal::NotApproved { .. });
        for (heading, pending) in [
            ("plugins-heading-waiting", true),
            ("plugins-heading-refused", false),
        ] {
            let shown: Vec<&plugins::Refused> = ctx
                .registry
                .refused()
                .iter()
                .filter(|r| waiting(r) == pending)
                .collect();
            if shown.is_empty() {
                continue;
            }
            ui.strong(i18n.tr(heading));
            for refused in shown {
                let path = refused.path.as_deref().map_or_else(
                    || i18n.tr("plugins-builtin-name"),
                    |p| p.display().to_string(),
                );
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    crate::messages::refused_line(i18n, refused),
                );
                if let (true, Some(file)) = (pending, &refused.path) {
                    let button = ui.button(i18n.tr("plugins-approve"));
                    let label = i18n.tr_args("plugins-approve-for", &[("path", path.into())]);
                    atelier_plugin_api::label_widget(ui, &button, &label);
                    if button.clicked() {
                        approve = Some(file.clone());
                    }
                }
            }
        }
        if let Some(path) = approve {
            // The fingerprint the person will be shown, read now.
            match plugins::trust::fingerprint(&path) {
                Ok(sha256) => {
                    self.pending_approval = Some((path, sha256));
                    self.show_approval = true;
                }
                Err(error) => {
                    let error = sessions::StoreError::io(&path, error);
                    go = Some(Intent::Warn(crate::messages::store_error(i18n, &error)));
                }
            }
        }
        if let Some(intent) = self.approval_ui(ui, ctx) {
            go = Some(intent);
        }
        if !self.edited.trusted_plugins.is_empty() {
            ui.strong(i18n.tr("plugins-heading-approved"));
            for (i, approval) in self.edited.trusted_plugins.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    let date = chrono::NaiveDate::parse_from_str(&approval.approved_on, "%Y-%m-%d")
                        .map_or_else(|_| approval.approved_on.clone(), crate::words::date);
                    ui.label(i18n.tr_args(
                        "plugins-approved-line",
                        &[
                            ("path", approval.file.as_path().into()),
                            ("date", date.into()),
                            (
                                "sha256",
                                approval.sha256.get(..16).unwrap_or_default().into(),
                            ),
                        ],
                    ));
                    if ui.button(i18n.tr("plugins-revoke")).clicked() {
                        go = Some(Intent::RevokePlugin(i));
                    }
                });
            }
        }
        go
    }

    /// The confirmation before a library of the data folder may run.
    fn approval_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let (path, sha256) = self.pending_approval.clone()?;
        let i18n = ctx.i18n;
        let mut go = None;
        let card = super::theme::notice_card(ui).show(ui, |ui| {
            ui.label(i18n.tr_args(
                "plugins-approve-confirm",
                &[
                    ("path", path.as_path().into()),
                    ("sha256", sha256.as_str().into()),
                ],
            ));
            ui.horizontal(|ui| {
                if ui.button(i18n.tr("plugins-approve-yes")).clicked() {
                    self.pending_approval = None;
                    // Exactly the file the person saw: a file changed since is held back.
                    go = Some(Intent::ApprovePlugin {
                        path: path.clone(),
                        sha256: sha256.clone(),
                    });
                }
                if ui.button(i18n.tr("cancel")).clicked() {
                    self.pending_approval = None;
                }
            });
        });
        if std::mem::take(&mut self.show_approval) {
            card.response.scroll_to_me(Some(egui::Align::Center));
        }
        go
    }
}

impl AtelierApp {
    /// Carries out a settings intent: saves, reloads what depends on it, says what happened.
    pub(super) fn apply_settings(&mut self, intent: Intent) {
        match intent {
            Intent::SetLocale(locale) => self.set_locale(locale),
            Intent::SaveSettings(settings) => {
                self.settings = *settings;
                self.save_settings();
            }
            Intent::ChooseDataFolder => {
                // The data folder is only ever one the person chose.
                if let Picked::Chosen(dir) = self.config.folder_picker.pick() {
                    self.settings.data_dir = Some(dir.clone());
                    self.config.data_dir = dir;
                    self.save_settings();
                    self.open_data_dir();
                }
            }
            Intent::UseDatabase(address) => {
                let address = address.filter(|a| !a.is_empty());
                if let Some(text) = &address {
                    // Never a password in the settings: it stays in ~/.pgpass.
                    if sessions::db::has_password(text) {
                        self.warn(self.i18n.tr("settings-database-no-password"));
                        return;
                    }
                    if let Err(error) = sessions::db::DatabaseUrl::parse(text) {
                        let error = sessions::StoreError::Database(error);
                        self.warn(crate::messages::store_error(&self.i18n, &error));
                        return;
                    }
                }
                self.settings.database.clone_from(&address);
                // What the screen saves next keeps it too.
                if let super::Screen::Settings(screen) = &mut self.screen {
                    screen.edited.database.clone_from(&address);
                }
                self.config.database = address;
                self.save_settings();
                self.open_data_dir();
            }
            Intent::ApprovePlugin { path, sha256 } => {
                let today = self.now().date_naive();
                plugins::trust::approve_fingerprint(
                    &mut self.settings.trusted_plugins,
                    &path,
                    sha256,
                    today,
                );
                self.save_settings();
                self.reload_plugins();
                self.say(
                    self.i18n
                        .tr_args("plugins-approved", &[("path", path.as_path().into())]),
                );
            }
            Intent::RevokePlugin(index) => {
                if index < self.settings.trusted_plugins.len() {
                    self.settings.trusted_plugins.remove(index);
                }
                self.save_settings();
                self.reload_plugins();
                self.say(self.i18n.tr("plugins-revoked"));
            }
            other => return self.apply(other),
        }
        // The screen edits a copy: it sees what was saved.
        if let super::Screen::Settings(screen) = &mut self.screen {
            screen.edited = self.settings.clone();
        }
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
