//! The app's window driven like a person would, with `egui_kittest`: find by label, click, type,
//! then look at the files.

#[path = "app/access.rs"]
mod access;
#[path = "app/activity_files.rs"]
mod activity_files;
#[path = "app/browser.rs"]
mod browser;
mod common;
#[path = "app/database.rs"]
mod database;
#[path = "app/journey.rs"]
mod journey;
#[path = "app/protect.rs"]
mod protect;
#[path = "app/service.rs"]
mod service;
#[path = "app/theme.rs"]
mod theme;

use std::path::Path;
use std::sync::Arc;

use atelier::gui::{AppConfig, AtelierApp};
use atelier::i18n::Locale;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sessions::{ParticipantId, Store};

fn app(data_dir: &Path, locale: Locale) -> AtelierApp {
    AtelierApp::new(AppConfig {
        data_dir: data_dir.to_path_buf(),
        locale: Some(locale),
        plugin_dirs: vec![
            common::library("weekly_routine")
                .parent()
                .expect("folder")
                .to_path_buf(),
        ],
        settings_path: None,
        clock: Arc::new(common::FixedClock),
        folder_picker: atelier::gui::FolderPicker::Dialog,
        native_projector: false,
        background_load: false,
        // Never another address than loopback in a test.
        phones_address: Some(std::net::SocketAddr::from(([127, 0, 0, 1], 0))),
        database: None,
    })
}

fn harness(app: AtelierApp) -> Harness<'static, AtelierApp> {
    Harness::builder()
        .with_size([1366.0, 768.0])
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut AtelierApp| app.ui(ui), app)
}

/// Clicks the control labelled `label`, then lets the app draw.
fn click(h: &mut Harness<'static, AtelierApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// The app's configuration on `data_dir` in French, with its settings in `settings` and no
/// command-line phones' address.
fn with_settings(data_dir: &Path, settings: &Path) -> AppConfig {
    AppConfig {
        data_dir: data_dir.to_path_buf(),
        locale: Some(Locale::Fr),
        plugin_dirs: Vec::new(),
        settings_path: Some(settings.to_path_buf()),
        clock: Arc::new(common::FixedClock),
        folder_picker: atelier::gui::FolderPicker::Dialog,
        native_projector: false,
        background_load: false,
        phones_address: None,
        database: None,
    }
}

/// Runs frames until `label` is shown (what phones send arrives between frames), then finds
/// it: fails if it never comes.
fn wait_for_label(h: &mut Harness<'static, AtelierApp>, label: &str) {
    for _ in 0..200 {
        h.run();
        if h.query_by_label(label).is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.get_by_label(label);
}

/// Types `text` into the field labelled `label`.
/// Replaces a field's whole text (a date proposed as today's, a figure).
fn replace_text(h: &mut Harness<'static, AtelierApp>, label: &str, text: &str) {
    click(h, label);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn type_into(h: &mut Harness<'static, AtelierApp>, label: &str, text: &str) {
    click(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Everything the projector window draws for `app` (every text at 7:1), and the app back.
fn projector_text(app: AtelierApp) -> (String, AtelierApp) {
    let mut projector = Harness::builder()
        .with_size([1280.0, 720.0])
        .build_ui_state(|ui, app: &mut AtelierApp| app.projector_ui(ui), app);
    projector.run();
    let text = atelier_plugin_api::drawn_text(projector.output());
    atelier_plugin_api::assert_readable_on_projector(
        projector.output(),
        &atelier_plugin_api::ProjectorPalette::DARK,
    );
    (text, projector.into_state())
}

/// Starts the session set up on screen, giving a place and a facilitator when none is
/// remembered yet (a record always says who led it and where).
fn start_session(h: &mut Harness<'static, AtelierApp>) {
    fill_place_and_facilitator(h);
    click(h, "Commencer la séance");
}

/// Types the setup's place and facilitator where they are still empty.
fn fill_place_and_facilitator(h: &mut Harness<'static, AtelierApp>) {
    for (label, text) in [("Lieu", "Salle 2"), ("Animateur ou animatrice", "Inès")] {
        if h.get_by_label(label).value().unwrap_or_default().is_empty() {
            type_into(h, label, text);
        }
    }
}

/// Adds a participant from the setup screen's quick add, with consent to keep the journey.
fn quick_add(h: &mut Harness<'static, AtelierApp>, name: &str) {
    type_into(h, "Prénom", name);
    click(h, "La personne accepte que son parcours soit conservé");
    click(h, "Ajouter");
}

/// The app on a new empty data folder (in French), running a session of `activity` (started
/// from `new_button`) with each of `people` added on the spot. Keep the folder alive.
fn session_in_new_folder(
    new_button: &str,
    activity: &str,
    people: &[&str],
) -> (tempfile::TempDir, Harness<'static, AtelierApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(app(&dir.path().join("data"), Locale::Fr));
    h.run();
    start_in_new_folder(&mut h, new_button, activity, people);
    (dir, h)
}

/// From the welcome screen: a new empty data folder, then a session of `activity` (started
/// from `new_button`) with each of `people` added on the spot.
fn start_in_new_folder(
    h: &mut Harness<'static, AtelierApp>,
    new_button: &str,
    activity: &str,
    people: &[&str],
) {
    click(h, "Créer un dossier vide");
    click(h, new_button);
    click(h, activity);
    for name in people {
        quick_add(h, name);
    }
    start_session(h);
}

/// Creates the data folder from the welcome screen, then starts a one-to-one weekly routine
/// with a participant added on the spot.
fn start_weekly_routine(h: &mut Harness<'static, AtelierApp>) {
    click(h, "Créer un dossier vide");
    click(h, "Nouvel exercice individuel");
    click(h, "Semaine type");
    quick_add(h, "Amina");
    h.get_by_label("Amina a été ajouté·e.");
    start_session(h);
    h.get_by_label("Terminer la séance");
}

#[test]
fn home_renders_in_french_and_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");

    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    h.get_by_label("Nouvelle séance collective");
    h.get_by_label("Nouvel exercice individuel");
    assert!(
        h.query_by_label("Séances à reprendre").is_none(),
        "no draft yet"
    );
    h.get_by_label("Ouvrir le parcours d'Amina");
    h.get_by_label("En veille jusqu'au 30/12/2026");
    assert!(
        h.query_by_label("Ouvrir le parcours de Jules").is_none(),
        "exited people are not in the default list"
    );

    let mut h = harness(app(dir.path(), Locale::En));
    h.run();
    h.get_by_label("New collective session");
    h.get_by_label("Recent sessions");
    h.get_by_label("Participants");
}

/// The app on a new folder (`data` in the returned one), a weekly routine with Amina ended
/// and on its review screen.
fn weekly_routine_under_review() -> (tempfile::TempDir, Harness<'static, AtelierApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(app(&dir.path().join("data"), Locale::Fr));
    h.run();
    start_weekly_routine(&mut h);
    click(&mut h, "Terminer la séance");
    (dir, h)
}

#[test]
fn a_save_that_fails_on_a_full_disk_is_saved_once_when_tried_again() {
    let (dir, mut h) = weekly_routine_under_review();
    let data = dir.path().join("data");
    // The record and its year's summary fit; the disk is full when Amina's journey is written.
    h.state()
        .store()
        .expect("a data folder")
        .inject_full_disk_at_step(4);
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("Le disque est plein");
    h.get_by_label_contains("Rien n'est perdu : vous pouvez réessayer.");
    h.get_by_label("Enregistrer la séance");

    // Space freed, a takeaway changed meanwhile, saved again.
    h.state().store().expect("a data folder").free_disk();
    h.get_by_label("Ce que retient Amina").click();
    h.run();
    h.get_by_label("Ce que retient Amina")
        .type_text(" Appel jeudi.");
    h.run();
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("Séance enregistrée :");

    let store = Store::open(&data).expect("store");
    let records = store.list_records().items;
    assert_eq!(records.len(), 1, "one record, not one for each try");
    let amina = &store.load_journeys().items[0].value;
    assert_eq!(amina.timeline.len(), 1, "one link");
    assert!(
        amina.timeline[0]
            .takeaway
            .as_deref()
            .is_some_and(|t| t.ends_with("Appel jeudi.")),
        "what was reviewed last: {:?}",
        amina.timeline[0].takeaway
    );
    let report = sessions::check(&store);
    assert!(report.is_clean(), "{:#?}", report.problems);
}

#[test]
fn a_whole_session_from_an_empty_folder_to_the_journey() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut h = harness(app(&data, Locale::Fr));
    h.run();
    h.get_by_label("Bienvenue dans Atelier");
    start_weekly_routine(&mut h);

    // Fill something in the plugin's view, and a private note.
    h.get_by_label("Lundi, 9 h – 10 h").click();
    h.run();
    h.get_by_label("Lundi, 9 h – 10 h")
        .type_text("Marche au parc");
    h.run();
    h.get_by_label("Vos notes privées sur la séance").click();
    h.run();
    h.get_by_label("Vos notes privées sur la séance")
        .type_text("Semble fatiguée aujourd'hui");
    h.run();
    h.get_by_label("Terminer la séance").click();
    h.run();

    // Review: the proposed takeaway can be edited before it goes into the journey. One
    // person: said to her, not to a group.
    h.get_by_label("Fin de l'exercice : ce que retient Amina");
    assert!(h.query_by_label_contains("ce que chacun retient").is_none());
    let takeaway = h
        .get_by_label("Ce que retient Amina")
        .value()
        .expect("a takeaway");
    assert!(takeaway.contains("1 créneau rempli sur 35"), "{takeaway}");
    h.get_by_label("Ce que retient Amina").click();
    h.run();
    h.get_by_label("Ce que retient Amina")
        .type_text(" On se revoit mardi.");
    h.run();
    h.get_by_label("Enregistrer la séance").click();
    h.run();
    h.get_by_label_contains("Séance enregistrée :");
    h.get_by_label_contains("1 parcours mis à jour");

    // On disk: the record, the link both ways, the takeaway, no draft left, a clean check.
    let store = Store::open(&data).expect("store");
    let journeys = store.load_journeys().items;
    assert_eq!(journeys.len(), 1);
    let amina = &journeys[0].value;
    let link = amina.timeline.first().expect("linked");
    assert!(
        link.takeaway
            .as_deref()
            .unwrap_or_default()
            .ends_with("On se revoit mardi.")
    );
    let record = store.load_record(&link.session).expect("record");
    assert_eq!(
        record.outcome(&amina.id).map(|o| o.id.clone()),
        Some(amina.id.clone())
    );
    assert_eq!(
        record.facilitator_notes.expose(),
        "Semble fatiguée aujourd'hui"
    );
    assert!(record.activity_data.contains("Marche au parc"));
    assert!(
        store.load_drafts().items.is_empty(),
        "the draft is gone once saved"
    );
    assert!(sessions::check(&store).is_clean());
    // A one-to-one exercise goes back to the person's journey, where the session is listed;
    // Home lists it too.
    h.get_by_label("Séances et progrès");
    h.get_all_by_label_contains("On se revoit mardi.")
        .next()
        .expect("the takeaway in the journey");
    click(&mut h, "Accueil");
    h.get_by_label_contains("Semaine type (individuel, 1 participant)");
}

#[test]
fn a_dropped_app_offers_its_draft_and_restores_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    {
        let mut h = harness(app(&data, Locale::Fr));
        h.run();
        start_weekly_routine(&mut h);
        h.get_by_label("Mercredi, 14 h – 16 h").click();
        h.run();
        h.get_by_label("Mercredi, 14 h – 16 h").type_text("Piscine");
        h.run();
        // A few seconds pass: the draft is written in the background.
        h.run_steps(8);
        h.state().flush_autosave();
        // The app is dropped here without ending the session, as if it had been killed.
    }
    let store = Store::open(&data).expect("store");
    let drafts = store.load_drafts().items;
    assert_eq!(drafts.len(), 1, "one draft on disk");
    assert!(
        drafts[0].activity_state.contains("Piscine"),
        "the draft has the last change: {}",
        drafts[0].activity_state
    );

    let mut h = harness(app(&data, Locale::Fr));
    h.run();
    h.get_by_label("Séances à reprendre");
    h.get_by_label("Reprendre").click();
    h.run();
    assert_eq!(
        h.get_by_label("Mercredi, 14 h – 16 h").value().as_deref(),
        Some("Piscine")
    );
    h.get_by_label("Terminer la séance");
}

#[test]
fn the_projector_never_shows_last_names_or_private_notes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut h = harness(app(&data, Locale::Fr));
    h.run();
    start_weekly_routine(&mut h);
    // A last name in the journey and a private note in the session.
    let store = Store::open(&data).expect("store");
    let id: ParticipantId = store.load_journeys().items[0].value.id.clone();
    let mut journey = store.load_journey(&id).expect("load");
    *journey.value.last_name.expose_mut() = Some("Benali".into());
    store
        .save_journey(&journey.value, Some(journey.revision))
        .expect("save");
    h.get_by_label("Vos notes privées sur la séance").click();
    h.run();
    h.get_by_label("Vos notes privées sur la séance")
        .type_text("Note confidentielle");
    h.run();
    h.get_by_label("Lundi, 9 h – 10 h").click();
    h.run();
    h.get_by_label("Lundi, 9 h – 10 h")
        .type_text("Atelier cuisine");
    h.run();

    // Exactly what the projector window draws.
    let (text, _app) = projector_text(h.into_state());
    assert!(
        text.contains("Ma semaine type") && text.contains("Atelier cuisine"),
        "the projector shows the plan:\n{text}"
    );
    for private in ["Benali", "Note confidentielle", "Amina"] {
        assert!(
            !text.contains(private),
            "the projector shows {private:?}:\n{text}"
        );
    }
    // The facilitator's keys are for the facilitator's window, not for the group.
    for hint in ["écran noir", "F5", "Page"] {
        assert!(
            !text.contains(hint),
            "the projector shows {hint:?}:\n{text}"
        );
    }
}

#[test]
fn keyboard_and_clicker_control_the_session_and_the_projector() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut h = harness(app(&data, Locale::Fr));
    h.run();
    start_weekly_routine(&mut h);
    assert!(
        !h.state().projector().open,
        "a one-to-one opens no projector by itself"
    );

    // Page Down (clicker forward) moves the activity on: the weekly routine highlights Tuesday.
    h.key_press(egui::Key::PageDown);
    h.run();
    h.run_steps(8);
    h.state().flush_autosave();
    let store = Store::open(&data).expect("store");
    let draft = store.load_drafts().items.pop().expect("a draft");
    assert!(
        draft.activity_state.contains("day: 1"),
        "{}",
        draft.activity_state
    );

    // One-to-one there is no projector: no button for it, and its keys do nothing.
    for absent in [
        "Ouvrir le projecteur",
        "Écran noir (B)",
        "Plein écran (F5)",
        "Aperçu du projecteur",
    ] {
        assert!(h.query_by_label(absent).is_none(), "{absent} one-to-one");
    }
    h.get_by_label_contains("F1 : toutes les touches");
    assert!(h.query_by_label_contains("B : écran noir").is_none());
    h.key_press(egui::Key::B);
    h.key_press(egui::Key::F5);
    h.run();
    assert!(
        !h.state().projector().blank && !h.state().projector().open,
        "no projector one-to-one"
    );
    h.state_mut().on_exit();
    drop(h);

    // In a collective session, the projector's keys.
    let (_group_dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Amina", "Bastien"],
    );
    h.get_by_label("Écran noir (B)");
    h.get_by_label("Aperçu du projecteur");
    // Somewhere neutral, so no field has the keyboard.
    h.get_by_label("La boîte est vide.").click();
    h.run();
    h.key_press(egui::Key::B);
    h.run();
    assert!(h.state().projector().blank, "B blanks the projector");
    h.key_press(egui::Key::F5);
    h.run();
    assert!(
        h.state().projector().open && h.state().projector().fullscreen,
        "F5: projector full screen"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().projector().fullscreen, "Esc leaves full screen");
    h.key_press(egui::Key::B);
    h.run();
    assert!(!h.state().projector().blank, "B again shows it");

    // While typing in a field, B is a letter, not a command.
    h.get_by_label("Vos notes privées sur la séance").click();
    h.run();
    h.get_by_label("Vos notes privées sur la séance")
        .type_text("b");
    h.key_press(egui::Key::B);
    h.run();
    assert!(
        !h.state().projector().blank,
        "typing b does not blank the projector"
    );
}

#[test]
fn a_failed_save_says_why_keeps_everything_and_can_be_retried() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut h = harness(app(&data, Locale::Fr));
    h.run();
    start_weekly_routine(&mut h);
    h.get_by_label("Lundi, 9 h – 10 h").click();
    h.run();
    h.get_by_label("Lundi, 9 h – 10 h").type_text("Marche");
    h.run();
    h.get_by_label("Terminer la séance").click();
    h.run();
    // Something on disk is in the way of the record's folder.
    let blocker = data.join("sessions").join("2026");
    std::fs::write(&blocker, "in the way").expect("write");
    h.get_by_label("Enregistrer la séance").click();
    h.run();
    h.get_by_label_contains("La séance n'a pas pu être enregistrée");
    h.get_by_label_contains("Rien n'est perdu");
    // Still on the review, with the takeaway as it was.
    assert!(
        h.get_by_label("Ce que retient Amina")
            .value()
            .unwrap_or_default()
            .contains("1 créneau rempli")
    );
    std::fs::remove_file(&blocker).expect("remove");
    h.get_by_label("Enregistrer la séance").click();
    h.run();
    h.get_by_label_contains("Séance enregistrée :");
    let store = Store::open(&data).expect("store");
    assert!(sessions::check(&store).is_clean());
    assert_eq!(store.list_records().items.len(), 1);
}

#[test]
fn a_one_to_one_starts_from_a_participant_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    h.get_by_label("Commencer un exercice individuel avec Chloé")
        .click();
    h.run();
    h.get_by_label("Semaine type").click();
    h.run();
    start_session(&mut h);
    h.get_by_label("Avec Chloé");
}

#[test]
fn refused_plugins_are_shown_with_their_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    Store::create(dir.path()).expect("store");
    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    h.get_by_label("Réglages").click();
    h.run();
    h.get_by_label_contains("Semaine type 0.1.0");
    h.get_by_label_contains(&format!(
        "faite pour une autre version d'Atelier (interface binaire 999, celle-ci utilise {})",
        atelier_plugin_api::host::ABI_VERSION
    ));
}

#[test]
fn every_past_record_can_be_opened_read_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    // Home lists the 20 newest; the oldest is reached through the full list.
    assert!(
        h.query_by_label_contains("17/08/2026").is_none(),
        "the oldest is not on home"
    );
    h.get_by_label("Toutes les séances (24)").click();
    h.run();
    h.get_by_label("Page 1 sur 1");
    h.get_by_label_contains("17/08/2026").click();
    h.run();
    h.get_by_label("Séance du 17/08/2026 14:00");
    h.get_by_label("Cercle de partage entre pairs");
}

#[test]
fn each_screen_keeps_its_own_scroll_position() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    let top = h.get_by_label("Nouvelle séance collective").rect().top();
    click(&mut h, "Toutes les séances (24)");
    // A small window, so that the list of every session is longer than the screen.
    h.set_size(egui::vec2(1024.0, 360.0));
    h.run();
    let before = h.get_by_label("Plus récentes").rect().top();
    for _ in 0..3 {
        h.get_by_label("Plus récentes").scroll_down();
        h.run();
    }
    let scrolled = h.get_by_label("Plus récentes").rect().top();
    assert!(
        scrolled < before,
        "the list scrolled: {before} → {scrolled}"
    );
    click(&mut h, "Accueil");
    assert_eq!(
        h.get_by_label("Nouvelle séance collective").rect().top(),
        top,
        "home opens at its top (the list was scrolled to {scrolled})"
    );
}

#[test]
fn setup_finds_participants_by_name_whatever_the_accents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    h.get_by_label("Nouvelle séance collective").click();
    h.run();
    h.get_by_label("Amina").click();
    h.run();
    h.get_by_label("Rechercher").click();
    h.run();
    h.get_by_label("Rechercher").type_text("elo");
    h.run();
    h.get_by_label("Élodie");
    h.get_by_label("Amina");
    assert!(
        h.query_by_label("Bastien").is_none(),
        "the search narrows the list, the chosen stay"
    );
}

#[test]
fn the_brainstorm_wall_answers_the_clicker_and_the_number_keys() {
    let (dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Amina", "Bastien"],
    );
    for idea in ["Des horaires fixes", "Un chef qui dit merci"] {
        type_into(&mut h, "Nouvelle idée", idea);
        click(&mut h, "Mettre dans la boîte");
    }
    // Click somewhere neutral so no field has the keyboard, then use the clicker and keys.
    h.get_by_label("2 idées dans la boîte.").click();
    h.run();
    h.key_press(egui::Key::PageDown);
    h.run();
    h.key_press(egui::Key::Num3);
    h.run();
    h.key_press(egui::Key::PageDown);
    h.run();
    h.key_press(egui::Key::Num1);
    h.run();
    h.get_by_label("La boîte est vide.");

    h.get_by_label("Terminer la séance").click();
    h.run();
    h.get_by_label("Enregistrer la séance").click();
    h.run();
    h.get_by_label_contains("Séance enregistrée :");
    let store = Store::open(dir.path().join("data")).expect("store");
    let records = store.list_records().items;
    let record = store.load_record(&records[0].0).expect("record");
    let data = &record.activity_data;
    #[derive(serde::Deserialize)]
    struct Wall {
        wall: [Vec<Note>; 3],
    }
    #[derive(serde::Deserialize)]
    struct Note {
        text: String,
    }
    let wall: Wall = ron::from_str(data).unwrap_or_else(|e| panic!("{e}: {data}"));
    let counts = wall.wall.each_ref().map(Vec::len);
    assert_eq!(
        counts,
        [1, 0, 1],
        "one idea to the Critic (3), one to the Dreamer (1): {data}"
    );
    let mut texts: Vec<String> = wall.wall.into_iter().flatten().map(|n| n.text).collect();
    texts.sort();
    assert_eq!(texts, ["Des horaires fixes", "Un chef qui dit merci"]);
    for name in ["Amina", "Bastien"] {
        assert!(!data.contains(name), "no author in the wall: {data}");
    }
}

#[test]
fn a_second_atelier_on_the_same_folder_opens_read_only_and_can_take_over() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    // Another Atelier window has the folder open.
    let other = store.claim().expect("the other window's lock");

    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    h.get_by_label_contains("Lecture seule : un autre Atelier a ce dossier ouvert.");
    // Everything can be looked at; a session cannot start, and says why.
    click(&mut h, "Nouvel exercice individuel");
    click(&mut h, "Question miracle");
    h.get_by_label("Amina").click();
    h.run();
    start_session(&mut h);
    h.get_by_label_contains("est ouvert en lecture seule, car un autre Atelier l'utilise");
    assert!(
        h.query_by_label("Terminer la séance").is_none(),
        "not started"
    );
    // While the other one is open, taking over is refused; once it is closed, it works.
    click(&mut h, "Réessayer");
    h.get_by_label_contains("Cette fenêtre l'ouvre en lecture seule");
    drop(other);
    click(&mut h, "Réessayer");
    assert!(
        h.query_by_label_contains("Lecture seule").is_none(),
        "the window now writes the folder"
    );
    start_session(&mut h);
    h.get_by_label("Terminer la séance");
}

#[test]
fn a_journey_over_its_bounds_is_left_out_with_a_notice_and_the_rest_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    // A 50 MB first name in Amina's file.
    let path = store.journey_path(&ParticipantId::parse("p-demo-amina").expect("id"));
    let text = std::fs::read_to_string(&path).expect("journey");
    let huge = text.replace(
        "display_name: \"Amina\"",
        &format!("display_name: \"{}\"", "A".repeat(50 << 20)),
    );
    assert!(huge.len() > 50 << 20, "the name was replaced");
    std::fs::write(&path, &huge).expect("write");
    // A long name within its bound is cut in the list, and read whole by screen readers.
    let long_name = format!("Élodie {}", "Marie-".repeat(25));
    let mut elodie = store
        .load_journey(&ParticipantId::parse("p-demo-elodie").expect("id"))
        .expect("journey");
    elodie.value.display_name.clone_from(&long_name);
    store
        .save_journey(&elodie.value, Some(elodie.revision))
        .expect("saved");

    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    h.get_by_label_contains(&format!("{}: le fichier fait 50,0 Mo", path.display()));
    h.get_by_label(&format!("Ouvrir le parcours d'{long_name}"));
    h.get_by_value("Élodie Marie-Marie-Marie…");
    assert!(
        h.query_by_value(&long_name).is_none(),
        "the whole name is not drawn"
    );
    h.get_by_label("Ouvrir le parcours de Chloé");
    assert!(
        h.query_by_label_contains("AAAAAAAA").is_none(),
        "the name is never laid out"
    );
    assert_eq!(
        std::fs::metadata(&path).expect("file").len(),
        huge.len() as u64,
        "untouched"
    );
}

#[test]
fn a_plugin_dropped_into_the_data_folder_waits_for_an_approval_in_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path().join("data")).expect("store");
    let weekly = common::library("weekly_routine");
    let dropped = store
        .root()
        .join(sessions::PLUGINS_DIR)
        .join(weekly.file_name().expect("name"));
    std::fs::copy(&weekly, &dropped).expect("copy");
    let settings = dir.path().join("settings.ron");
    let config = || with_settings(store.root(), &settings);
    let mut h = harness(AtelierApp::new(config()));
    h.run();
    assert!(
        h.state().registry().get("weekly_routine").is_none(),
        "not run"
    );
    click(&mut h, "Réglages");
    h.get_by_label_contains("pas encore approuvée, donc pas lancée");
    // Below the fold of a 768-point window: scrolled to, as a person would.
    let approve = format!("Approuver la bibliothèque {}", dropped.display());
    h.get_by_label(&approve).scroll_to_me();
    h.run();
    click(&mut h, &approve);
    h.get_by_label_contains("Atelier va exécuter le programme");
    click(&mut h, "Oui, j'approuve ce fichier");
    h.get_by_label_contains("est approuvée et chargée");
    assert!(
        h.state().registry().get("weekly_routine").is_some(),
        "loaded"
    );
    drop(h);

    // Remembered in the person's settings: the next start loads it.
    let h = harness(AtelierApp::new(config()));
    assert!(h.state().registry().get("weekly_routine").is_some());
    // Nothing about approvals is written in the shared data folder.
    let sha256 = atelier::plugins::trust::fingerprint(&dropped).expect("hash");
    let mut stack = vec![store.root().to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("list").flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else if entry.path() != dropped {
                let bytes = std::fs::read(entry.path()).expect("read");
                assert!(
                    !String::from_utf8_lossy(&bytes).contains(&sha256),
                    "{}",
                    entry.path().display()
                );
            }
        }
    }
    assert!(
        std::fs::read_to_string(&settings)
            .expect("settings")
            .contains(&sha256)
    );
}

/// Whether the session shows step `n` of 5 (facilitator view and preview).
fn on_step(h: &Harness<'static, AtelierApp>, n: usize) -> bool {
    h.query_all_by_label_contains(&format!("Étape {n} sur 5"))
        .next()
        .is_some()
}

#[test]
fn enter_keeps_the_focus_and_space_after_typing_never_moves_a_step() {
    let (_dir, mut h) = session_in_new_folder(
        "Nouvel exercice individuel",
        "Habiletés sociales",
        &["Inès"],
    );
    click(&mut h, "Étape suivante");
    assert!(on_step(&h, 2));

    // A solution typed, then Enter: it is added and the cursor stays in the field.
    type_into(&mut h, "Une solution", "Demander de l'aide");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("Solution 1");
    assert!(
        h.get_by_label("Une solution").is_focused(),
        "still in the field"
    );
    // The next words go on into the field; spaces are spaces, not "next step".
    h.event(egui::Event::Text(String::from("Parler ")));
    h.key_press(egui::Key::Space);
    h.event(egui::Event::Text(String::from("au chef")));
    h.run();
    assert!(on_step(&h, 2));
    assert_eq!(
        h.get_by_label("Une solution").value().as_deref(),
        Some("Parler au chef")
    );

    // Even with the field left (a click elsewhere), a space right after typing moves nothing.
    h.get_by_label("Étape suivante").hover();
    h.run();
    h.get_all_by_label_contains("Étape 2 sur 5")
        .next()
        .expect("heading")
        .click();
    h.run();
    h.key_press(egui::Key::Space);
    h.run();
    assert!(on_step(&h, 2));
    // The clicker still moves on, and the half-typed solution is kept when coming back.
    h.key_press(egui::Key::PageDown);
    h.run();
    assert!(on_step(&h, 3));
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(
        h.get_by_label("Une solution").value().as_deref(),
        Some("Parler au chef")
    );
}

#[test]
fn an_activitys_own_keys_are_shown_and_listed_on_f1() {
    let (_dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Inès"],
    );
    // The shortcut line names the wall's own keys.
    h.get_by_label_contains("Touches de l'activité : 1 : ");
    h.get_by_label_contains("F1 : toutes les touches.");
    assert!(h.query_by_label("Les touches de la séance").is_none());
    h.key_press(egui::Key::F1);
    h.run();
    h.get_by_label("Les touches de la séance");
    h.get_by_label("B : écran noir au projecteur, et retour");
    h.get_by_label("3 : Placer l'idée tirée : Critique");
    h.key_press(egui::Key::F1);
    h.run();
    assert!(
        h.query_by_label("Les touches de la séance").is_none(),
        "F1 again closes it"
    );
}

#[test]
fn the_first_frame_does_not_wait_for_the_data_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let app = AtelierApp::new(AppConfig {
        data_dir: dir.path().to_path_buf(),
        locale: Some(Locale::Fr),
        plugin_dirs: Vec::new(),
        settings_path: None,
        clock: Arc::new(common::FixedClock),
        folder_picker: atelier::gui::FolderPicker::Dialog,
        native_projector: false,
        background_load: true,
        phones_address: None,
        database: None,
    });
    assert!(app.is_loading(), "the folder is read on another thread");
    let mut h = harness(app);
    h.run();
    if h.state().is_loading() {
        h.get_by_label(&format!(
            "Lecture du dossier de données ({})…",
            dir.path().display()
        ));
    }
    for _ in 0..500 {
        if !h.state().is_loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run();
    }
    h.get_by_label("Ouvrir le parcours d'Amina");
    h.get_by_label("Nouvelle séance collective");
}

#[test]
fn home_says_what_to_do_today_and_builds_only_the_rows_in_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    h.get_by_label("Aujourd'hui");
    h.get_by_label("3 bilans d'étape à faire");
    // Most overdue first, each saying how late it is.
    let drawn = atelier_plugin_api::drawn_text(h.output());
    let at = |name: &str| {
        drawn
            .find(&format!("{name} : bilan prévu le"))
            .unwrap_or_else(|| panic!("{name}'s review in:\n{drawn}"))
    };
    assert!(
        at("Amina") < at("Chloé") && at("Chloé") < at("Gaëlle"),
        "{drawn}"
    );
    assert!(
        drawn.contains("Amina : bilan prévu le 24/05/2026, en retard de 180 jours"),
        "{drawn}"
    );
    // Élodie is on hold, with a call a month agreed: over a month since, she is to contact.
    assert!(drawn.contains("Élodie : dernier contact il y a"), "{drawn}");
    click(&mut h, "Ouvrir le parcours d'Élodie");
    h.get_by_label(
        "Le dernier contact date de plus longtemps que convenu pendant la veille : c'est le moment de l'appel prévu.",
    );
    h.get_by_label_contains("convenu pendant la mise en veille");
    click(&mut h, "Accueil");
    // One click to act: the stage review is prepared for her and the stage, the contact
    // opens its form.
    click(
        &mut h,
        "Faire le bilan de « Préciser le projet et préparer les candidatures » avec Amina",
    );
    h.get_by_label_contains("Bilan de l'étape « Préciser le projet et préparer les candidatures »");
    h.get_by_label("Commencer la séance");
    click(&mut h, "Accueil");
    click(&mut h, "Voir le parcours d'Élodie pour reprendre contact");
    h.get_by_label("Enregistrer le contact");

    // A service of 300 people: the list builds the rows in view, not 300.
    let many = tempfile::tempdir().expect("temp dir");
    let store = Store::create(many.path()).expect("store");
    sessions::demo::populate_large(&store, 300, 30).expect("large");
    let mut h = harness(app(many.path(), Locale::Fr));
    h.run();
    let built = h.get_all_by_label_contains("Ouvrir le parcours de").count();
    assert!(
        (5..=20).contains(&built),
        "{built} rows built for 300 people"
    );
    type_into(&mut h, "Rechercher", "Prénom 299");
    h.get_by_label("Ouvrir le parcours de Prénom 299");
}

#[test]
fn the_first_start_offers_the_demo_folder_and_opens_on_its_people() {
    for (locale, demo, person, hint) in [
        (
            Locale::Fr,
            "Essayer avec des données de démonstration",
            "Ouvrir le parcours d'Amina",
            "Dix personnes fictives",
        ),
        (
            Locale::En,
            "Try it with demo data",
            "Open Amina's journey",
            "Ten fictional people",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let mut h = harness(app(&data, locale));
        h.run();
        h.get_by_label_contains(hint);
        assert!(!data.exists(), "nothing written before the person chooses");
        click(&mut h, demo);
        h.get_by_label(person);
        assert!(
            Store::open(&data)
                .expect("a data folder")
                .load_journeys()
                .items
                .len()
                >= 9,
            "the demo people are on disk"
        );
    }
}

/// One form sent to the phones' page at `url`, as a phone's browser would; the status.
fn send_idea(url: &str, idea: &str) -> u16 {
    let body: String = idea
        .bytes()
        .map(|b| match b {
            b' ' => String::from("+"),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => char::from(b).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect();
    http_status("POST", url, &format!("idea={body}"))
}

/// The status of one HTTP request to `url` (`http://host:port/path`) with a form `body`.
fn http_status(method: &str, url: &str, body: &str) -> u16 {
    use std::io::{Read as _, Write as _};
    let rest = url.trim_start_matches("http://");
    let (address, path) = rest.split_at(rest.find('/').expect("path"));
    let mut stream = std::net::TcpStream::connect(address).expect("connect");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Type: \
         application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status")
}

#[test]
fn ideas_from_phones_reach_the_walls_box_and_the_projector_shows_where_to_send_them() {
    let (dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Amina", "Bastien"],
    );
    type_into(&mut h, "Le sujet", "Mon lieu de travail idéal");
    assert!(
        h.state().phones_url().is_none(),
        "closed until the facilitator opens it"
    );
    click(&mut h, "Téléphones des participants");
    let url = h.state().phones_url().expect("the phones' page is open");
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    for idea in ["Un atelier lumineux", "Des pauses au calme"] {
        assert_eq!(send_idea(&url, idea), 200);
    }
    // The ideas come in between frames.
    wait_for_label(&mut h, "2 idées dans la boîte.");
    // The address to type, read aloud from the facilitator's window, opens the page too.
    let shown = h
        .get_by_label_contains("Adresse à taper sur un téléphone : ")
        .value()
        .unwrap_or_default();
    let short = shown
        .rsplit(" : ")
        .next()
        .expect("an address after the colon")
        .to_owned();
    assert!(short.starts_with("127.0.0.1:"), "{shown}");
    assert_eq!(
        http_status("GET", &format!("http://{short}"), ""),
        200,
        "{short}"
    );

    let (text, app) = projector_text(h.into_state());
    assert!(
        text.contains("Envoyez votre idée depuis votre téléphone"),
        "{text}"
    );
    assert!(text.contains(&short), "the projector shows {short}: {text}");
    let token = url.trim_end_matches('/').rsplit('/').next().expect("token");
    assert!(!text.contains(token), "the token is only in the QR code");
    let mut h = harness(app);
    h.run();
    click(&mut h, "Arrêter les téléphones");
    assert!(h.state().phones_url().is_none());
    click(&mut h, "Terminer la séance");
    // The two ideas are still in the box: asked first.
    h.get_by_label("Terminer la séance maintenant ?");
    click(&mut h, "Terminer quand même");
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("Séance enregistrée :");
    // No address, port or token in anything written.
    let port = url
        .trim_start_matches("http://127.0.0.1:")
        .split('/')
        .next()
        .expect("port");
    for entry in walk(dir.path()) {
        let written = std::fs::read(&entry).expect("read");
        let written = String::from_utf8_lossy(&written);
        for trace in ["127.0.0.1", token] {
            assert!(!written.contains(trace), "{trace} in {}", entry.display());
        }
        assert!(
            !written.contains(&format!(":{port}")),
            "the port in {}",
            entry.display()
        );
    }
}

#[test]
fn the_groups_view_is_rated_from_phones_through_the_app_without_names() {
    let (dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "L'avis du groupe, sans nom",
        &["Amina", "Bastien"],
    );
    click(&mut h, "Téléphones des participants");
    let url = h.state().phones_url().expect("the phones' page is open");
    // Statements 1 and 2 rated "D'accord" and "Plutôt d'accord", the others left.
    assert_eq!(http_status("POST", &url, "input=avis&s0=4&s1=3"), 200);
    assert_eq!(
        http_status("POST", &url, "input=avis&s0=0"),
        409,
        "one answer per phone"
    );
    wait_for_label(&mut h, "1 réponse.");
    let (text, app) = projector_text(h.into_state());
    assert!(
        text.contains("Répondez depuis votre téléphone, sans votre nom"),
        "a grid is answered, not an idea sent: {text}"
    );
    let mut h = harness(app);
    h.run();
    click(&mut h, "Terminer la séance");
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("Séance enregistrée :");
    let records: Vec<_> = walk(dir.path())
        .into_iter()
        .filter(|p| {
            p.to_string_lossy().contains("sessions") && !p.to_string_lossy().ends_with(".index")
        })
        .collect();
    let written: String = records
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    assert!(written.contains("tallies"), "the counts are in the record");
    assert!(!written.contains("127.0.0.1"), "no address in the record");
}

/// Every file below `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_settings_offer_this_computers_networks_for_the_phones() {
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = dir.path().join("settings.ron");
    let config = with_settings(&dir.path().join("data"), &settings);
    let saved = || {
        std::fs::read_to_string(&settings)
            .ok()
            .and_then(|text| ron::from_str::<atelier::gui::settings::Settings>(&text).ok())
            .map(|s| s.phones_address)
            .unwrap_or_default()
    };
    let mut h = harness(AtelierApp::new(config));
    h.run();
    click(&mut h, "Réglages");
    let automatic = format!("Automatique ({})", atelier::phones::lan_address());
    assert_eq!(
        h.get_by_label(&automatic).accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True),
        "nothing chosen yet"
    );
    let networks = atelier::phones::network_addresses();
    for network in &networks {
        h.get_by_label(&format!("{} (réseau {})", network.ip, network.interface));
    }
    // The first network found, else a typed address (a machine with no network).
    let chosen = if let Some(network) = networks.first() {
        click(
            &mut h,
            &format!("{} (réseau {})", network.ip, network.interface),
        );
        network.ip.to_string()
    } else {
        type_into(&mut h, "Ou une adresse écrite ici :", "10.1.2.3:8080");
        String::from("10.1.2.3:8080")
    };
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(saved(), chosen, "remembered");
    assert_eq!(
        h.get_by_label(&automatic).accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::False),
        "no longer automatic"
    );
    assert_eq!(
        h.get_by_label("Ou une adresse écrite ici :")
            .value()
            .as_deref(),
        Some(chosen.as_str()),
        "and shown in the field, where a port can be added"
    );
    click(&mut h, &automatic);
    assert_eq!(saved(), "", "back to automatic");
    assert!(
        h.query_by_label_contains("--phones-address").is_none(),
        "nothing given on the command line"
    );

    // Started with --phones-address: the settings say what is in force.
    let mut config = with_settings(&dir.path().join("data"), &settings);
    config.phones_address = Some(std::net::SocketAddr::from(([127, 0, 0, 1], 9123)));
    drop(h);
    let mut h = harness(AtelierApp::new(config));
    h.run();
    click(&mut h, "Réglages");
    h.get_by_label_contains(
        "En ce moment : 127.0.0.1:9123, l'adresse donnée au démarrage d'Atelier (--phones-address).",
    );
}

#[test]
fn the_phones_listen_where_the_settings_say_and_a_wrong_address_is_explained() {
    for (chosen, expected) in [("127.0.0.1", Some("http://127.0.0.1:")), ("salle-2", None)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let settings = dir.path().join("settings.ron");
        std::fs::write(
            &settings,
            format!("(format_version: 1, phones_address: \"{chosen}\")"),
        )
        .expect("settings");
        // No command-line address: the settings' one is used.
        let config = with_settings(&dir.path().join("data"), &settings);
        let mut h = harness(AtelierApp::new(config));
        h.run();
        start_in_new_folder(
            &mut h,
            "Nouvelle séance collective",
            "Mur Rêveur, Réaliste, Critique",
            &["Amina"],
        );
        click(&mut h, "Téléphones des participants");
        if let Some(prefix) = expected {
            let url = h.state().phones_url().expect("open");
            assert!(url.starts_with(prefix), "{url}");
        } else {
            assert!(h.state().phones_url().is_none(), "nothing opened");
            h.get_by_label_contains("Adresse inconnue : « salle-2 »");
        }
    }
}

#[test]
fn a_data_folder_that_is_gone_is_said_so_never_made_again_and_used_when_back() {
    let (dir, mut h) = weekly_routine_under_review();
    let data = dir.path().join("data");
    // The USB key is pulled out.
    let away = dir.path().join("away");
    std::fs::rename(&data, &away).expect("gone");
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains(&format!(
        "{} est introuvable : le dossier de données a peut-être été déplacé",
        data.display()
    ));
    h.get_by_label_contains("Rien n'est perdu : vous pouvez réessayer.");
    assert!(
        !data.exists(),
        "the folder is not made again where the key was"
    );
    // It is back: the same click saves.
    std::fs::rename(&away, &data).expect("back");
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("Séance enregistrée :");
    let store = Store::open(&data).expect("store");
    assert_eq!(store.list_records().items.len(), 1);
}

/// A tmpfs mounted for a test, unmounted when dropped (`None` when it cannot be: not root).
struct Mounted(std::path::PathBuf);

impl Mounted {
    fn tmpfs(path: &Path) -> Option<Self> {
        std::fs::create_dir_all(path).ok()?;
        std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=8m", "tmpfs"])
            .arg(path)
            .status()
            .is_ok_and(|s| s.success())
            .then(|| Self(path.to_path_buf()))
    }

    fn read_only(&self) -> bool {
        std::process::Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _unmounted = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_folder_that_may_not_be_written_is_not_said_to_be_another_ateliers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let disk = dir.path().join("disk");
    let Some(mounted) = Mounted::tmpfs(&disk) else {
        eprintln!("skipped: a tmpfs cannot be mounted here (the test must run as root)");
        return;
    };
    let data = disk.join("data");
    let store = Store::create(&data).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    drop(store);
    assert!(mounted.read_only(), "remounted read-only");
    let mut h = harness(app(&data, Locale::Fr));
    h.run();
    h.get_by_label_contains("Lecture seule : Atelier n'a pas le droit d'écrire dans ce dossier.");
    assert!(
        h.query_by_label_contains("un autre Atelier").is_none(),
        "not another Atelier's"
    );
    h.get_by_label("Ouvrir le parcours d'Amina");
    let mut h = harness(app(&data, Locale::En));
    h.run();
    h.get_by_label_contains("Read-only: Atelier may not write to this folder.");
}

#[test]
fn ending_a_wall_with_ideas_left_in_the_box_asks_first() {
    let (_dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Élodie", "Inès"],
    );
    type_into(&mut h, "Nouvelle idée", "Des horaires fixes");
    click(&mut h, "Mettre dans la boîte");
    click(&mut h, "Terminer la séance");
    h.get_by_label("Terminer la séance maintenant ?");
    assert_eq!(
        h.get_all_by_label("1 idée attend encore dans la boîte.")
            .count(),
        2,
        "said on the wall and in the question"
    );
    click(&mut h, "Continuer la séance");
    assert!(
        h.query_by_label("Terminer la séance maintenant ?")
            .is_none()
    );
    h.get_by_label("1 idée dans la boîte.");
    click(&mut h, "Terminer la séance");
    click(&mut h, "Terminer quand même");
    h.get_by_label("Enregistrer la séance");
}

#[test]
fn the_participant_picker_shows_who_is_on_hold_and_who_will_not_be_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let journeys = store.load_journeys().items;
    let unnamed = journeys
        .iter()
        .find(|j| !j.value.consents.first_name_on_projector.given)
        .expect("someone without the projector's consent");
    let mut h = harness(app(dir.path(), Locale::Fr));
    h.run();
    click(&mut h, "Nouvelle séance collective");
    h.get_by_label(&unnamed.value.display_name);
    assert_eq!(
        h.get_all_by_label("ne sera pas nommé·e à l'écran").count(),
        1,
        "{} did not agree to be named on the projector",
        unnamed.value.display_name
    );
    h.get_by_label("En veille jusqu'au 30/12/2026");
    click(&mut h, "Accueil");
    click(&mut h, "Nouvel exercice individuel");
    assert!(
        h.query_by_label("ne sera pas nommé·e à l'écran").is_none(),
        "no projector one-to-one"
    );
    h.get_by_label("En veille jusqu'au 30/12/2026");
}

#[test]
fn the_place_and_the_facilitator_are_asked_once_remembered_and_kept_in_the_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let settings = dir.path().join("settings.ron");
    let mut config = with_settings(&data, &settings);
    config.plugin_dirs = vec![
        common::library("weekly_routine")
            .parent()
            .expect("folder")
            .to_path_buf(),
    ];
    let mut h = harness(AtelierApp::new(config));
    h.run();
    click(&mut h, "Créer un dossier vide");
    click(&mut h, "Nouvel exercice individuel");
    click(&mut h, "Semaine type");
    quick_add(&mut h, "Élodie");
    h.get_by_label("Écrivez qui anime la séance : il sera retenu pour les prochaines.");
    type_into(&mut h, "Animateur ou animatrice", "Inès Moreau");
    h.get_by_label("Écrivez où a lieu la séance : il sera retenu pour les prochaines.");
    type_into(&mut h, "Lieu", "Bureau 3");
    click(&mut h, "Commencer la séance");
    click(&mut h, "Terminer la séance");
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("Séance enregistrée :");
    let store = Store::open(&data).expect("store");
    let (id, _) = store.list_records().items.remove(0);
    let record = store.load_record(&id).expect("record");
    assert_eq!(record.place, "Bureau 3");
    assert_eq!(record.facilitators, ["Inès Moreau"]);
    let remembered: atelier::gui::settings::Settings =
        ron::from_str(&std::fs::read_to_string(&settings).expect("settings")).expect("parse");
    assert_eq!(
        (remembered.place.as_str(), remembered.facilitator.as_str()),
        ("Bureau 3", "Inès Moreau")
    );
    // The next session proposes them: nothing to type again.
    click(&mut h, "Exercice individuel");
    assert_eq!(h.get_by_label("Lieu").value().as_deref(), Some("Bureau 3"));
    assert_eq!(
        h.get_by_label("Animateur ou animatrice").value().as_deref(),
        Some("Inès Moreau")
    );
}

#[test]
fn a_laptop_screen_reaches_the_walls_placing_buttons() {
    let (_dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Amina", "Élodie"],
    );
    h.set_size(egui::vec2(1280.0, 720.0));
    h.run();
    // A whole room's ideas in the box, a long topic.
    type_into(
        &mut h,
        "Le sujet",
        "Mon lieu de travail idéal, celui où je me sentirais bien chaque jour de la semaine",
    );
    for n in 1..=24 {
        type_into(
            &mut h,
            "Nouvelle idée",
            &format!("Une idée assez longue, la numéro {n}"),
        );
        click(&mut h, "Mettre dans la boîte");
    }
    click(&mut h, "Tirer l'idée suivante");
    for place in ["1 — Rêveur", "2 — Réaliste", "3 — Critique"] {
        let rect = h.get_by_label(place).rect();
        assert!(
            rect.bottom() <= 720.0 && rect.right() <= 1280.0,
            "{place} at {rect:?}"
        );
    }
}

/// Fails when a node of the window is cut at its right edge, or `action` is not in reach.
fn fits_a_laptop(h: &Harness<'static, AtelierApp>, screen: &str, action: &str) {
    let rect = h.get_by_label(action).rect();
    assert!(
        rect.bottom() <= 720.0 && rect.right() <= 1280.0,
        "{screen}: {action} at {rect:?}"
    );
    nothing_cut_at_the_right(h, screen);
}

/// No named control or text of the window goes past its right edge (1280 pixels).
pub(crate) fn nothing_cut_at_the_right(h: &Harness<'static, AtelierApp>, screen: &str) {
    use egui_kittest::kittest::NodeT as _;
    for node in h.root().children_recursive() {
        let Some(b) = node.accesskit_node().bounding_box() else {
            continue;
        };
        let (left, right) = (b.x0 as f32, b.x1 as f32);
        if node.accesskit_node().label().is_some() && right > left {
            assert!(
                right <= 1281.0,
                "{screen}: {:?} is cut at the right edge ({left}–{right})",
                node.accesskit_node().label()
            );
        }
    }
}

#[test]
fn every_main_screen_fits_a_1280_by_720_laptop() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .with_max_steps(16)
        .build_ui_state(
            |ui, app: &mut AtelierApp| app.ui(ui),
            app(dir.path(), Locale::Fr),
        );
    h.run();
    fits_a_laptop(&h, "home", "Nouvelle séance collective");
    click(&mut h, "Ouvrir le parcours d'Élodie");
    fits_a_laptop(&h, "journey", "Document pour la personne");
    click(&mut h, "Réglages");
    fits_a_laptop(&h, "settings", "Accueil");
    click(&mut h, "Activité du service");
    fits_a_laptop(&h, "service", "Accueil");
    through_each_collective_activity(&mut h, click, fits_a_laptop);
}

/// Runs each collective activity with five demo people, from Home to its saved record,
/// pressing with `press` and calling `check(h, screen, its main action)` on the setup, the
/// activity and the review.
pub(crate) fn through_each_collective_activity(
    h: &mut Harness<'static, AtelierApp>,
    press: fn(&mut Harness<'static, AtelierApp>, &str),
    check: fn(&Harness<'static, AtelierApp>, &str, &str),
) {
    for activity in [
        "Mur Rêveur, Réaliste, Critique",
        "Cercle de partage entre pairs",
        "Habiletés sociales",
        "L'avis du groupe, sans nom",
    ] {
        click(h, "Accueil");
        click(h, "Nouvelle séance collective");
        press(h, activity);
        for name in ["Amina", "Bastien", "Chloé", "Élodie", "Inès"] {
            press(h, name);
        }
        check(h, "setup", "Commencer la séance");
        fill_place_and_facilitator(h);
        press(h, "Commencer la séance");
        check(h, activity, "Terminer la séance");
        press(h, "Terminer la séance");
        if h.query_by_label("Terminer quand même").is_some() {
            click(h, "Terminer quand même");
        }
        check(h, "review", "Enregistrer la séance");
        press(h, "Enregistrer la séance");
        h.get_by_label_contains("Séance enregistrée :");
    }
}
