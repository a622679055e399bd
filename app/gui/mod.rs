//! The app's window: home, session setup, the running session with its projector window,
//! the end-of-session review, past records and settings.
//!
//! [`AtelierApp::ui`] draws one frame into any `egui::Ui`: eframe calls it for the real window,
//! `egui_kittest` for the tests.

pub(crate) mod access;
mod autosave;
mod charts;
mod ctx;
mod fidelity;
mod home;
mod intent;
pub(crate) mod journey;
mod protect;
mod qr;
mod record_screen;
mod runner;
mod service;
pub mod settings;
mod setup;
pub mod startup;
pub mod theme;
mod watch;
mod welcome;
pub mod window;

use std::path::PathBuf;
use std::sync::Arc;

use atelier_plugin_api::Clock;
use sessions::{HomeData, Store};

use crate::i18n::{self, I18n, Locale};
use crate::plugins::{self, ActivityRegistry};
use crate::session::RunningSession;
use autosave::Autosave;
use intent::Intent;
use settings::Settings;

pub use runner::ProjectorState;

/// How the app starts.
pub struct AppConfig {
    /// The data folder.
    pub data_dir: PathBuf,
    /// The language asked for on the command line; else the remembered one.
    pub locale: Option<Locale>,
    /// Extra plugin folders (`--plugin-dir`).
    pub plugin_dirs: Vec<PathBuf>,
    /// Where settings are remembered; `None` keeps them for this run only.
    pub settings_path: Option<PathBuf>,
    /// The clock (a fixed one in tests).
    pub clock: Arc<dyn Clock>,
    /// How a folder is chosen (exports, the data folder).
    pub folder_picker: FolderPicker,
    /// Whether the projector can be a second native window. Without one (tests, or a backend
    /// that cannot open windows) the projector view is shown as the in-window preview only.
    pub native_projector: bool,
    /// Whether the data folder is read on another thread at start, so the first frame does not
    /// wait for it (the app); tests read it at once, to draw it on their first frame.
    pub background_load: bool,
    /// Where the participants' phones' page listens (`--phones-address`); `None`: this
    /// computer's address on the local network, any free port. Tests give 127.0.0.1.
    pub phones_address: Option<std::net::SocketAddr>,
    /// The service's database (`--database`, `ATELIER_DATABASE`), else the settings' one:
    /// the journeys and records are there, the data folder keeps this computer's drafts, the
    /// sessions waiting to be sent, the plugins.
    pub database: Option<String>,
}

/// How the app asks for a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderPicker {
    /// The system's folder dialog; when none can open, the user's `Documents/Atelier`.
    Dialog,
    /// Always this folder, without asking (tests, scripted use).
    Fixed(PathBuf),
    /// No dialog can open here: always the fallback folder given (tests of that case).
    Unavailable(PathBuf),
}

/// What asking for a folder gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// The folder the person chose.
    Chosen(PathBuf),
    /// No folder window could open: this documented folder is used, and the screen says so.
    Fallback(PathBuf),
    /// The person closed the window without choosing.
    Cancelled,
}

impl FolderPicker {
    /// Asks for a folder.
    pub fn pick(&self) -> Picked {
        match self {
            Self::Dialog => {
                let asked = std::time::Instant::now();
                match rfd::FileDialog::new().pick_folder() {
                    Some(dir) => Picked::Chosen(dir),
                    // A window a person closed stayed open a moment; one that could not open
                    // (no dialog service on this system) answers at once.
                    None if asked.elapsed() < std::time::Duration::from_millis(300) => {
                        Picked::Fallback(fallback_folder())
                    }
                    None => Picked::Cancelled,
                }
            }
            Self::Fixed(dir) => Picked::Chosen(dir.clone()),
            Self::Unavailable(dir) => Picked::Fallback(dir.clone()),
        }
    }
}

/// Where documents go when no folder window can open: `Documents/Atelier` (else the home
/// folder's `Atelier`, else the current folder's).
pub fn fallback_folder() -> PathBuf {
    directories::UserDirs::new()
        .map(|dirs| {
            dirs.document_dir()
                .unwrap_or_else(|| dirs.home_dir())
                .join("Atelier")
        })
        .unwrap_or_else(|| PathBuf::from("Atelier"))
}

/// Which screen is shown.
#[derive(Debug)]
enum Screen {
    /// The data folder does not exist yet.
    Welcome,
    /// Participants, recent sessions, drafts.
    Home,
    /// Choosing an activity and participants.
    Setup(Box<setup::SetupState>),
    /// A session is running.
    Running,
    /// Reviewing takeaways before saving.
    Review(Box<runner::ReviewState>),
    /// A past record, read-only.
    Record(Box<record_screen::RecordScreen>),
    /// Every record, a page at a time.
    Sessions(Box<home::SessionsPage>),
    /// Settings.
    Settings(Box<settings::SettingsScreen>),
    /// The service's activity over a period.
    Service(Box<service::ServiceScreen>),
    /// One participant's journey.
    Journey(Box<journey::JourneyScreen>),
    /// Making an encrypted data folder.
    Protect(Box<protect::ProtectScreen>),
    /// The new encrypted folder's recovery key, shown once.
    Recovery(Box<protect::RecoveryScreen>),
    /// An encrypted folder to unlock.
    Unlock(Box<protect::UnlockScreen>),
}

/// A message shown under the top bar until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Notice {
    text: String,
    error: bool,
}

/// The whole app.
pub struct AtelierApp {
    config: AppConfig,
    settings: Settings,
    i18n: I18n,
    registry: ActivityRegistry,
    store: Option<Store>,
    /// Held while this window has the data folder open for writing; `None` when another
    /// Atelier has it (the store is read-only then).
    app_lock: Option<sessions::lock::AppLock>,
    home: HomeData,
    screen: Screen,
    session: Option<RunningSession>,
    autosave: Option<Autosave>,
    /// The running session's screen (its draft timing).
    runner: runner::RunnerScreen,
    notice: Option<Notice>,
    projector: ProjectorState,
    /// Home's search and filter, kept while the app runs.
    home_screen: home::HomeScreen,
    /// The journey a record was opened from, to go back to.
    back_to_journey: Option<sessions::ParticipantId>,
    /// Home being read on another thread, at start.
    home_load: Option<startup::HomeLoad>,
    /// Where the window is (when the system says), and since when it has not moved.
    window_place: Option<(window::WindowPlace, std::time::Instant)>,
    /// The window title last asked for (it names the data folder, which can change).
    title: String,
    /// The participants' phones' page, while it is open (for the running session only).
    phones: Option<crate::phones::PhoneServer>,
    /// The screen drawn last frame, to land the focus on a new one.
    last_screen: Option<std::mem::Discriminant<Screen>>,
    /// A focus lost because its control disappeared.
    focus_watch: access::FocusWatch,
    /// The window's scale last given to egui (from the settings, or Ctrl + and Ctrl -).
    zoom: Option<f32>,
    /// When the window was last used (egui's clock), to lock an encrypted folder.
    last_used: f64,
    /// On a database: what colleagues change, and the sessions kept here to send.
    watch: Option<watch::DbWatch>,
}

impl std::fmt::Debug for AtelierApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AtelierApp")
            .field("data_dir", &self.config.data_dir)
            .field("screen", &self.screen)
            .finish_non_exhaustive()
    }
}

impl AtelierApp {
    /// Opens the app on `config.data_dir`: the home screen, or the welcome screen if the folder
    /// does not exist yet.
    pub fn new(config: AppConfig) -> Self {
        let (settings, settings_error) = config
            .settings_path
            .as_deref()
            .map(Settings::load)
            .unwrap_or_default();
        let locale = config.locale.unwrap_or_else(|| settings.locale());
        let i18n = i18n::load(locale);
        let mut app = Self {
            registry: ActivityRegistry::default(),
            store: None,
            app_lock: None,
            home: HomeData::default(),
            screen: Screen::Welcome,
            session: None,
            autosave: None,
            runner: runner::RunnerScreen::default(),
            notice: settings_error.map(|error| Notice {
                text: crate::messages::store_error(&i18n, &error),
                error: true,
            }),
            projector: ProjectorState::default(),
            home_screen: home::HomeScreen::default(),
            back_to_journey: None,
            home_load: None,
            window_place: None,
            title: window::title(&config.data_dir),
            phones: None,
            last_screen: None,
            focus_watch: access::FocusWatch::default(),
            zoom: None,
            last_used: 0.0,
            watch: None,
            settings,
            i18n,
            config,
        };
        app.settings.language = locale.code().to_owned();
        app.open_data_dir();
        app
    }

    /// Opens (or re-opens) the data folder and loads the plugins it holds.
    fn open_data_dir(&mut self) {
        self.reload_plugins();
        self.app_lock = None;
        self.watch = None;
        if let Some(address) = self.database_address() {
            let opened = sessions::db::DatabaseUrl::parse(&address)
                .map_err(sessions::StoreError::Database)
                // The first frame never waits for the network: Home's reading connects.
                .and_then(|url| Store::connect_later(url, &self.config.data_dir));
            match opened {
                Ok(store) => self.use_store(store),
                Err(error) => {
                    self.store = None;
                    self.apply(Intent::Welcome);
                    self.warn(crate::messages::store_error(&self.i18n, &error));
                }
            }
            return;
        }
        match Store::open(&self.config.data_dir) {
            Ok(store) => self.use_store(store),
            // An encrypted folder: its passphrase first.
            Err(sessions::StoreError::Locked(_)) => {
                self.store = None;
                self.screen = Screen::Unlock(Box::new(protect::UnlockScreen::new(None)));
            }
            Err(_) => {
                self.store = None;
                self.apply(Intent::Welcome);
            }
        }
    }

    /// Works on `store` from now on: claims it for this window (else read-only, and says
    /// why), starts the draft writer, reads Home.
    fn use_store(&mut self, mut store: Store) {
        {
            // One window writes a folder; another one reads it, and says so.
            match store.claim() {
                Ok(lock) => self.app_lock = Some(lock),
                // The read-only line under the top bar says so, calmly.
                Err(sessions::StoreError::InUse(_)) => {
                    store.set_read_only(Some(sessions::ReadOnlyWhy::InUse));
                }
                // A folder this account may not write (a read-only disk or share): the line
                // under the top bar says that, not that another Atelier has it.
                Err(sessions::StoreError::Io { source, .. })
                    if matches!(
                        source.kind(),
                        std::io::ErrorKind::PermissionDenied
                            | std::io::ErrorKind::ReadOnlyFilesystem
                    ) =>
                {
                    store.set_read_only(Some(sessions::ReadOnlyWhy::NotWritable));
                }
                Err(error) => {
                    store.set_read_only(Some(sessions::ReadOnlyWhy::NotWritable));
                    self.warn(crate::messages::store_error(&self.i18n, &error));
                }
            }
            self.autosave = (!store.is_read_only()).then(|| Autosave::start(&store));
            self.watch = store
                .database()
                .is_some()
                .then(|| watch::DbWatch::start(&store));
            if self.config.background_load {
                // The first frame does not wait for the folder: Home says it is being read.
                self.home_load = Some(startup::HomeLoad::start(&store));
                self.home = HomeData::default();
                self.store = Some(store);
                self.screen = Screen::Home;
            } else {
                self.store = Some(store);
                self.apply(Intent::Home);
            }
        }
    }

    /// Loads the activities: built-ins and shipped activity files, the data folder's approved
    /// libraries, `--plugin-dir`, the data folder's activity files.
    fn reload_plugins(&mut self) {
        let dirs =
            crate::commands::plugin_dirs(Some(&self.config.data_dir), &self.config.plugin_dirs);
        self.registry = plugins::load_all(
            &dirs,
            &self.settings.trusted_plugins,
            Some(&self.config.data_dir.join(sessions::ACTIVITIES_DIR)),
        );
    }

    /// Re-reads what the home screen shows (unless it is being read on another thread: that
    /// reading lands soon).
    fn refresh_home(&mut self) {
        if self.home_load.is_some() {
            return;
        }
        if let Some(store) = &self.store {
            if store.database().is_some() && self.config.background_load {
                // Never the window waiting for the network: Home changes when it is read.
                self.home_load = Some(startup::HomeLoad::start(store));
            } else {
                self.home = store.home(20);
            }
        }
    }

    /// The service's database address, if the data is on one.
    fn database_address(&self) -> Option<String> {
        self.config
            .database
            .clone()
            .or_else(|| self.settings.database.clone())
            .filter(|address| !address.trim().is_empty())
    }

    /// What the database's watcher saw: Home read again after a colleague's change; the
    /// sessions kept here that were sent, or could not be (said, and kept).
    fn follow_database(&mut self, ctx: &egui::Context) {
        let Some(watch) = &mut self.watch else {
            return;
        };
        let news = watch.poll(ctx, self.home.version);
        if news.changed && matches!(self.screen, Screen::Home) {
            self.refresh_home();
        }
        if news.sent.is_empty() {
            return;
        }
        let mut sent = 0_usize;
        let mut refused = Vec::new();
        for (id, result) in &news.sent {
            match result {
                Ok(_) => sent += 1,
                Err(sessions::StoreError::Database(error)) if error.is_offline() => {}
                Err(error) => refused.push(self.i18n.tr_args(
                    "db-not-sent",
                    &[
                        ("session", id.as_str().into()),
                        (
                            "reason",
                            crate::messages::store_error(&self.i18n, error).into(),
                        ),
                    ],
                )),
            }
        }
        if refused.is_empty() {
            if sent > 0 {
                self.say(self.i18n.tr_args("db-sent", &[("count", sent.into())]));
            }
        } else {
            self.warn(refused.join(" "));
        }
        self.refresh_home();
    }

    /// On a database: a line under the top bar when it does not answer, or sessions wait on
    /// this computer to be sent.
    fn database_ui(&self, ui: &mut egui::Ui) {
        let Some(watch) = &self.watch else {
            return;
        };
        let online = watch.online();
        let warn = ui.visuals().warn_fg_color;
        if let Some(read_at) = self.home.roster_of {
            let day = crate::words::date(read_at.date_naive());
            ui.label(
                egui::RichText::new(self.i18n.tr_args(
                    "db-offline-roster",
                    &[
                        ("date", day.into()),
                        ("time", read_at.format("%H:%M").to_string().into()),
                    ],
                ))
                .color(warn),
            );
        } else if !online {
            ui.label(egui::RichText::new(self.i18n.tr("db-offline")).color(warn));
        }
        let waiting = self.home.pending.len();
        if waiting > 0 {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(
                        self.i18n
                            .tr_args("db-pending", &[("count", waiting.into())]),
                    )
                    .color(warn),
                );
                if online
                    && ui.button(self.i18n.tr("db-send-now")).clicked()
                    && let Some(watch) = &self.watch
                {
                    watch.send_now();
                }
            });
        }
    }

    /// Notes where the window is; once it has stayed a second in a new place, remembers it in
    /// the settings (so even a computer that stops abruptly reopens it there).
    fn remember_window_place(&mut self, ctx: &egui::Context) {
        let Some(place) = window::WindowPlace::of(ctx) else {
            return;
        };
        let now = std::time::Instant::now();
        match self.window_place {
            Some((known, _)) if known == place => {}
            _ => {
                self.window_place = Some((place, now));
                ctx.request_repaint_after(std::time::Duration::from_millis(1100));
                return;
            }
        }
        if let Some((place, since)) = self.window_place
            && now.duration_since(since) >= std::time::Duration::from_secs(1)
            && self.settings.window != Some(place)
        {
            self.settings.window = Some(place);
            self.save_settings();
        }
    }

    /// Draws the window at the settings' scale; a scale changed with Ctrl + or Ctrl - is
    /// remembered in the settings.
    fn keep_scale(&mut self, ctx: &egui::Context) {
        let wanted = settings::clamp_scale(self.settings.text_scale);
        if self.zoom != Some(wanted) {
            ctx.set_zoom_factor(wanted);
            self.zoom = Some(wanted);
            return;
        }
        let now = ctx.zoom_factor();
        if (now - wanted).abs() > 0.01 {
            let kept = settings::clamp_scale(now);
            if (kept - now).abs() > 0.001 {
                ctx.set_zoom_factor(kept);
            }
            self.settings.text_scale = kept;
            self.zoom = Some(kept);
            self.save_settings();
        }
    }

    /// The window's scale (1: as designed; 2: everything twice as large).
    pub fn scale(&self) -> f32 {
        self.zoom.unwrap_or(1.0)
    }

    /// Whether Home is still being read.
    pub fn is_loading(&self) -> bool {
        self.home_load.is_some()
    }

    /// The translated messages in use.
    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }

    /// The activities available.
    pub fn registry(&self) -> &ActivityRegistry {
        &self.registry
    }

    /// The data folder open, if any (tests make its disk full through it).
    pub fn store(&self) -> Option<&Store> {
        self.store.as_ref()
    }

    /// The running session, if any.
    pub fn session(&self) -> Option<&RunningSession> {
        self.session.as_ref()
    }

    /// The projector's state (open, blank, full screen).
    pub fn projector(&self) -> ProjectorState {
        self.projector
    }

    /// Waits until every draft queued for writing is on disk.
    pub fn flush_autosave(&self) {
        if let Some(autosave) = &self.autosave {
            autosave.flush();
        }
    }

    /// Now, from the app's clock (a fixed one in tests).
    fn now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        crate::session::from_timestamp(self.config.clock.now())
    }

    fn say(&mut self, text: String) {
        self.notice = Some(Notice { text, error: false });
    }

    /// Says a file was written outside the data folder (on request); from an encrypted
    /// folder, also that the file is in clear.
    fn say_written(&mut self, text: String) {
        let text = if self.store.as_ref().is_some_and(Store::is_encrypted) {
            format!("{text} {}", self.i18n.tr("written-in-clear"))
        } else {
            text
        };
        self.say(text);
    }

    fn warn(&mut self, text: String) {
        self.notice = Some(Notice { text, error: true });
    }

    fn save_settings(&mut self) {
        if let Some(path) = &self.config.settings_path
            && let Err(error) = self.settings.save(path)
        {
            let text = crate::messages::store_error(&self.i18n, &error);
            self.warn(text);
        }
    }

    fn set_locale(&mut self, locale: Locale) {
        self.i18n = i18n::load(locale);
        self.settings.language = locale.code().to_owned();
        self.save_settings();
    }

    /// Draws one frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        theme::ensure(ui.ctx(), self.settings.app_theme);
        self.focus_watch.begin(ui.ctx());
        self.keep_scale(ui.ctx());
        self.lock_when_idle(ui.ctx());
        if let Some(home) = self.home_load.as_ref().and_then(|load| load.poll(ui.ctx())) {
            self.home = home;
            self.home_load = None;
        }
        self.follow_database(ui.ctx());
        self.remember_window_place(ui.ctx());
        let title = match self.store.as_ref().and_then(Store::database) {
            Some(db) => format!("Atelier — {}", db.url().shown()),
            None => window::title(&self.config.data_dir),
        };
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        access::name_window(ui.ctx(), &self.title);
        // A new screen: the keyboard focus lands on its first control (see `access`), in the
        // frame after the one that changed it (a new screen's first frame only measures it).
        let screen = std::mem::discriminant(&self.screen);
        if self.last_screen != Some(screen) {
            self.last_screen = Some(screen);
            access::ask_landing(ui.ctx());
        }
        self.top_bar_ui(ui);
        if matches!(self.screen, Screen::Running) {
            self.runner_frame_ui(ui);
        } else if matches!(self.screen, Screen::Journey(_)) {
            // The journey arranges its own scrolling columns.
            egui::CentralPanel::default_margins().show(ui, |ui| self.screen_ui(ui));
        } else {
            egui::CentralPanel::default_margins().show(ui, |ui| {
                // One scroll position per kind of screen: Home never opens scrolled down
                // because the review before it was (its new-session buttons out of sight).
                egui::ScrollArea::vertical()
                    .id_salt(("screen_scroll", std::mem::discriminant(&self.screen)))
                    .auto_shrink([false, false])
                    .show(ui, |ui| self.screen_ui(ui));
            });
        }
        self.focus_watch.end(ui.ctx());
        access::focus_ring_ui(ui.ctx(), ui.visuals().hyperlink_color);
        if let Some(autosave) = &self.autosave {
            for error in autosave.errors() {
                self.notice = Some(Notice {
                    text: crate::messages::store_error(&self.i18n, &error),
                    error: true,
                });
            }
        }
    }

    fn screen_ui(&mut self, ui: &mut egui::Ui) {
        access::land_here(ui);
        // Screens that are their own types draw from a read-only view and return an intent.
        let mut ctx = ctx::Ctx::new(
            &self.i18n,
            &self.registry,
            &self.home,
            &self.config,
            &self.settings,
        );
        ctx.loading = self.home_load.is_some();
        ctx.database = self
            .store
            .as_ref()
            .and_then(Store::database)
            .map(|db| db.url().shown());
        let intent = match &mut self.screen {
            Screen::Welcome => welcome::ui(ui, &ctx),
            Screen::Protect(screen) => screen.ui(ui, &ctx),
            Screen::Recovery(screen) => screen.ui(ui, &ctx),
            Screen::Unlock(screen) => screen.ui(ui, &ctx),
            Screen::Record(screen) => screen.ui(ui, &ctx),
            Screen::Sessions(page) => page.ui(ui, &ctx),
            Screen::Home => self.home_screen.ui(ui, &ctx),
            Screen::Setup(state) => state.ui(ui, &ctx),
            Screen::Review(review) => review.ui(ui, &ctx),
            Screen::Settings(screen) => screen.ui(ui, &ctx),
            Screen::Service(screen) => screen.ui(ui, &ctx),
            Screen::Journey(screen) => screen.ui(ui, &ctx),
            Screen::Running => return,
        };
        if let Some(intent) = intent {
            self.apply(intent);
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("Atelier");
                ui.separator();
                let running = self.session.is_some();
                if !running {
                    if self.store.is_some()
                        && crate::gui::theme::icon_button(
                            ui,
                            crate::gui::theme::icons::ICON_HOME,
                            &self.i18n.tr("nav-home"),
                        )
                        .clicked()
                    {
                        self.apply(Intent::Home);
                    }
                    if self.store.is_some()
                        && crate::gui::theme::icon_button(
                            ui,
                            crate::gui::theme::icons::ICON_BAR_CHART,
                            &self.i18n.tr("nav-service"),
                        )
                        .clicked()
                    {
                        let today = self.now().date_naive();
                        if let Some(period) = service::Preset::Year.period(today) {
                            self.apply(Intent::Service(service::Preset::Year, period));
                        }
                    }
                    if crate::gui::theme::icon_button(
                        ui,
                        crate::gui::theme::icons::ICON_SETTINGS,
                        &self.i18n.tr("nav-settings"),
                    )
                    .clicked()
                    {
                        self.apply(Intent::Settings);
                    }
                }
                // An encrypted folder can be locked at once (leaving the desk).
                if self.store.as_ref().is_some_and(Store::is_encrypted)
                    && crate::gui::theme::icon_button(
                        ui,
                        crate::gui::theme::icons::ICON_LOCK,
                        &self.i18n.tr("nav-lock"),
                    )
                    .clicked()
                {
                    self.apply(Intent::Lock);
                }
            });
            self.read_only_ui(ui);
            self.database_ui(ui);
            let notice = self.notice.clone();
            if let Some(notice) = notice {
                ui.horizontal_wrapped(|ui| {
                    let color = if notice.error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().strong_text_color()
                    };
                    ui.label(egui::RichText::new(&notice.text).color(color));
                    if ui.button(self.i18n.tr("notice-dismiss")).clicked() {
                        self.notice = None;
                    }
                });
            }
        });
    }

    /// While the folder is read-only (another Atelier has it, or it may not be written): a
    /// line that says which, and a way to write again once that has changed.
    fn read_only_ui(&mut self, ui: &mut egui::Ui) {
        let Some(why) = self.store.as_ref().and_then(Store::read_only) else {
            return;
        };
        let banner = match why {
            sessions::ReadOnlyWhy::InUse => "read-only-banner",
            sessions::ReadOnlyWhy::NotWritable => "read-only-banner-not-writable",
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(self.i18n.tr(banner)).color(ui.visuals().warn_fg_color));
            if ui.button(self.i18n.tr("read-only-retry")).clicked()
                && let Some(store) = &mut self.store
            {
                match store.claim() {
                    Ok(lock) => {
                        store.set_read_only(None);
                        self.autosave = Some(Autosave::start(store));
                        self.app_lock = Some(lock);
                        self.notice = None;
                        self.refresh_home();
                    }
                    Err(error) => {
                        let text = crate::messages::store_error(&self.i18n, &error);
                        self.warn(text);
                    }
                }
            }
        });
    }
}

/// The eframe application around [`AtelierApp`].
pub struct EframeApp(pub AtelierApp);

impl eframe::App for EframeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.0.ui(ui);
        startup::first_frame(ui.ctx());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.0.on_exit();
    }
}

impl AtelierApp {
    /// Writes the running session's draft before the app closes, and remembers where the
    /// window was.
    pub fn on_exit(&mut self) {
        // Closing the app closes the phones' page.
        self.phones = None;
        if let Some((place, _)) = self.window_place.take()
            && self.settings.window != Some(place)
        {
            self.settings.window = Some(place);
            self.save_settings();
        }
        self.save_journey(true);
        if let (Some(session), Some(autosave)) = (&mut self.session, &self.autosave) {
            session.checkpoint();
            autosave.save(session.draft());
            autosave.flush();
        }
    }
}

/// The main window's options with no remembered place (those of the start-up baseline,
/// `bare_window`).
pub fn native_options(title: &str) -> eframe::NativeOptions {
    window::options(title, None)
}

/// Opens the window and runs until it is closed.
///
/// # Errors
/// eframe's, if no window can be opened.
pub fn run(config: AppConfig) -> Result<(), eframe::Error> {
    let title = window::title(&config.data_dir);
    let place = config
        .settings_path
        .as_deref()
        .and_then(|path| settings::Settings::load(path).0.window);
    let options = window::options(&title, place);
    eframe::run_native(
        &title,
        options,
        Box::new(move |_creation| Ok(Box::new(EframeApp(AtelierApp::new(config))))),
    )
}
