//! The Service screen: the service's activity over a period, for coordinators — who was
//! supported, the sessions (by mode, activity and month, as a chart), the interventions and the
//! time they took, where people are at the end, the fidelity indicators; every figure says what
//! it counts when hovered; and the exports (printable report, CSV).

use chrono::{Datelike as _, NaiveDate};
use sessions::report::{Period, Report};
use sessions::service::{ServiceTime, ServiceTimeKind};

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
    /// The fidelity review's whole grid, printable (HTML).
    FidelityGrid,
}

/// The Service screen's state: the period and its report.
#[derive(Debug)]
pub(crate) struct ServiceScreen {
    /// Which period button is on.
    pub preset: Preset,
    /// The period shown.
    pub period: Period,
    /// Its figures, as kept (a frozen year's frozen ones).
    pub report: Report,
    /// For a whole calendar year: frozen or not, and the figures recomputed now.
    pub year: Option<report::YearFigures>,
    /// The figures recomputed now are shown instead of the frozen ones.
    show_recomputed: bool,
    /// The time the service spent without a person during the period.
    time: Vec<ServiceTime>,
    time_form: TimeForm,
    /// The fidelity review of the period's year.
    pub review: super::fidelity::FidelityReview,
    from: String,
    to: String,
    error: Option<String>,
}

/// The form to note time spent without a person.
#[derive(Debug, Default)]
struct TimeForm {
    date: String,
    kind: Option<ServiceTimeKind>,
    minutes: String,
    subject: String,
    error: Option<String>,
}

impl ServiceScreen {
    /// The screen of `report`, for `period` chosen by `preset`.
    pub fn new(preset: Preset, period: Period, report: Report) -> Self {
        Self {
            preset,
            period,
            report,
            year: None,
            show_recomputed: false,
            time: Vec::new(),
            time_form: TimeForm::default(),
            review: super::fidelity::FidelityReview::new(period.to.year(), Default::default()),
            from: crate::words::date(period.from),
            to: crate::words::date(period.to),
            error: None,
        }
    }

    /// With what is known of the period's year (a whole calendar year), the time spent
    /// without a person and the fidelity review of the period's last year.
    pub fn with_service(
        mut self,
        year: Option<report::YearFigures>,
        time: Vec<ServiceTime>,
        review: std::collections::BTreeMap<String, sessions::fidelity::ItemAnswer>,
    ) -> Self {
        self.year = year;
        self.time = time;
        self.review = super::fidelity::FidelityReview::new(self.period.to.year(), review);
        self
    }

    /// The figures on screen: the frozen ones, or those recomputed now when asked.
    fn shown(&self) -> &Report {
        match &self.year {
            Some(year) if self.show_recomputed => &year.recomputed,
            _ => &self.report,
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
        go = self.year_ui(ui, ctx).or(go);
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
        let sections = report::figures(i18n, ctx.registry, self.shown(), Counts::Exact);
        ui.columns(2, |columns| {
            let [left, right] = columns else { return };
            for (i, section) in sections.iter().enumerate() {
                let ui = if i % 2 == 0 { &mut *left } else { &mut *right };
                crate::gui::theme::section_ui(ui, &section.title);
                // Long names and values wrap within their column, never over the next one.
                let width = ui.available_width() - 24.0;
                let cell = |ui: &mut egui::Ui, share: f32, text: egui::RichText, hint: &str| {
                    ui.scope(|ui| {
                        ui.set_max_width(width * share);
                        ui.add(egui::Label::new(text).wrap()).on_hover_text(hint);
                    });
                };
                egui::Grid::new(("service-section", i))
                    .striped(true)
                    .num_columns(2)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        for figure in &section.figures {
                            cell(ui, 0.62, egui::RichText::new(&figure.label), &figure.hint);
                            cell(
                                ui,
                                0.38,
                                egui::RichText::new(&figure.value).strong(),
                                &figure.hint,
                            );
                            ui.end_row();
                        }
                    });
                ui.add_space(crate::gui::theme::space::GROUP);
            }
        });
        self.chart_ui(ui, ctx);
        ui.add_space(crate::gui::theme::space::GROUP);
        go = self.time_ui(ui, ctx).or(go);
        ui.add_space(crate::gui::theme::space::GROUP);
        let frozen =
            self.year.as_ref().is_some_and(|y| y.frozen_on.is_some()) && !self.show_recomputed;
        let shown = match &self.year {
            Some(year) if self.show_recomputed => &year.recomputed,
            _ => &self.report,
        };
        go = self.review.ui(ui, ctx, shown, self.period, frozen).or(go);
        go
    }

    /// A whole year's figures: frozen on a day (and whether they differ now), or the button to
    /// freeze a past year's.
    fn year_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        let year = self.year.as_ref()?;
        if let Some(note) = report::year_note(i18n, year) {
            if year.differs || year.frozen_on.is_none() {
                ui.colored_label(ui.visuals().warn_fg_color, note);
            } else {
                ui.label(note);
            }
        }
        let mut go = None;
        if year.frozen_on.is_some() {
            if year.differs {
                ui.checkbox(
                    &mut self.show_recomputed,
                    i18n.tr("service-show-recomputed"),
                );
            }
        } else if year.year < ctx.now.date_naive().year() {
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button(
                        i18n.tr_args("service-freeze", &[("year", year.year.to_string().into())]),
                    )
                    .clicked()
                {
                    go = Some(Intent::FreezeYear);
                }
                ui.weak(i18n.tr("service-freeze-why"));
            });
        }
        go
    }

    /// The time spent without a person during the period, and the form to note more.
    fn time_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        crate::gui::theme::section_ui(ui, &i18n.tr("service-time-title"));
        ui.weak(i18n.tr("service-time-hint"));
        if self.time.is_empty() {
            ui.label(i18n.tr("service-time-none"));
        }
        for entry in &self.time {
            let mut line = i18n.tr_args(
                "service-time-line",
                &[
                    ("date", crate::words::date(entry.date).into()),
                    ("kind", report::service_time_name(i18n, entry.kind).into()),
                    ("minutes", entry.minutes.to_string().into()),
                ],
            );
            if !entry.subject.is_empty() {
                line.push_str(" · ");
                line.push_str(&entry.subject);
            }
            ui.label(line);
        }
        let form = &mut self.time_form;
        if form.date.is_empty() {
            form.date = crate::words::date(ctx.now.date_naive());
        }
        let mut go = None;
        crate::gui::theme::card(ui).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                atelier_plugin_api::text_field(ui, &i18n.tr("service-time-date"), &mut form.date);
                let label = ui.label(i18n.tr("service-time-kind"));
                atelier_plugin_api::combo_box(
                    ui,
                    "service-time-kind",
                    form.kind.map_or_else(
                        || i18n.tr("service-time-kind-choose"),
                        |k| report::service_time_name(i18n, k),
                    ),
                    |ui| {
                        for kind in ServiceTimeKind::ALL {
                            ui.selectable_value(
                                &mut form.kind,
                                Some(kind),
                                report::service_time_name(i18n, kind),
                            );
                        }
                    },
                )
                .response
                .labelled_by(label.id);
                atelier_plugin_api::text_field(
                    ui,
                    &i18n.tr("service-time-minutes"),
                    &mut form.minutes,
                );
            });
            atelier_plugin_api::text_field(ui, &i18n.tr("service-time-subject"), &mut form.subject);
            if let Some(error) = &form.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            if ui.button(i18n.tr("service-time-add")).clicked() {
                let date = atelier_plugin_api::parse_date(&form.date)
                    .filter(|d| *d <= ctx.now.date_naive());
                let minutes = form
                    .minutes
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|m| (1..=24 * 60).contains(m));
                match (date, form.kind, minutes) {
                    (None, ..) => form.error = Some(i18n.tr("service-time-bad-date")),
                    (_, None, _) => form.error = Some(i18n.tr("service-time-no-kind")),
                    (_, _, None) => form.error = Some(i18n.tr("service-time-bad-minutes")),
                    (Some(date), Some(kind), Some(minutes)) => {
                        go = Some(Intent::AddServiceTime(ServiceTime {
                            date,
                            kind,
                            minutes,
                            subject: form.subject.trim().to_owned(),
                            recorded_by: String::new(),
                        }));
                        *form = TimeForm::default();
                    }
                }
            }
        });
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
        let shown = egui_plot::Plot::new("service-months")
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
        let words = words.join(" ; ");
        let title = i18n.tr("report-chart-title");
        crate::gui::charts::name_chart(ui, &shown.response, i18n, &title, &words);
        ui.weak(words);
    }
}

impl super::AtelierApp {
    /// Writes the Service screen's report (or a CSV of it) into a folder the person chooses.
    pub(super) fn export_report(&mut self, export: Export) {
        let super::Screen::Service(screen) = &self.screen else {
            return;
        };
        let period = screen.period;
        // A past year's printed report freezes its figures: what was sent stays reproducible.
        let mut kept = None;
        // (Only a whole calendar year has figures to freeze: any other period's are on screen.)
        if matches!(export, Export::Html | Export::Markdown)
            && sessions::service::whole_year(period).is_some()
            && let Some(store) = &self.store
        {
            let today = self.now().date_naive();
            let (report, year, failed) = report::kept_report(store, period, today, true);
            if let Some(error) = failed {
                self.warn(crate::messages::store_error(&self.i18n, &error));
                return;
            }
            kept = Some((report, year));
        }
        let i18n = &self.i18n;
        let super::Screen::Service(screen) = &mut self.screen else {
            return;
        };
        if let Some((report, year)) = kept {
            screen.report = report;
            screen.year = year;
        }
        let recomputed = screen
            .year
            .as_ref()
            .map_or(&screen.report, |y| &y.recomputed);
        let (text, suffix) = match export {
            Export::Html => (
                report::html(i18n, &self.registry, &screen.report, period),
                "html",
            ),
            Export::Markdown => (
                report::markdown(i18n, &self.registry, &screen.report, period),
                "md",
            ),
            // Row by row: from the data as it is now.
            Export::SessionsCsv => (
                report::sessions_csv(i18n, &self.registry, recomputed),
                "csv",
            ),
            Export::PeopleCsv => (report::people_csv(i18n, recomputed), "csv"),
            Export::FidelityGrid => (
                report::fidelity_html(
                    i18n,
                    &screen.review.rows(screen.shown()),
                    period,
                    screen.review.year,
                ),
                "html",
            ),
        };
        let stem = i18n.tr(match export {
            Export::PeopleCsv => "service-file-people",
            Export::SessionsCsv => "service-file-sessions",
            Export::FidelityGrid => "fidelity-file",
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
            Ok(()) => self.say_written(
                self.i18n
                    .tr_args("report-written", &[("path", path.as_path().into())]),
            ),
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }

    /// Notes time the service spent without a person, then shows the screen again.
    pub(super) fn add_service_time(&mut self, time: ServiceTime) {
        let super::Screen::Service(screen) = &self.screen else {
            return;
        };
        let (preset, period) = (screen.preset, screen.period);
        let Some(store) = &self.store else {
            return;
        };
        let mut time = time;
        time.recorded_by.clone_from(&self.settings.facilitator);
        match store.add_service_time(time) {
            Ok(()) => {
                self.apply(Intent::Service(preset, period));
                let text = self.i18n.tr("service-time-added");
                self.say(text);
            }
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }

    /// Keeps the team's score of fidelity item `id` for `year`, and shows it.
    pub(super) fn save_fidelity_answer(
        &mut self,
        year: i32,
        id: &'static str,
        score: Option<u8>,
        note: String,
    ) {
        let Some(store) = &self.store else {
            return;
        };
        let answer = sessions::fidelity::ItemAnswer {
            score,
            note,
            by: self.settings.facilitator.clone(),
            on: self.now().date_naive(),
        };
        match store.set_fidelity_answer(year, id, answer) {
            Ok(file) => {
                if let super::Screen::Service(screen) = &mut self.screen {
                    screen.review.saved(id, file.review.get(id).cloned());
                }
                let text = self.i18n.tr_args("fidelity-saved", &[("id", id.into())]);
                self.say(text);
            }
            Err(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }

    /// Freezes the Service screen's year's figures as they are now, then shows them.
    pub(super) fn freeze_year(&mut self) {
        let super::Screen::Service(screen) = &self.screen else {
            return;
        };
        let (preset, period) = (screen.preset, screen.period);
        let Some(store) = &self.store else {
            return;
        };
        let (_, _, failed) = report::kept_report(store, period, self.now().date_naive(), true);
        match failed {
            None => self.apply(Intent::Service(preset, period)),
            Some(error) => self.warn(crate::messages::store_error(&self.i18n, &error)),
        }
    }
}
