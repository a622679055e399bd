//! The journey file (*parcours*): one per participant, the thread tying every session to them.
//! See `sessions/DOMAIN.md` §2.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::format::Versioned;
use crate::id::{ParticipantId, SessionId};
use crate::private::Private;
use crate::record::{Mode, ProgressPoint};

/// One participant's journey file, `journeys/<id>.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journey {
    /// Version of this file's layout; see [`Versioned`].
    pub format_version: u32,
    /// The participant's id, also the file name.
    pub id: ParticipantId,
    /// The first name or chosen name shown in sessions (*prénom d'usage*).
    pub display_name: String,
    /// Last name: never on a projector, never in a participant's export.
    #[serde(default)]
    pub last_name: Private<Option<String>>,
    /// The assigned advisor (*conseiller·ère*, *référent·e*).
    #[serde(default)]
    pub advisor: String,
    /// Who sent the person to the service.
    pub prescriber: Prescriber,
    /// Date the person entered the service.
    pub entry_date: NaiveDate,
    /// GDPR consents.
    pub consents: Consents,
    /// Wished jobs, hours, places, strengths, accommodations.
    #[serde(default)]
    pub preferences: Preferences,
    /// Phases of support, which can overlap or restart.
    #[serde(default)]
    pub phases: Vec<PhaseSpan>,
    /// Stages with goals (*étapes contractualisées*).
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Work trials, training, jobs, volunteering.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Every status change, oldest first; the last one is the current status. Never rewritten.
    pub status_history: Vec<StatusChange>,
    /// Data an activity keeps across sessions, keyed by activity id (opaque RON of the activity).
    #[serde(default)]
    pub activity_data: BTreeMap<String, ActivityData>,
    /// Every session the participant took part in, oldest first.
    #[serde(default)]
    pub timeline: Vec<SessionLink>,
    /// Every change of a consent after the first recording, oldest first: what was given or
    /// withdrawn, when, by whom (the current state is in `consents`).
    #[serde(default)]
    pub consent_history: Vec<ConsentChange>,
    /// Contacts outside Atelier's sessions (a meeting, a call, a workplace visit), which count
    /// for the rhythm of contact.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The advisor's private notes.
    #[serde(default)]
    pub private_notes: Private<String>,
    /// Copies of the person's data written outside the data folder (documents printed for
    /// them, exports), so that an erasure can say which still exist.
    #[serde(default)]
    pub copies: Vec<CopyOutside>,
    /// What to look at again with the person on a date (a first small step), from a session
    /// or noted by hand; shown on Home when due and at their next session.
    #[serde(default)]
    pub follow_ups: Vec<FollowUpItem>,
}

/// A follow-up of the journey: what to look at again, when, from which session, and when it
/// was looked at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpItem {
    /// What, in the person's words.
    pub text: String,
    /// When to look at it again (the advisor can move it).
    pub due: NaiveDate,
    /// The session it comes from, if any.
    #[serde(default)]
    pub session: Option<SessionId>,
    /// The activity it comes from, if any.
    #[serde(default)]
    pub activity: String,
    /// When it was looked at again; `None` while it is still to do.
    #[serde(default)]
    pub done: Option<NaiveDate>,
}

impl Journey {
    /// The follow-ups still to do, the earliest due first.
    pub fn open_follow_ups(&self) -> Vec<&FollowUpItem> {
        let mut open: Vec<&FollowUpItem> = self
            .follow_ups
            .iter()
            .filter(|f| f.done.is_none())
            .collect();
        open.sort_by_key(|f| f.due);
        open
    }
}

/// A copy of a person's data written outside the data folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyOutside {
    /// When it was written.
    pub date: NaiveDate,
    /// What it is.
    pub kind: CopyKind,
    /// Where: a file, or the folder of an export.
    pub path: String,
}

/// What a copy outside the data folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CopyKind {
    /// The person's document (the whole journey).
    Document,
    /// The document of one session.
    SessionDocument,
    /// Everything about the person (GDPR export).
    Export,
}

impl Versioned for Journey {
    const CURRENT_VERSION: u32 = 1;
    const MAX_BYTES: u64 = crate::bounds::MAX_JOURNEY_BYTES;
    fn format_version(&self) -> u32 {
        self.format_version
    }
}

impl Journey {
    /// A new journey with what a quick add needs: a name, consents and an entry date; active.
    pub fn new(
        id: ParticipantId,
        display_name: impl Into<String>,
        entry_date: NaiveDate,
        consents: Consents,
        recorded_by: impl Into<String>,
    ) -> Self {
        Self {
            format_version: Self::CURRENT_VERSION,
            id,
            display_name: display_name.into(),
            last_name: Private::default(),
            advisor: String::new(),
            prescriber: Prescriber::Other(String::new()),
            entry_date,
            consents,
            preferences: Preferences::default(),
            phases: vec![PhaseSpan {
                phase: Phase::SharedEvaluation,
                start: entry_date,
                end: None,
            }],
            stages: Vec::new(),
            milestones: Vec::new(),
            status_history: vec![StatusChange {
                date: entry_date,
                status: Status::Active,
                recorded_by: recorded_by.into(),
                note: String::new(),
            }],
            activity_data: BTreeMap::new(),
            timeline: Vec::new(),
            contacts: Vec::new(),
            copies: Vec::new(),
            follow_ups: Vec::new(),
            consent_history: Vec::new(),
            private_notes: Private::default(),
        }
    }

    /// The current status: the last change, or active if there is none.
    pub fn status(&self) -> &Status {
        self.status_history
            .last()
            .map_or(&Status::Active, |change| &change.status)
    }

    /// Day of the most recent contact: a session, or a contact noted outside Atelier.
    pub fn last_contact(&self) -> Option<NaiveDate> {
        self.timeline
            .iter()
            .map(|link| link.date.date_naive())
            .chain(
                self.contacts
                    .iter()
                    .filter(|c| c.kind.with_person())
                    .map(|c| c.date),
            )
            .max()
    }

    /// How often the person should be seen now, by the rule of `sessions/DOMAIN.md` §2 (weekly while
    /// looking for work and in the first month of a job, at least monthly otherwise), or more
    /// often if the current stage says so. `None` while on hold or after an exit.
    pub fn expected_contact(&self, today: NaiveDate) -> Option<ExpectedContact> {
        match self.status() {
            Status::Active => {}
            // On hold, only the check-ins agreed with the person.
            Status::OnHold {
                check_in_days: Some(every_days),
                ..
            } => {
                return Some(ExpectedContact {
                    every_days: *every_days,
                    reason: ContactReason::OnHoldCheckIn,
                });
            }
            _ => return None,
        }
        let open = |phase: Phase| {
            self.phases.iter().any(|span| {
                span.phase == phase
                    && span.start <= today
                    && span.end.is_none_or(|end| end >= today)
            })
        };
        let new_job = self.milestones.iter().any(|m| {
            matches!(m.kind, MilestoneKind::Job(_))
                && m.start <= today
                && (today - m.start).num_days() < 31
                && m.end.is_none_or(|end| end >= today)
        });
        let by_rule = if open(Phase::JobSearch) {
            ExpectedContact {
                every_days: 7,
                reason: ContactReason::JobSearch,
            }
        } else if new_job {
            ExpectedContact {
                every_days: 7,
                reason: ContactReason::FirstMonthOfJob,
            }
        } else {
            ExpectedContact {
                every_days: 31,
                reason: ContactReason::AtLeastMonthly,
            }
        };
        let by_stage = self
            .stages
            .iter()
            .rev()
            .find(|stage| stage.review.is_none() && stage.start <= today)
            .map(|stage| ExpectedContact {
                every_days: stage.rhythm.days(),
                reason: ContactReason::Stage,
            });
        Some(match by_stage {
            Some(stage) if stage.every_days < by_rule.every_days => stage,
            _ => by_rule,
        })
    }

    /// Days since the last contact and whether that is longer than expected (see
    /// [`Self::expected_contact`]); with no contact yet, days are counted from the entry date.
    pub fn contact_check(&self, now: DateTime<FixedOffset>) -> ContactCheck {
        let today = now.date_naive();
        let since = self.last_contact().unwrap_or(self.entry_date);
        let days = (today - since).num_days().max(0);
        let expected = self.expected_contact(today);
        ContactCheck {
            days_since: days,
            overdue: expected.is_some_and(|e| days > i64::from(e.every_days)),
            expected,
        }
    }

    /// The link to `session`, if the journey has one.
    pub fn link(&self, session: &SessionId) -> Option<&SessionLink> {
        self.timeline.iter().find(|link| &link.session == session)
    }
}

/// A contact with the person outside Atelier's sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// When.
    pub date: NaiveDate,
    /// How.
    pub kind: ContactKind,
    /// Who noted it.
    pub recorded_by: String,
    /// What was said, for the advisor only.
    #[serde(default)]
    pub note: Private<String>,
    /// How long it took, in minutes, when noted (the service's report adds it up).
    #[serde(default)]
    pub duration_minutes: Option<u32>,
}

/// How a contact happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ContactKind {
    /// A meeting in person.
    Meeting,
    /// A phone call (before video calls had their own kind, a video call too).
    Call,
    /// A visit at the workplace (with the employer too).
    WorkplaceVisit,
    /// A written message that got an answer.
    Message,
    /// A contact with an employer about the person's job search or job (without the person).
    Employer,
    /// A contact with a partner about the person: the prescriber, the care team… (without the
    /// person).
    Partner,
    /// A meeting by video call: counts as meeting in person for the fidelity scale.
    Video,
}

impl ContactKind {
    /// Whether the person was there: what counts for the rhythm of contact.
    pub fn with_person(self) -> bool {
        !matches!(self, Self::Employer | Self::Partner)
    }

    /// Whether it was with an employer: what counts for a rapid job search.
    pub fn with_employer(self) -> bool {
        matches!(self, Self::Employer | Self::WorkplaceVisit)
    }

    /// Whether the person was met, in person or by video: what the fidelity scale's item 4.5
    /// counts (a phone call or a message does not).
    pub fn a_meeting(self) -> bool {
        matches!(self, Self::Meeting | Self::WorkplaceVisit | Self::Video)
    }
}

/// How often contact is expected, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpectedContact {
    /// At most this many days between two contacts.
    pub every_days: u16,
    /// Which rule sets it.
    pub reason: ContactReason,
}

/// The rule behind an [`ExpectedContact`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactReason {
    /// The job-search phase is open: weekly.
    JobSearch,
    /// A job started less than a month ago: weekly.
    FirstMonthOfJob,
    /// Otherwise: at least monthly.
    AtLeastMonthly,
    /// The current stage asks for a closer rhythm.
    Stage,
    /// On hold, the check-ins agreed with the person.
    OnHoldCheckIn,
}

/// The last contact measured against the expected rhythm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactCheck {
    /// Days since the last contact (or since entry when there is none).
    pub days_since: i64,
    /// The expected rhythm, if any (none while on hold or after an exit).
    pub expected: Option<ExpectedContact>,
    /// Longer than expected.
    pub overdue: bool,
}

/// Who sent the person to the service (*prescripteur*).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Prescriber {
    /// France Travail.
    FranceTravail,
    /// Cap emploi.
    CapEmploi,
    /// Mission locale.
    MissionLocale,
    /// A decision of the MDPH / CDAPH.
    Mdph,
    /// Another service, named.
    Other(String),
}

/// The GDPR consents of the journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consents {
    /// Consent to keep this file.
    pub keep_file: Consent,
    /// Consent to show the first name on the projector in collective sessions.
    pub first_name_on_projector: Consent,
}

/// Which consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsentKind {
    /// Keeping the journey file.
    KeepFile,
    /// Showing the first name on the projector.
    FirstNameOnProjector,
}

/// A consent given or withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentChange {
    /// Which consent.
    pub consent: ConsentKind,
    /// Given (`true`) or withdrawn.
    pub given: bool,
    /// When.
    pub date: NaiveDate,
    /// Who recorded it.
    pub recorded_by: String,
}

impl Journey {
    /// Gives or withdraws a consent, keeping the change in [`Self::consent_history`].
    pub fn set_consent(
        &mut self,
        consent: ConsentKind,
        given: bool,
        date: NaiveDate,
        recorded_by: &str,
    ) {
        let current = match consent {
            ConsentKind::KeepFile => &mut self.consents.keep_file,
            ConsentKind::FirstNameOnProjector => &mut self.consents.first_name_on_projector,
        };
        if current.given == given {
            return;
        }
        *current = Consent {
            given,
            date,
            recorded_by: recorded_by.to_owned(),
        };
        self.consent_history.push(ConsentChange {
            consent,
            given,
            date,
            recorded_by: recorded_by.to_owned(),
        });
    }
}

/// One consent: given or not, when and by whom it was recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// Whether the person agreed.
    pub given: bool,
    /// When it was recorded.
    pub date: NaiveDate,
    /// Who recorded it.
    pub recorded_by: String,
}

/// The person's preferences and strengths, updated over time (IPS principle 4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// Jobs the person wishes for.
    pub wished_jobs: Vec<String>,
    /// Wished hours (for example "mornings, 20 h a week").
    pub hours: String,
    /// Wished places or areas.
    pub places: Vec<String>,
    /// Strengths the person and the advisor see.
    pub strengths: Vec<String>,
    /// Accommodations the person needs at work.
    pub accommodations: Vec<String>,
    /// When this was last reviewed.
    pub updated: Option<NaiveDate>,
}

/// The four phases of supported employment in French law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// Shared evaluation of the situation (*évaluation partagée*).
    SharedEvaluation,
    /// Building the professional project.
    ProjectBuilding,
    /// Job search support.
    JobSearch,
    /// Support in employment, to the person and the employer.
    InEmployment,
}

/// A phase over a span of dates; `end: None` means in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseSpan {
    /// Which phase.
    pub phase: Phase,
    /// When it started.
    pub start: NaiveDate,
    /// When it ended, if it did.
    pub end: Option<NaiveDate>,
}

/// A contracted stage (*étape contractualisée*) with its goals and review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    /// Short title.
    pub title: String,
    /// SMART objectives.
    pub objectives: Vec<Objective>,
    /// Actions planned.
    pub actions: Vec<String>,
    /// How often the advisor and the person meet during this stage.
    pub rhythm: Rhythm,
    /// Start of the stage.
    pub start: NaiveDate,
    /// Planned end of the stage.
    pub planned_end: Option<NaiveDate>,
    /// The stage review (*bilan d'étape*), once held.
    pub review: Option<StageReview>,
}

/// A SMART objective: specific text, how it is measured, and when it is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objective {
    /// What, specifically, in the person's words where possible.
    pub text: String,
    /// How progress is measured.
    pub measure: String,
    /// When it is due.
    pub due: Option<NaiveDate>,
}

/// How often contact is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rhythm {
    /// Every week.
    Weekly,
    /// Every two weeks.
    Fortnightly,
    /// Every month.
    Monthly,
    /// Every so many days.
    EveryDays(u16),
}

impl Rhythm {
    /// The rhythm in days.
    pub fn days(self) -> u16 {
        match self {
            Self::Weekly => 7,
            Self::Fortnightly => 14,
            Self::Monthly => 31,
            Self::EveryDays(days) => days.max(1),
        }
    }
}

/// The review of a stage and the decision taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageReview {
    /// Date of the review.
    pub date: NaiveDate,
    /// What was decided.
    pub decision: ReviewDecision,
    /// Notes on the review.
    pub note: String,
    /// The session it was held in (a *bilan d'étape* exercise), when it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionId>,
}

/// The three decisions a stage review can take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewDecision {
    /// Continue, with a new frame.
    Continue {
        /// The new frame agreed.
        new_frame: String,
    },
    /// Hand over to the prescriber or another resource.
    HandOver {
        /// To whom.
        to: String,
    },
    /// Stop.
    Stop,
}

/// An experience in the journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    /// Which kind of experience.
    pub kind: MilestoneKind,
    /// Title or job.
    pub title: String,
    /// Employer or organisation.
    pub employer: String,
    /// Start date.
    pub start: NaiveDate,
    /// End date, if known.
    pub end: Option<NaiveDate>,
}

/// Kinds of experience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MilestoneKind {
    /// A work trial (*PMSMP*, *stage*).
    WorkTrial,
    /// A training course.
    Training,
    /// A job, with its contract.
    Job(Contract),
    /// Volunteering (*bénévolat*).
    Volunteering,
}

/// Contract types; all count as ordinary (competitive) jobs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Contract {
    /// Permanent contract (CDI).
    Cdi,
    /// Fixed-term contract (CDD).
    Cdd,
    /// Temporary work (*intérim*).
    Interim,
    /// Work-study (*alternance*).
    Alternance,
    /// Another contract, named.
    Other(String),
}

/// A status change, kept for ever in [`Journey::status_history`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    /// When the change took effect.
    pub date: NaiveDate,
    /// The new status.
    pub status: Status,
    /// Who recorded it.
    pub recorded_by: String,
    /// A note.
    pub note: String,
}

/// Where the person is in the service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Supported now.
    Active,
    /// On hold (*mise en veille*): only at the person's request, for a limited time; not an exit.
    OnHold {
        /// The person asked for it (a pause is never decided for them).
        #[serde(default)]
        at_persons_request: bool,
        /// Start of the hold.
        start: NaiveDate,
        /// Planned end of the hold.
        planned_end: NaiveDate,
        /// Conditions agreed to resume.
        resume_conditions: String,
        /// How often the advisor and the person keep in touch during the hold, in days, when
        /// they agreed to ("un appel par mois en attendant"); `None`: no contact planned.
        #[serde(default)]
        check_in_days: Option<u16>,
    },
    /// Left the service (*sortie*).
    Exited {
        /// Date of exit.
        date: NaiveDate,
        /// Why.
        reason: ExitReason,
    },
}

/// Why someone left the service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExitReason {
    /// The person asked to stop.
    PersonRequest,
    /// Lasting job, support no longer needed.
    StableJob,
    /// Moved away.
    MovedAway,
    /// Health.
    Health,
    /// Lost contact despite follow-up.
    LostContact,
    /// Another reason, written out.
    Other(String),
}

/// Data an activity keeps across sessions for one participant (opaque to Atelier).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityData {
    /// The activity's own RON text.
    pub ron: String,
    /// When it was last written.
    pub updated: DateTime<FixedOffset>,
    /// The session that last wrote it.
    pub session: Option<SessionId>,
}

/// A journey's link to one session record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionLink {
    /// The record.
    pub session: SessionId,
    /// When the session started.
    pub date: DateTime<FixedOffset>,
    /// Which activity.
    pub activity: String,
    /// Collective or one-to-one.
    pub mode: Mode,
    /// What the participant takes away, as reviewed at the end; `None` if left out.
    pub takeaway: Option<String>,
    /// Values for the progress charts, from this session's activity.
    #[serde(default)]
    pub progress: Vec<ProgressPoint>,
    /// The takeaway in each language (by code), when the activity said it in both: see
    /// [`Self::takeaway_for`].
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub takeaway_in: std::collections::BTreeMap<String, String>,
}

impl SessionLink {
    /// The takeaway as the reader of language `code` reads it: in their language when the
    /// activity said it in both, else as it was written (older records too).
    pub fn takeaway_for(&self, code: &str) -> Option<&str> {
        self.takeaway.as_ref()?;
        self.takeaway_in
            .get(code)
            .map(String::as_str)
            .or(self.takeaway.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    fn at(text: &str) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .expect("offset")
            .from_local_datetime(&day(text).and_hms_opt(10, 0, 0).expect("time"))
            .single()
            .expect("unambiguous")
    }

    fn journey() -> Journey {
        let consent = Consent {
            given: true,
            date: day("2026-09-01"),
            recorded_by: "Claire".into(),
        };
        let mut j = Journey::new(
            ParticipantId::parse("p-amina").expect("id"),
            "Amina",
            day("2026-09-01"),
            Consents {
                keep_file: consent.clone(),
                first_name_on_projector: consent,
            },
            "Claire",
        );
        j.timeline.push(SessionLink {
            session: SessionId::parse("s-1").expect("id"),
            date: at("2026-11-10"),
            activity: "miracle_question".into(),
            mode: Mode::OneToOne,
            takeaway: None,
            progress: Vec::new(),
            takeaway_in: std::collections::BTreeMap::new(),
        });
        j
    }

    #[test]
    fn the_expected_rhythm_follows_the_phase_the_job_and_the_stage() {
        let mut j = journey();
        let now = at("2026-11-20");
        // Shared evaluation only: at least monthly; 10 days is fine.
        let check = j.contact_check(now);
        assert_eq!(check.days_since, 10);
        assert_eq!(
            check.expected.map(|e| e.reason),
            Some(ContactReason::AtLeastMonthly)
        );
        assert!(!check.overdue);
        // Looking for work: weekly; 10 days is too long.
        j.phases.push(PhaseSpan {
            phase: Phase::JobSearch,
            start: day("2026-10-01"),
            end: None,
        });
        let check = j.contact_check(now);
        assert_eq!(
            check.expected.map(|e| (e.every_days, e.reason)),
            Some((7, ContactReason::JobSearch))
        );
        assert!(check.overdue);
        // A phone call two days ago counts as a contact.
        let mut called = j.clone();
        called.contacts.push(Contact {
            date: day("2026-11-18"),
            kind: ContactKind::Call,
            recorded_by: "Claire".into(),
            note: Private::new("Va mieux".into()),
            duration_minutes: Some(15),
        });
        assert_eq!(called.last_contact(), Some(day("2026-11-18")));
        // A call with the employer, without the person, does not.
        let mut employer = j.clone();
        employer.contacts.push(Contact {
            date: day("2026-11-19"),
            kind: ContactKind::Employer,
            recorded_by: "Claire".into(),
            note: Private::default(),
            duration_minutes: None,
        });
        assert_eq!(employer.last_contact(), j.last_contact());
        assert!(!called.contact_check(now).overdue);
        // Job found on 2026-11-02, search closed: weekly in the first month, then monthly.
        j.phases[1].end = Some(day("2026-11-01"));
        j.milestones.push(Milestone {
            kind: MilestoneKind::Job(Contract::Cdd),
            title: "Aide cuisinière".into(),
            employer: "Cantine".into(),
            start: day("2026-11-02"),
            end: None,
        });
        assert_eq!(
            j.contact_check(now).expected.map(|e| e.reason),
            Some(ContactReason::FirstMonthOfJob)
        );
        assert_eq!(
            j.contact_check(at("2026-12-05")).expected.map(|e| e.reason),
            Some(ContactReason::AtLeastMonthly)
        );
        // A stage asking for every 3 days wins over monthly.
        j.stages.push(Stage {
            title: "Prise de poste".into(),
            objectives: Vec::new(),
            actions: Vec::new(),
            rhythm: Rhythm::EveryDays(3),
            start: day("2026-11-01"),
            planned_end: None,
            review: None,
        });
        assert_eq!(
            j.contact_check(at("2026-12-05"))
                .expected
                .map(|e| (e.every_days, e.reason)),
            Some((3, ContactReason::Stage))
        );
        // On hold: no rhythm, never overdue.
        j.status_history.push(StatusChange {
            date: day("2026-11-15"),
            status: Status::OnHold {
                at_persons_request: true,
                start: day("2026-11-15"),
                planned_end: day("2027-01-15"),
                resume_conditions: "Après les soins".into(),
                check_in_days: None,
            },
            recorded_by: "Claire".into(),
            note: String::new(),
        });
        let check = j.contact_check(at("2026-12-30"));
        assert_eq!((check.expected, check.overdue), (None, false));
    }
}
