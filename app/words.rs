//! The journey's vocabulary in words: statuses, phases, rhythms, milestones, decisions. Shared
//! by the journey screen, the home list and the participant's printable document.

use chrono::NaiveDate;
use sessions::{
    ContactReason, Contract, ExitReason, Milestone, MilestoneKind, Objective, Phase, Prescriber,
    ReviewDecision, Rhythm, Status,
};

use crate::i18n::I18n;

/// `text` cut to `max` characters with "…" when longer (names in lists and headers; the whole
/// text goes in the tooltip and the screen-reader label).
pub fn short(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some((end, _)) => std::borrow::Cow::Owned(format!("{}…", text[..end].trim_end())),
    }
}

/// A date as the app writes it everywhere: `20/11/2026`.
pub fn date(date: NaiveDate) -> String {
    atelier_plugin_api::date_text(date)
}

/// A period: "du 01/09/2026 au 30/09/2026", or "depuis le 01/09/2026" while open.
pub fn span(i18n: &I18n, start: NaiveDate, end: Option<NaiveDate>) -> String {
    match end {
        Some(end) => i18n.tr_args(
            "journey-from-to",
            &[("start", date(start).into()), ("end", date(end).into())],
        ),
        None => i18n.tr_args("journey-since", &[("start", date(start).into())]),
    }
}

/// A SMART objective in one line: the goal, how it is measured, by when.
pub fn objective(i18n: &I18n, objective: &Objective) -> String {
    let mut line = i18n.tr_args("doc-objective", &[("text", objective.text.as_str().into())]);
    if !objective.measure.is_empty() {
        line.push_str(&i18n.tr_args(
            "doc-objective-measure",
            &[("measure", objective.measure.as_str().into())],
        ));
    }
    if let Some(due) = objective.due {
        line.push_str(&i18n.tr_args("doc-objective-due", &[("date", date(due).into())]));
    }
    line
}

/// An experience in one line: kind, title, employer, period.
pub fn milestone(i18n: &I18n, milestone: &Milestone) -> String {
    let mut line = format!(
        "{} : {}",
        milestone_kind(i18n, &milestone.kind),
        milestone.title
    );
    if !milestone.employer.is_empty() {
        line.push_str(&format!(" ({})", milestone.employer));
    }
    line.push_str(", ");
    line.push_str(&span(i18n, milestone.start, milestone.end));
    line
}

/// A journey's status in words.
pub fn status(i18n: &I18n, status: &Status) -> String {
    match status {
        Status::Active => i18n.tr("status-active"),
        Status::OnHold { planned_end, .. } => {
            i18n.tr_args("status-on-hold", &[("date", date(*planned_end).into())])
        }
        Status::Exited { date: day, .. } => {
            i18n.tr_args("status-exited", &[("date", date(*day).into())])
        }
    }
}

/// The four phases of support, in order.
pub const PHASES: [Phase; 4] = [
    Phase::SharedEvaluation,
    Phase::ProjectBuilding,
    Phase::JobSearch,
    Phase::InEmployment,
];

/// The phases in progress, in words, joined: "Recherche d'emploi, Accompagnement dans l'emploi";
/// empty when none is open.
pub fn phases_now(i18n: &I18n, journey: &sessions::Journey) -> String {
    journey
        .phases
        .iter()
        .filter(|span| span.end.is_none())
        .map(|span| phase(i18n, span.phase))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A phase of support in words.
pub fn phase(i18n: &I18n, phase: Phase) -> String {
    i18n.tr(match phase {
        Phase::SharedEvaluation => "phase-evaluation",
        Phase::ProjectBuilding => "phase-project",
        Phase::JobSearch => "phase-job-search",
        Phase::InEmployment => "phase-in-employment",
    })
}

/// A follow-up rhythm in words.
pub fn rhythm(i18n: &I18n, rhythm: Rhythm) -> String {
    match rhythm {
        Rhythm::Weekly => i18n.tr("rhythm-weekly"),
        Rhythm::Fortnightly => i18n.tr("rhythm-fortnightly"),
        Rhythm::Monthly => i18n.tr("rhythm-monthly"),
        Rhythm::EveryDays(days) => {
            i18n.tr_args("rhythm-days", &[("days", usize::from(days).into())])
        }
    }
}

/// A number of days between contacts in words ("every week", "every 3 days").
pub fn every_days(i18n: &I18n, days: u16) -> String {
    rhythm(
        i18n,
        match days {
            7 => Rhythm::Weekly,
            14 => Rhythm::Fortnightly,
            31 => Rhythm::Monthly,
            days => Rhythm::EveryDays(days),
        },
    )
}

/// Why this contact rhythm, in words.
pub fn contact_reason(i18n: &I18n, reason: ContactReason) -> String {
    i18n.tr(match reason {
        ContactReason::JobSearch => "contact-reason-job-search",
        ContactReason::FirstMonthOfJob => "contact-reason-new-job",
        ContactReason::AtLeastMonthly => "contact-reason-monthly",
        ContactReason::Stage => "contact-reason-stage",
        ContactReason::OnHoldCheckIn => "contact-reason-on-hold",
    })
}

/// A kind of experience in words.
pub fn milestone_kind(i18n: &I18n, kind: &MilestoneKind) -> String {
    match kind {
        MilestoneKind::WorkTrial => i18n.tr("milestone-work-trial"),
        MilestoneKind::Training => i18n.tr("milestone-training"),
        MilestoneKind::Volunteering => i18n.tr("milestone-volunteering"),
        MilestoneKind::Job(contract) => i18n.tr_args(
            "milestone-job",
            &[(
                "contract",
                match contract {
                    Contract::Cdi => i18n.tr("contract-cdi"),
                    Contract::Cdd => i18n.tr("contract-cdd"),
                    Contract::Interim => i18n.tr("contract-interim"),
                    Contract::Alternance => i18n.tr("contract-alternance"),
                    Contract::Other(other) => other.clone(),
                }
                .into(),
            )],
        ),
    }
}

/// Why a journey ended, in words.
pub fn exit_reason(i18n: &I18n, reason: &ExitReason) -> String {
    match reason {
        ExitReason::PersonRequest => i18n.tr("exit-person-request"),
        ExitReason::StableJob => i18n.tr("exit-stable-job"),
        ExitReason::MovedAway => i18n.tr("exit-moved-away"),
        ExitReason::Health => i18n.tr("exit-health"),
        ExitReason::LostContact => i18n.tr("exit-lost-contact"),
        ExitReason::Other(other) => other.clone(),
    }
}

/// A stage review's decision in words.
pub fn decision(i18n: &I18n, decision: &ReviewDecision) -> String {
    match decision {
        ReviewDecision::Continue { new_frame } if new_frame.trim().is_empty() => {
            i18n.tr("decision-continue-same")
        }
        ReviewDecision::Continue { new_frame } => {
            i18n.tr_args("decision-continue", &[("frame", new_frame.as_str().into())])
        }
        ReviewDecision::HandOver { to } => {
            i18n.tr_args("decision-hand-over", &[("to", to.as_str().into())])
        }
        ReviewDecision::Stop => i18n.tr("decision-stop"),
    }
}

/// Who sent the person, in words.
pub fn prescriber(i18n: &I18n, prescriber: &Prescriber) -> String {
    match prescriber {
        Prescriber::FranceTravail => "France Travail".to_owned(),
        Prescriber::CapEmploi => "Cap emploi".to_owned(),
        Prescriber::MissionLocale => i18n.tr("prescriber-mission-locale"),
        Prescriber::Mdph => i18n.tr("prescriber-mdph"),
        Prescriber::Other(other) if other.is_empty() => i18n.tr("not-given"),
        Prescriber::Other(other) => other.clone(),
    }
}
