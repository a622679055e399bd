//! Stages with their SMART objectives and reviews, and experiences (work trials, jobs…).

use atelier_plugin_api::{parse_date, text_area, text_field};
use chrono::NaiveDate;
use sessions::{JourneyEdit, Milestone, Objective, Rhythm, Stage};

use super::{JourneyScreen, MILESTONE_KINDS, MilestoneForm, StageForm, lines};
use crate::i18n::I18n;
use crate::{messages, words};

/// The stages; returns the stage whose review is asked for: it is held as the stage review
/// exercise (*bilan d'étape*), one form whose decision closes the stage.
pub(super) fn stages_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
) -> Option<usize> {
    let journey = &mut screen.journey;
    if journey.stages.is_empty() {
        ui.label(i18n.tr("journey-no-stages"));
    }
    let mut start_review = None;
    for (index, stage) in journey.stages.iter().enumerate() {
        crate::gui::theme::card(ui).show(ui, |ui| {
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
        });
    }
    ui.add_space(crate::gui::theme::space::ITEM);
    if screen.stage.open {
        stage_form_ui(ui, i18n, screen, today);
    } else if crate::gui::theme::icon_button(
        ui,
        crate::gui::theme::icons::ICON_ADD,
        &i18n.tr("journey-stage-new"),
    )
    .clicked()
    {
        screen.stage.open = true;
    }
    start_review
}

pub(super) fn stage_form_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
) {
    let form = &mut screen.stage;
    crate::gui::theme::card(ui).show(ui, |ui| {
        ui.strong(i18n.tr("journey-stage-new"));
        text_field(ui, &i18n.tr("journey-stage-title"), &mut form.title);
        ui.weak(i18n.tr("journey-smart-hint"));
        text_field(ui, &i18n.tr("journey-objective"), &mut form.objective);
        text_field(ui, &i18n.tr("journey-objective-measure"), &mut form.measure);
        text_field(ui, &i18n.tr("journey-objective-due"), &mut form.due);
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
        text_area(ui, &i18n.tr("journey-actions"), &mut form.actions);
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("journey-stage-rhythm"));
            let current = form.rhythm.unwrap_or(Rhythm::Weekly);
            atelier_plugin_api::combo_box(ui, "stage-rhythm", words::rhythm(i18n, current), |ui| {
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
        text_field(ui, &i18n.tr("journey-stage-end"), &mut form.planned_end);
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

pub(super) fn milestones_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
) {
    let journey = &mut screen.journey;
    if journey.milestones.is_empty() {
        ui.label(i18n.tr("journey-no-milestones"));
    }
    for m in &journey.milestones {
        ui.label(words::milestone(i18n, m));
    }
    let form = &mut screen.milestone;
    if !form.open {
        if crate::gui::theme::icon_button(
            ui,
            crate::gui::theme::icons::ICON_ADD,
            &i18n.tr("journey-milestone-new"),
        )
        .clicked()
        {
            form.open = true;
        }
        return;
    }
    crate::gui::theme::card(ui).show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("journey-milestone-kind"));
            let kinds: Vec<String> = MILESTONE_KINDS
                .iter()
                .map(|k| words::milestone_kind(i18n, &k()))
                .collect();
            atelier_plugin_api::combo_box(
                ui,
                "milestone-kind",
                kinds.get(form.kind).cloned().unwrap_or_default(),
                |ui| {
                    for (index, kind) in kinds.iter().enumerate() {
                        ui.selectable_value(&mut form.kind, index, kind);
                    }
                },
            )
            .response
            .labelled_by(label.id);
        });
        text_field(ui, &i18n.tr("journey-milestone-title"), &mut form.title);
        text_field(
            ui,
            &i18n.tr("journey-milestone-employer"),
            &mut form.employer,
        );
        text_field(ui, &i18n.tr("journey-milestone-start"), &mut form.start);
        text_field(ui, &i18n.tr("journey-milestone-end"), &mut form.end);
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
