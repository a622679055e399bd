//! Plugins from real shared libraries: the weekly routine planner driven through its UI, a
//! panicking plugin that must not take the host down, refusals, duplicates, and a record whose
//! activity is not installed.
//!
//! The libraries are built by `cargo build --workspace --all-targets` (the README's test
//! command does it first), in the same cargo invocation and feature set as this test.

mod common;
#[path = "common/session.rs"]
mod session;

use std::sync::Arc;

use common::{FixedClock, library, plugin_dir};
use session::{facilitator, session_setup, store_with};

use atelier::i18n::{self, Locale};
use atelier::plugins::loader::LoadError;
use atelier::plugins::{ActivityRegistry, Refusal};
use atelier::record_view::record_ui;
use atelier::session::{RunningSession, SessionSetup};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sessions::{Journey, Mode, ParticipantId, Store};

fn setup(journeys: Vec<Journey>, mode: Mode) -> SessionSetup {
    session_setup(journeys, mode, Arc::new(FixedClock))
}

/// A record of `activity` with `data`, and nobody in it.
fn empty_record(activity: &str, version: &str, data: &str) -> sessions::SessionRecord {
    sessions::SessionRecord {
        format_version: 1,
        id: sessions::SessionId::parse("s-20261001-140000-x").expect("id"),
        activity: sessions::ActivityRef {
            id: activity.into(),
            version: version.into(),
        },
        mode: Mode::OneToOne,
        start: chrono::DateTime::parse_from_rfc3339("2026-10-01T14:00:00+02:00").expect("time"),
        end: chrono::DateTime::parse_from_rfc3339("2026-10-01T15:00:00+02:00").expect("time"),
        place: String::new(),
        facilitators: vec![],
        participants: vec![],
        summary: String::new(),
        activity_data: data.into(),
        facilitator_notes: sessions::Private::default(),
    }
}

fn registry_with(files: &[&str]) -> ActivityRegistry {
    let mut registry = ActivityRegistry::default();
    for name in files {
        registry.load_file(&library(name));
    }
    registry
}

#[test]
fn weekly_routine_library_is_driven_through_its_ui_and_saved_into_the_journey() {
    let registry = registry_with(&["weekly_routine"]);
    assert!(registry.refused().is_empty(), "{:?}", registry.refused());
    let activity = Arc::clone(registry.get("weekly_routine").expect("loaded"));
    assert_eq!(activity.descriptor.name.fr, "Semaine type");

    let (_dir, store, journeys) = store_with(&[("p-amina", "Amina")]);
    let session = RunningSession::start(activity.clone(), &setup(journeys.clone(), Mode::OneToOne))
        .expect("start");
    let mut harness = facilitator(session);
    harness.get_by_label("Avec Amina");
    let cell = harness.get_by_label("Mardi, 10 h – 12 h");
    cell.click();
    harness.run();
    harness
        .get_by_label("Mardi, 10 h – 12 h")
        .type_text("Atelier cuisine");
    harness.run();
    harness
        .get_by_label("Je me couche assez tôt la veille d'un jour de travail. Pas encore")
        .click();
    harness.run();
    assert_eq!(
        harness
            .get_by_label("Mardi, 10 h – 12 h")
            .value()
            .as_deref(),
        Some("Atelier cuisine")
    );

    // A draft restores the exact state.
    let draft = harness.state().draft();
    store.save_draft(&draft).expect("draft");
    let reread = store.load_draft(&draft.id).expect("reread draft");
    let mut resumed = RunningSession::resume(activity, &setup(journeys, Mode::OneToOne), &reread)
        .expect("resume");
    assert!(resumed.outcome().record_data.contains("Atelier cuisine"));

    // End: the outcome goes into the journey.
    let session = harness.state_mut();
    let outcome = session.outcome();
    let record = session.record(&outcome);
    store.save_session(&record).expect("save session");
    store.discard_draft(&draft.id).expect("discard");
    let journey = store
        .load_journey(&ParticipantId::parse("p-amina").expect("id"))
        .expect("load")
        .value;
    let link = journey.link(&record.id).expect("linked");
    let takeaway = link.takeaway.as_deref().expect("takeaway");
    assert!(takeaway.contains("1 créneau rempli sur 35"), "{takeaway}");
    assert!(takeaway.contains("l'heure du coucher"), "{takeaway}");
    assert!(
        journey.activity_data["weekly_routine"]
            .ron
            .contains("Atelier cuisine")
    );
    assert!(sessions::check(&store).is_clean());
}

#[test]
fn a_panicking_plugin_leaves_the_host_running_and_the_session_savable() {
    let registry = registry_with(&["test_panicking"]);
    let activity = Arc::clone(registry.get("test_panicking").expect("loaded"));
    let (_dir, store, journeys) = store_with(&[("p-amina", "Amina"), ("p-bastien", "Bastien")]);
    let session =
        RunningSession::start(activity, &setup(journeys, Mode::Collective)).expect("start");
    let mut harness = facilitator(session);
    harness.get_by_label("Provoquer l'erreur").click();
    harness.run();
    // The plugin panicked inside its own guard; the host shows a calm notice and goes on.
    harness.get_by_label("L'activité « Test : erreur » s'est arrêtée.");
    assert!(harness.query_by_label("Provoquer l'erreur").is_none());
    // The details for the technical team, in French around the plugin's own words.
    harness
        .get_by_label("Détails pour l'équipe technique")
        .click();
    harness.run();
    harness.get_by_label_contains(
        "Arrêt inattendu de l'extension : test plugin: deliberate failure after a click (plugins/test_panicking/src/lib.rs:",
    );
    let session = harness.state_mut();
    assert!(
        matches!(session.crashed(), Some(atelier_plugin_api::host::PluginError::Panicked(m)) if m.contains("deliberate"))
    );
    // The details say where, even from inside a plugin library (its own panic hook).
    let details = session
        .crashed()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(details.contains("test_panicking/src/lib.rs:"), "{details}");
    assert!(
        !session.action("next"),
        "a crashed activity takes no more actions"
    );
    let outcome = session.outcome();
    assert_eq!(outcome.record_data, "1", "the last saved state is kept");
    let record = session.record(&outcome);
    store
        .save_session(&record)
        .expect("the session can still be saved");
    assert!(sessions::check(&store).is_clean());
}

#[test]
fn wrong_versions_non_libraries_and_duplicates_are_refused_with_reasons() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fake = dir.path().join("notes.so");
    std::fs::write(&fake, "not a library").expect("write");
    let copy = dir.path().join("copy_of_weekly_routine.so");
    std::fs::copy(library("weekly_routine"), &copy).expect("copy");

    let mut registry = registry_with(&["weekly_routine", "test_wrong_abi"]);
    registry.load_dir(dir.path());
    let refused = registry.refused();
    assert_eq!(refused.len(), 3, "{refused:#?}");
    assert!(matches!(
        refused[0].refusal,
        Refusal::Load(LoadError::Abi {
            found: 999,
            expected: atelier_plugin_api::host::ABI_VERSION
        })
    ));
    let fr = i18n::load(Locale::Fr);
    let sentence = atelier::messages::refusal(&fr, &refused[0].refusal);
    assert!(
        sentence.contains("interface binaire 999") && sentence.contains("atelier plugin new"),
        "{sentence}"
    );
    let by_path = |path: &std::path::Path| {
        refused
            .iter()
            .find(|r| r.path.as_deref() == Some(path))
            .unwrap_or_else(|| panic!("{} not refused", path.display()))
    };
    assert!(matches!(
        by_path(&fake).refusal,
        Refusal::Load(LoadError::NotALibrary(_))
    ));
    assert!(
        matches!(&by_path(&copy).refusal, Refusal::DuplicateId { id, .. } if id == "weekly_routine")
    );
    // The first one stays.
    assert!(matches!(
        &registry.get("weekly_routine").expect("kept").source,
        atelier::plugins::Source::Library(path) if path == &library("weekly_routine")
    ));
}

#[test]
fn a_record_of_an_unknown_activity_opens_with_a_placeholder() {
    let registry = registry_with(&["weekly_routine"]);
    let record = empty_record("support_network_map", "2.0.0", "(people: 4)");
    let fr = i18n::load(Locale::Fr);
    let harness = Harness::new_ui(|ui| record_ui(ui, &registry, &record, &[], &fr));
    harness.get_by_label(
        "L'activité « support_network_map » n'est pas installée. Ce compte rendu s'affiche en lecture seule, sans la présentation de l'activité.",
    );
    harness.get_by_label("Données de l'activité");
}

#[test]
fn atelier_plugins_lists_loaded_and_refused_and_exits_zero() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["plugins", "--lang", "en", "--plugin-dir"])
        .arg(plugin_dir())
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("weekly_routine 0.1.0  Weekly routine"),
        "{stdout}"
    );
    assert!(
        stdout.contains("test_wrong_abi")
            && stdout.contains("made for another version of Atelier (binary interface 999"),
        "{stdout}"
    );
}

#[test]
fn plugin_drawing_does_not_change_the_hosts_fonts() {
    // The weekly routine shows a saved record in a monospace box: the first monospace text of
    // this context is drawn by plugin code.
    let registry = registry_with(&["weekly_routine"]);
    let record = empty_record("weekly_routine", "0.1.0", "(grid: [])");
    let fr = i18n::load(Locale::Fr);
    let mut harness = Harness::new_ui_state(
        |ui, show_record: &mut bool| {
            ui.label("Accueil");
            if *show_record {
                record_ui(ui, &registry, &record, &[], &fr);
            }
        },
        false,
    );
    harness.run();
    let width = |h: &Harness<'_, bool>| {
        h.ctx
            .fonts_mut(|f| f.glyph_width(&egui::FontId::proportional(16.0), 'i'))
    };
    let before = width(&harness);
    *harness.state_mut() = true;
    harness.run();
    assert_eq!(
        width(&harness),
        before,
        "the host's proportional font is still the same face"
    );
}

#[test]
fn a_plugin_shows_its_own_records_as_it_chooses() {
    let registry = registry_with(&["weekly_routine"]);
    let record = empty_record(
        "weekly_routine",
        "0.1.0",
        "(format_version: 1, grid: [[\"Marche au parc\"]], checks: [])",
    );
    let fr = i18n::load(Locale::Fr);
    let mut harness = Harness::new_ui(|ui| record_ui(ui, &registry, &record, &[], &fr));
    harness.run();
    // The week as a grid, not raw text.
    harness.get_by_label("Marche au parc");
    assert!(harness.query_by_label("Données de l'activité").is_none());
}

/// Runs `atelier plugins` (and its options) on `data`, with its own settings file.
fn atelier_plugins(data: &std::path::Path, settings: &std::path::Path, extra: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["plugins", "--lang", "en", "--data-dir"])
        .arg(data)
        .args(extra)
        .env("ATELIER_SETTINGS", settings)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_library_in_the_data_folder_runs_only_once_approved_and_not_after_a_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path().join("data")).expect("store");
    let settings = dir.path().join("settings.ron");
    let dropped = store
        .root()
        .join(sessions::PLUGINS_DIR)
        .join(library("weekly_routine").file_name().expect("name"));
    std::fs::copy(library("weekly_routine"), &dropped).expect("copy");

    // Dropped into the shared folder: listed, with its fingerprint, and not run.
    let listed = atelier_plugins(store.root(), &settings, &[]);
    assert!(!listed.contains("weekly_routine 0.1.0"), "{listed}");
    let sha256 = atelier::plugins::trust::fingerprint(&dropped).expect("hash");
    assert!(
        listed.contains("not approved yet, so not started") && listed.contains(&sha256),
        "{listed}"
    );

    // Approved by a person: it loads, and the approval is in their settings, not the folder.
    let trusted = atelier_plugins(
        store.root(),
        &settings,
        &["--trust", &dropped.to_string_lossy()],
    );
    assert!(trusted.contains(&format!("SHA-256 {sha256}")), "{trusted}");
    let kept = std::fs::read_to_string(&settings).expect("settings written");
    assert!(kept.contains(&sha256), "{kept}");
    let listed = atelier_plugins(store.root(), &settings, &[]);
    assert!(
        listed.contains("weekly_routine 0.1.0  Weekly routine"),
        "{listed}"
    );

    // Changed afterwards (even one byte added): held back again.
    let mut bytes = std::fs::read(&dropped).expect("read");
    bytes.push(0);
    std::fs::write(&dropped, bytes).expect("write");
    let listed = atelier_plugins(store.root(), &settings, &[]);
    assert!(!listed.contains("weekly_routine 0.1.0"), "{listed}");
    assert!(listed.contains("changed since it was approved"), "{listed}");
}
