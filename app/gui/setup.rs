//! Session setup: the activity from the library, the participants (or a quick add), the place
//! and the facilitator.

use std::collections::BTreeSet;
use std::sync::Arc;

use sessions::{Consent, Consents, Journey, Mode, ParticipantId};

use super::ctx::Ctx;
use super::intent::Intent;
use super::{AtelierApp, Screen};
use crate::i18n::I18n;
use crate::plugins::{ActivityRegistry, Source};
use crate::session::{RunningSession, SessionSetup};

/// What the setup screen holds.
#[derive(Debug, Clone)]
pub struct SetupState {
    mode: Mode,
    activity: Option<String>,
    selected: BTreeSet<ParticipantId>,
    place: String,
    facilitator: String,
    quick_name: String,
    quick_keep: bool,
    quick_projector: bool,
    search: String,
    /// The stage to review (whose, its place, its title), when the setup was opened from a
    /// stage's "Faire le bilan".
    stage: Option<(ParticipantId, usize, String)>,
}

impl SetupState {
    /// A new setup for `mode`, proposing `facilitator` and `place` (the last ones given).
    pub fn new(mode: Mode, facilitator: &str, place: &str) -> Self {
        Self {
            mode,
            activity: None,
            selected: BTreeSet::new(),
            place: place.to_owned(),
            facilitator: facilitator.to_owned(),
            quick_name: String::new(),
            quick_keep: false,
            quick_projector: false,
            search: String::new(),
            stage: None,
        }
    }

    /// The review of `person`'s stage at `index` (titled `title`), with `activity`, the stage
    /// review: the person and the activity are chosen.
    pub fn review_stage(
        &mut self,
        person: ParticipantId,
        index: usize,
        title: &str,
        activity: &str,
    ) {
        self.select(person.clone());
        self.activity = Some(activity.to_owned());
        self.stage = Some((person, index, title.to_owned()));
    }
}

impl SetupState {
    /// Selects a participant (a one-to-one started from their line).
    pub fn select(&mut self, id: ParticipantId) {
        if self.mode == Mode::OneToOne {
            self.selected.clear();
        }
        self.selected.insert(id);
    }
}

impl SetupState {
    /// Draws the setup; adding a participant and starting are intents (they write the data
    /// folder and start a session, which the app does).
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let state = self;
        let i18n = ctx.i18n;
        let locale = i18n.locale();
        ui.heading(i18n.tr(match state.mode {
            Mode::Collective => "setup-title-collective",
            Mode::OneToOne => "setup-title-one-to-one",
        }));
        if let Some((_, _, title)) = &state.stage {
            ui.label(
                egui::RichText::new(
                    i18n.tr_args("setup-stage-review", &[("stage", title.as_str().into())]),
                )
                .strong(),
            );
        }

        let mut quick_add = false;
        let mut reload = false;
        let registry = ctx.registry;
        // Who leads and where, then starting, at the top: seen whatever the number of
        // activities and people below; what is missing is said beside the button.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(i18n.tr("setup-place"));
            ui.text_edit_singleline(&mut state.place)
                .labelled_by(label.id);
            ui.add_space(crate::gui::theme::space::ITEM);
            let label = ui.label(i18n.tr("setup-facilitator"));
            ui.text_edit_singleline(&mut state.facilitator)
                .labelled_by(label.id);
        });
        let problem = setup_problem(registry, i18n, state);
        let start = ui
            .horizontal_wrapped(|ui| {
                let start = ui
                    .add_enabled(
                        problem.is_none(),
                        egui::Button::new(egui::RichText::new(i18n.tr("setup-start")).strong()),
                    )
                    .clicked();
                if let Some(problem) = &problem {
                    ui.label(problem);
                }
                start
            })
            .inner;
        ui.add_space(crate::gui::theme::space::TIGHT);
        let journeys = &ctx.home.journeys;
        ui.columns(2, |columns| {
            let [left, right] = columns else { return };
            left.add_space(crate::gui::theme::space::ITEM);
            left.strong(i18n.tr("setup-activity"));
            let api_mode = match state.mode {
                Mode::Collective => atelier_plugin_api::Mode::Collective,
                Mode::OneToOne => atelier_plugin_api::Mode::OneToOne,
            };
            let mut any = false;
            // The activities are one radio group: one Tab stop, the arrows choose.
            let offered: Vec<Option<String>> = registry
                .iter()
                .filter(|a| a.descriptor.modes.allows(api_mode))
                .map(|a| Some(a.descriptor.id.clone()))
                .collect();
            let mut group = crate::gui::access::RadioGroup::new(&state.activity, offered.iter());
            for activity in registry.iter() {
                let d = &activity.descriptor;
                if !d.modes.allows(api_mode) {
                    continue;
                }
                any = true;
                // Built-ins and the activities shipped as files need no word about where they
                // come from; a file of the team's is named.
                let from = match activity.source {
                    Source::TextFile(_) => "setup-from-activity-file",
                    _ => "setup-from-file",
                };
                let source = activity.source.path().map_or_else(String::new, |path| {
                    i18n.tr_args(
                        from,
                        &[(
                            "file",
                            path.file_name()
                                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                                .into(),
                        )],
                    )
                });
                group.add(
                    left,
                    &mut state.activity,
                    Some(d.id.clone()),
                    d.name.get(locale),
                );
                left.indent(&d.id, |ui| {
                    // Left-aligned, not justified (columns justify by default).
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        ui.label(d.description.get(locale));
                        if !source.is_empty() {
                            ui.weak(source);
                        }
                    });
                });
            }
            group.end(left, &mut state.activity);
            if !any {
                left.label(i18n.tr("setup-no-activity"));
            }
            // An activity file that could not be read is said here, calmly, where it is missed.
            let unreadable = registry
                .refused()
                .iter()
                .filter(|r| {
                    matches!(
                        r.refusal,
                        crate::plugins::Refusal::ActivityFile(_)
                            | crate::plugins::Refusal::DuplicateId { at: Some(_), .. }
                    )
                })
                .count();
            left.horizontal_wrapped(|ui| {
                if unreadable > 0 {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        i18n.tr_args(
                            "setup-activity-files-refused",
                            &[("count", unreadable.into())],
                        ),
                    );
                }
                reload = crate::gui::theme::icon_button(
                    ui,
                    crate::gui::theme::icons::ICON_REFRESH,
                    &i18n.tr("activities-reload"),
                )
                .clicked();
            });

            right.strong(i18n.tr("setup-participants"));
            right.horizontal(|ui| {
                let label = ui.label(i18n.tr("home-search"));
                ui.text_edit_singleline(&mut state.search)
                    .labelled_by(label.id);
            });
            let needle = sessions::sort_key(state.search.trim());
            for journey in journeys.iter().map(|j| &j.value) {
                if matches!(journey.status(), sessions::Status::Exited { .. }) {
                    continue;
                }
                // The search narrows the list; whoever is chosen stays visible.
                if !needle.is_empty()
                    && !state.selected.contains(&journey.id)
                    && !sessions::sort_key(&journey.display_name).contains(&needle)
                {
                    continue;
                }
                let mut checked = state.selected.contains(&journey.id);
                // What the facilitator must know before the session: a person on hold, and
                // one who did not agree to be named on the projector.
                let mut notes = Vec::new();
                if let sessions::Status::OnHold { planned_end, .. } = journey.status() {
                    notes.push(i18n.tr_args(
                        "status-on-hold",
                        &[("date", crate::words::date(*planned_end).into())],
                    ));
                }
                if state.mode == Mode::Collective && !journey.consents.first_name_on_projector.given
                {
                    notes.push(i18n.tr("setup-not-named"));
                }
                let toggled = right
                    .horizontal_wrapped(|ui| {
                        let toggled = ui.checkbox(&mut checked, &journey.display_name).changed();
                        if !notes.is_empty() {
                            ui.weak(notes.join(" · "));
                        }
                        toggled
                    })
                    .inner;
                if toggled {
                    if checked {
                        if state.mode == Mode::OneToOne {
                            state.selected.clear();
                        }
                        state.selected.insert(journey.id.clone());
                    } else {
                        state.selected.remove(&journey.id);
                    }
                }
            }

            right.add_space(crate::gui::theme::space::ITEM);
            crate::gui::theme::card(right).show(right, |ui| {
                ui.strong(i18n.tr("setup-quick-add"));
                ui.horizontal(|ui| {
                    let label = ui.label(i18n.tr("setup-first-name"));
                    ui.add(
                        egui::TextEdit::singleline(&mut state.quick_name)
                            .char_limit(sessions::bounds::MAX_NAME_CHARS),
                    )
                    .labelled_by(label.id);
                });
                ui.checkbox(&mut state.quick_keep, i18n.tr("setup-consent-keep"));
                ui.checkbox(
                    &mut state.quick_projector,
                    i18n.tr("setup-consent-projector"),
                );
                let ready = !state.quick_name.trim().is_empty() && state.quick_keep;
                quick_add = ui
                    .add_enabled(ready, egui::Button::new(i18n.tr("setup-add")))
                    .clicked();
                if !state.quick_keep && !state.quick_name.trim().is_empty() {
                    ui.weak(i18n.tr("setup-consent-needed"));
                }
            });
        });
        if quick_add {
            return Some(Intent::QuickAdd(Box::new(state.clone())));
        }
        if reload {
            return Some(Intent::ReloadActivities);
        }
        start.then(|| Intent::StartSession(Box::new(state.clone())))
    }
}

impl AtelierApp {
    /// Adds the participant typed in the setup's quick add (a journey with its consents), and
    /// selects them.
    pub(super) fn quick_add(&mut self, state: &SetupState) {
        let Some(store) = &self.store else { return };
        let now = self.now();
        let by = if state.facilitator.trim().is_empty() {
            self.settings.facilitator.clone()
        } else {
            state.facilitator.clone()
        };
        let consent = |given| Consent {
            given,
            date: now.date_naive(),
            recorded_by: by.clone(),
        };
        let journey = Journey::new(
            ParticipantId::generate(now),
            state.quick_name.trim(),
            now.date_naive(),
            Consents {
                keep_file: consent(state.quick_keep),
                first_name_on_projector: consent(state.quick_projector),
            },
            by.clone(),
        );
        match store.save_journey(&journey, None) {
            Ok(_) => {
                let name = journey.display_name.clone();
                self.refresh_home();
                if let Screen::Setup(setup) = &mut self.screen {
                    if setup.mode == Mode::OneToOne {
                        setup.selected.clear();
                    }
                    setup.selected.insert(journey.id);
                    setup.quick_name.clear();
                    setup.quick_keep = false;
                    setup.quick_projector = false;
                }
                self.say(self.i18n.tr_args("setup-added", &[("name", name.into())]));
            }
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }

    fn journeys_of(
        &self,
        ids: impl Iterator<Item = ParticipantId>,
    ) -> Result<Vec<Journey>, String> {
        let Some(store) = &self.store else {
            return Err(self.i18n.tr("err-no-data-dir"));
        };
        ids.map(|id| {
            store
                .load_journey(&id)
                .map(|j| j.value)
                .map_err(|e| crate::messages::store_error(&self.i18n, &e))
        })
        .collect()
    }

    fn session_setup(
        &self,
        journeys: Vec<Journey>,
        mode: Mode,
        place: String,
        facilitator: &str,
        stages: std::collections::BTreeMap<ParticipantId, usize>,
    ) -> SessionSetup {
        SessionSetup {
            stages,
            journeys,
            mode,
            locale: self.i18n.locale(),
            seed: u64::try_from(self.config.clock.now().unix_seconds).unwrap_or_default(),
            clock: Arc::clone(&self.config.clock),
            place,
            facilitators: if facilitator.trim().is_empty() {
                Vec::new()
            } else {
                vec![facilitator.trim().to_owned()]
            },
        }
    }

    /// Starts the session the setup describes.
    pub(super) fn start_session(&mut self, state: &SetupState) {
        let Some(activity) = state
            .activity
            .as_deref()
            .and_then(|id| self.registry.get(id))
            .cloned()
        else {
            return;
        };
        let journeys = match self.journeys_of(state.selected.iter().cloned()) {
            Ok(journeys) => journeys,
            Err(text) => return self.warn(text),
        };
        // Remembered for the next session: asked once.
        let (place, facilitator) = (state.place.trim(), state.facilitator.trim());
        if self.settings.place != place || self.settings.facilitator != facilitator {
            place.clone_into(&mut self.settings.place);
            facilitator.clone_into(&mut self.settings.facilitator);
            self.save_settings();
        }
        let stages = state
            .stage
            .iter()
            .map(|(person, index, _)| (person.clone(), *index))
            .collect();
        let setup = self.session_setup(
            journeys,
            state.mode,
            state.place.trim().to_owned(),
            &state.facilitator,
            stages,
        );
        match RunningSession::start(activity, &setup) {
            Ok(session) => self.begin(session),
            Err(error) => self.warn(self.i18n.tr_args(
                "session-start-failed",
                &[("reason", error.to_string().into())],
            )),
        }
    }

    pub(super) fn resume_draft(&mut self, draft: &sessions::Draft) {
        let Some(activity) = self.registry.get(&draft.activity.id).cloned() else {
            return self.warn(self.i18n.tr_args(
                "session-resume-missing",
                &[("activity", draft.activity.id.as_str().into())],
            ));
        };
        let journeys = match self.journeys_of(draft.participants.iter().map(|p| p.id.clone())) {
            Ok(journeys) => journeys,
            Err(text) => return self.warn(text),
        };
        let facilitator = draft.facilitators.first().cloned().unwrap_or_default();
        // The stage each person was reviewing when the draft was written.
        let stages = draft
            .participants
            .iter()
            .filter_map(|p| Some((p.id.clone(), p.stage.as_ref()?.0)))
            .collect();
        let setup = self.session_setup(
            journeys,
            draft.mode,
            draft.place.clone(),
            &facilitator,
            stages,
        );
        match RunningSession::resume(activity, &setup, draft) {
            Ok(session) => self.begin(session),
            Err(error) => self.warn(self.i18n.tr_args(
                "session-start-failed",
                &[("reason", error.to_string().into())],
            )),
        }
    }

    fn begin(&mut self, session: RunningSession) {
        // Nothing of the session could be kept: say so before it starts.
        if let Some((store, why)) = self.store.as_ref().and_then(|s| Some((s, s.read_only()?))) {
            let error = sessions::StoreError::ReadOnly {
                path: store.root().to_path_buf(),
                why,
            };
            return self.warn(crate::messages::store_error(&self.i18n, &error));
        }
        if let Some(autosave) = &self.autosave {
            autosave.save(session.draft());
        }
        // A projector is for groups; a one-to-one exercise opens it on demand.
        self.projector = super::ProjectorState {
            open: session.mode == Mode::Collective,
            ..super::ProjectorState::default()
        };
        self.session = Some(session);
        self.notice = None;
        self.apply(Intent::Running);
    }
}

/// Why the session cannot start yet, in words.
fn setup_problem(registry: &ActivityRegistry, i18n: &I18n, state: &SetupState) -> Option<String> {
    let Some(activity) = state.activity.as_deref().and_then(|id| registry.get(id)) else {
        return Some(i18n.tr("setup-pick-activity"));
    };
    // Every record says who led it and where: asked once, then remembered.
    if state.facilitator.trim().is_empty() {
        return Some(i18n.tr("setup-need-facilitator"));
    }
    if state.place.trim().is_empty() {
        return Some(i18n.tr("setup-need-place"));
    }
    let d = &activity.descriptor;
    let n = state.selected.len();
    if n < d.min_participants || n > d.max_participants {
        return Some(i18n.tr_args(
            "setup-count",
            &[
                ("min", d.min_participants.into()),
                ("max", d.max_participants.into()),
            ],
        ));
    }
    None
}
