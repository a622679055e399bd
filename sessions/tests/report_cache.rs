//! The report's cache of journeys (`journeys/report.cache`): the report read from it is the
//! report of the journeys themselves; a journey saved since (even to the same length and
//! time), removed, or changed an instant ago is read again; a broken cache is ignored; the
//! cache holds no name or note, and an erasure removes it.

use std::time::{Duration, SystemTime};

use chrono::NaiveDate;
use sessions::report::{Period, Report};
use sessions::{Consent, Consents, Contact, ContactKind, Journey, ParticipantId, Private, Store};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

fn pid(text: &str) -> ParticipantId {
    ParticipantId::parse(text).expect("id")
}

const YEAR: Period = Period {
    from: NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
    to: NaiveDate::from_ymd_opt(2026, 12, 31).expect("date"),
};

fn journey(id: &str, name: &str, advisor: &str) -> Journey {
    let consent = Consent {
        given: true,
        date: day("2026-01-05"),
        recorded_by: "Claire".into(),
    };
    let mut journey = Journey::new(
        pid(id),
        name,
        day("2026-01-05"),
        Consents {
            keep_file: consent.clone(),
            first_name_on_projector: consent,
        },
        "Claire",
    );
    journey.advisor = advisor.into();
    journey.last_name = Private::new(Some("NOM-DE-FAMILLE".into()));
    journey.private_notes = Private::new("NOTE-PRIVEE".into());
    journey.contacts.push(Contact {
        date: day("2026-02-01"),
        kind: ContactKind::Employer,
        recorded_by: "Claire".into(),
        note: Private::new("NOTE-DE-CONTACT".into()),
        duration_minutes: Some(30),
    });
    journey
}

/// Makes every journey file look changed `ago` before now (as a folder a while after its last
/// save).
fn age(store: &Store, ago: Duration) {
    let then = SystemTime::now() - ago;
    for entry in std::fs::read_dir(store.root().join("journeys")).expect("dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let file = std::fs::File::options()
                .append(true)
                .open(&path)
                .expect("open");
            file.set_modified(then).expect("set time");
        }
    }
}

/// The report computed from the journeys themselves, without the cache.
fn truth(store: &Store) -> Report {
    let journeys: Vec<Journey> = store
        .load_journeys()
        .items
        .into_iter()
        .map(|j| j.value)
        .collect();
    let records = store.record_summaries(2026..=2026);
    let mut report = Report::compute(&journeys, &records.items, YEAR);
    report.people.sort_by(|a, b| a.id.cmp(&b.id));
    report
}

fn report(store: &Store) -> Report {
    let mut report = store.report(YEAR);
    report.people.sort_by(|a, b| a.id.cmp(&b.id));
    report
}

fn cache_text(store: &Store) -> Option<String> {
    std::fs::read_to_string(store.root().join("journeys/report.cache")).ok()
}

#[test]
fn the_report_from_the_cache_is_the_report_of_the_journeys_and_follows_every_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path().join("data")).expect("store");
    for (id, name, advisor) in [
        ("p-amina", "Amina", "Alice"),
        ("p-ines", "Inès", "Alice"),
        ("p-elodie", "Élodie", "Karim"),
    ] {
        store
            .save_journey(&journey(id, name, advisor), None)
            .expect("saved");
    }
    // Just saved: read, but not cached (a file changed this instant may change again unseen).
    assert_eq!(report(&store), truth(&store));
    assert!(
        cache_text(&store).is_none_or(|t| !t.contains("p-amina")),
        "nothing settled yet"
    );

    age(&store, Duration::from_secs(60));
    assert_eq!(report(&store), truth(&store));
    let text = cache_text(&store).expect("the cache is written");
    for id in ["p-amina", "p-ines", "p-elodie"] {
        assert!(text.contains(id), "{id} cached");
    }
    for private in [
        "Amina",
        "Inès",
        "NOM-DE-FAMILLE",
        "NOTE-PRIVEE",
        "NOTE-DE-CONTACT",
    ] {
        assert!(!text.contains(private), "{private} is in the cache");
    }
    // Read from the cache now: the same figures.
    assert_eq!(report(&store), truth(&store));
    assert_eq!(report(&store).open_by_advisor["Alice"], 2);

    // Amina changes advisor: a save of the same length, made to look as old as before, is
    // still seen (a save replaces the file).
    let mut amina = store.load_journey(&pid("p-amina")).expect("amina");
    let before = std::fs::metadata(store.journey_path(&pid("p-amina"))).expect("meta");
    amina.value.advisor = "Karim".into();
    store
        .save_journey(&amina.value, Some(amina.revision))
        .expect("saved");
    let path = store.journey_path(&pid("p-amina"));
    assert_eq!(std::fs::metadata(&path).expect("meta").len(), before.len());
    std::fs::File::options()
        .append(true)
        .open(&path)
        .expect("open")
        .set_modified(before.modified().expect("time"))
        .expect("set time");
    let now = report(&store);
    assert_eq!(now, truth(&store));
    assert_eq!(now.open_by_advisor["Karim"], 2, "Amina is Karim's now");

    // A journey removed is gone from the report and, next time, from the cache.
    std::fs::remove_file(store.journey_path(&pid("p-elodie"))).expect("removed");
    assert_eq!(report(&store).caseload, 2);
    assert!(!cache_text(&store).expect("cache").contains("p-elodie"));

    // A broken cache is only ignored, then written again.
    std::fs::write(store.root().join("journeys/report.cache"), "{ pas du json").expect("write");
    assert_eq!(report(&store), truth(&store));
    assert!(cache_text(&store).expect("cache").contains("p-amina"));

    // `check` does not take the cache for a journey.
    let check = sessions::check(&store);
    assert!(
        check
            .problems
            .iter()
            .all(|p| !p.path.ends_with("report.cache")),
        "{:?}",
        check.problems
    );
}

#[test]
fn an_erasure_removes_the_cache_and_the_next_one_has_no_trace_of_the_person() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path().join("data")).expect("store");
    for (id, name) in [("p-amina", "Amina"), ("p-ines", "Inès")] {
        store
            .save_journey(&journey(id, name, "Alice"), None)
            .expect("saved");
    }
    age(&store, Duration::from_secs(60));
    let _first: Report = store.report(YEAR);
    assert!(cache_text(&store).expect("cache").contains("p-ines"));
    let erased =
        sessions::erase_participant(&store, &pid("p-ines"), &|_, _, _| None).expect("erased");
    assert!(erased.not_erased.is_empty(), "{:?}", erased.not_erased);
    assert!(
        cache_text(&store).is_none(),
        "the cache went with the erasure"
    );
    assert_eq!(store.report(YEAR).caseload, 1);
    let text = cache_text(&store).expect("written again");
    assert!(text.contains("p-amina") && !text.contains("p-ines"));
}
