//! The app on a service's database (when `ATELIER_TEST_DATABASE` names a server): Home shows
//! what a colleague adds without a restart; a session run while the network is cut is kept on
//! this computer, said so, and sent when it is back; the laptop opened without network shows
//! the people it kept.

use super::*;

#[path = "../../sessions/tests/pg/mod.rs"]
mod pg;

/// The app on `db` through `relay`, with `local` as this computer's folder.
fn app_on(db: &pg::TestDb, relay: &pg::Relay, local: &Path) -> AtelierApp {
    AtelierApp::new(AppConfig {
        data_dir: local.to_path_buf(),
        locale: Some(Locale::Fr),
        plugin_dirs: Vec::new(),
        settings_path: None,
        clock: Arc::new(common::FixedClock),
        folder_picker: atelier::gui::FolderPicker::Dialog,
        native_projector: false,
        background_load: false,
        phones_address: Some(std::net::SocketAddr::from(([127, 0, 0, 1], 0))),
        database: Some(db.address_through(relay.port)),
    })
}

/// Runs frames until a label containing `text` is shown (the watcher asks every few seconds).
fn wait_for(h: &mut Harness<'static, AtelierApp>, text: &str) {
    for _ in 0..200 {
        h.run();
        if h.query_by_label_contains(text).is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    eprintln!("waited in vain for {text:?}");
    h.get_by_label_contains(text);
}

fn journey(id: &str, name: &str) -> sessions::Journey {
    let day = "2026-09-01".parse().expect("date");
    let consent = sessions::Consent {
        given: true,
        date: day,
        recorded_by: "Claire".into(),
    };
    sessions::Journey::new(
        ParticipantId::parse(id).expect("id"),
        name,
        day,
        sessions::Consents {
            keep_file: consent.clone(),
            first_name_on_projector: consent,
        },
        "Claire",
    )
}

#[test]
fn on_a_database_home_follows_colleagues_and_a_session_without_network_is_sent_later() {
    let Some(db) = pg::TestDb::new("app") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let office = db.store(&dir.path().join("office"));
    office
        .save_journey(&journey("p-amina", "Amina"), None)
        .expect("journey");
    let relay = pg::Relay::new(pg::server_port());
    let mut h = harness(app_on(&db, &relay, &dir.path().join("laptop")));
    h.run();
    h.get_by_label("Ouvrir le parcours d'Amina");

    // A colleague adds someone: Home shows her without a restart.
    office
        .save_journey(&journey("p-elodie", "Élodie"), None)
        .expect("journey");
    wait_for(&mut h, "Ouvrir le parcours d'Élodie");

    // The network goes during the workshop: the session is kept here, and said so.
    click(&mut h, "Nouvelle séance collective");
    click(&mut h, "Mur Rêveur, Réaliste, Critique");
    click(&mut h, "Amina");
    start_session(&mut h);
    relay.cut();
    click(&mut h, "Terminer la séance");
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("la séance est gardée sur cet ordinateur");
    wait_for(&mut h, "Une séance attend sur cet ordinateur");
    assert!(office.list_records().items.is_empty(), "not sent yet");

    // The network is back: it is sent, and said so.
    relay.restore();
    wait_for(&mut h, "a été envoyée à la base du service");
    let records = office.list_records().items;
    assert_eq!(records.len(), 1);
    let amina = office
        .load_journey(&ParticipantId::parse("p-amina").expect("id"))
        .expect("journey")
        .value;
    assert!(amina.link(&records[0].0).is_some(), "linked in her journey");
    assert!(h.query_by_label_contains("Une séance attend").is_none());
    drop(h);

    // Atelier opened again in a room without network: the people kept, said so.
    relay.cut();
    let mut h = harness(app_on(&db, &relay, &dir.path().join("laptop")));
    h.run();
    h.get_by_label_contains("Pas de connexion à la base du service");
    h.get_by_label("Ouvrir le parcours d'Amina");
    h.get_by_label("Ouvrir le parcours d'Élodie");
    // What the laptop does not know is said so, not guessed ("to contact again", "no session").
    h.get_by_label_contains(
        "les rappels (personnes à recontacter, bilans, suivis) ne sont pas connus ici",
    );
    h.get_by_label_contains("Les séances sont dans la base du service");
    assert!(
        h.query_by_label_contains("ne répond pas").is_none(),
        "said once, by the line under the top bar"
    );
}

#[test]
fn the_database_is_chosen_in_the_settings_without_its_password() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    Store::create(&data).expect("folder");
    let settings = dir.path().join("settings.ron");
    let mut h = harness(AtelierApp::new(with_settings(&data, &settings)));
    h.run();
    click(&mut h, "Réglages");
    let field = "Base de données du service (si le service en a une)";
    h.get_by_label(field).scroll_to_me();
    h.run();
    type_into(&mut h, field, "postgres://marie:secret@127.0.0.1:1/atelier");
    click(&mut h, "Utiliser cette base");
    h.get_by_label_contains("Le mot de passe ne se garde pas dans les réglages");
    let kept = std::fs::read_to_string(&settings).unwrap_or_default();
    assert!(!kept.contains("secret"), "{kept}");

    // Without it: used at once (nothing answers on port 1: said so), and remembered.
    replace_text(&mut h, field, "postgres://marie@127.0.0.1:1/atelier");
    h.get_by_label("Utiliser cette base").scroll_to_me();
    h.run();
    click(&mut h, "Utiliser cette base");
    wait_for(&mut h, "La base du service ne répond pas pour l'instant");
    let kept = std::fs::read_to_string(&settings).expect("settings");
    assert!(
        kept.contains("postgres://marie@127.0.0.1:1/atelier"),
        "{kept}"
    );
    click(&mut h, "Réglages");
    h.get_by_label_contains("Les parcours et les séances sont dans la base de données du service");
    h.get_by_label("Revenir au dossier de données seul")
        .scroll_to_me();
    h.run();
    click(&mut h, "Revenir au dossier de données seul");
    let kept = std::fs::read_to_string(&settings).expect("settings");
    assert!(!kept.contains("127.0.0.1:1"), "{kept}");
    h.get_by_label("Nouvelle séance collective");
}
