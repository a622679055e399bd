//! The service's activity over a period ([`Report`]): what a coordinator counts for the yearly
//! activity report (*bilan d'activité*) and the fidelity review, computed from the journeys and
//! the records' summaries (see [`crate::index`]). Every figure is defined once, here, next to its
//! doc comment; the app shows that sentence when the figure is hovered.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike as _, NaiveDate};

use crate::index::RecordSummary;
use crate::journey::{ContactKind, ExitReason, Journey, MilestoneKind, Phase, Status};
use crate::record::Mode;
use crate::{ParticipantId, Store};

/// From `from` to `to`, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Period {
    /// Whether `day` is in the period.
    pub fn contains(self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// How many days, both ends included (at least 1).
    pub fn days(self) -> i64 {
        (self.to - self.from).num_days().max(0) + 1
    }

    /// Each month the period touches, as (year, month).
    pub fn months(self) -> Vec<(i32, u32)> {
        let mut months = Vec::new();
        let (mut year, mut month) = (self.from.year(), self.from.month());
        while (year, month) <= (self.to.year(), self.to.month()) {
            months.push((year, month));
            (year, month) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
        }
        months
    }
}

/// Why people left, as counted (an "other" reason counts as one kind).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ExitKind {
    /// The person asked to stop.
    PersonRequest,
    /// Lasting job.
    StableJob,
    /// Moved away.
    MovedAway,
    /// Health.
    Health,
    /// Lost contact despite follow-up.
    LostContact,
    /// Another reason.
    Other,
}

impl ExitKind {
    fn of(reason: &ExitReason) -> Self {
        match reason {
            ExitReason::PersonRequest => Self::PersonRequest,
            ExitReason::StableJob => Self::StableJob,
            ExitReason::MovedAway => Self::MovedAway,
            ExitReason::Health => Self::Health,
            ExitReason::LostContact => Self::LostContact,
            ExitReason::Other(_) => Self::Other,
        }
    }
}

/// Where a person is at the end of the period.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Situation {
    /// In a job (any contract).
    Job,
    /// In a work trial or a training course.
    PlacementOrTraining,
    /// Volunteering.
    Volunteering,
    /// None of these: the project is being built.
    ProjectInProgress,
}

/// A kind of intervention, for counts and time spent.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Intervention {
    /// A collective session held in Atelier.
    CollectiveSession,
    /// A one-to-one exercise held in Atelier.
    OneToOneSession,
    /// A contact noted in a journey.
    Contact(ContactKind),
    /// Time the service spent without a person (see [`crate::service`]).
    Service(crate::service::ServiceTimeKind),
}

/// A count and the time it took.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    /// How many.
    pub count: usize,
    /// Minutes, where a length is known.
    pub minutes: i64,
    /// How many have no length noted.
    pub without_length: usize,
}

/// The sessions of one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct MonthSessions {
    /// Collective sessions.
    pub collective: usize,
    /// One-to-one exercises.
    pub one_to_one: usize,
}

/// The sessions of one activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ActivitySessions {
    /// Collective sessions.
    pub collective: usize,
    /// One-to-one exercises.
    pub one_to_one: usize,
}

/// A job's contract, as counted (an "other" contract counts as one kind).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ContractKind {
    /// Permanent (CDI).
    Cdi,
    /// Fixed-term (CDD).
    Cdd,
    /// Temporary work (*intérim*).
    Interim,
    /// Work-study (*alternance*).
    Alternance,
    /// Another contract.
    Other,
}

impl ContractKind {
    fn of(contract: &crate::journey::Contract) -> Self {
        use crate::journey::Contract as C;
        match contract {
            C::Cdi => Self::Cdi,
            C::Cdd => Self::Cdd,
            C::Interim => Self::Interim,
            C::Alternance => Self::Alternance,
            C::Other(_) => Self::Other,
        }
    }

    /// Whether the French fidelity scale (item 2.4) counts it as ordinary, competitive work
    /// whatever the person's choice: CDI, CDD, work-study.
    pub fn competitive(self) -> bool {
        matches!(self, Self::Cdi | Self::Cdd | Self::Alternance)
    }
}

/// A kind of experience reached.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum OutcomeKind {
    /// A job.
    Job,
    /// A work trial (PMSMP, *stage*).
    WorkTrial,
    /// A training course.
    Training,
    /// Volunteering.
    Volunteering,
}

/// The jobs started during a period, and how varied they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct JobDiversity {
    /// Jobs started.
    pub jobs: usize,
    /// Different kinds of job among them (titles compared without case or accents).
    pub kinds: usize,
    /// Different employers among them (names compared the same way; an employer not given
    /// counts on its own each time).
    pub employers: usize,
}

/// A dated fact about one person that a fidelity item counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The day.
    pub date: NaiveDate,
    /// Whose journey it is in.
    pub person: ParticipantId,
    /// The journey's advisor.
    pub advisor: String,
    /// What it is.
    pub what: EvidenceKind,
}

/// What an [`Evidence`] is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvidenceKind {
    /// A contact with an employer about the person (item 2.2).
    EmployerContact(crate::ContactKind),
    /// A job that started (items 2.4, 3.3, 3.4): its contract, title and employer.
    Job {
        /// Its contract.
        contract: ContractKind,
        /// Its title, as written.
        title: String,
        /// Its employer, as written (may be empty).
        employer: String,
    },
}

/// One person's part of the period, for the anonymous per-person export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonPeriod {
    /// Whose (never exported: the app turns it into an anonymous code).
    pub id: ParticipantId,
    /// When they entered the service (their last entry by the period's end, after a re-entry).
    pub entry: NaiveDate,
    /// Whether they came back during the period after leaving (a re-entry).
    pub re_entered: bool,
    /// Collective sessions they took part in during the period.
    pub collective: usize,
    /// One-to-one exercises during the period.
    pub one_to_one: usize,
    /// Contacts with them noted during the period.
    pub contacts: usize,
    /// Where they are at the end of the period.
    pub situation: Option<Situation>,
    /// Why they left, if they left during the period.
    pub exit: Option<ExitKind>,
    /// On hold at the end of the period.
    pub on_hold: bool,
    /// Looking for work during the period (the job-search phase was open).
    pub job_search: bool,
    /// Met at the rhythm item 4.5 asks, in person or by video, during the period (`None`: the
    /// item asked nothing of them, or over too short a time to judge).
    pub rhythm_kept: Option<bool>,
    /// Days from entry to the first contact with an employer, if there was one by the end.
    pub days_to_employer: Option<i64>,
}

/// The service's activity over a period. Its anonymous counts are what a frozen year keeps
/// ([`Self::anonymous`]; the per-person and per-session lists are never written).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Report {
    /// Caseload (*file active*): people whose journey was open at some point in the period
    /// (entered by its end, not left before its start).
    pub caseload: usize,
    /// New journeys: people who entered the service for the first time during the period.
    pub new_journeys: usize,
    /// Re-entries: people who came back during the period after leaving the service (a new
    /// entry, dated; counted once in the caseload, and never as a new journey for it).
    pub re_entries: usize,
    /// Exits during the period, by reason.
    pub exits: BTreeMap<ExitKind, usize>,
    /// People on hold (*en veille*) on the period's last day.
    pub on_hold: usize,
    /// Sessions held during the period, collective and one-to-one.
    pub sessions: MonthSessions,
    /// Sessions by activity id.
    pub by_activity: BTreeMap<String, ActivitySessions>,
    /// Sessions by month, each month of the period in order.
    pub by_month: Vec<((i32, u32), MonthSessions)>,
    /// Average number of participants in a collective session (`None` without one).
    pub average_group: Option<f64>,
    /// Different people who took part in at least one session.
    pub people_in_sessions: usize,
    /// Interventions by kind: sessions (their length) and contacts noted in journeys.
    pub interventions: BTreeMap<Intervention, Tally>,
    /// People whose journey is open on the period's last day, by situation.
    pub situations: BTreeMap<Situation, usize>,
    /// Fidelity item 3.5, as the scale scores it: the calendar months of the period with at
    /// least one collective session, and how many calendar months the period touches.
    pub months_with_collective: (usize, usize),
    /// Fidelity item 4.5: of the people the item asks a rhythm of during the period (over a
    /// time long enough to judge it), how many were met at it, in person or by video — at
    /// least weekly while looking for work and in a job's first month, then at least monthly
    /// in the job — and how many were asked.
    pub rhythm_kept: (usize, usize),
    /// Rapid job search: median days from entry to the first contact with an employer, for the
    /// people who entered during the period and had one by its end; and how many entered
    /// without one yet.
    pub days_to_employer: (Option<f64>, usize),
    /// The same days, on average: what item 4.3 scores (its thresholds are averages).
    pub mean_days_to_employer: Option<f64>,
    /// How many days the period has (for rates per week).
    pub days: i64,
    /// The caseload by who sent the people (*prescripteur*).
    pub by_prescriber: BTreeMap<crate::journey::Prescriber, usize>,
    /// The caseload by advisor (each journey's advisor), for the caseload per advisor.
    pub by_advisor: BTreeMap<String, usize>,
    /// The people still supported at the period's end (not exited), by advisor: item 5.1's
    /// caseload per advisor, as the scale counts it (at one time, not over the period).
    pub open_by_advisor: BTreeMap<String, usize>,
    /// Jobs that started during the period, by contract (a CDI, CDD, work-study contract is
    /// ordinary work as the French scale counts it; temporary work too when the person
    /// chose it for the long term, which Atelier does not know).
    pub jobs_by_contract: BTreeMap<ContractKind, usize>,
    /// Experiences that started during the period, by kind: what people reached.
    pub outcomes: BTreeMap<OutcomeKind, usize>,
    /// Item 2.2's evidence: contacts with employers noted during the period (employer
    /// contacts and workplace visits), by the advisor of the person they were about.
    pub employer_contacts: BTreeMap<String, usize>,
    /// Items 3.3 and 3.4's evidence: the jobs that started during the period, how many
    /// different kinds of job (by title) and how many different employers they were.
    pub job_diversity: JobDiversity,
    /// Each person of the caseload, for the anonymous export.
    #[serde(skip)]
    pub people: Vec<PersonPeriod>,
    /// The dated facts behind items 2.2, 2.4, 3.3 and 3.4 (contacts with employers, jobs
    /// started), oldest first, for the service's own screen.
    #[serde(skip)]
    pub evidence: Vec<Evidence>,
    /// The period's sessions, oldest first, for the per-session export.
    #[serde(skip)]
    pub session_list: Vec<RecordSummary>,
    /// Records that could not be read (left out of every count; `check` says why).
    #[serde(skip)]
    pub unreadable_records: usize,
    /// The day these figures were frozen, when they are a closed year's frozen figures (see
    /// [`crate::service`]); `None` when they were computed now.
    #[serde(skip)]
    pub frozen_on: Option<NaiveDate>,
}

/// The status in force on `day`: the last change dated on or before it (active before any).
fn status_on(journey: &Journey, day: NaiveDate) -> &Status {
    journey
        .status_history
        .iter()
        .rfind(|change| change.date <= day)
        .map_or(&Status::Active, |change| &change.status)
}

/// Whether the journey was open at some point of the period: entered by its end, and not out
/// of the service for the whole of it (someone who left and came back counts again).
fn open_in(journey: &Journey, period: Period) -> bool {
    journey.entry_date <= period.to
        && (!matches!(status_on(journey, period.from), Status::Exited { .. })
            || journey.status_history.iter().any(|change| {
                period.contains(change.date) && !matches!(change.status, Status::Exited { .. })
            }))
}

/// The last exit dated in the period, with its reason.
fn exit_in(journey: &Journey, period: Period) -> Option<(NaiveDate, &ExitReason)> {
    journey
        .status_history
        .iter()
        .rev()
        .find_map(|c| match &c.status {
            Status::Exited { date, reason } if period.contains(*date) => Some((*date, reason)),
            _ => None,
        })
}

fn situation_on(journey: &Journey, day: NaiveDate) -> Situation {
    let current = |m: &&crate::journey::Milestone| m.start <= day && m.end.is_none_or(|e| e >= day);
    let kinds: Vec<&MilestoneKind> = journey
        .milestones
        .iter()
        .filter(current)
        .map(|m| &m.kind)
        .collect();
    if kinds.iter().any(|k| matches!(k, MilestoneKind::Job(_))) {
        Situation::Job
    } else if kinds
        .iter()
        .any(|k| matches!(k, MilestoneKind::WorkTrial | MilestoneKind::Training))
    {
        Situation::PlacementOrTraining
    } else if kinds
        .iter()
        .any(|k| matches!(k, MilestoneKind::Volunteering))
    {
        Situation::Volunteering
    } else {
        Situation::ProjectInProgress
    }
}

/// Whether the job-search phase was open at some point of the period.
fn looked_for_work(journey: &Journey, period: Period) -> bool {
    journey.phases.iter().any(|p| {
        p.phase == Phase::JobSearch
            && p.start <= period.to
            && p.end.is_none_or(|end| end >= period.from)
    })
}

/// The most days item 4.5 allows between two meetings on `day`: in a job, 7 in its first
/// month (31 days from its start) and 31 after; without one and looking for work, 7; else
/// (or when not supported that day: on hold, left) nothing.
pub fn rhythm_on(journey: &Journey, day: NaiveDate) -> Option<i64> {
    if !matches!(status_on(journey, day), Status::Active) {
        return None;
    }
    let job_start = journey
        .milestones
        .iter()
        .filter(|m| matches!(m.kind, MilestoneKind::Job(_)))
        .filter(|m| m.start <= day && m.end.is_none_or(|end| end >= day))
        .map(|m| m.start)
        .max();
    if let Some(start) = job_start {
        return Some(if (day - start).num_days() < 31 { 7 } else { 31 });
    }
    let looking = journey.phases.iter().any(|p| {
        p.phase == Phase::JobSearch && p.start <= day && p.end.is_none_or(|end| end >= day)
    });
    looking.then_some(7)
}

/// A stretch of days with one rhythm, as item 4.5 judged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RhythmSpan {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// The most days allowed between two meetings.
    pub every_days: i64,
    /// The longest time without a meeting, in days (counted from the last meeting before the
    /// stretch, if it was within the rhythm, else from its first day).
    pub longest_gap: i64,
}

impl RhythmSpan {
    /// Whether the rhythm was kept.
    pub fn kept(&self) -> bool {
        self.longest_gap <= self.every_days
    }
}

/// Item 4.5 for one person over the period: each stretch of days with one rhythm long enough
/// to judge (longer than the rhythm), with its longest time without a meeting. `meetings`
/// are the days they were met in person or by video (contacts and sessions), any date.
pub fn rhythm_spans(
    journey: &Journey,
    meetings: &BTreeSet<NaiveDate>,
    period: Period,
) -> Vec<RhythmSpan> {
    let mut spans = Vec::new();
    let mut current: Option<(NaiveDate, NaiveDate, i64)> = None;
    for day in period.from.iter_days().take_while(|d| *d <= period.to) {
        let rhythm = rhythm_on(journey, day);
        match (&mut current, rhythm) {
            (Some((_, to, every)), Some(r)) if *every == r => *to = day,
            _ => {
                spans.extend(current.take());
                current = rhythm.map(|r| (day, day, r));
            }
        }
    }
    spans.extend(current);
    spans
        .into_iter()
        // Too short to judge: a month's rhythm says nothing over a week.
        .filter(|(from, to, every)| (*to - *from).num_days() >= *every)
        .map(|(from, to, every)| {
            let carried = meetings
                .range(from - chrono::Duration::days(every)..=from)
                .next_back()
                .copied();
            let mut previous = carried.unwrap_or(from);
            let mut longest = 0;
            for day in meetings
                .range(from..=to)
                .copied()
                .chain(std::iter::once(to))
            {
                longest = longest.max((day - previous).num_days());
                previous = previous.max(day);
            }
            RhythmSpan {
                from,
                to,
                every_days: every,
                longest_gap: longest,
            }
        })
        .collect()
}

/// The days `journey`'s person entered the service: their entry, then each return after an
/// exit (a status back to active dated after an exit).
pub fn entries(journey: &Journey) -> Vec<NaiveDate> {
    let mut days = vec![journey.entry_date];
    let mut out = false;
    for change in &journey.status_history {
        match change.status {
            Status::Exited { .. } => out = true,
            Status::Active if out => {
                days.push(change.date);
                out = false;
            }
            _ => {}
        }
    }
    days
}

fn median(mut values: Vec<i64>) -> Option<f64> {
    values.sort_unstable();
    let n = values.len();
    if n == 0 {
        return None;
    }
    let middle = |i: usize| values.get(i).copied().unwrap_or(0) as f64;
    Some(if n % 2 == 1 {
        middle(n / 2)
    } else {
        (middle(n / 2 - 1) + middle(n / 2)) / 2.0
    })
}

impl Report {
    /// The report of `period` from every journey and record summary.
    pub fn compute(journeys: &[Journey], records: &[RecordSummary], period: Period) -> Self {
        let mut report = Self {
            by_month: period
                .months()
                .into_iter()
                .map(|m| (m, MonthSessions::default()))
                .collect(),
            days: period.days(),
            ..Self::default()
        };
        let in_period: Vec<&RecordSummary> = records
            .iter()
            .filter(|r| period.contains(r.start.date_naive()))
            .collect();
        let mut group_sizes = Vec::new();
        let mut sessions_of: BTreeMap<&ParticipantId, (usize, usize, BTreeSet<NaiveDate>)> =
            BTreeMap::new();
        for record in &in_period {
            let day = record.start.date_naive();
            let month = (day.year(), day.month());
            let activity = report
                .by_activity
                .entry(record.activity.clone())
                .or_default();
            let slot = report
                .by_month
                .iter_mut()
                .find(|(m, _)| *m == month)
                .map(|(_, s)| s);
            let kind = match record.mode {
                Mode::Collective => {
                    report.sessions.collective += 1;
                    activity.collective += 1;
                    if let Some(slot) = slot {
                        slot.collective += 1;
                    }
                    group_sizes.push(record.participants.len());
                    Intervention::CollectiveSession
                }
                Mode::OneToOne => {
                    report.sessions.one_to_one += 1;
                    activity.one_to_one += 1;
                    if let Some(slot) = slot {
                        slot.one_to_one += 1;
                    }
                    Intervention::OneToOneSession
                }
            };
            let tally = report.interventions.entry(kind).or_default();
            tally.count += 1;
            tally.minutes += record.minutes();
            for person in &record.participants {
                let entry = sessions_of.entry(person).or_default();
                match record.mode {
                    Mode::Collective => entry.0 += 1,
                    Mode::OneToOne => entry.1 += 1,
                }
                entry.2.insert(day);
            }
        }
        report.people_in_sessions = sessions_of.len();
        report.average_group = (!group_sizes.is_empty())
            .then(|| group_sizes.iter().sum::<usize>() as f64 / group_sizes.len() as f64);
        report.months_with_collective = (
            report
                .by_month
                .iter()
                .filter(|(_, m)| m.collective > 0)
                .count(),
            report.by_month.len(),
        );

        let mut employer_days = Vec::new();
        let mut entered_without_employer = 0;
        let mut job_titles: Vec<String> = Vec::new();
        let mut employers: Vec<Option<String>> = Vec::new();
        for journey in journeys {
            if !open_in(journey, period) {
                continue;
            }
            report.caseload += 1;
            *report
                .by_prescriber
                .entry(journey.prescriber.clone())
                .or_default() += 1;
            let advisor = journey.advisor.trim().to_owned();
            *report.by_advisor.entry(advisor.clone()).or_default() += 1;
            for milestone in journey
                .milestones
                .iter()
                .filter(|m| period.contains(m.start))
            {
                let kind = match &milestone.kind {
                    MilestoneKind::Job(contract) => {
                        *report
                            .jobs_by_contract
                            .entry(ContractKind::of(contract))
                            .or_default() += 1;
                        report.evidence.push(Evidence {
                            date: milestone.start,
                            person: journey.id.clone(),
                            advisor: advisor.clone(),
                            what: EvidenceKind::Job {
                                contract: ContractKind::of(contract),
                                title: milestone.title.trim().to_owned(),
                                employer: milestone.employer.trim().to_owned(),
                            },
                        });
                        job_titles.push(crate::store::sort_key(milestone.title.trim()));
                        let employer = crate::store::sort_key(milestone.employer.trim());
                        employers.push((!employer.is_empty()).then_some(employer));
                        OutcomeKind::Job
                    }
                    MilestoneKind::WorkTrial => OutcomeKind::WorkTrial,
                    MilestoneKind::Training => OutcomeKind::Training,
                    MilestoneKind::Volunteering => OutcomeKind::Volunteering,
                };
                *report.outcomes.entry(kind).or_default() += 1;
            }
            let with_employers = journey
                .contacts
                .iter()
                .filter(|c| c.kind.with_employer() && period.contains(c.date))
                .inspect(|c| {
                    report.evidence.push(Evidence {
                        date: c.date,
                        person: journey.id.clone(),
                        advisor: advisor.clone(),
                        what: EvidenceKind::EmployerContact(c.kind),
                    });
                })
                .count();
            if with_employers > 0 {
                *report.employer_contacts.entry(advisor.clone()).or_default() += with_employers;
            }
            let entries = entries(journey);
            let first_entry = period.contains(journey.entry_date);
            let re_entered = entries.iter().skip(1).any(|day| period.contains(*day));
            report.new_journeys += usize::from(first_entry);
            report.re_entries += usize::from(re_entered);
            // The last entry by the period's end: a rapid job search counts from a return.
            let entry = entries
                .iter()
                .copied()
                .filter(|day| *day <= period.to)
                .max()
                .unwrap_or(journey.entry_date);
            let entered = period.contains(entry);
            let left = exit_in(journey, period);
            if !matches!(status_on(journey, period.to), Status::Exited { .. }) {
                *report.open_by_advisor.entry(advisor.clone()).or_default() += 1;
            }
            if let Some((_, reason)) = left {
                *report.exits.entry(ExitKind::of(reason)).or_default() += 1;
            }
            let status_at_end = status_on(journey, period.to);
            let on_hold = matches!(status_at_end, Status::OnHold { .. });
            report.on_hold += usize::from(on_hold);
            let situation = (!matches!(status_at_end, Status::Exited { .. }))
                .then(|| situation_on(journey, period.to));
            if let Some(situation) = situation {
                *report.situations.entry(situation).or_default() += 1;
            }
            for contact in journey.contacts.iter().filter(|c| period.contains(c.date)) {
                let tally = report
                    .interventions
                    .entry(Intervention::Contact(contact.kind))
                    .or_default();
                tally.count += 1;
                match contact.duration_minutes {
                    Some(minutes) => tally.minutes += i64::from(minutes),
                    None => tally.without_length += 1,
                }
            }
            let empty = (0, 0, BTreeSet::new());
            let (collective, one_to_one, days) = sessions_of.get(&journey.id).unwrap_or(&empty);
            // Met in person or by video: sessions (held in the room) and such contacts, the
            // days before the period included (a meeting carries into it).
            let mut meetings: BTreeSet<NaiveDate> = journey
                .contacts
                .iter()
                .filter(|c| c.kind.a_meeting())
                .map(|c| c.date)
                .collect();
            meetings.extend(days.iter().copied());
            meetings.extend(
                journey
                    .timeline
                    .iter()
                    .map(|link| link.date.date_naive())
                    .filter(|d| *d < period.from),
            );
            let spans = rhythm_spans(journey, &meetings, period);
            let kept = (!spans.is_empty()).then(|| spans.iter().all(RhythmSpan::kept));
            if let Some(kept) = kept {
                report.rhythm_kept.1 += 1;
                report.rhythm_kept.0 += usize::from(kept);
            }
            let first_employer = journey
                .contacts
                .iter()
                .filter(|c| c.kind.with_employer() && c.date <= period.to && c.date >= entry)
                .map(|c| c.date)
                .min();
            let days_to_employer = first_employer.map(|d| (d - entry).num_days());
            if entered {
                match days_to_employer {
                    Some(days) => employer_days.push(days),
                    None => entered_without_employer += 1,
                }
            }
            report.people.push(PersonPeriod {
                id: journey.id.clone(),
                entry,
                re_entered,
                collective: *collective,
                one_to_one: *one_to_one,
                contacts: journey
                    .contacts
                    .iter()
                    .filter(|c| c.kind.with_person() && period.contains(c.date))
                    .count(),
                situation,
                exit: left.map(|(_, reason)| ExitKind::of(reason)),
                on_hold,
                job_search: looked_for_work(journey, period),
                rhythm_kept: kept,
                days_to_employer,
            });
        }
        report.mean_days_to_employer = (!employer_days.is_empty())
            .then(|| employer_days.iter().sum::<i64>() as f64 / employer_days.len() as f64);
        report.days_to_employer = (median(employer_days), entered_without_employer);
        report.evidence.sort_by_key(|e| e.date);
        report.job_diversity = JobDiversity {
            jobs: job_titles.len(),
            kinds: job_titles.iter().collect::<BTreeSet<_>>().len(),
            employers: employers.iter().flatten().collect::<BTreeSet<_>>().len()
                + employers.iter().filter(|e| e.is_none()).count(),
        };
        report.session_list = in_period.into_iter().cloned().collect();
        report.session_list.sort_by_key(|r| r.start);
        report
    }
}

impl Report {
    /// The anonymous counts alone: without the per-person and per-session lists, the records
    /// that could not be read and the day of a freeze.
    pub fn anonymous(&self) -> Self {
        Self {
            people: Vec::new(),
            evidence: Vec::new(),
            session_list: Vec::new(),
            unreadable_records: 0,
            frozen_on: None,
            ..self.clone()
        }
    }

    /// Counts time the service spent without a person (already within the period).
    pub fn add_service_time(&mut self, time: &[crate::service::ServiceTime]) {
        for entry in time {
            let tally = self
                .interventions
                .entry(Intervention::Service(entry.kind))
                .or_default();
            tally.count += 1;
            tally.minutes += i64::from(entry.minutes);
        }
    }
}

impl Store {
    /// The report of `period`, from every journey and the summaries of the records of the
    /// period's years. Files that cannot be read are left out and counted.
    pub fn report(&self, period: Period) -> Report {
        // What the report reads of each journey, from the cache where the file is unchanged.
        let journeys = self.report_journeys();
        let from = u16::try_from(period.from.year()).unwrap_or(0);
        let to = u16::try_from(period.to.year()).unwrap_or(u16::MAX);
        let records = self.record_summaries(from..=to);
        let mut report = Report::compute(&journeys.items, &records.items, period);
        report.unreadable_records = records.errors.len();
        // A service file that cannot be read is left out; `check` names it.
        let (time, _unreadable) = self.service_time(period);
        report.add_service_time(&time);
        report
    }
}
