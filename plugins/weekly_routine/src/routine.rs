//! The activity ([`WeeklyRoutine`]) and one session's state ([`RoutineState`]).

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{
    ACTION_NEXT, ACTION_PREVIOUS, ActionDesc, Activity, ActivityState, Arg, Descriptor, Locale,
    Modes, Outcome, ParticipantResult, RecordContext, Setup, Translated, Translations, UiContext,
    label_widget,
};
use serde::{Deserialize, Serialize};

const FR: &str = include_str!("../i18n/fr.ftl");
const EN: &str = include_str!("../i18n/en.ftl");

/// Days of the grid, Monday to Friday.
pub const DAYS: usize = 5;
/// Time slots of a day: 9–10, 10–12, 12–14, 14–16, 16–18, 18–20, 20–22.
pub const SLOTS: usize = 7;
/// The check questions, by stable key.
pub const CHECKS: [&str; 6] = [
    "bedtime",
    "sleep",
    "breakfast",
    "medication",
    "late",
    "reach",
];

/// The activity: stateless.
#[derive(Debug, Default)]
pub struct WeeklyRoutine;

/// An answer to a check question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// Not answered yet.
    #[default]
    None,
    /// In place.
    Yes,
    /// Not yet: something to work on.
    No,
    /// To be seen.
    Unsure,
}

/// One check question's answer and note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckAnswer {
    /// The question's key, one of [`CHECKS`].
    pub key: String,
    /// The answer.
    pub answer: Answer,
    /// A note in the person's words.
    pub note: String,
}

/// What is saved: in drafts, in the record, and in the person's journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Plan {
    format_version: u32,
    /// `grid[day][slot]`.
    grid: Vec<Vec<String>>,
    checks: Vec<CheckAnswer>,
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            format_version: 1,
            grid: vec![vec![String::new(); SLOTS]; DAYS],
            checks: CHECKS
                .iter()
                .map(|key| CheckAnswer {
                    key: (*key).to_owned(),
                    ..CheckAnswer::default()
                })
                .collect(),
        }
    }
}

impl Plan {
    /// Reads a saved plan and makes it the right shape (a damaged one is padded, not refused).
    fn parse(text: &str) -> Result<Self, String> {
        let mut plan: Self = atelier_plugin_api::from_ron(text)?;
        plan.grid.resize(DAYS, Vec::new());
        for day in &mut plan.grid {
            day.resize(SLOTS, String::new());
        }
        for key in CHECKS {
            if !plan.checks.iter().any(|c| c.key == key) {
                plan.checks.push(CheckAnswer {
                    key: key.to_owned(),
                    ..CheckAnswer::default()
                });
            }
        }
        Ok(plan)
    }

    fn to_ron(&self) -> String {
        atelier_plugin_api::to_ron(self).unwrap_or_default()
    }

    fn filled(&self) -> usize {
        self.grid
            .iter()
            .flatten()
            .filter(|cell| !cell.trim().is_empty())
            .count()
    }
}

/// One session of the planner, with one participant.
#[derive(Debug)]
pub struct RoutineState {
    plan: Plan,
    participant: Option<(String, String)>,
    /// The day highlighted on the projector (moved by next / previous).
    day: usize,
    texts: Translations,
}

#[derive(Serialize, Deserialize)]
struct Saved {
    plan: Plan,
    day: usize,
}

impl RoutineState {
    fn new(setup: &Setup, plan: Plan, day: usize) -> Self {
        Self {
            plan,
            participant: setup
                .participants
                .first()
                .map(|p| (p.id.clone(), p.display_name.clone())),
            day: day.min(DAYS - 1),
            texts: Translations::pick(setup.locale, FR, EN),
        }
    }

    /// The text of one cell.
    pub fn cell(&self, day: usize, slot: usize) -> Option<&str> {
        self.plan
            .grid
            .get(day)
            .and_then(|d| d.get(slot))
            .map(String::as_str)
    }

    /// The answer to a check question.
    pub fn answer(&self, key: &str) -> Option<&CheckAnswer> {
        self.plan.checks.iter().find(|c| c.key == key)
    }

    /// The day highlighted on the projector.
    pub fn day(&self) -> usize {
        self.day
    }

    fn texts_for(&mut self, locale: Locale) -> &Translations {
        if self.texts.locale() != locale {
            self.texts = Translations::pick(locale, FR, EN);
        }
        &self.texts
    }

    fn grid_ui(&mut self, ui: &mut egui::Ui, editable: bool) {
        let texts = self.texts.clone();
        let day_names: Vec<String> = (0..DAYS).map(|d| texts.tr(&format!("day-{d}"))).collect();
        let column = if editable {
            140.0
        } else {
            ui.text_style_height(&egui::TextStyle::Body) * 5.0
        };
        egui::Grid::new("weekly_routine_grid")
            .striped(true)
            .min_col_width(column)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                ui.strong(texts.tr("slot-header"));
                for (d, name) in day_names.iter().enumerate() {
                    let text = RichText::new(name).strong();
                    if !editable && d == self.day {
                        ui.label(text.underline());
                    } else {
                        ui.label(text);
                    }
                }
                ui.end_row();
                for slot in 0..SLOTS {
                    let slot_name = texts.tr(&format!("slot-{slot}"));
                    ui.label(&slot_name);
                    for (d, day_name) in day_names.iter().enumerate() {
                        let Some(cell) =
                            self.plan.grid.get_mut(d).and_then(|day| day.get_mut(slot))
                        else {
                            continue;
                        };
                        if editable {
                            let label = texts.tr_args(
                                "cell-label",
                                &[
                                    ("day", day_name.as_str().into()),
                                    ("slot", slot_name.as_str().into()),
                                ],
                            );
                            let response =
                                ui.add_sized([column, 28.0], egui::TextEdit::singleline(cell));
                            label_widget(ui, &response, &label);
                        } else if cell.trim().is_empty() {
                            ui.weak(texts.tr("projector-empty"));
                        } else {
                            ui.label(cell.as_str());
                        }
                    }
                    ui.end_row();
                }
            });
    }

    fn checks_ui(&mut self, ui: &mut egui::Ui) {
        let texts = self.texts.clone();
        ui.heading(texts.tr("checks-title"));
        for check in &mut self.plan.checks {
            let question = texts.tr(&format!("check-{}", check.key));
            ui.label(RichText::new(&question).strong());
            ui.horizontal(|ui| {
                let options = [Answer::Yes, Answer::No, Answer::Unsure];
                let mut group = atelier_plugin_api::RadioGroup::new(&check.answer, options.iter());
                for (answer, id) in
                    options
                        .into_iter()
                        .zip(["answer-yes", "answer-no", "answer-unsure"])
                {
                    let label = texts.tr(id);
                    let response = group.add(ui, &mut check.answer, answer, &label);
                    label_widget(ui, &response, &format!("{question} {label}"));
                }
                group.end(ui, &mut check.answer);
                let note_label =
                    texts.tr_args("note-label", &[("question", question.as_str().into())]);
                let response = ui.add(
                    egui::TextEdit::singleline(&mut check.note)
                        .hint_text(texts.tr("note-hint"))
                        .desired_width(260.0),
                );
                label_widget(ui, &response, &note_label);
            });
            ui.add_space(4.0);
        }
    }

    fn checks_summary(&self, texts: &Translations) -> String {
        let to_work_on: Vec<String> = self
            .plan
            .checks
            .iter()
            .filter(|c| matches!(c.answer, Answer::No | Answer::Unsure))
            .map(|c| texts.tr(&format!("check-short-{}", c.key)))
            .collect();
        if to_work_on.is_empty() {
            texts.tr("all-good")
        } else {
            texts.tr_args("to-work-on", &[("items", to_work_on.join(", ").into())])
        }
    }
}

impl Activity for WeeklyRoutine {
    type State = RoutineState;

    fn descriptor(&self) -> Descriptor {
        Descriptor {
            id: String::from("weekly_routine"),
            version: String::from(env!("CARGO_PKG_VERSION")),
            name: Translated::message(FR, EN, "name"),
            description: Translated::message(FR, EN, "description"),
            modes: Modes::ONE_TO_ONE,
            min_participants: 1,
            max_participants: 1,
            has_projector_view: true,
            reviews_stage: false,
            charts: Vec::new(),
        }
    }

    fn create(&self, setup: &Setup) -> RoutineState {
        // Start from last time's plan when there is one.
        let plan = setup
            .participants
            .first()
            .and_then(|p| p.stored.as_deref())
            .and_then(|text| Plan::parse(text).ok())
            .unwrap_or_default();
        RoutineState::new(setup, plan, 0)
    }

    fn restore(&self, setup: &Setup, saved: &str) -> Result<RoutineState, String> {
        let saved: Saved = atelier_plugin_api::from_ron(saved).map_err(|e| {
            Translations::pick(setup.locale, FR, EN)
                .tr_args("restore-error", &[("reason", Arg::String(e))])
        })?;
        let plan = Plan::parse(&saved.plan.to_ron()).unwrap_or(saved.plan);
        Ok(RoutineState::new(setup, plan, saved.day))
    }

    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
        if let Ok(plan) = Plan::parse(record_data) {
            plan_ui(ui, plan, ctx.locale);
        } else {
            atelier_plugin_api::raw_text_ui(ui, record_data);
        }
    }

    fn has_journey_view(&self) -> bool {
        true
    }

    fn journey_ui(&self, ui: &mut egui::Ui, stored: &str, locale: Locale) {
        match Plan::parse(stored) {
            Ok(plan) => plan_ui(ui, plan, locale),
            Err(_) => {
                ui.weak(Translations::pick(locale, FR, EN).tr("journey-unreadable"));
            }
        }
    }
}

/// A plan, read-only: the week and what is still to work on.
fn plan_ui(ui: &mut egui::Ui, plan: Plan, locale: Locale) {
    let texts = Translations::pick(locale, FR, EN);
    let summary = RoutineState {
        plan,
        participant: None,
        // No day highlighted.
        day: DAYS,
        texts: Translations::pick(locale, FR, EN),
    };
    let checks = summary.checks_summary(&texts);
    let mut view = summary;
    view.grid_ui(ui, false);
    ui.label(checks);
}

impl ActivityState for RoutineState {
    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        let texts = self.texts_for(ctx.locale).clone();
        ui.heading(texts.tr("title"));
        if let Some((_, name)) = &self.participant {
            ui.label(texts.tr_args("for-person", &[("name", name.as_str().into())]));
        }
        ui.label(texts.tr("intro"));
        ui.add_space(8.0);
        self.grid_ui(ui, true);
        ui.add_space(6.0);
        ui.label(texts.tr_args(
            "filled",
            &[
                ("filled", self.plan.filled().into()),
                ("total", (DAYS * SLOTS).into()),
            ],
        ));
        ui.add_space(12.0);
        self.checks_ui(ui);
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        let texts = self.texts_for(ctx.locale).clone();
        // No name on the projector: the plan is the person's, the title is enough.
        ui.heading(texts.tr("title"));
        ui.add_space(8.0);
        self.grid_ui(ui, false);
    }

    fn actions(&self, locale: Locale) -> Vec<ActionDesc> {
        let texts = Translations::pick(locale, FR, EN);
        vec![
            ActionDesc {
                id: ACTION_NEXT.into(),
                key: None,
                label: texts.tr("action-next-day"),
            },
            ActionDesc {
                id: ACTION_PREVIOUS.into(),
                key: None,
                label: texts.tr("action-previous-day"),
            },
        ]
    }

    fn on_action(&mut self, action: &str) -> bool {
        match action {
            ACTION_NEXT if self.day + 1 < DAYS => {
                self.day += 1;
                true
            }
            ACTION_PREVIOUS if self.day > 0 => {
                self.day -= 1;
                true
            }
            _ => false,
        }
    }

    fn save(&self) -> Result<String, String> {
        atelier_plugin_api::to_ron(&Saved {
            plan: self.plan.clone(),
            day: self.day,
        })
    }

    fn outcome(&self) -> Outcome {
        let texts = &self.texts;
        let takeaway = texts.tr_args(
            "takeaway",
            &[
                ("filled", self.plan.filled().into()),
                ("total", (DAYS * SLOTS).into()),
                ("checks", self.checks_summary(texts).into()),
            ],
        );
        let plan = self.plan.to_ron();
        Outcome {
            summary: texts.tr_args(
                "filled",
                &[
                    ("filled", self.plan.filled().into()),
                    ("total", (DAYS * SLOTS).into()),
                ],
            ),
            participants: self
                .participant
                .iter()
                .map(|(id, _)| ParticipantResult {
                    stage_review: None,
                    id: id.clone(),
                    takeaway: Some(takeaway.clone()),
                    stored: Some(plan.clone()),
                    points: Vec::new(),
                    follow_ups: Vec::new(),
                    takeaway_in: Vec::new(),
                })
                .collect(),
            record_data: plan,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_plugin_api::{Clock, Mode, SetupParticipant, Timestamp};
    use std::sync::Arc;

    struct Fixed;
    impl Clock for Fixed {
        fn now(&self) -> Timestamp {
            Timestamp {
                unix_seconds: 1_790_000_000,
                offset_seconds: 3600,
            }
        }
    }

    fn setup(stored: Option<String>) -> Setup {
        Setup {
            participants: vec![SetupParticipant {
                id: "p-amina".into(),
                display_name: "Amina".into(),
                projector_name: None,
                stage: None,
                stored,
            }],
            mode: Mode::OneToOne,
            locale: Locale::Fr,
            seed: 1,
            clock: Arc::new(Fixed),
        }
    }

    #[test]
    fn translations_are_complete() {
        assert_eq!(atelier_plugin_api::check_sources(FR, EN), Ok(()));
    }

    #[test]
    fn descriptor_is_valid() {
        assert_eq!(WeeklyRoutine.descriptor().validate(), Ok(()));
    }

    #[test]
    fn outcome_save_restore_and_next_session() {
        let mut state = WeeklyRoutine.create(&setup(None));
        state.plan.grid[0][1] = "Atelier cuisine".into();
        state.plan.grid[2][3] = "Piscine".into();
        state.plan.checks[0].answer = Answer::No;
        state.plan.checks[1].answer = Answer::Yes;
        assert!(state.on_action(ACTION_NEXT));
        let outcome = state.outcome();
        let result = &outcome.participants[0];
        assert_eq!(result.id, "p-amina");
        let takeaway = result.takeaway.as_deref().unwrap_or_default();
        assert!(takeaway.contains("2 créneaux remplis sur 35"), "{takeaway}");
        assert!(takeaway.contains("l'heure du coucher"), "{takeaway}");
        // A draft restores everything, including the highlighted day.
        let restored = WeeklyRoutine
            .restore(&setup(None), &state.save().expect("saved"))
            .expect("restore");
        assert_eq!(restored.plan, state.plan);
        assert_eq!(restored.day(), 1);
        // The next session starts from the plan stored in the journey.
        let next = WeeklyRoutine.create(&setup(result.stored.clone()));
        assert_eq!(next.cell(2, 3), Some("Piscine"));
        assert!(WeeklyRoutine.restore(&setup(None), "(garbage").is_err());
    }
}
