//! The five guided steps of problem solving: one person's entries and the view that fills them.

use atelier_plugin_api::egui;
use atelier_plugin_api::{Translations, label_widget};
use serde::{Deserialize, Serialize};

use atelier_plugin_api::text_area as area;

/// How many steps.
pub const STEPS: usize = 5;

/// A possible solution and what it would bring.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Solution {
    /// The solution, in the person's words.
    pub text: String,
    /// Its consequences: how others would feel, what would happen next.
    pub consequences: String,
}

/// The action plan (step 5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The goal.
    pub goal: String,
    /// The steps to get there.
    pub steps: String,
    /// What could get in the way.
    pub obstacles: String,
    /// How long.
    pub duration: String,
}

/// One person's five steps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entries {
    /// Step 1: the difficulty.
    pub difficulty: String,
    /// Step 1: the goal.
    pub goal: String,
    /// Steps 2 and 3.
    pub solutions: Vec<Solution>,
    /// Step 4: the solution chosen.
    pub chosen: Option<usize>,
    /// Step 4: why.
    pub why: String,
    /// Step 5.
    pub plan: Plan,
    /// A solution being typed (step 2).
    #[serde(default)]
    pub new_solution: String,
}

impl Entries {
    /// The solution chosen, if any.
    pub fn chosen_solution(&self) -> Option<&Solution> {
        self.chosen.and_then(|i| self.solutions.get(i))
    }

    /// Whether the five steps reached a plan: a difficulty, a choice and steps.
    pub fn has_plan(&self) -> bool {
        !self.difficulty.trim().is_empty()
            && self.chosen_solution().is_some()
            && !self.plan.steps.trim().is_empty()
    }

    /// Adds a solution (step 2).
    pub fn add_solution(&mut self, text: &str) {
        let text = text.trim();
        if !text.is_empty() {
            self.solutions.push(Solution {
                text: text.to_owned(),
                consequences: String::new(),
            });
        }
    }

    /// Removes a solution, keeping the choice on the same solution.
    pub fn remove_solution(&mut self, index: usize) {
        if index >= self.solutions.len() {
            return;
        }
        self.solutions.remove(index);
        self.chosen = match self.chosen {
            Some(c) if c == index => None,
            Some(c) if c > index => Some(c - 1),
            other => other,
        };
    }

    /// What the person takes away, in their words.
    pub fn takeaway(&self, t: &Translations) -> Option<String> {
        let solution = self.chosen_solution()?;
        let mut parts = Vec::new();
        if !self.difficulty.trim().is_empty() {
            parts.push(t.tr_args(
                "takeaway-problem",
                &[(
                    "difficulty",
                    atelier_plugin_api::clause(&self.difficulty).into(),
                )],
            ));
        }
        parts.push(t.tr_args(
            "takeaway-choice",
            &[(
                "solution",
                atelier_plugin_api::clause(&solution.text).into(),
            )],
        ));
        let steps = self
            .plan
            .steps
            .lines()
            .map(atelier_plugin_api::clause)
            .filter(|l| !l.is_empty());
        let steps = steps.collect::<Vec<_>>().join(", ");
        if !steps.is_empty() {
            parts.push(t.tr_args("takeaway-steps", &[("steps", steps.as_str().into())]));
        }
        if !self.plan.duration.trim().is_empty() {
            parts.push(t.tr_args(
                "takeaway-duration",
                &[(
                    "duration",
                    atelier_plugin_api::clause(&self.plan.duration).into(),
                )],
            ));
        }
        Some(parts.join(" "))
    }
}

/// The title of step `step` (0-based).
pub fn title(t: &Translations, step: usize) -> String {
    t.tr(&format!("step-{}", step + 1))
}

/// The guiding questions of step `step` (0-based), one per line.
pub fn questions(t: &Translations, step: usize) -> Vec<String> {
    t.tr(&format!("questions-{}", step + 1))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The fields of step `step` for one person.
pub fn step_ui(ui: &mut egui::Ui, t: &Translations, step: usize, entries: &mut Entries) {
    match step {
        0 => {
            area(ui, &t.tr("difficulty"), &mut entries.difficulty);
            area(ui, &t.tr("goal"), &mut entries.goal);
        }
        1 => {
            let mut remove = None;
            for (index, solution) in entries.solutions.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let field =
                        ui.add(egui::TextEdit::singleline(&mut solution.text).desired_width(420.0));
                    label_widget(
                        ui,
                        &field,
                        &t.tr_args("solution-text-label", &[("n", (index + 1).into())]),
                    );
                    let button = ui.small_button(t.tr("solution-remove"));
                    label_widget(
                        ui,
                        &button,
                        &t.tr_args(
                            "solution-remove-label",
                            &[("text", solution.text.as_str().into())],
                        ),
                    );
                    if button.clicked() {
                        remove = Some(index);
                    }
                });
            }
            if let Some(index) = remove {
                entries.remove_solution(index);
            }
            ui.horizontal(|ui| {
                let label = ui.label(t.tr("solution-new"));
                let response = ui
                    // A stable id: the list above grows, and the focus must stay in this field.
                    .add(
                        egui::TextEdit::singleline(&mut entries.new_solution)
                            .id_salt("new_solution")
                            .desired_width(420.0),
                    )
                    .labelled_by(label.id);
                let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if enter {
                    response.request_focus();
                }
                if ui.button(t.tr("solution-add")).clicked() || enter {
                    let text = std::mem::take(&mut entries.new_solution);
                    entries.add_solution(&text);
                }
            });
        }
        2 => {
            if entries.solutions.is_empty() {
                ui.label(t.tr("no-solutions"));
            }
            for solution in &mut entries.solutions {
                area(
                    ui,
                    &t.tr_args(
                        "consequences-of",
                        &[("text", solution.text.as_str().into())],
                    ),
                    &mut solution.consequences,
                );
            }
        }
        3 => {
            if entries.solutions.is_empty() {
                ui.label(t.tr("no-solutions"));
            }
            let indices: Vec<Option<usize>> = (0..entries.solutions.len()).map(Some).collect();
            let mut group = atelier_plugin_api::RadioGroup::new(&entries.chosen, indices.iter());
            for (index, solution) in entries.solutions.iter().enumerate() {
                group.add(
                    ui,
                    &mut entries.chosen,
                    Some(index),
                    &t.tr_args("choose", &[("text", solution.text.as_str().into())]),
                );
                if !solution.consequences.is_empty() {
                    ui.weak(&solution.consequences);
                }
            }
            group.end(ui, &mut entries.chosen);
            area(ui, &t.tr("why-chosen"), &mut entries.why);
        }
        _ => {
            area(ui, &t.tr("plan-goal"), &mut entries.plan.goal);
            area(ui, &t.tr("plan-steps"), &mut entries.plan.steps);
            area(ui, &t.tr("plan-obstacles"), &mut entries.plan.obstacles);
            area(ui, &t.tr("plan-duration"), &mut entries.plan.duration);
        }
    }
}
