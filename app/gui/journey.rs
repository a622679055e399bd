//! The participant's journey screen (*parcours*, domain.md §2): who they are and where they
//! stand, consents, what matters to them, phases, stages and their reviews, experiences,
//! status changes, every session with its takeaway, progress charts, and the GDPR actions.
//!
//! Changes are saved as soon as they are complete (a form added, a field left); history —
//! status changes, stage reviews, phases — is only ever added to.

use chrono::{DateTime, FixedOffset, NaiveDate};
use sessions::{
    ConsentKind, Contact, ContactKind, Contract, ExitReason, Journey, JourneyEdit, Milestone,
    MilestoneKind, Objective, ParticipantId, PhaseSpan, Prescriber, ReviewDecision, Revision,
    Rhythm, SessionLink, Stage, Status, Stored,
};

use super::{AtelierApp, Screen, setup};
use crate::i18n::I18n;
use crate::{messages, words};

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
    review: Option<(usize, ReviewForm)>,
    milestone: MilestoneForm,
    status: StatusForm,
    contact: ContactForm,
    erase_step: u8,
    /// A save refused because the file changed on disk.
    conflict: bool,
    /// The content of the last save that failed (not retried by itself).
    failed: Option<Journey>,
    /// Which opening of a journey this is: its scroll areas start at the top each time, never
    /// where the previous person's were.
    opening: u64,
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

/// The decision chosen in a review form, before its detail is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Continue,
    HandOver,
    Stop,
}

#[derive(Debug, Default)]
struct ReviewForm {
    decision: Option<Decision>,
    detail: String,
    note: String,
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
    note: String,
    error: Option<String>,
}

/// The kinds of contact, with their message ids.
const CONTACT_KINDS: [(ContactKind, &str); 4] = [
    (ContactKind::Meeting, "contact-meeting"),
    (ContactKind::Call, "contact-call"),
    (ContactKind::WorkplaceVisit, "contact-workplace"),
    (ContactKind::Message, "contact-message"),
];

#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
enum StatusAction {
    #[default]
    None,
    Hold,
    Exit,
    Resume,
}

#[derive(Debug, Default)]
struct StatusForm {
    action: StatusAction,
    /// The exit's date, as typed (today by default).
    date: String,
    asked: bool,
    until: String,
    conditions: String,
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

/// Reads a date typed as `20/11/2026` (or `2026-11-20`).
fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .ok()
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A labelled one-line field.
fn field(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        // One-line fields are held to their bound as they are typed (names are shorter still).
        ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(320.0)
                .char_limit(sessions::bounds::MAX_LINE_CHARS),
        )
        .labelled_by(label.id)
    })
    .inner
}

/// A labelled field of several lines.
fn area(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

impl JourneyScreen {
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
            review: None,
            milestone: MilestoneForm::default(),
            status: StatusForm::default(),
            contact: ContactForm::default(),
            erase_step: 0,
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

impl AtelierApp {
    /// Opens `id`'s journey.
    pub(super) fn open_journey(&mut self, id: &ParticipantId) {
        let Some(store) = &self.store else {
            return;
        };
        match store.load_journey(id) {
            Ok(stored) => self.screen = Screen::Journey(Box::new(JourneyScreen::new(stored))),
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
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

    pub(super) fn journey_ui(&mut self, ui: &mut egui::Ui) {
        let now = self.now();
        let Screen::Journey(screen) = &mut self.screen else {
            return;
        };
        let i18n = &self.i18n;
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
        let today = now.date_naive();
        let who = self.settings.facilitator.clone();
        let registry = &self.registry;
        let opening = screen.opening;
        egui::ScrollArea::vertical()
            .id_salt(("journey-header", opening))
            .max_height(ui.available_height() * 0.4)
            .show(ui, |ui| header_ui(ui, i18n, screen, now, &mut go));
        ui.separator();
        if ui.available_width() > 1000.0 {
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
                            section(ui, i18n.tr("journey-timeline"), true, |ui| {
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
                    section(ui, i18n.tr("journey-timeline"), true, |ui| {
                        timeline_ui(ui, i18n, registry, screen, &mut go);
                    });
                    details_ui(ui, i18n, screen, today, &who, &mut go);
                });
        }

        // Save what is complete: nothing is being typed.
        if ui.ctx().memory(|m| m.focused().is_none()) {
            self.save_journey(false);
        }
        self.follow(go);
    }

    fn follow(&mut self, go: Go) {
        let Screen::Journey(screen) = &self.screen else {
            return;
        };
        let id = screen.id().clone();
        // Leaving the screen first writes the changes; if that fails, the screen stays, with
        // the changes and the reason.
        let leaves = matches!(go, Go::Home | Go::OneToOne | Go::Record(_) | Go::ExportAll);
        if leaves && !self.save_journey(true) {
            return;
        }
        match go {
            Go::Stay => {}
            Go::Retry => {
                self.save_journey(true);
            }
            Go::Home => {
                self.refresh_home();
                self.screen = Screen::Home;
            }
            Go::Reload => self.open_journey(&id),
            Go::OneToOne => {
                let mut state =
                    setup::SetupState::new(sessions::Mode::OneToOne, &self.settings.facilitator);
                state.select(id);
                self.screen = Screen::Setup(Box::new(state));
            }
            Go::Record(session) => {
                let Some(store) = &self.store else {
                    return;
                };
                match store.load_record(&session) {
                    Ok(record) => {
                        self.back_to_journey = Some(id);
                        self.screen = Screen::Record(Box::new(record));
                    }
                    Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
                }
            }
            Go::Document(session) => self.write_document(session.as_ref()),
            Go::ExportAll => self.export_all(&id),
            Go::Erase => self.erase(&id),
        }
    }

    /// Writes the person's document (the whole journey, or one session) into a chosen folder;
    /// named after them and never over an earlier one.
    fn write_document(&mut self, session: Option<&sessions::SessionId>) {
        let Some((dir, fallback)) = self.pick_folder() else {
            return;
        };
        let Screen::Journey(screen) = &self.screen else {
            return;
        };
        let today = self.now().date_naive();
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
        match document.write(&dir, &stem, self.i18n.locale().code()) {
            Ok(files) => {
                let first = files.first().cloned().unwrap_or_default();
                let key = if fallback {
                    "journey-document-fallback"
                } else {
                    "journey-document-done"
                };
                self.say(self.i18n.tr_args(key, &[("path", first.as_path().into())]));
            }
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }

    /// The folder to write into: the one chosen, or, when no folder window can open, the
    /// documented fallback (`true`). `None` (and a notice) when the person cancelled.
    fn pick_folder(&mut self) -> Option<(std::path::PathBuf, bool)> {
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

    /// Every piece of data about the person, into a chosen folder (GDPR access right).
    fn export_all(&mut self, id: &ParticipantId) {
        let Some((dir, _fallback)) = self.pick_folder() else {
            return;
        };
        let Some(store) = &self.store else {
            return;
        };
        let today = self.now().date_naive();
        let result = crate::printable::export_with_document(
            &self.i18n,
            store,
            id,
            &dir,
            today,
            &|activity| self.registry.name(activity, &self.i18n),
        );
        match result {
            Ok(report) => self.say(self.i18n.tr_args(
                "export-done",
                &[
                    ("id", id.as_str().into()),
                    ("path", report.dir.as_path().into()),
                    ("files", report.files.len().into()),
                ],
            )),
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
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
                self.refresh_home();
                self.screen = Screen::Home;
                self.say(text);
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
    section(ui, i18n.tr("journey-stages"), true, |ui| {
        stages_ui(ui, i18n, screen, today);
    });
    section(ui, i18n.tr("journey-status"), true, |ui| {
        status_ui(ui, i18n, screen, today, who);
    });
    section(ui, i18n.tr("journey-contacts"), true, |ui| {
        contacts_ui(ui, i18n, screen, today, who);
    });
    section(ui, i18n.tr("journey-preferences"), true, |ui| {
        preferences_ui(ui, i18n, screen, today);
    });
    section(ui, i18n.tr("journey-phases"), true, |ui| {
        phases_ui(ui, i18n, &mut screen.journey, today);
    });
    section(ui, i18n.tr("journey-milestones"), true, |ui| {
        milestones_ui(ui, i18n, screen, today);
    });
    section(ui, i18n.tr("journey-identity"), false, |ui| {
        identity_ui(ui, i18n, &mut screen.journey);
    });
    section(ui, i18n.tr("journey-consents"), false, |ui| {
        consents_ui(ui, i18n, &mut screen.journey, today, who);
    });
    section(ui, i18n.tr("journey-private"), false, |ui| {
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
        if field(ui, &i18n.tr("journey-last-name"), &mut text).changed() {
            *last = Some(text.trim().to_owned()).filter(|t| !t.is_empty());
        }
    });
    section(ui, i18n.tr("journey-gdpr"), false, |ui| {
        gdpr_ui(ui, i18n, screen, go);
    });
}

/// Where the screen goes after this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Go {
    Stay,
    Retry,
    Home,
    Reload,
    OneToOne,
    Record(sessions::SessionId),
    Document(Option<sessions::SessionId>),
    ExportAll,
    Erase,
}

fn section(ui: &mut egui::Ui, title: String, open: bool, body: impl FnOnce(&mut egui::Ui)) {
    egui::CollapsingHeader::new(egui::RichText::new(title).heading())
        .default_open(open)
        .show(ui, body);
}

fn header_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &JourneyScreen,
    now: DateTime<FixedOffset>,
    go: &mut Go,
) {
    let journey = &screen.journey;
    ui.heading(egui::RichText::new(crate::words::short(&journey.display_name, 60)).size(28.0));
    let status = journey.status();
    let mut line = words::status(i18n, status);
    if !journey.advisor.is_empty() {
        line.push_str(" · ");
        line.push_str(&i18n.tr_args(
            "journey-advisor-is",
            &[("name", journey.advisor.as_str().into())],
        ));
    }
    ui.label(line);
    if let Status::OnHold {
        resume_conditions, ..
    } = status
    {
        ui.label(i18n.tr_args(
            "journey-resume-conditions",
            &[("conditions", resume_conditions.as_str().into())],
        ));
    }
    let phases = words::phases_now(i18n, journey);
    if !phases.is_empty() {
        ui.label(i18n.tr_args("journey-phases-now", &[("phases", phases.into())]));
    }
    let check = journey.contact_check(now);
    let last = journey.last_contact().map_or_else(
        || i18n.tr("journey-no-contact"),
        |d| {
            i18n.tr_args(
                "journey-last-contact",
                &[
                    ("date", words::date(d).into()),
                    (
                        "days",
                        usize::try_from(check.days_since).unwrap_or(0).into(),
                    ),
                ],
            )
        },
    );
    ui.label(last);
    if let Some(expected) = check.expected {
        let text = i18n.tr_args(
            "journey-rhythm",
            &[
                (
                    "rhythm",
                    words::every_days(i18n, expected.every_days).into(),
                ),
                (
                    "reason",
                    words::contact_reason(i18n, expected.reason).into(),
                ),
            ],
        );
        if check.overdue {
            egui::Frame::new()
                .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
                .stroke(egui::Stroke::new(1.5, ui.visuals().warn_fg_color))
                .corner_radius(4.0)
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(i18n.tr("journey-overdue")).strong());
                    ui.label(text);
                });
        } else {
            ui.label(text);
        }
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(i18n.tr("home-start-one-to-one")).clicked() {
            *go = Go::OneToOne;
        }
        if ui.button(i18n.tr("journey-document")).clicked() {
            *go = Go::Document(None);
        }
    });
}

fn contacts_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
    who: &str,
) {
    ui.weak(i18n.tr("journey-contacts-hint"));
    let kind_name = |kind: ContactKind| {
        CONTACT_KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, id)| i18n.tr(id))
            .unwrap_or_default()
    };
    let mut contacts: Vec<&Contact> = screen.journey.contacts.iter().collect();
    contacts.sort_by_key(|c| std::cmp::Reverse(c.date));
    for contact in contacts.iter().take(12) {
        let mut line = format!(
            "{} — {}",
            words::date(contact.date),
            kind_name(contact.kind)
        );
        if !contact.recorded_by.is_empty() {
            line.push_str(&format!(" · {}", contact.recorded_by));
        }
        if !contact.note.expose().is_empty() {
            line.push_str(&format!(" · {}", contact.note.expose()));
        }
        ui.label(line);
    }
    let form = &mut screen.contact;
    if !form.open {
        if ui.button(i18n.tr("journey-contact-new")).clicked() {
            form.open = true;
            form.date = words::date(today);
        }
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        field(ui, &i18n.tr("journey-contact-date"), &mut form.date);
        ui.horizontal_wrapped(|ui| {
            for (kind, id) in CONTACT_KINDS {
                ui.radio_value(&mut form.kind, Some(kind), i18n.tr(id));
            }
        });
        field(ui, &i18n.tr("journey-contact-note"), &mut form.note);
        if let Some(error) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("journey-contact-add")).clicked() {
                match (parse_date(&form.date).filter(|d| *d <= today), form.kind) {
                    (None, _) => form.error = Some(i18n.tr("journey-contact-bad-date")),
                    (_, None) => form.error = Some(i18n.tr("journey-contact-no-kind")),
                    (Some(date), Some(kind)) => {
                        let edit = JourneyEdit::AddContact(Contact {
                            date,
                            kind,
                            recorded_by: who.to_owned(),
                            note: sessions::Private::new(form.note.trim().to_owned()),
                        });
                        match screen.journey.apply(edit, today) {
                            Ok(()) => *form = ContactForm::default(),
                            Err(error) => form.error = Some(messages::journey_error(i18n, &error)),
                        }
                    }
                }
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                *form = ContactForm::default();
            }
        });
    });
}

fn identity_ui(ui: &mut egui::Ui, i18n: &I18n, journey: &mut Journey) {
    field(
        ui,
        &i18n.tr("journey-display-name"),
        &mut journey.display_name,
    );
    field(ui, &i18n.tr("journey-advisor"), &mut journey.advisor);
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("journey-prescriber"));
        let current = words::prescriber(i18n, &journey.prescriber);
        egui::ComboBox::from_id_salt("prescriber")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for option in [
                    Prescriber::FranceTravail,
                    Prescriber::CapEmploi,
                    Prescriber::MissionLocale,
                    Prescriber::Mdph,
                    Prescriber::Other(String::new()),
                ] {
                    let text = match &option {
                        Prescriber::Other(_) => i18n.tr("journey-prescriber-other"),
                        other => words::prescriber(i18n, other),
                    };
                    let selected = std::mem::discriminant(&journey.prescriber)
                        == std::mem::discriminant(&option);
                    if ui.selectable_label(selected, text).clicked() && !selected {
                        journey.prescriber = option;
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    if let Prescriber::Other(name) = &mut journey.prescriber {
        field(ui, &i18n.tr("journey-prescriber-name"), name);
    }
    ui.label(i18n.tr_args(
        "journey-entry",
        &[("date", words::date(journey.entry_date).into())],
    ));
}

fn consents_ui(ui: &mut egui::Ui, i18n: &I18n, journey: &mut Journey, today: NaiveDate, who: &str) {
    for (kind, id) in [
        (ConsentKind::KeepFile, "journey-consent-keep"),
        (
            ConsentKind::FirstNameOnProjector,
            "journey-consent-projector",
        ),
    ] {
        let consent = match kind {
            ConsentKind::KeepFile => &journey.consents.keep_file,
            ConsentKind::FirstNameOnProjector => &journey.consents.first_name_on_projector,
        };
        let (mut given, date, by) = (consent.given, consent.date, consent.recorded_by.clone());
        if ui.checkbox(&mut given, i18n.tr(id)).changed() {
            journey.set_consent(kind, given, today, who);
        }
        ui.weak(i18n.tr_args(
            "journey-consent-when",
            &[
                ("date", words::date(date).into()),
                ("who", by.as_str().into()),
            ],
        ));
    }
    if !journey.consents.keep_file.given {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            i18n.tr("journey-consent-withdrawn"),
        );
    }
    if !journey.consent_history.is_empty() {
        ui.label(i18n.tr("journey-consent-history"));
        for change in journey.consent_history.iter().rev() {
            ui.weak(i18n.tr_args(
                match (change.consent, change.given) {
                    (ConsentKind::KeepFile, true) => "journey-consent-keep-given",
                    (ConsentKind::KeepFile, false) => "journey-consent-keep-withdrawn",
                    (ConsentKind::FirstNameOnProjector, true) => "journey-consent-projector-given",
                    (ConsentKind::FirstNameOnProjector, false) => {
                        "journey-consent-projector-withdrawn"
                    }
                },
                &[
                    ("date", words::date(change.date).into()),
                    ("who", change.recorded_by.as_str().into()),
                ],
            ));
        }
    }
}

fn preferences_ui(ui: &mut egui::Ui, i18n: &I18n, screen: &mut JourneyScreen, today: NaiveDate) {
    ui.weak(i18n.tr("journey-one-per-line"));
    let prefs = &mut screen.journey.preferences;
    let mut changed = false;
    ui.columns(2, |columns| {
        let [left, right] = columns else {
            return;
        };
        changed |= area(
            left,
            &i18n.tr("journey-wished-jobs"),
            &mut screen.prefs.wished_jobs,
        )
        .changed();
        changed |= area(left, &i18n.tr("journey-places"), &mut screen.prefs.places).changed();
        changed |= area(
            right,
            &i18n.tr("journey-strengths"),
            &mut screen.prefs.strengths,
        )
        .changed();
        changed |= area(
            right,
            &i18n.tr("journey-accommodations"),
            &mut screen.prefs.accommodations,
        )
        .changed();
    });
    changed |= field(ui, &i18n.tr("journey-hours"), &mut prefs.hours).changed();
    if changed {
        prefs.wished_jobs = lines(&screen.prefs.wished_jobs);
        prefs.places = lines(&screen.prefs.places);
        prefs.strengths = lines(&screen.prefs.strengths);
        prefs.accommodations = lines(&screen.prefs.accommodations);
        prefs.updated = Some(today);
    }
    if let Some(updated) = prefs.updated {
        ui.weak(i18n.tr_args("journey-updated", &[("date", words::date(updated).into())]));
    }
}

fn phases_ui(ui: &mut egui::Ui, i18n: &I18n, journey: &mut Journey, today: NaiveDate) {
    let mut end = None;
    for (index, span) in journey.phases.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} — {}",
                words::phase(i18n, span.phase),
                words::span(i18n, span.start, span.end)
            ));
            if span.end.is_none() {
                let button = ui.small_button(i18n.tr("journey-phase-end"));
                let label = i18n.tr_args(
                    "journey-phase-end-label",
                    &[("phase", words::phase(i18n, span.phase).into())],
                );
                atelier_plugin_api::label_widget(ui, &button, &label);
                if button.clicked() {
                    end = Some(index);
                }
            }
        });
    }
    if let Some(span) = end.and_then(|i| journey.phases.get_mut(i)) {
        span.end = Some(today);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(i18n.tr("journey-phase-start"));
        for phase in words::PHASES {
            let open = journey
                .phases
                .iter()
                .any(|s| s.phase == phase && s.end.is_none());
            if !open && ui.small_button(words::phase(i18n, phase)).clicked() {
                journey.phases.push(PhaseSpan {
                    phase,
                    start: today,
                    end: None,
                });
            }
        }
    });
}

fn stages_ui(ui: &mut egui::Ui, i18n: &I18n, screen: &mut JourneyScreen, today: NaiveDate) {
    let journey = &mut screen.journey;
    if journey.stages.is_empty() {
        ui.label(i18n.tr("journey-no-stages"));
    }
    let mut start_review = None;
    for (index, stage) in journey.stages.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(&stage.title);
            let dates = words::span(i18n, stage.start, stage.planned_end);
            ui.label(format!(
                "{dates} · {}",
                i18n.tr_args(
                    "doc-rhythm",
                    &[("rhythm", words::rhythm(i18n, stage.rhythm).into())]
                )
            ));
            for objective in &stage.objectives {
                ui.label(words::objective(i18n, objective));
            }
            for action in &stage.actions {
                ui.label(i18n.tr_args("doc-action", &[("text", action.as_str().into())]));
            }
            if let Some(review) = &stage.review {
                ui.label(
                    egui::RichText::new(i18n.tr_args(
                        "doc-review",
                        &[
                            ("date", words::date(review.date).into()),
                            ("decision", words::decision(i18n, &review.decision).into()),
                        ],
                    ))
                    .strong(),
                );
                if !review.note.is_empty() {
                    ui.label(&review.note);
                }
            } else {
                if let Some(end) = stage.planned_end.filter(|end| *end < today) {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        i18n.tr_args("journey-review-due", &[("date", words::date(end).into())]),
                    );
                }
                let reviewing = screen.review.as_ref().is_some_and(|(i, _)| *i == index);
                if !reviewing {
                    let button = ui.button(i18n.tr("journey-review"));
                    let label = i18n.tr_args(
                        "journey-review-label",
                        &[("stage", stage.title.as_str().into())],
                    );
                    atelier_plugin_api::label_widget(ui, &button, &label);
                    if button.clicked() {
                        start_review = Some(index);
                    }
                }
            }
        });
        if let Some((i, form)) = &mut screen.review
            && *i == index
        {
            review_form_ui(ui, i18n, form);
        }
    }
    if let Some(index) = start_review {
        screen.review = Some((index, ReviewForm::default()));
    }
    // A review form's buttons.
    if let Some((index, form)) = &mut screen.review {
        let index = *index;
        let mut done = false;
        ui.horizontal(|ui| {
            let ready = form.decision.is_some();
            if ui
                .add_enabled(ready, egui::Button::new(i18n.tr("journey-review-save")))
                .clicked()
                && let Some(decision) = form.decision
            {
                let detail = form.detail.clone();
                let decision = match decision {
                    Decision::Continue => ReviewDecision::Continue { new_frame: detail },
                    Decision::HandOver => ReviewDecision::HandOver { to: detail },
                    Decision::Stop => ReviewDecision::Stop,
                };
                let edit = JourneyEdit::ReviewStage {
                    stage: index,
                    decision,
                    note: form.note.clone(),
                };
                match screen.journey.apply(edit, today) {
                    Ok(()) => done = true,
                    Err(error) => form.error = Some(messages::journey_error(i18n, &error)),
                }
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                done = true;
            }
        });
        if done {
            screen.review = None;
        }
    }
    ui.add_space(6.0);
    if screen.stage.open {
        stage_form_ui(ui, i18n, screen, today);
    } else if ui.button(i18n.tr("journey-stage-new")).clicked() {
        screen.stage.open = true;
    }
}

fn review_form_ui(ui: &mut egui::Ui, i18n: &I18n, form: &mut ReviewForm) {
    ui.label(i18n.tr("journey-review-question"));
    for (decision, id) in [
        (Decision::Continue, "journey-review-continue"),
        (Decision::HandOver, "journey-review-hand-over"),
        (Decision::Stop, "journey-review-stop"),
    ] {
        ui.radio_value(&mut form.decision, Some(decision), i18n.tr(id));
    }
    match form.decision {
        Some(Decision::Continue) => {
            field(ui, &i18n.tr("journey-review-frame"), &mut form.detail);
        }
        Some(Decision::HandOver) => {
            field(ui, &i18n.tr("journey-review-to"), &mut form.detail);
        }
        Some(Decision::Stop) | None => {}
    }
    area(ui, &i18n.tr("journey-review-note"), &mut form.note);
    if let Some(error) = &form.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
}

fn stage_form_ui(ui: &mut egui::Ui, i18n: &I18n, screen: &mut JourneyScreen, today: NaiveDate) {
    let form = &mut screen.stage;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong(i18n.tr("journey-stage-new"));
        field(ui, &i18n.tr("journey-stage-title"), &mut form.title);
        ui.weak(i18n.tr("journey-smart-hint"));
        field(ui, &i18n.tr("journey-objective"), &mut form.objective);
        field(ui, &i18n.tr("journey-objective-measure"), &mut form.measure);
        field(ui, &i18n.tr("journey-objective-due"), &mut form.due);
        if ui.button(i18n.tr("journey-objective-add")).clicked() {
            let due = parse_date(&form.due);
            if form.objective.trim().is_empty() {
                form.error = Some(i18n.tr("journey-objective-missing"));
            } else if !form.due.trim().is_empty() && due.is_none() {
                form.error = Some(i18n.tr("journey-bad-date"));
            } else {
                form.objectives.push(Objective {
                    text: form.objective.trim().to_owned(),
                    measure: form.measure.trim().to_owned(),
                    due,
                });
                form.objective.clear();
                form.measure.clear();
                form.due.clear();
                form.error = None;
            }
        }
        for objective in &form.objectives {
            ui.label(format!("• {}", objective.text));
        }
        area(ui, &i18n.tr("journey-actions"), &mut form.actions);
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("journey-stage-rhythm"));
            let current = form.rhythm.unwrap_or(Rhythm::Weekly);
            egui::ComboBox::from_id_salt("stage-rhythm")
                .selected_text(words::rhythm(i18n, current))
                .show_ui(ui, |ui| {
                    for rhythm in [Rhythm::Weekly, Rhythm::Fortnightly, Rhythm::Monthly] {
                        ui.selectable_value(
                            &mut form.rhythm,
                            Some(rhythm),
                            words::rhythm(i18n, rhythm),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
        });
        field(ui, &i18n.tr("journey-stage-end"), &mut form.planned_end);
        if let Some(error) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("journey-stage-add")).clicked() {
                let end = parse_date(&form.planned_end);
                if !form.planned_end.trim().is_empty() && end.is_none() {
                    form.error = Some(i18n.tr("journey-bad-date"));
                } else {
                    let mut objectives = std::mem::take(&mut form.objectives);
                    // An objective typed but not added yet is kept too.
                    if !form.objective.trim().is_empty() {
                        objectives.push(Objective {
                            text: form.objective.trim().to_owned(),
                            measure: form.measure.trim().to_owned(),
                            due: parse_date(&form.due),
                        });
                    }
                    let edit = JourneyEdit::AddStage(Stage {
                        title: form.title.clone(),
                        objectives,
                        actions: lines(&form.actions),
                        rhythm: form.rhythm.unwrap_or(Rhythm::Weekly),
                        start: today,
                        planned_end: end,
                        review: None,
                    });
                    match screen.journey.apply(edit, today) {
                        Ok(()) => *form = StageForm::default(),
                        Err(error) => form.error = Some(messages::journey_error(i18n, &error)),
                    }
                }
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                *form = StageForm::default();
            }
        });
    });
}

fn milestones_ui(ui: &mut egui::Ui, i18n: &I18n, screen: &mut JourneyScreen, today: NaiveDate) {
    let journey = &mut screen.journey;
    if journey.milestones.is_empty() {
        ui.label(i18n.tr("journey-no-milestones"));
    }
    for m in &journey.milestones {
        ui.label(words::milestone(i18n, m));
    }
    let form = &mut screen.milestone;
    if !form.open {
        if ui.button(i18n.tr("journey-milestone-new")).clicked() {
            form.open = true;
        }
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("journey-milestone-kind"));
            let kinds: Vec<String> = MILESTONE_KINDS
                .iter()
                .map(|k| words::milestone_kind(i18n, &k()))
                .collect();
            egui::ComboBox::from_id_salt("milestone-kind")
                .selected_text(kinds.get(form.kind).cloned().unwrap_or_default())
                .show_ui(ui, |ui| {
                    for (index, kind) in kinds.iter().enumerate() {
                        ui.selectable_value(&mut form.kind, index, kind);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        field(ui, &i18n.tr("journey-milestone-title"), &mut form.title);
        field(
            ui,
            &i18n.tr("journey-milestone-employer"),
            &mut form.employer,
        );
        field(ui, &i18n.tr("journey-milestone-start"), &mut form.start);
        field(ui, &i18n.tr("journey-milestone-end"), &mut form.end);
        if let Some(error) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("journey-milestone-add")).clicked() {
                let start = parse_date(&form.start);
                let end = parse_date(&form.end);
                if start.is_none() || (!form.end.trim().is_empty() && end.is_none()) {
                    form.error = Some(i18n.tr("journey-bad-date"));
                } else if let (Some(start), Some(kind)) = (start, MILESTONE_KINDS.get(form.kind)) {
                    let edit = JourneyEdit::AddMilestone(Milestone {
                        kind: kind(),
                        title: form.title.clone(),
                        employer: form.employer.clone(),
                        start,
                        end,
                    });
                    match journey.apply(edit, today) {
                        Ok(()) => *form = MilestoneForm::default(),
                        Err(error) => form.error = Some(messages::journey_error(i18n, &error)),
                    }
                }
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                *form = MilestoneForm::default();
            }
        });
    });
}

fn status_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
    who: &str,
) {
    let journey = &mut screen.journey;
    for change in journey.status_history.iter().rev() {
        let mut line = format!(
            "{} — {}",
            words::date(change.date),
            words::status(i18n, &change.status)
        );
        if let Status::Exited { reason, .. } = &change.status {
            line.push_str(&format!(" ({})", words::exit_reason(i18n, reason)));
        }
        if !change.recorded_by.is_empty() {
            line.push_str(&format!(" · {}", change.recorded_by));
        }
        if !change.note.is_empty() {
            line.push_str(&format!(" · {}", change.note));
        }
        ui.label(line);
    }
    let form = &mut screen.status;
    let current = journey.status().clone();
    ui.horizontal_wrapped(|ui| {
        match current {
            Status::Active => {
                if ui.button(i18n.tr("journey-hold")).clicked() {
                    form.action = StatusAction::Hold;
                }
            }
            Status::OnHold { .. } | Status::Exited { .. } => {
                if ui.button(i18n.tr("journey-resume")).clicked() {
                    form.action = StatusAction::Resume;
                }
            }
        }
        if !matches!(current, Status::Exited { .. }) && ui.button(i18n.tr("journey-exit")).clicked()
        {
            form.action = StatusAction::Exit;
        }
    });
    if form.action == StatusAction::None {
        return;
    }
    let mut edit = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        match form.action {
            StatusAction::Hold => {
                ui.weak(i18n.tr("journey-hold-hint"));
                ui.checkbox(&mut form.asked, i18n.tr("journey-hold-asked"));
                field(ui, &i18n.tr("journey-hold-until"), &mut form.until);
                area(
                    ui,
                    &i18n.tr("journey-hold-conditions"),
                    &mut form.conditions,
                );
            }
            StatusAction::Exit => {
                if form.date.is_empty() {
                    form.date = words::date(today);
                }
                field(ui, &i18n.tr("journey-exit-date"), &mut form.date);
                ui.horizontal(|ui| {
                    let label = ui.label(i18n.tr("journey-exit-reason"));
                    let mut reasons: Vec<String> = EXIT_REASONS
                        .iter()
                        .map(|r| words::exit_reason(i18n, &r()))
                        .collect();
                    reasons.push(i18n.tr("journey-exit-other"));
                    egui::ComboBox::from_id_salt("exit-reason")
                        .selected_text(reasons.get(form.reason).cloned().unwrap_or_default())
                        .show_ui(ui, |ui| {
                            for (index, reason) in reasons.iter().enumerate() {
                                ui.selectable_value(&mut form.reason, index, reason);
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
                if form.reason == EXIT_REASONS.len() {
                    field(ui, &i18n.tr("journey-exit-other"), &mut form.other_reason);
                }
            }
            StatusAction::Resume | StatusAction::None => {}
        }
        area(ui, &i18n.tr("journey-status-note"), &mut form.note);
        if let Some(error) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("journey-status-save")).clicked() {
                match edit_from_form(i18n, form, today, who) {
                    Ok(new) => edit = Some(new),
                    Err(error) => form.error = Some(error),
                }
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                *form = StatusForm::default();
            }
        });
    });
    if let Some(edit) = edit {
        match journey.apply(edit, today) {
            Ok(()) => *form = StatusForm::default(),
            Err(error) => form.error = Some(messages::journey_error(i18n, &error)),
        }
    }
}

/// The status change the form describes; the rules it must follow are `Journey::apply`'s,
/// only what cannot be read (a date) is said here.
fn edit_from_form(
    i18n: &I18n,
    form: &StatusForm,
    today: NaiveDate,
    who: &str,
) -> Result<JourneyEdit, String> {
    let (recorded_by, note) = (who.to_owned(), form.note.clone());
    match form.action {
        StatusAction::Hold => Ok(JourneyEdit::Pause {
            at_persons_request: form.asked,
            until: parse_date(&form.until).ok_or_else(|| i18n.tr("journey-hold-bad-date"))?,
            conditions: form.conditions.clone(),
            recorded_by,
            note,
        }),
        StatusAction::Exit => Ok(JourneyEdit::Exit {
            date: parse_date(&form.date)
                .filter(|d| *d <= today)
                .ok_or_else(|| i18n.tr("journey-exit-bad-date"))?,
            reason: EXIT_REASONS.get(form.reason).map_or_else(
                || ExitReason::Other(form.other_reason.clone()),
                |reason| reason(),
            ),
            recorded_by,
            note,
        }),
        StatusAction::Resume | StatusAction::None => Ok(JourneyEdit::Resume { recorded_by, note }),
    }
}

fn timeline_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    registry: &crate::plugins::ActivityRegistry,
    screen: &mut JourneyScreen,
    go: &mut Go,
) {
    let journey = &screen.journey;
    if journey.timeline.is_empty() {
        ui.label(i18n.tr("journey-no-sessions"));
        return;
    }
    let mut activities: Vec<&str> = journey
        .timeline
        .iter()
        .map(|l| l.activity.as_str())
        .collect();
    activities.sort_unstable();
    activities.dedup();
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("journey-filter"));
        let all = i18n.tr("journey-filter-all");
        egui::ComboBox::from_id_salt("timeline-filter")
            .selected_text(
                screen
                    .filter
                    .as_deref()
                    .map_or(all.clone(), |a| registry.name(a, i18n)),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut screen.filter, None, all);
                for activity in &activities {
                    ui.selectable_value(
                        &mut screen.filter,
                        Some((*activity).to_owned()),
                        registry.name(activity, i18n),
                    );
                }
            })
            .response
            .labelled_by(label.id);
    });
    let mut links: Vec<&SessionLink> = journey
        .timeline
        .iter()
        .filter(|l| screen.filter.as_deref().is_none_or(|f| f == l.activity))
        .collect();
    links.sort_by_key(|l| std::cmp::Reverse(l.date));
    activity_data_ui(ui, i18n, registry, journey, screen.filter.as_deref());
    super::charts::charts_ui(ui, i18n, registry, journey, screen.filter.as_deref());
    for link in &links {
        let name = registry.name(&link.activity, i18n);
        let date = words::date(link.date.date_naive());
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!(
                    "{date} · {name} ({})",
                    i18n.tr(match link.mode {
                        sessions::Mode::Collective => "mode-collective",
                        sessions::Mode::OneToOne => "mode-one-to-one",
                    })
                ));
                let open = ui.small_button(i18n.tr("journey-open-record"));
                atelier_plugin_api::label_widget(
                    ui,
                    &open,
                    &i18n.tr_args(
                        "journey-open-record-label",
                        &[
                            ("date", date.as_str().into()),
                            ("activity", name.as_str().into()),
                        ],
                    ),
                );
                if open.clicked() {
                    *go = Go::Record(link.session.clone());
                }
                let print = ui.small_button(i18n.tr("journey-session-document"));
                atelier_plugin_api::label_widget(
                    ui,
                    &print,
                    &i18n.tr_args(
                        "journey-session-document-label",
                        &[("date", date.as_str().into())],
                    ),
                );
                if print.clicked() {
                    *go = Go::Document(Some(link.session.clone()));
                }
            });
            match &link.takeaway {
                Some(takeaway) => {
                    ui.add(egui::Label::new(takeaway.as_str()).wrap());
                }
                None => {
                    ui.weak(i18n.tr("journey-no-takeaway"));
                }
            }
        });
    }
}

/// What each activity keeps for the person across sessions (a tracked behaviour…), shown by
/// the activity itself; a failure there is contained and said.
fn activity_data_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    registry: &crate::plugins::ActivityRegistry,
    journey: &Journey,
    filter: Option<&str>,
) {
    let locale = i18n.locale();
    for (id, data) in &journey.activity_data {
        if filter.is_some_and(|f| f != id) {
            continue;
        }
        let Some(activity) = registry.get(id) else {
            continue;
        };
        if activity.activity.has_journey_view() != Ok(true) {
            continue;
        }
        let name = activity.descriptor.name.get(locale);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(i18n.tr_args(
                "journey-activity-data",
                &[
                    ("activity", name.into()),
                    ("date", words::date(data.updated.date_naive()).into()),
                ],
            ));
            crate::plugins::prepare_ui_for_plugin(ui.ctx());
            // A wide view scrolls inside its frame instead of widening the column.
            egui::ScrollArea::horizontal()
                .id_salt(("journey-activity", id))
                .show(ui, |ui| {
                    if let Err(error) = activity.activity.journey_ui(ui, &data.ron, locale) {
                        crate::session::crashed_ui(ui, i18n, name, &error);
                    }
                });
        });
    }
}

fn gdpr_ui(ui: &mut egui::Ui, i18n: &I18n, screen: &mut JourneyScreen, go: &mut Go) {
    let name = screen.journey.display_name.clone();
    if ui.button(i18n.tr("journey-export-all")).clicked() {
        *go = Go::ExportAll;
    }
    ui.weak(i18n.tr("journey-export-all-hint"));
    ui.add_space(8.0);
    match screen.erase_step {
        0 => {
            if ui
                .button(i18n.tr_args("journey-erase", &[("name", name.as_str().into())]))
                .clicked()
            {
                screen.erase_step = 1;
            }
        }
        step => {
            let id = if step == 1 {
                "journey-erase-first"
            } else {
                "journey-erase-second"
            };
            ui.colored_label(
                ui.visuals().warn_fg_color,
                i18n.tr_args(
                    id,
                    &[
                        ("name", name.as_str().into()),
                        ("sessions", screen.journey.timeline.len().into()),
                    ],
                ),
            );
            ui.horizontal(|ui| {
                let confirm = if step == 1 {
                    "journey-erase-confirm-1"
                } else {
                    "journey-erase-confirm-2"
                };
                if ui.button(i18n.tr(confirm)).clicked() {
                    if step == 1 {
                        screen.erase_step = 2;
                    } else {
                        *go = Go::Erase;
                    }
                }
                if ui.button(i18n.tr("cancel")).clicked() {
                    screen.erase_step = 0;
                }
            });
        }
    }
}
