//! The service's report on a data folder whose every fact is known: people who entered, left,
//! paused, were erased; sessions across the period's edges; a corrupt record; contacts with and
//! without a length. Every figure is asserted.

use chrono::{DateTime, FixedOffset, NaiveDate};
use sessions::report::{ExitKind, Intervention, MonthSessions, Period, Report, Situation};
use sessions::{
    ActivityRef, Consent, Consents, Contact, ContactKind, Contract, ExitReason, Journey, Milestone,
    MilestoneKind, Mode, ParticipantId, ParticipantOutcome, Phase, PhaseSpan, Private, SessionId,
    SessionRecord, Status, StatusChange, Store, Versioned as _,
};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("time")
}

fn pid(text: &str) -> ParticipantId {
    ParticipantId::parse(text).expect("id")
}

fn journey(id: &str, name: &str, entry: &str) -> Journey {
    let consent = Consent {
        given: true,
        date: day(entry),
        recorded_by: "Claire".into(),
    };
    Journey::new(
        pid(id),
        name,
        day(entry),
        Consents {
            keep_file: consent.clone(),
            first_name_on_projector: consent,
        },
        "Claire",
    )
}

fn contact(date: &str, kind: ContactKind, minutes: Option<u32>) -> Contact {
    Contact {
        date: day(date),
        kind,
        recorded_by: "Claire".into(),
        note: Private::new("NOTE-PRIVEE".into()),
        duration_minutes: minutes,
    }
}

fn status(date: &str, status: Status) -> StatusChange {
    StatusChange {
        date: day(date),
        status,
        recorded_by: "Claire".into(),
        note: String::new(),
    }
}

fn session(
    id: &str,
    mode: Mode,
    activity: &str,
    start: &str,
    end: &str,
    people: &[&str],
) -> SessionRecord {
    SessionRecord {
        format_version: SessionRecord::CURRENT_VERSION,
        id: SessionId::parse(id).expect("id"),
        activity: ActivityRef {
            id: activity.into(),
            version: "1".into(),
        },
        mode,
        start: time(start),
        end: time(end),
        place: "Salle 1".into(),
        facilitators: vec!["Claire".into()],
        participants: people
            .iter()
            .map(|p| ParticipantOutcome {
                stage_review: None,
                id: pid(p),
                takeaway: None,
                activity_data: None,
                progress: Vec::new(),
                follow_ups: Vec::new(),
                takeaway_in: std::collections::BTreeMap::new(),
            })
            .collect(),
        summary: String::new(),
        activity_data: String::from("()"),
        facilitator_notes: Private::new("NOTE-PRIVEE".into()),
    }
}

/// The data folder of the first quarter of 2026 (see each person's line).
pub fn known_folder() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path().join("data")).expect("store");

    // Amina: looking for work in March, seen every week, a job from 25 March.
    let mut amina = journey("p-amina", "Amina", "2025-10-01");
    amina.phases.push(PhaseSpan {
        phase: Phase::JobSearch,
        start: day("2026-03-01"),
        end: Some(day("2026-03-20")),
    });
    amina.contacts.extend([
        contact("2026-03-01", ContactKind::Meeting, Some(60)),
        contact("2026-03-08", ContactKind::Video, Some(20)),
        contact("2026-03-15", ContactKind::Meeting, None),
    ]);
    amina.milestones.push(Milestone {
        kind: MilestoneKind::Job(Contract::Cdd),
        title: "Vendeuse".into(),
        employer: "Boulangerie Olive".into(),
        start: day("2026-03-25"),
        end: None,
    });
    // Élodie: entered in February, looking for work, not seen for weeks in March; an employer
    // contact 14 days after entry; in training at the end.
    let mut elodie = journey("p-elodie", "Élodie", "2026-02-10");
    elodie.phases.push(PhaseSpan {
        phase: Phase::JobSearch,
        start: day("2026-02-10"),
        end: None,
    });
    elodie.contacts.extend([
        contact("2026-02-10", ContactKind::Meeting, Some(30)),
        contact("2026-02-24", ContactKind::Employer, Some(30)),
    ]);
    elodie.milestones.push(Milestone {
        kind: MilestoneKind::Training,
        title: "Caces".into(),
        employer: "Afpa".into(),
        start: day("2026-03-20"),
        end: None,
    });
    // Inès: entered in January, left for her health at the end of February.
    let mut ines = journey("p-ines", "Inès", "2026-01-15");
    ines.status_history.push(status(
        "2026-02-28",
        Status::Exited {
            date: day("2026-02-28"),
            reason: ExitReason::Health,
        },
    ));
    // Hugo: on hold from March, volunteering.
    let mut hugo = journey("p-hugo", "Hugo", "2025-05-01");
    hugo.status_history.push(status(
        "2026-03-01",
        Status::OnHold {
            at_persons_request: true,
            start: day("2026-03-01"),
            planned_end: day("2026-06-01"),
            resume_conditions: String::new(),
            check_in_days: None,
        },
    ));
    hugo.milestones.push(Milestone {
        kind: MilestoneKind::Volunteering,
        title: "Épicerie solidaire".into(),
        employer: "Asso".into(),
        start: day("2025-12-01"),
        end: None,
    });
    // Jules: left in 2025. Farid: enters in April. Gaëlle: erased.
    let mut jules = journey("p-jules", "Jules", "2024-01-01");
    jules.status_history.push(status(
        "2025-06-30",
        Status::Exited {
            date: day("2025-06-30"),
            reason: ExitReason::StableJob,
        },
    ));
    let farid = journey("p-farid", "Farid", "2026-04-10");
    let gaelle = journey("p-gaelle", "Gaëlle", "2025-11-01");
    for j in [&amina, &elodie, &ines, &hugo, &jules, &farid, &gaelle] {
        store.save_journey(j, None).expect("journey");
    }

    for record in [
        session(
            "s-20260115-100000-circle",
            Mode::Collective,
            "peer_circle",
            "2026-01-15T10:00:00+01:00",
            "2026-01-15T11:30:00+01:00",
            &["p-amina", "p-ines", "p-hugo", "p-gaelle"],
        ),
        session(
            "s-20260310-140000-grille",
            Mode::Collective,
            "grille_evaluation",
            "2026-03-10T14:00:00+01:00",
            "2026-03-10T15:00:00+01:00",
            &["p-amina", "p-elodie"],
        ),
        session(
            "s-20260212-100000-miracle",
            Mode::OneToOne,
            "miracle_question",
            "2026-02-12T10:00:00+01:00",
            "2026-02-12T10:45:00+01:00",
            &["p-elodie"],
        ),
        // Outside the period, on both sides.
        session(
            "s-20251220-100000-before",
            Mode::Collective,
            "peer_circle",
            "2025-12-20T10:00:00+01:00",
            "2025-12-20T11:00:00+01:00",
            &["p-amina", "p-hugo"],
        ),
        session(
            "s-20260402-100000-after",
            Mode::OneToOne,
            "miracle_question",
            "2026-04-02T10:00:00+02:00",
            "2026-04-02T11:00:00+02:00",
            &["p-amina"],
        ),
    ] {
        store.save_session(&record).expect("session");
    }
    sessions::erase_participant(&store, &pid("p-gaelle"), &|_, _, _| None).expect("erased");
    // A record that cannot be read.
    std::fs::write(
        store
            .root()
            .join("sessions/2026/s-20260201-100000-corrupt.ron"),
        "(format_version: 1, id: ",
    )
    .expect("written");
    (dir, store)
}

#[test]
fn every_figure_of_the_first_quarter_is_what_the_folder_says() {
    let (_dir, store) = known_folder();
    let period = Period {
        from: day("2026-01-01"),
        to: day("2026-03-31"),
    };
    let report = store.report(period);

    assert_eq!(report.caseload, 4, "Amina, Élodie, Inès, Hugo");
    assert_eq!(report.new_journeys, 2, "Élodie, Inès");
    assert_eq!(
        report.exits.iter().collect::<Vec<_>>(),
        [(&ExitKind::Health, &1)]
    );
    assert_eq!(report.on_hold, 1);
    assert_eq!(
        report.sessions,
        MonthSessions {
            collective: 2,
            one_to_one: 1
        }
    );
    assert_eq!(report.by_activity.len(), 3);
    assert_eq!(report.by_activity["peer_circle"].collective, 1);
    assert_eq!(report.by_activity["miracle_question"].one_to_one, 1);
    assert_eq!(
        report.by_month,
        [
            (
                (2026, 1),
                MonthSessions {
                    collective: 1,
                    one_to_one: 0
                }
            ),
            (
                (2026, 2),
                MonthSessions {
                    collective: 0,
                    one_to_one: 1
                }
            ),
            (
                (2026, 3),
                MonthSessions {
                    collective: 1,
                    one_to_one: 0
                }
            ),
        ]
    );
    assert_eq!(report.average_group, Some(2.5), "3 (Gaëlle erased) and 2");
    assert_eq!(report.people_in_sessions, 4);
    let tally = |i: Intervention| report.interventions.get(&i).copied().unwrap_or_default();
    assert_eq!(
        (
            tally(Intervention::CollectiveSession).count,
            tally(Intervention::CollectiveSession).minutes
        ),
        (2, 150)
    );
    assert_eq!(
        (
            tally(Intervention::OneToOneSession).count,
            tally(Intervention::OneToOneSession).minutes
        ),
        (1, 45)
    );
    let meetings = tally(Intervention::Contact(ContactKind::Meeting));
    assert_eq!(
        (meetings.count, meetings.minutes, meetings.without_length),
        (3, 90, 1)
    );
    assert_eq!(tally(Intervention::Contact(ContactKind::Video)).minutes, 20);
    assert_eq!(tally(Intervention::Contact(ContactKind::Employer)).count, 1);
    assert_eq!(
        report.situations.iter().collect::<Vec<_>>(),
        [
            (&Situation::Job, &1),
            (&Situation::PlacementOrTraining, &1),
            (&Situation::Volunteering, &1)
        ]
    );
    assert_eq!(report.months_with_collective, (2, 3), "January and March");
    assert_eq!(
        report.rhythm_kept,
        (1, 2),
        "Amina met weekly (her job's first week is too short to judge); Élodie not"
    );
    assert_eq!(report.re_entries, 0);
    // Breakdowns for the bilan and the fidelity review.
    assert_eq!(report.days, 90);
    assert_eq!(report.by_advisor.values().sum::<usize>(), 4);
    assert_eq!(report.by_prescriber.values().sum::<usize>(), 4);
    assert_eq!(
        report.jobs_by_contract.iter().collect::<Vec<_>>(),
        [(&sessions::report::ContractKind::Cdd, &1)],
        "Amina's job from 25 March"
    );
    assert_eq!(
        report.outcomes.iter().collect::<Vec<_>>(),
        [
            (&sessions::report::OutcomeKind::Job, &1),
            (&sessions::report::OutcomeKind::Training, &1)
        ],
        "Amina's job, Élodie's training; Hugo's volunteering began before"
    );
    assert_eq!(
        report.employer_contacts.values().sum::<usize>(),
        1,
        "Élodie's employer contact"
    );
    assert_eq!(
        report.job_diversity,
        sessions::report::JobDiversity {
            jobs: 1,
            kinds: 1,
            employers: 1
        }
    );
    assert_eq!(
        report.days_to_employer,
        (Some(14.0), 1),
        "Élodie 14 days; Inès none"
    );
    assert_eq!(report.unreadable_records, 1);
    assert_eq!(report.people.len(), 4);
}

#[test]
fn the_summaries_are_rebuilt_when_missing_and_reported_when_they_disagree() {
    let (_dir, store) = known_folder();
    let period = Period {
        from: day("2026-01-01"),
        to: day("2026-03-31"),
    };
    let reference = store.report(period);
    let index = store.root().join("sessions/2026.index");
    assert!(index.is_file(), "written with the sessions");
    // The corrupt record keeps the year's summary from being trusted: fix it, then check.
    std::fs::remove_file(
        store
            .root()
            .join("sessions/2026/s-20260201-100000-corrupt.ron"),
    )
    .expect("removed");
    std::fs::remove_file(&index).expect("removed");
    let report = store.report(period);
    assert_eq!(report.sessions, reference.sessions);
    assert_eq!(report.unreadable_records, 0);
    assert!(index.is_file(), "rebuilt");
    assert!(
        sessions::check(&store).is_clean(),
        "{:?}",
        sessions::check(&store).problems
    );

    // A summary edited by hand: the records count, check says so, repair rebuilds it.
    let text = std::fs::read_to_string(&index).expect("read");
    std::fs::write(&index, text.replace("grille_evaluation", "peer_circle")).expect("written");
    let problems = sessions::check(&store).problems;
    assert!(
        problems
            .iter()
            .any(|p| matches!(&p.kind, sessions::ProblemKind::StaleIndex(y) if y == "2026")),
        "{problems:?}"
    );
    sessions::repair(&store).expect("repair");
    assert!(sessions::check(&store).is_clean());
    assert_eq!(store.report(period).by_activity, reference.by_activity);
}

/// A period from `from` to `to`.
fn period(from: &str, to: &str) -> Period {
    Period {
        from: day(from),
        to: day(to),
    }
}

/// Someone looking for work from `from`, contacted by `kind` every `every` days from then.
fn looking(id: &str, from: &str, kind: ContactKind, every: i64) -> Journey {
    let mut j = journey(id, id, "2025-09-01");
    j.phases.push(PhaseSpan {
        phase: Phase::JobSearch,
        start: day(from),
        end: None,
    });
    let mut date = day(from);
    while date <= day("2026-12-31") {
        j.contacts.push(contact(&date.to_string(), kind, None));
        date += chrono::Duration::days(every);
    }
    j
}

#[test]
fn item_4_5_counts_meetings_in_person_or_by_video_at_the_rhythm_of_the_situation() {
    let q1 = period("2026-01-01", "2026-03-31");
    let rhythm = |journeys: &[Journey], p: Period| Report::compute(journeys, &[], p).rhythm_kept;
    // Looking for work: a meeting every 7 days is weekly; messages or calls every 5 days are
    // not meetings; a video every 6 days is.
    assert_eq!(
        rhythm(&[looking("p-a", "2025-12-30", ContactKind::Meeting, 7)], q1),
        (1, 1)
    );
    assert_eq!(
        rhythm(&[looking("p-b", "2025-12-30", ContactKind::Message, 5)], q1),
        (0, 1),
        "messages only: not met"
    );
    assert_eq!(
        rhythm(&[looking("p-c", "2025-12-30", ContactKind::Call, 5)], q1),
        (0, 1),
        "phone calls only: not met"
    );
    assert_eq!(
        rhythm(&[looking("p-d", "2025-12-30", ContactKind::Video, 6)], q1),
        (1, 1)
    );
    assert_eq!(
        rhythm(&[looking("p-e", "2025-12-30", ContactKind::Meeting, 8)], q1),
        (0, 1),
        "every 8 days is not weekly"
    );

    // In a job from 5 January: weekly in its first month, then monthly.
    let mut job = journey("p-job", "Job", "2025-09-01");
    job.milestones.push(Milestone {
        kind: MilestoneKind::Job(Contract::Cdi),
        title: "Agent".into(),
        employer: "Mairie".into(),
        start: day("2026-01-05"),
        end: None,
    });
    for date in [
        "2026-01-05",
        "2026-01-12",
        "2026-01-19",
        "2026-01-26",
        "2026-02-02",
        "2026-03-01",
        "2026-03-30",
    ] {
        job.contacts
            .push(contact(date, ContactKind::WorkplaceVisit, None));
    }
    assert_eq!(rhythm(std::slice::from_ref(&job), q1), (1, 1), "kept");
    // A month without a meeting in the job: not kept.
    job.contacts.retain(|c| c.date != day("2026-03-01"));
    assert_eq!(rhythm(std::slice::from_ref(&job), q1), (0, 1));
    // A weekly first month missed: not kept either.
    let mut late = job.clone();
    late.contacts.retain(|c| c.date != day("2026-01-12"));
    late.contacts
        .push(contact("2026-03-01", ContactKind::Meeting, None));
    assert_eq!(rhythm(&[late], q1), (0, 1));
    // A week of a monthly rhythm gives no verdict, whatever was seen.
    assert_eq!(
        rhythm(
            std::slice::from_ref(&job),
            period("2026-03-02", "2026-03-08")
        ),
        (0, 0)
    );
    // A meeting just before the period carries into it.
    assert_eq!(
        rhythm(
            &[looking("p-f", "2025-12-29", ContactKind::Meeting, 7)],
            period("2026-01-02", "2026-01-31")
        ),
        (1, 1)
    );
    // On hold: nothing asked.
    let mut paused = looking("p-g", "2025-12-30", ContactKind::Message, 30);
    paused.status_history.push(status(
        "2025-12-31",
        Status::OnHold {
            at_persons_request: true,
            start: day("2025-12-31"),
            planned_end: day("2026-06-30"),
            resume_conditions: String::from("Un appel"),
            check_in_days: None,
        },
    ));
    assert_eq!(rhythm(&[paused], q1), (0, 0));
}

#[test]
fn item_3_5_counts_the_months_with_a_collective_session_out_of_the_periods_months() {
    let record = |start: &str, mode: Mode| {
        sessions::RecordSummary::of(&session(
            &format!("s-{}-100000-x", start.replace('-', "")),
            mode,
            "peer_circle",
            &format!("{start}T10:00:00+01:00"),
            &format!("{start}T11:00:00+01:00"),
            &["p-amina"],
        ))
    };
    let records: Vec<_> = [
        ("2025-01-10", Mode::Collective),
        ("2025-01-24", Mode::Collective),
        ("2025-03-05", Mode::Collective),
        ("2025-04-05", Mode::OneToOne),
        ("2025-11-20", Mode::Collective),
    ]
    .iter()
    .map(|(d, m)| record(d, *m))
    .collect();
    let months = |p: Period| Report::compute(&[], &records, p).months_with_collective;
    assert_eq!(months(period("2025-01-01", "2025-12-31")), (3, 12));
    // A day is one month: a day with a session is a month with one, not 30 a month.
    assert_eq!(months(period("2025-01-10", "2025-01-10")), (1, 1));
    assert_eq!(months(period("2025-04-05", "2025-04-05")), (0, 1));
    // Months are calendar months the period touches.
    assert_eq!(months(period("2025-01-20", "2025-03-04")), (1, 3));
}

#[test]
fn a_return_after_an_exit_is_a_dated_re_entry_counted_once_and_check_warns_of_earlier_sessions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path().join("data")).expect("store");
    let mut nadia = journey("p-nadia", "Nadia", "2025-03-01");
    let today = day("2026-03-31");
    nadia
        .apply(
            sessions::JourneyEdit::Exit {
                date: day("2025-10-31"),
                reason: ExitReason::MovedAway,
                recorded_by: "Claire".into(),
                note: String::new(),
            },
            today,
        )
        .expect("exit");
    nadia
        .apply(
            sessions::JourneyEdit::ReEnter {
                date: day("2026-02-02"),
                recorded_by: "Claire".into(),
                note: "Revenue dans la région".into(),
            },
            today,
        )
        .expect("back");
    nadia
        .contacts
        .push(contact("2026-02-12", ContactKind::Employer, None));
    store.save_journey(&nadia, None).expect("saved");
    let report = store.report(period("2026-01-01", "2026-03-31"));
    assert_eq!(
        (report.caseload, report.new_journeys, report.re_entries),
        (1, 0, 1),
        "in the caseload once, a return, not a new journey"
    );
    assert_eq!(report.people[0].entry, day("2026-02-02"));
    assert!(report.people[0].re_entered);
    assert_eq!(
        report.days_to_employer,
        (Some(10.0), 0),
        "counted from the return"
    );
    // The year she first came: a new journey, and her exit.
    let first = store.report(period("2025-01-01", "2025-12-31"));
    assert_eq!((first.new_journeys, first.re_entries), (1, 0));
    assert_eq!(first.exits.values().sum::<usize>(), 1);
    assert!(sessions::check(&store).is_clean());

    // An entry date moved by hand to the return leaves her earlier sessions before it.
    store
        .save_session(&session(
            "s-20250601-100000-avant",
            Mode::OneToOne,
            "miracle_question",
            "2025-06-01T10:00:00+02:00",
            "2025-06-01T11:00:00+02:00",
            &["p-nadia"],
        ))
        .expect("session");
    let mut edited = store.load_journey(&pid("p-nadia")).expect("journey");
    edited.value.entry_date = day("2026-02-02");
    store
        .save_journey(&edited.value, Some(edited.revision))
        .expect("saved");
    let check = sessions::check(&store);
    assert!(
        check.problems.iter().any(|p| matches!(
            &p.kind,
            sessions::ProblemKind::BeforeEntry { record, entry, .. }
                if record.as_str() == "s-20250601-100000-avant" && *entry == day("2026-02-02")
        )),
        "{:?}",
        check.problems
    );
}

#[test]
fn time_without_a_person_counts_and_a_frozen_year_survives_an_erasure() {
    use sessions::service::{ServiceTime, ServiceTimeKind};
    let (_dir, store) = known_folder();
    let q1 = period("2026-01-01", "2026-03-31");
    let team = |date: &str, minutes| ServiceTime {
        date: day(date),
        kind: ServiceTimeKind::TeamMeeting,
        minutes,
        subject: "  Point sur les parcours  ".into(),
        recorded_by: "Claire".into(),
    };
    store
        .add_service_time(team("2026-02-03", 90))
        .expect("noted");
    store
        .add_service_time(team("2026-03-03", 60))
        .expect("noted");
    store
        .add_service_time(team("2026-04-07", 60))
        .expect("noted, out of the period");
    store
        .add_service_time(ServiceTime {
            kind: ServiceTimeKind::Committee,
            ..team("2025-12-15", 120)
        })
        .expect("noted, another year");
    let report = store.report(q1);
    let meetings = report.interventions[&Intervention::Service(ServiceTimeKind::TeamMeeting)];
    assert_eq!((meetings.count, meetings.minutes), (2, 150));
    assert!(
        !report
            .interventions
            .contains_key(&Intervention::Service(ServiceTimeKind::Committee))
    );
    let (time, errors) = store.service_time(period("2025-12-01", "2026-02-28"));
    assert!(errors.is_empty());
    assert_eq!(
        time.iter().map(|t| t.date).collect::<Vec<_>>(),
        [day("2025-12-15"), day("2026-02-03")]
    );
    assert_eq!(time[1].subject, "Point sur les parcours", "trimmed");

    // 2026 frozen, then someone erased: the frozen figures stay, the recomputed differ.
    let year = period("2026-01-01", "2026-12-31");
    let before = store.report(year);
    let frozen = store
        .freeze_year(2026, &before, day("2027-01-10"))
        .expect("frozen");
    assert_eq!(
        frozen.frozen.as_ref().map(|f| &f.figures),
        Some(&before.anonymous())
    );
    // Freezing again keeps the first.
    let again = store
        .freeze_year(2026, &Report::default(), day("2027-02-01"))
        .expect("kept");
    assert_eq!(again.frozen, frozen.frozen);
    sessions::erase_participant(&store, &pid("p-elodie"), &|_, _, _| None).expect("erased");
    let file = store.service_year(2026).expect("read");
    assert_eq!(
        file.erasures.len(),
        2,
        "Gaëlle (erased with the folder's making) and Élodie: the day, nothing more"
    );
    assert!(
        !std::fs::read_to_string(store.service_path(2026))
            .expect("text")
            .contains("elodie")
    );
    let after = store.report(year);
    assert_ne!(after.anonymous(), before.anonymous());
    let kept = file.frozen.expect("still frozen").figures;
    assert_eq!(kept.caseload, before.caseload);
    assert_eq!(kept.interventions, before.interventions);
    let service = store.root().join("service");
    assert!(
        !sessions::check(&store)
            .problems
            .iter()
            .any(|p| p.path.starts_with(&service)),
        "the service's files read"
    );

    // A service file that cannot be read is named by check, and the report goes on.
    std::fs::write(store.service_path(2026), "(format_version: 1, year: ").expect("broken");
    let check = sessions::check(&store);
    assert!(
        check
            .problems
            .iter()
            .any(|p| p.path == store.service_path(2026) && p.position.is_some()),
        "{:?}",
        check.problems
    );
    assert_eq!(
        store.report(q1).caseload,
        3,
        "Élodie erased; the rest reads"
    );
    assert!(
        store.add_service_time(team("2026-05-05", 30)).is_err(),
        "never overwritten"
    );
}

#[test]
fn jobs_obtained_are_counted_by_contract_and_their_kinds_and_employers_compared_loosely() {
    let job = |title: &str, employer: &str, contract: Contract, start: &str| Milestone {
        kind: MilestoneKind::Job(contract),
        title: title.into(),
        employer: employer.into(),
        start: day(start),
        end: None,
    };
    let mut a = journey("p-a", "A", "2025-01-01");
    a.advisor = "Claire".into();
    a.milestones.extend([
        job("Vendeuse", "Boulangerie Olive", Contract::Cdi, "2026-02-01"),
        job(
            "vendeuse ",
            "BOULANGERIE OLIVE",
            Contract::Interim,
            "2026-03-01",
        ),
        job("Agent d'entretien", "", Contract::Cdd, "2026-03-10"),
        job("Agent d'entretien", "", Contract::Alternance, "2026-03-20"),
        job("Cariste", "Élan", Contract::Cdd, "2025-12-01"),
    ]);
    a.contacts.extend([
        contact("2026-01-10", ContactKind::Employer, None),
        contact("2026-02-10", ContactKind::WorkplaceVisit, None),
        contact("2026-02-11", ContactKind::Partner, None),
    ]);
    let mut b = journey("p-b", "B", "2025-01-01");
    b.advisor = "Karim".into();
    let report = Report::compute(&[a, b], &[], period("2026-01-01", "2026-03-31"));
    use sessions::report::ContractKind as K;
    assert_eq!(
        report.jobs_by_contract.into_iter().collect::<Vec<_>>(),
        [
            (K::Cdi, 1),
            (K::Cdd, 1),
            (K::Interim, 1),
            (K::Alternance, 1)
        ],
        "the job of December is not the period's"
    );
    assert!(K::Alternance.competitive() && !K::Interim.competitive());
    assert_eq!(
        report.job_diversity,
        sessions::report::JobDiversity {
            jobs: 4,
            kinds: 2,
            employers: 3
        },
        "one baker's whatever the case; two employers not noted count apart"
    );
    assert_eq!(
        report.employer_contacts.into_iter().collect::<Vec<_>>(),
        [(String::from("Claire"), 2)],
        "a partner is not an employer"
    );
    assert_eq!(
        report.by_advisor.into_iter().collect::<Vec<_>>(),
        [(String::from("Claire"), 1), (String::from("Karim"), 1)]
    );
}

#[test]
fn an_erasure_completes_even_when_a_years_service_file_cannot_be_read() {
    let (_dir, store) = known_folder();
    std::fs::create_dir_all(store.root().join("service")).expect("folder");
    std::fs::write(store.service_path(2026), "(format_version: 1, year: ").expect("broken");
    let report =
        sessions::erase_participant(&store, &pid("p-hugo"), &|_, _, _| None).expect("erased");
    assert!(report.journey_removed.is_some());
    assert!(store.load_journey(&pid("p-hugo")).is_err(), "gone");
    assert_eq!(
        std::fs::read_to_string(store.service_path(2026)).expect("text"),
        "(format_version: 1, year: ",
        "the bad file is left as it was"
    );
}
