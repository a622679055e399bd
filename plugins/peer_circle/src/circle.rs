//! The activity ([`PeerCircle`]) and one session's state ([`CircleState`]).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{
    ACTION_NEXT, ACTION_PREVIOUS, ActionDesc, Activity, ActivityState, Arg, Clock, Descriptor,
    Locale, Modes, Outcome, ParticipantResult, RecordContext, Rng, Setup, Translated, Translations,
    UiContext, label_widget,
};
use serde::{Deserialize, Serialize};

const FR: &str = include_str!("../i18n/fr.ftl");
const EN: &str = include_str!("../i18n/en.ftl");

/// The last seconds of a turn, shown with a calm change of colour.
const NEAR_END: i64 = 30;
/// The id of the "pass" action.
const ACTION_PASS: &str = "pass";

/// The activity: stateless.
#[derive(Debug, Default)]
pub struct PeerCircle;

/// Where the circle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Choosing the theme, rules, order and time.
    Setup,
    /// The theme and the rules on the projector.
    Rules,
    /// A round is going on.
    Round,
    /// A short pause between two rounds.
    Pause,
    /// The circle is over: takeaways, with consent.
    End,
}

/// The speaking timer, from the host's clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Timer {
    /// When it last started running (unix seconds); `None` while paused.
    running_since: Option<i64>,
    /// Seconds counted before the last pause.
    counted: i64,
    /// Extra seconds given to this speaker.
    extra: i64,
}

impl Timer {
    fn start(now: i64) -> Self {
        Self {
            running_since: Some(now),
            ..Self::default()
        }
    }

    fn elapsed(&self, now: i64) -> i64 {
        self.counted + self.running_since.map_or(0, |t| (now - t).max(0))
    }
}

/// Everything saved: in drafts and in the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Saved {
    format_version: u32,
    phase: Phase,
    theme: String,
    rules: Vec<String>,
    /// Participant ids, in speaking order.
    order: Vec<String>,
    seconds_per_speaker: i64,
    rounds: u32,
    echo_round: bool,
    /// Current round, from 0; the echo round comes after the others.
    round: u32,
    /// Who is still to speak this round; the first is speaking.
    queue: Vec<String>,
    /// Who passed this round (they stay in the queue for a later turn).
    passed: BTreeSet<String>,
    /// Who spoke, round by round.
    spoke: Vec<Vec<String>>,
    /// Seconds each person spoke, in all.
    seconds_used: BTreeMap<String, i64>,
    timer: Timer,
    /// The facilitator's private notes, by participant.
    notes: BTreeMap<String, String>,
    /// Takeaways, only of people who agreed they are noted (see `consent`).
    takeaways: BTreeMap<String, String>,
    consent: BTreeSet<String>,
    seed: u64,
    /// Who passed twice (or passed last) and so did not speak, round by round.
    #[serde(default)]
    declined: Vec<Vec<String>>,
    /// How to go back one turn (the clicker's "previous"), newest last.
    #[serde(default)]
    undo: Vec<Undo>,
}

impl Saved {
    /// One person's part in words: how many times they spoke and for how long (seconds
    /// counted, not rounded to "0 min"), and whether they passed.
    fn spoke_summary(&self, t: &Translations, id: &str, name: &str) -> String {
        let times = self
            .spoke
            .iter()
            .filter(|r| r.iter().any(|s| s == id))
            .count();
        let seconds = self.seconds_used.get(id).copied().unwrap_or(0).max(0);
        let num = |n: i64| Arg::Num(i32::try_from(n).map_or(f64::MAX, f64::from));
        let duration = match (seconds / 60, seconds % 60) {
            (0, s) => t.tr_args("duration-seconds", &[("seconds", num(s))]),
            (m, 0) => t.tr_args("duration-minutes", &[("minutes", num(m))]),
            (m, s) => t.tr_args(
                "duration-minutes-seconds",
                &[("minutes", num(m)), ("seconds", num(s))],
            ),
        };
        let passed = self
            .declined
            .iter()
            .filter(|r| r.iter().any(|d| d == id))
            .count();
        t.tr_args(
            "spoke-summary",
            &[
                ("name", name.into()),
                ("times", times.into()),
                ("duration", duration.into()),
                ("passed", passed.into()),
            ],
        )
    }

    /// The same, holding only the takeaways of people who agreed they are noted.
    fn consented(&self) -> Self {
        let mut saved = self.clone();
        saved
            .takeaways
            .retain(|id, text| self.consent.contains(id) && !text.trim().is_empty());
        saved
    }
}

/// What a turn changed, to go back to the speaker before (their timer included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Undo {
    phase: Phase,
    round: u32,
    queue: Vec<String>,
    passed: BTreeSet<String>,
    spoke: Vec<Vec<String>>,
    declined: Vec<Vec<String>>,
    seconds_used: BTreeMap<String, i64>,
    /// The speaker's seconds when the turn ended, and the extra time they had.
    elapsed: i64,
    extra: i64,
}

/// One circle.
pub struct CircleState {
    saved: Saved,
    /// `(id, name, projector name)`.
    people: Vec<(String, String, Option<String>)>,
    clock: Arc<dyn Clock>,
    texts: Translations,
    new_rule: String,
}

impl std::fmt::Debug for CircleState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CircleState")
            .field("phase", &self.saved.phase)
            .finish_non_exhaustive()
    }
}

fn clock_text(seconds: i64) -> String {
    let seconds = seconds.max(0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

impl CircleState {
    fn new(setup: &Setup, saved: Saved) -> Self {
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

    fn now(&self) -> i64 {
        self.clock.now().unix_seconds
    }

    fn name(&self, id: &str) -> String {
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

    fn total_rounds(&self) -> u32 {
        self.saved.rounds + u32::from(self.saved.echo_round)
    }

    fn is_echo_round(&self) -> bool {
        self.saved.echo_round && self.saved.round == self.saved.rounds
    }

    fn start_round(&mut self) {
        self.saved.phase = Phase::Round;
        self.saved.queue.clone_from(&self.saved.order);
        self.saved.passed.clear();
        self.saved.spoke.push(Vec::new());
        self.saved.declined.push(Vec::new());
        self.saved.timer = Timer::start(self.now());
    }

    /// Remembers where the circle is before a turn ends, for [`Self::previous_speaker`].
    fn remember(&mut self) {
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
    fn previous_speaker(&mut self) -> bool {
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
    fn next_speaker(&mut self) -> bool {
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
    fn pass(&mut self) -> bool {
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
    fn come_back(&mut self, id: &str) {
        if let Some(i) = self.saved.queue.iter().position(|q| q == id) {
            let id = self.saved.queue.remove(i);
            self.saved.queue.insert(0, id);
            self.saved.timer = Timer::start(self.now());
        }
    }

    /// Ends the round even if people who passed did not come back.
    fn close_round(&mut self) {
        self.remember();
        let left: Vec<String> = std::mem::take(&mut self.saved.queue);
        if let Some(round) = self.saved.declined.last_mut() {
            round.extend(left.into_iter().filter(|id| self.saved.passed.contains(id)));
        }
        self.after_turn(self.now());
    }

    fn after_turn(&mut self, now: i64) {
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

    fn toggle_pause(&mut self) {
        let now = self.now();
        let timer = &mut self.saved.timer;
        match timer.running_since.take() {
            Some(since) => timer.counted += (now - since).max(0),
            None => timer.running_since = Some(now),
        }
    }

    fn setup_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        ui.heading(t.tr("theme-title"));
        ui.horizontal_wrapped(|ui| {
            for n in 1..=5 {
                let theme = t.tr(&format!("theme-{n}"));
                if ui
                    .selectable_label(self.saved.theme == theme, &theme)
                    .clicked()
                {
                    self.saved.theme = theme;
                }
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(t.tr("theme-custom"));
            ui.text_edit_singleline(&mut self.saved.theme)
                .labelled_by(label.id);
        });

        ui.add_space(8.0);
        ui.heading(t.tr("rules-title"));
        let mut remove = None;
        for (i, rule) in self.saved.rules.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                let response = ui.add(egui::TextEdit::singleline(rule).desired_width(500.0));
                label_widget(
                    ui,
                    &response,
                    &t.tr_args("rule-label", &[("n", (i + 1).into())]),
                );
                let button = ui.small_button("×");
                label_widget(
                    ui,
                    &button,
                    &t.tr_args("rule-remove", &[("n", (i + 1).into())]),
                );
                if button.clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.saved.rules.remove(i);
        }
        ui.horizontal(|ui| {
            let response = ui.text_edit_singleline(&mut self.new_rule);
            label_widget(ui, &response, &t.tr("rule-new"));
            let rule = self.new_rule.trim().to_owned();
            if ui
                .add_enabled(!rule.is_empty(), egui::Button::new(t.tr("rule-add")))
                .clicked()
            {
                self.saved.rules.push(rule);
                self.new_rule.clear();
            }
        });

        ui.add_space(8.0);
        ui.heading(t.tr("order-title"));
        ui.label(t.tr("order-seated"));
        let mut swap = None;
        let count = self.saved.order.len();
        for (i, id) in self.saved.order.iter().enumerate() {
            let name = self.name(id);
            ui.horizontal(|ui| {
                ui.label(format!("{}. {name}", i + 1));
                let up = ui.add_enabled(i > 0, egui::Button::new(t.tr("earlier")).small());
                label_widget(
                    ui,
                    &up,
                    &t.tr_args("move-up", &[("name", name.as_str().into())]),
                );
                if up.clicked() {
                    swap = Some((i, i - 1));
                }
                let down = ui.add_enabled(i + 1 < count, egui::Button::new(t.tr("later")).small());
                label_widget(
                    ui,
                    &down,
                    &t.tr_args("move-down", &[("name", name.as_str().into())]),
                );
                if down.clicked() {
                    swap = Some((i, i + 1));
                }
            });
        }
        if let Some((a, b)) = swap {
            self.saved.order.swap(a, b);
        }
        if ui.button(t.tr("shuffle")).clicked() {
            let mut rng = Rng::new(self.saved.seed);
            rng.shuffle(&mut self.saved.order);
            self.saved.seed = rng.next_u64();
        }

        ui.add_space(8.0);
        let mut minutes = self.saved.seconds_per_speaker / 60;
        ui.add(egui::Slider::new(&mut minutes, 1..=10).text(t.tr("minutes-label")));
        self.saved.seconds_per_speaker = minutes * 60;
        ui.add(egui::Slider::new(&mut self.saved.rounds, 1..=4).text(t.tr("rounds-label")));
        ui.checkbox(&mut self.saved.echo_round, t.tr("echo-round"));
        ui.add_space(8.0);
        if ui
            .add_enabled(
                !self.saved.theme.trim().is_empty(),
                egui::Button::new(t.tr("start-rules")),
            )
            .clicked()
        {
            self.saved.phase = Phase::Rules;
        }
    }

    /// What the next round is, in one line (the echo round explained).
    fn next_round_hint(&self) -> String {
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
    fn projector_name(&self, id: &str) -> Option<String> {
        self.people
            .iter()
            .find(|p| p.0 == id)
            .and_then(|p| p.2.clone())
    }

    /// The round on the projector: whose turn it is, large; who is next; the time left; the
    /// rules on a card in the corner.
    fn projector_round_ui(&self, ui: &mut egui::Ui) {
        let body = ui.text_style_height(&egui::TextStyle::Body);
        let card_width = (ui.available_width() * 0.3).max(220.0);
        ui.horizontal_top(|ui| {
            let main_width = (ui.available_width() - card_width - body).max(200.0);
            ui.vertical(|ui| {
                ui.set_width(main_width);
                ui.label(RichText::new(&self.saved.theme).size(body * 1.1));
                ui.label(self.round_title());
                if self.is_echo_round() {
                    ui.label(RichText::new(self.texts.tr("echo-explained")).italics());
                }
                ui.add_space(body);
                let speaker = self
                    .saved
                    .queue
                    .first()
                    .and_then(|id| self.projector_name(id));
                match speaker {
                    Some(name) => {
                        ui.label(self.texts.tr("turn-of"));
                        ui.label(RichText::new(name).size(body * 2.6).strong());
                    }
                    None => {
                        ui.label(
                            RichText::new(self.texts.tr("your-turn"))
                                .size(body * 2.6)
                                .strong(),
                        );
                    }
                }
                let remaining = self.remaining();
                // A calm cue near the end: the numbers turn warm; no sound, no flashing.
                let colour = if remaining <= NEAR_END {
                    // The host's projector palette makes this warm and still 7:1.
                    ui.visuals().warn_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.label(
                    RichText::new(clock_text(remaining))
                        .size(body * 3.2)
                        .color(colour),
                );
                if self.saved.timer.running_since.is_none() {
                    ui.label(self.texts.tr("paused"));
                }
                if let Some(next) = self.saved.queue.get(1) {
                    let next = self
                        .projector_name(next)
                        .unwrap_or_else(|| self.texts.tr("next-someone"));
                    ui.add_space(body * 0.5);
                    ui.label(self.texts.tr_args("then", &[("name", next.into())]));
                }
            });
            ui.add_space(body);
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::same(12))
                .show(ui, |ui| {
                    // One rule under the other, wrapped to the card (the row is horizontal).
                    ui.vertical(|ui| {
                        ui.set_width((ui.available_width() - 4.0).min(card_width));
                        let small = body * 0.7;
                        ui.label(
                            RichText::new(self.texts.tr("rules-title"))
                                .size(small)
                                .strong(),
                        );
                        for rule in &self.saved.rules {
                            ui.add(
                                egui::Label::new(RichText::new(format!("• {rule}")).size(small))
                                    .wrap(),
                            );
                        }
                    });
                });
        });
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(500));
    }

    fn round_title(&self) -> String {
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

    fn round_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        ui.heading(format!("{} — {}", self.saved.theme, self.round_title()));
        let Some(current) = self.saved.queue.first().cloned() else {
            return;
        };
        let name = self.name(&current);
        ui.label(
            RichText::new(t.tr_args("now-speaking", &[("name", name.as_str().into())]))
                .size(22.0)
                .strong(),
        );
        let remaining = self.remaining();
        if remaining > 0 {
            ui.label(
                RichText::new(t.tr_args("time-left", &[("time", clock_text(remaining).into())]))
                    .size(22.0),
            );
        } else {
            ui.label(t.tr("time-up"));
        }
        let paused = self.saved.timer.running_since.is_none();
        if paused {
            ui.label(t.tr("paused"));
        }
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(t.tr(if paused { "resume" } else { "pause" }))
                .clicked()
            {
                self.toggle_pause();
            }
            if ui.button(t.tr("extend")).clicked() {
                self.saved.timer.extra += 60;
            }
            if ui
                .button(t.tr_args("pass", &[("name", name.as_str().into())]))
                .clicked()
            {
                self.pass();
            }
            if ui.button(t.tr("next-speaker")).clicked() {
                self.next_speaker();
            }
            if ui.button(t.tr("close-round")).clicked() {
                self.close_round();
            }
        });
        ui.add_space(8.0);
        let spoke: Vec<String> = self.saved.spoke.last().cloned().unwrap_or_default();
        let mut bring_back = None;
        for id in &self.saved.order {
            let who = self.name(id);
            let status = if Some(id) == self.saved.queue.first() {
                "status-speaking"
            } else if spoke.contains(id) {
                "status-spoke"
            } else if self.saved.passed.contains(id) {
                "status-passed"
            } else {
                "status-waiting"
            };
            ui.horizontal(|ui| {
                ui.label(format!("{who} — {}", t.tr(status)));
                if status == "status-passed"
                    && ui
                        .small_button(t.tr_args("come-back", &[("name", who.as_str().into())]))
                        .clicked()
                {
                    bring_back = Some(id.clone());
                }
            });
        }
        if let Some(id) = bring_back {
            self.come_back(&id);
        }
        ui.add_space(8.0);
        let notes = self.saved.notes.entry(current).or_default();
        let label = ui.label(
            RichText::new(t.tr_args("notes-label", &[("name", name.as_str().into())])).strong(),
        );
        ui.weak(t.tr("notes-private"));
        ui.add(
            egui::TextEdit::multiline(notes)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        // The countdown moves by itself.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(500));
    }

    fn end_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        ui.heading(t.tr("end-title"));
        for (id, name, _) in self.people.clone() {
            ui.group(|ui| {
                ui.label(self.saved.spoke_summary(&t, &id, &name));
                // Consent first: a takeaway exists only once the person agreed it is noted,
                // and goes when they change their mind (never in a draft or record without).
                let mut agreed = self.saved.consent.contains(&id);
                if ui
                    .checkbox(
                        &mut agreed,
                        t.tr_args("takeaway-consent", &[("name", name.as_str().into())]),
                    )
                    .changed()
                {
                    if agreed {
                        self.saved.consent.insert(id.clone());
                    } else {
                        self.saved.consent.remove(&id);
                        self.saved.takeaways.remove(&id);
                    }
                }
                if agreed {
                    let takeaway = self.saved.takeaways.entry(id.clone()).or_default();
                    let label =
                        ui.label(t.tr_args("takeaway-label", &[("name", name.as_str().into())]));
                    ui.add(
                        egui::TextEdit::multiline(takeaway)
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id);
                } else {
                    ui.weak(t.tr("takeaway-needs-consent"));
                }
            });
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
        let saved: Saved = ron::from_str(saved).map_err(|e| {
            Translations::pick(setup.locale, FR, EN)
                .tr_args("restore-error", &[("reason", Arg::String(e.to_string()))])
        })?;
        Ok(CircleState::new(setup, saved.consented()))
    }

    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
        let Ok(saved) = ron::from_str::<Saved>(record_data) else {
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
        let mut saved: Saved = ron::from_str(data).ok()?;
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
        ron::ser::to_string_pretty(&saved, ron::ser::PrettyConfig::new().escape_strings(false)).ok()
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
        let body = ui.text_style_height(&egui::TextStyle::Body);
        match self.saved.phase {
            Phase::Setup => {
                ui.heading(self.texts.tr("name"));
            }
            Phase::Rules => {
                ui.heading(&self.saved.theme);
                ui.add_space(16.0);
                ui.label(RichText::new(self.texts.tr("rules-title")).strong());
                for rule in &self.saved.rules {
                    ui.label(format!("• {rule}"));
                }
            }
            Phase::Round => self.projector_round_ui(ui),
            Phase::Pause => {
                ui.heading(&self.saved.theme);
                ui.add_space(body * 1.5);
                ui.label(
                    RichText::new(
                        self.texts
                            .tr_args("pause-title", &[("round", self.saved.round.into())]),
                    )
                    .size(body * 2.0),
                );
                ui.add_space(body);
                ui.label(self.next_round_hint());
            }
            Phase::End => {
                ui.heading(self.texts.tr("projector-thanks"));
            }
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
                label: t.tr_args("pass", &[("name", "…".into())]),
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

    fn save(&self) -> String {
        ron::ser::to_string_pretty(
            &self.saved.consented(),
            ron::ser::PrettyConfig::new().escape_strings(false),
        )
        .unwrap_or_default()
    }

    fn outcome(&self) -> Outcome {
        let speakers: BTreeSet<&String> = self.saved.spoke.iter().flatten().collect();
        Outcome {
            summary: {
                // The echo round is said apart: it is not one more round.
                let echo = self.saved.echo_round
                    && self.saved.spoke.len() > usize::try_from(self.saved.rounds).unwrap_or(0);
                self.texts.tr_args(
                    "summary",
                    &[
                        ("theme", self.saved.theme.as_str().into()),
                        (
                            "rounds",
                            (self.saved.spoke.len() - usize::from(echo)).into(),
                        ),
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
            record_data: self.save(),
        }
    }
}
