//! The fidelity review's grid: each computed item scored by the scale's thresholds on both
//! sides of each one, from figures written here; the same from a hand-made caseload whose jobs,
//! contacts and entries are known, with the evidence listed; the team's answers kept in the
//! year's service file; an axis scored as the average of its scored items.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sessions::fidelity::{self, ItemAnswer, Measure};
use sessions::report::{ContractKind, EvidenceKind, JobDiversity, Period, Report};
use sessions::{
    Consent, Consents, Contact, ContactKind, Contract, Journey, Milestone, MilestoneKind,
    ParticipantId, Private, Status, StatusChange, Store, StoreError,
};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

fn journey(id: &str, entry: &str, advisor: &str) -> Journey {
    let consent = Consent {
        given: true,
        date: day(entry),
        recorded_by: "Claire".into(),
    };
    let mut journey = Journey::new(
        ParticipantId::parse(id).expect("id"),
        id,
        day(entry),
        Consents {
            keep_file: consent.clone(),
            first_name_on_projector: consent,
        },
        "Claire",
    );
    journey.advisor = advisor.into();
    journey
}

fn contact(date: &str, kind: ContactKind) -> Contact {
    Contact {
        date: day(date),
        kind,
        recorded_by: "Claire".into(),
        note: Private::new(String::new()),
        duration_minutes: None,
    }
}

fn job(title: &str, employer: &str, contract: Contract, start: &str) -> Milestone {
    Milestone {
        kind: MilestoneKind::Job(contract),
        title: title.into(),
        employer: employer.into(),
        start: day(start),
        end: None,
    }
}

fn score(measure: Measure, report: &Report) -> Option<u8> {
    measure.measure(report).and_then(|m| m.score)
}

#[test]
fn each_computed_item_is_scored_by_the_scales_thresholds_on_both_sides_of_each() {
    // 2.2: contacts per advisor per week, to the nearest whole contact.
    let contacts = |per_week: f64| Report {
        days: 70,
        by_advisor: BTreeMap::from([("Claire".into(), 10), (String::new(), 3)]),
        employer_contacts: BTreeMap::from([("Claire".into(), (per_week * 10.0) as usize)]),
        ..Report::default()
    };
    for (rate, expected) in [
        (1.4, 1),
        (1.5, 2),
        (2.4, 2),
        (2.5, 3),
        (4.4, 3),
        (4.5, 4),
        (5.4, 4),
        (5.5, 5),
        (9.0, 5),
    ] {
        assert_eq!(
            score(Measure::EmployerContacts, &contacts(rate)),
            Some(expected),
            "{rate} a week (an advisor not named does not divide)"
        );
    }
    let nobody = Report {
        by_advisor: BTreeMap::from([(String::new(), 3)]),
        ..Report::default()
    };
    assert_eq!(Measure::EmployerContacts.measure(&nobody), None);

    // 2.4: share of ordinary contracts; 3.3 and 3.4: share of different kinds and employers.
    let jobs = |competitive: usize, other: usize| Report {
        jobs_by_contract: BTreeMap::from([
            (ContractKind::Cdi, competitive),
            (ContractKind::Interim, other),
        ]),
        job_diversity: JobDiversity {
            jobs: competitive + other,
            kinds: competitive,
            employers: competitive,
        },
        ..Report::default()
    };
    for (competitive, expected) in [
        (64, 1),
        (65, 2),
        (74, 2),
        (75, 3),
        (84, 3),
        (85, 4),
        (94, 4),
        (95, 5),
        (100, 5),
    ] {
        let report = jobs(competitive, 100 - competitive);
        assert_eq!(score(Measure::CompetitiveJobs, &report), Some(expected));
    }
    for (different, expected) in [
        (49, 1),
        (50, 2),
        (59, 2),
        (60, 3),
        (69, 3),
        (70, 4),
        (84, 4),
        (85, 5),
    ] {
        let report = jobs(different, 100 - different);
        assert_eq!(score(Measure::JobKinds, &report), Some(expected));
        assert_eq!(score(Measure::Employers, &report), Some(expected));
    }
    assert_eq!(
        Measure::CompetitiveJobs.measure(&jobs(0, 0)),
        None,
        "no job"
    );

    // 3.5: never, now and then, every month.
    for (with, expected) in [(0, 1), (1, 2), (11, 2), (12, 3)] {
        let report = Report {
            months_with_collective: (with, 12),
            ..Report::default()
        };
        assert_eq!(score(Measure::CollectiveMonths, &report), Some(expected));
    }

    // 4.3: average days to the first employer contact (fewer is better).
    for (days, expected) in [
        (271.0, 1),
        (270.0, 2),
        (151.0, 2),
        (150.0, 3),
        (61.0, 3),
        (60.0, 4),
        (31.0, 4),
        (30.0, 5),
        (0.0, 5),
    ] {
        let report = Report {
            mean_days_to_employer: Some(days),
            ..Report::default()
        };
        assert_eq!(score(Measure::DaysToEmployer, &report), Some(expected));
    }

    // 5.1: people still supported per named advisor (fewer is better).
    for (people, expected) in [
        (41, 1),
        (40, 2),
        (31, 2),
        (30, 3),
        (26, 3),
        (25, 4),
        (21, 4),
        (20, 5),
    ] {
        let report = Report {
            open_by_advisor: BTreeMap::from([
                ("Claire".into(), people),
                ("Karim".into(), people),
                (String::new(), 50),
            ]),
            ..Report::default()
        };
        assert_eq!(score(Measure::Caseload, &report), Some(expected));
    }

    // 4.5 is shown, never scored: the item asks for more than Atelier holds.
    let rhythm = Report {
        rhythm_kept: (3, 4),
        ..Report::default()
    };
    let measured = Measure::RhythmKept.measure(&rhythm).expect("measured");
    assert_eq!((measured.value, measured.score), (75.0, None));
}

#[test]
fn a_hand_made_caseload_gives_each_item_its_value_score_and_evidence() {
    // Claire: four jobs, two employer contacts, two people who entered during the year.
    let mut a = journey("p-a", "2025-01-01", "Claire");
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
    ]);
    a.contacts
        .push(contact("2026-02-10", ContactKind::WorkplaceVisit));
    let mut b = journey("p-b", "2026-01-05", "Claire");
    b.contacts
        .push(contact("2026-01-15", ContactKind::Employer));
    let mut c = journey("p-c", "2026-01-05", "Claire");
    c.contacts
        .push(contact("2026-04-05", ContactKind::Employer));
    let d = journey("p-d", "2026-02-01", "Claire");
    let mut g = journey("p-g", "2026-01-05", "Claire");
    g.contacts
        .push(contact("2026-01-25", ContactKind::Employer));
    // Karim: one person still supported, one who left.
    let e = journey("p-e", "2025-06-01", "Karim");
    let mut f = journey("p-f", "2025-06-01", "Karim");
    f.status_history.push(StatusChange {
        date: day("2026-02-01"),
        status: Status::Exited {
            date: day("2026-02-01"),
            reason: sessions::ExitReason::MovedAway,
        },
        recorded_by: "Karim".into(),
        note: String::new(),
    });
    let period = Period {
        from: day("2026-01-01"),
        to: day("2026-06-30"),
    };
    let report = Report::compute(&[a, b, c, d, e, f, g], &[], period);

    // 4.3 scores the average (10, 20 and 90 days: 40, a 4), not the median (20, a 5).
    assert_eq!(report.mean_days_to_employer, Some(40.0));
    assert_eq!(report.days_to_employer, (Some(20.0), 1), "p-d has none yet");
    assert_eq!(
        report
            .open_by_advisor
            .clone()
            .into_iter()
            .collect::<Vec<_>>(),
        [(String::from("Claire"), 5), (String::from("Karim"), 1)],
        "who left in February is not in Karim's caseload at the end"
    );
    let rows = fidelity::grid(&report, &BTreeMap::new());
    let row = |id: &str| {
        rows.iter()
            .find(|r| r.item.id == id)
            .unwrap_or_else(|| panic!("item {id}"))
    };
    let measured = |id: &str| row(id).measured.map(|m| (m.value, m.score));
    assert_eq!(
        measured("2.4"),
        Some((75.0, Some(3))),
        "3 of 4: interim is not"
    );
    assert_eq!(measured("3.3"), Some((50.0, Some(2))), "2 kinds of 4 jobs");
    assert_eq!(measured("3.4"), Some((75.0, Some(4))), "3 employers of 4");
    assert_eq!(measured("4.3"), Some((40.0, Some(4))));
    assert_eq!(measured("5.1"), Some((3.0, Some(5))));
    let (rate, two_two) = measured("2.2").expect("2.2");
    assert!((rate - 4.0 / 2.0 / (181.0 / 7.0)).abs() < 1e-9, "{rate}");
    assert_eq!(two_two, Some(1));
    assert_eq!(measured("1.1"), None, "not computed");
    assert_eq!(rows.len(), 27);

    // What was counted, oldest first: four employer contacts, four jobs.
    let evidence: Vec<(NaiveDate, &str)> = report
        .evidence
        .iter()
        .map(|e| {
            (
                e.date,
                match &e.what {
                    EvidenceKind::EmployerContact(_) => "contact",
                    EvidenceKind::Job { .. } => "job",
                },
            )
        })
        .collect();
    assert_eq!(
        evidence,
        [
            (day("2026-01-15"), "contact"),
            (day("2026-01-25"), "contact"),
            (day("2026-02-01"), "job"),
            (day("2026-02-10"), "contact"),
            (day("2026-03-01"), "job"),
            (day("2026-03-10"), "job"),
            (day("2026-03-20"), "job"),
            (day("2026-04-05"), "contact"),
        ]
    );
    assert!(report.anonymous().evidence.is_empty(), "never frozen");

    // Axis 3: 3.3 and 3.4 computed (2 and 4), 3.5 too (6 months, none with a collective
    // session: 1); 3.1 and 3.2 are to fill in.
    let axes = fidelity::axes(&rows);
    assert_eq!(axes.len(), 5);
    let three = axes[2];
    assert_eq!((three.scored, three.items), (3, 5));
    assert_eq!(three.average, Some((2.0 + 4.0 + 1.0) / 3.0));
    assert_eq!(axes[0].average, None, "1.1 is to fill in");
}

#[test]
fn the_teams_answers_are_kept_in_the_years_file_and_replace_a_computed_score() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path().join("data")).expect("store");
    let answer = |score: Option<u8>, note: &str| ItemAnswer {
        score,
        note: note.into(),
        by: "Claire".into(),
        on: day("2026-11-20"),
    };
    store
        .set_fidelity_answer(2026, "1.1", answer(Some(4), "  Personne n'est refusé.  "))
        .expect("1.1");
    store
        .set_fidelity_answer(
            2026,
            "3.4",
            answer(Some(2), "Trop de postes au même endroit"),
        )
        .expect("3.4");
    store
        .set_fidelity_answer(2026, "2.3", answer(Some(9), "à revoir"))
        .expect("2.3");
    store
        .set_fidelity_answer(2026, "2.5", answer(Some(3), ""))
        .expect("2.5");
    store
        .set_fidelity_answer(2026, "2.5", answer(None, " "))
        .expect("2.5 removed");
    assert!(matches!(
        store.set_fidelity_answer(2026, "6.1", answer(Some(3), "")),
        Err(StoreError::NoSuchFidelityItem(id)) if id == "6.1"
    ));
    // Reread from the file itself.
    let text = std::fs::read_to_string(store.service_path(2026)).expect("file");
    let file: sessions::service::ServiceYear = sessions::parse(&text).expect("parse");
    assert_eq!(
        file.review.keys().collect::<Vec<_>>(),
        ["1.1", "2.3", "3.4"],
        "2.5 emptied is gone; 6.1 never written"
    );
    assert_eq!(file.review["1.1"].note, "Personne n'est refusé.");
    assert_eq!(file.review["2.3"].score, None, "9 is not a score");
    assert_eq!(store.service_year(2025).expect("2025").review.len(), 0);

    // 3.4 computed 5 (all different), replaced by the team's 2.
    let report = Report {
        jobs_by_contract: BTreeMap::from([(ContractKind::Cdi, 4)]),
        job_diversity: JobDiversity {
            jobs: 4,
            kinds: 4,
            employers: 4,
        },
        ..Report::default()
    };
    let rows = fidelity::grid(&report, &file.review);
    let three_four = rows.iter().find(|r| r.item.id == "3.4").expect("3.4");
    assert_eq!(three_four.measured.and_then(|m| m.score), Some(5));
    assert_eq!(three_four.score(), Some(2));
    let axes = fidelity::axes(&rows);
    assert_eq!(axes[0].average, Some(4.0));
    assert_eq!(axes[0].scored, 1);
}
