//! The service's report on a data folder whose every fact is known: people who entered, left,
//! paused, were erased; sessions across the period's edges; a corrupt record; contacts with and
//! without a length. Every figure is asserted.

use chrono::{DateTime, FixedOffset, NaiveDate};
use sessions::report::{ExitKind, Intervention, MonthSessions, Period, Situation};
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
        contact("2026-03-08", ContactKind::Call, Some(20)),
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
    assert_eq!(tally(Intervention::Contact(ContactKind::Call)).minutes, 20);
    assert_eq!(tally(Intervention::Contact(ContactKind::Employer)).count, 1);
    assert_eq!(
        report.situations.iter().collect::<Vec<_>>(),
        [
            (&Situation::Job, &1),
            (&Situation::PlacementOrTraining, &1),
            (&Situation::Volunteering, &1)
        ]
    );
    assert!((report.collective_per_month - 2.0 / (90.0 / (365.25 / 12.0))).abs() < 1e-9);
    assert_eq!(report.weekly_contact, (1, 2), "Amina yes, Élodie no");
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
