//! The store against real files in temporary folders: round trips, bad files, crashes at every
//! write step, concurrent changes, drafts, GDPR export and erase.

mod common;
use common::files_below;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};
use sessions::{
    ActivityRef, Consent, Consents, Contract, Draft, DraftId, DraftParticipant, ExitReason,
    FormatError, Journey, Milestone, MilestoneKind, Mode, Objective, ParticipantId,
    ParticipantOutcome, Phase, PhaseSpan, Prescriber, Private, ProblemKind, ReviewDecision, Rhythm,
    SessionExtract, SessionId, SessionRecord, Stage, StageReview, Status, StatusChange, Store,
    StoreError, Versioned,
};

fn date(text: &str) -> NaiveDate {
    text.parse().expect("valid date")
}

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("valid time")
}

fn today() -> NaiveDate {
    date("2026-11-22")
}

fn demo_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path().join("data")).expect("create store");
    sessions::demo::populate(&store, today()).expect("demo data");
    (dir, store)
}

fn pid(text: &str) -> ParticipantId {
    ParticipantId::parse(text).expect("valid id")
}

/// A journey with every field filled and every variant used somewhere.
fn full_journey(id: &str) -> Journey {
    let consent = Consent {
        given: true,
        date: date("2025-01-06"),
        recorded_by: "Claire".into(),
    };
    let mut j = Journey::new(
        pid(id),
        "Zoé",
        date("2025-01-06"),
        Consents {
            keep_file: consent.clone(),
            first_name_on_projector: Consent {
                given: false,
                ..consent
            },
        },
        "Claire",
    );
    j.last_name = Private::new(Some("Lefèvre".into()));
    j.advisor = "Claire Martin".into();
    j.prescriber = Prescriber::Other("CMP \"Les Tilleuls\"".into());
    j.preferences.wished_jobs = vec!["Boulangère".into()];
    j.preferences.hours = "Matin\nsurtout".into();
    j.preferences.accommodations = vec!["Écran plus grand".into()];
    j.phases.push(PhaseSpan {
        phase: Phase::InEmployment,
        start: date("2025-06-01"),
        end: None,
    });
    for (i, decision) in [
        ReviewDecision::Continue {
            new_frame: "Temps partiel".into(),
        },
        ReviewDecision::HandOver {
            to: "Cap emploi".into(),
        },
        ReviewDecision::Stop,
    ]
    .into_iter()
    .enumerate()
    {
        j.stages.push(Stage {
            title: format!("Étape {i}"),
            objectives: vec![Objective {
                text: "Trois candidatures".into(),
                measure: "nombre".into(),
                due: Some(date("2025-03-01")),
            }],
            actions: vec!["CV".into()],
            rhythm: [Rhythm::Weekly, Rhythm::Fortnightly, Rhythm::EveryDays(10)][i],
            start: date("2025-01-10"),
            planned_end: None,
            review: Some(StageReview {
                session: None,
                date: date("2025-04-01"),
                decision,
                note: String::new(),
            }),
        });
    }
    for kind in [
        MilestoneKind::WorkTrial,
        MilestoneKind::Training,
        MilestoneKind::Volunteering,
        MilestoneKind::Job(Contract::Cdi),
        MilestoneKind::Job(Contract::Cdd),
        MilestoneKind::Job(Contract::Interim),
        MilestoneKind::Job(Contract::Alternance),
        MilestoneKind::Job(Contract::Other("CUI".into())),
    ] {
        j.milestones.push(Milestone {
            kind,
            title: "Boulangerie".into(),
            employer: "Au bon pain".into(),
            start: date("2025-05-01"),
            end: Some(date("2025-05-15")),
        });
    }
    for status in [
        Status::OnHold {
            at_persons_request: true,
            start: date("2025-07-01"),
            planned_end: date("2025-09-01"),
            resume_conditions: "Après l'été".into(),
            check_in_days: Some(14),
        },
        Status::Active,
        Status::Exited {
            date: date("2025-12-01"),
            reason: ExitReason::Other("Formation longue".into()),
        },
    ] {
        j.status_history.push(StatusChange {
            date: date("2025-07-01"),
            status,
            recorded_by: "Claire".into(),
            note: "À sa demande".into(),
        });
    }
    j.private_notes = Private::new("r#\"raw\"# and \\ backslash".into());
    j
}

fn record(id: &str, participants: &[&str], activity: &str) -> SessionRecord {
    SessionRecord {
        format_version: SessionRecord::CURRENT_VERSION,
        id: SessionId::parse(id).expect("valid id"),
        activity: ActivityRef {
            id: activity.into(),
            version: "1.2.0".into(),
        },
        mode: Mode::Collective,
        start: time("2026-10-01T14:00:00+02:00"),
        end: time("2026-10-01T15:30:00+02:00"),
        place: "Salle 1".into(),
        facilitators: vec!["Claire".into(), "Karim".into()],
        participants: participants
            .iter()
            .map(|p| ParticipantOutcome {
                stage_review: None,
                id: pid(p),
                takeaway: Some(format!("takeaway of {p}")),
                activity_data: Some(format!("(owner: \"{p}\", score: 4)")),
                progress: vec![sessions::ProgressPoint {
                    series: "score".into(),
                    value: 4.0,
                }],
                follow_ups: Vec::new(),
                takeaway_in: std::collections::BTreeMap::new(),
            })
            .collect(),
        summary: "Bonne séance".into(),
        activity_data: format!("(ideas: [\"Un jardin\"], order: {participants:?})"),
        facilitator_notes: Private::new("NOTE-PRIVEE".into()),
    }
}

fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_below(root)
        .into_iter()
        .map(|p| (p.clone(), fs::read(&p).expect("read")))
        .collect()
}

#[test]
fn every_type_round_trips_through_its_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    let journey = full_journey("p-zoe");
    store.save_journey(&journey, None).expect("save journey");
    assert_eq!(
        store.load_journey(&journey.id).expect("load").value,
        journey
    );

    let other = Journey::new(
        pid("p-yann"),
        "Yann",
        date("2026-01-01"),
        journey.consents.clone(),
        "Karim",
    );
    store.save_journey(&other, None).expect("save");
    let rec = record(
        "s-20261001-140000-abcd",
        &["p-zoe", "p-yann"],
        "brainstorm_wall",
    );
    store.save_session(&rec).expect("save session");
    assert_eq!(store.load_record(&rec.id).expect("load record"), rec);

    let draft = Draft {
        format_version: Draft::CURRENT_VERSION,
        id: DraftId::parse("d-1").expect("id"),
        activity: rec.activity.clone(),
        mode: Mode::OneToOne,
        start: rec.start,
        saved_at: rec.end,
        place: String::new(),
        facilitators: vec![],
        participants: vec![DraftParticipant {
            stage: None,
            id: pid("p-zoe"),
            display_name: "Zoé".into(),
        }],
        activity_state: "(step: 3, answers: [\"a\\\"b\"])".into(),
        facilitator_notes: Private::new("x".into()),
    };
    store.save_draft(&draft).expect("save draft");
    assert_eq!(store.load_draft(&draft.id).expect("load draft"), draft);

    let extract = SessionExtract {
        format_version: SessionExtract::CURRENT_VERSION,
        session: rec.id.clone(),
        activity: rec.activity.clone(),
        mode: rec.mode,
        start: rec.start,
        end: rec.end,
        place: rec.place.clone(),
        facilitators: rec.facilitators.clone(),
        takeaway: Some("t".into()),
        activity_data: None,
    };
    let text = sessions::to_text(&extract).expect("write");
    assert_eq!(sessions::parse::<SessionExtract>(&text), Ok(extract));

    // Both journeys were linked, with takeaway and the activity's data.
    let zoe = store.load_journey(&pid("p-zoe")).expect("load").value;
    let link = zoe.link(&rec.id).expect("linked");
    assert_eq!(link.takeaway.as_deref(), Some("takeaway of p-zoe"));
    assert_eq!(
        zoe.activity_data["brainstorm_wall"].ron,
        "(owner: \"p-zoe\", score: 4)"
    );
    assert!(sessions::check(&store).is_clean());
}

#[test]
fn bad_files_are_located_and_the_rest_loads() {
    let (_dir, store) = demo_store();
    let journeys = store.root().join("journeys");
    let original = fs::read_to_string(journeys.join("p-demo-amina.ron")).expect("read");
    // A wrong value on line 4.
    fs::write(
        journeys.join("p-demo-amina.ron"),
        original.replacen("display_name: \"Amina\"", "display_name: 42", 1),
    )
    .expect("write");
    // Truncated in the middle.
    let bastien = fs::read_to_string(journeys.join("p-demo-bastien.ron")).expect("read");
    fs::write(
        journeys.join("p-demo-bastien.ron"),
        &bastien[..bastien.len() / 2],
    )
    .expect("write");
    // Empty.
    fs::write(journeys.join("p-demo-chloe.ron"), "").expect("write");
    // Newer version.
    let david = fs::read_to_string(journeys.join("p-demo-david.ron")).expect("read");
    fs::write(
        journeys.join("p-demo-david.ron"),
        david.replacen("format_version: 1", "format_version: 7", 1),
    )
    .expect("write");
    // A file whose id escapes.
    fs::write(
        journeys.join("p-evil.ron"),
        original.replacen("\"p-demo-amina\"", "\"../../etc/passwd\"", 1),
    )
    .expect("write");
    // A file name that is not an id.
    fs::write(journeys.join("Not An Id.ron"), &original).expect("write");

    let loaded = store.load_journeys();
    assert_eq!(loaded.items.len(), 6, "the six good journeys still load");
    let messages: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    assert_eq!(loaded.errors.len(), 6, "{messages:#?}");
    let find = |name: &str| {
        messages
            .iter()
            .find(|m| m.contains(name))
            .unwrap_or_else(|| panic!("no error for {name}: {messages:#?}"))
            .clone()
    };
    assert!(
        find("p-demo-amina.ron").contains("p-demo-amina.ron:4:"),
        "{}",
        find("p-demo-amina.ron")
    );
    assert!(
        find("p-demo-bastien.ron").contains("p-demo-bastien.ron:"),
        "located"
    );
    assert!(find("p-demo-chloe.ron").contains("empty"));
    assert!(find("p-demo-david.ron").contains("newer"));
    assert!(
        find("p-evil.ron").contains(":3:"),
        "the bad id is located on its line: {}",
        find("p-evil.ron")
    );
    assert!(find("Not An Id.ron").contains("only lowercase"));

    // The home screen still opens, with the problems listed.
    let home = store.home(20);
    assert_eq!(home.journeys.len(), 6);
    assert_eq!(home.recent_records.len(), 20);
    assert_eq!(home.errors.len(), 6);

    // check reports each bad file once, with a position.
    let report = sessions::check(&store);
    let bad_files: Vec<_> = report
        .problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::Format(_) | ProblemKind::BadFileName(_)))
        .collect();
    assert_eq!(bad_files.len(), 6, "{:#?}", report.problems);
}

#[test]
fn a_newer_file_is_never_overwritten() {
    let (_dir, store) = demo_store();
    let path = store.journey_path(&pid("p-demo-amina"));
    let newer = fs::read_to_string(&path).expect("read").replacen(
        "format_version: 1",
        "format_version: 2",
        1,
    );
    fs::write(&path, &newer).expect("write");
    assert!(matches!(
        store.load_journey(&pid("p-demo-amina")),
        Err(StoreError::File(sessions::FileError {
            error: FormatError::Newer {
                found: 2,
                supported: 1
            },
            ..
        }))
    ));
    let before = snapshot(store.root());
    let rec = record(
        "s-20261001-140000-newer",
        &["p-demo-bastien", "p-demo-amina"],
        "peer_circle",
    );
    assert!(
        store.save_session(&rec).is_err(),
        "a session with that participant cannot be saved"
    );
    assert_eq!(snapshot(store.root()), before, "nothing was written");
    let fresh = Journey::new(
        pid("p-demo-amina"),
        "A",
        today(),
        full_journey("p-x").consents,
        "x",
    );
    assert!(matches!(
        store.save_journey(&fresh, None),
        Err(StoreError::AlreadyExists(_))
    ));
    assert_eq!(fs::read_to_string(&path).expect("read"), newer);
}

#[test]
fn a_crash_at_any_step_of_a_session_save_is_reported_and_repaired() {
    let participants = ["p-demo-amina", "p-demo-bastien", "p-demo-chloe"];
    let rec = record("s-20261120-140000-crash", &participants, "social_skills");

    // The reference: a save that was not interrupted.
    let (_ref_dir, reference) = demo_store();
    reference.inject_crash_at_step(usize::MAX);
    reference.save_session(&rec).expect("uninterrupted save");
    let total_steps = reference.steps_taken();
    assert_eq!(
        total_steps,
        2 * (2 + participants.len()),
        "two steps per file written: the record, its year's summary, each journey"
    );
    let expected: Vec<Journey> = participants
        .iter()
        .map(|p| reference.load_journey(&pid(p)).expect("load").value)
        .collect();

    for step in 0..total_steps {
        let (_dir, store) = demo_store();
        store.inject_crash_at_step(step);
        assert!(
            matches!(store.save_session(&rec), Err(StoreError::InjectedCrash)),
            "step {step}"
        );
        store.inject_crash_at_step(usize::MAX);

        let report = sessions::check(&store);
        let record_written = store.record_path(&rec.id).exists();
        if !record_written {
            // Nothing but possibly a temp file: the save simply did not happen.
            assert!(
                report
                    .problems
                    .iter()
                    .all(|p| matches!(p.kind, ProblemKind::TempFile)),
                "step {step}: {:#?}",
                report.problems
            );
        } else {
            assert!(
                !report.is_clean(),
                "step {step}: an interrupted save is reported"
            );
            assert!(
                report.problems.iter().all(|p| p.kind.repairable()),
                "step {step}: {:#?}",
                report.problems
            );
        }
        let repaired = sessions::repair(&store).expect("repair");
        assert!(
            repaired.failed.is_empty(),
            "step {step}: {:?}",
            repaired.failed
        );
        assert!(
            repaired.after.is_clean(),
            "step {step}: {:#?}",
            repaired.after.problems
        );
        if record_written {
            for (p, want) in participants.iter().zip(&expected) {
                assert_eq!(
                    &store.load_journey(&pid(p)).expect("load").value,
                    want,
                    "step {step}: {p} completed"
                );
            }
        } else {
            // Saving again completes it.
            store.save_session(&rec).expect("retry");
            assert!(sessions::check(&store).is_clean());
        }
    }
}

#[test]
fn saving_twice_is_harmless_and_another_session_with_the_same_id_is_refused() {
    let (_dir, store) = demo_store();
    let rec = record("s-20261120-140000-twice", &["p-demo-amina"], "peer_circle");
    store.save_session(&rec).expect("first");
    store.save_session(&rec).expect("again");
    let amina = store
        .load_journey(&pid("p-demo-amina"))
        .expect("load")
        .value;
    assert_eq!(
        amina
            .timeline
            .iter()
            .filter(|l| l.session == rec.id)
            .count(),
        1
    );
    let mut other = rec.clone();
    other.activity.id = "miracle_question".into();
    assert!(matches!(
        store.save_session(&other),
        Err(StoreError::AlreadyExists(_))
    ));
    let mut later = rec.clone();
    later.start = time("2026-10-02T14:00:00+02:00");
    assert!(
        matches!(
            store.save_session(&later),
            Err(StoreError::AlreadyExists(_))
        ),
        "another session with the same id"
    );
    let unknown = record("s-20261120-140000-unkn", &["p-nobody"], "peer_circle");
    assert!(matches!(
        store.save_session(&unknown),
        Err(StoreError::UnknownParticipant(_))
    ));
    assert!(
        !store.record_path(&unknown.id).exists(),
        "nothing written for an unknown participant"
    );
}

#[test]
fn a_concurrent_change_is_detected_not_overwritten() {
    let (_dir, store) = demo_store();
    let id = pid("p-demo-amina");
    let mine = store.load_journey(&id).expect("load");
    // A colleague, through another store on the same folder, changes the journey.
    let colleague = Store::open(store.root()).expect("open");
    let mut theirs = colleague.load_journey(&id).expect("load");
    theirs.value.advisor = "Someone else".into();
    colleague
        .save_journey(&theirs.value, Some(theirs.revision))
        .expect("their save");

    let mut changed = mine.value.clone();
    changed.display_name = "Amina B.".into();
    assert!(matches!(
        store.save_journey(&changed, Some(mine.revision)),
        Err(StoreError::Conflict(_))
    ));
    let on_disk = store.load_journey(&id).expect("load").value;
    assert_eq!(on_disk.advisor, "Someone else", "their change is kept");
    assert_eq!(on_disk.display_name, "Amina");

    // A journey deleted meanwhile is a conflict too.
    fs::remove_file(store.journey_path(&id)).expect("remove");
    assert!(matches!(
        store.save_journey(&changed, Some(mine.revision)),
        Err(StoreError::Conflict(_))
    ));
}

#[test]
fn drafts_are_saved_listed_restored_and_discarded() {
    let (_dir, store) = demo_store();
    let mut draft = Draft {
        format_version: Draft::CURRENT_VERSION,
        id: DraftId::generate(time("2026-11-22T10:00:00+01:00")),
        activity: ActivityRef {
            id: "miracle_question".into(),
            version: "1.0.0".into(),
        },
        mode: Mode::OneToOne,
        start: time("2026-11-22T10:00:00+01:00"),
        saved_at: time("2026-11-22T10:05:00+01:00"),
        place: "Bureau 2".into(),
        facilitators: vec!["Claire".into()],
        participants: vec![DraftParticipant {
            stage: None,
            id: pid("p-demo-amina"),
            display_name: "Amina".into(),
        }],
        activity_state: "(step: 2)".into(),
        facilitator_notes: Private::default(),
    };
    store.save_draft(&draft).expect("save");
    draft.activity_state = "(step: 3)".into();
    draft.saved_at = time("2026-11-22T10:06:00+01:00");
    store.save_draft(&draft).expect("save again");
    let listed = store.load_drafts();
    assert!(listed.errors.is_empty());
    assert_eq!(
        listed.items,
        vec![draft.clone()],
        "one draft, its latest version"
    );
    assert_eq!(store.load_draft(&draft.id).expect("load"), draft);
    assert_eq!(store.home(5).drafts.len(), 1);
    store.discard_draft(&draft.id).expect("discard");
    assert!(store.load_drafts().items.is_empty());
    store
        .discard_draft(&draft.id)
        .expect("discarding twice is fine");
}

#[test]
fn check_reports_links_broken_both_ways() {
    let (_dir, store) = demo_store();
    // A record removed by hand: journeys now link to nothing.
    let listed = store.list_records();
    let (gone, gone_path) = listed.items.last().expect("a record").clone();
    fs::remove_file(&gone_path).expect("remove");
    // A participant whose journey was removed by hand.
    fs::remove_file(store.journey_path(&pid("p-demo-jules"))).expect("remove");
    let report = sessions::check(&store);
    assert!(
        report
            .problems
            .iter()
            .any(|p| matches!(&p.kind, ProblemKind::DanglingLink(s) if *s == gone))
    );
    assert!(report.problems.iter().any(
        |p| matches!(&p.kind, ProblemKind::UnknownParticipant(id) if id.as_str() == "p-demo-jules")
    ));
    let dangling = report
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::DanglingLink(_)))
        .expect("dangling");
    let (line, _) = dangling.position.expect("located");
    let text = fs::read_to_string(&dangling.path).expect("read");
    assert!(
        text.lines()
            .nth(line - 1)
            .expect("line")
            .contains(gone.as_str()),
        "points at the link's line"
    );
    // The year's summary still lists the removed record: reported, rebuilt by a repair.
    assert!(
        report
            .problems
            .iter()
            .any(|p| matches!(&p.kind, ProblemKind::StaleIndex(year) if year == "2026"))
    );
    assert!(
        !report
            .problems
            .iter()
            .any(|p| p.kind.repairable() && !matches!(p.kind, ProblemKind::StaleIndex(_))),
        "the links are not silently repairable"
    );
    assert!(
        !sessions::repair(&store).expect("repair").after.is_clean(),
        "still reported after repair"
    );
}

#[test]
fn home_reads_journeys_and_only_the_recent_records() {
    let (_dir, store) = demo_store();
    // Corrupt the oldest record: the home screen does not read it, check does.
    let listed = store.list_records();
    let (_, oldest) = listed.items.last().expect("a record").clone();
    fs::write(&oldest, "(garbage").expect("write");
    let home = store.home(5);
    assert_eq!(home.journeys.len(), 10);
    assert_eq!(home.record_count, 24);
    assert_eq!(home.recent_records.len(), 5);
    assert!(
        home.errors.is_empty(),
        "older records are not parsed: {:?}",
        home.errors
    );
    assert!(
        home.recent_records
            .windows(2)
            .all(|w| w[0].start >= w[1].start),
        "newest first"
    );
    assert_eq!(
        home.journeys[0].value.display_name, "Amina",
        "sorted by name"
    );
    assert!(!sessions::check(&store).is_clean());
}

#[test]
fn export_has_everything_about_the_person_and_nothing_of_others() {
    let (dir, store) = demo_store();
    let out = dir.path().join("export");
    let report = sessions::export_participant(&store, &pid("p-demo-amina"), &out).expect("export");
    let amina = store
        .load_journey(&pid("p-demo-amina"))
        .expect("load")
        .value;
    assert_eq!(report.files.len(), 1 + amina.timeline.len());
    let all: String = report
        .files
        .iter()
        .map(|f| fs::read_to_string(f).expect("read"))
        .collect();
    assert!(
        all.contains("Benali"),
        "the person's own full journey is there"
    );
    for link in amina.timeline.iter().filter_map(|l| l.takeaway.as_ref()) {
        assert!(all.contains(link.as_str()), "takeaway {link} exported");
    }
    assert!(
        !all.contains("Notes de séance"),
        "no facilitator notes of sessions"
    );
    assert!(!all.contains("p-demo-bastien"), "nobody else");
    assert!(matches!(
        sessions::export_participant(&store, &pid("p-demo-amina"), &out),
        Err(StoreError::AlreadyExists(_))
    ));
}

/// The data of every brainstorm record (anonymous content).
fn brainstorm_data(store: &Store) -> Vec<String> {
    store
        .list_records()
        .items
        .iter()
        .map(|(_, p)| store.load_record_at(p).expect("load"))
        .filter(|r| r.activity.id == "brainstorm_wall")
        .map(|r| r.activity_data)
        .collect()
}

#[test]
fn erase_leaves_no_trace_and_keeps_anonymous_content() {
    let (_dir, store) = demo_store();
    let rec = record(
        "s-20261121-140000-erase",
        &["p-demo-amina", "p-demo-bastien"],
        "peer_circle",
    );
    let mut rec = rec;
    rec.activity_data = "(ideas: [\"Un jardin partagé\"], speakers: [\"p-demo-amina\", \"p-demo-bastien\"], names: [\"Amina\"])".into();
    store.save_session(&rec).expect("save");
    let draft = Draft {
        format_version: Draft::CURRENT_VERSION,
        id: DraftId::parse("d-erase").expect("id"),
        activity: rec.activity.clone(),
        mode: Mode::Collective,
        start: rec.start,
        saved_at: rec.end,
        place: String::new(),
        facilitators: vec![],
        participants: vec![
            DraftParticipant {
                stage: None,
                id: pid("p-demo-amina"),
                display_name: "Amina".into(),
            },
            DraftParticipant {
                stage: None,
                id: pid("p-demo-bastien"),
                display_name: "Bastien".into(),
            },
        ],
        activity_state: "(speaking: \"p-demo-amina\")".into(),
        facilitator_notes: Private::default(),
    };
    store.save_draft(&draft).expect("draft");
    let brainstorms_before = brainstorm_data(&store);

    let report =
        sessions::erase_participant(&store, &pid("p-demo-amina"), &|_, _, _| None).expect("erase");
    assert!(report.journey_removed.is_some());
    assert_eq!(report.drafts_changed.len(), 1);
    assert!(report.records_changed.len() >= 6, "{report:?}");
    // Her one-to-one sessions were about her only: gone.
    assert!(!report.records_removed.is_empty(), "{report:?}");
    for session in &report.records_removed {
        assert!(store.load_record(session).is_err(), "{session} removed");
    }

    for path in files_below(store.root()) {
        let text = fs::read_to_string(&path).expect("read");
        for trace in ["p-demo-amina", "Amina", "Benali"] {
            assert!(
                !text.contains(trace),
                "{} still contains {trace}",
                path.display()
            );
        }
    }
    let brainstorms_after = brainstorm_data(&store);
    assert_eq!(
        brainstorms_before, brainstorms_after,
        "anonymous content untouched"
    );
    let kept = store.load_record(&rec.id).expect("load");
    assert!(kept.activity_data.contains("Un jardin partagé"));
    assert_eq!(kept.participants.len(), 1, "the others stay");
    assert!(
        sessions::check(&store).is_clean(),
        "{:#?}",
        sessions::check(&store).problems
    );
    assert!(matches!(
        sessions::erase_participant(&store, &pid("p-demo-amina"), &|_, _, _| None),
        Err(StoreError::UnknownParticipant(_))
    ));
}

#[test]
fn demo_data_passes_check_and_covers_the_activities() {
    let (_dir, store) = demo_store();
    let report = sessions::check(&store);
    assert!(report.is_clean(), "{:#?}", report.problems);
    assert!(report.journeys >= 8 && report.records >= 20);
    let home = store.home(100);
    for activity in [
        "miracle_question",
        "brainstorm_wall",
        "social_skills",
        "peer_circle",
        "weekly_routine",
    ] {
        assert!(
            home.recent_records
                .iter()
                .any(|r| r.activity.id == activity),
            "{activity}"
        );
    }
    let statuses: Vec<_> = home
        .journeys
        .iter()
        .map(|j| std::mem::discriminant(j.value.status()))
        .collect();
    assert!(statuses.contains(&std::mem::discriminant(&Status::Active)));
    assert!(
        home.journeys
            .iter()
            .any(|j| matches!(j.value.status(), Status::OnHold { .. }))
    );
    assert!(
        home.journeys
            .iter()
            .any(|j| matches!(j.value.status(), Status::Exited { .. }))
    );
    assert!(
        sessions::demo::populate(&store, today()).is_err(),
        "populating twice is refused"
    );
}

#[test]
fn nothing_is_written_that_could_not_be_read_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    let journey = full_journey("p-zoe");
    let revision = store.save_journey(&journey, None).expect("saved");
    let before = fs::read(store.journey_path(&journey.id)).expect("file");

    let mut longer = journey.clone();
    longer.display_name = "Z".repeat(sessions::bounds::MAX_NAME_CHARS + 1);
    let error = store
        .save_journey(&longer, Some(revision))
        .expect_err("over the bound");
    assert!(
        matches!(
            &error,
            StoreError::File(sessions::FileError {
                error: FormatError::NotWritten(inner),
                ..
            }) if matches!(**inner, FormatError::Bound(sessions::bounds::BoundError::TooLong { .. }))
        ),
        "{error:?}"
    );
    assert_eq!(
        fs::read(store.journey_path(&journey.id)).expect("file"),
        before,
        "the file on disk is the one before"
    );
    // At the bound it is written and read back.
    longer.display_name = "Z".repeat(sessions::bounds::MAX_NAME_CHARS);
    store
        .save_journey(&longer, Some(revision))
        .expect("at the bound");
    assert_eq!(
        store
            .load_journey(&journey.id)
            .expect("read")
            .value
            .display_name,
        longer.display_name
    );
}

#[test]
fn a_full_disk_at_any_step_of_a_session_save_leaves_nothing_a_retry_duplicates() {
    let participants = ["p-demo-amina", "p-demo-bastien", "p-demo-chloe"];
    let rec = record("s-20261120-140000-full", &participants, "social_skills");
    let (_ref_dir, reference) = demo_store();
    reference.inject_crash_at_step(usize::MAX);
    reference.save_session(&rec).expect("a save with room");
    let total_steps = reference.steps_taken();
    // The retry comes a few minutes later, with a takeaway changed meanwhile on the review.
    let mut retry = rec.clone();
    retry.end = time("2026-10-01T15:34:00+02:00");
    retry.participants[1].takeaway = Some(String::from("changed after the failure"));

    // Two steps per file: the disk fills up at the start of each write, the record's, its
    // year's summary's and each journey's.
    for step in (0..total_steps).step_by(2) {
        let (_dir, store) = demo_store();
        let records_before = store.list_records().items.len();
        store.inject_full_disk_at_step(step);
        let error = store.save_session(&rec).expect_err("the disk is full");
        assert!(
            matches!(&error, StoreError::Io { source, .. }
                if source.kind() == std::io::ErrorKind::StorageFull),
            "step {step}: {error:?}"
        );
        assert!(
            files_below(store.root())
                .iter()
                .all(|p| !sessions::is_temp_file(&p.file_name().expect("name").to_string_lossy())),
            "step {step}: a failed write leaves no temp file"
        );
        store.free_disk();
        store
            .save_session(&retry)
            .expect("the retry once there is room");

        let records = store.list_records().items;
        assert_eq!(
            records.len(),
            records_before + 1,
            "step {step}: one record for the session, not two"
        );
        assert_eq!(
            store.load_record(&rec.id).expect("record"),
            retry,
            "step {step}"
        );
        for (n, p) in participants.iter().enumerate() {
            let journey = store.load_journey(&pid(p)).expect("load").value;
            let links: Vec<_> = journey
                .timeline
                .iter()
                .filter(|l| l.session == rec.id)
                .collect();
            assert_eq!(links.len(), 1, "step {step}: {p} has one link");
            assert_eq!(
                links[0].takeaway, retry.participants[n].takeaway,
                "step {step}: {p} has what was reviewed last"
            );
        }
        let report = sessions::check(&store);
        // Clean: the year's summary (what the report counts) has the session once.
        assert!(report.is_clean(), "step {step}: {:#?}", report.problems);
    }
}

#[test]
fn check_finds_a_session_saved_twice_and_repair_keeps_one() {
    let participants = ["p-demo-amina", "p-demo-bastien"];
    // What an older Atelier left after a full disk: the first save linked to Amina only,
    // the retry saved again under another id.
    let (_dir, store) = demo_store();
    let first = record("s-20261001-140000-aaaa", &participants, "social_skills");
    store.inject_crash_at_step(6);
    assert!(store.save_session(&first).is_err());
    store.inject_crash_at_step(usize::MAX);
    let mut second = first.clone();
    second.id = SessionId::parse("s-20261001-140000-bbbb").expect("id");
    second.end = time("2026-10-01T15:36:00+02:00");
    store.save_session(&second).expect("the retry");

    let report = sessions::check(&store);
    let same: Vec<_> = report
        .problems
        .iter()
        .filter_map(|p| match &p.kind {
            ProblemKind::SameSession { kept, second, same } => Some((kept, second, *same)),
            _ => None,
        })
        .collect();
    assert_eq!(
        same,
        [(&first.id, &second.id, true)],
        "{:#?}",
        report.problems
    );
    let repaired = sessions::repair(&store).expect("repair");
    assert!(repaired.after.is_clean(), "{:#?}", repaired.after.problems);
    assert!(
        !store.record_path(&second.id).exists(),
        "the second record is gone"
    );
    for p in participants {
        let journey = store.load_journey(&pid(p)).expect("load").value;
        let links: Vec<_> = journey
            .timeline
            .iter()
            .filter(|l| l.session == first.id || l.session == second.id)
            .map(|l| &l.session)
            .collect();
        assert_eq!(links, [&first.id], "{p}: one link, to the first record");
    }

    // Two records of one session that say different things are only reported.
    let mut differs = first.clone();
    differs.id = SessionId::parse("s-20261001-140000-cccc").expect("id");
    differs.summary = String::from("Autre résumé");
    store.save_session(&differs).expect("saved");
    let report = sessions::check(&store);
    assert!(
        report.problems.iter().any(|p| matches!(
            &p.kind,
            ProblemKind::SameSession { same: false, .. }
        ) && !p.kind.repairable()),
        "{:#?}",
        report.problems
    );
}

/// Every folder and file below `root`, with its Unix permissions.
#[cfg(unix)]
fn modes_below(root: &Path) -> Vec<(PathBuf, u32)> {
    use std::os::unix::fs::PermissionsExt as _;
    let mut out = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let mode = fs::metadata(&dir).expect("folder").permissions().mode();
        out.push((dir.clone(), mode & 0o7777));
        for entry in fs::read_dir(&dir).expect("list").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                let mode = fs::metadata(&path).expect("file").permissions().mode();
                out.push((path, mode & 0o7777));
            }
        }
    }
    out
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_every_file_are_the_owners_only_or_a_shared_folders_group() {
    use std::os::unix::fs::PermissionsExt as _;
    let fill = |store: &Store| {
        let rec = record("s-20261120-140000-mode", &["p-mode"], "peer_circle");
        store
            .save_journey(&full_journey("p-mode"), None)
            .expect("journey");
        store.save_session(&rec).expect("session");
        sessions::check(store);
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let owners_only = |store: &Store| {
        let modes = modes_below(store.root());
        assert!(modes.len() > 8, "{modes:?}");
        for (path, mode) in &modes {
            let want = if path.is_dir() { 0o700 } else { 0o600 };
            assert_eq!(*mode, want, "{}: {mode:o}", path.display());
        }
    };
    // A folder everyone may write, as /tmp (1777): what is made there is its owner's only.
    let everyone = dir.path().join("everyone");
    fs::create_dir(&everyone).expect("folder");
    fs::set_permissions(&everyone, fs::Permissions::from_mode(0o1777)).expect("chmod");
    let store = Store::create(everyone.join("data")).expect("store");
    fill(&store);
    owners_only(&store);
    // An ordinary parent, readable by others (as a home folder often is).
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let store = Store::create(dir.path().join("data")).expect("store");
    fill(&store);
    owners_only(&store);

    // A folder made by an older Atelier, open to every account: check says so, repair closes
    // it to others (its folder is enough: nobody else can go in).
    fs::set_permissions(store.root(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let report = sessions::check(&store);
    assert!(
        matches!(report.problems.as_slice(), [p] if matches!(p.kind, ProblemKind::OpenToOthers)
            && p.path == store.root()),
        "{:#?}",
        report.problems
    );
    let repaired = sessions::repair(&store).expect("repair");
    assert!(repaired.after.is_clean(), "{:#?}", repaired.after.problems);
    let mode = fs::metadata(store.root())
        .expect("root")
        .permissions()
        .mode();
    assert_eq!(
        mode & 0o777,
        0o750,
        "others shut out, the group's read kept"
    );

    // A team's folder, shared with its group by the service (2770): the group keeps access,
    // other accounts still have none.
    let team = dir.path().join("team");
    fs::create_dir(&team).expect("team");
    fs::set_permissions(&team, fs::Permissions::from_mode(0o2770)).expect("chmod");
    let store = Store::create(team.join("data")).expect("store");
    fill(&store);
    for (path, mode) in modes_below(store.root()) {
        let want = if path.is_dir() { 0o2770 } else { 0o660 };
        assert_eq!(mode & 0o777, want & 0o777, "{}: {mode:o}", path.display());
    }
}

#[cfg(unix)]
#[test]
fn links_are_never_followed_and_erase_finds_every_file_or_says_what_it_could_not() {
    let (dir, store) = demo_store();
    let amina = pid("p-demo-amina");
    let outside = tempfile::tempdir().expect("outside");
    // Chloé's journey moved outside the folder, a link left in its place.
    let chloe = store.journey_path(&pid("p-demo-chloe"));
    let moved = outside.path().join("chloe.ron");
    fs::rename(&chloe, &moved).expect("moved out");
    std::os::unix::fs::symlink(&moved, &chloe).expect("link");
    // A year folder that is a link to elsewhere.
    let elsewhere = outside.path().join("2019");
    fs::create_dir(&elsewhere).expect("year elsewhere");
    let linked_year = store.root().join("sessions").join("2019");
    std::os::unix::fs::symlink(&elsewhere, &linked_year).expect("year link");
    // Amina's data under names Atelier does not give: a copy of her journey, a record in the
    // wrong year's folder, a temp file of a cut-short save.
    let amina_text = fs::read_to_string(store.journey_path(&amina)).expect("journey");
    let copy = store.root().join("journeys").join("p-demo-amina-copie.ron");
    fs::write(&copy, &amina_text).expect("copy");
    let (_, first) = store
        .list_records()
        .items
        .into_iter()
        .find(|(_, path)| fs::read_to_string(path).is_ok_and(|t| t.contains("p-demo-amina")))
        .expect("a record of hers");
    let wrong_year = store.root().join("sessions").join("2020");
    fs::create_dir_all(&wrong_year).expect("folder");
    let stray = wrong_year.join(first.file_name().expect("name"));
    fs::copy(&first, &stray).expect("stray copy");
    let temp = store
        .root()
        .join("journeys")
        .join(".p-demo-amina.ron.999.0.tmp");
    fs::write(&temp, &amina_text).expect("temp");

    // Reading: never through a link, and check says where they are.
    assert!(matches!(
        store.load_journey(&pid("p-demo-chloe")),
        Err(StoreError::Symlink(p)) if p == chloe
    ));
    let mut changed = full_journey("p-demo-chloe");
    changed.display_name = "Chloé".into();
    assert!(
        matches!(
            store.save_journey(&changed, None),
            Err(StoreError::Symlink(_))
        ),
        "never written through a link"
    );
    let report = sessions::check(&store);
    for link in [&chloe, &linked_year] {
        assert!(
            report
                .problems
                .iter()
                .any(|p| &p.path == link && matches!(p.kind, ProblemKind::Symlink(Some(_)))),
            "{} reported: {:#?}",
            link.display(),
            report.problems
        );
    }

    let report = sessions::erase_participant(&store, &amina, &|_, _, _| None).expect("erase");
    assert!(report.journey_removed.is_some());
    assert!(
        report.copies_removed.contains(&copy) && report.copies_removed.contains(&temp),
        "{report:#?}"
    );
    assert!(!copy.exists() && !temp.exists());
    // What it could not look into is said: the two links.
    let not: Vec<&PathBuf> = report.not_erased.iter().map(|(p, _)| p).collect();
    assert!(
        not.contains(&&chloe) && not.contains(&&linked_year),
        "{report:#?}"
    );
    assert!(!report.is_complete());
    for path in files_below(store.root()) {
        if fsio_is_link(&path) {
            continue;
        }
        let text = fs::read_to_string(&path).expect("read");
        for trace in ["p-demo-amina", "Benali"] {
            assert!(
                !text.contains(trace),
                "{} still contains {trace}",
                path.display()
            );
        }
    }
    assert!(
        fs::read_to_string(&stray).is_ok_and(|t| !t.contains("p-demo-amina")),
        "the record in the wrong folder was erased too"
    );
    assert!(moved.exists(), "nothing outside the folder is touched");
    drop(dir);
}

fn fsio_is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[test]
fn a_sessions_follow_ups_reach_the_journey_once() {
    let (_dir, store) = demo_store();
    let mut rec = record(
        "s-20261120-140000-step",
        &["p-demo-amina"],
        "miracle_question",
    );
    rec.mode = Mode::OneToOne;
    rec.participants[0].follow_ups = vec![sessions::FollowUpDue {
        text: String::from("Appeler la médiathèque"),
        due: date("2026-11-27"),
    }];
    // Saved, saved again (a retry), and a repair: one follow-up.
    store.save_session(&rec).expect("saved");
    store.save_session(&rec).expect("again");
    sessions::repair(&store).expect("repair");
    let journey = store
        .load_journey(&pid("p-demo-amina"))
        .expect("journey")
        .value;
    let open = journey.open_follow_ups();
    assert_eq!(open.len(), 1, "{:?}", journey.follow_ups);
    assert_eq!(
        (open[0].text.as_str(), open[0].due, open[0].session.as_ref()),
        ("Appeler la médiathèque", date("2026-11-27"), Some(&rec.id))
    );
    assert!(sessions::check(&store).is_clean());
}

#[test]
fn a_stage_review_held_in_a_session_closes_its_stage_once_and_opens_the_next() {
    let (_dir, store) = demo_store();
    let amina = pid("p-demo-amina");
    let before = store.load_journey(&amina).expect("journey").value;
    let open = before
        .stages
        .iter()
        .rposition(|s| s.review.is_none())
        .expect("a stage to review");
    let title = before.stages[open].title.clone();
    let mut rec = record("s-20261120-140000-bilan", &["p-demo-amina"], "bilan_etape");
    rec.mode = Mode::OneToOne;
    rec.participants[0].stage_review = Some(sessions::StageReviewOutcome {
        // Its place changed since (a stage added before it): found by its title.
        stage: open + 5,
        title: title.clone(),
        decision: ReviewDecision::Continue {
            new_frame: "Un poste à mi-temps".into(),
        },
        note: "Ce qui a marché : les horaires du matin.".into(),
        next: Some(sessions::NextStage {
            title: "Un poste à mi-temps".into(),
            actions: vec!["Deux entretiens".into()],
            planned_end: Some(date("2027-02-15")),
        }),
    });
    // Saved, saved again (a retry), and a repair: reviewed once, one next stage.
    store.save_session(&rec).expect("saved");
    store.save_session(&rec).expect("again");
    sessions::repair(&store).expect("repair");
    let after = store.load_journey(&amina).expect("journey").value;
    assert_eq!(after.stages.len(), before.stages.len() + 1);
    let review = after.stages[open].review.as_ref().expect("reviewed");
    assert_eq!(review.date, date("2026-10-01"), "the session's day");
    assert_eq!(review.session.as_ref(), Some(&rec.id));
    assert_eq!(review.note, "Ce qui a marché : les horaires du matin.");
    let next = after.stages.last().expect("next");
    assert_eq!(next.title, "Un poste à mi-temps");
    assert_eq!(next.actions, ["Deux entretiens"]);
    assert_eq!(next.planned_end, Some(date("2027-02-15")));
    assert_eq!(
        next.rhythm, before.stages[open].rhythm,
        "the rhythm goes on"
    );
    assert_eq!(next.start, date("2026-10-01"));
    assert!(next.review.is_none());
    assert!(sessions::check(&store).is_clean());

    // Another session reviewing the same stage finds it reviewed: the first review is kept
    // (the second stays in its record), and no stage is added.
    let mut second = rec.clone();
    second.id = SessionId::parse("s-20261121-140000-bilan").expect("id");
    second.participants[0].stage_review = Some(sessions::StageReviewOutcome {
        stage: open,
        title,
        decision: ReviewDecision::Stop,
        note: String::new(),
        next: None,
    });
    store.save_session(&second).expect("saved");
    let last = store.load_journey(&amina).expect("journey").value;
    assert_eq!(last.stages, after.stages);
}
