//! Activities written as text files, run in the app's window: found after "Recharger les
//! activités", run with the host's buttons, saved with their takeaways, charted and kept in
//! the journey, filled in again next time; a wrong file is listed with where and why.

use std::path::Path;

use atelier::gui::AtelierApp;
use atelier::i18n::Locale;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sessions::Store;

use super::{click, projector_text, quick_add, start_session, type_into};

/// A collective activity with a charted scale, an anonymous group list shown on the projector,
/// a private per-person remark, and a goal kept for next time.
const POINT_COURT: &str = r#"// Un point court, pour les tests.
(
    id: "point_court",
    version: "1",
    name: (fr: "Le point court", en: "The short check-in"),
    description: "Trois questions pour faire le point.",
    modes: Collective,
    steps: [
        (
            title: "Le moral",
            prompt: "De 0 à 10, comment allez-vous ?",
            fields: [
                (
                    id: "moral",
                    label: "Mon moral",
                    kind: Scale(min: 0, max: 10, low: "bas", high: "haut"),
                    chart: "Moral",
                    takeaway: "Moral du jour : {value} sur 10",
                ),
            ],
        ),
        (
            title: "Les idées",
            prompt: "Qu'est-ce qui vous aide ?",
            projector: "Ce qui aide, sans les noms",
            fields: [
                (id: "idees", label: "Idées", kind: List, for: Group, anonymous: true, show_on_projector: true),
                (id: "remarque", label: "Remarque", kind: ShortText),
            ],
        ),
        (
            title: "La suite",
            prompt: "Quel est votre objectif ?",
            fields: [
                (id: "objectif", label: "Mon objectif", kind: ShortText, keep: true, takeaway: "Mon objectif : {value}."),
            ],
        ),
    ],
)
"#;

fn harness(app: AtelierApp) -> Harness<'static, AtelierApp> {
    Harness::builder()
        // Tall enough for every section of the journey to be on screen.
        .with_size([1366.0, 2400.0])
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut AtelierApp| app.ui(ui), app)
}

/// The part of a saved state between `from` and the next top-level key `to`.
fn section<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("{from} in {text}"));
    let rest = &text[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

/// Anonymous contributions are only in the `anonymous` part of a saved state: never under a
/// person, never next to an id.
fn assert_anonymous(saved: &str, items: &[&str]) {
    let anonymous = section(saved, "anonymous:", "hidden:");
    let each = section(saved, "each:", "group:");
    for item in items {
        assert!(anonymous.contains(item), "{item} kept:\n{saved}");
        assert_eq!(saved.matches(item).count(), 1, "{item} once:\n{saved}");
        assert!(!each.contains(item), "{item} under a person:\n{each}");
    }
}

#[test]
fn an_activity_file_runs_from_setup_to_the_journey_chart_and_comes_back_filled_in() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut h = harness(super::app(&data, Locale::Fr));
    h.run();
    click(&mut h, "Créer un dossier vide");
    // Written while Atelier runs: "Recharger les activités" finds it.
    std::fs::write(data.join("activities/point_court.ron"), POINT_COURT).expect("written");
    click(&mut h, "Nouvelle séance collective");
    assert!(h.query_by_label("Le point court").is_none(), "not read yet");
    h.get_by_label("Mon avis sur la séance");
    click(&mut h, "Recharger les activités");
    h.get_by_label_contains("Activités rechargées");
    click(&mut h, "Le point court");
    quick_add(&mut h, "Amina");
    quick_add(&mut h, "Élodie");
    start_session(&mut h);

    // Step 1: each person's scale, the host's buttons to move on.
    h.get_by_label("Étape 1 sur 3");
    click(&mut h, "Saisir les réponses d'Amina");
    h.get_by_label("Réponses d'Amina");
    click(&mut h, "Mon moral : 7");
    h.get_by_label("Saisir les réponses d'Amina (fait)");
    click(&mut h, "Saisir les réponses d'Élodie");
    h.get_by_label("Réponses d'Élodie");
    click(&mut h, "Mon moral : 4");
    h.get_by_label("Saisir les réponses d'Élodie (fait)");
    click(&mut h, "Suivant");

    // Step 2: ideas without names, on the projector; a remark that stays off it.
    h.get_by_label("Étape 2 sur 3");
    type_into(&mut h, "Nouvel élément : Idées", "Marcher le matin");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("Nouvel élément : Idées")
        .type_text("Appeler une amie");
    h.run();
    click(&mut h, "Ajouter à la liste : Idées");
    click(&mut h, "Saisir les réponses d'Amina");
    type_into(&mut h, "Remarque", "Remarque privée sur sa soeur");
    let (text, app) = projector_text(h.into_state());
    assert!(
        text.contains("Ce qui aide, sans les noms")
            && text.contains("Marcher le matin")
            && text.contains("Appeler une amie"),
        "{text}"
    );
    for private in ["Amina", "Élodie", "Remarque privée"] {
        assert!(
            !text.contains(private),
            "the projector shows {private:?}:\n{text}"
        );
    }
    let mut h = harness(app);
    h.run();
    // The draft, as the autosave wrote it: the ideas have no author there either.
    h.state().flush_autosave();
    let store = Store::open(&data).expect("store");
    let drafts = store.load_drafts().items;
    assert_eq!(drafts.len(), 1);
    assert_anonymous(
        &drafts[0].activity_state,
        &["Marcher le matin", "Appeler une amie"],
    );
    click(&mut h, "Suivant");

    // Step 3: a goal kept for next time.
    h.get_by_label("Étape 3 sur 3");
    type_into(&mut h, "Mon objectif", "Appeler la mission locale");
    click(&mut h, "Terminer la séance");
    let takeaway = h
        .get_by_label("Ce que retient Amina")
        .value()
        .expect("a takeaway");
    assert_eq!(
        takeaway,
        "Moral du jour : 7 sur 10\nMon objectif : Appeler la mission locale."
    );
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("Séance enregistrée :");

    // On disk: the record keeps the ideas without authors, the journey the point and the goal.
    let journeys = store.load_journeys().items;
    let amina = journeys
        .iter()
        .map(|j| &j.value)
        .find(|j| j.display_name == "Amina")
        .expect("Amina");
    let link = amina.timeline.first().expect("linked");
    assert_eq!(link.progress.len(), 1);
    assert_eq!(
        (link.progress[0].series.as_str(), link.progress[0].value),
        ("moral", 7.0)
    );
    let record = store.load_record(&link.session).expect("record");
    assert_eq!(record.activity.id, "point_court");
    assert_anonymous(
        &record.activity_data,
        &["Marcher le matin", "Appeler une amie"],
    );
    assert!(
        record.activity_data.contains("Remarque privée"),
        "the remark is in the record"
    );
    assert!(sessions::check(&store).is_clean());

    // The journey: the chart, and what is kept for next time.
    click(&mut h, "Ouvrir le parcours d'Amina");
    h.get_by_label("Le point court — Moral");
    h.get_by_label("Valeurs : 7 le 20/11/2026");
    h.get_by_label("Gardé pour la prochaine séance :");
    h.get_by_label("Appeler la mission locale");

    // The next session starts from it.
    click(&mut h, "Accueil");
    click(&mut h, "Nouvelle séance collective");
    click(&mut h, "Le point court");
    click(&mut h, "Amina");
    start_session(&mut h);
    click(&mut h, "Suivant");
    click(&mut h, "Suivant");
    assert_eq!(
        h.get_by_label("Mon objectif").value().as_deref(),
        Some("Appeler la mission locale")
    );
    h.get_by_label("Repris de la dernière séance : à revoir ensemble.");
}

#[test]
fn a_wrong_activity_file_is_listed_with_its_line_and_fixed_by_a_reload() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    Store::create(&data).expect("store");
    let wrong = POINT_COURT.replace("prompt: \"Quel", "promt: \"Quel");
    let file = data.join("activities/point_court.ron");
    std::fs::write(&file, wrong).expect("written");
    let mut h = harness(super::app(&data, Locale::Fr));
    h.run();
    click(&mut h, "Nouvelle séance collective");
    h.get_by_label("Un fichier d'activité n'a pas pu être lu : Réglages dit pourquoi.");
    click(&mut h, "Réglages");
    h.get_by_label_contains(&format!(
        "{} : ligne 33, colonne 13 : La clé « promt » n'existe pas ici. Vouliez-vous écrire « prompt » ?",
        file.display()
    ));
    // Fixed in an editor, then reloaded: it is there, and nothing else changed.
    std::fs::write(&file, POINT_COURT).expect("written");
    click(&mut h, "Recharger les activités");
    h.get_by_label_contains(&format!("Le point court 1 — {}", file.display()));
    assert!(h.query_by_label_contains("promt").is_none());
    check_in_english(&data, &file);
}

/// The same refusal, in English, from a fresh start.
fn check_in_english(data: &Path, file: &Path) {
    let wrong = POINT_COURT.replace("kind: List", "kind: Liste");
    std::fs::write(file, wrong).expect("written");
    let mut h = harness(super::app(data, Locale::En));
    h.run();
    click(&mut h, "Settings");
    h.get_by_label_contains(&format!(
        "{}: line 27, column 53: \"Liste\" is not a known field kind. Did you mean \"List\"? Possible kinds: ShortText, LongText, List, SingleChoice, MultipleChoice, Checklist, Scale, Likert, Date.",
        file.display()
    ));
}

#[test]
fn a_record_reads_and_forgets_a_person_after_its_activity_file_is_gone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let file = data.join("activities/point_court.ron");
    let mut h = harness(super::app(&data, Locale::Fr));
    h.run();
    click(&mut h, "Créer un dossier vide");
    std::fs::write(&file, POINT_COURT).expect("written");
    click(&mut h, "Nouvelle séance collective");
    click(&mut h, "Recharger les activités");
    click(&mut h, "Le point court");
    quick_add(&mut h, "Amina");
    quick_add(&mut h, "Élodie");
    start_session(&mut h);
    click(&mut h, "Saisir les réponses d'Amina");
    click(&mut h, "Mon moral : 7");
    click(&mut h, "Saisir les réponses d'Élodie");
    click(&mut h, "Mon moral : 4");
    click(&mut h, "Suivant");
    type_into(&mut h, "Nouvel élément : Idées", "Marcher le matin");
    click(&mut h, "Ajouter à la liste : Idées");
    click(&mut h, "Saisir les réponses d'Amina");
    type_into(&mut h, "Remarque", "Remarque d'Amina");
    click(&mut h, "Terminer la séance");
    click(&mut h, "Enregistrer la séance");

    // The file goes; the record still reads as the session was done.
    std::fs::remove_file(&file).expect("removed");
    click(&mut h, "Réglages");
    click(&mut h, "Recharger les activités");
    click(&mut h, "Accueil");
    h.get_by_label_contains("Activité non installée (point_court)")
        .click();
    h.run();
    h.get_by_label(
        "Le fichier de l'activité « point_court » n'est plus dans le dossier ; la séance se relit telle qu'elle a été faite.",
    );
    h.get_by_label("Amina : Remarque d'Amina");
    h.get_by_label("Élodie : 4");
    h.get_by_label("• Marcher le matin");

    // Erasing Amina removes what she answered from it; the group's ideas and Élodie's stay.
    let store = Store::open(&data).expect("store");
    let amina = store
        .load_journeys()
        .items
        .into_iter()
        .map(|j| j.value)
        .find(|j| j.display_name == "Amina")
        .expect("Amina");
    let session = amina.timeline[0].session.clone();
    click(&mut h, "Accueil");
    click(&mut h, "Ouvrir le parcours d'Amina");
    click(&mut h, "Ses données (RGPD)");
    click(&mut h, "Effacer toutes les données d'Amina…");
    click(&mut h, "Oui, continuer");
    click(&mut h, "Effacer définitivement");
    h.get_by_label_contains("Les données ont été effacées");
    let record = store.load_record(&session).expect("record");
    for gone in [amina.id.as_str(), "Remarque d'Amina"] {
        assert!(
            !record.activity_data.contains(gone),
            "{gone} is left:\n{}",
            record.activity_data
        );
    }
    assert!(record.activity_data.contains("Marcher le matin"));
    assert!(
        record.activity_data.contains("Number(4)"),
        "Élodie's answer stays"
    );
}
