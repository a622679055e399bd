//! Progress charts of a journey: one chart per series an activity contributes (the miracle
//! question's 0–10 scale, a target behaviour's measurements…), drawn with `egui_plot` over
//! the sessions' dates, each followed by its values in words for screen readers.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sessions::Journey;

use crate::i18n::I18n;
use crate::plugins::ActivityRegistry;
use crate::words;

/// One series' values over time, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The activity that contributes it.
    pub activity: String,
    /// The series' key within the activity.
    pub key: String,
    /// (date, value), oldest first.
    pub points: Vec<(NaiveDate, f64)>,
}

/// Every series in the journey's timeline, optionally only one activity's.
pub fn series(journey: &Journey, activity: Option<&str>) -> Vec<Series> {
    let mut by_key: BTreeMap<(&str, &str), Vec<(NaiveDate, f64)>> = BTreeMap::new();
    for link in &journey.timeline {
        if activity.is_some_and(|a| a != link.activity) {
            continue;
        }
        for point in &link.progress {
            if point.value.is_finite() {
                by_key
                    .entry((link.activity.as_str(), point.series.as_str()))
                    .or_default()
                    .push((link.date.date_naive(), point.value));
            }
        }
    }
    by_key
        .into_iter()
        .map(|((activity, key), mut points)| {
            points.sort_by_key(|(date, _)| *date);
            Series {
                activity: activity.to_owned(),
                key: key.to_owned(),
                points,
            }
        })
        .collect()
}

/// The series' values in words: "4 on 02/10/2026, 6 on 19/11/2026".
pub fn in_words(i18n: &I18n, series: &Series) -> String {
    series
        .points
        .iter()
        .map(|(date, value)| {
            i18n.tr_args(
                "chart-point",
                &[
                    ("value", format!("{value}").into()),
                    ("date", words::date(*date).into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Draws every chart of the journey (or of one activity).
/// Names a chart for screen readers, which meet it by its title and read the values said in
/// words beside it (`words`) as its description.
pub(crate) fn name_chart(
    ui: &egui::Ui,
    chart: &egui::Response,
    i18n: &I18n,
    title: &str,
    words: &str,
) {
    atelier_plugin_api::label_widget(
        ui,
        chart,
        &i18n.tr_args("chart-named", &[("title", title.into())]),
    );
    ui.ctx()
        .accesskit_node_builder(chart.id, |node| node.set_description(words));
}

pub fn charts_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    registry: &ActivityRegistry,
    journey: &Journey,
    activity: Option<&str>,
) {
    let all = series(journey, activity);
    if all.is_empty() {
        return;
    }
    ui.strong(i18n.tr("chart-title"));
    let locale = i18n.locale();
    for series in &all {
        let desc = registry.get(&series.activity).and_then(|a| {
            a.descriptor
                .charts
                .iter()
                .find(|c| c.key == series.key)
                .cloned()
        });
        let name = desc
            .as_ref()
            .map_or_else(|| series.key.clone(), |d| d.name.get(locale).to_owned());
        let title = format!("{} — {name}", registry.name(&series.activity, i18n));
        ui.label(&title);
        let points: Vec<[f64; 2]> = series
            .points
            .iter()
            .map(|(date, value)| [atelier_plugin_api::day_number(*date), *value])
            .collect();
        let mut plot = egui_plot::Plot::new(("journey-chart", &series.activity, &series.key))
            .height(180.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .show_x(false)
            .x_axis_formatter(|mark, _range| atelier_plugin_api::date_axis_label(mark.value))
            // Labels at days, weeks or months that fit the range, never cut at an edge.
            .x_grid_spacer(|input| {
                let (marks, step) =
                    atelier_plugin_api::date_marks(input.bounds.0, input.bounds.1, 6);
                marks
                    .into_iter()
                    .map(|value| egui_plot::GridMark {
                        value,
                        step_size: step,
                    })
                    .collect()
            });
        if let Some(desc) = &desc {
            plot = plot.include_y(desc.range.0).include_y(desc.range.1);
        }
        if let (Some(first), Some(last)) = (points.first(), points.last()) {
            // A little room either side, and at least a week so one point is not alone.
            plot = plot
                .include_x(first[0] - 3.0)
                .include_x(last[0].max(first[0] + 7.0) + 3.0);
        }
        let color = ui.visuals().hyperlink_color;
        let shown = plot.show(ui, |plot_ui| {
            plot_ui.line(
                egui_plot::Line::new(name.clone(), points.clone())
                    .color(color)
                    .width(2.5),
            );
            plot_ui.points(
                egui_plot::Points::new(name.clone(), points)
                    .color(color)
                    .radius(5.0)
                    .shape(egui_plot::MarkerShape::Circle),
            );
        });
        let words = i18n.tr_args("chart-values", &[("values", in_words(i18n, series).into())]);
        name_chart(ui, &shown.response, i18n, &title, &words);
        ui.weak(words);
        ui.add_space(crate::gui::theme::space::ITEM);
    }
}
