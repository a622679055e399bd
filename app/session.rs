//! A session while it runs, on the host's side: the activity's state behind its panic guard,
//! the last state saved (so a crash loses nothing already saved), drafts, and the record made
//! at the end.

use std::sync::Arc;

use std::collections::BTreeMap;

use atelier_plugin_api::host::{DynState, PluginError};
use atelier_plugin_api::{
    ActionDesc, Clock, Locale, Mode as ApiMode, Outcome, Setup, SetupParticipant, StageToReview,
    Timestamp, UiContext,
};
use chrono::{DateTime, FixedOffset, TimeZone as _};
use sessions::{
    ActivityRef, Draft, DraftId, DraftParticipant, Journey, Mode, NextStage, ParticipantId,
    ParticipantOutcome, Private, ProgressPoint, ReviewDecision, SessionId, SessionRecord,
    StageReviewOutcome, Versioned as _,
};

use crate::i18n::I18n;
use crate::plugins::RegisteredActivity;

/// The real clock.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        to_timestamp(chrono::Local::now().fixed_offset())
    }
}

/// A chrono time as the plugin API's plain timestamp.
pub fn to_timestamp(time: DateTime<FixedOffset>) -> Timestamp {
    Timestamp {
        unix_seconds: time.timestamp(),
        offset_seconds: time.offset().local_minus_utc(),
    }
}

/// The plugin API's timestamp as a chrono time (UTC if the offset is impossible).
pub fn from_timestamp(time: Timestamp) -> DateTime<FixedOffset> {
    let utc = chrono::Utc
        .timestamp_opt(time.unix_seconds, 0)
        .single()
        .unwrap_or_default();
    FixedOffset::east_opt(time.offset_seconds)
        .map_or_else(|| utc.fixed_offset(), |offset| utc.with_timezone(&offset))
}

fn api_mode(mode: Mode) -> ApiMode {
    match mode {
        Mode::Collective => ApiMode::Collective,
        Mode::OneToOne => ApiMode::OneToOne,
    }
}

/// The longest a running session goes without its state being compared, when nobody acts.
pub const CHECKPOINT_EVERY: f64 = 2.0;

/// Whether the person did something this frame that can change an activity's state: a key,
/// text, a click or a drag — not a mere pointer move.
pub fn person_acted(ctx: &egui::Context) -> bool {
    ctx.input(|i| {
        i.pointer.any_down()
            || i.events.iter().any(|event| {
                !matches!(
                    event,
                    egui::Event::PointerMoved(_)
                        | egui::Event::MouseMoved(_)
                        | egui::Event::WindowFocused(_)
                )
            })
    })
}

/// A running session.
pub struct RunningSession {
    activity: Arc<RegisteredActivity>,
    state: Box<dyn DynState>,
    crashed: Option<PluginError>,
    last_saved: String,
    /// Why the last save failed, while it does.
    save_error: Option<String>,
    /// The outcome as it was at the last saved state: what a crash leaves for the review.
    last_outcome: Option<Outcome>,
    /// When [`Self::checkpoint`] last ran (egui time, seconds).
    last_checkpoint: f64,
    draft_id: DraftId,
    clock: Arc<dyn Clock>,
    locale: Locale,
    /// Whether the activity accepts phones (asked once, when the session starts).
    accepts_phones: bool,
    /// Who takes part.
    pub participants: Vec<DraftParticipant>,
    /// Collective or one-to-one.
    pub mode: Mode,
    /// When it started.
    pub start: DateTime<FixedOffset>,
    /// Where.
    pub place: String,
    /// Who facilitates.
    pub facilitators: Vec<String>,
    /// The facilitator's private notes.
    pub notes: String,
}

impl std::fmt::Debug for RunningSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningSession")
            .field("activity", &self.activity.descriptor.id)
            .field("crashed", &self.crashed)
            .finish_non_exhaustive()
    }
}

/// What a session needs besides its activity.
#[derive(Clone)]
pub struct SessionSetup {
    /// The participants' journeys: only their id, name, consent and this activity's data go
    /// to the activity.
    pub journeys: Vec<Journey>,
    /// Collective or one-to-one.
    pub mode: Mode,
    /// The host's language.
    pub locale: Locale,
    /// Seed of the session's random source.
    pub seed: u64,
    /// The clock.
    pub clock: Arc<dyn Clock>,
    /// Where.
    pub place: String,
    /// Who facilitates.
    pub facilitators: Vec<String>,
    /// In a stage review, the stage each person reviews, by its place in their stages (the
    /// last one without a review for whoever is not here).
    pub stages: BTreeMap<ParticipantId, usize>,
}

impl SessionSetup {
    /// The stage `journey`'s person reviews in a stage review: its place and title, if it has
    /// one to review.
    fn stage_of(&self, journey: &Journey) -> Option<(usize, String)> {
        let open = |i: usize| journey.stages.get(i).filter(|s| s.review.is_none());
        let index = self
            .stages
            .get(&journey.id)
            .copied()
            .filter(|i| open(*i).is_some())
            .or_else(|| journey.stages.iter().rposition(|s| s.review.is_none()))?;
        Some((index, open(index)?.title.clone()))
    }

    fn plugin_setup(&self, activity: &atelier_plugin_api::Descriptor) -> Setup {
        let activity_id = activity.id.as_str();
        Setup {
            participants: self
                .journeys
                .iter()
                .map(|j| SetupParticipant {
                    id: j.id.as_str().to_owned(),
                    display_name: j.display_name.clone(),
                    projector_name: j
                        .consents
                        .first_name_on_projector
                        .given
                        .then(|| j.display_name.clone()),
                    stored: j.activity_data.get(activity_id).map(|d| d.ron.clone()),
                    stage: activity
                        .reviews_stage
                        .then(|| self.stage_of(j))
                        .flatten()
                        .and_then(|(i, _)| j.stages.get(i))
                        .map(|stage| StageToReview {
                            title: stage.title.clone(),
                            objectives: stage.objectives.iter().map(|o| o.text.clone()).collect(),
                            actions: stage.actions.clone(),
                            start: stage.start,
                            planned_end: stage.planned_end,
                        }),
                })
                .collect(),
            mode: api_mode(self.mode),
            locale: self.locale,
            seed: self.seed,
            clock: Arc::clone(&self.clock),
        }
    }
}

impl RunningSession {
    /// Starts a new session of `activity`.
    ///
    /// # Errors
    /// The activity failed to create its state.
    pub fn start(
        activity: Arc<RegisteredActivity>,
        setup: &SessionSetup,
    ) -> Result<Self, PluginError> {
        let state = activity
            .activity
            .create(&setup.plugin_setup(&activity.descriptor))?;
        let start = from_timestamp(setup.clock.now());
        Ok(Self::new(
            activity,
            state,
            setup,
            start,
            DraftId::generate(start),
            String::new(),
        ))
    }

    /// Resumes a session from its draft.
    ///
    /// # Errors
    /// The activity refused the saved state, or failed.
    pub fn resume(
        activity: Arc<RegisteredActivity>,
        setup: &SessionSetup,
        draft: &Draft,
    ) -> Result<Self, PluginError> {
        let state = activity.activity.restore(
            &setup.plugin_setup(&activity.descriptor),
            &draft.activity_state,
        )?;
        let mut session = Self::new(
            activity,
            state,
            setup,
            draft.start,
            draft.id.clone(),
            draft.facilitator_notes.expose().clone(),
        );
        session.last_saved.clone_from(&draft.activity_state);
        Ok(session)
    }

    fn new(
        activity: Arc<RegisteredActivity>,
        state: Box<dyn DynState>,
        setup: &SessionSetup,
        start: DateTime<FixedOffset>,
        draft_id: DraftId,
        notes: String,
    ) -> Self {
        let reviews_stage = activity.descriptor.reviews_stage;
        let mut session = Self {
            activity,
            state,
            crashed: None,
            last_saved: String::new(),
            save_error: None,
            last_outcome: None,
            last_checkpoint: 0.0,
            draft_id,
            clock: Arc::clone(&setup.clock),
            locale: setup.locale,
            accepts_phones: false,
            participants: setup
                .journeys
                .iter()
                .map(|j| DraftParticipant {
                    stage: reviews_stage.then(|| setup.stage_of(j)).flatten(),
                    id: j.id.clone(),
                    display_name: j.display_name.clone(),
                })
                .collect(),
            mode: setup.mode,
            start,
            place: setup.place.clone(),
            facilitators: setup.facilitators.clone(),
            notes,
        };
        session.accepts_phones =
            setup.mode == Mode::Collective && !session.phone_inputs(session.locale).is_empty();
        session.checkpoint();
        session
    }

    /// The activity running.
    pub fn activity(&self) -> &RegisteredActivity {
        &self.activity
    }

    /// The language the session runs in.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Why the activity stopped, if it crashed.
    pub fn crashed(&self) -> Option<&PluginError> {
        self.crashed.as_ref()
    }

    fn ui_context(&self) -> UiContext {
        UiContext {
            locale: self.locale,
            now: self.clock.now(),
        }
    }

    fn fail(&mut self, error: PluginError) {
        if self.crashed.is_none() {
            self.crashed = Some(error);
        }
    }

    /// Refreshes the last saved state from the activity. Returns whether it changed.
    pub fn checkpoint(&mut self) -> bool {
        if self.crashed.is_some() {
            return false;
        }
        match self.state.save() {
            Ok(saved) if saved != self.last_saved => {
                self.last_saved = saved;
                self.save_error = None;
                // What the review and the journeys would get now, kept in case the activity
                // stops later: its takeaways and stored data are not lost with it.
                match self.state.outcome() {
                    Ok(outcome) => self.last_outcome = Some(outcome),
                    Err(error) => self.fail(error),
                }
                true
            }
            Ok(_) => {
                self.save_error = None;
                false
            }
            // The activity could not write its state: the last good draft stays, and the
            // facilitator is told; the session goes on.
            Err(PluginError::Refused(reason)) => {
                self.save_error = Some(reason);
                false
            }
            Err(error) => {
                self.fail(error);
                false
            }
        }
    }

    /// Why the activity could not write its state at the last try (the previous draft is
    /// kept), if it could not.
    pub fn save_error(&self) -> Option<&str> {
        self.save_error.as_deref()
    }

    /// After a frame: refreshes the saved state only when something could have changed it —
    /// the person acted (a key, a click, typing: `acted`) — or, as a safety net, every
    /// [`CHECKPOINT_EVERY`] seconds. Serializing a large state every frame is what this avoids.
    /// Returns whether the state changed.
    pub fn checkpoint_after_frame(&mut self, acted: bool, time: f64) -> bool {
        if !acted && time - self.last_checkpoint < CHECKPOINT_EVERY {
            return false;
        }
        self.last_checkpoint = time;
        self.checkpoint()
    }

    /// The activity's facilitator view, or a calm notice if it stopped.
    pub fn facilitator_ui(&mut self, ui: &mut egui::Ui, i18n: &I18n) {
        if self.crashed.is_none() {
            let ctx = self.ui_context();
            crate::plugins::prepare_ui_for_plugin(ui.ctx());
            if let Err(error) = self.state.facilitator_ui(ui, &ctx) {
                self.fail(error);
            }
        }
        if let Some(reason) = &self.save_error {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                i18n.tr_args(
                    "session-save-refused",
                    &[("reason", reason.as_str().into())],
                ),
            );
        }
        if let Some(error) = &self.crashed {
            crashed_ui(
                ui,
                i18n,
                self.activity.descriptor.name.get(self.locale),
                error,
            );
        }
    }

    /// The activity's projector view; nothing if it stopped.
    pub fn projector_ui(&mut self, ui: &mut egui::Ui) {
        if self.crashed.is_none() {
            let ctx = self.ui_context();
            crate::plugins::prepare_ui_for_plugin(ui.ctx());
            if let Err(error) = self.state.projector_ui(ui, &ctx) {
                self.fail(error);
            }
        }
    }

    /// Where the session is ("2 / 5"), if the activity counts steps and has not stopped.
    pub fn progress(&self) -> Option<(usize, usize)> {
        if self.crashed.is_some() {
            return None;
        }
        self.state
            .progress()
            .ok()
            .flatten()
            .filter(|(step, steps)| *steps > 0 && (1..=*steps).contains(step))
    }

    /// The activity's own actions that have a key (none once it stopped). Asked once a frame:
    /// the keys it reads and the help it shows come from the same list.
    pub fn keyed_actions(&self) -> Vec<ActionDesc> {
        if self.crashed.is_some() {
            return Vec::new();
        }
        self.state
            .actions(self.locale)
            .map(|actions| actions.into_iter().filter(|a| a.key.is_some()).collect())
            .unwrap_or_default()
    }

    /// Runs a named action (`next`, `previous`, or one of the activity's).
    pub fn action(&mut self, action: &str) -> bool {
        if self.crashed.is_some() {
            return false;
        }
        match self.state.on_action(action) {
            Ok(done) => done,
            Err(error) => {
                self.fail(error);
                false
            }
        }
    }

    /// What the activity says is left undone, in `locale`, before the session ends (nothing
    /// once it stopped: a crashed activity is said apart).
    pub fn unfinished(&self, locale: Locale) -> Option<String> {
        if self.crashed.is_some() {
            return None;
        }
        self.state.unfinished(locale).ok().flatten()
    }

    /// What the activity accepts from phones, with prompts in `locale` (none once it stopped).
    pub fn phone_inputs(&self, locale: Locale) -> Vec<atelier_plugin_api::PhoneInput> {
        if self.crashed.is_some() {
            return Vec::new();
        }
        self.state.phone_inputs(locale).unwrap_or_default()
    }

    /// Whether "Téléphones des participants" is offered: a collective session of an activity
    /// that accepts phones, still running.
    pub fn accepts_phones(&self) -> bool {
        self.accepts_phones && self.crashed.is_none()
    }

    /// Gives the activity an answer sent from a phone; whether it took it.
    pub fn phone_input(&mut self, input: &str, answer: &atelier_plugin_api::PhoneAnswer) -> bool {
        if self.crashed.is_some() {
            return false;
        }
        match self.state.on_phone_input(input, answer) {
            Ok(taken) => taken,
            Err(error) => {
                self.fail(error);
                false
            }
        }
    }

    /// The session as a draft, with the last state the activity saved.
    pub fn draft(&self) -> Draft {
        Draft {
            format_version: Draft::CURRENT_VERSION,
            id: self.draft_id.clone(),
            activity: ActivityRef {
                id: self.activity.descriptor.id.clone(),
                version: self.activity.descriptor.version.clone(),
            },
            mode: self.mode,
            start: self.start,
            saved_at: from_timestamp(self.clock.now()),
            place: self.place.clone(),
            facilitators: self.facilitators.clone(),
            participants: self.participants.clone(),
            activity_state: self.last_saved.clone(),
            facilitator_notes: Private::new(self.notes.clone()),
        }
    }

    /// The activity's outcome; after a crash, the last good one (its takeaways and what it
    /// keeps for each journey) with the last saved state as the record's data, so the session
    /// can still be reviewed and saved.
    pub fn outcome(&mut self) -> Outcome {
        if self.crashed.is_none() {
            match self.state.outcome() {
                Ok(outcome) => return outcome,
                Err(error) => self.fail(error),
            }
        }
        let mut outcome = self.last_outcome.clone().unwrap_or_default();
        outcome.record_data.clone_from(&self.last_saved);
        outcome
    }

    /// The record of this session, ending now, with `outcome` (as reviewed by the facilitator:
    /// a takeaway set to `None` stays out of the journey).
    pub fn record(&self, outcome: &Outcome) -> SessionRecord {
        let end = from_timestamp(self.clock.now());
        SessionRecord {
            format_version: SessionRecord::CURRENT_VERSION,
            // The draft's: saving again after a failed save replaces, never duplicates.
            id: SessionId::of_draft(&self.draft_id),
            activity: ActivityRef {
                id: self.activity.descriptor.id.clone(),
                version: self.activity.descriptor.version.clone(),
            },
            mode: self.mode,
            start: self.start,
            end,
            place: self.place.clone(),
            facilitators: self.facilitators.clone(),
            participants: self
                .participants
                .iter()
                .map(|p| {
                    let result = outcome.participants.iter().find(|r| r.id == p.id.as_str());
                    ParticipantOutcome {
                        stage_review: p
                            .stage
                            .as_ref()
                            .zip(result.and_then(|r| r.stage_review.as_ref()))
                            .map(|((stage, title), review)| {
                                stage_review_outcome(*stage, title, review)
                            }),
                        id: p.id.clone(),
                        takeaway: result.and_then(|r| r.takeaway.clone()),
                        activity_data: result.and_then(|r| r.stored.clone()),
                        progress: result
                            .map(|r| {
                                r.points
                                    .iter()
                                    .map(|p| ProgressPoint {
                                        series: p.series.clone(),
                                        value: p.value,
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                        follow_ups: result
                            .map(|r| {
                                r.follow_ups
                                    .iter()
                                    .map(|f| sessions::FollowUpDue {
                                        text: f.text.clone(),
                                        due: f.due,
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                        // In each language only while it is the takeaway kept: never a
                        // translation of something else than what was reviewed.
                        takeaway_in: result
                            .filter(|r| r.takeaway.is_some())
                            .map(|r| {
                                r.takeaway_in
                                    .iter()
                                    .map(|(locale, text)| (locale.code().to_owned(), text.clone()))
                                    .collect()
                            })
                            .unwrap_or_default(),
                    }
                })
                .collect(),
            summary: outcome.summary.clone(),
            // An activity that could not write its data gives nothing: the last state it saved
            // is kept instead, never an empty record.
            activity_data: if outcome.record_data.is_empty() {
                self.last_saved.clone()
            } else {
                outcome.record_data.clone()
            },
            facilitator_notes: Private::new(self.notes.clone()),
        }
    }
}

/// A stage review as an activity gave it, as the record keeps it: the decision with its
/// detail (the new frame is the next stage's goal), the next stage when the support continues.
pub(crate) fn stage_review_outcome(
    stage: usize,
    title: &str,
    review: &atelier_plugin_api::StageReviewResult,
) -> StageReviewOutcome {
    use atelier_plugin_api::StageDecision;
    let line = |text: &str| {
        text.trim()
            .chars()
            .take(atelier_plugin_api::MAX_LINE_CHARS)
            .collect::<String>()
    };
    let decision = match review.decision {
        StageDecision::Continue => ReviewDecision::Continue {
            new_frame: line(&review.next_goal),
        },
        StageDecision::HandOver => ReviewDecision::HandOver {
            to: line(&review.to),
        },
        StageDecision::Stop => ReviewDecision::Stop,
    };
    let continues = review.decision == StageDecision::Continue;
    StageReviewOutcome {
        stage,
        title: title.to_owned(),
        decision,
        note: review.note.clone(),
        next: (continues && !review.next_goal.trim().is_empty()).then(|| NextStage {
            title: line(&review.next_goal),
            actions: review
                .next_actions
                .iter()
                .map(|a| line(a))
                .filter(|a| !a.is_empty())
                .collect(),
            planned_end: review.next_review,
        }),
    }
}

/// What the facilitator sees when an activity stopped: calm words, what is kept, what to do.
pub fn crashed_ui(ui: &mut egui::Ui, i18n: &I18n, activity: &str, error: &PluginError) {
    ui.group(|ui| {
        ui.heading(i18n.tr_args("session-crashed-title", &[("activity", activity.into())]));
        ui.label(i18n.tr("session-crashed-body"));
        ui.collapsing(i18n.tr("session-crashed-details"), |ui| {
            // The plugin's own words (its panic message, file and line) stay as they are.
            let (id, detail) = match error {
                PluginError::Panicked(detail) => ("session-crashed-panicked", detail),
                PluginError::Refused(detail) => ("session-crashed-refused", detail),
            };
            ui.label(i18n.tr_args(id, &[("detail", detail.as_str().into())]));
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_plugin_api::ACTION_NEXT;

    struct Fixed;
    impl Clock for Fixed {
        fn now(&self) -> atelier_plugin_api::Timestamp {
            atelier_plugin_api::Timestamp {
                unix_seconds: 1_795_165_200,
                offset_seconds: 3600,
            }
        }
    }

    /// An activity whose state cannot be written once it is told to break.
    struct Flaky;

    #[derive(Debug)]
    struct FlakyState {
        steps: u32,
        broken: bool,
    }

    impl atelier_plugin_api::Activity for Flaky {
        type State = FlakyState;

        fn descriptor(&self) -> atelier_plugin_api::Descriptor {
            atelier_plugin_api::Descriptor {
                id: String::from("flaky"),
                version: String::from("0.0.1"),
                name: atelier_plugin_api::Translated::new("Fragile", "Flaky"),
                description: atelier_plugin_api::Translated::new("Pour les tests.", "For tests."),
                modes: atelier_plugin_api::Modes::BOTH,
                min_participants: 0,
                max_participants: 12,
                has_projector_view: false,
                reviews_stage: false,
                charts: Vec::new(),
            }
        }

        fn create(&self, _setup: &Setup) -> FlakyState {
            FlakyState {
                steps: 0,
                broken: false,
            }
        }

        fn restore(&self, _setup: &Setup, saved: &str) -> Result<FlakyState, String> {
            Ok(FlakyState {
                steps: saved
                    .parse()
                    .map_err(|e: std::num::ParseIntError| e.to_string())?,
                broken: false,
            })
        }
    }

    impl atelier_plugin_api::ActivityState for FlakyState {
        fn facilitator_ui(&mut self, _ui: &mut egui::Ui, _ctx: &UiContext) {}
        fn projector_ui(&mut self, _ui: &mut egui::Ui, _ctx: &UiContext) {}
        fn on_action(&mut self, action: &str) -> bool {
            match action {
                "break" => self.broken = true,
                "crash" => panic!("the activity fell over"),
                _ => self.steps += 1,
            }
            true
        }
        fn save(&self) -> Result<String, String> {
            if self.broken {
                Err(String::from("disque plein"))
            } else {
                Ok(self.steps.to_string())
            }
        }
        fn outcome(&self) -> Outcome {
            Outcome {
                summary: format!("{} pas", self.steps),
                participants: vec![atelier_plugin_api::ParticipantResult {
                    id: String::from("p-ines"),
                    takeaway: Some(format!("{} pas faits", self.steps)),
                    stored: Some(String::from("(steps: 1)")),
                    ..atelier_plugin_api::ParticipantResult::default()
                }],
                record_data: self.save().unwrap_or_default(),
            }
        }
    }

    /// A one-to-one session with nobody yet, in French, at a fixed time.
    fn one_to_one_setup() -> SessionSetup {
        SessionSetup {
            stages: std::collections::BTreeMap::new(),
            journeys: Vec::new(),
            mode: Mode::OneToOne,
            locale: Locale::Fr,
            seed: 1,
            clock: Arc::new(Fixed),
            place: String::new(),
            facilitators: Vec::new(),
        }
    }

    /// A one-to-one session of [`Flaky`], through the guard as any activity.
    fn flaky_session() -> RunningSession {
        let mut registry = crate::plugins::ActivityRegistry::default();
        let descriptor = atelier_plugin_api::Activity::descriptor(&Flaky);
        registry
            .add(
                Box::new(atelier_plugin_api::host::Guarded(Flaky)),
                descriptor,
                crate::plugins::Source::BuiltIn,
            )
            .expect("registered");
        let activity = Arc::clone(registry.get("flaky").expect("flaky"));
        RunningSession::start(activity, &one_to_one_setup()).expect("started")
    }

    #[test]
    fn a_state_that_cannot_be_written_keeps_the_last_draft_and_says_why() {
        let mut session = flaky_session();
        session.action(ACTION_NEXT);
        session.action(ACTION_NEXT);
        assert!(session.checkpoint());
        assert_eq!(session.draft().activity_state, "2");
        session.action("break");
        session.action(ACTION_NEXT);
        assert!(!session.checkpoint(), "nothing new could be written");
        assert_eq!(session.save_error(), Some("disque plein"));
        assert_eq!(
            session.draft().activity_state,
            "2",
            "the last good draft, not an empty one"
        );
        assert!(session.crashed().is_none(), "the session goes on");
        let outcome = session.outcome();
        assert_eq!(
            session.record(&outcome).activity_data,
            "2",
            "the record keeps it too"
        );
    }

    #[test]
    fn after_a_crash_the_review_keeps_the_last_takeaways_and_the_panic_says_where() {
        let mut session = flaky_session();
        session.action(ACTION_NEXT);
        session.action(ACTION_NEXT);
        assert!(session.checkpoint());
        session.action("crash");
        let error = session.crashed().expect("stopped").to_string();
        assert!(error.contains("the activity fell over"), "{error}");
        assert!(error.contains("session.rs:"), "the file and line: {error}");
        let outcome = session.outcome();
        assert_eq!(outcome.summary, "2 pas");
        assert_eq!(
            outcome.participants[0].takeaway.as_deref(),
            Some("2 pas faits"),
            "the review still offers the takeaway"
        );
        assert_eq!(
            outcome.participants[0].stored.as_deref(),
            Some("(steps: 1)")
        );
        assert_eq!(outcome.record_data, "2");
    }

    #[test]
    fn the_state_is_compared_after_the_person_acts_or_every_few_seconds() {
        let registry = crate::plugins::load_all(&[], &[], None);
        let activity = Arc::clone(registry.get("miracle_question").expect("built in"));
        let mut session = RunningSession::start(activity, &one_to_one_setup()).expect("started");
        assert!(session.action(ACTION_NEXT), "a step further");
        assert!(
            !session.checkpoint_after_frame(false, 0.5),
            "nobody acted, and it is early: not compared"
        );
        assert!(
            session.checkpoint_after_frame(true, 0.6),
            "the change is seen"
        );
        assert!(
            session.action(ACTION_NEXT),
            "another step, from a clicker elsewhere"
        );
        assert!(!session.checkpoint_after_frame(false, 1.0));
        assert!(
            session.checkpoint_after_frame(false, 0.6 + CHECKPOINT_EVERY),
            "the safety net sees it a few seconds later"
        );
    }
}
