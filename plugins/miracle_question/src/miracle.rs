//! The activity ([`MiracleQuestion`]) and one session's state ([`MiracleState`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{
    ACTION_NEXT, ACTION_PREVIOUS, Activity, ActivityState, Arg, ChartDesc, ChartPoint, Clock,
    Descriptor, Mode, Modes, Outcome, ParticipantResult, RecordContext, Setup, Translated,
    Translations, UiContext, label_widget,
};
use serde::{Deserialize, Serialize};

const FR: &str = include_str!("../i18n/fr.ftl");
const EN: &str = include_str!("../i18n/en.ftl");

/// The built-in follow-up prompts, by message id, in their usual order.
const DEFAULT_PROMPTS: [&str; 5] = [
    "prompt-first-notice",
    "prompt-others-notice",
    "prompt-day",
    "prompt-colleagues",
    "prompt-feeling",
];

/// The activity: stateless.
#[derive(Debug, Default)]
pub struct MiracleQuestion;

/// Where the session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The situation in the person's words.
    Situation,
    /// The miracle prompt.
    Miracle,
    /// A follow-up prompt, by its id.
    FollowUp(u32),
    /// The signs collected, read back.
    Signs,
    /// The 0–10 scale and what already exists.
    Scale,
    /// One small first step and when to look at it again.
    FirstStep,
    /// What is kept.
    End,
}

/// A follow-up prompt: a built-in one (by message id) or the advisor's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Prompt {
    id: u32,
    builtin: Option<String>,
    text: String,
    skipped: bool,
}

/// One person's answers, in their own words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Answers {
    situation: String,
    miracle: String,
    follow_ups: BTreeMap<u32, String>,
    signs: Vec<String>,
    scale: Option<u8>,
    exists: String,
    first_step: String,
    review_days: u16,
}

/// Everything saved: in drafts and in the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Saved {
    format_version: u32,
    step: Step,
    prompts: Vec<Prompt>,
    next_prompt_id: u32,
    /// By participant id.
    answers: BTreeMap<String, Answers>,
    show_answers: bool,
    person: usize,
}

/// What is kept in a person's journey for next time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Stored {
    last_scale: Option<u8>,
}

/// One session.
pub struct MiracleState {
    saved: Saved,
    /// `(id, name)` of each participant, in the setup's order.
    people: Vec<(String, String)>,
    last_scale: BTreeMap<String, u8>,
    mode: Mode,
    clock: Arc<dyn Clock>,
    texts: Translations,
    new_sign: String,
    new_prompt: String,
}

impl std::fmt::Debug for MiracleState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MiracleState")
            .field("step", &self.saved.step)
            .finish_non_exhaustive()
    }
}

fn date_in(clock: &dyn Clock, days: u16) -> String {
    day_in(clock, days)
        .map(atelier_plugin_api::date_text)
        .unwrap_or_default()
}

/// The day `days` from now, in the clock's time zone.
fn day_in(clock: &dyn Clock, days: u16) -> Option<chrono::NaiveDate> {
    let now = clock.now();
    let seconds = now.unix_seconds + i64::from(days) * 86_400 + i64::from(now.offset_seconds);
    chrono::DateTime::from_timestamp(seconds, 0).map(|d| d.date_naive())
}

impl MiracleState {
    fn new(setup: &Setup, saved: Saved) -> Self {
        let last_scale = setup
            .participants
            .iter()
            .filter_map(|p| {
                let stored: Stored = atelier_plugin_api::from_ron(p.stored.as_deref()?).ok()?;
                Some((p.id.clone(), stored.last_scale?))
            })
            .collect();
        Self {
            saved,
            people: setup
                .participants
                .iter()
                .map(|p| (p.id.clone(), p.display_name.clone()))
                .collect(),
            last_scale,
            mode: setup.mode,
            clock: Arc::clone(&setup.clock),
            texts: Translations::pick(setup.locale, FR, EN),
            new_sign: String::new(),
            new_prompt: String::new(),
        }
    }

    /// The current step.
    pub fn step(&self) -> Step {
        self.saved.step
    }

    /// Every step, in order, without the skipped prompts.
    fn steps(&self) -> Vec<Step> {
        let mut steps = vec![Step::Situation, Step::Miracle];
        steps.extend(
            self.saved
                .prompts
                .iter()
                .filter(|p| !p.skipped)
                .map(|p| Step::FollowUp(p.id)),
        );
        steps.extend([Step::Signs, Step::Scale, Step::FirstStep, Step::End]);
        steps
    }

    fn position(&self) -> usize {
        self.steps()
            .iter()
            .position(|s| *s == self.saved.step)
            .unwrap_or(0)
    }

    fn go(&mut self, delta: isize) -> bool {
        let steps = self.steps();
        let here = self.position();
        let Some(there) = here.checked_add_signed(delta).filter(|i| *i < steps.len()) else {
            return false;
        };
        self.saved.step = steps[there];
        true
    }

    fn prompt_text(&self, prompt: &Prompt) -> String {
        prompt
            .builtin
            .as_deref()
            .map_or_else(|| prompt.text.clone(), |id| self.texts.tr(id))
    }

    /// The prompt of the current step, as the projector shows it.
    fn current_prompt(&self) -> String {
        match self.saved.step {
            Step::Situation => self.texts.tr("prompt-situation"),
            Step::Miracle => self.texts.tr("prompt-miracle"),
            Step::FollowUp(id) => self
                .saved
                .prompts
                .iter()
                .find(|p| p.id == id)
                .map(|p| self.prompt_text(p))
                .unwrap_or_default(),
            Step::Signs => self.texts.tr("prompt-signs"),
            Step::Scale => self.texts.tr("prompt-scale"),
            Step::FirstStep => self.texts.tr("prompt-first-step"),
            Step::End => String::new(),
        }
    }

    fn step_title(&self) -> String {
        self.texts.tr(match self.saved.step {
            Step::Situation => "step-situation",
            Step::Miracle => "step-miracle",
            Step::FollowUp(_) => "step-follow-up",
            Step::Signs => "step-signs",
            Step::Scale => "step-scale",
            Step::FirstStep => "step-first-step",
            Step::End => "step-end",
        })
    }

    /// The current step's answer of every person, for the projector when allowed (no names).
    fn answers_for_projector(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (id, _) in &self.people {
            let Some(a) = self.saved.answers.get(id) else {
                continue;
            };
            match self.saved.step {
                Step::Situation => out.push(a.situation.clone()),
                Step::Miracle => out.push(a.miracle.clone()),
                Step::FollowUp(p) => out.extend(a.follow_ups.get(&p).cloned()),
                Step::Signs => out.extend(a.signs.iter().cloned()),
                Step::FirstStep => out.push(a.first_step.clone()),
                Step::Scale | Step::End => {}
            }
        }
        out.retain(|s| !s.trim().is_empty());
        out
    }

    fn person_ui(&mut self, ui: &mut egui::Ui) {
        if self.people.len() < 2 {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(self.texts.tr("person"));
            for (i, (_, name)) in self.people.iter().enumerate() {
                ui.selectable_value(&mut self.saved.person, i, name);
            }
        });
    }

    fn answers_ui(&mut self, ui: &mut egui::Ui) {
        let Some((id, name)) = self.people.get(self.saved.person).cloned() else {
            return;
        };
        let texts = &self.texts;
        let step = self.saved.step;
        let last = self.last_scale.get(&id).copied();
        let clock = Arc::clone(&self.clock);
        let answers = self.saved.answers.entry(id).or_default();
        let name_arg = || [("name", Arg::Str(name.as_str()))];
        let text_box = |ui: &mut egui::Ui, text: &mut String, label: String| {
            let label = ui.label(label);
            ui.add(
                egui::TextEdit::multiline(text)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        };
        match step {
            Step::Situation => text_box(
                ui,
                &mut answers.situation,
                texts.tr_args("situation-label", &name_arg()),
            ),
            Step::Miracle => text_box(
                ui,
                &mut answers.miracle,
                texts.tr_args("miracle-label", &name_arg()),
            ),
            Step::FollowUp(prompt) => {
                let answer = answers.follow_ups.entry(prompt).or_default();
                text_box(ui, answer, texts.tr_args("answer-label", &name_arg()));
                let answer = answer.trim().to_owned();
                if !answer.is_empty() && answers.signs.contains(&answer) {
                    // Said plainly, where the button was.
                    ui.label(RichText::new(texts.tr("kept-as-sign")).strong());
                } else if ui
                    .add_enabled(
                        !answer.is_empty(),
                        egui::Button::new(texts.tr("add-as-sign")),
                    )
                    .clicked()
                {
                    answers.signs.push(answer);
                }
            }
            Step::Signs => {
                ui.label(RichText::new(texts.tr_args("signs-label", &name_arg())).strong());
                if answers.signs.is_empty() {
                    ui.label(texts.tr("no-signs"));
                }
                let mut remove = None;
                for (i, sign) in answers.signs.iter().enumerate() {
                    ui.horizontal(|ui| {
                        ui.label(format!("• {sign}"));
                        let button = ui.small_button("×");
                        label_widget(
                            ui,
                            &button,
                            &texts.tr_args("sign-remove", &[("sign", sign.as_str().into())]),
                        );
                        if button.clicked() {
                            remove = Some(i);
                        }
                    });
                }
                if let Some(i) = remove {
                    answers.signs.remove(i);
                }
                ui.horizontal(|ui| {
                    // A stable id: the list above grows, and the focus must stay in this field.
                    let response =
                        ui.add(egui::TextEdit::singleline(&mut self.new_sign).id_salt("new_sign"));
                    label_widget(ui, &response, &texts.tr_args("sign-new-label", &name_arg()));
                    let enter =
                        response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if enter {
                        response.request_focus();
                    }
                    let sign = self.new_sign.trim().to_owned();
                    let clicked = ui
                        .add_enabled(!sign.is_empty(), egui::Button::new(texts.tr("sign-add")))
                        .clicked();
                    if (clicked || enter) && !sign.is_empty() {
                        answers.signs.push(sign);
                        self.new_sign.clear();
                    }
                });
            }
            Step::Scale => {
                if let Some(value) = last {
                    ui.label(texts.tr_args("last-time", &[("value", u32::from(value).into())]));
                }
                ui.label(texts.tr_args("scale-of", &name_arg()));
                // A scale: eleven equal steps in one row, what 0 and 10 mean under its ends.
                let row = ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 4.0;
                    for value in 0..=10u8 {
                        let button = ui.add(
                            egui::Button::new(
                                RichText::new(texts.tr_args(
                                    "scale-button",
                                    &[("value", u32::from(value).into())],
                                ))
                                .size(22.0),
                            )
                            .frame(true)
                            .selected(answers.scale == Some(value))
                            .min_size(egui::vec2(44.0, 44.0)),
                        );
                        label_widget(
                            ui,
                            &button,
                            &texts.tr_args("scale-label", &[("value", u32::from(value).into())]),
                        );
                        if button.clicked() {
                            answers.scale = Some(value);
                        }
                    }
                });
                let width = row.response.rect.width();
                ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
                    ui.horizontal(|ui| {
                        ui.set_width(width);
                        ui.weak(texts.tr("scale-low"));
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.weak(texts.tr("scale-high"));
                        });
                    });
                });
                text_box(
                    ui,
                    &mut answers.exists,
                    texts.tr_args("exists-label", &name_arg()),
                );
            }
            Step::FirstStep => {
                text_box(
                    ui,
                    &mut answers.first_step,
                    texts.tr_args("first-step-label", &name_arg()),
                );
                if answers.review_days == 0 {
                    answers.review_days = 14;
                }
                ui.horizontal(|ui| {
                    ui.label(texts.tr("review-in"));
                    let options = [
                        (7, texts.tr("review-week")),
                        (14, texts.tr("review-two-weeks")),
                        (30, texts.tr("review-month")),
                    ];
                    atelier_plugin_api::radio_group(ui, &mut answers.review_days, &options);
                });
                ui.label(texts.tr_args(
                    "review-date",
                    &[("date", date_in(clock.as_ref(), answers.review_days).into())],
                ));
            }
            Step::End => {}
        }
    }

    fn prompts_ui(&mut self, ui: &mut egui::Ui) {
        let texts = self.texts.clone();
        let shown = egui::CollapsingHeader::new(texts.tr("prompts-title"))
            .default_open(matches!(self.saved.step, Step::Miracle | Step::FollowUp(_)))
            .show(ui, |ui| {
                let mut action: Option<(usize, &str)> = None;
                let count = self.saved.prompts.len();
                for i in 0..count {
                    let prompt = &self.saved.prompts[i];
                    let text = self.prompt_text(prompt);
                    let skipped = prompt.skipped;
                    ui.horizontal_wrapped(|ui| {
                        let shown = if skipped {
                            format!("{text} {}", texts.tr("skipped"))
                        } else {
                            text.clone()
                        };
                        ui.label(if self.saved.step == Step::FollowUp(prompt.id) {
                            RichText::new(shown).strong()
                        } else {
                            RichText::new(shown)
                        });
                        for (id, enabled, name) in [
                            ("up", i > 0, "move-up"),
                            ("down", i + 1 < count, "move-down"),
                            (
                                if skipped { "unskip" } else { "skip" },
                                true,
                                if skipped { "unskip" } else { "skip" },
                            ),
                        ] {
                            let button =
                                ui.add_enabled(enabled, egui::Button::new(texts.tr(name)).small());
                            label_widget(ui, &button, &format!("{} : {text}", texts.tr(name)));
                            if button.clicked() {
                                action = Some((i, id));
                            }
                        }
                    });
                }
                match action {
                    Some((i, "up")) => self.saved.prompts.swap(i, i - 1),
                    Some((i, "down")) => self.saved.prompts.swap(i, i + 1),
                    Some((i, _)) => {
                        let id = self.saved.prompts[i].id;
                        let skipping = !self.saved.prompts[i].skipped;
                        if skipping && self.saved.step == Step::FollowUp(id) {
                            self.go(1);
                        }
                        self.saved.prompts[i].skipped = skipping;
                    }
                    None => {}
                }
                ui.horizontal(|ui| {
                    let response = ui.text_edit_singleline(&mut self.new_prompt);
                    label_widget(ui, &response, &texts.tr("custom-prompt-label"));
                    let text = self.new_prompt.trim().to_owned();
                    if ui
                        .add_enabled(
                            !text.is_empty(),
                            egui::Button::new(texts.tr("custom-prompt-add")),
                        )
                        .clicked()
                    {
                        let id = self.saved.next_prompt_id;
                        self.saved.next_prompt_id += 1;
                        self.saved.prompts.push(Prompt {
                            id,
                            builtin: None,
                            text,
                            skipped: false,
                        });
                        self.new_prompt.clear();
                    }
                });
            });
        atelier_plugin_api::say_section(
            ui,
            &shown,
            &texts.tr("section-open"),
            &texts.tr("section-closed"),
        );
    }

    /// The takeaway of one person, in plain words.
    fn takeaway(&self, answers: &Answers) -> Option<String> {
        self.takeaway_with(&self.texts, answers)
    }

    /// The takeaway in each language: the same answers, the words around them translated.
    fn takeaway_in(&self, answers: &Answers) -> Vec<(atelier_plugin_api::Locale, String)> {
        [
            atelier_plugin_api::Locale::Fr,
            atelier_plugin_api::Locale::En,
        ]
        .into_iter()
        .filter_map(|locale| {
            let texts = Translations::pick(locale, FR, EN);
            Some((locale, self.takeaway_with(&texts, answers)?))
        })
        .collect()
    }

    fn takeaway_with(&self, t: &Translations, answers: &Answers) -> Option<String> {
        let mut parts = Vec::new();
        if !answers.signs.is_empty() {
            parts.push(
                t.tr_args(
                    "takeaway-signs",
                    &[(
                        "signs",
                        answers
                            .signs
                            .iter()
                            .map(|s| atelier_plugin_api::clause(s))
                            .collect::<Vec<_>>()
                            .join(" ; ")
                            .into(),
                    )],
                ),
            );
        }
        if let Some(value) = answers.scale {
            parts.push(t.tr_args("takeaway-scale", &[("value", u32::from(value).into())]));
        }
        if !answers.exists.trim().is_empty() {
            parts.push(t.tr_args(
                "takeaway-exists",
                &[("exists", atelier_plugin_api::clause(&answers.exists).into())],
            ));
        }
        if !answers.first_step.trim().is_empty() {
            let days = if answers.review_days == 0 {
                14
            } else {
                answers.review_days
            };
            parts.push(format!(
                "{} {}",
                t.tr_args(
                    "takeaway-first-step",
                    &[(
                        "step",
                        atelier_plugin_api::clause(&answers.first_step).into()
                    )]
                ),
                t.tr_args(
                    "takeaway-review",
                    &[("date", date_in(self.clock.as_ref(), days).into())]
                )
            ));
        }
        // One point per line: it reads as a list in the journey and the person's document.
        (!parts.is_empty()).then(|| parts.join("\n"))
    }
}

impl Activity for MiracleQuestion {
    type State = MiracleState;

    fn descriptor(&self) -> Descriptor {
        Descriptor {
            id: String::from("miracle_question"),
            version: String::from(env!("CARGO_PKG_VERSION")),
            name: Translated::message(FR, EN, "name"),
            description: Translated::message(FR, EN, "description"),
            modes: Modes::BOTH,
            min_participants: 1,
            max_participants: 12,
            has_projector_view: true,
            reviews_stage: false,
            charts: vec![ChartDesc {
                key: String::from("scale"),
                name: Translated::message(FR, EN, "chart-scale"),
                range: (0.0, 10.0),
            }],
        }
    }

    fn create(&self, setup: &Setup) -> MiracleState {
        let prompts = DEFAULT_PROMPTS
            .iter()
            .zip(0u32..)
            .map(|(id, n)| Prompt {
                id: n,
                builtin: Some((*id).to_owned()),
                text: String::new(),
                skipped: false,
            })
            .collect();
        MiracleState::new(
            setup,
            Saved {
                format_version: 1,
                step: Step::Situation,
                prompts,
                next_prompt_id: 100,
                answers: BTreeMap::new(),
                show_answers: false,
                person: 0,
            },
        )
    }

    fn restore(&self, setup: &Setup, saved: &str) -> Result<MiracleState, String> {
        let saved: Saved = atelier_plugin_api::from_ron(saved).map_err(|e| {
            Translations::pick(setup.locale, FR, EN)
                .tr_args("restore-error", &[("reason", Arg::String(e))])
        })?;
        Ok(MiracleState::new(setup, saved))
    }

    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
        let Ok(saved) = atelier_plugin_api::from_ron::<Saved>(record_data) else {
            atelier_plugin_api::raw_text_ui(ui, record_data);
            return;
        };
        let t = Translations::pick(ctx.locale, FR, EN);
        for (id, answers) in &saved.answers {
            let name = ctx.name(id);
            let name_arg = || -> [(&str, Arg<'_>); 1] { [("name", name.as_str().into())] };
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.strong(&name);
                // Each answer under its question, as a list.
                let line = |ui: &mut egui::Ui, label: String, text: &str| {
                    if !text.trim().is_empty() {
                        ui.label(RichText::new(label).strong());
                        ui.indent("answer", |ui| ui.label(text.trim()));
                    }
                };
                line(
                    ui,
                    t.tr_args("situation-label", &name_arg()),
                    &answers.situation,
                );
                line(
                    ui,
                    t.tr_args("miracle-label", &name_arg()),
                    &answers.miracle,
                );
                for (prompt, answer) in &answers.follow_ups {
                    let question = saved.prompts.iter().find(|p| p.id == *prompt).map_or_else(
                        String::new,
                        |p| {
                            p.builtin
                                .as_deref()
                                .map_or_else(|| p.text.clone(), |id| t.tr(id))
                        },
                    );
                    line(ui, question, answer);
                }
                if !answers.signs.is_empty() {
                    ui.label(RichText::new(t.tr_args("signs-label", &name_arg())).strong());
                    ui.indent("signs", |ui| {
                        for sign in &answers.signs {
                            ui.label(format!("• {}", sign.trim()));
                        }
                    });
                }
                if let Some(scale) = answers.scale {
                    line(
                        ui,
                        t.tr_args("scale-of", &name_arg()),
                        &t.tr_args("scale-label", &[("value", usize::from(scale).into())]),
                    );
                }
                line(ui, t.tr_args("exists-label", &name_arg()), &answers.exists);
                line(
                    ui,
                    t.tr_args("first-step-label", &name_arg()),
                    &answers.first_step,
                );
            });
        }
    }

    fn forget(&self, data: &str, participant: &str) -> Option<String> {
        let mut saved: Saved = atelier_plugin_api::from_ron(data).ok()?;
        saved.answers.remove(participant);
        saved.person = saved.person.min(saved.answers.len().saturating_sub(1));
        atelier_plugin_api::to_ron(&saved).ok()
    }
}

impl ActivityState for MiracleState {
    fn progress(&self) -> Option<(usize, usize)> {
        Some((self.position() + 1, self.steps().len()))
    }

    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        if self.texts.locale() != ctx.locale {
            self.texts = Translations::pick(ctx.locale, FR, EN);
        }
        let steps = self.steps().len();
        ui.horizontal(|ui| {
            ui.heading(self.step_title());
            ui.weak(self.texts.tr_args(
                "step-of",
                &[
                    ("step", (self.position() + 1).into()),
                    ("total", steps.into()),
                ],
            ));
        });
        let prompt = self.current_prompt();
        if !prompt.is_empty() {
            ui.label(RichText::new(prompt).size(22.0).strong());
        }
        ui.add_space(8.0);
        if self.saved.step == Step::End {
            for (id, name) in &self.people {
                if let Some(takeaway) = self.saved.answers.get(id).and_then(|a| self.takeaway(a)) {
                    ui.label(RichText::new(name).strong());
                    ui.label(takeaway);
                }
            }
        } else {
            self.person_ui(ui);
            self.answers_ui(ui);
        }
        ui.add_space(8.0);
        if self.mode == Mode::Collective {
            ui.checkbox(&mut self.saved.show_answers, self.texts.tr("show-answers"));
        }
        // Moving between steps is the host's one pair of buttons (and the clicker).
        ui.add_space(8.0);
        self.prompts_ui(ui);
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, _ctx: &UiContext) {
        let prompt = self.current_prompt();
        let answers = if self.saved.show_answers && self.mode == Mode::Collective {
            self.answers_for_projector()
        } else {
            Vec::new()
        };
        if answers.is_empty() {
            // One calm question at a time, in the middle of the screen.
            let title = self.step_title();
            if prompt.is_empty() {
                atelier_plugin_api::projector_message_ui(ui, None, &title);
            } else {
                atelier_plugin_api::projector_message_ui(ui, Some(&title), &prompt);
            }
            return;
        }
        let typeset = |text: &str| RichText::new(atelier_plugin_api::french_spacing(text));
        ui.heading(typeset(&self.step_title()));
        ui.add_space(16.0);
        if !prompt.is_empty() {
            ui.label(typeset(&prompt));
        }
        ui.add_space(16.0);
        ui.label(typeset(&self.texts.tr("projector-answers")).strong());
        for answer in answers {
            ui.label(typeset(&format!("• {answer}")));
        }
    }

    fn on_action(&mut self, action: &str) -> bool {
        match action {
            ACTION_NEXT => self.go(1),
            ACTION_PREVIOUS => self.go(-1),
            _ => false,
        }
    }

    fn save(&self) -> Result<String, String> {
        atelier_plugin_api::to_ron(&self.saved)
    }

    fn outcome(&self) -> Outcome {
        let participants: Vec<ParticipantResult> = self
            .people
            .iter()
            .map(|(id, _)| {
                let answers = self.saved.answers.get(id).cloned().unwrap_or_default();
                ParticipantResult {
                    stage_review: None,
                    id: id.clone(),
                    takeaway: self.takeaway(&answers),
                    takeaway_in: self.takeaway_in(&answers),
                    stored: answers.scale.and_then(|s| {
                        ron::to_string(&Stored {
                            last_scale: Some(s),
                        })
                        .ok()
                    }),
                    points: answers
                        .scale
                        .map(|s| ChartPoint {
                            series: String::from("scale"),
                            value: f64::from(s),
                        })
                        .into_iter()
                        .collect(),
                    // The first small step is looked at again on its date: a follow-up of the
                    // journey, not only words in the takeaway.
                    follow_ups: Some(answers.first_step.trim())
                        .filter(|step| !step.is_empty())
                        .and_then(|step| {
                            let days = if answers.review_days == 0 {
                                14
                            } else {
                                answers.review_days
                            };
                            Some(atelier_plugin_api::FollowUp {
                                text: step.to_owned(),
                                due: day_in(self.clock.as_ref(), days)?,
                            })
                        })
                        .into_iter()
                        .collect(),
                }
            })
            .collect();
        let signs: usize = self.saved.answers.values().map(|a| a.signs.len()).sum();
        Outcome {
            summary: self.texts.tr_args(
                "summary",
                &[("count", self.people.len().into()), ("signs", signs.into())],
            ),
            participants,
            // Never fails for this state; if it did, the host keeps the last draft instead.
            record_data: self.save().unwrap_or_default(),
        }
    }
}
