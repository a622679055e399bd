//! The journey screen: editing and reloading, history kept, the contact rhythm, the person's
//! documents, the timeline and its charts, and the GDPR actions.

use std::fs;
use std::path::{Path, PathBuf};

use atelier::gui::{AppConfig, AtelierApp, FolderPicker};
use atelier::i18n::Locale;
use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sessions::{ParticipantId, Status, Store};

use super::{click, replace_text, type_into};

/// A data folder with the demo participants, as of the fixed clock's day.
fn demo_folder(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let store = Store::create(&data).expect("create");
    sessions::demo::populate(&store, NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"))
        .expect("demo");
    data
}

/// The app on `data`, in French, at the fixed clock's time, documents going to `picker`.
fn config(data: &Path, folder_picker: FolderPicker) -> AppConfig {
    AppConfig {
        data_dir: data.to_path_buf(),
        locale: Some(Locale::Fr),
        plugin_dirs: Vec::new(),
        settings_path: None,
        clock: std::sync::Arc::new(super::common::FixedClock),
        folder_picker,
        native_projector: false,
        background_load: false,
        phones_address: None,
        database: None,
    }
}

fn open(data: &Path, exports: &Path) -> Harness<'static, AtelierApp> {
    let app = AtelierApp::new(config(data, FolderPicker::Fixed(exports.to_path_buf())));
    let mut h = Harness::builder()
        // Tall enough for every section to be on screen (kittest sees what is drawn).
        .with_size([1366.0, 2400.0])
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut AtelierApp| app.ui(ui), app);
    h.run();
    h
}

/// Moves the keyboard away from any field, as leaving a field does.
fn leave_field(h: &mut Harness<'static, AtelierApp>) {
    h.key_press(egui::Key::Escape);
    h.run();
}

fn amina() -> ParticipantId {
    ParticipantId::parse("p-demo-amina").expect("id")
}

#[test]
fn edits_are_saved_history_is_kept_and_everything_reloads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    h.get_by_label("Tout est enregistré.");

    // A new stage with a SMART objective and actions.
    click(&mut h, "Nouvelle étape");
    type_into(&mut h, "Nom de l'étape", "Premiers entretiens");
    type_into(&mut h, "Objectif", "Passer deux entretiens");
    type_into(
        &mut h,
        "Comment saura-t-on qu'il est atteint ?",
        "Deux entretiens passés",
    );
    type_into(&mut h, "Pour quand (JJ/MM/AAAA)", "18/12/2026");
    click(&mut h, "Ajouter l'objectif");
    type_into(
        &mut h,
        "Actions prévues (une par ligne)",
        "Préparer ma présentation\nS'entraîner avec Claire",
    );
    click(&mut h, "Ajouter l'étape");

    // A pause needs the person's request, an end date and conditions to resume.
    click(&mut h, "Mettre en veille…");
    type_into(&mut h, "Jusqu'au (JJ/MM/AAAA)", "15/01/2027");
    type_into(
        &mut h,
        "Conditions de reprise convenues",
        "Un appel début janvier",
    );
    click(&mut h, "un appel par mois");
    click(&mut h, "Enregistrer ce changement");
    h.get_by_label("Une mise en veille se fait seulement à la demande de la personne.");
    click(&mut h, "La personne a demandé cette mise en veille");
    click(&mut h, "Enregistrer ce changement");

    // What matters to her, one per line.
    click(&mut h, "Points forts");
    h.get_by_label("Points forts").type_text("\nPonctuelle");
    h.run();
    leave_field(&mut h);
    h.get_by_label("Tout est enregistré.");
    click(&mut h, "Retour");

    // Reloaded from disk: everything is there, and history was added to, not replaced.
    let store = Store::open(&data).expect("store");
    let journey = store.load_journey(&amina()).expect("journey").value;
    let stage = journey.stages.last().expect("stage");
    assert_eq!(stage.title, "Premiers entretiens");
    assert_eq!(stage.objectives.len(), 1);
    assert_eq!(stage.objectives[0].measure, "Deux entretiens passés");
    assert_eq!(
        stage.objectives[0].due,
        NaiveDate::from_ymd_opt(2026, 12, 18)
    );
    assert_eq!(
        stage.actions,
        ["Préparer ma présentation", "S'entraîner avec Claire"]
    );
    assert_eq!(journey.status_history.len(), 2, "the first status is kept");
    assert!(matches!(journey.status_history[0].status, Status::Active));
    assert!(matches!(
        journey.status(),
        Status::OnHold { at_persons_request: true, resume_conditions, check_in_days: Some(31), .. } if resume_conditions == "Un appel début janvier"
    ));
    assert_eq!(
        journey
            .expected_contact(NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"))
            .map(|e| e.every_days),
        Some(31),
        "the calls agreed during the hold are its rhythm"
    );
    assert!(
        journey
            .preferences
            .strengths
            .contains(&"Ponctuelle".to_owned())
    );
    assert_eq!(
        journey.preferences.updated,
        NaiveDate::from_ymd_opt(2026, 11, 20)
    );
    // Nothing else changed: the timeline is intact.
    assert_eq!(journey.timeline.len(), {
        let demo = tempfile::tempdir().expect("temp dir");
        let fresh = Store::open(demo_folder(demo.path())).expect("store");
        fresh
            .load_journey(&amina())
            .expect("journey")
            .value
            .timeline
            .len()
    });
    // Back home, her status shows the pause.
    h.get_by_label("En veille jusqu'au 15/01/2027");
}

#[test]
fn the_rhythm_indicator_follows_the_fixed_clock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let store = Store::open(&data).expect("store");
    // Amina looks for work (weekly); move her sessions 10 days back.
    let mut stored = store.load_journey(&amina()).expect("journey");
    for link in &mut stored.value.timeline {
        link.date -= chrono::Duration::days(10);
    }
    let newest = stored.value.last_contact().expect("contact");
    let days = (NaiveDate::from_ymd_opt(2026, 11, 20).expect("date") - newest).num_days();
    store
        .save_journey(&stored.value, Some(stored.revision))
        .expect("save");

    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    h.get_by_label("Rythme attendu : chaque semaine (recherche d'emploi en cours).");
    let overdue = h
        .query_by_label(
            "Le dernier contact date de plus longtemps que prévu : proposer un rendez-vous.",
        )
        .is_some();
    assert_eq!(overdue, days > 7, "last contact {days} days ago");
    assert!(
        days > 7,
        "the test moved the last contact far enough: {days}"
    );

    // The home list flags her too.
    click(&mut h, "Retour");
    // Amina, and Élodie, whose call a month agreed during her hold is due.
    assert_eq!(h.get_all_by_label("à recontacter").count(), 2);

    // A phone call today, noted on her journey, counts as a contact.
    click(&mut h, "Ouvrir le parcours d'Amina");
    click(&mut h, "Noter un contact…");
    click(&mut h, "Enregistrer le contact");
    h.get_by_label("Choisissez comment le contact a eu lieu.");
    click(&mut h, "Appel téléphonique");
    type_into(
        &mut h,
        "Ce qui a été dit (privé, facultatif)",
        "Rendez-vous fixé",
    );
    type_into(&mut h, "Durée en minutes (facultatif)", "90 min");
    click(&mut h, "Enregistrer le contact");
    h.get_by_label("Écrivez la durée en minutes, de 1 à 1440 (par exemple 45), ou laissez vide.");
    click(&mut h, "Durée en minutes (facultatif)");
    for _ in 0..4 {
        h.key_press(egui::Key::Backspace);
    }
    h.run();
    click(&mut h, "Enregistrer le contact");
    h.get_by_label("Dernier contact le 20/11/2026 (aujourd'hui).");
    assert!(
        h.query_by_label(
            "Le dernier contact date de plus longtemps que prévu : proposer un rendez-vous."
        )
        .is_none()
    );
    click(&mut h, "Retour");
    assert_eq!(
        h.query_all_by_label("à recontacter").count(),
        1,
        "Amina no longer: only Élodie"
    );
    let saved = store.load_journey(&amina()).expect("journey").value;
    let calls: Vec<&sessions::Contact> = saved
        .contacts
        .iter()
        .filter(|c| c.kind == sessions::ContactKind::Call)
        .collect();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].note.expose(), "Rendez-vous fixé");
    assert_eq!(calls[0].duration_minutes, Some(90));

    // Bastien works (past his first month): monthly, and seen 1 day ago: no warning.
    click(&mut h, "Ouvrir le parcours de Bastien");
    h.get_by_label(
        "Rythme attendu : chaque mois (au moins une fois par mois dans les autres cas).",
    );
    assert!(
        h.query_by_label(
            "Le dernier contact date de plus longtemps que prévu : proposer un rendez-vous."
        )
        .is_none()
    );
}

/// Every file under `dir`, with its text.
fn files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("list").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let text = fs::read_to_string(&path).unwrap_or_default();
                out.push((path, text));
            }
        }
    }
    out
}

#[test]
fn the_persons_documents_hold_their_takeaways_and_nothing_private() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let exports = dir.path().join("exports");
    fs::create_dir_all(&exports).expect("folder");
    let mut h = open(&data, &exports);
    click(&mut h, "Ouvrir le parcours d'Amina");
    // A private note, typed on the screen.
    click(&mut h, "Notes privées");
    type_into(
        &mut h,
        "Notes privées de l'accompagnement",
        " Fatigue en ce moment.",
    );
    leave_field(&mut h);

    click(&mut h, "Document pour la personne");
    h.get_by_label_contains("Document écrit :");
    let html =
        fs::read_to_string(exports.join("mon-parcours-Amina-2026-11-20.html")).expect("html");
    let markdown =
        fs::read_to_string(exports.join("mon-parcours-Amina-2026-11-20.md")).expect("md");
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    assert!(
        journey
            .private_notes
            .expose()
            .contains("Fatigue en ce moment"),
        "the private note was typed and saved"
    );
    for document in [&html, &markdown] {
        assert!(document.contains("Mon parcours — Amina"));
        for private in ["Benali", "Fatigue en ce moment", "(privées)"] {
            assert!(!document.contains(private), "{private} in {document}");
        }
    }
    let takeaways: Vec<&str> = journey
        .timeline
        .iter()
        .filter_map(|l| l.takeaway.as_deref())
        .collect();
    assert!(takeaways.len() >= 3);
    for takeaway in takeaways {
        assert!(markdown.contains(takeaway), "{takeaway}");
    }

    // One session's takeaway on its own.
    let link = journey
        .timeline
        .iter()
        .filter(|l| l.takeaway.is_some())
        .max_by_key(|l| l.date)
        .expect("a session with a takeaway");
    let date = link.date.format("%d/%m/%Y").to_string();
    click(
        &mut h,
        &format!("Document pour la personne : séance du {date}"),
    );
    let single = fs::read_to_string(exports.join(format!(
        "ma-seance-Amina-{}.md",
        link.date.format("%Y-%m-%d")
    )))
    .expect("session document");
    assert!(single.contains(link.takeaway.as_deref().unwrap_or_default()));

    // GDPR: all the data, raw and readable, in a folder of its own.
    click(&mut h, "Ses données (RGPD)");
    click(&mut h, "Exporter toutes ses données…");
    let folder = exports.join("atelier-p-demo-amina");
    assert!(folder.join("journey.ron").is_file());
    assert!(folder.join("mon-parcours.html").is_file());
    assert!(
        fs::read_dir(folder.join("sessions"))
            .expect("sessions")
            .count()
            >= 3
    );
}

#[test]
fn the_timeline_filters_opens_records_and_charts_the_scale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    // The chart's values, also in words.
    let mut scale: Vec<(chrono::DateTime<chrono::FixedOffset>, f64)> = journey
        .timeline
        .iter()
        .flat_map(|l| l.progress.iter().map(move |p| (l.date, p.value)))
        .collect();
    scale.sort_by_key(|(date, _)| *date);
    assert!(scale.len() >= 2);
    let words: Vec<String> = scale
        .iter()
        .map(|(date, value)| format!("{value} le {}", date.format("%d/%m/%Y")))
        .collect();
    h.get_by_label("Question miracle — Échelle 0–10");
    h.get_by_label(&format!("Valeurs : {}", words.join(", ")));

    // Filter on one activity: only its sessions are listed.
    let circles = journey
        .timeline
        .iter()
        .filter(|l| l.activity == "peer_circle")
        .count();
    click(&mut h, "Activité");
    h.get_all_by_label("Cercle de partage entre pairs")
        .last()
        .expect("the option")
        .click();
    h.run();
    let opens = h
        .get_all_by_label_contains("Ouvrir le compte rendu du")
        .count();
    assert_eq!(opens, circles);
    assert!(
        h.query_by_label("Question miracle — Échelle 0–10")
            .is_none(),
        "the chart belongs to another activity"
    );

    // A record opens read-only, and Back comes back to the journey.
    let link = journey
        .timeline
        .iter()
        .filter(|l| l.activity == "peer_circle")
        .max_by_key(|l| l.date)
        .expect("a circle");
    click(
        &mut h,
        &format!(
            "Ouvrir le compte rendu du {} : Cercle de partage entre pairs",
            link.date.format("%d/%m/%Y")
        ),
    );
    h.get_by_label_contains("Séance du");
    click(&mut h, "Retour");
    h.get_by_label("Amina");
}

#[test]
fn erasing_from_the_screen_asks_twice_and_leaves_no_trace() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    // A group social-skills session where Amina and Bastien each named a difficulty.
    let store = Store::open(&data).expect("store");
    let entries = |difficulty: &str| {
        format!(
            "(difficulty: \"{difficulty}\", goal: \"\", solutions: [], chosen: None, why: \"\", \
             plan: (goal: \"\", steps: \"\", obstacles: \"\", duration: \"\"))"
        )
    };
    let start = chrono::DateTime::parse_from_rfc3339("2026-11-19T14:00:00+01:00").expect("date");
    let people = ["p-demo-amina", "p-demo-bastien"];
    store
        .save_session(&sessions::SessionRecord {
            format_version: 1,
            id: sessions::SessionId::parse("s-20261119-140000-sst").expect("id"),
            activity: sessions::ActivityRef {
                id: "social_skills".into(),
                version: "0.1.0".into(),
            },
            mode: sessions::Mode::Collective,
            start,
            end: start + chrono::Duration::hours(1),
            place: String::new(),
            facilitators: vec!["Claire".into()],
            participants: people
                .iter()
                .map(|id| sessions::ParticipantOutcome {
                    stage_review: None,
                    id: ParticipantId::parse(id).expect("id"),
                    takeaway: None,
                    activity_data: None,
                    progress: Vec::new(),
                    follow_ups: Vec::new(),
                    takeaway_in: std::collections::BTreeMap::new(),
                })
                .collect(),
            summary: String::new(),
            activity_data: format!(
                "(format_version: 1, people: [(id: \"p-demo-amina\", entries: {}, \
                 new_measurements: [], techniques: []), (id: \"p-demo-bastien\", entries: {}, \
                 new_measurements: [], techniques: [])], role_plays: [])",
                entries("Peur de parler en réunion"),
                entries("Souci de Bastien")
            ),
            facilitator_notes: sessions::Private::default(),
        })
        .expect("save");

    click(&mut h, "Ouvrir le parcours d'Amina");
    click(&mut h, "Ses données (RGPD)");
    click(&mut h, "Effacer toutes les données d'Amina…");
    h.get_by_label_contains("Cela supprimera le parcours d'Amina");
    click(&mut h, "Annuler");
    assert!(
        data.join("journeys/p-demo-amina.ron").is_file(),
        "cancelled"
    );

    click(&mut h, "Effacer toutes les données d'Amina…");
    click(&mut h, "Oui, continuer");
    h.get_by_label_contains("Dernière vérification");
    assert!(data.join("journeys/p-demo-amina.ron").is_file(), "not yet");
    click(&mut h, "Effacer définitivement");
    h.get_by_label_contains("Les données ont été effacées");
    assert!(h.query_by_label("Ouvrir le parcours d'Amina").is_none());

    // The activity removed what she said; Bastien's part stays.
    let kept = Store::open(&data)
        .expect("store")
        .load_record(&sessions::SessionId::parse("s-20261119-140000-sst").expect("id"))
        .expect("record");
    assert!(kept.activity_data.contains("Souci de Bastien"));
    for (path, text) in files(&data) {
        for trace in [
            "p-demo-amina",
            "Benali",
            "Amina",
            "Peur de parler en réunion",
        ] {
            assert!(!text.contains(trace), "{trace} left in {}", path.display());
        }
    }
    let check = sessions::check(&Store::open(&data).expect("store"));
    assert!(check.is_clean(), "{:?}", check.problems);
}

#[test]
fn an_activity_shows_what_it_keeps_in_the_journey() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours de Chloé");
    // The social-skills target behaviour and its chart, drawn by the activity itself.
    h.get_by_label_contains("Habiletés sociales : suivi en cours");
    h.get_by_label(
        "Affirmation de soi (engager la conversation, recevoir un compliment) — Demander de \
         l'aide à une collègue",
    );
    h.get_by_label("Ligne de base faite : trois occasions distinctes.");
    // The demo's measurements, 84 to 45 days before the clock's day.
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
    let at = |ago: i64, value: u8| {
        format!(
            "{value} ({})",
            (today - chrono::Duration::days(ago)).format("%d/%m")
        )
    };
    h.get_by_label(&format!(
        "Ligne de base : {}, {}, {}. Suivi : {}, {}, {}, {}.",
        at(84, 0),
        at(82, 1),
        at(80, 0),
        at(70, 1),
        at(63, 2),
        at(52, 2),
        at(45, 3)
    ));
}

#[test]
fn a_journey_that_cannot_be_saved_keeps_the_changes_on_screen_until_it_can() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    // Something is in the way of the journeys' folder.
    let journeys = data.join("journeys");
    let away = data.join("journeys-away");
    fs::rename(&journeys, &away).expect("move");
    fs::write(&journeys, "in the way").expect("write");

    click(&mut h, "Horaires souhaités");
    h.get_by_label("Horaires souhaités")
        .type_text(", pas le lundi");
    h.run();
    leave_field(&mut h);
    h.get_by_label_contains("Le parcours n'a pas pu être enregistré.");
    // Leaving is refused: the changes would be lost.
    click(&mut h, "Retour");
    h.get_by_label("Réessayer d'enregistrer");
    assert!(
        h.get_by_label("Horaires souhaités")
            .value()
            .unwrap_or_default()
            .contains(", pas le lundi")
    );

    fs::remove_file(&journeys).expect("remove");
    fs::rename(&away, &journeys).expect("move back");
    click(&mut h, "Réessayer d'enregistrer");
    h.get_by_label("Tout est enregistré.");
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    assert!(journey.preferences.hours.contains(", pas le lundi"));
}

#[test]
fn an_exit_records_its_date_and_reason_and_keeps_the_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    click(&mut h, "Noter une sortie…");
    replace_text(&mut h, "Date de sortie (JJ/MM/AAAA)", "10/11/2026");
    click(&mut h, "Motif de sortie");
    click(&mut h, "emploi stable");
    click(&mut h, "Enregistrer ce changement");
    assert!(
        h.get_all_by_label_contains("Sortie le 10/11/2026").count() >= 2,
        "in the header and the history"
    );
    click(&mut h, "Retour");
    assert!(
        h.query_by_label("Ouvrir le parcours d'Amina").is_none(),
        "exited people leave the default list"
    );
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    assert_eq!(journey.status_history.len(), 2);
    let last = journey.status_history.last().expect("change");
    assert_eq!(
        last.date,
        NaiveDate::from_ymd_opt(2026, 11, 10).expect("date")
    );
    assert!(matches!(
        last.status,
        Status::Exited {
            reason: sessions::ExitReason::StableJob,
            ..
        }
    ));
}

#[test]
fn a_withdrawn_consent_is_dated_and_kept_in_the_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    click(&mut h, "Consentements");
    click(
        &mut h,
        "La personne accepte que son prénom s'affiche au projecteur",
    );
    h.get_by_label_contains("20/11/2026 : retrait de l'accord pour le prénom au projecteur");
    leave_field(&mut h);
    click(&mut h, "Retour");
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    assert!(!journey.consents.first_name_on_projector.given);
    assert_eq!(
        journey.consents.first_name_on_projector.date,
        NaiveDate::from_ymd_opt(2026, 11, 20).expect("date")
    );
    assert_eq!(journey.consent_history.len(), 1);
    assert!(!journey.consent_history[0].given);
    assert!(
        journey.consents.keep_file.given,
        "the other consent is untouched"
    );
}

#[test]
fn leaving_by_the_top_bar_saves_what_was_being_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    click(&mut h, "Horaires souhaités");
    h.get_by_label("Horaires souhaités")
        .type_text(" sauf le lundi");
    h.run();
    // Straight to Home while the field still has the keyboard.
    click(&mut h, "Accueil");
    h.get_by_label("Ouvrir le parcours d'Amina");
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    assert!(journey.preferences.hours.contains(" sauf le lundi"));

    // A record opened from the journey goes back to it; one opened from Home, to Home.
    let link = journey
        .timeline
        .iter()
        .max_by_key(|l| l.date)
        .expect("a session")
        .clone();
    click(&mut h, "Ouvrir le parcours d'Amina");
    let name = |activity: &str| match activity {
        "peer_circle" => "Cercle de partage entre pairs",
        "brainstorm_wall" => "Mur Rêveur, Réaliste, Critique",
        "social_skills" => "Habiletés sociales",
        _ => "Question miracle",
    };
    click(
        &mut h,
        &format!(
            "Ouvrir le compte rendu du {} : {}",
            link.date.format("%d/%m/%Y"),
            name(&link.activity)
        ),
    );
    click(&mut h, "Accueil");
    h.get_all_by_label_contains("participant)")
        .next()
        .expect("a recent session")
        .click();
    h.run();
    click(&mut h, "Retour");
    h.get_by_label("Ouvrir le parcours d'Amina");
}

#[test]
fn documents_are_named_after_the_person_and_never_overwrite_one_another() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let exports = dir.path().join("exports");
    let mut h = open(&data, &exports);
    click(&mut h, "Ouvrir le parcours de Chloé");
    click(&mut h, "Document pour la personne");
    click(&mut h, "Accueil");
    click(&mut h, "Ouvrir le parcours d'Amina");
    click(&mut h, "Document pour la personne");
    click(&mut h, "Document pour la personne");
    let chloe =
        fs::read_to_string(exports.join("mon-parcours-Chloé-2026-11-20.md")).expect("Chloé");
    assert!(chloe.contains("Mon parcours — Chloé"), "{chloe}");
    let amina =
        fs::read_to_string(exports.join("mon-parcours-Amina-2026-11-20.md")).expect("Amina");
    assert!(amina.contains("Mon parcours — Amina"));
    // The second one for Amina did not replace the first.
    assert!(
        exports
            .join("mon-parcours-Amina-2026-11-20-2.html")
            .is_file()
    );
    h.get_by_label_contains("mon-parcours-Amina-2026-11-20-2.html");

    // No folder window on this computer: the documented folder, and the screen says where.
    let fallback = dir.path().join("Documents").join("Atelier");
    // The first window closes first: the second one writes the folder.
    drop(h);
    let app = AtelierApp::new(config(&data, FolderPicker::Unavailable(fallback.clone())));
    let mut h = Harness::builder()
        .with_size([1366.0, 2400.0])
        .build_ui_state(|ui, app: &mut AtelierApp| app.ui(ui), app);
    h.run();
    click(&mut h, "Ouvrir le parcours d'Élodie");
    click(&mut h, "Document pour la personne");
    // Nothing is written before the person says where: the documented folder is proposed.
    let written = fallback.join("mon-parcours-Élodie-2026-11-20.html");
    assert!(
        !written.exists() && !fallback.exists(),
        "nothing written without asking"
    );
    h.get_by_label("Où enregistrer le document ?");
    assert_eq!(
        h.get_by_label("Dossier où enregistrer").value().as_deref(),
        Some(fallback.display().to_string().as_str())
    );
    // Another folder, typed by hand (a USB key).
    let key = dir.path().join("cle-usb");
    h.get_by_label("Dossier où enregistrer").click();
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    h.run();
    h.get_by_label("Dossier où enregistrer")
        .type_text(&key.display().to_string());
    h.run();
    click(&mut h, "Enregistrer dans ce dossier");
    let written = key.join("mon-parcours-Élodie-2026-11-20.html");
    assert!(written.is_file());
    assert!(!fallback.exists(), "only where the person chose");
    h.get_by_label_contains(&format!("Document écrit : {}", written.display()));
    // The journey lists the copy, and keeps it on disk.
    click(&mut h, "Ses données (RGPD)");
    h.get_by_label_contains(&format!("document du parcours, {}", written.display()));
    let store = sessions::Store::open(&data).expect("store");
    let elodie = store
        .load_journeys()
        .items
        .into_iter()
        .find(|j| j.value.display_name == "Élodie")
        .expect("Élodie")
        .value;
    assert!(
        elodie
            .copies
            .iter()
            .any(|c| c.path == written.display().to_string()),
        "{:?}",
        elodie.copies
    );

    // Cancelled: nothing written, and the screen says so.
    click(&mut h, "Document pour la personne");
    click(&mut h, "Annuler");
    assert!(h.query_by_label("Où enregistrer le document ?").is_none());

    // Erased: the copy outside the folder is not Atelier's to delete, and the screen says
    // it still exists, where.
    click(&mut h, "Effacer toutes les données d'Élodie…");
    click(&mut h, "Oui, continuer");
    click(&mut h, "Effacer définitivement");
    h.get_by_label_contains("Les données ont été effacées");
    h.get_by_label_contains(&format!(
        "Copie remise hors du dossier de données, qui existe encore : {}",
        written.display()
    ));
    assert!(written.is_file(), "left to the person");
}

#[test]
fn each_journey_opens_at_its_top() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let app = AtelierApp::new(config(&data, FolderPicker::Fixed(dir.path().to_path_buf())));
    // A laptop-sized window: the journey's columns scroll.
    let mut h = Harness::builder()
        .with_size([1366.0, 768.0])
        .build_ui_state(|ui, app: &mut AtelierApp| app.ui(ui), app);
    h.run();
    click(&mut h, "Ouvrir le parcours d'Amina");
    let top = h.get_by_label("Étapes et objectifs").rect().top();
    // Scroll the left column well down.
    let over = h.get_by_label("Étapes et objectifs").rect().center();
    h.event(egui::Event::PointerMoved(over));
    for _ in 0..10 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        h.run();
    }
    assert!(
        h.get_by_label("Étapes et objectifs").rect().top() < top - 100.0,
        "the column scrolled"
    );
    click(&mut h, "Accueil");
    click(&mut h, "Ouvrir le parcours de Chloé");
    assert_eq!(
        h.get_by_label("Étapes et objectifs").rect().top(),
        top,
        "Chloé's journey opens at its top, not where Amina's was"
    );
}

#[test]
fn the_journey_chart_keeps_its_date_labels_whatever_its_range() {
    // Points added days, weeks or years before the others: the range grows from days to
    // years, and the axis keeps labels at every size.
    for days in [3, 20, 75, 150, 320, 550, 1200] {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = demo_folder(dir.path());
        let store = Store::open(&data).expect("store");
        let mut journey = store.load_journey(&amina()).expect("journey");
        let points: Vec<_> = journey
            .value
            .timeline
            .iter()
            .filter(|l| !l.progress.is_empty())
            .cloned()
            .collect();
        // Only the last point and one added `days` later.
        let last = points.last().expect("a point").clone();
        journey
            .value
            .timeline
            .retain(|l| l.progress.is_empty() || l.session == last.session);
        let mut added = last.clone();
        added.session = sessions::SessionId::parse("s-20270301-100000-added").expect("id");
        added.date += chrono::Duration::days(days);
        journey.value.timeline.push(added);
        store
            .save_journey(&journey.value, Some(journey.revision))
            .expect("saved");
        let mut h = open(&data, dir.path());
        click(&mut h, "Ouvrir le parcours d'Amina");
        h.get_by_label("Question miracle — Échelle 0–10");
        let drawn = atelier_plugin_api::drawn_text(h.output());
        let labels: Vec<&str> = drawn
            .lines()
            .filter(|l| {
                l.len() == 5
                    && l.as_bytes()[2] == b'/'
                    && l.bytes()
                        .enumerate()
                        .all(|(i, b)| i == 2 || b.is_ascii_digit())
            })
            .collect();
        assert!(
            labels.len() >= 2,
            "{days} days: date labels on the axis: {labels:?}"
        );
    }
}

#[test]
fn a_follow_up_is_noted_moved_shown_on_home_and_at_the_next_session_then_done() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    h.get_by_label("Rien à revoir pour l'instant.");
    type_into(&mut h, "Ce qui est à revoir", "Appeler la médiathèque");
    type_into(&mut h, "Le (JJ/MM/AAAA)", "27/11/2026");
    click(&mut h, "Noter");
    h.get_by_label("Appeler la médiathèque — à revoir le 27/11/2026");
    // Moved earlier: it is due, and late.
    click(&mut h, "Changer la date");
    h.get_by_label("Nouvelle date (JJ/MM/AAAA)").click();
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    h.get_by_label("Nouvelle date (JJ/MM/AAAA)")
        .type_text("15/11/2026");
    h.run();
    click(&mut h, "Garder cette date");
    h.get_by_label("Appeler la médiathèque — à revoir depuis le 15/11/2026, en retard de 5 jours");
    click(&mut h, "Accueil");
    let drawn = atelier_plugin_api::drawn_text(h.output());
    assert!(drawn.contains("1 chose à revoir"), "{drawn}");
    assert!(
        drawn.contains("Amina : « Appeler la médiathèque », en retard de 5 jours"),
        "{drawn}"
    );
    // At her next session, it is said again.
    click(&mut h, "Commencer un exercice individuel avec Amina");
    click(&mut h, "Question miracle");
    type_into(&mut h, "Lieu", "Bureau 2");
    type_into(&mut h, "Animateur ou animatrice", "Claire");
    click(&mut h, "Commencer la séance");
    h.get_by_label("À revoir avec Amina : « Appeler la médiathèque » (prévu le 15/11/2026).");
    click(&mut h, "Terminer la séance");
    click(&mut h, "Enregistrer la séance");
    // Looked at together: done, and off Home.
    click(&mut h, "Revu avec la personne : Appeler la médiathèque");
    h.get_by_label("Rien à revoir pour l'instant.");
    click(&mut h, "Accueil");
    assert!(!atelier_plugin_api::drawn_text(h.output()).contains("à revoir"));
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    assert_eq!(journey.follow_ups.len(), 1);
    assert!(journey.follow_ups[0].done.is_some(), "kept, marked done");
}

#[test]
fn a_stage_review_is_one_form_whose_decision_closes_the_stage_and_opens_the_next() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    let before = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    let stage = "Préciser le projet et préparer les candidatures";
    // "Faire le bilan" prepares the stage review exercise for her and this stage: no second,
    // shorter form beside it.
    click(&mut h, &format!("Faire le bilan de l'étape « {stage} »"));
    h.get_by_label_contains(&format!("Bilan de l'étape « {stage} »"));
    assert!(
        h.query_by_label("Continuer, avec un nouveau cadre")
            .is_none()
    );
    super::start_session(&mut h);
    // The stage is read again together at the first step.
    h.get_by_label(&format!("L'étape : {stage}"));
    for action in &before.stages[0].actions {
        h.get_by_label(&format!("• {action}"));
    }
    for _ in 0..3 {
        click(&mut h, "Suivant");
    }
    click(&mut h, "Poursuivre l'accompagnement, avec un nouveau cadre");
    click(&mut h, "Suivant");
    type_into(
        &mut h,
        "L'objectif de la nouvelle étape",
        "Candidatures à mi-temps",
    );
    type_into(
        &mut h,
        "Nouvel élément : Les actions prévues",
        "Deux candidatures par semaine",
    );
    h.key_press(egui::Key::Enter);
    h.run();
    type_into(&mut h, "Date du prochain bilan", "15/02/2027");
    click(&mut h, "Terminer la séance");
    // The review says what goes into the stages before anything is written.
    h.get_by_label_contains(&format!(
        "Bilan de l'étape « {stage} », pour le parcours : continuer : Candidatures à mi-temps."
    ));
    h.get_by_label_contains(
        "L'étape suivante, « Candidatures à mi-temps », sera ajoutée au parcours, avec un bilan prévu le 15/02/2027.",
    );
    click(&mut h, "Enregistrer la séance");
    // Back on her journey: the stage is reviewed, the next one is there, nothing to retype.
    h.get_by_label("Faire le bilan de l'étape « Candidatures à mi-temps »");
    let after = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    assert_eq!(after.stages.len(), before.stages.len() + 1);
    let review = after.stages[0].review.as_ref().expect("reviewed");
    assert!(matches!(
        &review.decision,
        sessions::ReviewDecision::Continue { new_frame } if new_frame == "Candidatures à mi-temps"
    ));
    let session = review.session.clone().expect("held in a session");
    assert!(after.timeline.iter().any(|l| l.session == session));
    let next = after.stages.last().expect("a new stage");
    assert_eq!(next.title, "Candidatures à mi-temps");
    assert_eq!(next.actions, ["Deux candidatures par semaine"]);
    assert_eq!(next.planned_end, NaiveDate::from_ymd_opt(2027, 2, 15));
    assert_eq!(next.rhythm, before.stages[0].rhythm);
    // The reviewed stage has no review button left; the new one has its own.
    assert!(
        h.query_by_label(&format!("Faire le bilan de l'étape « {stage} »"))
            .is_none()
    );
    h.get_by_label("Faire le bilan de l'étape « Candidatures à mi-temps »");
}

#[test]
fn a_takeaway_said_in_both_languages_reads_in_the_readers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let store = Store::open(&data).expect("store");
    let start = chrono::DateTime::parse_from_rfc3339("2026-11-19T10:00:00+01:00").expect("date");
    let french = "Aujourd'hui : 6 sur 10.\nPremier petit pas : Appeler la médiathèque";
    let english = "Today: 6 out of 10.\nFirst small step: Appeler la médiathèque";
    store
        .save_session(&sessions::SessionRecord {
            format_version: 1,
            id: sessions::SessionId::parse("s-20261119-100000-both").expect("id"),
            activity: sessions::ActivityRef {
                id: "miracle_question".into(),
                version: "0.1.0".into(),
            },
            mode: sessions::Mode::OneToOne,
            start,
            end: start + chrono::Duration::hours(1),
            place: String::from("Bureau"),
            facilitators: vec!["Claire".into()],
            participants: vec![sessions::ParticipantOutcome {
                stage_review: None,
                id: amina(),
                takeaway: Some(french.into()),
                activity_data: None,
                progress: Vec::new(),
                follow_ups: Vec::new(),
                takeaway_in: [("fr", french), ("en", english)]
                    .into_iter()
                    .map(|(code, text)| (code.to_owned(), text.to_owned()))
                    .collect(),
            }],
            summary: String::new(),
            activity_data: String::from("()"),
            facilitator_notes: sessions::Private::default(),
        })
        .expect("save");
    for (locale, open_amina, expected, other) in [
        (Locale::Fr, "Ouvrir le parcours d'Amina", french, english),
        (Locale::En, "Open Amina's journey", english, french),
    ] {
        let mut config = config(&data, FolderPicker::Fixed(dir.path().to_path_buf()));
        config.locale = Some(locale);
        let mut h = Harness::builder()
            .with_size([1366.0, 2400.0])
            .build_ui_state(
                |ui, app: &mut AtelierApp| app.ui(ui),
                AtelierApp::new(config),
            );
        h.run();
        click(&mut h, open_amina);
        h.get_by_label(expected);
        assert!(
            h.query_by_label(other).is_none(),
            "{locale:?}: not the other language"
        );
    }
}

#[test]
fn a_stage_review_resumed_after_a_crash_still_reviews_the_stage_it_was_started_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let older = "Préciser le projet et préparer les candidatures";
    {
        let mut h = open(&data, dir.path());
        click(&mut h, "Ouvrir le parcours d'Amina");
        // A newer stage without a review: the older one is the one chosen.
        click(&mut h, "Nouvelle étape");
        type_into(&mut h, "Nom de l'étape", "Premiers entretiens");
        click(&mut h, "Ajouter l'étape");
        click(&mut h, &format!("Faire le bilan de l'étape « {older} »"));
        super::start_session(&mut h);
        h.get_by_label(&format!("L'étape : {older}"));
        click(&mut h, "Suivant");
        h.run_steps(8);
        h.state().flush_autosave();
        // Dropped here, as if killed.
    }
    let mut h = open(&data, dir.path());
    click(&mut h, "Reprendre");
    click(&mut h, "Précédent");
    h.get_by_label(&format!("L'étape : {older}"));
    for _ in 0..3 {
        click(&mut h, "Suivant");
    }
    click(&mut h, "Arrêter l'accompagnement");
    click(&mut h, "Terminer la séance");
    h.get_by_label_contains(&format!(
        "Bilan de l'étape « {older} », pour le parcours : arrêter l'accompagnement."
    ));
    click(&mut h, "Enregistrer la séance");
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    let reviewed: Vec<_> = journey
        .stages
        .iter()
        .map(|s| (s.title.as_str(), s.review.as_ref().map(|r| &r.decision)))
        .collect();
    assert_eq!(
        reviewed,
        [
            (older, Some(&sessions::ReviewDecision::Stop)),
            ("Premiers entretiens", None)
        ]
    );
}

#[test]
fn a_person_who_left_comes_back_as_a_dated_re_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo_folder(dir.path());
    let mut h = open(&data, dir.path());
    click(&mut h, "Ouvrir le parcours d'Amina");
    click(&mut h, "Noter une sortie…");
    replace_text(&mut h, "Date de sortie (JJ/MM/AAAA)", "02/09/2026");
    click(&mut h, "Enregistrer ce changement");

    // After an exit, no "resume": a return, with its own date.
    assert!(h.query_by_label("Reprendre l'accompagnement…").is_none());
    click(&mut h, "Revenir dans le service…");
    h.get_by_label_contains("c'est une nouvelle entrée, à sa date");
    let field = "Date du retour (JJ/MM/AAAA)";
    replace_text(&mut h, field, "01/09/2026");
    click(&mut h, "Enregistrer ce changement");
    h.get_by_label(
        "La date du retour doit être écrite JJ/MM/AAAA, entre la sortie et aujourd'hui.",
    );
    replace_text(&mut h, field, "05/10/2026");
    click(&mut h, "Enregistrer ce changement");
    h.get_by_label_contains("05/10/2026 — Retour dans le service");
    leave_field(&mut h);
    click(&mut h, "Retour");
    let journey = Store::open(&data)
        .expect("store")
        .load_journey(&amina())
        .expect("journey")
        .value;
    assert!(matches!(journey.status(), Status::Active));
    let entries = sessions::report::entries(&journey);
    assert_eq!(
        entries.last().copied(),
        NaiveDate::from_ymd_opt(2026, 10, 5)
    );
    assert_eq!(
        entries.first().copied(),
        Some(journey.entry_date),
        "the first entry stays"
    );
}
