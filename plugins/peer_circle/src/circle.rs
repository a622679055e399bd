//! The activity ([`PeerCircle`]) and one session's state ([`CircleState`]): turns, passes,
//! rounds and what the host calls; the views are in `views`, the saved layout in `model`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{
    ACTION_NEXT, ACTION_PREVIOUS, ActionDesc, Activity, ActivityState, Arg, Clock, Descriptor,
    Locale, Modes, Outcome, ParticipantResult, RecordContext, Setup, Translated, Translations,
    UiContext, projector_message_ui,
};

const FR: &str = include_str!("../i18n/fr.ftl");
const EN: &str = include_str!("../i18n/en.ftl");

/// The last seconds of a turn, shown with a calm change of colour.
pub(crate) const NEAR_END: i64 = 30;
/// The id of the "pass" action.
const ACTION_PASS: &str = "pass";

use crate::model::{Phase, Saved, Timer, Undo};

/// The activity: stateless.
#[derive(Debug, Default)]
pub struct PeerCircle;

/// One circle.
pub struct CircleState {
    pub(crate) saved: Saved,
    /// `(id, name, projector name)`.
    pub(crate) people: Vec<(String, String, Option<String>)>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) texts: Translations,
    /// A rule being typed.
    pub(crate) new_rule: String,
}

impl std::fmt::Debug for CircleState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CircleState")
            .field("phase", &self.saved.phase)
            .finish_non_exhaustive()
    }
}

impl CircleState {
    pub(crate) fn new(setup: &Setup, saved: Saved) -> Self {
        Self {
            saved,
            people: setup
                .participants
                .iter()
                .map(|p| {
                    (
                        p.id.clone(),
                        p.display_name.clone(),
                        p.projector_name.clone(),
                    )
                })
                .collect(),
            clock: Arc::clone(&setup.clock),
            texts: Translations::pick(setup.locale, FR, EN),
            new_rule: String::new(),
        }
    }

    pub(crate) fn now(&self) -> i64 {
        self.clock.now().unix_seconds
    }

    pub(crate) fn name(&self, id: &str) -> String {
        self.people
            .iter()
            .find(|p| p.0 == id)
            .map_or_else(|| id.to_owned(), |p| p.1.clone())
    }

    /// The phase of the circle.
    pub fn phase(&self) -> Phase {
        self.saved.phase
    }

    /// Who is speaking now.
    pub fn speaker(&self) -> Option<&str> {
        (self.saved.phase == Phase::Round)
            .then(|| self.saved.queue.first().map(String::as_str))
            .flatten()
    }

    /// Seconds left for the current speaker (negative once over).
    pub fn remaining(&self) -> i64 {
        self.saved.seconds_per_speaker + self.saved.timer.extra
            - self.saved.timer.elapsed(self.now())
    }

    pub(crate) fn total_rounds(&self) -> u32 {
        self.saved.rounds + u32::from(self.saved.echo_round)
    }

    pub(crate) fn is_echo_round(&self) -> bool {
        self.saved.echo_round && self.saved.round == self.saved.rounds
    }

    pub(crate) fn start_round(&mut self) {
        self.saved.phase = Phase::Round;
        self.saved.queue.clone_from(&self.saved.order);
        self.saved.passed.clear();
        self.saved.spoke.push(Vec::new());
        self.saved.declined.push(Vec::new());
        self.saved.timer = Timer::start(self.now());
    }

    /// Remembers where the circle is before a turn ends, for [`Self::previous_speaker`].
    pub(crate) fn remember(&mut self) {
        let saved = &self.saved;
        let undo = Undo {
            phase: saved.phase,
            round: saved.round,
            queue: saved.queue.clone(),
            passed: saved.passed.clone(),
            spoke: saved.spoke.clone(),
            declined: saved.declined.clone(),
            seconds_used: saved.seconds_used.clone(),
            elapsed: saved.timer.elapsed(self.now()),
            extra: saved.timer.extra,
        };
        self.saved.undo.push(undo);
    }

    /// Back to the speaker before (a clicker pressed twice): their turn again, their timer
    /// where it stopped; across a round's end too, and back to the rules from the first turn.
    pub(crate) fn previous_speaker(&mut self) -> bool {
        if !matches!(self.saved.phase, Phase::Round | Phase::Pause | Phase::End) {
            return false;
        }
        let Some(undo) = self.saved.undo.pop() else {
            return false;
        };
        let now = self.now();
        let saved = &mut self.saved;
        saved.phase = undo.phase;
        saved.round = undo.round;
        saved.queue = undo.queue;
        saved.passed = undo.passed;
        saved.spoke = undo.spoke;
        saved.declined = undo.declined;
        saved.seconds_used = undo.seconds_used;
        saved.timer = Timer {
            running_since: Some(now),
            counted: undo.elapsed,
            extra: undo.extra,
        };
        if matches!(saved.phase, Phase::Rules | Phase::Pause) {
            saved.timer = Timer::default();
        }
        true
    }

    /// The current speaker is done: count their time, then the next one (or round, or end).
    pub(crate) fn next_speaker(&mut self) -> bool {
        if matches!(self.saved.phase, Phase::Rules | Phase::Pause) {
            self.remember();
            self.start_round();
            return true;
        }
        if self.saved.phase != Phase::Round || self.saved.queue.is_empty() {
            return false;
        }
        self.remember();
        let now = self.now();
        let id = self.saved.queue.remove(0);
        *self.saved.seconds_used.entry(id.clone()).or_default() += self.saved.timer.elapsed(now);
        if let Some(round) = self.saved.spoke.last_mut() {
            round.push(id.clone());
        }
        self.saved.passed.remove(&id);
        self.after_turn(now);
        true
    }

    /// The current speaker passes, and that is always honoured. Someone who passes is
    /// offered the floor once more, at the end of the round, and may pass again; passing a
    /// second time, or passing when nobody else is left, ends their part in this round.
    pub(crate) fn pass(&mut self) -> bool {
        if self.saved.phase != Phase::Round || self.saved.queue.is_empty() {
            return false;
        }
        self.remember();
        let id = self.saved.queue.remove(0);
        let second = !self.saved.passed.insert(id.clone());
        if second || self.saved.queue.is_empty() {
            self.saved.passed.remove(&id);
            if let Some(round) = self.saved.declined.last_mut() {
                round.push(id);
            }
        } else {
            self.saved.queue.push(id);
        }
        self.after_turn(self.now());
        true
    }

    /// Brings someone who passed back to speak now.
    pub(crate) fn come_back(&mut self, id: &str) {
        if let Some(i) = self.saved.queue.iter().position(|q| q == id) {
            let id = self.saved.queue.remove(i);
            self.saved.queue.insert(0, id);
            self.saved.timer = Timer::start(self.now());
        }
    }

    /// Ends the round even if people who passed did not come back.
    pub(crate) fn close_round(&mut self) {
        self.remember();
        let left: Vec<String> = std::mem::take(&mut self.saved.queue);
        if let Some(round) = self.saved.declined.last_mut() {
            round.extend(left.into_iter().filter(|id| self.saved.passed.contains(id)));
        }
        self.after_turn(self.now());
    }

    pub(crate) fn after_turn(&mut self, now: i64) {
        if !self.saved.queue.is_empty() {
            self.saved.timer = Timer::start(now);
            return;
        }
        self.saved.round += 1;
        if self.saved.round < self.total_rounds() {
            // A breath between rounds; the next one starts when the facilitator moves on.
            self.saved.phase = Phase::Pause;
            self.saved.timer = Timer::default();
        } else {
            self.saved.phase = Phase::End;
            self.saved.timer = Timer::default();
        }
    }

    pub(crate) fn toggle_pause(&mut self) {
        let now = self.now();
        let timer = &mut self.saved.timer;
        match timer.running_since.take() {
            Some(since) => timer.counted += (now - since).max(0),
            None => timer.running_since = Some(now),
        }
    }

    /// What the next round is, in one line (the echo round explained).
    pub(crate) fn next_round_hint(&self) -> String {
        if self.saved.echo_round && self.saved.round == self.saved.rounds {
            self.texts.tr("echo-explained")
        } else {
            self.texts.tr_args(
                "next-round",
                &[
                    ("round", (self.saved.round + 1).into()),
                    ("rounds", self.saved.rounds.into()),
                ],
            )
        }
    }

    /// The name shown on the projector for `id`: their first name if they agreed, else none.
    pub(crate) fn projector_name(&self, id: &str) -> Option<String> {
        self.people
            .iter()
            .find(|p| p.0 == id)
            .and_then(|p| p.2.clone())
    }

    pub(crate) fn round_title(&self) -> String {
        if self.is_echo_round() {
            self.texts.tr("echo-title")
        } else {
            self.texts.tr_args(
                "round-title",
                &[
                    ("round", (self.saved.round + 1).into()),
                    ("rounds", self.saved.rounds.into()),
                ],
            )
        }
    }
}

impl Activity for PeerCircle {
    type State = CircleState;

    fn descriptor(&self) -> Descriptor {
        Descriptor {
            id: String::from("peer_circle"),
            version: String::from(env!("CARGO_PKG_VERSION")),
            name: Translated::message(FR, EN, "name"),
            description: Translated::message(FR, EN, "description"),
            modes: Modes::COLLECTIVE,
            min_participants: 2,
            max_participants: 15,
            has_projector_view: true,
            reviews_stage: false,
            charts: Vec::new(),
        }
    }

    fn create(&self, setup: &Setup) -> CircleState {
        let texts = Translations::pick(setup.locale, FR, EN);
        CircleState::new(
            setup,
            Saved {
                format_version: 1,
                phase: Phase::Setup,
                theme: String::new(),
                rules: (1..=4).map(|n| texts.tr(&format!("rule-{n}"))).collect(),
                order: setup.participants.iter().map(|p| p.id.clone()).collect(),
                seconds_per_speaker: 180,
                rounds: 1,
                echo_round: false,
                round: 0,
                queue: Vec::new(),
                passed: BTreeSet::new(),
                spoke: Vec::new(),
                seconds_used: BTreeMap::new(),
                timer: Timer::default(),
                notes: BTreeMap::new(),
                takeaways: BTreeMap::new(),
                consent: BTreeSet::new(),
                seed: setup.seed,
                declined: Vec::new(),
                undo: Vec::new(),
            },
        )
    }

    fn restore(&self, setup: &Setup, saved: &str) -> Result<CircleState, String> {
        let saved: Saved = atelier_plugin_api::from_ron(saved).map_err(|e| {
            Translations::pick(setup.locale, FR, EN)
                .tr_args("restore-error", &[("reason", Arg::String(e))])
        })?;
        Ok(CircleState::new(setup, saved.consented()))
    }

    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
        let Ok(saved) = atelier_plugin_api::from_ron::<Saved>(record_data) else {
            atelier_plugin_api::raw_text_ui(ui, record_data);
            return;
        };
        let t = Translations::pick(ctx.locale, FR, EN);
        ui.heading(&saved.theme);
        for rule in &saved.rules {
            ui.label(format!("• {rule}"));
        }
        for id in &saved.order {
            let name = ctx.name(id);
            ui.label(saved.spoke_summary(&t, id, &name));
            if let Some(note) = saved.notes.get(id).filter(|n| !n.trim().is_empty()) {
                ui.weak(format!(
                    "{} : {}",
                    t.tr_args("notes-label", &[("name", name.as_str().into())]),
                    note.trim()
                ));
            }
        }
    }

    fn forget(&self, data: &str, participant: &str) -> Option<String> {
        let mut saved: Saved = atelier_plugin_api::from_ron(data).ok()?;
        saved.order.retain(|id| id != participant);
        saved.queue.retain(|id| id != participant);
        saved.passed.remove(participant);
        for round in &mut saved.spoke {
            round.retain(|id| id != participant);
        }
        saved.seconds_used.remove(participant);
        for round in &mut saved.declined {
            round.retain(|id| id != participant);
        }
        saved.undo.clear();
        saved.notes.remove(participant);
        saved.takeaways.remove(participant);
        saved.consent.remove(participant);
        atelier_plugin_api::to_ron(&saved).ok()
    }
}

impl ActivityState for CircleState {
    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        if self.texts.locale() != ctx.locale {
            self.texts = Translations::pick(ctx.locale, FR, EN);
        }
        match self.saved.phase {
            Phase::Setup => self.setup_ui(ui),
            Phase::Rules => {
                ui.heading(&self.saved.theme);
                ui.label(RichText::new(self.texts.tr("rules-title")).strong());
                for rule in &self.saved.rules {
                    ui.label(format!("• {rule}"));
                }
                if ui.button(self.texts.tr("start-round")).clicked() {
                    self.next_speaker();
                }
            }
            Phase::Round => self.round_ui(ui),
            Phase::Pause => {
                ui.heading(
                    self.texts
                        .tr_args("pause-title", &[("round", self.saved.round.into())]),
                );
                ui.label(self.next_round_hint());
                if ui.button(self.texts.tr("start-next-round")).clicked() {
                    self.next_speaker();
                }
            }
            Phase::End => self.end_ui(ui),
        }
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, _ctx: &UiContext) {
        match self.saved.phase {
            Phase::Setup => projector_message_ui(ui, None, &self.texts.tr("name")),
            Phase::Rules => {
                ui.heading(&self.saved.theme);
                ui.add_space(ui.text_style_height(&egui::TextStyle::Body) * 0.5);
                ui.label(RichText::new(self.texts.tr("rules-title")).strong());
                for rule in &self.saved.rules {
                    ui.label(format!("• {rule}"));
                }
            }
            Phase::Round => self.projector_round_ui(ui),
            Phase::Pause => projector_message_ui(
                ui,
                Some(&self.saved.theme),
                &format!(
                    "{}\n{}",
                    self.texts
                        .tr_args("pause-title", &[("round", self.saved.round.into())]),
                    self.next_round_hint()
                ),
            ),
            Phase::End => projector_message_ui(ui, None, &self.texts.tr("projector-thanks")),
        }
    }

    fn actions(&self, locale: Locale) -> Vec<ActionDesc> {
        let t = Translations::pick(locale, FR, EN);
        vec![
            ActionDesc {
                id: ACTION_NEXT.into(),
                key: None,
                label: t.tr("next-speaker"),
            },
            ActionDesc {
                id: ACTION_PASS.into(),
                key: Some(egui::Key::P),
                label: t.tr("action-pass"),
            },
        ]
    }

    fn on_action(&mut self, action: &str) -> bool {
        match action {
            ACTION_NEXT => self.next_speaker(),
            ACTION_PREVIOUS => self.previous_speaker(),
            ACTION_PASS => self.pass(),
            _ => false,
        }
    }

    fn save(&self) -> Result<String, String> {
        // A draft keeps the speaker's time as it is now, paused: a circle resumed after
        // Atelier was closed goes on where it was, not with the time away counted.
        let mut saved = self.saved.consented();
        saved.timer = saved.timer.paused_at(self.now());
        atelier_plugin_api::to_ron(&saved)
    }

    fn outcome(&self) -> Outcome {
        let speakers: BTreeSet<&String> = self.saved.spoke.iter().flatten().collect();
        Outcome {
            summary: {
                // Only rounds in which someone spoke count; the echo round is said apart (it
                // is not one more round), and only when someone spoke in it.
                let rounds = usize::try_from(self.saved.rounds).unwrap_or(usize::MAX);
                let held = |round: &Vec<String>| !round.is_empty();
                let echo = self.saved.echo_round && self.saved.spoke.get(rounds).is_some_and(held);
                let spoken = self.saved.spoke.iter().take(rounds).filter(|r| held(r));
                self.texts.tr_args(
                    "summary",
                    &[
                        ("theme", self.saved.theme.as_str().into()),
                        ("rounds", spoken.count().into()),
                        ("echo", if echo { "yes" } else { "no" }.into()),
                        ("speakers", speakers.len().into()),
                    ],
                )
            },
            participants: self
                .people
                .iter()
                .map(|(id, _, _)| ParticipantResult {
                    id: id.clone(),
                    takeaway: self
                        .saved
                        .takeaways
                        .get(id)
                        .filter(|t| self.saved.consent.contains(id) && !t.trim().is_empty())
                        .map(|t| t.trim().to_owned()),
                    ..ParticipantResult::default()
                })
                .collect(),
            // Never fails for this state; if it did, the host keeps the last draft instead.
            record_data: self.save().unwrap_or_default(),
        }
    }
}
