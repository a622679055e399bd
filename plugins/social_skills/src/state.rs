//! The activity ([`SocialSkills`]) and one session's state ([`SstState`]): the three views,
//! the projector, keys, drafts and the outcome written to the journeys.

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{
    ACTION_NEXT, ACTION_PREVIOUS, Activity, ActivityState, Arg, Descriptor, Locale, Modes, Outcome,
    ParticipantResult, RecordContext, Setup, Timestamp, Translated, Translations, UiContext,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{Measurement, Technique, Tracking};
use crate::role_play::{self, Player, RolePlays};
use crate::steps::{self, Entries, STEPS};
use crate::tracking::{self, Forms};

const FR: &str = include_str!("../i18n/fr.ftl");
const EN: &str = include_str!("../i18n/en.ftl");

/// The activity: stateless.
#[derive(Debug, Default)]
pub struct SocialSkills;

/// Which view the facilitator is on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    /// The five steps.
    #[default]
    Steps,
    /// The target behaviour.
    Tracking,
    /// Role play.
    RolePlay,
}

/// One person's part of the session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Person {
    id: String,
    name: String,
    /// May the projector show this name? (Only role players' names, and only then.)
    projector_name: Option<String>,
    entries: Entries,
    tracking: Tracking,
    /// Measurements already in the journey when the session started.
    measured_before: usize,
    /// The journey's text could not be read: said, and not overwritten unless changed.
    unreadable: Option<String>,
    stored_text: Option<String>,
    techniques: Vec<Technique>,
    #[serde(default)]
    forms: Forms,
}

/// Everything a draft keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Saved {
    format_version: u32,
    tab: Tab,
    step: usize,
    person: usize,
    people: Vec<Person>,
    plays: RolePlays,
    /// The session's day.
    today: NaiveDate,
}

/// One session.
pub struct SstState {
    saved: Saved,
    texts: Translations,
}

impl std::fmt::Debug for SstState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SstState").finish_non_exhaustive()
    }
}

/// The day of a host timestamp, in its local offset.
fn day_of(time: Timestamp) -> NaiveDate {
    chrono::DateTime::from_timestamp(time.unix_seconds + i64::from(time.offset_seconds), 0)
        .unwrap_or_default()
        .date_naive()
}

impl SstState {
    /// The view shown.
    pub fn tab(&self) -> Tab {
        self.saved.tab
    }

    /// The step shown (0-based).
    pub fn step(&self) -> usize {
        self.saved.step
    }

    /// Moves to step `step` (0-based), filling the plan's goal from step 1 on the way.
    pub fn go_to_step(&mut self, step: usize) {
        self.saved.step = step.min(STEPS - 1);
        if self.saved.step == STEPS - 1 {
            for person in &mut self.saved.people {
                let entries = &mut person.entries;
                if entries.plan.goal.trim().is_empty() {
                    entries.plan.goal.clone_from(&entries.goal);
                }
            }
        }
    }

    /// What is kept for person `id` in their journey (for tests and the journey view).
    pub fn tracking(&self, id: &str) -> Option<&Tracking> {
        self.saved
            .people
            .iter()
            .find(|p| p.id == id)
            .map(|p| &p.tracking)
    }

    fn t(&self) -> Translations {
        self.texts.clone()
    }

    fn tabs_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t();
        // Wrapped: at large text the three tabs go on two lines rather than off the window.
        ui.horizontal_wrapped(|ui| {
            for (tab, id) in [
                (Tab::Steps, "tab-steps"),
                (Tab::Tracking, "tab-tracking"),
                (Tab::RolePlay, "tab-role-play"),
            ] {
                ui.selectable_value(&mut self.saved.tab, tab, RichText::new(t.tr(id)).heading());
            }
        });
        if self.saved.people.len() > 1 && self.saved.tab != Tab::RolePlay {
            ui.horizontal_wrapped(|ui| {
                ui.label(t.tr("for-person"));
                for (index, person) in self.saved.people.iter().enumerate() {
                    ui.selectable_value(&mut self.saved.person, index, &person.name);
                }
            });
        }
        ui.separator();
    }

    fn steps_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t();
        let step = self.saved.step;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(step > 0, egui::Button::new(t.tr("step-previous")))
                .clicked()
            {
                self.go_to_step(step.saturating_sub(1));
            }
            if ui
                .add_enabled(step + 1 < STEPS, egui::Button::new(t.tr("step-next")))
                .clicked()
            {
                self.go_to_step(step + 1);
            }
        });
        let step = self.saved.step;
        ui.heading(t.tr_args(
            "step-of",
            &[
                ("step", (step + 1).into()),
                ("title", steps::title(&t, step).into()),
            ],
        ));
        for question in steps::questions(&t, step) {
            ui.weak(question);
        }
        ui.add_space(6.0);
        if let Some(person) = self.saved.people.get_mut(self.saved.person) {
            ui.strong(&person.name);
            ui.push_id(("steps", &person.id), |ui| {
                steps::step_ui(ui, &t, step, &mut person.entries);
            });
        }
    }

    fn tracking_ui(&mut self, ui: &mut egui::Ui, today: NaiveDate) {
        let t = self.t();
        let Some(person) = self.saved.people.get_mut(self.saved.person) else {
            return;
        };
        ui.strong(&person.name);
        if let Some(reason) = &person.unreadable {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                t.tr_args("stored-unreadable", &[("reason", reason.as_str().into())]),
            );
        }
        ui.push_id(("tracking", &person.id), |ui| {
            tracking::tracking_ui(
                ui,
                &t,
                &mut person.tracking,
                &mut person.forms,
                &mut person.techniques,
                today,
                person.measured_before,
            );
        });
        // A follow-up ended in this session: the next one starts from nothing.
        if person.tracking.target.is_none() {
            person.measured_before = 0;
        }
    }
}

impl Activity for SocialSkills {
    type State = SstState;

    fn descriptor(&self) -> Descriptor {
        Descriptor {
            id: String::from("social_skills"),
            version: String::from(env!("CARGO_PKG_VERSION")),
            name: Translated::message(FR, EN, "name"),
            description: Translated::message(FR, EN, "description"),
            modes: Modes::BOTH,
            min_participants: 1,
            max_participants: 6,
            has_projector_view: true,
            reviews_stage: false,
            charts: Vec::new(),
        }
    }

    fn create(&self, setup: &Setup) -> SstState {
        let people = setup
            .participants
            .iter()
            .map(|p| {
                let (tracking, unreadable) = Tracking::read(p.stored.as_deref());
                let measured_before = tracking
                    .target
                    .as_ref()
                    .map_or(0, |target| target.measurements.len());
                Person {
                    id: p.id.clone(),
                    name: p.display_name.clone(),
                    projector_name: p.projector_name.clone(),
                    entries: Entries::default(),
                    tracking,
                    measured_before,
                    unreadable,
                    stored_text: p.stored.clone(),
                    techniques: Vec::new(),
                    forms: Forms::default(),
                }
            })
            .collect();
        SstState {
            saved: Saved {
                format_version: 1,
                tab: Tab::Steps,
                step: 0,
                person: 0,
                people,
                plays: RolePlays::default(),
                today: day_of(setup.clock.now()),
            },
            texts: Translations::pick(setup.locale, FR, EN),
        }
    }

    fn restore(&self, setup: &Setup, saved: &str) -> Result<SstState, String> {
        let saved: Saved = atelier_plugin_api::from_ron(saved).map_err(|e| {
            Translations::pick(setup.locale, FR, EN)
                .tr_args("restore-error", &[("reason", Arg::String(e))])
        })?;
        Ok(SstState {
            saved,
            texts: Translations::pick(setup.locale, FR, EN),
        })
    }

    fn forget(&self, data: &str, participant: &str) -> Option<String> {
        forget(data, participant)
    }

    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
        let Ok(record) = atelier_plugin_api::from_ron::<Record>(record_data) else {
            atelier_plugin_api::raw_text_ui(ui, record_data);
            return;
        };
        record_view_ui(ui, &Translations::pick(ctx.locale, FR, EN), &record, ctx);
    }

    fn has_journey_view(&self) -> bool {
        true
    }

    fn journey_ui(&self, ui: &mut egui::Ui, stored: &str, locale: Locale) {
        let t = Translations::pick(locale, FR, EN);
        let (tracking, unreadable) = Tracking::read(Some(stored));
        if let Some(reason) = unreadable {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                t.tr_args("stored-unreadable", &[("reason", reason.into())]),
            );
            return;
        }
        if let Some(target) = &tracking.target {
            tracking::summary_ui(ui, &t, target);
            tracking::changes_ui(ui, &t, target);
            tracking::chart_ui(ui, &t, target, "journey");
        }
    }
}

impl ActivityState for SstState {
    fn progress(&self) -> Option<(usize, usize)> {
        (self.saved.tab == Tab::Steps).then_some((self.saved.step + 1, crate::steps::STEPS))
    }

    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        if self.texts.locale() != ctx.locale {
            self.texts = Translations::pick(ctx.locale, FR, EN);
        }
        self.tabs_ui(ui);
        match self.saved.tab {
            Tab::Steps => self.steps_ui(ui),
            Tab::Tracking => self.tracking_ui(ui, day_of(ctx.now)),
            Tab::RolePlay => {
                let t = self.t();
                let people: Vec<(String, String)> = self
                    .saved
                    .people
                    .iter()
                    .map(|p| (p.id.clone(), p.name.clone()))
                    .collect();
                role_play::role_play_ui(ui, &t, &mut self.saved.plays, &people);
            }
        }
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, _ctx: &UiContext) {
        let t = self.t();
        let body = egui::TextStyle::Body.resolve(ui.style()).size;
        match self.saved.tab {
            Tab::RolePlay => {
                if let Some(scenario) = self.saved.plays.scenario(&t) {
                    ui.heading(&scenario.title);
                    ui.add_space(body * 0.5);
                    ui.label(
                        RichText::new(atelier_plugin_api::french_spacing(&scenario.situation))
                            .size(body * 1.2),
                    );
                    ui.add_space(body * 0.5);
                    ui.label(t.tr_args(
                        "projector-roles",
                        &[("roles", scenario.roles.join(", ").into())],
                    ));
                } else {
                    ui.heading(t.tr("projector-title"));
                }
            }
            // The projector follows the advisor to the follow-up, but never shows a
            // measurement nor what is measured for whom: only how following works.
            Tab::Tracking => {
                ui.heading(t.tr("projector-tracking-title"));
                ui.add_space(body * 0.5);
                for n in 1..=3 {
                    ui.label(
                        RichText::new(t.tr(&format!("projector-tracking-{n}"))).size(body * 1.1),
                    );
                    ui.add_space(body * 0.3);
                }
            }
            Tab::Steps => {
                let step = self.saved.step;
                // The five steps as a row of cards: the current one filled, the others outlined.
                let (text, background) = (ui.visuals().text_color(), ui.visuals().panel_fill);
                let small = (body * 0.6).max(16.0);
                ui.columns(STEPS, |cards| {
                    for (i, card) in cards.iter_mut().enumerate() {
                        let current = i == step;
                        egui::Frame::new()
                            .corner_radius(8.0)
                            .inner_margin(egui::Margin::symmetric(10, 6))
                            .fill(if current { text } else { background })
                            .stroke(egui::Stroke::new(1.5, text))
                            .show(card, |card| {
                                card.set_width(card.available_width());
                                // Two lines high, all alike; left-aligned, never justified.
                                card.set_min_height(small * 2.4);
                                card.with_layout(
                                    egui::Layout::top_down(egui::Align::Min),
                                    |card| {
                                        let title = format!("{}. {}", i + 1, steps::title(&t, i));
                                        card.add(
                                            egui::Label::new(
                                                RichText::new(title)
                                                    .size(small)
                                                    .color(if current { background } else { text }),
                                            )
                                            .wrap(),
                                        );
                                    },
                                );
                            });
                    }
                });
                ui.add_space(body * 0.6);
                ui.heading(t.tr_args(
                    "step-of",
                    &[
                        ("step", (step + 1).into()),
                        ("title", steps::title(&t, step).into()),
                    ],
                ));
                ui.add_space(body * 0.5);
                for question in steps::questions(&t, step) {
                    ui.label(
                        RichText::new(atelier_plugin_api::french_spacing(&question))
                            .size(body * 1.1),
                    );
                    ui.add_space(body * 0.3);
                }
            }
        }
    }

    fn on_action(&mut self, action: &str) -> bool {
        let step = self.saved.step;
        match action {
            ACTION_NEXT if step + 1 < STEPS => self.go_to_step(step + 1),
            ACTION_PREVIOUS if step > 0 => self.go_to_step(step - 1),
            _ => return false,
        }
        true
    }

    fn save(&self) -> Result<String, String> {
        atelier_plugin_api::to_ron(&self.saved)
    }

    fn outcome(&self) -> Outcome {
        let t = self.t();
        let mut measures = 0;
        let participants = self
            .saved
            .people
            .iter()
            .map(|person| {
                let mut takeaway = person.entries.takeaway(&t);
                // What to try after a role play this person played in.
                for play in &self.saved.plays.done {
                    let played = play
                        .players
                        .iter()
                        .any(|p| p.as_ref() == Some(&Player::Participant(person.id.clone())));
                    if played && !play.to_try.is_empty() {
                        let line = t.tr_args(
                            "takeaway-role-play",
                            &[("text", atelier_plugin_api::clause(&play.to_try).into())],
                        );
                        takeaway = Some(match takeaway {
                            Some(text) => format!("{text} {line}"),
                            None => line,
                        });
                    }
                }
                let new = person.tracking.target.as_ref().map_or(0, |target| {
                    target
                        .measurements
                        .len()
                        .saturating_sub(person.measured_before)
                });
                measures += new;
                // Unchanged unreadable text stays as it was in the journey.
                let untouched =
                    person.unreadable.is_some() && person.tracking == Tracking::default();
                ParticipantResult {
                    stage_review: None,
                    id: person.id.clone(),
                    takeaway,
                    stored: if untouched {
                        person.stored_text.clone()
                    } else if person.tracking == Tracking::default() && person.stored_text.is_none()
                    {
                        None
                    } else {
                        Some(person.tracking.to_text())
                    },
                    points: Vec::new(),
                    follow_ups: Vec::new(),
                    takeaway_in: Vec::new(),
                }
            })
            .collect();
        let plans = self
            .saved
            .people
            .iter()
            .filter(|p| p.entries.has_plan())
            .count();
        Outcome {
            summary: t.tr_args(
                "summary",
                &[
                    ("steps", plans.into()),
                    ("plays", self.saved.plays.done.len().into()),
                    ("measures", measures.into()),
                ],
            ),
            participants,
            record_data: record_text(&self.saved),
        }
    }
}

/// One person's part of the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct PersonRecord {
    id: String,
    entries: Entries,
    new_measurements: Vec<Measurement>,
    techniques: Vec<Technique>,
}

/// The record: each person's five steps, the measurements added in this session, the
/// techniques, and the role plays.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Record {
    format_version: u32,
    people: Vec<PersonRecord>,
    role_plays: Vec<role_play::RolePlay>,
}

fn to_text<T: Serialize>(value: &T) -> String {
    atelier_plugin_api::to_ron(value).unwrap_or_default()
}

fn record_text(saved: &Saved) -> String {
    to_text(&Record {
        format_version: 1,
        people: saved
            .people
            .iter()
            .map(|p| PersonRecord {
                id: p.id.clone(),
                entries: p.entries.clone(),
                new_measurements: p
                    .tracking
                    .target
                    .as_ref()
                    .and_then(|target| target.measurements.get(p.measured_before..))
                    .unwrap_or_default()
                    .to_vec(),
                techniques: p.techniques.clone(),
            })
            .collect(),
        role_plays: saved.plays.done.clone(),
    })
}

/// Takes `participant` out of role plays: the roles they played become unassigned.
fn forget_player(players: &mut [Option<Player>], participant: &str) {
    for player in players {
        if matches!(player, Some(Player::Participant(id)) if id == participant) {
            *player = None;
        }
    }
}

/// `data` (a draft or a record) without anything about `participant`.
fn forget(data: &str, participant: &str) -> Option<String> {
    if let Ok(mut saved) = atelier_plugin_api::from_ron::<Saved>(data) {
        saved.people.retain(|p| p.id != participant);
        saved.person = saved.person.min(saved.people.len().saturating_sub(1));
        forget_player(&mut saved.plays.players, participant);
        for play in &mut saved.plays.done {
            forget_player(&mut play.players, participant);
        }
        return Some(to_text(&saved));
    }
    let mut record = atelier_plugin_api::from_ron::<Record>(data).ok()?;
    record.people.retain(|p| p.id != participant);
    for play in &mut record.role_plays {
        forget_player(&mut play.players, participant);
    }
    Some(to_text(&record))
}

/// A saved record, read-only: each person's steps, measurements and techniques, then the
/// role plays.
fn record_view_ui(ui: &mut egui::Ui, t: &Translations, record: &Record, ctx: &RecordContext) {
    let line = |ui: &mut egui::Ui, id: &str, text: &str| {
        if !text.trim().is_empty() {
            ui.label(format!("{} : {}", t.tr(id), text.trim()));
        }
    };
    for person in &record.people {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(ctx.name(&person.id));
            let entries = &person.entries;
            line(ui, "difficulty", &entries.difficulty);
            line(ui, "goal", &entries.goal);
            for (index, solution) in entries.solutions.iter().enumerate() {
                let mut text = format!("• {}", solution.text);
                if entries.chosen == Some(index) {
                    text.push_str(&t.tr("record-chosen"));
                }
                ui.label(text);
                if !solution.consequences.is_empty() {
                    ui.weak(&solution.consequences);
                }
            }
            line(ui, "why-chosen", &entries.why);
            line(ui, "plan-goal", &entries.plan.goal);
            line(
                ui,
                "plan-steps",
                &entries.plan.steps.lines().collect::<Vec<_>>().join(", "),
            );
            line(ui, "plan-obstacles", &entries.plan.obstacles);
            line(ui, "plan-duration", &entries.plan.duration);
            for m in &person.new_measurements {
                ui.label(t.tr_args(
                    "record-measure",
                    &[
                        ("date", atelier_plugin_api::date_text(m.date).into()),
                        ("value", format!("{}", m.value).into()),
                        ("source", tracking::source_text(t, &m.source).into()),
                    ],
                ));
            }
            if !person.techniques.is_empty() {
                let names: Vec<String> = person
                    .techniques
                    .iter()
                    .map(|x| t.tr(x.message()))
                    .collect();
                ui.label(format!(
                    "{} : {}",
                    t.tr("techniques-title"),
                    names.join(", ")
                ));
            }
        });
    }
    if !record.role_plays.is_empty() {
        ui.strong(t.tr("role-done"));
    }
    for play in &record.role_plays {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(&play.scenario.title);
            for (role, player) in play.scenario.roles.iter().zip(&play.players) {
                let who = match player {
                    Some(Player::Participant(id)) => ctx.name(id),
                    Some(Player::Facilitator) => t.tr("role-facilitator"),
                    None => t.tr("role-nobody"),
                };
                ui.label(format!("{role} : {who}"));
            }
            line(ui, "role-went-well", &play.went_well);
            line(ui, "role-to-try", &play.to_try);
        });
    }
}
