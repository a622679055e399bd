//! The fidelity review's grid: the French fidelity scale for supported employment (*échelle de
//! fidélité « à la française »*, after the IPS-25 scale) has 27 items on five axes, each scored
//! from 1 (not followed) to 5 (fully followed), and an axis scores the average of its items.
//!
//! Atelier computes the items its data can measure ([`Measure`]), with the scale's thresholds:
//! the French report's where it gives them (2.2: five meetings a week for a 4; 2.4: 85 % for a
//! 4; 3.4: fewer than 15 % at the same employer for a 5; 3.5: never 1, now and then 2, every
//! month 3; 4.3: over five months 2 or less, under two months 4; 5.1: up to 25 people a 4, up
//! to 20 a 5), and the IPS-25 anchors it was translated from for the points between. The team
//! enters the others ([`ItemAnswer`], kept in the year's service file), and may replace a
//! computed score, saying why.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::report::Report;

/// One item of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Its number, "2.2" (also the key of its translations and of its answer).
    pub id: &'static str,
    /// Its axis, 1 to 5.
    pub axis: u8,
    /// What Atelier measures of it, if anything.
    pub measure: Option<Measure>,
    /// The average score of the 20 services the French report reviewed, in tenths (35 for
    /// 3,5 / 5): a reference point for the review.
    pub national_tenths: u8,
}

/// What Atelier measures of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// 2.2: contacts with employers about a person, per advisor and per week.
    EmployerContacts,
    /// 2.4: the share of jobs started on an ordinary contract (CDI, CDD, work-study).
    CompetitiveJobs,
    /// 3.3: the share of different kinds of job among the jobs started.
    JobKinds,
    /// 3.4: the share of different employers among the jobs started.
    Employers,
    /// 3.5: the share of the period's months with a collective session.
    CollectiveMonths,
    /// 4.3: the average days from entry to the first contact with an employer.
    DaysToEmployer,
    /// 4.5: the share of people met at the rhythm the item asks (shown, not scored: the item
    /// also asks for a plan to reduce support, which Atelier does not hold).
    RhythmKept,
    /// 5.1: people still supported at the period's end, per advisor.
    Caseload,
}

const fn item(id: &'static str, axis: u8, measure: Option<Measure>, national_tenths: u8) -> Item {
    Item {
        id,
        axis,
        measure,
        national_tenths,
    }
}

/// The 27 items, in the scale's order.
pub const GRID: [Item; 27] = [
    item("1.1", 1, None, 35),
    item("2.1", 2, None, 34),
    item("2.2", 2, Some(Measure::EmployerContacts), 13),
    item("2.3", 2, None, 22),
    item("2.4", 2, Some(Measure::CompetitiveJobs), 34),
    item("2.5", 2, None, 30),
    item("3.1", 3, None, 31),
    item("3.2", 3, None, 33),
    item("3.3", 3, Some(Measure::JobKinds), 41),
    item("3.4", 3, Some(Measure::Employers), 47),
    item("3.5", 3, Some(Measure::CollectiveMonths), 17),
    item("4.1", 4, None, 35),
    item("4.2", 4, None, 45),
    item("4.3", 4, Some(Measure::DaysToEmployer), 25),
    item("4.4", 4, None, 44),
    item("4.5", 4, Some(Measure::RhythmKept), 41),
    item("4.6", 4, None, 41),
    item("4.7", 4, None, 34),
    item("5.1", 5, Some(Measure::Caseload), 47),
    item("5.2", 5, None, 25),
    item("5.3", 5, None, 50),
    item("5.4", 5, None, 27),
    item("5.5", 5, None, 32),
    item("5.6", 5, None, 29),
    item("5.7", 5, None, 28),
    item("5.8", 5, None, 39),
    item("5.9", 5, None, 38),
];

/// The item numbered `id`.
pub fn item_of(id: &str) -> Option<&'static Item> {
    GRID.iter().find(|item| item.id == id)
}

/// What a [`Measure`] found over a period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured {
    /// The value: a rate, a share from 0 to 1, days or people, as the measure says.
    pub value: f64,
    /// Its score by the scale's thresholds (`None` for a measure shown but not scored).
    pub score: Option<u8>,
}

/// 1, plus one for each threshold `value` reaches (`higher` is better) or stays within.
fn by_thresholds(value: f64, thresholds: [f64; 4], higher: bool) -> u8 {
    let passed = thresholds
        .iter()
        .filter(|t| if higher { value >= **t } else { value <= **t })
        .count();
    1 + u8::try_from(passed).unwrap_or(4)
}

/// A share as a whole percentage (the scale's thresholds are whole percentages).
fn percent(part: usize, whole: usize) -> f64 {
    (part as f64 * 100.0 / whole as f64).round()
}

impl Measure {
    /// What `report` shows of it; `None` when there is nothing to measure yet (no job, no
    /// one who entered, no advisor named…).
    pub fn measure(self, report: &Report) -> Option<Measured> {
        let jobs: usize = report.jobs_by_contract.values().sum();
        let scored = |value: f64, score: u8| {
            Some(Measured {
                value,
                score: Some(score),
            })
        };
        match self {
            Self::EmployerContacts => {
                let advisors = report.by_advisor.keys().filter(|a| !a.is_empty()).count();
                if advisors == 0 {
                    return None;
                }
                let contacts: usize = report.employer_contacts.values().sum();
                let weeks = report.days.max(1) as f64 / 7.0;
                let rate = contacts as f64 / advisors as f64 / weeks;
                // The scale takes the nearest whole number of contacts a week.
                scored(
                    rate,
                    by_thresholds(rate.round(), [2.0, 3.0, 5.0, 6.0], true),
                )
            }
            Self::CompetitiveJobs => {
                let competitive: usize = report
                    .jobs_by_contract
                    .iter()
                    .filter(|(kind, _)| kind.competitive())
                    .map(|(_, count)| count)
                    .sum();
                (jobs > 0).then_some(())?;
                let share = percent(competitive, jobs);
                scored(share, by_thresholds(share, [65.0, 75.0, 85.0, 95.0], true))
            }
            Self::JobKinds | Self::Employers => {
                let diversity = report.job_diversity;
                (diversity.jobs > 0).then_some(())?;
                let different = if self == Self::JobKinds {
                    diversity.kinds
                } else {
                    diversity.employers
                };
                let share = percent(different, diversity.jobs);
                scored(share, by_thresholds(share, [50.0, 60.0, 70.0, 85.0], true))
            }
            Self::CollectiveMonths => {
                let (with, months) = report.months_with_collective;
                (months > 0).then_some(())?;
                let score = if with == 0 {
                    1
                } else if with < months {
                    2
                } else {
                    3
                };
                scored(percent(with, months), score)
            }
            Self::DaysToEmployer => {
                let days = report.mean_days_to_employer?;
                scored(
                    days,
                    by_thresholds(days.round(), [270.0, 150.0, 60.0, 30.0], false),
                )
            }
            Self::RhythmKept => {
                let (kept, asked) = report.rhythm_kept;
                (asked > 0).then(|| Measured {
                    value: percent(kept, asked),
                    score: None,
                })
            }
            Self::Caseload => {
                let open: Vec<usize> = report
                    .open_by_advisor
                    .iter()
                    .filter(|(advisor, _)| !advisor.is_empty())
                    .map(|(_, count)| *count)
                    .collect();
                (!open.is_empty()).then_some(())?;
                let average = open.iter().sum::<usize>() as f64 / open.len() as f64;
                scored(
                    average,
                    by_thresholds(average.round(), [40.0, 30.0, 25.0, 20.0], false),
                )
            }
        }
    }
}

/// What the team entered for an item during the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemAnswer {
    /// The score given, 1 to 5 (for a computed item, it replaces the computed one); `None`:
    /// not scored yet.
    pub score: Option<u8>,
    /// What it rests on, or why a computed score was replaced (never a person's name).
    #[serde(default)]
    pub note: String,
    /// Who entered it.
    #[serde(default)]
    pub by: String,
    /// When.
    pub on: NaiveDate,
}

/// One line of the grid over a period: the item, what Atelier measured, what the team entered.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The item.
    pub item: Item,
    /// What Atelier measured, if it measures this item and there was something to measure.
    pub measured: Option<Measured>,
    /// What the team entered.
    pub answer: Option<ItemAnswer>,
}

impl Row {
    /// The score retained: the team's when given, else the computed one.
    pub fn score(&self) -> Option<u8> {
        self.answer
            .as_ref()
            .and_then(|a| a.score)
            .or(self.measured.and_then(|m| m.score))
    }
}

/// The grid over `report`'s period, with the answers entered for its year.
pub fn grid(report: &Report, answers: &BTreeMap<String, ItemAnswer>) -> Vec<Row> {
    GRID.iter()
        .map(|item| Row {
            item: *item,
            measured: item.measure.and_then(|m| m.measure(report)),
            answer: answers.get(item.id).cloned(),
        })
        .collect()
}

/// An axis's result, as the scale averages it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AxisScore {
    /// The axis, 1 to 5.
    pub axis: u8,
    /// The average of its scored items (`None` while none is).
    pub average: Option<f64>,
    /// How many of its items are scored.
    pub scored: usize,
    /// How many items it has.
    pub items: usize,
}

/// The five axes' results from the grid's rows.
pub fn axes(rows: &[Row]) -> Vec<AxisScore> {
    (1..=5)
        .map(|axis| {
            let of_axis: Vec<&Row> = rows.iter().filter(|r| r.item.axis == axis).collect();
            let scores: Vec<u8> = of_axis.iter().filter_map(|r| r.score()).collect();
            AxisScore {
                axis,
                average: (!scores.is_empty()).then(|| {
                    scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64
                }),
                scored: scores.len(),
                items: of_axis.len(),
            }
        })
        .collect()
}
