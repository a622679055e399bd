//! The running session: the activity's facilitator view with the session controls, the
//! projector window (keys and clicker), autosave, and the review of takeaways before saving.

use atelier_plugin_api::{ACTION_NEXT, ACTION_PREVIOUS, ActionDesc, Outcome};

use super::ctx::Ctx;
use super::intent::Intent;
use super::settings::ProjectorTheme;
use super::{AtelierApp, Screen};
use crate::session::RunningSession;

/// Seconds between two draft writes while things change.
const AUTOSAVE_EVERY: f64 = 1.0;

/// The projector's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProjectorState {
    /// The projector window is open.
    pub open: bool,
    /// The projector shows black (B).
    pub blank: bool,
    /// The projector window is full screen (F5; Esc leaves).
    pub fullscreen: bool,
    /// Full screen was just asked for: move the window to the second monitor, if any.
    pub to_second_monitor: bool,
}

impl Default for ProjectorState {
    fn default() -> Self {
        Self {
            open: true,
            blank: false,
            fullscreen: false,
            to_second_monitor: false,
        }
    }
}

/// One participant's line in the review.
#[derive(Debug, Clone)]
pub struct ReviewLine {
    name: String,
    takeaway: String,
    include: bool,
    /// In a stage review, what goes into the journey's stages, in words (and whether it is
    /// a warning: no decision taken).
    stage: Option<(String, bool)>,
}

/// The end-of-session review.
#[derive(Debug, Clone)]
pub struct ReviewState {
    outcome: Outcome,
    lines: Vec<ReviewLine>,
    /// The facilitator's private notes, as in the session; given back to it on leaving.
    notes: String,
}

impl ReviewState {
    /// Draws the review: each person's takeaway (editable, or left out), the private notes;
    /// saving and going back are intents.
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        // One person: said to them, not to a group.
        if let [only] = self.lines.as_slice() {
            let name = [("name", only.name.as_str().into())];
            ui.heading(i18n.tr_args("review-title-one", &name));
            ui.label(i18n.tr_args("review-intro-one", &name));
        } else {
            ui.heading(i18n.tr("review-title"));
            ui.label(i18n.tr("review-intro"));
        }
        ui.add_space(crate::gui::theme::space::ITEM);
        // The takeaways and notes scroll; saving stays in view below them, whatever the
        // number of people and the window's height.
        let buttons = 3.0 * ui.spacing().interact_size.y + crate::gui::theme::space::GROUP;
        egui::ScrollArea::vertical()
            .id_salt("review-lines")
            .max_height((ui.available_height() - buttons).max(120.0))
            .auto_shrink([false, true])
            .show(ui, |ui| self.lines_ui(ui, i18n));
        ui.add_space(crate::gui::theme::space::GROUP);
        let mut go = None;
        ui.horizontal(|ui| {
            if crate::gui::theme::icon_button(
                ui,
                crate::gui::theme::icons::ICON_SAVE,
                &i18n.tr("review-save"),
            )
            .clicked()
            {
                go = Some(Intent::SaveSession);
            }
            if crate::gui::theme::icon_button(
                ui,
                crate::gui::theme::icons::ICON_ARROW_BACK,
                &i18n.tr("review-back"),
            )
            .clicked()
            {
                go = Some(Intent::BackToSession);
            }
        });
        go
    }

    /// Each person's takeaway, then the private notes.
    fn lines_ui(&mut self, ui: &mut egui::Ui, i18n: &crate::i18n::I18n) {
        for line in &mut self.lines {
            crate::gui::theme::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                crate::gui::theme::section_ui(ui, &line.name);
                let label = i18n.tr_args("review-takeaway", &[("name", line.name.as_str().into())]);
                let response = ui.add(
                    egui::TextEdit::multiline(&mut line.takeaway)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                );
                atelier_plugin_api::label_widget(ui, &response, &label);
                ui.checkbox(
                    &mut line.include,
                    i18n.tr_args("review-include", &[("name", line.name.as_str().into())]),
                );
                if let Some((text, warn)) = &line.stage {
                    if *warn {
                        ui.colored_label(ui.visuals().warn_fg_color, text);
                    } else {
                        ui.label(egui::RichText::new(text).strong());
                    }
                }
            });
            ui.add_space(crate::gui::theme::space::ITEM);
        }
        ui.add_space(crate::gui::theme::space::ITEM);
        ui.strong(i18n.tr("runner-notes"));
        let response = ui.add(
            egui::TextEdit::multiline(&mut self.notes)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        );
        atelier_plugin_api::label_widget(ui, &response, &i18n.tr("runner-notes-field"));
    }
}

/// What the running session's screen keeps from one frame to the next: whether the session
/// changed since the last draft was written, and when that was.
#[derive(Debug, Default)]
pub(crate) struct RunnerScreen {
    dirty: bool,
    last_autosave: f64,
    /// What the activity said is left undone when "Terminer la séance" was chosen: asked
    /// before ending.
    confirm_end: Option<String>,
    /// The session's heading (where the focus lands), as drawn last frame.
    heading: Option<egui::Id>,
}

/// The window-level facts the running session's screen draws with.
#[derive(Debug, Clone)]
pub(crate) struct RunnerView {
    projector: ProjectorState,
    theme: ProjectorTheme,
    native_projector: bool,
    /// A key of the session was pressed this frame (read by the app, for both windows), or a
    /// phone sent something.
    acted_by_key: bool,
    /// Whether the activity accepts phones in this session (collective, with phone inputs).
    phones_offered: bool,
    /// Whether the phones' page is open.
    phones_open: bool,
    /// The address to type from the projector while the page is open (gone once too many
    /// wrong codes closed it).
    phones_short: Option<String>,
}

impl RunnerScreen {
    /// Draws the running session: its controls, the private notes and the projector preview,
    /// and the activity's own view. The activity changes its state as it draws, so the
    /// session is lent to this screen; everything else it wants — the projector, ending, a
    /// draft to write — is an intent.
    pub(crate) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        session: &mut RunningSession,
        keyed: &[ActionDesc],
        view: &RunnerView,
        extras: &ProjectorExtras,
    ) -> Option<Intent> {
        let i18n = ctx.i18n;
        let now = ctx.now;
        let mut go = None;
        let notes_before = session.notes.clone();

        egui::Panel::top("session_controls").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                // Where the focus lands when the session starts or its control vanished: the
                // activity's name, a Tab stop that no key presses (Space and the arrows still
                // move the session on while it has the focus).
                super::access::land_here(ui);
                let heading = ui.add(
                    egui::Label::new(
                        egui::RichText::new(session.activity().descriptor.name.get(i18n.locale()))
                            .strong(),
                    )
                    .sense(egui::Sense::FOCUSABLE),
                );
                self.heading = Some(heading.id);
                let minutes = (now - session.start).num_minutes().max(0);
                ui.label(i18n.tr_args(
                    "runner-elapsed",
                    &[(
                        "minutes",
                        usize::try_from(minutes).unwrap_or_default().into(),
                    )],
                ));
                let names: Vec<&str> = session
                    .participants
                    .iter()
                    .map(|p| p.display_name.as_str())
                    .collect();
                ui.label(
                    i18n.tr_args("runner-participants", &[("names", names.join(", ").into())]),
                );
            });
            // What was to be looked at again with them (a first small step): said again now.
            for p in &session.participants {
                let Some(journey) = ctx.home.journeys.iter().find(|j| j.value.id == p.id) else {
                    continue;
                };
                for item in journey.value.open_follow_ups() {
                    ui.label(i18n.tr_args(
                        "runner-follow-up",
                        &[
                            ("name", p.display_name.as_str().into()),
                            ("text", item.text.as_str().into()),
                            ("date", crate::words::date(item.due).into()),
                        ],
                    ));
                }
            }
            let group = session.mode == sessions::Mode::Collective;
            ui.horizontal_wrapped(|ui| {
                let projector = if view.projector.open {
                    "runner-projector-close"
                } else {
                    "runner-projector-open"
                };
                // One-to-one: no projector, so none of its controls.
                if group
                    && crate::gui::theme::icon_button(
                        ui,
                        crate::gui::theme::icons::ICON_PRESENT_TO_ALL,
                        &i18n.tr(projector),
                    )
                    .clicked()
                {
                    go = Some(Intent::ToggleProjector);
                }
                let blank = if view.projector.blank {
                    "runner-unblank"
                } else {
                    "runner-blank"
                };
                if group
                    && crate::gui::theme::icon_button(
                        ui,
                        crate::gui::theme::icons::ICON_VISIBILITY_OFF,
                        &i18n.tr(blank),
                    )
                    .clicked()
                {
                    go = Some(Intent::ToggleBlank);
                }
                if view.phones_offered {
                    let (id, icon) = if view.phones_open {
                        ("phones-stop", crate::gui::theme::icons::ICON_PHONELINK_OFF)
                    } else {
                        ("phones-start", crate::gui::theme::icons::ICON_SMARTPHONE)
                    };
                    if crate::gui::theme::icon_button(ui, icon, &i18n.tr(id)).clicked() {
                        go = Some(Intent::TogglePhones);
                    }
                    if let Some(short) = &view.phones_short {
                        ui.label(i18n.tr_args(
                            "phones-short-address",
                            &[("address", short.as_str().into())],
                        ));
                    }
                }
                if group
                    && crate::gui::theme::icon_button(
                        ui,
                        crate::gui::theme::icons::ICON_FULLSCREEN,
                        &i18n.tr("runner-fullscreen"),
                    )
                    .clicked()
                {
                    go = Some(Intent::ToggleFullscreen);
                }
                if crate::gui::theme::icon_button(
                    ui,
                    crate::gui::theme::icons::ICON_CHEVRON_LEFT,
                    &i18n.tr("runner-previous"),
                )
                .clicked()
                {
                    session.action(ACTION_PREVIOUS);
                }
                if crate::gui::theme::icon_button(
                    ui,
                    crate::gui::theme::icons::ICON_CHEVRON_RIGHT,
                    &i18n.tr("runner-next"),
                )
                .clicked()
                {
                    session.action(ACTION_NEXT);
                }
                if crate::gui::theme::icon_button(
                    ui,
                    crate::gui::theme::icons::ICON_FLAG,
                    &i18n.tr("runner-end"),
                )
                .clicked()
                {
                    match session.unfinished(i18n.locale()) {
                        Some(left) => self.confirm_end = Some(left),
                        None => go = Some(Intent::EndSession),
                    }
                }
            });
            let help = |ui: &mut egui::Ui| {
                ui.weak(i18n.tr(if group {
                    "runner-keys-help"
                } else {
                    "runner-keys-help-one"
                }));
                // The activity's own keys, so nobody has to guess them.
                if !keyed.is_empty() {
                    let line: Vec<String> =
                        keyed.iter().filter_map(|a| key_line(i18n, a)).collect();
                    ui.weak(
                        i18n.tr_args("runner-activity-keys", &[("keys", line.join(" · ").into())]),
                    );
                }
                if view.projector.open && view.native_projector && !view.projector.fullscreen {
                    ui.weak(i18n.tr("runner-projector-hint"));
                }
            };
            // A narrow window (large text): the keys folded, the activity keeps the room.
            if ui.available_width() < 900.0 {
                let keys = egui::CollapsingHeader::new(i18n.tr("runner-keys-title"))
                    .id_salt("runner-keys")
                    .default_open(false);
                crate::gui::access::collapsing(ui, i18n, keys, help);
            } else {
                help(ui);
            }
        });

        if let Some(left) = &self.confirm_end {
            match end_anyway_ui(ui.ctx(), i18n, left) {
                Some(true) => {
                    self.confirm_end = None;
                    go = Some(Intent::EndSession);
                }
                Some(false) => self.confirm_end = None,
                None => {}
            }
        }

        // The activity, then the private notes beside it: in that order for the keyboard
        // and screen readers (the task first), with no resize handle between them.
        egui::CentralPanel::default_margins().show(ui, |ui| {
            let gap = ui.spacing().item_spacing.x * 2.0;
            let width = ui.available_width();
            // Beside the activity on a wide window, under it on a narrow one (large text).
            let beside = width >= 760.0;
            let notes_width = if beside {
                (width * 0.26).clamp(240.0, 360.0)
            } else {
                width
            };
            let activity = |ui: &mut egui::Ui, session: &mut RunningSession| {
                egui::ScrollArea::both()
                    .id_salt("facilitator_scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| session.facilitator_ui(ui, i18n));
            };
            if beside {
                let height = ui.available_height();
                ui.horizontal_top(|ui| {
                    let down = egui::Layout::top_down(egui::Align::Min);
                    ui.allocate_ui_with_layout(
                        egui::vec2(width - notes_width - gap, height),
                        down,
                        |ui| activity(ui, session),
                    );
                    ui.separator();
                    ui.allocate_ui_with_layout(egui::vec2(notes_width, height), down, |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("session_notes_scroll")
                            .auto_shrink([false, false])
                            .show(ui, |ui| notes_ui(ui, i18n, session, view, extras));
                    });
                });
            } else {
                // One column that scrolls as a whole: the activity, then the notes.
                egui::ScrollArea::vertical()
                    .id_salt("facilitator_scroll_narrow")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        session.facilitator_ui(ui, i18n);
                        ui.separator();
                        notes_ui(ui, i18n, session, view, extras);
                    });
            }
        });

        keys_help_ui(ui, i18n, session, keyed);

        // Drafts, debounced, written on another thread. The state is compared only after the
        // person acted (or every few seconds), not by serializing it every frame.
        let acted = crate::session::person_acted(ui.ctx()) || view.acted_by_key;
        let time = ui.input(|i| i.time);
        if session.checkpoint_after_frame(acted, time) || session.notes != notes_before {
            self.dirty = true;
        }
        if go.is_none() && self.dirty && time - self.last_autosave >= AUTOSAVE_EVERY {
            self.dirty = false;
            self.last_autosave = time;
            go = Some(Intent::SaveDraft(Box::new(session.draft())));
        } else if self.dirty {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_EVERY));
        }
        go
    }
}

/// The facilitator's private notes, and the projector's preview in a collective session.
fn notes_ui(
    ui: &mut egui::Ui,
    i18n: &crate::i18n::I18n,
    session: &mut RunningSession,
    view: &RunnerView,
    extras: &ProjectorExtras,
) {
    ui.strong(i18n.tr("runner-notes"));
    ui.weak(i18n.tr("runner-notes-private"));
    let response = ui.add(
        egui::TextEdit::multiline(&mut session.notes)
            .desired_rows(10)
            .desired_width(f32::INFINITY),
    );
    atelier_plugin_api::label_widget(ui, &response, &i18n.tr("runner-notes-field"));
    ui.add_space(crate::gui::theme::space::GROUP);
    if session.mode == sessions::Mode::Collective {
        let preview = egui::CollapsingHeader::new(i18n.tr("runner-preview"))
            .default_open(!view.native_projector);
        crate::gui::access::collapsing(ui, i18n, preview, |ui| {
            projector_content_ui(ui, session, view.projector.blank, view.theme, 14.0, extras);
        });
    }
}

/// Keys read in a frame.
#[derive(Debug, Default, Clone)]
struct Keys {
    /// The activity's own actions whose key was pressed.
    actions: Vec<String>,
    next: bool,
    previous: bool,
    blank: bool,
    fullscreen: bool,
    leave_fullscreen: bool,
}

/// How long after a text field had the keyboard the keys that are also typing keys (Space,
/// arrows, B, an activity's letters) still count as typing: a person who just pressed Enter,
/// or clicked away, and goes on typing must not move a step. Short, so that a facilitator who
/// meant the key (place a note with 1, 2, 3) is not kept waiting.
const TYPING_GRACE_SECONDS: f64 = 1.0;

fn read_keys(ctx: &egui::Context, keyed: &[ActionDesc], heading: Option<egui::Id>) -> Keys {
    use egui::Key;
    // The activity's letter and number keys and B belong to a text field while one is typed
    // in, and for a moment after; they work whenever no text field has the keyboard (a
    // button with the focus included).
    let typing = {
        let id = egui::Id::unique("atelier-last-typing");
        let now = ctx.input(|i| i.time);
        if ctx.text_edit_focused() {
            ctx.data_mut(|d| d.insert_temp(id, now));
        }
        ctx.data(|d| d.get_temp::<f64>(id))
            .is_some_and(|last| now - last < TYPING_GRACE_SECONDS)
    };
    // Space presses the control that has the focus, and the arrows move within it (a radio
    // group): they move the session on only when no control has the focus but the session's
    // heading.
    let on_control = ctx
        .memory(egui::Memory::focused)
        .is_some_and(|id| Some(id) != heading);
    let free = !typing && !on_control;
    ctx.input(|i| Keys {
        actions: if typing {
            Vec::new()
        } else {
            keyed
                .iter()
                .filter(|a| a.key.is_some_and(|key| i.key_pressed(key)))
                .map(|a| a.id.clone())
                .collect()
        },
        next: i.key_pressed(Key::PageDown)
            || (free && (i.key_pressed(Key::ArrowRight) || i.key_pressed(Key::Space))),
        previous: i.key_pressed(Key::PageUp) || (free && i.key_pressed(Key::ArrowLeft)),
        blank: !typing && i.key_pressed(Key::B),
        fullscreen: i.key_pressed(Key::F5),
        leave_fullscreen: i.key_pressed(Key::Escape),
    })
}

impl AtelierApp {
    fn apply_keys(&mut self, keys: &Keys) {
        if let Some(session) = &mut self.session {
            for action in &keys.actions {
                session.action(action);
            }
            if keys.next {
                session.action(ACTION_NEXT);
            }
            if keys.previous {
                session.action(ACTION_PREVIOUS);
            }
        }
        // One-to-one, there is no projector: its keys do nothing.
        if self
            .session
            .as_ref()
            .is_some_and(|s| s.mode == sessions::Mode::OneToOne)
        {
            return;
        }
        if keys.blank {
            self.projector.blank = !self.projector.blank;
        }
        if keys.fullscreen {
            self.toggle_fullscreen();
        }
        if keys.leave_fullscreen {
            self.projector.fullscreen = false;
        }
    }

    fn toggle_fullscreen(&mut self) {
        toggle_fullscreen(&mut self.projector);
    }

    pub(super) fn runner_frame_ui(&mut self, ui: &mut egui::Ui) {
        let keyed = self
            .session
            .as_ref()
            .map(RunningSession::keyed_actions)
            .unwrap_or_default();
        let keys = read_keys(ui.ctx(), &keyed, self.runner.heading);
        self.apply_keys(&keys);
        let acted_by_key = !keys.actions.is_empty() || keys.next || keys.previous;
        let extras = self.projector_extras();
        let ctx = Ctx::new(
            &self.i18n,
            &self.registry,
            &self.home,
            &self.config,
            &self.settings,
        );
        let Some(session) = &mut self.session else {
            return self.apply(Intent::Home);
        };
        // What phones sent since the last frame goes to the activity, with no author.
        let mut arrived = false;
        if let Some(phones) = &self.phones {
            for submission in phones.take() {
                arrived |= session.phone_input(&submission.input, &submission.answer);
            }
            // Ideas arrive between frames: look for them a few times a second.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        }
        let view = RunnerView {
            projector: self.projector,
            theme: self.settings.projector_theme,
            native_projector: self.config.native_projector,
            acted_by_key: acted_by_key || arrived,
            phones_offered: session.accepts_phones(),
            phones_open: self.phones.is_some(),
            phones_short: self
                .phones
                .as_ref()
                .and_then(crate::phones::PhoneServer::short_address),
        };
        let intent = self.runner.ui(ui, &ctx, session, &keyed, &view, &extras);
        if self.projector.open && self.config.native_projector {
            self.projector_window(ui.ctx());
        }
        if let Some(intent) = intent {
            self.apply(intent);
        }
    }

    /// Carries out what the running session's screen asked for.
    pub(super) fn apply_runner(&mut self, intent: Intent) {
        match intent {
            Intent::ToggleProjector => self.projector.open = !self.projector.open,
            Intent::ToggleBlank => self.projector.blank = !self.projector.blank,
            Intent::ToggleFullscreen => self.toggle_fullscreen(),
            Intent::TogglePhones => self.toggle_phones(),
            Intent::SaveDraft(draft) => {
                if let Some(autosave) = &self.autosave {
                    autosave.save(*draft);
                }
            }
            Intent::EndSession => {
                // What was typed last is in the draft before the review.
                if let (Some(session), Some(autosave)) = (&self.session, &self.autosave) {
                    autosave.save(session.draft());
                }
                self.end_session();
            }
            other => self.apply(other),
        }
    }

    /// Opens the phones' page for the running session (on `--phones-address`, else this
    /// computer's address on the local network), or closes it.
    fn toggle_phones(&mut self) {
        if self.phones.take().is_some() {
            return;
        }
        let Some(session) = &self.session else {
            return;
        };
        // One language a page: the session's, as its questions are.
        let locale = session.locale();
        let prompts = session.phone_inputs(locale);
        if prompts.is_empty() {
            return;
        }
        // The command line's address, else the settings', else this computer's on the network.
        let chosen = self.settings.phones_address.trim();
        let bind = match self.config.phones_address {
            Some(address) => address,
            None if chosen.is_empty() => std::net::SocketAddr::new(crate::phones::lan_address(), 0),
            None => {
                let Some(address) = crate::phones::parse_address(chosen) else {
                    let text = self.i18n.tr_args(
                        "usage-bad-address",
                        &[("address", chosen.to_owned().into())],
                    );
                    return self.warn(text);
                };
                address
            }
        };
        // No port chosen: 8080 when it is free, a short number to type; else any free port.
        let preferred = (bind.port() == 0 && self.config.phones_address.is_none())
            .then(|| std::net::SocketAddr::new(bind.ip(), crate::phones::PREFERRED_PORT))
            .and_then(|address| {
                crate::phones::PhoneServer::start(address, prompts.clone(), locale, None).ok()
            });
        let started = match preferred {
            Some(server) => Ok(server),
            None => crate::phones::PhoneServer::start(bind, prompts, locale, None),
        };
        match started {
            Ok(server) => {
                // For the technical team and for tests: the whole address, token included.
                println!(
                    "{}",
                    self.i18n.tr_args(
                        "phones-running",
                        &[
                            ("address", server.url().into()),
                            ("short", server.short_address().unwrap_or_default().into()),
                        ]
                    )
                );
                self.phones = Some(server);
            }
            Err(error) => {
                let text = self
                    .i18n
                    .tr_args("phones-failed", &[("reason", error.to_string().into())]);
                self.warn(text);
            }
        }
    }

    /// The phones' page's address, while it is open.
    pub fn phones_url(&self) -> Option<String> {
        self.phones.as_ref().map(crate::phones::PhoneServer::url)
    }

    fn projector_window(&mut self, ctx: &egui::Context) {
        let extras = self.projector_extras();
        let Some(session) = &mut self.session else {
            return;
        };
        let keyed = session.keyed_actions();
        let title = self.i18n.tr("projector-title");
        let state = self.projector;
        let theme = self.settings.projector_theme;
        // The window's scale applies to the projector too (one egui context, whose points it
        // enlarges): its text keeps the size chosen for it, its window 1280×720 on screen.
        let zoom = self.zoom.unwrap_or(1.0);
        let size = self.settings.projector_text_size / zoom;
        let builder = egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1280.0 / zoom, 720.0 / zoom])
            .with_fullscreen(state.fullscreen);
        let id = egui::ViewportId::from_hash_of("atelier-projector");
        if state.to_second_monitor {
            // Borderless full screen on the second monitor; ignored when there is only one,
            // and the window then goes full screen where it is.
            ctx.send_viewport_cmd_to(id, egui::ViewportCommand::SetMonitor(1));
            self.projector.to_second_monitor = false;
        }
        let (keys, closed) = ctx.show_viewport_immediate(id, builder, |ui, _class| {
            let keys = read_keys(ui.ctx(), &keyed, None);
            let closed = ui.input(|i| i.viewport().close_requested());
            egui::CentralPanel::no_frame().show(ui, |ui| {
                projector_content_ui(ui, session, state.blank, theme, size, &extras);
            });
            (keys, closed)
        });
        self.apply_keys(&keys);
        if closed {
            self.projector.open = false;
            self.projector.fullscreen = false;
        }
    }

    /// Draws exactly what the projector shows, into `ui` (the projector window calls this).
    pub fn projector_ui(&mut self, ui: &mut egui::Ui) {
        let blank = self.projector.blank;
        let theme = self.settings.projector_theme;
        // The window's scale applies to the projector too (one egui context): its text
        // keeps the size chosen for it.
        let size = self.settings.projector_text_size / self.zoom.unwrap_or(1.0);
        let extras = self.projector_extras();
        if let Some(session) = &mut self.session {
            projector_content_ui(ui, session, blank, theme, size, &extras);
        }
    }

    fn end_session(&mut self) {
        // Ending the session closes the phones' page.
        self.phones = None;
        let Some(session) = &mut self.session else {
            return;
        };
        let outcome = session.outcome();
        let lines = session
            .participants
            .iter()
            .map(|p| {
                let takeaway = outcome
                    .participants
                    .iter()
                    .find(|r| r.id == p.id.as_str())
                    .and_then(|r| r.takeaway.clone())
                    .unwrap_or_default();
                let review = outcome
                    .participants
                    .iter()
                    .find(|r| r.id == p.id.as_str())
                    .and_then(|r| r.stage_review.as_ref());
                ReviewLine {
                    name: p.display_name.clone(),
                    include: !takeaway.trim().is_empty(),
                    takeaway,
                    stage: p
                        .stage
                        .as_ref()
                        .map(|(index, title)| stage_line(&self.i18n, *index, title, review)),
                }
            })
            .collect();
        self.projector = ProjectorState {
            open: false,
            ..ProjectorState::default()
        };
        let notes = self
            .session
            .as_ref()
            .map(|s| s.notes.clone())
            .unwrap_or_default();
        self.apply(Intent::Review(Box::new(ReviewState {
            outcome,
            lines,
            notes,
        })));
    }

    /// Leaves the review, giving the session the notes edited there; `save` saves it.
    pub(super) fn leave_review(&mut self, save: bool) {
        if let (Screen::Review(review), Some(session)) = (&self.screen, &mut self.session) {
            session.notes.clone_from(&review.notes);
        }
        if save {
            self.save_session();
        } else {
            self.apply(Intent::Running);
            // Back to a group's session: its projector again; a one-to-one opens it on demand.
            self.projector.open = self
                .session
                .as_ref()
                .is_some_and(|s| s.mode == sessions::Mode::Collective);
        }
    }

    fn save_session(&mut self) {
        let (Screen::Review(review), Some(session), Some(store)) =
            (&self.screen, &self.session, &self.store)
        else {
            return;
        };
        let mut outcome = review.outcome.clone();
        for (participant, line) in session.participants.iter().zip(&review.lines) {
            let takeaway = (line.include && !line.takeaway.trim().is_empty())
                .then(|| line.takeaway.trim().to_owned());
            match outcome
                .participants
                .iter_mut()
                .find(|r| r.id == participant.id.as_str())
            {
                Some(result) => {
                    // Changed at the review: what was said in each language no longer is it.
                    if result.takeaway != takeaway {
                        result.takeaway_in.clear();
                    }
                    result.takeaway = takeaway;
                }
                None => outcome
                    .participants
                    .push(atelier_plugin_api::ParticipantResult {
                        id: participant.id.as_str().to_owned(),
                        takeaway,
                        ..atelier_plugin_api::ParticipantResult::default()
                    }),
            }
        }
        let record = session.record(&outcome);
        match store.save_session(&record) {
            Ok(report) => {
                let draft = session.draft().id;
                if let Some(autosave) = &self.autosave {
                    autosave.flush();
                }
                let discarded = store.discard_draft(&draft);
                let text = if report.pending {
                    self.i18n.tr("review-saved-pending")
                } else {
                    self.i18n
                        .tr_args("review-saved", &[("count", report.journeys.len().into())])
                };
                // A one-to-one exercise goes back to the person's journey (once it is saved
                // there); a group to Home.
                let person = (record.mode == sessions::Mode::OneToOne
                    && record.participants.len() == 1
                    && !report.pending)
                    .then(|| record.participants[0].id.clone());
                self.session = None;
                if report.pending {
                    self.refresh_home();
                }
                self.apply(person.map_or(Intent::Home, Intent::Journey));
                match discarded {
                    Ok(()) => self.say(text),
                    Err(error) => self.warn(format!(
                        "{text} {}",
                        crate::messages::store_error(&self.i18n, &error)
                    )),
                }
            }
            Err(error) => {
                let reason = crate::messages::store_error(&self.i18n, &error);
                self.warn(
                    self.i18n
                        .tr_args("review-failed", &[("reason", reason.into())]),
                );
            }
        }
    }
}

/// What a stage review writes into the journey, in words: the decision, the next stage; or,
/// as a warning, that no decision was taken and the stage stays open.
fn stage_line(
    i18n: &crate::i18n::I18n,
    index: usize,
    title: &str,
    review: Option<&atelier_plugin_api::StageReviewResult>,
) -> (String, bool) {
    let stage = [("stage", title.into())];
    let Some(review) = review else {
        return (i18n.tr_args("review-stage-open", &stage), true);
    };
    let outcome = crate::session::stage_review_outcome(index, title, review);
    let mut text = i18n.tr_args(
        "review-stage",
        &[
            ("stage", title.into()),
            (
                "decision",
                crate::words::decision(i18n, &outcome.decision).into(),
            ),
        ],
    );
    if let Some(next) = &outcome.next {
        text.push('\n');
        text.push_str(
            &i18n.tr_args(
                "review-stage-next",
                &[
                    ("title", next.title.as_str().into()),
                    (
                        "date",
                        next.planned_end
                            .map_or_else(|| String::from("none"), crate::words::date)
                            .into(),
                    ),
                ],
            ),
        );
    }
    (text, false)
}

/// Before ending a session with something left undone: the activity's sentence, then end
/// anyway (`Some(true)`) or go on with the session (`Some(false)`, also Escape); `None` while
/// the facilitator has not answered.
fn end_anyway_ui(ctx: &egui::Context, i18n: &crate::i18n::I18n, left: &str) -> Option<bool> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("runner-end-anyway")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(i18n.tr("runner-end-title"));
        ui.label(left);
        ui.horizontal(|ui| {
            let go_on = ui.button(i18n.tr("runner-end-go-on"));
            // The keyboard lands on the calm choice.
            if ui.memory(|m| m.focused().is_none()) {
                go_on.request_focus();
            }
            if go_on.clicked() {
                answer = Some(false);
            }
            if ui.button(i18n.tr("runner-end-anyway")).clicked() {
                answer = Some(true);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(false);
    }
    answer
}

/// An activity's key and what it does, as the language writes it: `P : La personne qui parle
/// passe son tour`, `P: The person speaking passes`.
fn key_line(i18n: &crate::i18n::I18n, action: &ActionDesc) -> Option<String> {
    action.key.map(|key| {
        i18n.tr_args(
            "runner-key-line",
            &[
                ("key", key.name().into()),
                ("label", action.label.as_str().into()),
            ],
        )
    })
}

/// Every key of the session, the host's and the activity's, in a window opened with F1 or `?`
/// (and closed with them, or Esc).
fn keys_help_ui(
    ui: &egui::Ui,
    i18n: &crate::i18n::I18n,
    session: &RunningSession,
    keyed: &[ActionDesc],
) {
    let id = egui::Id::unique("atelier-keys-help");
    let ctx = ui.ctx();
    let typing = ctx.egui_wants_keyboard_input();
    let (toggle, close) = ctx.input(|i| {
        (
            i.key_pressed(egui::Key::F1)
                || (!typing
                    && i.events
                        .iter()
                        .any(|e| matches!(e, egui::Event::Text(t) if t == "?"))),
            i.key_pressed(egui::Key::Escape),
        )
    });
    let mut open = ctx.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    if toggle {
        open = !open;
    } else if close {
        open = false;
    }
    ctx.data_mut(|d| d.insert_temp(id, open));
    if !open {
        return;
    }
    let mut still_open = true;
    egui::Window::new(i18n.tr("keys-help-title"))
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .default_width(560.0)
        .open(&mut still_open)
        .show(ctx, |ui| {
            for id in [
                "keys-help-next",
                "keys-help-previous",
                "keys-help-blank",
                "keys-help-fullscreen",
                "keys-help-help",
            ] {
                ui.label(i18n.tr(id));
            }
            if !keyed.is_empty() {
                ui.separator();
                ui.strong(session.activity().descriptor.name.get(i18n.locale()));
                for line in keyed.iter().filter_map(|a| key_line(i18n, a)) {
                    ui.label(line);
                }
            }
        });
    if !still_open {
        ctx.data_mut(|d| d.insert_temp(id, false));
    }
}

fn toggle_fullscreen(projector: &mut ProjectorState) {
    projector.open = true;
    projector.fullscreen = !projector.fullscreen;
    projector.to_second_monitor = projector.fullscreen;
}

/// What the host adds to the projector besides the activity: the blank-screen hint, and
/// while the phones' page is open, its QR code and short address.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProjectorExtras {
    /// (full address for the QR code, short address to type, the invitation).
    phones: Option<(String, Option<String>, String)>,
}

impl AtelierApp {
    /// The phones' QR code while their page is open.
    fn projector_extras(&self) -> ProjectorExtras {
        ProjectorExtras {
            phones: self.phones.as_ref().map(|phones| {
                (
                    phones.url(),
                    phones.short_address(),
                    self.i18n.tr(if phones.rates() {
                        "phones-projector-answer"
                    } else {
                        "phones-projector"
                    }),
                )
            }),
        }
    }
}

/// The projector's content: the activity's public view in large type and calm, high-contrast
/// colours, in the host's frame (the activity's name, the step), with the phones' QR
/// code beside it while their page is open; or black when blanked. Nothing else: no names, no
/// notes.
fn projector_content_ui(
    ui: &mut egui::Ui,
    session: &mut crate::session::RunningSession,
    blank: bool,
    theme: ProjectorTheme,
    body_size: f32,
    extras: &ProjectorExtras,
) {
    let rect = ui.available_rect_before_wrap();
    if blank {
        ui.painter().rect_filled(rect, 0.0, egui::Color32::BLACK);
        ui.allocate_rect(rect, egui::Sense::hover());
        return;
    }
    let chrome = atelier_plugin_api::ProjectorChrome {
        title: session
            .activity()
            .descriptor
            .name
            .get(session.locale())
            .to_owned(),
        step: session.progress(),
    };
    atelier_plugin_api::projector_screen(ui, &theme.palette(), body_size, &chrome, |ui| {
        let Some((url, short, caption)) = &extras.phones else {
            session.projector_ui(ui);
            return;
        };
        // The QR code in a column on the right; the activity in the rest.
        let area = ui.available_rect_before_wrap();
        let side = (area.width() * 0.24).min(area.height() * 0.6);
        let column = egui::Rect::from_min_max(
            egui::pos2(area.right() - side, area.top()),
            area.right_bottom(),
        );
        let mut qr = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(column)
                .layout(egui::Layout::top_down(egui::Align::Center)),
        );
        super::qr::qr_ui(&mut qr, url, side);
        let small = (body_size * 0.6).max(16.0);
        qr.add(egui::Label::new(egui::RichText::new(caption).size(small)).wrap());
        if let Some(short) = short {
            // What people type: larger than the invitation.
            qr.add_space(small * 0.4);
            qr.add(egui::Label::new(egui::RichText::new(short).size(small * 1.2).strong()).wrap());
        }
        let mut activity = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(egui::Rect::from_min_max(
                    area.min,
                    egui::pos2(column.left() - body_size, area.bottom()),
                ))
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        session.projector_ui(&mut activity);
        ui.allocate_rect(area, egui::Sense::hover());
    });
}
