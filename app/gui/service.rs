//! The Service screen: the service's activity over a period, for coordinators — who was
//! supported, the sessions (by mode, activity and month, as a chart), the interventions and the
//! time they took, where people are at the end, the fidelity indicators; every figure says what
//! it counts when hovered; and the exports (printable report, CSV).

use chrono::{Datelike as _, NaiveDate};
use sessions::report::{Period, Report};

use super::ctx::Ctx;
use super::intent::Intent;
use crate::report::{self, Counts};

/// The periods offered in one click.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Preset {
    /// This calendar month, to today.
    Month,
    /// This quarter, to today.
    Quarter,
    /// This year, to today.
    Year,
    /// Two dates typed.
    Dates,
}

impl Preset {
    /// The period this preset means on `today`.
    pub fn period(self, today: NaiveDate) -> Option<Period> {
        let first = |month: u32| NaiveDate::from_ymd_opt(today.year(), month, 1);
        let from = match self {
            Self::Month => first(today.month()),
            Self::Quarter => first((today.month() - 1) / 3 * 3 + 1),
            Self::Year => first(1),
            Self::Dates => return None,
        }?;
        Some(Period { from, to: today })
    }
}

/// What can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Export {
    /// The printable report (HTML).
    Html,
    /// The same in Markdown.
    Markdown,
    /// One row per session.
    SessionsCsv,
    /// One row per person, without names.
    PeopleCsv,
}

/// The Service screen's state: the period and its report.
#[derive(Debug)]
pub(crate) struct ServiceScreen {
    /// Which period button is on.
    pub preset: Preset,
    /// The period shown.
    pub period: Period,
    /// Its figures.
    pub report: Report,
    from: String,
    to: String,
    error: Option<String>,
}

impl ServiceScreen {
    /// The screen of `report`, for `period` chosen by `preset`.
    pub fn new(preset: Preset, period: Period, report: Report) -> Self {
        Self {
            preset,
            period,
            report,
            from: crate::words::date(period.from),
            to: crate::words::date(period.to),
            error: None,
        }
    }

    /// Draws the screen.
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        let mut go = None;
        ui.heading(i18n.tr("report-title"));
        ui.horizontal_wrapped(|ui| {
            for (preset, id) in [
                (Preset::Month, "service-this-month"),
                (Preset::Quarter, "service-this-quarter"),
                (Preset::Year, "service-this-year"),
            ] {
                if ui
                    .selectable_label(self.preset == preset, i18n.tr(id))
                    .clicked()
                    && let Some(period) = preset.period(ctx.now.date_naive())
                {
                    go = Some(Intent::Service(preset, period));
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            atelier_plugin_api::text_field(ui, &i18n.tr("service-from"), &mut self.from);
            atelier_plugin_api::text_field(ui, &i18n.tr("service-to"), &mut self.to);
            if ui.button(i18n.tr("service-show")).clicked() {
                match (
                    atelier_plugin_api::parse_date(&self.from),
                    atelier_plugin_api::parse_date(&self.to),
                ) {
                    (Some(from), Some(to)) if from <= to => {
                        go = Some(Intent::Service(Preset::Dates, Period { from, to }));
                    }
                    _ => self.error = Some(i18n.tr("service-bad-dates")),
                }
            }
        });
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.label(egui::RichText::new(report::period_text(i18n, self.period)).strong());
        if self.report.unreadable_records > 0 {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                i18n.tr_args(
                    "report-unreadable",
                    &[("count", self.report.unreadable_records.into())],
                ),
            );
        }
        ui.add_space(crate::gui::theme::space::ITEM);
        ui.horizontal_wrapped(|ui| {
            ui.label(i18n.tr("service-export"));
            for (export, id) in [
                (Export::Html, "service-export-html"),
                (Export::Markdown, "service-export-md"),
                (Export::SessionsCsv, "service-export-sessions"),
                (Export::PeopleCsv, "service-export-people"),
            ] {
                if crate::gui::theme::icon_button(
                    ui,
                    crate::gui::theme::icons::ICON_DOWNLOAD,
                    &i18n.tr(id),
                )
                .clicked()
                {
                    go = Some(Intent::ExportReport(export));
                }
            }
        });
        // This screen is the service's own: its figures are exact. What leaves it is not.
        ui.weak(i18n.tr("service-exact-note"));
        ui.add_space(crate::gui::theme::space::ITEM);
        let sections = report::figures(i18n, ctx.registry, &self.report, Counts::Exact);
        ui.columns(2, |columns| {
            let [left, right] = columns else { return };
            for (i, section) in sections.iter().enumerate() {
                let ui = if i % 2 == 0 { &mut *left } else { &mut *right };
                crate::gui::theme::section_ui(ui, &section.title);
                egui::Grid::new(("service-section", i))
                    .striped(true)
                    .num_columns(2)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        for figure in &section.figures {
                            ui.label(&figure.label).on_hover_text(&figure.hint);
                            ui.strong(&figure.value).on_hover_text(&figure.hint);
                            ui.end_row();
                        }
                    });
                ui.add_space(crate::gui::theme::space::GROUP);
            }
        });
        self.chart_ui(ui, ctx);
        go
    }

    /// The sessions per month, collective and one-to-one stacked, and the same in words.
    fn chart_ui(&self, ui: &mut egui::Ui, ctx: &Ctx<'_>) {
        let i18n = ctx.i18n;
        crate::gui::theme::section_ui(ui, &i18n.tr("report-chart-title"));
        let months = &self.report.by_month;
        let labels: Vec<String> = months
            .iter()
            .map(|(m, _)| report::month_label(i18n, *m))
            .collect();
        // The two kinds of session in the theme's accent, strong and light.
        let (dark, light) = (ui.visuals().hyperlink_color, ui.visuals().selection.bg_fill);
        let bars = |pick: fn(&sessions::report::MonthSessions) -> usize, color| {
            months
                .iter()
                .enumerate()
                .map(|(i, (_, s))| {
                    egui_plot::Bar::new(i as f64, pick(s) as f64)
                        .width(0.7)
                        .fill(color)
                })
                .collect::<Vec<_>>()
        };
        let collective =
            egui_plot::BarChart::new(i18n.tr("report-collective"), bars(|s| s.collective, dark))
                .color(dark);
        let one =
            egui_plot::BarChart::new(i18n.tr("report-one-to-one"), bars(|s| s.one_to_one, light))
                .color(light)
                .stack_on(&[&collective]);
        egui_plot::Plot::new("service-months")
            .height(220.0)
            .legend(egui_plot::Legend::default().position(egui_plot::Corner::LeftTop))
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .include_y(0.0)
            .x_axis_formatter(move |mark, _range| {
                let i = mark.value.round();
                if (mark.value - i).abs() > 0.01 || i < 0.0 {
                    return String::new();
                }
                labels.get(i as usize).cloned().unwrap_or_default()
            })
            .show(ui, |plot| {
                plot.bar_chart(collective);
                plot.bar_chart(one);
            });
        let words: Vec<String> = months
            .iter()
            .map(|(m, s)| {
                i18n.tr_args(
                    "service-month-words",
                    &[
                        ("month", report::month_label(i18n, *m).into()),
                        ("collective", s.collective.into()),
                        ("one_to_one", s.one_to_one.into()),
                    ],
                )
            })
            .collect();
        ui.weak(words.join(" ; "));
    }
}

impl super::AtelierApp {
    /// Writes the Service screen's report (or a CSV of it) into a folder the person chooses.
    pub(super) fn export_report(&mut self, export: Export) {
        let super::Screen::Service(screen) = &self.screen else {
            return;
        };
        let (period, i18n) = (screen.period, &self.i18n);
        let (text, suffix) = match export {
            Export::Html => (
                report::html(i18n, &self.registry, &screen.report, period),
                "html",
            ),
            Export::Markdown => (
                report::markdown(i18n, &self.registry, &screen.report, period),
                "md",
            ),
            Export::SessionsCsv => (
                report::sessions_csv(i18n, &self.registry, &screen.report),
                "csv",
            ),
            Export::PeopleCsv => (report::people_csv(i18n, &screen.report), "csv"),
        };
        let stem = i18n.tr(match export {
            Export::PeopleCsv => "service-file-people",
            Export::SessionsCsv => "service-file-sessions",
            Export::Html | Export::Markdown => "service-file-report",
        });
        let name = format!(
            "{stem}_{}_{}.{suffix}",
            period.from.format("%Y-%m-%d"),
            period.to.format("%Y-%m-%d")
        );
        let Some((dir, _fallback)) = self.pick_folder() else {
            return;
        };
        let path = dir.join(name);
        match sessions::write_file_atomic(&path, text.as_bytes()) {
            Ok(()) => self.say(
                self.i18n
                    .tr_args("report-written", &[("path", path.as_path().into())]),
            ),
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }
}
