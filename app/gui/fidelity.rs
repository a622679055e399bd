//! The fidelity review on the Service screen: the scale's 27 items by axis, each with what it
//! asks, what Atelier measured over the period with the thresholds and what was counted, and
//! the score the team gives (or keeps: the computed one) with what it rests on; each axis's
//! average; and the button to print the whole grid.

use std::collections::BTreeMap;

use sessions::fidelity::{self, ItemAnswer, Measure, Row};
use sessions::report::{EvidenceKind, Period, Report};

use super::ctx::Ctx;
use super::intent::Intent;
use crate::report;

/// What is being typed for one item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Edit {
    score: Option<u8>,
    note: String,
}

/// The review's state: its year, what was entered, what is being typed.
#[derive(Debug, Default)]
pub(crate) struct FidelityReview {
    /// The year the answers belong to (the period's last day's).
    pub year: i32,
    /// What the team entered, by item number.
    pub answers: BTreeMap<String, ItemAnswer>,
    edits: BTreeMap<&'static str, Edit>,
}

impl FidelityReview {
    /// The review of `year`, with what was entered.
    pub fn new(year: i32, answers: BTreeMap<String, ItemAnswer>) -> Self {
        Self {
            year,
            answers,
            edits: BTreeMap::new(),
        }
    }

    /// Keeps a saved answer (or its removal), leaving what is typed elsewhere as it is.
    pub fn saved(&mut self, id: &str, answer: Option<ItemAnswer>) {
        match answer {
            Some(answer) => self.answers.insert(id.to_owned(), answer),
            None => self.answers.remove(id),
        };
    }

    /// The grid over `report`.
    pub fn rows(&self, report: &Report) -> Vec<Row> {
        fidelity::grid(report, &self.answers)
    }

    /// Draws the review; `frozen`: the figures are a frozen year's, without the detail.
    pub(crate) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        report: &Report,
        period: Period,
        frozen: bool,
    ) -> Option<Intent> {
        let i18n = ctx.i18n;
        let mut go = None;
        let rows = self.rows(report);
        let title = i18n.tr_args("fidelity-title", &[("year", self.year.to_string().into())]);
        crate::gui::access::collapsing(
            ui,
            i18n,
            egui::CollapsingHeader::new(
                egui::RichText::new(title)
                    .strong()
                    .size(crate::gui::theme::text::SECTION),
            )
            .id_salt("fidelity-review"),
            |ui| {
                ui.weak(i18n.tr("fidelity-intro"));
                if crate::gui::theme::icon_button(
                    ui,
                    crate::gui::theme::icons::ICON_DOWNLOAD,
                    &i18n.tr("fidelity-print"),
                )
                .clicked()
                {
                    go = Some(Intent::ExportReport(super::service::Export::FidelityGrid));
                }
                for axis in fidelity::axes(&rows) {
                    ui.add_space(crate::gui::theme::space::GROUP);
                    let (name, score) = report::axis_line(i18n, &axis);
                    crate::gui::theme::section_ui(ui, &format!("{name} — {score}"));
                    for row in rows.iter().filter(|r| r.item.axis == axis.axis) {
                        if let Some(intent) = self.item_ui(ui, ctx, report, period, row, frozen) {
                            go = Some(intent);
                        }
                    }
                }
            },
        );
        go
    }

    /// One item: what it asks, what was measured and counted, the score and its basis.
    fn item_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        report: &Report,
        period: Period,
        row: &Row,
        frozen: bool,
    ) -> Option<Intent> {
        let i18n = ctx.i18n;
        let id = row.item.id;
        let line = report::grid_line(i18n, row);
        let (answers, year) = (&self.answers, self.year);
        let edit = self.edits.entry(id).or_insert_with(|| {
            answers.get(id).map_or_else(Edit::default, |a| Edit {
                score: a.score,
                note: a.note.clone(),
            })
        });
        let mut go = None;
        crate::gui::theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            // One label, so a screen reader says the item with its score.
            ui.strong(format!("{} — {}", line.title, line.score));
            ui.weak(&line.asks);
            for text in [&line.value, &line.thresholds].into_iter().flatten() {
                ui.label(text);
            }
            if let Some(measure) = row.item.measure {
                evidence_ui(ui, ctx, report, period, measure, id, frozen);
            }
            ui.weak(&line.national);
            ui.horizontal_wrapped(|ui| {
                let computed = row.measured.and_then(|m| m.score);
                let none = match computed {
                    Some(score) => i18n.tr_args(
                        "fidelity-choose-computed",
                        &[("score", usize::from(score).into())],
                    ),
                    None => i18n.tr("fidelity-choose-none"),
                };
                let choose =
                    |s: u8| i18n.tr_args("fidelity-score", &[("score", usize::from(s).into())]);
                let label = ui.label(i18n.tr_args("fidelity-choose", &[("id", id.into())]));
                atelier_plugin_api::combo_box(
                    ui,
                    ("fidelity-score", id),
                    edit.score.map_or_else(|| none.clone(), choose),
                    |ui| {
                        ui.selectable_value(&mut edit.score, None, none.clone());
                        for score in 1..=5 {
                            ui.selectable_value(&mut edit.score, Some(score), choose(score));
                        }
                    },
                )
                .response
                .labelled_by(label.id);
                ui.add_space(crate::gui::theme::space::ITEM);
                atelier_plugin_api::text_field(
                    ui,
                    &i18n.tr_args("fidelity-note", &[("id", id.into())]),
                    &mut edit.note,
                );
                let saved = answers.get(id).map(|a| (a.score, a.note.as_str()));
                let changed = saved != Some((edit.score, edit.note.trim()))
                    && !(saved.is_none() && edit.score.is_none() && edit.note.trim().is_empty());
                if ui
                    .add_enabled(
                        changed,
                        egui::Button::new(i18n.tr_args("fidelity-save", &[("id", id.into())])),
                    )
                    .clicked()
                {
                    go = Some(Intent::SaveFidelityAnswer {
                        year,
                        id,
                        score: edit.score,
                        note: edit.note.trim().to_owned(),
                    });
                }
            });
        });
        go
    }
}

/// What a measured item counted, one line each, folded.
fn evidence_ui(
    ui: &mut egui::Ui,
    ctx: &Ctx<'_>,
    report: &Report,
    period: Period,
    measure: Measure,
    id: &str,
    frozen: bool,
) {
    let i18n = ctx.i18n;
    let lines = evidence_lines(ctx, report, period, measure);
    if lines.is_empty() {
        if frozen {
            ui.weak(i18n.tr("fidelity-evidence-frozen"));
        }
        return;
    }
    crate::gui::access::collapsing(
        ui,
        i18n,
        egui::CollapsingHeader::new(i18n.tr_args(
            "fidelity-evidence",
            &[("id", id.into()), ("count", lines.len().into())],
        ))
        .id_salt(("fidelity-evidence", id)),
        |ui| {
            for line in lines {
                ui.label(line);
            }
        },
    );
}

/// The lines behind `measure`'s value: the contacts, jobs, months, people or advisors counted.
fn evidence_lines(ctx: &Ctx<'_>, report: &Report, period: Period, measure: Measure) -> Vec<String> {
    let i18n = ctx.i18n;
    let date = |d: chrono::NaiveDate| crate::words::date(d);
    let advisor = |a: &str| {
        if a.is_empty() {
            i18n.tr("not-given")
        } else {
            a.to_owned()
        }
    };
    let of_kind = |job: bool| {
        report
            .evidence
            .iter()
            .filter(move |e| matches!(e.what, EvidenceKind::Job { .. }) == job)
    };
    match measure {
        Measure::EmployerContacts => of_kind(false)
            .filter_map(|e| match &e.what {
                EvidenceKind::EmployerContact(kind) => Some(i18n.tr_args(
                    "fidelity-evidence-employer",
                    &[
                        ("date", date(e.date).into()),
                        ("person", ctx.participant_name(&e.person).into()),
                        ("advisor", advisor(&e.advisor).into()),
                        ("kind", report::contact_name(i18n, *kind).into()),
                    ],
                )),
                EvidenceKind::Job { .. } => None,
            })
            .collect(),
        Measure::CompetitiveJobs | Measure::JobKinds | Measure::Employers => of_kind(true)
            .filter_map(|e| match &e.what {
                EvidenceKind::Job {
                    contract,
                    title,
                    employer,
                } => Some(i18n.tr_args(
                    "fidelity-evidence-job",
                    &[
                        ("date", date(e.date).into()),
                        ("person", ctx.participant_name(&e.person).into()),
                        ("advisor", advisor(&e.advisor).into()),
                        ("title", title.as_str().into()),
                        ("contract", report::contract_name(i18n, *contract).into()),
                        ("employer", advisor(employer).into()),
                    ],
                )),
                EvidenceKind::EmployerContact(_) => None,
            })
            .collect(),
        Measure::CollectiveMonths => report
            .by_month
            .iter()
            .map(|(month, sessions)| {
                i18n.tr_args(
                    "fidelity-evidence-month",
                    &[
                        ("month", report::month_label(i18n, *month).into()),
                        ("count", sessions.collective.into()),
                    ],
                )
            })
            .collect(),
        Measure::DaysToEmployer => report
            .people
            .iter()
            .filter(|p| period.contains(p.entry))
            .map(|p| {
                let args = [
                    ("person", ctx.participant_name(&p.id).into()),
                    ("entry", date(p.entry).into()),
                ];
                match p.days_to_employer {
                    Some(days) => {
                        let mut args = args.to_vec();
                        args.push(("days", days.to_string().into()));
                        i18n.tr_args("fidelity-evidence-days", &args)
                    }
                    None => i18n.tr_args("fidelity-evidence-no-employer", &args),
                }
            })
            .collect(),
        Measure::RhythmKept => report
            .people
            .iter()
            .filter_map(|p| {
                let kept = p.rhythm_kept?;
                Some(i18n.tr_args(
                    "fidelity-evidence-rhythm",
                    &[
                        ("person", ctx.participant_name(&p.id).into()),
                        ("kept", if kept { "yes" } else { "no" }.into()),
                    ],
                ))
            })
            .collect(),
        Measure::Caseload => report
            .open_by_advisor
            .iter()
            .map(|(name, people)| {
                i18n.tr_args(
                    "fidelity-evidence-advisor",
                    &[
                        ("advisor", advisor(name).into()),
                        ("people", (*people).into()),
                    ],
                )
            })
            .collect(),
    }
}
