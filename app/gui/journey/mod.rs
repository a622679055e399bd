//! The participant's journey screen (*parcours*, `sessions/DOMAIN.md` §2): who they are and where they
//! stand, consents, what matters to them, phases, stages and their reviews, experiences,
//! status changes, every session with its takeaway, progress charts, and the GDPR actions.
//!
//! Changes are saved as soon as they are complete (a form added, a field left). The rules of
//! a journey (history only added to, pauses at the person's request…) are
//! `sessions::Journey::apply`'s: the sections here build `JourneyEdit`s and say refusals.
//! One file per section: `header`, `stages` (and experiences), `status`, `contacts`,
//! `identity` (identity, consents, preferences, phases), `timeline`, `gdpr`.

use chrono::NaiveDate;
use sessions::{
    ContactKind, Contract, ExitReason, Journey, MilestoneKind, Objective, ParticipantId, Revision,
    Rhythm, Stored,
};

mod contacts;
mod follow_ups;
mod gdpr;
mod header;
mod identity;
mod stages;
mod status;
mod timeline;

use super::ctx::Ctx;
use super::intent::Intent;
use super::{AtelierApp, Screen, setup};
use crate::i18n::I18n;
use contacts::contacts_ui;
use follow_ups::{FollowUpForm, follow_ups_ui};
use gdpr::gdpr_ui;
use header::header_ui;
use identity::{consents_ui, identity_ui, phases_ui, preferences_ui};
use stages::{milestones_ui, stages_ui};
use status::status_ui;
use timeline::timeline_ui;

/// The journey being looked at, and the forms in progress on it.
#[derive(Debug)]
pub struct JourneyScreen {
    /// As last read from or written to disk.
    saved: Journey,
    revision: Revision,
    /// As edited.
    journey: Journey,
    /// Show only this activity's sessions.
    filter: Option<String>,
    prefs: PrefsText,
    stage: StageForm,
    milestone: MilestoneForm,
    status: StatusForm,
    contact: ContactForm,
    follow_up: FollowUpForm,
    erase_step: u8,
    /// A document or an export waiting for a folder written by hand (no folder window could
    /// open): nothing is written outside the data folder without the person choosing where.
    write_to: Option<WriteTo>,
    /// A save refused because the file changed on disk.
    conflict: bool,
    /// The content of the last save that failed (not retried by itself).
    failed: Option<Journey>,
    /// Which opening of a journey this is: its scroll areas start at the top each time, never
    /// where the previous person's were.
    opening: u64,
}

/// What is to be written outside the data folder, and the folder as typed.
#[derive(Debug)]
struct WriteTo {
    what: Outside,
    folder: String,
    /// The folder field still has to take the keyboard.
    focus: bool,
}

/// A copy of the person's data that goes outside the data folder.
#[derive(Debug, Clone)]
enum Outside {
    /// The person's document: the whole journey, or one session.
    Document(Option<sessions::SessionId>),
    /// Everything about them (GDPR export).
    Export,
}

/// The preference lists as text, one item per line.
#[derive(Debug, Default)]
struct PrefsText {
    wished_jobs: String,
    places: String,
    strengths: String,
    accommodations: String,
}

#[derive(Debug, Default)]
struct StageForm {
    open: bool,
    title: String,
    objective: String,
    measure: String,
    due: String,
    objectives: Vec<Objective>,
    actions: String,
    rhythm: Option<Rhythm>,
    planned_end: String,
    error: Option<String>,
}

#[derive(Debug, Default)]
struct MilestoneForm {
    open: bool,
    kind: usize,
    title: String,
    employer: String,
    start: String,
    end: String,
    error: Option<String>,
}

#[derive(Debug, Default)]
struct ContactForm {
    open: bool,
    date: String,
    kind: Option<ContactKind>,
    /// Minutes, as typed (optional).
    duration: String,
    note: String,
    error: Option<String>,
}

/// The kinds of contact, with their message ids.
pub(crate) const CONTACT_KINDS: [(ContactKind, &str); 7] = [
    (ContactKind::Meeting, "contact-meeting"),
    (ContactKind::Video, "contact-video"),
    (ContactKind::Call, "contact-call"),
    (ContactKind::WorkplaceVisit, "contact-workplace"),
    (ContactKind::Message, "contact-message"),
    (ContactKind::Employer, "contact-employer"),
    (ContactKind::Partner, "contact-partner"),
];

#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
enum StatusAction {
    #[default]
    None,
    Hold,
    Exit,
    Resume,
    /// Back after an exit: a dated re-entry.
    ReEnter,
}

#[derive(Debug, Default)]
struct StatusForm {
    action: StatusAction,
    /// The exit's date, as typed (today by default).
    date: String,
    asked: bool,
    until: String,
    conditions: String,
    /// How often to keep in touch during a hold, in days, if agreed.
    check_in: Option<u16>,
    reason: usize,
    other_reason: String,
    note: String,
    error: Option<String>,
}

/// The kinds of experience offered in the form, in order.
const MILESTONE_KINDS: [fn() -> MilestoneKind; 7] = [
    || MilestoneKind::WorkTrial,
    || MilestoneKind::Training,
    || MilestoneKind::Job(Contract::Cdi),
    || MilestoneKind::Job(Contract::Cdd),
    || MilestoneKind::Job(Contract::Interim),
    || MilestoneKind::Job(Contract::Alternance),
    || MilestoneKind::Volunteering,
];

/// The exit reasons offered in the form, in order; the last one is "other", written out.
const EXIT_REASONS: [fn() -> ExitReason; 5] = [
    || ExitReason::PersonRequest,
    || ExitReason::StableJob,
    || ExitReason::MovedAway,
    || ExitReason::Health,
    || ExitReason::LostContact,
];

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What a journey opens on when Home's to-do list asks for an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The form to note a contact.
    Contact,
    /// The review of stage number `0`: the stage review exercise, prepared.
    Review(usize),
}

impl JourneyScreen {
    /// Opens the form for `start`, as if its button had been clicked; what the app does
    /// instead (preparing a stage review), if anything.
    pub(crate) fn start(&mut self, start: Start) -> Option<Go> {
        match start {
            Start::Contact => {
                self.contact.open = true;
                None
            }
            Start::Review(stage) => Some(Go::ReviewStage(stage)),
        }
    }

    /// The screen for a journey as read from disk.
    pub fn new(stored: Stored<Journey>) -> Self {
        let prefs = &stored.value.preferences;
        Self {
            prefs: PrefsText {
                wished_jobs: prefs.wished_jobs.join("\n"),
                places: prefs.places.join("\n"),
                strengths: prefs.strengths.join("\n"),
                accommodations: prefs.accommodations.join("\n"),
            },
            saved: stored.value.clone(),
            journey: stored.value,
            revision: stored.revision,
            filter: None,
            stage: StageForm::default(),
            milestone: MilestoneForm::default(),
            status: StatusForm::default(),
            contact: ContactForm::default(),
            follow_up: FollowUpForm::default(),
            erase_step: 0,
            write_to: None,
            conflict: false,
            failed: None,
            opening: {
                static OPENINGS: std::sync::atomic::AtomicU64 =
                    std::sync::atomic::AtomicU64::new(0);
                OPENINGS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        }
    }

    /// Whose journey this is.
    pub fn id(&self) -> &ParticipantId {
        &self.journey.id
    }

    /// Whether there are changes not written yet.
    pub fn has_changes(&self) -> bool {
        self.journey != self.saved
    }
}

impl JourneyScreen {
    /// Draws the journey; what must touch the data folder or leave the screen is an intent.
    /// While nothing is being typed, the intent is to write what is complete.
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let screen = self;
        let now = ctx.now;
        let i18n = ctx.i18n;
        let mut go = Go::Stay;
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("back")).clicked() {
                go = Go::Home;
            }
            if screen.failed.is_some() && !screen.conflict {
                if ui.button(i18n.tr("journey-retry")).clicked() {
                    go = Go::Retry;
                }
            } else if screen.has_changes() {
                ui.weak(i18n.tr("journey-unsaved"));
            } else {
                ui.weak(i18n.tr("journey-saved"));
            }
        });
        if screen.conflict {
            ui.horizontal(|ui| {
                ui.colored_label(ui.visuals().warn_fg_color, i18n.tr("journey-conflict"));
                if ui.button(i18n.tr("journey-reload")).clicked() {
                    go = Go::Reload;
                }
            });
        }
        if let Some(write_to) = &mut screen.write_to {
            write_to_ui(ui.ctx(), i18n, write_to, &mut go);
        }
        let today = now.date_naive();
        let who = ctx.facilitator.to_owned();
        let registry = ctx.registry;
        let opening = screen.opening;
        // Wide and tall enough: the header above two columns that scroll on their own. Else
        // (a small window, large text) the whole journey scrolls as one, nothing cut.
        let roomy = ui.available_width() > 1000.0 && ui.available_height() > 560.0;
        if roomy {
            egui::ScrollArea::vertical()
                .id_salt(("journey-header", opening))
                .max_height(ui.available_height() * 0.5)
                .show(ui, |ui| header_ui(ui, i18n, screen, now, &mut go));
            ui.separator();
        }
        if roomy {
            // Wide: the file on the left, sessions and progress on the right, each scrolling.
            ui.columns(2, |columns| {
                if let [left, right] = columns {
                    egui::ScrollArea::vertical()
                        .id_salt(("journey-left", opening))
                        .auto_shrink([false, false])
                        .show(left, |ui| {
                            details_ui(ui, i18n, screen, today, &who, &mut go);
                        });
                    egui::ScrollArea::vertical()
                        .id_salt(("journey-right", opening))
                        .auto_shrink([false, false])
                        .show(right, |ui| {
                            section(ui, i18n, i18n.tr("journey-timeline"), true, |ui| {
                                timeline_ui(ui, i18n, registry, screen, &mut go);
                            });
                        });
                }
            });
        } else {
            egui::ScrollArea::vertical()
                .id_salt(("journey-all", opening))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    header_ui(ui, i18n, screen, now, &mut go);
                    ui.separator();
                    section(ui, i18n, i18n.tr("journey-timeline"), true, |ui| {
                        timeline_ui(ui, i18n, registry, screen, &mut go);
                    });
                    details_ui(ui, i18n, screen, today, &who, &mut go);
                });
        }
        match go {
            // Save what is complete: nothing is being typed.
            Go::Stay => ui
                .ctx()
                .memory(|m| m.focused().is_none())
                .then_some(Intent::SaveJourney),
            go => Some(Intent::FromJourney(go)),
        }
    }
}

impl AtelierApp {
    /// Opens `id`'s journey.
    pub(super) fn open_journey(&mut self, id: &ParticipantId) {
        self.apply(Intent::Journey(id.clone()));
    }

    /// Writes the journey if it changed; a file changed elsewhere is never overwritten. Returns
    /// whether everything is on disk. After a failure the same content is not retried by
    /// itself (`force` retries: leaving the screen, the retry button).
    pub(super) fn save_journey(&mut self, force: bool) -> bool {
        let (Screen::Journey(screen), Some(store)) = (&mut self.screen, &self.store) else {
            return true;
        };
        if !screen.has_changes() {
            return true;
        }
        if screen.conflict || (!force && screen.failed.as_ref() == Some(&screen.journey)) {
            return false;
        }
        match store.save_journey(&screen.journey, Some(screen.revision)) {
            Ok(revision) => {
                screen.revision = revision;
                screen.saved = screen.journey.clone();
                screen.failed = None;
                true
            }
            Err(error) => {
                screen.conflict = matches!(error, sessions::StoreError::Conflict(_));
                screen.failed = Some(screen.journey.clone());
                let text = self.i18n.tr_args(
                    "journey-save-failed",
                    &[(
                        "reason",
                        crate::messages::store_error(&self.i18n, &error).into(),
                    )],
                );
                self.warn(text);
                false
            }
        }
    }

    /// Carries out what the journey screen asked for.
    pub(crate) fn follow(&mut self, go: Go) {
        let Screen::Journey(screen) = &self.screen else {
            return;
        };
        let id = screen.id().clone();
        let stage_title = |index: usize| screen.journey.stages.get(index).map(|s| s.title.clone());
        let stage_title = match go {
            Go::ReviewStage(index) => stage_title(index),
            _ => None,
        };
        // An export holds what is on screen: it is written first. (Leaving the screen writes
        // it too: `apply` does.)
        if matches!(go, Go::ExportAll) && !self.save_journey(true) {
            return;
        }
        match go {
            Go::Stay => {}
            Go::Retry => {
                self.save_journey(true);
            }
            Go::Home => self.apply(Intent::Home),
            Go::Reload => self.open_journey(&id),
            Go::OneToOne => {
                let mut state = setup::SetupState::new(
                    sessions::Mode::OneToOne,
                    &self.settings.facilitator,
                    &self.settings.place,
                );
                state.select(id);
                self.apply(Intent::Setup(Box::new(state)));
            }
            Go::ReviewStage(index) => {
                let Some(title) = stage_title else {
                    return;
                };
                // The stage review exercise: the shipped "Bilan d'étape", or a team's own.
                let Some(activity) = self
                    .registry
                    .iter()
                    .find(|a| {
                        a.descriptor.reviews_stage
                            && a.descriptor
                                .modes
                                .allows(atelier_plugin_api::Mode::OneToOne)
                    })
                    .map(|a| a.descriptor.id.clone())
                else {
                    let text = self.i18n.tr("journey-review-no-activity");
                    return self.warn(text);
                };
                let mut state = setup::SetupState::new(
                    sessions::Mode::OneToOne,
                    &self.settings.facilitator,
                    &self.settings.place,
                );
                state.review_stage(id, index, &title, &activity);
                self.apply(Intent::Setup(Box::new(state)));
            }
            Go::Record(session) => {
                let Some(store) = &self.store else {
                    return;
                };
                match store.load_record(&session) {
                    Ok(record) => self.apply(Intent::Record {
                        record: Box::new(record),
                        back: Some(id),
                    }),
                    Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
                }
            }
            Go::Document(session) => self.write_outside(Outside::Document(session)),
            Go::ExportAll => self.write_outside(Outside::Export),
            Go::WriteHere => {
                let Screen::Journey(screen) = &mut self.screen else {
                    return;
                };
                let Some(write_to) = screen.write_to.take() else {
                    return;
                };
                let folder = write_to.folder.trim();
                if folder.is_empty() {
                    let text = self.i18n.tr("journey-write-to-empty");
                    screen.write_to = Some(write_to);
                    self.warn(text);
                    return;
                }
                let dir = std::path::PathBuf::from(folder);
                self.write_copy(&write_to.what, &dir);
            }
            Go::CancelWrite => {
                if let Screen::Journey(screen) = &mut self.screen {
                    screen.write_to = None;
                }
                let text = self.i18n.tr("journey-no-folder");
                self.say(text);
            }
            Go::Erase => self.erase(&id),
        }
    }

    /// Asks where to write a copy of the person's data, then writes it there: the system's
    /// folder window, or, when none can open, a folder typed on the screen (the documented
    /// folder proposed) — never somewhere the person did not choose.
    fn write_outside(&mut self, what: Outside) {
        match self.config.folder_picker.pick() {
            super::Picked::Chosen(dir) => self.write_copy(&what, &dir),
            super::Picked::Fallback(dir) => {
                if let Screen::Journey(screen) = &mut self.screen {
                    screen.write_to = Some(WriteTo {
                        what,
                        folder: dir.display().to_string(),
                        focus: true,
                    });
                }
            }
            super::Picked::Cancelled => {
                let text = self.i18n.tr("journey-no-folder");
                self.say(text);
            }
        }
    }

    /// Writes `what` into `dir`, and lists the copy in the journey (so that an erasure can say
    /// it exists).
    fn write_copy(&mut self, what: &Outside, dir: &std::path::Path) {
        let today = self.now().date_naive();
        let written = match what {
            Outside::Document(session) => {
                self.write_document(session.as_ref(), dir, today)
                    .map(|files| {
                        let kind = if session.is_some() {
                            sessions::CopyKind::SessionDocument
                        } else {
                            sessions::CopyKind::Document
                        };
                        let first = files.first().cloned().unwrap_or_default();
                        let text = self
                            .i18n
                            .tr_args("journey-document-done", &[("path", first.as_path().into())]);
                        (kind, files, text)
                    })
            }
            Outside::Export => self.export_all(dir, today).map(|report| {
                let text = self.i18n.tr_args(
                    "export-done",
                    &[
                        (
                            "id",
                            report
                                .dir
                                .file_name()
                                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                                .into(),
                        ),
                        ("path", report.dir.as_path().into()),
                        ("files", report.files.len().into()),
                    ],
                );
                (sessions::CopyKind::Export, vec![report.dir], text)
            }),
        };
        match written {
            Ok((kind, paths, text)) => {
                if let Screen::Journey(screen) = &mut self.screen {
                    screen
                        .journey
                        .copies
                        .extend(paths.iter().map(|path| sessions::CopyOutside {
                            date: today,
                            kind,
                            path: path.display().to_string(),
                        }));
                }
                self.save_journey(true);
                self.say_written(text);
            }
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }

    /// Writes the person's document (the whole journey, or one session) into `dir`; named
    /// after them and never over an earlier one.
    fn write_document(
        &self,
        session: Option<&sessions::SessionId>,
        dir: &std::path::Path,
        today: NaiveDate,
    ) -> Result<Vec<std::path::PathBuf>, sessions::StoreError> {
        let Screen::Journey(screen) = &self.screen else {
            return Ok(Vec::new());
        };
        let name = |activity: &str| self.registry.name(activity, &self.i18n);
        let journey = &screen.journey;
        let who = crate::printable::file_name_part(&journey.display_name);
        let (document, stem) = match session.and_then(|s| journey.link(s)) {
            Some(link) => (
                crate::printable::session_document(&self.i18n, journey, link, &name),
                format!(
                    "{}-{who}-{}",
                    self.i18n.tr("doc-session-file-stem"),
                    link.date.format("%Y-%m-%d")
                ),
            ),
            None => (
                crate::printable::journey_document(&self.i18n, journey, today, &name),
                format!(
                    "{}-{who}-{}",
                    self.i18n.tr("doc-file-stem"),
                    today.format("%Y-%m-%d")
                ),
            ),
        };
        document.write(dir, &stem, self.i18n.locale().code())
    }

    /// The folder to write into: the one chosen, or, when no folder window can open, the
    /// documented fallback (`true`). `None` (and a notice) when the person cancelled.
    pub(super) fn pick_folder(&mut self) -> Option<(std::path::PathBuf, bool)> {
        match self.config.folder_picker.pick() {
            super::Picked::Chosen(dir) => Some((dir, false)),
            super::Picked::Fallback(dir) => Some((dir, true)),
            super::Picked::Cancelled => {
                let text = self.i18n.tr("journey-no-folder");
                self.say(text);
                None
            }
        }
    }

    /// Every piece of data about the person, into `dir` (GDPR access right).
    fn export_all(
        &self,
        dir: &std::path::Path,
        today: NaiveDate,
    ) -> Result<sessions::ExportReport, sessions::StoreError> {
        let (Screen::Journey(screen), Some(store)) = (&self.screen, &self.store) else {
            return Err(sessions::StoreError::MissingDataDir(dir.to_path_buf()));
        };
        crate::printable::export_with_document(
            &self.i18n,
            store,
            screen.id(),
            dir,
            today,
            &|activity| self.registry.name(activity, &self.i18n),
        )
    }

    /// Erases the person everywhere (GDPR erasure), after the two confirmations.
    fn erase(&mut self, id: &ParticipantId) {
        let Some(store) = &self.store else {
            return;
        };
        let forget = |activity: &str, data: &str, who: &ParticipantId| {
            self.registry.forget(activity, data, who)
        };
        match sessions::erase_participant(store, id, &forget) {
            Ok(report) => {
                let text = self.i18n.tr_args(
                    "erase-done-ui",
                    &[
                        ("removed", report.records_removed.len().into()),
                        ("records", report.records_changed.len().into()),
                        ("drafts", report.drafts_changed.len().into()),
                    ],
                );
                let rest = crate::messages::erase_rest(&self.i18n, &report);
                let text = if rest.is_empty() {
                    text
                } else {
                    format!("{text}\n{rest}")
                };
                self.apply(Intent::HomeAfterErase);
                if report.is_complete() {
                    self.say(text);
                } else {
                    self.warn(text);
                }
            }
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }
}

/// Everything but the timeline: identity, consents, preferences, phases, stages, experiences,
/// status, private notes, GDPR.
fn details_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
    who: &str,
    go: &mut Go,
) {
    section(ui, i18n, i18n.tr("journey-follow-ups"), true, |ui| {
        follow_ups_ui(ui, i18n, screen, today);
    });
    section(ui, i18n, i18n.tr("journey-stages"), true, |ui| {
        if let Some(stage) = stages_ui(ui, i18n, screen, today) {
            *go = Go::ReviewStage(stage);
        }
    });
    section(ui, i18n, i18n.tr("journey-status"), true, |ui| {
        status_ui(ui, i18n, screen, today, who);
    });
    section(ui, i18n, i18n.tr("journey-contacts"), true, |ui| {
        contacts_ui(ui, i18n, screen, today, who);
    });
    section(ui, i18n, i18n.tr("journey-preferences"), true, |ui| {
        preferences_ui(ui, i18n, screen, today);
    });
    section(ui, i18n, i18n.tr("journey-phases"), true, |ui| {
        phases_ui(ui, i18n, &mut screen.journey, today);
    });
    section(ui, i18n, i18n.tr("journey-milestones"), true, |ui| {
        milestones_ui(ui, i18n, screen, today);
    });
    section(ui, i18n, i18n.tr("journey-identity"), false, |ui| {
        identity_ui(ui, i18n, &mut screen.journey);
    });
    section(ui, i18n, i18n.tr("journey-consents"), false, |ui| {
        consents_ui(ui, i18n, &mut screen.journey, today, who);
    });
    section(ui, i18n, i18n.tr("journey-private"), false, |ui| {
        ui.weak(i18n.tr("journey-private-hint"));
        let label = ui.label(i18n.tr("journey-private-notes"));
        ui.add(
            egui::TextEdit::multiline(screen.journey.private_notes.expose_mut())
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let last = screen.journey.last_name.expose_mut();
        let mut text = last.clone().unwrap_or_default();
        if atelier_plugin_api::text_field(ui, &i18n.tr("journey-last-name"), &mut text).changed() {
            *last = Some(text.trim().to_owned()).filter(|t| !t.is_empty());
        }
    });
    section(ui, i18n, i18n.tr("journey-gdpr"), false, |ui| {
        gdpr_ui(ui, i18n, screen, go);
    });
}

/// Where the screen goes after this frame.
/// What the journey screen asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Go {
    Stay,
    Retry,
    Home,
    Reload,
    OneToOne,
    /// Prepare the stage review exercise for the stage at this place.
    ReviewStage(usize),
    Record(sessions::SessionId),
    Document(Option<sessions::SessionId>),
    ExportAll,
    /// Write what waits for a folder into the folder typed.
    WriteHere,
    /// Write nothing after all.
    CancelWrite,
    Erase,
}

/// When no folder window could open: where to write, typed by the person, with the
/// documented folder proposed.
fn write_to_ui(ctx: &egui::Context, i18n: &I18n, write_to: &mut WriteTo, go: &mut Go) {
    // A dialog over the screen: the question is the one thing to answer now (Escape or a
    // click beside it cancels).
    let modal = egui::Modal::new(egui::Id::unique("journey-write-to")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(i18n.tr("journey-write-to-title"));
        ui.label(i18n.tr("journey-write-to-why"));
        let label = i18n.tr("journey-write-to-folder");
        ui.horizontal_wrapped(|ui| {
            let field = ui.label(&label);
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut write_to.folder)
                        .desired_width(ui.available_width().min(520.0)),
                )
                .labelled_by(field.id);
            // The keyboard goes to the folder as the dialog opens.
            if std::mem::take(&mut write_to.focus) {
                edit.request_focus();
            }
        });
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("journey-write-to-confirm")).clicked() {
                *go = Go::WriteHere;
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                *go = Go::CancelWrite;
            }
        });
    });
    if modal.should_close() && matches!(go, Go::Stay) {
        *go = Go::CancelWrite;
    }
}

fn section(
    ui: &mut egui::Ui,
    i18n: &I18n,
    title: String,
    open: bool,
    body: impl FnOnce(&mut egui::Ui),
) {
    let header =
        egui::CollapsingHeader::new(egui::RichText::new(title).heading()).default_open(open);
    crate::gui::access::collapsing(ui, i18n, header, body);
}
