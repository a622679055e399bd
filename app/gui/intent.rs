//! Where the window goes next. Screens say it as an [`Intent`]; [`AtelierApp::apply`] carries
//! it out, and is the only code that changes the screen. What must happen on the way — a
//! journey being left is written first (and stays on screen if that fails), Home is read
//! again, a record remembers the journey it was opened from — happens there, once.

use sessions::{ParticipantId, SessionRecord};

use super::home::SessionsPage;
use super::runner::ReviewState;
use super::setup::SetupState;
use super::{AtelierApp, Screen};

/// A move from one screen to another.
#[derive(Debug)]
pub(crate) enum Intent {
    /// Home, read again.
    Home,
    /// The data folder does not exist yet.
    Welcome,
    /// The settings.
    Settings,
    /// Use this language (and remember it).
    SetLocale(crate::i18n::Locale),
    /// Save the settings as edited on the settings screen.
    SaveSettings(Box<super::settings::Settings>),
    /// Ask for another data folder, and open it.
    ChooseDataFolder,
    /// Use the service's database at this address (without its password), or the data folder
    /// alone again (`None`), and remember it.
    UseDatabase(Option<String>),
    /// Approve the plugin library at `path`, with the fingerprint the person was shown.
    ApprovePlugin {
        /// The library.
        path: std::path::PathBuf,
        /// Its SHA-256, as shown.
        sha256: String,
    },
    /// Withdraw the approval at this place in the settings' list.
    RevokePlugin(usize),
    /// Read the activities again (activity files edited, a library added), and say how many.
    ReloadActivities,
    /// The service's activity over this period (from this preset).
    Service(super::service::Preset, sessions::report::Period),
    /// Write the Service screen's report, or one of its CSV files, into a folder.
    ExportReport(super::service::Export),
    /// Note time the service spent without a person, then show the Service screen again.
    AddServiceTime(sessions::service::ServiceTime),
    /// Freeze the Service screen's year's figures as they are now.
    FreezeYear,
    /// Keep the team's score of a fidelity item (and what it rests on) for a year.
    SaveFidelityAnswer {
        /// The review's year.
        year: i32,
        /// The item's number.
        id: &'static str,
        /// The score given; `None`: none (the computed one stands, if any).
        score: Option<u8>,
        /// What it rests on.
        note: String,
    },
    /// Say that something went wrong.
    Warn(String),
    /// Write the journey on screen if it changed (nothing is being typed).
    SaveJourney,
    /// What the journey screen asked for: documents, export, erase, a record, leaving…
    FromJourney(super::journey::Go),
    /// A page of every record, read.
    Sessions(Box<SessionsPage>),
    /// Read page `n` of every record, then show it.
    SessionsPage(usize),
    /// Create the data folder (with the demo participants when `demo`), then open it.
    CreateDataFolder {
        /// Fill it with the fictional demo data.
        demo: bool,
    },
    /// Preparing a session.
    Setup(Box<SetupState>),
    /// One participant's journey, read from disk (again, when it is the one on screen).
    Journey(ParticipantId),
    /// A journey opened on an action to take (from Home's to-do list): one click to act.
    JourneyTo(ParticipantId, super::journey::Start),
    /// A record, and the journey to go back to, if it was opened from one.
    Record {
        /// The record.
        record: Box<SessionRecord>,
        /// Where "Back" goes: this journey, or Home.
        back: Option<ParticipantId>,
    },
    /// "Back" from a record.
    BackFromRecord,
    /// The running session.
    Running,
    /// The end-of-session review.
    Review(Box<ReviewState>),
    /// Home after the journey on screen was erased: there is nothing left to write.
    HomeAfterErase,
    /// Open or close the projector window.
    ToggleProjector,
    /// Blank the projector, or show it again.
    ToggleBlank,
    /// The projector full screen, or not.
    ToggleFullscreen,
    /// Open the participants' phones' page, or close it.
    TogglePhones,
    /// Write this draft of the running session (in the background).
    SaveDraft(Box<sessions::Draft>),
    /// End the running session: the review.
    EndSession,
    /// Save the reviewed session (the review's notes go to the session first).
    SaveSession,
    /// Back from the review to the running session.
    BackToSession,
    /// Add the participant typed in the setup's quick add.
    QuickAdd(Box<SetupState>),
    /// Start the session the setup describes.
    StartSession(Box<SetupState>),
    /// Resume a session from its draft.
    ResumeDraft(Box<sessions::Draft>),
    /// Throw a draft away, then read Home again.
    DiscardDraft(sessions::DraftId),
    /// The form to make the data folder an encrypted one.
    ProtectFolder,
    /// Make the (new, empty) data folder encrypted, opened by this name and passphrase.
    CreateEncrypted {
        /// The advisor's name.
        name: String,
        /// Their passphrase.
        passphrase: String,
    },
    /// Unlock the encrypted data folder with a passphrase or the recovery key.
    Unlock {
        /// What was typed.
        secret: String,
        /// It is the recovery key.
        recovery: bool,
    },
    /// Lock the encrypted data folder now (the window stays open on the unlock screen).
    Lock,
    /// Let a colleague open the encrypted folder with their own passphrase.
    AddAdvisor {
        /// Their name.
        name: String,
        /// Their passphrase.
        passphrase: String,
    },
    /// Take an advisor's way into the encrypted folder away.
    RemoveAdvisor(String),
    /// Write the recovery key on screen as a page to print, into a folder asked for.
    PrintRecovery,
}

impl AtelierApp {
    /// Carries out `intent`; see the module doc.
    pub(crate) fn apply(&mut self, intent: Intent) {
        let leaves_journey = matches!(self.screen, Screen::Journey(_))
            && !matches!(
                intent,
                Intent::Journey(_)
                    | Intent::JourneyTo(..)
                    | Intent::HomeAfterErase
                    | Intent::SaveJourney
                    | Intent::FromJourney(_)
                    | Intent::Warn(_)
                    | Intent::ToggleProjector
                    | Intent::ToggleBlank
                    | Intent::ToggleFullscreen
                    | Intent::SaveDraft(_)
            );
        // Leaving a journey writes it first; if that fails, the journey stays, with the
        // changes and the reason.
        if leaves_journey && !self.save_journey(true) {
            return;
        }
        self.screen = match intent {
            Intent::Home | Intent::HomeAfterErase => {
                self.refresh_home();
                Screen::Home
            }
            Intent::Welcome => Screen::Welcome,
            Intent::Settings => Screen::Settings(Box::new(
                super::settings::SettingsScreen::new(&self.settings).with_advisors(
                    self.store
                        .as_ref()
                        .map(sessions::Store::advisors)
                        .unwrap_or_default(),
                ),
            )),
            Intent::SetLocale(_)
            | Intent::SaveSettings(_)
            | Intent::ChooseDataFolder
            | Intent::UseDatabase(_)
            | Intent::ApprovePlugin { .. }
            | Intent::RevokePlugin(_) => return self.apply_settings(intent),
            Intent::Service(preset, period) => {
                let Some(store) = &self.store else {
                    return;
                };
                let today = self.now().date_naive();
                let (report, year, _) = crate::report::kept_report(store, period, today, false);
                let (time, unreadable) = store.service_time(period);
                // The review of the period's last year (a file that cannot be read is named
                // below, with the time's).
                let review = store
                    .service_year(chrono::Datelike::year(&period.to))
                    .map(|file| file.review)
                    .unwrap_or_default();
                // A service file that cannot be read is named, with its line; the rest shows.
                let warning = unreadable
                    .first()
                    .map(|error| crate::messages::store_error(&self.i18n, error));
                self.screen = Screen::Service(Box::new(
                    super::service::ServiceScreen::new(preset, period, report)
                        .with_service(year, time, review),
                ));
                if let Some(text) = warning {
                    self.warn(text);
                }
                return;
            }
            Intent::ExportReport(export) => return self.export_report(export),
            Intent::AddServiceTime(time) => return self.add_service_time(time),
            Intent::FreezeYear => return self.freeze_year(),
            Intent::SaveFidelityAnswer {
                year,
                id,
                score,
                note,
            } => return self.save_fidelity_answer(year, id, score, note),
            Intent::ReloadActivities => {
                self.reload_plugins();
                let text = self.i18n.tr_args(
                    "activities-reloaded",
                    &[
                        ("ready", self.registry.iter().count().into()),
                        ("refused", self.registry.refused().len().into()),
                    ],
                );
                // Information, not an alarm: the reasons are listed in the settings.
                return self.say(text);
            }
            Intent::Warn(text) => return self.warn(text),
            Intent::ToggleProjector
            | Intent::ToggleBlank
            | Intent::ToggleFullscreen
            | Intent::TogglePhones
            | Intent::SaveDraft(_)
            | Intent::EndSession => return self.apply_runner(intent),
            Intent::SaveJourney => {
                self.save_journey(false);
                return;
            }
            Intent::FromJourney(go) => return self.follow(go),
            Intent::Sessions(page) => Screen::Sessions(page),
            Intent::Setup(state) => Screen::Setup(state),
            Intent::JourneyTo(id, start) => {
                self.apply(Intent::Journey(id));
                if let Screen::Journey(screen) = &mut self.screen
                    && let Some(go) = screen.start(start)
                {
                    self.follow(go);
                }
                return;
            }
            Intent::Journey(id) => {
                let Some(store) = &self.store else {
                    return;
                };
                match store.load_journey(&id) {
                    Ok(stored) => {
                        Screen::Journey(Box::new(super::journey::JourneyScreen::new(stored)))
                    }
                    Err(error) => {
                        let text = crate::messages::store_error(&self.i18n, &error);
                        return self.warn(text);
                    }
                }
            }
            Intent::Record { record, back } => {
                self.back_to_journey = back;
                Screen::Record(Box::new(super::record_screen::RecordScreen { record }))
            }
            Intent::SessionsPage(page) => return self.open_sessions_page(page),
            Intent::ResumeDraft(draft) => return self.resume_draft(&draft),
            Intent::QuickAdd(state) => return self.quick_add(&state),
            Intent::SaveSession => return self.leave_review(true),
            Intent::BackToSession => return self.leave_review(false),
            Intent::StartSession(state) => return self.start_session(&state),
            Intent::DiscardDraft(id) => {
                if let Some(Err(error)) = self.store.as_ref().map(|s| s.discard_draft(&id)) {
                    let text = crate::messages::store_error(&self.i18n, &error);
                    self.warn(text);
                }
                self.refresh_home();
                return;
            }
            Intent::CreateDataFolder { demo } => {
                let today = self.now().date_naive();
                let created = sessions::Store::create(&self.config.data_dir).and_then(|store| {
                    if demo {
                        sessions::demo::populate(&store, today).map(|_| ())
                    } else {
                        Ok(())
                    }
                });
                return match created {
                    Ok(()) => self.open_data_dir(),
                    Err(error) => {
                        let text = crate::messages::store_error(&self.i18n, &error);
                        self.warn(text);
                    }
                };
            }
            Intent::BackFromRecord => {
                return match self.back_to_journey.take() {
                    Some(id) => self.apply(Intent::Journey(id)),
                    None => self.apply(Intent::Home),
                };
            }
            Intent::ProtectFolder => Screen::Protect(Box::new(super::protect::ProtectScreen::new(
                &self.settings.facilitator,
            ))),
            Intent::CreateEncrypted { name, passphrase } => {
                return self.create_encrypted(&name, passphrase);
            }
            Intent::Unlock { secret, recovery } => return self.unlock(secret, recovery),
            Intent::Lock => return self.lock(None),
            Intent::AddAdvisor { name, passphrase } => return self.add_advisor(&name, passphrase),
            Intent::RemoveAdvisor(name) => return self.remove_advisor(&name),
            Intent::PrintRecovery => return self.print_recovery(),
            Intent::Running => Screen::Running,
            Intent::Review(state) => Screen::Review(state),
        };
    }
}
