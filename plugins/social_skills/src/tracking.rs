//! The target behaviour's view: define it, add measurements (baseline, then follow-up, by
//! whoever observed), note the techniques and the changes, and the chart of baseline against
//! follow-up — drawn here and in the journey.

use atelier_plugin_api::egui;
use atelier_plugin_api::{
    Translations, date_text, day_number, label_widget, parse_date, text_area as area,
    text_field as field,
};
use chrono::NaiveDate;

use crate::model::{
    Change, ChartData, Domain, MeasureKind, Measurement, Phase, Source, Target, Technique,
    Tracking, Training,
};

/// The form for a new target or a new measurement (not saved in the journey).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Forms {
    domain: Option<Domain>,
    situation: String,
    behaviour: String,
    measure: Option<MeasureKind>,
    unit: String,
    date: String,
    value: String,
    phase: Option<Phase>,
    source: usize,
    other_source: String,
    note: String,
    change: String,
    error: Option<String>,
}

/// A measured value in words: whole numbers without decimals (`3`), others with one (`2.5`).
fn number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// The name of a source, in words.
pub fn source_text(t: &Translations, source: &Source) -> String {
    match source {
        Source::Other(role) if !role.trim().is_empty() => role.clone(),
        other => t.tr(other.message()),
    }
}

/// The changes made to the training, one per line.
pub fn changes_ui(ui: &mut egui::Ui, t: &Translations, target: &Target) {
    for change in &target.changes {
        ui.label(t.tr_args(
            "change-line",
            &[
                ("date", date_text(change.date).into()),
                ("what", change.what.as_str().into()),
            ],
        ));
    }
}

/// The tracking of one person in a session: `today` dates what is added; `techniques` are
/// this session's.
/// Measurements from index `editable_from` on were added in this session and can be removed
/// (a mistyped value); earlier ones are kept as they were.
pub fn tracking_ui(
    ui: &mut egui::Ui,
    t: &Translations,
    tracking: &mut Tracking,
    forms: &mut Forms,
    techniques: &mut Vec<Technique>,
    today: NaiveDate,
    editable_from: usize,
) {
    let Some(target) = &mut tracking.target else {
        if let Some(target) = new_target_ui(ui, t, forms, today) {
            tracking.target = Some(target);
            *forms = Forms::default();
        }
        return;
    };
    summary_ui(ui, t, target);
    ui.add_space(6.0);
    measurement_form_ui(ui, t, target, forms, today, editable_from);
    ui.add_space(6.0);
    ui.strong(t.tr("techniques-title"));
    ui.horizontal_wrapped(|ui| {
        for technique in Technique::ALL {
            let mut used = techniques.contains(&technique);
            if ui.checkbox(&mut used, t.tr(technique.message())).changed() {
                if used {
                    techniques.push(technique);
                    techniques.sort();
                } else {
                    techniques.retain(|x| *x != technique);
                }
                log_training(target, techniques, today);
            }
        }
    });
    ui.add_space(6.0);
    ui.strong(t.tr("change-title"));
    changes_ui(ui, t, target);
    ui.horizontal(|ui| {
        field(ui, &t.tr("change-what"), &mut forms.change);
        if ui.button(t.tr("change-add")).clicked() && !forms.change.trim().is_empty() {
            target.changes.push(Change {
                date: today,
                what: std::mem::take(&mut forms.change).trim().to_owned(),
            });
        }
    });
    area(ui, &t.tr("generalisation"), &mut target.generalisation);
    area(ui, &t.tr("fading"), &mut target.fading);
    ui.add_space(6.0);
    chart_ui(ui, t, target, "session");
    ui.add_space(6.0);
    if ui.button(t.tr("target-close")).clicked()
        && let Some(target) = tracking.target.take()
    {
        tracking.earlier.push(target);
    }
}

/// Records this session's techniques in the target (one entry per day).
fn log_training(target: &mut Target, techniques: &[Technique], today: NaiveDate) {
    target.trainings.retain(|training| training.date != today);
    if !techniques.is_empty() {
        target.trainings.push(Training {
            date: today,
            techniques: techniques.to_vec(),
        });
    }
}

fn new_target_ui(
    ui: &mut egui::Ui,
    t: &Translations,
    forms: &mut Forms,
    today: NaiveDate,
) -> Option<Target> {
    ui.strong(t.tr("target-new"));
    ui.horizontal(|ui| {
        let label = ui.label(t.tr("domain-label"));
        atelier_plugin_api::combo_box(
            ui,
            "sst-domain",
            forms.domain.map(|d| t.tr(d.message())).unwrap_or_default(),
            |ui| {
                for domain in Domain::ALL {
                    ui.selectable_value(&mut forms.domain, Some(domain), t.tr(domain.message()));
                }
            },
        )
        .response
        .labelled_by(label.id);
    });
    area(ui, &t.tr("target-situation"), &mut forms.situation);
    area(ui, &t.tr("target-behaviour"), &mut forms.behaviour);
    ui.weak(t.tr("target-behaviour-hint"));
    ui.horizontal(|ui| {
        let label = ui.label(t.tr("measure-label"));
        atelier_plugin_api::combo_box(
            ui,
            "sst-measure",
            t.tr(forms.measure.unwrap_or(MeasureKind::Count).message()),
            |ui| {
                for kind in MeasureKind::ALL {
                    ui.selectable_value(&mut forms.measure, Some(kind), t.tr(kind.message()));
                }
            },
        )
        .response
        .labelled_by(label.id);
    });
    if forms.measure.unwrap_or(MeasureKind::Count) == MeasureKind::Count {
        field(ui, &t.tr("unit-label"), &mut forms.unit);
        ui.weak(t.tr("unit-hint"));
    }
    if let Some(error) = &forms.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    if !ui.button(t.tr("target-start")).clicked() {
        return None;
    }
    let (Some(domain), false, false) = (
        forms.domain,
        forms.situation.trim().is_empty(),
        forms.behaviour.trim().is_empty(),
    ) else {
        forms.error = Some(t.tr("target-missing"));
        return None;
    };
    let measure = forms.measure.unwrap_or(MeasureKind::Count);
    Some(Target {
        domain,
        situation: forms.situation.trim().to_owned(),
        behaviour: forms.behaviour.trim().to_owned(),
        measure,
        unit: if measure == MeasureKind::Count {
            forms.unit.trim().to_owned()
        } else {
            String::new()
        },
        started: today,
        measurements: Vec::new(),
        changes: Vec::new(),
        trainings: Vec::new(),
        generalisation: String::new(),
        fading: String::new(),
    })
}

/// The target in a few lines, with where the baseline and follow-up stand.
pub fn summary_ui(ui: &mut egui::Ui, t: &Translations, target: &Target) {
    ui.strong(t.tr_args(
        "target-summary",
        &[
            ("domain", t.tr(target.domain.message()).into()),
            ("behaviour", target.behaviour.as_str().into()),
        ],
    ));
    ui.label(&target.situation);
    ui.label(t.tr_args(
        "target-measure",
        &[
            ("measure", t.tr(target.measure.message()).into()),
            ("unit", target.unit.as_str().into()),
        ],
    ));
    ui.weak(t.tr_args(
        "target-since",
        &[("date", date_text(target.started).into())],
    ));
    let days = target.baseline_days();
    if days >= crate::model::BASELINE_OCCASIONS {
        ui.label(t.tr("baseline-done"));
    } else {
        ui.label(t.tr_args("baseline-progress", &[("days", days.into())]));
    }
    if !target.follow_up().is_empty() {
        let days = target.follow_up_days();
        let id = if days >= crate::model::FOLLOW_UP_DAYS {
            "follow-up-done"
        } else {
            "follow-up-progress"
        };
        ui.label(t.tr_args(id, &[("days", usize::try_from(days).unwrap_or(0).into())]));
    }
}

fn measurement_form_ui(
    ui: &mut egui::Ui,
    t: &Translations,
    target: &mut Target,
    forms: &mut Forms,
    today: NaiveDate,
    editable_from: usize,
) {
    ui.strong(t.tr("measure-new"));
    if forms.date.is_empty() {
        forms.date = date_text(today);
    }
    let phase = forms.phase.unwrap_or_else(|| target.next_phase());
    ui.horizontal_wrapped(|ui| {
        field(ui, &t.tr("measure-date"), &mut forms.date);
        field(ui, &t.tr("measure-value"), &mut forms.value);
    });
    ui.horizontal(|ui| {
        let options = [
            (Phase::Baseline, t.tr("phase-baseline")),
            (Phase::FollowUp, t.tr("phase-follow-up")),
        ];
        let mut chosen = phase;
        if atelier_plugin_api::radio_group(ui, &mut chosen, &options) {
            forms.phase = Some(chosen);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(t.tr("source-label"));
        let mut names: Vec<String> = Source::LISTED.iter().map(|s| t.tr(s.message())).collect();
        names.push(t.tr("source-other"));
        atelier_plugin_api::combo_box(
            ui,
            "sst-source",
            names.get(forms.source).cloned().unwrap_or_default(),
            |ui| {
                for (index, name) in names.iter().enumerate() {
                    ui.selectable_value(&mut forms.source, index, name);
                }
            },
        )
        .response
        .labelled_by(label.id);
    });
    if forms.source >= Source::LISTED.len() {
        field(ui, &t.tr("source-other-role"), &mut forms.other_source);
    }
    field(ui, &t.tr("measure-note"), &mut forms.note);
    if let Some(error) = &forms.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    if ui.button(t.tr("measure-add")).clicked() {
        let value = forms.value.trim().replace(',', ".").parse::<f64>().ok();
        match (parse_date(&forms.date), value) {
            (None, _) => forms.error = Some(t.tr("measure-bad-date")),
            (_, None) => forms.error = Some(t.tr("measure-bad-value")),
            (Some(_), Some(value)) if !target.measure.accepts(value) => {
                forms.error = Some(t.tr("measure-bad-value"));
            }
            (Some(date), Some(value)) => {
                let source = Source::LISTED
                    .get(forms.source)
                    .cloned()
                    .unwrap_or_else(|| Source::Other(forms.other_source.trim().to_owned()));
                target.measurements.push(Measurement {
                    date,
                    value,
                    phase,
                    source,
                    note: forms.note.trim().to_owned(),
                });
                forms.value.clear();
                forms.note.clear();
                forms.phase = None;
                forms.error = None;
            }
        }
    }
    let mut list: Vec<(usize, &Measurement)> = target.measurements.iter().enumerate().collect();
    list.sort_by_key(|(_, m)| m.date);
    let mut remove = None;
    for (index, m) in list {
        let mut line = t.tr_args(
            "measure-line",
            &[
                ("date", date_text(m.date).into()),
                (
                    "phase",
                    t.tr(match m.phase {
                        Phase::Baseline => "phase-baseline",
                        Phase::FollowUp => "phase-follow-up",
                    })
                    .into(),
                ),
                ("value", number(m.value).into()),
                ("source", source_text(t, &m.source).into()),
            ],
        );
        if !m.note.is_empty() {
            line.push_str(" · ");
            line.push_str(&m.note);
        }
        ui.horizontal(|ui| {
            ui.label(line);
            if index >= editable_from {
                let button = ui.small_button(t.tr("measure-remove"));
                label_widget(
                    ui,
                    &button,
                    &t.tr_args(
                        "measure-remove-label",
                        &[
                            ("date", date_text(m.date).into()),
                            ("value", number(m.value).into()),
                        ],
                    ),
                );
                if button.clicked() {
                    remove = Some(index);
                }
            }
        });
    }
    if let Some(index) = remove {
        target.measurements.remove(index);
    }
}

/// The chart's values in words, for screen readers and tests.
pub fn chart_words(t: &Translations, chart: &ChartData) -> String {
    let list = |points: &[(NaiveDate, f64)]| {
        if points.is_empty() {
            return t.tr("chart-none");
        }
        points
            .iter()
            .map(|(date, value)| format!("{} ({})", number(*value), date.format("%d/%m")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    t.tr_args(
        "chart-words",
        &[
            ("baseline", list(&chart.baseline).into()),
            ("follow", list(&chart.follow_up).into()),
        ],
    )
}

/// The chart of baseline against follow-up, with the baseline's mean and each change marked.
pub fn chart_ui(ui: &mut egui::Ui, t: &Translations, target: &Target, salt: &str) {
    let chart = target.chart();
    ui.strong(t.tr("chart-title"));
    let visuals = ui.visuals();
    let baseline_color = visuals.text_color();
    let follow_color = visuals.hyperlink_color;
    let change_color = visuals.warn_fg_color;
    // The legend above the chart, never over the points.
    ui.horizontal_wrapped(|ui| {
        legend_item(ui, baseline_color, Mark::Square, &t.tr("chart-baseline"));
        legend_item(ui, follow_color, Mark::Dot, &t.tr("chart-follow-up"));
        legend_item(ui, baseline_color, Mark::Dashes, &t.tr("chart-mean"));
        if !chart.baseline.is_empty() && !chart.follow_up.is_empty() {
            legend_item(
                ui,
                baseline_color,
                Mark::Upright,
                &t.tr("chart-phase-change"),
            );
        }
        if !chart.changes.is_empty() {
            legend_item(ui, change_color, Mark::Upright, &t.tr("chart-change"));
        }
    });
    let to_points = |points: &[(NaiveDate, f64)]| -> Vec<[f64; 2]> {
        points.iter().map(|(d, v)| [day_number(*d), *v]).collect()
    };
    let baseline = to_points(&chart.baseline);
    let follow = to_points(&chart.follow_up);
    let unit = match target.measure {
        MeasureKind::Count if !target.unit.trim().is_empty() => t.tr_args(
            "chart-unit-count-per",
            &[("unit", atelier_plugin_api::clause(&target.unit).into())],
        ),
        MeasureKind::Count => t.tr("chart-unit-count"),
        MeasureKind::Percent => t.tr("chart-unit-percent"),
        MeasureKind::Rating => t.tr("chart-unit-rating"),
    };
    // The unit above the chart, whole: turned along the axis it was cut at the chart's height.
    ui.weak(unit);
    let mut plot = egui_plot::Plot::new(("sst-chart", salt))
        .height(200.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(chart.range.0)
        .x_axis_formatter(|mark, _| atelier_plugin_api::date_axis_label(mark.value))
        // Labels at days, weeks or months that fit the range, never cut at an edge.
        .x_grid_spacer(|input| {
            let (marks, step) = atelier_plugin_api::date_marks(input.bounds.0, input.bounds.1, 6);
            marks
                .into_iter()
                .map(|value| egui_plot::GridMark {
                    value,
                    step_size: step,
                })
                .collect()
        });
    if let Some(high) = chart.range.1 {
        plot = plot.include_y(high);
    }
    let all: Vec<f64> = baseline.iter().chain(&follow).map(|p| p[0]).collect();
    if let (Some(first), Some(last)) = (
        all.iter().copied().reduce(f64::min),
        all.iter().copied().reduce(f64::max),
    ) {
        plot = plot
            .include_x(first - 2.0)
            .include_x(last.max(first + 14.0) + 2.0);
    }
    // Where the baseline ends and the follow-up starts: a line between the two phases.
    let phase_change = match (baseline.last(), follow.first()) {
        (Some(last), Some(first)) => Some(f64::midpoint(last[0], first[0])),
        _ => None,
    };
    plot.show(ui, |plot_ui| {
        plot_ui.points(
            egui_plot::Points::new(t.tr("chart-baseline"), baseline.clone())
                .color(baseline_color)
                .radius(6.0)
                .shape(egui_plot::MarkerShape::Square),
        );
        plot_ui.line(
            egui_plot::Line::new(t.tr("chart-follow-up"), follow.clone())
                .color(follow_color)
                .width(2.5),
        );
        plot_ui.points(
            egui_plot::Points::new(t.tr("chart-follow-up"), follow)
                .color(follow_color)
                .radius(5.0),
        );
        // The baseline's mean over the baseline only, then carried on faintly for comparison.
        if let (Some(mean), Some(first), Some(last)) =
            (chart.baseline_mean, baseline.first(), baseline.last())
        {
            plot_ui.line(
                egui_plot::Line::new(t.tr("chart-mean"), vec![[first[0], mean], [last[0], mean]])
                    .color(baseline_color)
                    .style(egui_plot::LineStyle::dashed_loose()),
            );
            if let Some(change) = phase_change {
                plot_ui.line(
                    egui_plot::Line::new(
                        t.tr("chart-mean"),
                        vec![[change, mean], [change + 30.0, mean]],
                    )
                    .color(baseline_color.gamma_multiply(0.4))
                    .style(egui_plot::LineStyle::dotted_dense()),
                );
            }
        }
        if let Some(change) = phase_change {
            plot_ui.vline(
                egui_plot::VLine::new(t.tr("chart-phase-change"), change)
                    .color(baseline_color)
                    .width(1.5),
            );
        }
        for (date, _) in &chart.changes {
            plot_ui.vline(
                egui_plot::VLine::new(t.tr("chart-change"), day_number(*date))
                    .color(change_color)
                    .style(egui_plot::LineStyle::dashed_dense()),
            );
        }
    });
    ui.weak(chart_words(t, &chart));
}

/// How a series is drawn, for its legend.
#[derive(Clone, Copy)]
enum Mark {
    Square,
    Dot,
    Dashes,
    Upright,
}

/// One legend entry: the series' mark drawn in its colour, then its name.
fn legend_item(ui: &mut egui::Ui, color: egui::Color32, mark: Mark, text: &str) {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter();
    let c = rect.center();
    let stroke = egui::Stroke::new(2.0, color);
    match mark {
        Mark::Square => {
            painter.rect_filled(
                egui::Rect::from_center_size(c, egui::vec2(10.0, 10.0)),
                0.0,
                color,
            );
        }
        Mark::Dot => {
            painter.circle_filled(c, 5.0, color);
        }
        Mark::Dashes => {
            for dx in [-6.0, 2.0] {
                painter.line_segment(
                    [c + egui::vec2(dx, 0.0), c + egui::vec2(dx + 4.0, 0.0)],
                    stroke,
                );
            }
        }
        Mark::Upright => {
            painter.line_segment([c - egui::vec2(0.0, 7.0), c + egui::vec2(0.0, 7.0)], stroke);
        }
    }
    ui.label(text);
    ui.add_space(8.0);
}
