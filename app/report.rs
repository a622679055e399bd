//! The service's report as people read it: the figures with their names and what each counts
//! ([`figures`], shared by the Service screen and the exports), the printable report in HTML and
//! Markdown laid out like a section of an activity report (*bilan d'activité*), and the CSV
//! exports (one row per session; one row per person with an anonymous code).
//!
//! Exports never hold a name, a first name or a note, and show counts of 1 or 2 as "< 3":
//! small groups identify people. The screen shows exact figures.

use std::fmt::Write as _;

use sessions::ContactKind;
use sessions::report::{ExitKind, Intervention, Period, Report, Situation};

use crate::i18n::I18n;
use crate::plugins::ActivityRegistry;
use crate::printable::escape;

/// How counts are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    /// As they are (the screen).
    Exact,
    /// 1 and 2 as "< 3" (every export).
    Masked,
}

impl Counts {
    /// `n` as this shows counts.
    pub fn show(self, n: usize) -> String {
        match (self, n) {
            (Self::Masked, 1 | 2) => String::from("< 3"),
            _ => n.to_string(),
        }
    }
}

/// One line of a table: what, how many, and what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Its name.
    pub label: String,
    /// Its value, as shown.
    pub value: String,
    /// What it counts, in a sentence (shown when hovered, and under the tables of an export).
    pub hint: String,
}

/// A titled table of figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Its title.
    pub title: String,
    /// Its lines.
    pub figures: Vec<Figure>,
}

/// The start of a line that details the one above it (a reason of exit, an activity).
const SUB: &str = "· ";

/// A number with one decimal, written as the language writes it (1,5 in French).
fn decimal(i18n: &I18n, value: f64) -> String {
    let text = format!("{value:.1}");
    match i18n.locale() {
        crate::i18n::Locale::Fr => text.replace('.', ","),
        crate::i18n::Locale::En => text,
    }
}

fn hours(minutes: i64) -> String {
    format!("{} h {:02}", minutes / 60, minutes % 60)
}

/// The name of a kind of contact.
pub fn contact_name(i18n: &I18n, kind: ContactKind) -> String {
    crate::gui::journey::CONTACT_KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, id)| i18n.tr(id))
        .unwrap_or_default()
}

/// The name of a kind of time spent without a person.
pub fn service_time_name(i18n: &I18n, kind: sessions::service::ServiceTimeKind) -> String {
    use sessions::service::ServiceTimeKind as K;
    i18n.tr(match kind {
        K::TeamMeeting => "service-time-team",
        K::Committee => "service-time-committee",
        K::PartnerMeeting => "service-time-partners",
        K::Training => "service-time-training",
        K::Other => "service-time-other",
    })
}

fn exit_id(kind: ExitKind) -> &'static str {
    match kind {
        ExitKind::PersonRequest => "report-exit-request",
        ExitKind::StableJob => "report-exit-job",
        ExitKind::MovedAway => "report-exit-moved",
        ExitKind::Health => "report-exit-health",
        ExitKind::LostContact => "report-exit-lost",
        ExitKind::Other => "report-exit-other",
    }
}

fn situation_id(situation: Situation) -> &'static str {
    match situation {
        Situation::Job => "report-situation-job",
        Situation::PlacementOrTraining => "report-situation-placement",
        Situation::Volunteering => "report-situation-volunteering",
        Situation::ProjectInProgress => "report-situation-project",
    }
}

/// Every table of the report, in order: people, sessions, interventions, situations,
/// fidelity.
pub fn figures(
    i18n: &I18n,
    registry: &ActivityRegistry,
    report: &Report,
    counts: Counts,
) -> Vec<Section> {
    let n = |value: usize| counts.show(value);
    let figure = |id: &str, value: String| Figure {
        label: i18n.tr(id),
        value,
        hint: i18n.tr(&format!("{id}-hint")),
    };
    let mut people = vec![
        figure("report-caseload", n(report.caseload)),
        figure("report-new", n(report.new_journeys)),
        figure("report-re-entries", n(report.re_entries)),
        figure("report-exits", n(report.exits.values().sum())),
        figure("report-on-hold", n(report.on_hold)),
    ];
    for (kind, count) in &report.exits {
        people.push(Figure {
            label: format!("{SUB}{}", i18n.tr(exit_id(*kind))),
            value: n(*count),
            hint: i18n.tr("report-exits-hint"),
        });
    }
    let mut sessions = vec![
        figure("report-collective", n(report.sessions.collective)),
        figure("report-one-to-one", n(report.sessions.one_to_one)),
        figure(
            "report-average-group",
            report
                .average_group
                .map_or_else(|| String::from("—"), |a| decimal(i18n, a)),
        ),
        figure("report-people-in-sessions", n(report.people_in_sessions)),
    ];
    for (id, by) in &report.by_activity {
        sessions.push(Figure {
            label: format!("{SUB}{}", registry.name(id, i18n)),
            value: i18n.tr_args(
                "report-activity-value",
                &[
                    ("collective", n(by.collective).into()),
                    ("one_to_one", n(by.one_to_one).into()),
                ],
            ),
            hint: i18n.tr("report-by-activity-hint"),
        });
    }
    let interventions = report
        .interventions
        .iter()
        .map(|(kind, tally)| {
            let label = match kind {
                Intervention::CollectiveSession => i18n.tr("report-collective"),
                Intervention::OneToOneSession => i18n.tr("report-one-to-one"),
                Intervention::Contact(kind) => contact_name(i18n, *kind),
                Intervention::Service(kind) => service_time_name(i18n, *kind),
            };
            let mut value = i18n.tr_args(
                "report-intervention-value",
                &[
                    ("count", n(tally.count).into()),
                    ("time", hours(tally.minutes).into()),
                ],
            );
            if tally.without_length > 0 {
                value.push_str(&i18n.tr_args(
                    "report-without-length",
                    &[("count", n(tally.without_length).into())],
                ));
            }
            Figure {
                label,
                value,
                hint: i18n.tr(match kind {
                    Intervention::Contact(_) => "report-contact-hint",
                    Intervention::Service(_) => "report-service-time-hint",
                    _ => "report-session-time-hint",
                }),
            }
        })
        .collect();
    let situations = report
        .situations
        .iter()
        .map(|(situation, count)| Figure {
            label: i18n.tr(situation_id(*situation)),
            value: n(*count),
            hint: i18n.tr("report-situations-hint"),
        })
        .collect();
    let (kept, asked) = report.rhythm_kept;
    let (with_collective, months) = report.months_with_collective;
    let (median, without) = report.days_to_employer;
    let fidelity = vec![
        figure(
            "report-fidelity-collective",
            i18n.tr_args(
                "report-months-value",
                &[("with", with_collective.into()), ("months", months.into())],
            ),
        ),
        figure(
            "report-fidelity-rhythm",
            if asked == 0 {
                i18n.tr("report-rhythm-none")
            } else {
                i18n.tr_args(
                    "report-rhythm-value",
                    &[("kept", n(kept).into()), ("asked", n(asked).into())],
                )
            },
        ),
        figure(
            "report-fidelity-employer",
            match median {
                Some(days) => i18n.tr_args(
                    "report-employer-value",
                    &[
                        ("days", format!("{days:.0}").into()),
                        ("without", n(without).into()),
                    ],
                ),
                None => i18n.tr_args("report-employer-none", &[("without", n(without).into())]),
            },
        ),
    ];
    let mut fidelity = fidelity;
    fidelity.extend(fidelity_from_jobs(i18n, report, &n));
    let mut who = Vec::new();
    for (prescriber, count) in &report.by_prescriber {
        who.push(Figure {
            label: crate::words::prescriber(i18n, prescriber),
            value: n(*count),
            hint: i18n.tr("report-by-prescriber-hint"),
        });
    }
    for (advisor, count) in &report.by_advisor {
        let name = if advisor.is_empty() {
            i18n.tr("not-given")
        } else {
            advisor.clone()
        };
        who.push(Figure {
            label: i18n.tr_args("report-advisor", &[("name", name.into())]),
            value: n(*count),
            hint: i18n.tr("report-by-advisor-hint"),
        });
    }
    let mut reached: Vec<Figure> = report
        .outcomes
        .iter()
        .map(|(kind, count)| Figure {
            label: i18n.tr(outcome_id(*kind)),
            value: n(*count),
            hint: i18n.tr("report-outcomes-hint"),
        })
        .collect();
    for (contract, count) in &report.jobs_by_contract {
        reached.push(Figure {
            label: format!("{SUB}{}", i18n.tr(contract_id(*contract))),
            value: n(*count),
            hint: i18n.tr("report-contracts-hint"),
        });
    }
    vec![
        Section {
            title: i18n.tr("report-section-people"),
            figures: people,
        },
        Section {
            title: i18n.tr("report-section-who"),
            figures: who,
        },
        Section {
            title: i18n.tr("report-section-reached"),
            figures: reached,
        },
        Section {
            title: i18n.tr("report-section-sessions"),
            figures: sessions,
        },
        Section {
            title: i18n.tr("report-section-interventions"),
            figures: interventions,
        },
        Section {
            title: i18n.tr("report-section-situations"),
            figures: situations,
        },
        Section {
            title: i18n.tr("report-section-fidelity"),
            figures: fidelity,
        },
    ]
}

/// What is known of a whole calendar year's figures: frozen (on which day), and whether they
/// differ from the same figures recomputed now, after how many erasures.
#[derive(Debug, Clone, PartialEq)]
pub struct YearFigures {
    /// The year.
    pub year: i32,
    /// The day its figures were frozen, if they were.
    pub frozen_on: Option<chrono::NaiveDate>,
    /// Whether the figures recomputed now differ from the frozen ones.
    pub differs: bool,
    /// People erased since the figures were frozen (since ever, when they are not).
    pub erasures: usize,
    /// The figures recomputed now.
    pub recomputed: Report,
}

/// The report of `period` as kept: a whole calendar year's frozen figures when it has them —
/// a closed year reads the same after an erasure — else the figures computed now. With
/// `freeze`, a past year's figures are frozen now if they were not (its report is being
/// exported); whether that could be written is the third value.
pub fn kept_report(
    store: &sessions::Store,
    period: Period,
    today: chrono::NaiveDate,
    freeze: bool,
) -> (Report, Option<YearFigures>, Option<sessions::StoreError>) {
    use chrono::Datelike as _;
    let recomputed = store.report(period);
    let Some(year) = sessions::service::whole_year(period) else {
        return (recomputed, None, None);
    };
    let mut failed = None;
    let mut file = store.service_year(year).ok();
    if freeze && year < today.year() && file.as_ref().is_some_and(|f| f.frozen.is_none()) {
        match store.freeze_year(year, &recomputed, today) {
            Ok(written) => file = Some(written),
            Err(error) => failed = Some(error),
        }
    }
    let frozen = file.as_ref().and_then(|f| f.frozen.clone());
    let figures = YearFigures {
        year,
        frozen_on: frozen.as_ref().map(|f| f.on),
        differs: frozen
            .as_ref()
            .is_some_and(|f| f.figures != recomputed.anonymous()),
        erasures: file
            .as_ref()
            .map_or(0, sessions::service::ServiceYear::erasures_since_frozen),
        recomputed: recomputed.clone(),
    };
    let shown = frozen.map_or(recomputed, |f| {
        let mut shown = f.figures;
        shown.unreadable_records = figures.recomputed.unreadable_records;
        shown.frozen_on = Some(f.on);
        shown
    });
    (shown, Some(figures), failed)
}

/// What a year's figures are, in a sentence (for the screen and the command line): frozen on a
/// day (and differing now, after how many erasures), or recomputed after erasures; `None` when
/// there is nothing to say.
pub fn year_note(i18n: &I18n, figures: &YearFigures) -> Option<String> {
    let year = [("year", figures.year.to_string().into())];
    match figures.frozen_on {
        Some(on) => {
            let mut text = i18n.tr_args(
                "report-frozen",
                &[
                    ("year", figures.year.to_string().into()),
                    ("on", crate::words::date(on).into()),
                ],
            );
            if figures.differs {
                text.push(' ');
                text.push_str(&i18n.tr_args(
                    "report-frozen-differs",
                    &[("erasures", figures.erasures.into())],
                ));
            }
            Some(text)
        }
        None if figures.erasures > 0 => Some(i18n.tr_args(
            "report-recomputed",
            &[year[0].clone(), ("erasures", figures.erasures.into())],
        )),
        None => None,
    }
}

fn outcome_id(kind: sessions::report::OutcomeKind) -> &'static str {
    use sessions::report::OutcomeKind as K;
    match kind {
        K::Job => "report-outcome-job",
        K::WorkTrial => "report-outcome-trial",
        K::Training => "report-outcome-training",
        K::Volunteering => "report-outcome-volunteering",
    }
}

/// The name of a kind of contract.
pub fn contract_name(i18n: &I18n, kind: sessions::report::ContractKind) -> String {
    i18n.tr(contract_id(kind))
}

fn contract_id(kind: sessions::report::ContractKind) -> &'static str {
    use sessions::report::ContractKind as K;
    match kind {
        K::Cdi => "report-contract-cdi",
        K::Cdd => "report-contract-cdd",
        K::Interim => "report-contract-interim",
        K::Alternance => "report-contract-alternance",
        K::Other => "report-contract-other",
    }
}

/// The number a count as shown stands for, to choose a plural: "< 3" is plural.
fn plural(shown: &str) -> usize {
    shown.parse().unwrap_or(usize::MAX)
}

/// Fidelity items 2.2, 2.4, 3.3 and 3.4 from the journeys' contacts and jobs, each with what
/// it was computed from.
fn fidelity_from_jobs(i18n: &I18n, report: &Report, n: &dyn Fn(usize) -> String) -> Vec<Figure> {
    let figure = |id: &str, value: String| Figure {
        label: i18n.tr(id),
        value,
        hint: i18n.tr(&format!("{id}-hint")),
    };
    let contacts: usize = report.employer_contacts.values().sum();
    let advisors = report.by_advisor.len().max(1);
    let weeks = (report.days.max(1) as f64) / 7.0;
    let mut out = vec![figure(
        "report-fidelity-employers",
        i18n.tr_args(
            "report-employers-value",
            &[
                (
                    "rate",
                    decimal(i18n, contacts as f64 / advisors as f64 / weeks).into(),
                ),
                ("contacts", n(contacts).into()),
                ("count", plural(&n(contacts)).into()),
                ("advisors", report.by_advisor.len().into()),
            ],
        ),
    )];
    for (advisor, count) in &report.employer_contacts {
        out.push(Figure {
            label: format!(
                "{SUB}{}",
                if advisor.is_empty() {
                    i18n.tr("not-given")
                } else {
                    advisor.clone()
                }
            ),
            value: i18n.tr_args(
                "report-employers-advisor",
                &[
                    ("contacts", n(*count).into()),
                    ("count", plural(&n(*count)).into()),
                    ("rate", decimal(i18n, *count as f64 / weeks).into()),
                ],
            ),
            hint: i18n.tr("report-fidelity-employers-hint"),
        });
    }
    let jobs: usize = report.jobs_by_contract.values().sum();
    let competitive: usize = report
        .jobs_by_contract
        .iter()
        .filter(|(k, _)| k.competitive())
        .map(|(_, c)| c)
        .sum();
    let interim = report
        .jobs_by_contract
        .get(&sessions::report::ContractKind::Interim)
        .copied()
        .unwrap_or(0);
    let diversity = report.job_diversity;
    let none = || i18n.tr("report-no-jobs");
    out.push(figure(
        "report-fidelity-contracts",
        if jobs == 0 {
            none()
        } else {
            i18n.tr_args(
                "report-contracts-value",
                &[
                    ("competitive", n(competitive).into()),
                    ("jobs", n(jobs).into()),
                    ("interim", n(interim).into()),
                ],
            )
        },
    ));
    for (id, different) in [
        ("report-fidelity-job-kinds", diversity.kinds),
        ("report-fidelity-employers-diversity", diversity.employers),
    ] {
        out.push(figure(
            id,
            if jobs == 0 {
                none()
            } else {
                i18n.tr_args(
                    "report-diversity-value",
                    &[("different", n(different).into()), ("jobs", n(jobs).into())],
                )
            },
        ));
    }
    out
}

/// "du 01/01/2026 au 31/12/2026".
pub fn period_text(i18n: &I18n, period: Period) -> String {
    i18n.tr_args(
        "report-period",
        &[
            ("from", crate::words::date(period.from).into()),
            ("to", crate::words::date(period.to).into()),
        ],
    )
}

/// The month's short name and year: "janv. 2026".
pub fn month_label(i18n: &I18n, (year, month): (i32, u32)) -> String {
    i18n.tr_args(
        "report-month",
        &[
            ("month", i18n.tr(&format!("month-{month}")).into()),
            ("year", year.to_string().into()),
        ],
    )
}

/// The sessions per month as an inline SVG bar chart (collective and one-to-one stacked).
fn month_chart_svg(i18n: &I18n, report: &Report) -> String {
    let months = &report.by_month;
    let max = months
        .iter()
        .map(|(_, s)| s.collective + s.one_to_one)
        .max()
        .unwrap_or(0)
        .max(1);
    let (width, height, bar) = (640.0_f64, 220.0_f64, 640.0 / months.len().max(1) as f64);
    let scale = (height - 64.0) / max as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        escape(&i18n.tr("report-chart-title"))
    );
    for (i, (month, sessions)) in months.iter().enumerate() {
        let x = i as f64 * bar + bar * 0.15;
        let w = bar * 0.7;
        let one = sessions.one_to_one as f64 * scale;
        let group = sessions.collective as f64 * scale;
        let base = height - 30.0;
        let middle = x + w / 2.0;
        let total = sessions.collective + sessions.one_to_one;
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{group:.1}\" fill=\"#1f5fa8\"/>\
             <rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{one:.1}\" fill=\"#8fb8e8\"/>\
             <text x=\"{middle:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{}</text>\
             <text x=\"{middle:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{}</text>",
            base - group,
            base - group - one,
            base - group - one - 3.0,
            Counts::Masked.show(total),
            height - 16.0,
            escape(&i18n.tr(&format!("month-{}", month.1)))
        );
        // The year under its first month, and under each January.
        if i == 0 || month.1 == 1 {
            let _ = write!(
                svg,
                "<text x=\"{middle:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{}</text>",
                height - 4.0,
                month.0
            );
        }
    }
    let _ = write!(
        svg,
        "<rect x=\"4\" y=\"4\" width=\"10\" height=\"10\" fill=\"#1f5fa8\"/><text x=\"18\" y=\"13\" font-size=\"11\">{}</text>\
         <rect x=\"160\" y=\"4\" width=\"10\" height=\"10\" fill=\"#8fb8e8\"/><text x=\"174\" y=\"13\" font-size=\"11\">{}</text></svg>",
        escape(&i18n.tr("report-collective")),
        escape(&i18n.tr("report-one-to-one"))
    );
    svg
}

/// The printable report: tables laid out like a section of an activity report, the sessions
/// per month as a chart, what each figure counts; counts of 1 or 2 shown as "< 3".
pub fn html(i18n: &I18n, registry: &ActivityRegistry, report: &Report, period: Period) -> String {
    let title = i18n.tr("report-title");
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>body{{font-family:sans-serif;max-width:48em;margin:2em auto;color:#111}}\
         table{{border-collapse:collapse;width:100%;margin-bottom:1em}}\
         td,th{{border:1px solid #999;padding:.3em .6em;text-align:left}}td.n{{text-align:right}}\
         p.hint{{color:#444;font-size:.9em}}</style></head><body>\n<h1>{}</h1>\n<p>{}</p>\n",
        i18n.locale().code(),
        escape(&title),
        escape(&title),
        escape(&period_text(i18n, period))
    );
    if let Some(note) = frozen_line(i18n, report, period) {
        let _ = writeln!(out, "<p><strong>{}</strong></p>", escape(&note));
    }
    for section in figures(i18n, registry, report, Counts::Masked) {
        let _ = write!(out, "<h2>{}</h2>\n<table>\n", escape(&section.title));
        for figure in &section.figures {
            let _ = writeln!(
                out,
                "<tr><td title=\"{}\">{}</td><td class=\"n\">{}</td></tr>",
                escape(&figure.hint),
                escape(&figure.label),
                escape(&figure.value)
            );
        }
        out.push_str("</table>\n");
        if section.title == i18n.tr("report-section-sessions") {
            let _ = write!(
                out,
                "<h3>{}</h3>\n{}\n",
                escape(&i18n.tr("report-chart-title")),
                month_chart_svg(i18n, report)
            );
        }
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        escape(&i18n.tr("report-section-definitions"))
    );
    for section in figures(i18n, registry, report, Counts::Masked) {
        for figure in section.figures.iter().filter(|f| !f.label.starts_with(SUB)) {
            let _ = writeln!(
                out,
                "<p class=\"hint\"><strong>{}</strong> : {}</p>",
                escape(&figure.label),
                escape(&figure.hint)
            );
        }
    }
    let _ = write!(
        out,
        "<p class=\"hint\">{}</p>\n</body></html>\n",
        escape(&i18n.tr("report-masked-note"))
    );
    out
}

/// "Chiffres de 2025 arrêtés le …", for a printed report of frozen figures.
fn frozen_line(i18n: &I18n, report: &Report, period: Period) -> Option<String> {
    use chrono::Datelike as _;
    let on = report.frozen_on?;
    Some(i18n.tr_args(
        "report-frozen-print",
        &[
            ("year", period.from.year().to_string().into()),
            ("on", crate::words::date(on).into()),
        ],
    ))
}

/// The same report in Markdown (the chart as a table).
pub fn markdown(
    i18n: &I18n,
    registry: &ActivityRegistry,
    report: &Report,
    period: Period,
) -> String {
    let cell = |text: &str| text.trim().replace('|', "\\|");
    let mut out = format!(
        "# {}\n\n{}\n",
        i18n.tr("report-title"),
        period_text(i18n, period)
    );
    if let Some(note) = frozen_line(i18n, report, period) {
        let _ = writeln!(out, "\n**{note}**");
    }
    for section in figures(i18n, registry, report, Counts::Masked) {
        let _ = write!(out, "\n## {}\n\n| | |\n| --- | ---: |\n", section.title);
        for figure in &section.figures {
            let _ = writeln!(out, "| {} | {} |", cell(&figure.label), cell(&figure.value));
        }
    }
    let _ = write!(
        out,
        "\n## {}\n\n| | {} | {} |\n| --- | ---: | ---: |\n",
        i18n.tr("report-chart-title"),
        i18n.tr("report-collective"),
        i18n.tr("report-one-to-one")
    );
    for (month, sessions) in &report.by_month {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            month_label(i18n, *month),
            Counts::Masked.show(sessions.collective),
            Counts::Masked.show(sessions.one_to_one)
        );
    }
    let _ = write!(out, "\n## {}\n\n", i18n.tr("report-section-definitions"));
    for section in figures(i18n, registry, report, Counts::Masked) {
        for figure in section.figures.iter().filter(|f| !f.label.starts_with(SUB)) {
            let _ = writeln!(out, "- **{}** : {}", figure.label, figure.hint);
        }
    }
    let _ = writeln!(out, "\n{}", i18n.tr("report-masked-note"));
    out
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', ';']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One row per session of the period: date, month, activity, mode, participants (1 or 2 as
/// "< 3"), minutes. No names.
pub fn sessions_csv(i18n: &I18n, registry: &ActivityRegistry, report: &Report) -> String {
    let mut out = i18n.tr("report-csv-sessions-header");
    out.push('\n');
    for session in &report.session_list {
        let day = session.start.date_naive();
        let _ = writeln!(
            out,
            "{},{},{},{},{},{}",
            day.format("%Y-%m-%d"),
            day.format("%Y-%m"),
            csv_field(&registry.name(&session.activity, i18n)),
            i18n.tr(match session.mode {
                sessions::Mode::Collective => "report-mode-collective",
                sessions::Mode::OneToOne => "report-mode-one-to-one",
            }),
            Counts::Masked.show(session.participants.len()),
            session.minutes()
        );
    }
    out
}

/// The fewest people a value in the per-person file may stand for.
const FEWEST: usize = 3;

/// When a person entered, as precisely as the people who entered with them allow: the month
/// when each month of its quarter holds at least [`FEWEST`] people, else the quarter, else
/// the year (each quarter of it then too small), else nothing (`None`, masked).
fn entry_groups(entries: &[chrono::NaiveDate]) -> Vec<Option<String>> {
    use chrono::Datelike as _;
    let count = |f: &dyn Fn(&chrono::NaiveDate) -> bool| entries.iter().filter(|d| f(d)).count();
    entries
        .iter()
        .map(|day| {
            let (year, quarter) = (day.year(), (day.month() - 1) / 3);
            let same_year = |d: &chrono::NaiveDate| d.year() == year;
            if count(&same_year) < FEWEST {
                return None;
            }
            let quarter_of = |q: u32| count(&|d| same_year(d) && (d.month() - 1) / 3 == q);
            if (0..4).any(|q| (1..FEWEST).contains(&quarter_of(q))) {
                return Some(year.to_string());
            }
            let months = (quarter * 3 + 1)..=(quarter * 3 + 3);
            let month_ok = months.clone().all(|m| {
                let n = count(&|d| same_year(d) && d.month() == m);
                n == 0 || n >= FEWEST
            });
            Some(if month_ok {
                day.format("%Y-%m").to_string()
            } else {
                format!("{year}-T{}", quarter + 1)
            })
        })
        .collect()
}

/// Which values of one column are masked: every value fewer than [`FEWEST`] people have, and
/// then as many of the rarest others as it takes for the masked ones to stand for at least
/// [`FEWEST`] people and two different answers (a single rare answer masked alone would
/// still be read in the mask).
fn rare_values(values: &[String]) -> std::collections::BTreeSet<String> {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for value in values {
        *counts.entry(value.as_str()).or_default() += 1;
    }
    let mut by_rarity: Vec<(usize, &str)> = counts.iter().map(|(v, n)| (*n, *v)).collect();
    by_rarity.sort_unstable();
    let mut masked = std::collections::BTreeSet::new();
    let mut people = 0;
    for (n, value) in by_rarity {
        let enough = people >= FEWEST && masked.len() >= 2;
        if n >= FEWEST && (masked.is_empty() || enough) {
            break;
        }
        masked.insert(value.to_owned());
        people += n;
    }
    masked
}

/// Days to a first employer contact, in ranges: an exact number of days is nearly a name.
fn days_range(days: i64) -> &'static str {
    match days {
        ..=30 => "0-30",
        31..=90 => "31-90",
        91..=180 => "91-180",
        _ => "181+",
    }
}

/// One row per person of the caseload, under a code that changes with every export (nobody can
/// be followed from one export to the next, or found from their id): when they entered, a
/// return, sessions, contacts, situation at the end, exit, on hold, job search, meeting
/// rhythm, days to a first employer contact. Nothing may single a person out: counts of 1 and
/// 2 are "< 3", entries are grouped by quarter or year when a month holds fewer than three
/// people, an answer fewer than three people gave is masked with others, and a row whose
/// answers together are still shared by fewer than three people loses its entry. The file's
/// first lines (starting with `#`) say what was grouped or masked.
pub fn people_csv(i18n: &I18n, report: &Report) -> String {
    use sha2::Digest as _;
    use std::hash::BuildHasher as _;
    let salt = std::collections::hash_map::RandomState::new().hash_one("atelier-report");
    let yes_no = |b: bool| i18n.tr(if b { "report-yes" } else { "report-no" });
    let masked = i18n.tr("report-csv-masked");
    let people = &report.people;
    let entries: Vec<chrono::NaiveDate> = people.iter().map(|p| p.entry).collect();
    let mut entry: Vec<Option<String>> = entry_groups(&entries);
    // The answers that could tell someone apart, column by column.
    let columns: Vec<(&str, Vec<String>)> = vec![
        (
            "report-csv-col-re-entry",
            people.iter().map(|p| yes_no(p.re_entered)).collect(),
        ),
        (
            "report-csv-col-situation",
            people
                .iter()
                .map(|p| {
                    p.situation
                        .map_or_else(String::new, |s| i18n.tr(situation_id(s)))
                })
                .collect(),
        ),
        (
            "report-csv-col-exit",
            people
                .iter()
                .map(|p| p.exit.map_or_else(String::new, |e| i18n.tr(exit_id(e))))
                .collect(),
        ),
        (
            "report-csv-col-on-hold",
            people.iter().map(|p| yes_no(p.on_hold)).collect(),
        ),
        (
            "report-csv-col-job-search",
            people.iter().map(|p| yes_no(p.job_search)).collect(),
        ),
        (
            "report-csv-col-rhythm",
            people
                .iter()
                .map(|p| p.rhythm_kept.map_or_else(String::new, yes_no))
                .collect(),
        ),
        (
            "report-csv-col-employer",
            people
                .iter()
                .map(|p| {
                    p.days_to_employer
                        .map_or_else(String::new, |d| days_range(d).to_owned())
                })
                .collect(),
        ),
    ];
    let mut notes = Vec::new();
    let mut shown: Vec<Vec<String>> = vec![Vec::new(); people.len()];
    for (name, values) in &columns {
        let rare = rare_values(values);
        if !rare.is_empty() {
            notes.push(i18n.tr_args(
                "report-csv-note-column",
                &[("column", i18n.tr(name).into())],
            ));
        }
        for (row, value) in shown.iter_mut().zip(values) {
            row.push(if rare.contains(value) {
                masked.clone()
            } else {
                value.clone()
            });
        }
    }
    let grouped = entry
        .iter()
        .zip(&entries)
        .filter(|(shown, day)| shown.as_deref() != Some(&day.format("%Y-%m").to_string()))
        .count();
    // Answers that together are still one person's (or two): the entry goes.
    let key =
        |i: usize, entry: &[Option<String>]| (entry.get(i).cloned().flatten(), shown[i].clone());
    let mut lone = 0_usize;
    let keys: Vec<_> = (0..people.len()).map(|i| key(i, &entry)).collect();
    for i in 0..people.len() {
        let same = keys.iter().filter(|k| **k == keys[i]).count();
        if same < FEWEST && entry[i].is_some() {
            entry[i] = None;
            lone += 1;
        }
    }
    if grouped > 0 {
        notes.insert(
            0,
            i18n.tr_args("report-csv-note-entry", &[("count", grouped.into())]),
        );
    }
    if lone > 0 {
        notes.push(i18n.tr_args("report-csv-note-lone", &[("count", lone.into())]));
    }
    let mut rows: Vec<(String, String)> = people
        .iter()
        .enumerate()
        .map(|(i, person)| {
            let digest = sha2::Sha256::digest(format!("{salt}:{}", person.id).as_bytes());
            let code: String = digest.iter().take(4).map(|b| format!("{b:02X}")).collect();
            let answers = &shown[i];
            let cell = |k: usize| csv_field(answers.get(k).map_or("", String::as_str));
            let row = [
                entry[i].clone().unwrap_or_else(|| masked.clone()),
                cell(0),
                Counts::Masked.show(person.collective),
                Counts::Masked.show(person.one_to_one),
                Counts::Masked.show(person.contacts),
                cell(1),
                cell(2),
                cell(3),
                cell(4),
                cell(5),
                cell(6),
            ]
            .join(",");
            (format!("P-{code}"), row)
        })
        .collect();
    // Sorted by code: the order says nothing about names or ids either.
    rows.sort();
    let mut out = String::new();
    for line in std::iter::once(i18n.tr("report-csv-note-rule")).chain(notes) {
        let _ = writeln!(out, "# {line}");
    }
    out.push_str(&i18n.tr("report-csv-people-header"));
    out.push('\n');
    for (code, row) in rows {
        let _ = writeln!(out, "{code},{row}");
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use sessions::report::{ActivitySessions, MonthSessions, Tally};

    use super::*;

    /// A report whose every figure is chosen, with small counts to mask.
    fn known() -> (Report, Period) {
        let period = Period {
            from: "2026-01-01".parse().expect("date"),
            to: "2026-03-31".parse().expect("date"),
        };
        let mut report = Report {
            caseload: 14,
            new_journeys: 2,
            exits: BTreeMap::from([(ExitKind::Health, 1), (ExitKind::StableJob, 3)]),
            on_hold: 0,
            sessions: MonthSessions {
                collective: 5,
                one_to_one: 9,
            },
            by_activity: BTreeMap::from([(
                String::from("peer_circle"),
                ActivitySessions {
                    collective: 5,
                    one_to_one: 0,
                },
            )]),
            by_month: vec![
                (
                    (2026, 1),
                    MonthSessions {
                        collective: 2,
                        one_to_one: 3,
                    },
                ),
                (
                    (2026, 2),
                    MonthSessions {
                        collective: 3,
                        one_to_one: 6,
                    },
                ),
                ((2026, 3), MonthSessions::default()),
            ],
            average_group: Some(6.4),
            people_in_sessions: 12,
            months_with_collective: (2, 3),
            rhythm_kept: (4, 6),
            re_entries: 1,
            days_to_employer: (Some(21.5), 2),
            ..Report::default()
        };
        report.interventions.insert(
            Intervention::CollectiveSession,
            Tally {
                count: 5,
                minutes: 450,
                without_length: 0,
            },
        );
        report.interventions.insert(
            Intervention::Contact(ContactKind::Call),
            Tally {
                count: 7,
                minutes: 95,
                without_length: 2,
            },
        );
        report.situations =
            BTreeMap::from([(Situation::Job, 5), (Situation::ProjectInProgress, 8)]);
        (report, period)
    }

    #[test]
    fn every_figure_of_the_markdown_report_is_written_and_small_counts_masked() {
        let (report, period) = known();
        let i18n = crate::i18n::load(crate::i18n::Locale::Fr);
        let registry = crate::plugins::load_all(&[], &[], None);
        let text = markdown(&i18n, &registry, &report, period);
        for line in [
            "du 01/01/2026 au 31/03/2026",
            "| File active | 14 |",
            "| Nouvelles entrées | < 3 |",
            "| Retours après une sortie | < 3 |",
            "| Sorties | 4 |",
            "| En veille | 0 |",
            "| · emploi durable | 3 |",
            "| · santé | < 3 |",
            "| Séances collectives | 5 |",
            "| Exercices individuels | 9 |",
            "| Participants par séance collective, en moyenne | 6,4 |",
            "| Personnes venues au moins une fois | 12 |",
            "| · Cercle de partage entre pairs | 5 coll. · 0 ind. |",
            "| Séances collectives | 5 · 7 h 30 |",
            "| Appel téléphonique | 7 · 1 h 35 (< 3 sans durée notée) |",
            "| En emploi | 5 |",
            "| Projet en construction | 8 |",
            "| Mois avec au moins une séance collective (item 3.5) | 2 mois sur 3 |",
            "| Rythme de rencontre tenu (item 4.5) | 4 sur 6 |",
            "| Jours jusqu'au premier contact employeur (médiane) | 22 j (< 3 sans contact encore) |",
            "| janv. 2026 | < 3 | 3 |",
            "| févr. 2026 | 3 | 6 |",
            "| mars 2026 | 0 | 0 |",
        ] {
            assert!(text.lines().any(|l| l == line), "{line:?} not in:\n{text}");
        }
        let screen = figures(&i18n, &registry, &report, Counts::Exact);
        assert_eq!(
            screen[0].figures[1].value, "2",
            "the screen shows exact figures"
        );
    }

    fn person(n: usize, entry: &str) -> sessions::report::PersonPeriod {
        sessions::report::PersonPeriod {
            id: sessions::ParticipantId::parse(&format!("p-{n}")).expect("id"),
            entry: entry.parse().expect("date"),
            re_entered: false,
            collective: n,
            one_to_one: 0,
            contacts: 4,
            situation: Some(Situation::ProjectInProgress),
            exit: None,
            on_hold: false,
            job_search: true,
            rhythm_kept: Some(true),
            days_to_employer: None,
        }
    }

    #[test]
    fn the_per_person_file_singles_nobody_out_and_says_what_it_masked() {
        // Ten people: three entered in January, three in February, two in March and one in
        // May and in June 2025; one is on hold (the only one), one entered in May and left.
        let mut people: Vec<_> = [
            "2026-01-05",
            "2026-01-12",
            "2026-01-20",
            "2026-02-02",
            "2026-02-10",
            "2026-02-11",
            "2026-03-03",
            "2026-03-30",
            "2025-05-15",
            "2025-06-01",
        ]
        .iter()
        .enumerate()
        .map(|(n, day)| person(n, day))
        .collect();
        people[9].on_hold = true;
        people[8].exit = Some(ExitKind::Health);
        people[8].days_to_employer = Some(17);
        let report = Report {
            people,
            ..Report::default()
        };
        let i18n = crate::i18n::load(crate::i18n::Locale::Fr);
        let csv = people_csv(&i18n, &report);
        let rows: Vec<Vec<&str>> = csv
            .lines()
            .filter(|l| l.starts_with("P-"))
            .map(|l| l.split(',').collect())
            .collect();
        assert_eq!(rows.len(), 10);
        let column = |i: usize| -> Vec<&str> { rows.iter().map(|r| r[i]).collect() };
        // Entries: March holds two people, so the first quarter is given as a quarter; 2025's
        // two people are masked.
        let mut entries = column(1);
        entries.sort_unstable();
        assert_eq!(
            entries,
            [
                "2026-T1", "2026-T1", "2026-T1", "2026-T1", "2026-T1", "2026-T1", "2026-T1",
                "2026-T1", "masqué", "masqué"
            ],
            "{csv}"
        );
        // The only one on hold, the only exit: masked with the others' answers.
        assert!(column(8).iter().all(|v| *v == "masqué"), "{csv}");
        assert!(column(7).iter().all(|v| *v == "masqué"), "{csv}");
        // Counts of 1 and 2 are "< 3"; 0 and 3 or more are exact.
        let mut collective = column(3);
        collective.sort_unstable();
        assert_eq!(
            collective,
            ["0", "3", "4", "5", "6", "7", "8", "9", "< 3", "< 3"]
        );
        // Days to an employer: a range, masked here (one person has one).
        assert!(column(11).iter().all(|v| *v == "masqué"), "{csv}");
        // The file says what it masked.
        for note in [
            "# Une ligne par personne",
            "# Entrée : 10 lignes donnent le trimestre ou l'année",
            "# Colonne « en_veille_fin » : des réponses données par moins de 3 personnes",
            "# Colonne « sortie »",
        ] {
            assert!(csv.contains(note), "{note:?} not in:\n{csv}");
        }
        // Nothing of anyone's id.
        assert!(!csv.contains("p-"), "{csv}");
    }

    #[test]
    fn entries_are_as_precise_as_the_people_entering_together_allow() {
        let days = |list: &[&str]| -> Vec<chrono::NaiveDate> {
            list.iter().map(|d| d.parse().expect("date")).collect()
        };
        let shown = |list: &[&str]| entry_groups(&days(list));
        let month = |m: &str| Some(String::from(m));
        // Three a month: months.
        assert_eq!(
            shown(&[
                "2026-01-02",
                "2026-01-09",
                "2026-01-30",
                "2026-02-01",
                "2026-02-02",
                "2026-02-03"
            ]),
            [
                month("2026-01"),
                month("2026-01"),
                month("2026-01"),
                month("2026-02"),
                month("2026-02"),
                month("2026-02")
            ]
        );
        // One alone in a quarter of its own: the year, for everyone of that year.
        let year = shown(&["2026-01-02", "2026-01-09", "2026-01-30", "2026-07-01"]);
        assert!(
            year.iter().all(|v| v.as_deref() == Some("2026")),
            "{year:?}"
        );
        // Fewer than three in a year: masked.
        assert_eq!(shown(&["2024-05-01", "2024-06-01"]), [None, None]);
    }
}

/// The key part of an item's translations: "2.2" → "2-2".
fn item_key(id: &str) -> String {
    id.replace('.', "-")
}

/// One item of the fidelity grid in words, for the screen and the printed grid.
#[derive(Debug, Clone, PartialEq)]
pub struct GridLine {
    /// "2.2 · Fréquence des contacts avec les employeurs".
    pub title: String,
    /// What the item asks, in a sentence.
    pub asks: String,
    /// What Atelier measured over the period, for an item it measures.
    pub value: Option<String>,
    /// The scale's thresholds, for an item Atelier measures.
    pub thresholds: Option<String>,
    /// The score retained and where it comes from ("3 / 5 · calculée"), or "à renseigner".
    pub score: String,
    /// The French study's average on the item.
    pub national: String,
    /// What the team wrote.
    pub note: String,
}

/// `row` in words.
pub fn grid_line(i18n: &I18n, row: &sessions::fidelity::Row) -> GridLine {
    use sessions::fidelity::Measure;
    let key = item_key(row.item.id);
    let value = row.measured.map(|m| {
        let percent = || format!("{:.0}", m.value);
        match row.item.measure {
            Some(Measure::EmployerContacts) => i18n.tr_args(
                "fidelity-value-2-2",
                &[("rate", decimal(i18n, m.value).into())],
            ),
            Some(Measure::DaysToEmployer) => i18n.tr_args(
                "fidelity-value-4-3",
                &[("days", format!("{:.0}", m.value).into())],
            ),
            Some(Measure::Caseload) => i18n.tr_args(
                "fidelity-value-5-1",
                &[("people", decimal(i18n, m.value).into())],
            ),
            _ => i18n.tr_args(
                &format!("fidelity-value-{key}"),
                &[("percent", percent().into())],
            ),
        }
    });
    let value = match (row.item.measure, value) {
        (Some(_), None) => Some(i18n.tr("fidelity-not-measured")),
        (_, value) => value,
    };
    let computed = row.measured.and_then(|m| m.score);
    let given = row.answer.as_ref().and_then(|a| a.score);
    let score = |s: u8| i18n.tr_args("fidelity-score", &[("score", usize::from(s).into())]);
    let score = match (given, computed) {
        (Some(given), Some(computed)) if given != computed => format!(
            "{} · {}",
            score(given),
            i18n.tr_args(
                "fidelity-replaced",
                &[("computed", usize::from(computed).into())]
            )
        ),
        (Some(given), _) => format!("{} · {}", score(given), i18n.tr("fidelity-entered")),
        (None, Some(computed)) => format!("{} · {}", score(computed), i18n.tr("fidelity-computed")),
        (None, None) if row.item.measure == Some(Measure::RhythmKept) => {
            format!(
                "{} · {}",
                i18n.tr("fidelity-to-fill"),
                i18n.tr("fidelity-shown-only")
            )
        }
        (None, None) => i18n.tr("fidelity-to-fill"),
    };
    GridLine {
        title: format!(
            "{} · {}",
            row.item.id,
            i18n.tr(&format!("fidelity-item-{key}"))
        ),
        asks: i18n.tr(&format!("fidelity-asks-{key}")),
        value,
        thresholds: row.item.measure.map(|_| {
            i18n.tr_args(
                "fidelity-thresholds",
                &[(
                    "text",
                    i18n.tr(&format!("fidelity-thresholds-{key}")).into(),
                )],
            )
        }),
        score,
        national: i18n.tr_args(
            "fidelity-national",
            &[(
                "average",
                decimal(i18n, f64::from(row.item.national_tenths) / 10.0).into(),
            )],
        ),
        note: row
            .answer
            .as_ref()
            .map(|a| a.note.clone())
            .unwrap_or_default(),
    }
}

/// An axis's title and its score in words.
pub fn axis_line(i18n: &I18n, axis: &sessions::fidelity::AxisScore) -> (String, String) {
    let title = i18n.tr(&format!("fidelity-axis-{}", axis.axis));
    let score = match axis.average {
        Some(average) => i18n.tr_args(
            "fidelity-axis-score",
            &[
                ("average", decimal(i18n, average).into()),
                ("scored", axis.scored.into()),
                ("items", axis.items.into()),
            ],
        ),
        None => i18n.tr_args("fidelity-axis-none", &[("items", axis.items.into())]),
    };
    (title, score)
}

/// The whole grid, printable for the review meeting: each axis with its score, each item with
/// what it asks, what Atelier measured, the thresholds, the score (a blank to fill in when
/// there is none) and what it rests on. No person is named in it.
pub fn fidelity_html(
    i18n: &I18n,
    rows: &[sessions::fidelity::Row],
    period: Period,
    year: i32,
) -> String {
    let title = i18n.tr_args("fidelity-title", &[("year", year.to_string().into())]);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>body{{font-family:sans-serif;max-width:52em;margin:2em auto;color:#111}}\
         table{{border-collapse:collapse;width:100%;margin-bottom:1em}}\
         td,th{{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}}\
         td.n{{white-space:nowrap}}p.hint,span.hint{{color:#444;font-size:.9em}}\
         table.grid{{table-layout:fixed}}h2{{font-size:1.2em;page-break-after:avoid}}\
         tr{{page-break-inside:avoid}}</style></head><body>\n\
         <h1>{}</h1>\n<p>{}</p>\n<p class=\"hint\">{}</p>\n",
        i18n.locale().code(),
        escape(&title),
        escape(&title),
        escape(&period_text(i18n, period)),
        escape(&i18n.tr("fidelity-intro")),
    );
    let given = rows
        .iter()
        .filter(|r| r.answer.as_ref().is_some_and(|a| a.score.is_some()))
        .count();
    let computed = rows
        .iter()
        .filter(|r| r.measured.is_some_and(|m| m.score.is_some()))
        .count();
    let _ = writeln!(
        out,
        "<p>{}</p>",
        escape(&i18n.tr_args(
            "fidelity-print-filled",
            &[("count", given.into()), ("computed", computed.into())]
        ))
    );
    for axis in sessions::fidelity::axes(rows) {
        let (name, score) = axis_line(i18n, &axis);
        let _ = write!(
            out,
            "<h2>{} — {}</h2>\n<table class=\"grid\"><colgroup><col style=\"width:55%\">\
             <col style=\"width:15%\"><col style=\"width:30%\"></colgroup>\n\
             <tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
            escape(&name),
            escape(&score),
            escape(&i18n.tr("fidelity-print-item")),
            escape(&i18n.tr("fidelity-print-note")),
            escape(&i18n.tr("fidelity-print-basis")),
        );
        for row in rows.iter().filter(|r| r.item.axis == axis.axis) {
            let line = grid_line(i18n, row);
            let mut what = format!(
                "<strong>{}</strong><br><span class=\"hint\">{}</span>",
                escape(&line.title),
                escape(&line.asks)
            );
            for extra in [&line.value, &line.thresholds].into_iter().flatten() {
                let _ = write!(what, "<br>{}", escape(extra));
            }
            let _ = write!(
                what,
                "<br><span class=\"hint\">{}</span>",
                escape(&line.national)
            );
            let score = if row.score().is_some() {
                escape(&line.score)
            } else {
                format!(
                    "{}<br><span class=\"hint\">{}</span>",
                    escape(&i18n.tr("fidelity-blank")),
                    escape(&line.score)
                )
            };
            let _ = writeln!(
                out,
                "<tr><td>{what}</td><td>{score}</td><td>{}</td></tr>",
                escape(&line.note)
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("</body></html>\n");
    out
}
