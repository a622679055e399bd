//! The Service screen: the year's figures with what each counts, another period, and the
//! printable report exported into a folder without a name in it.

use std::path::Path;

use atelier::gui::{AppConfig, AtelierApp, FolderPicker};
use atelier::i18n::Locale;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sessions::Store;

use super::{click, replace_text};

fn open(data: &Path, exports: &Path, locale: Locale) -> Harness<'static, AtelierApp> {
    open_tall(data, exports, locale, 2600.0)
}

/// The app `height` pixels tall (the fidelity grid, unfolded, is long).
fn open_tall(
    data: &Path,
    exports: &Path,
    locale: Locale,
    height: f32,
) -> Harness<'static, AtelierApp> {
    let app = AtelierApp::new(AppConfig {
        data_dir: data.to_path_buf(),
        locale: Some(locale),
        plugin_dirs: Vec::new(),
        settings_path: None,
        clock: std::sync::Arc::new(super::common::FixedClock),
        folder_picker: FolderPicker::Fixed(exports.to_path_buf()),
        native_projector: false,
        background_load: false,
        phones_address: None,
        database: None,
    });
    let mut h = Harness::builder()
        .with_size([1366.0, height])
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut AtelierApp| app.ui(ui), app);
    h.run();
    h
}

/// A data folder with the demo participants as of the fixed clock's day, in `dir`.
fn demo_folder(dir: &Path) -> (std::path::PathBuf, Store) {
    let data = dir.join("data");
    let store = Store::create(&data).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    (data, store)
}

#[test]
fn the_service_screen_counts_the_year_changes_period_and_exports_without_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (data, store) = demo_folder(dir.path());
    let mut h = open(&data, dir.path(), Locale::Fr);
    click(&mut h, "Activité du service");
    h.get_by_label("du 01/01/2026 au 20/11/2026");
    for figure in [
        "File active",
        "Nouvelles entrées",
        "Mois avec au moins une séance collective (item 3.5)",
        "Rythme de rencontre tenu (item 4.5)",
        "Jours jusqu'au premier contact employeur (médiane)",
        "Contact avec un employeur (sans la personne)",
        "Séances par mois",
    ] {
        h.get_by_label(figure);
    }
    let year = store.report(sessions::report::Period {
        from: "2026-01-01".parse().expect("date"),
        to: "2026-11-20".parse().expect("date"),
    });
    // The chart's values, also in words (for screen readers).
    let november = year.by_month.last().expect("November").1;
    h.get_by_label_contains(&format!(
        "nov. 2026 : {} coll., {} ind.",
        november.collective, november.one_to_one
    ));

    // The screen says its figures are exact, and what the exports do instead.
    h.get_by_label_contains("les nombres y sont exacts, même 1 ou 2");
    assert!(
        h.query_by_label_contains("Dans ce document, les nombres 1 et 2")
            .is_none()
    );

    click(&mut h, "Ce mois-ci");
    h.get_by_label("du 01/11/2026 au 20/11/2026");

    click(&mut h, "Rapport à imprimer (HTML)");
    let path = dir
        .path()
        .join("activite-service_2026-11-01_2026-11-20.html");
    h.get_by_label(&format!("Rapport écrit : {}", path.display()));
    let html = std::fs::read_to_string(&path).expect("written");
    assert!(html.contains("File active"), "{html}");
    for name in ["Amina", "Élodie", "Benali", "p-demo-"] {
        assert!(!html.contains(name), "{name} in the report");
    }

    // In English, the same screen.
    let mut h = open(&data, dir.path(), Locale::En);
    click(&mut h, "Service activity");
    h.get_by_label("from 01/01/2026 to 20/11/2026");
    h.get_by_label("Caseload");
    h.get_by_label("Meeting rhythm kept (item 4.5)");
    h.get_by_label_contains("its figures are exact, even 1 or 2");
}

#[test]
fn time_without_a_person_is_noted_and_a_closed_year_is_frozen_then_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (data, store) = demo_folder(dir.path());
    let mut h = open(&data, dir.path(), Locale::Fr);
    click(&mut h, "Activité du service");
    h.get_by_label("Aucun temps noté pour cette période.");
    // A team meeting: its kind and length are asked for, then it counts.
    click(&mut h, "Noter ce temps");
    h.get_by_label("Choisissez le type de temps.");
    click(&mut h, "Type");
    click(&mut h, "Réunion d'équipe");
    replace_text(&mut h, "Durée en minutes", "90");
    replace_text(&mut h, "Sujet, en quelques mots", "Point mensuel");
    click(&mut h, "Noter ce temps");
    h.get_by_label("Temps noté : il compte dans le rapport.");
    h.get_by_label("20/11/2026 — Réunion d'équipe, 90 min · Point mensuel");
    h.get_by_label("1 · 1 h 30");

    // 2025 is closed: its figures can be frozen, and then say so.
    replace_text(&mut h, "Du", "01/01/2025");
    replace_text(&mut h, "au", "31/12/2025");
    click(&mut h, "Afficher");
    click(&mut h, "Arrêter les chiffres de 2025");
    h.get_by_label_contains("Chiffres de 2025 arrêtés le 20/11/2026");
    assert!(store.service_year(2025).expect("read").frozen.is_some());
    // Its printed report says so.
    click(&mut h, "Rapport à imprimer (HTML)");
    let html = std::fs::read_to_string(
        dir.path()
            .join("activite-service_2025-01-01_2025-12-31.html"),
    )
    .expect("written");
    assert!(
        html.contains("Chiffres de 2025 arrêtés le 20/11/2026 : ils ne changent plus"),
        "{html}"
    );
    // The current year is not closed: nothing to freeze.
    click(&mut h, "Cette année");
    assert!(h.query_by_label("Arrêter les chiffres de 2026").is_none());
}

#[test]
fn a_service_file_that_cannot_be_read_is_named_and_the_screen_still_shows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (data, store) = demo_folder(dir.path());
    std::fs::create_dir_all(data.join("service")).expect("folder");
    std::fs::write(store.service_path(2026), "(format_version: 1, year: ").expect("broken");
    let mut h = open(&data, dir.path(), Locale::Fr);
    click(&mut h, "Activité du service");
    h.get_by_label("File active");
    let path = store.service_path(2026).display().to_string();
    assert!(
        h.query_by_label_contains(&path).is_some(),
        "the file is named"
    );
}

#[test]
fn the_fidelity_grid_scores_what_it_measures_keeps_the_teams_scores_and_prints_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (data, store) = demo_folder(dir.path());
    let mut h = open_tall(&data, dir.path(), Locale::Fr, 9000.0);
    click(&mut h, "Activité du service");
    assert!(
        h.query_by_label("Aucune exclusion").is_none(),
        "folded until asked"
    );
    click(&mut h, "Revue de fidélité 2026");
    h.get_by_label_contains("Axe 1 · Un accompagnement ouvert à tous — pas encore de note");
    h.get_by_label("1.1 · Aucune exclusion — à renseigner");
    h.get_by_label("5.9 · La formation des conseillers — à renseigner");
    // A computed item shows its score from the figures on screen, and the thresholds.
    let period = sessions::report::Period {
        from: "2026-01-01".parse().expect("date"),
        to: "2026-11-20".parse().expect("date"),
    };
    let report = store.report(period);
    let rows = sessions::fidelity::grid(&report, &Default::default());
    let three_four = rows.iter().find(|r| r.item.id == "3.4").expect("3.4");
    let computed = three_four
        .measured
        .and_then(|m| m.score)
        .expect("the demo has jobs");
    h.get_by_label(&format!(
        "3.4 · Diversité des employeurs — {computed} / 5 · calculée"
    ));
    assert_eq!(
        h.query_all_by_label_contains("Seuils : 1 : moins de 50 %")
            .count(),
        2,
        "3.3 and 3.4"
    );
    // What it counted, one line per job.
    let jobs = report
        .evidence
        .iter()
        .filter(|e| matches!(e.what, sessions::report::EvidenceKind::Job { .. }))
        .count();
    click(&mut h, &format!("Ce que compte l'item 3.4 ({jobs})"));
    let first = report
        .evidence
        .iter()
        .find(|e| matches!(e.what, sessions::report::EvidenceKind::Job { .. }))
        .expect("a job");
    h.get_by_label_contains(&format!("{} · ", first.date.format("%d/%m/%Y")));

    // The team scores 1.1, with what it rests on.
    click(&mut h, "Note de l'item 1.1");
    click(&mut h, "4 / 5");
    replace_text(
        &mut h,
        "Sur quoi repose la note 1.1",
        "Aucun refus cette année",
    );
    click(&mut h, "Enregistrer la note 1.1");
    h.get_by_label("Note de l'item 1.1 enregistrée.");
    h.get_by_label("1.1 · Aucune exclusion — 4 / 5 · donnée en revue");
    h.get_by_label_contains(
        "Axe 1 · Un accompagnement ouvert à tous — 4,0 / 5 (1 item noté sur 1)",
    );
    let kept = store.service_year(2026).expect("read").review;
    assert_eq!(kept["1.1"].score, Some(4));
    assert_eq!(kept["1.1"].note, "Aucun refus cette année");

    // And replaces 3.4's computed score: both are shown.
    let other = if computed == 1 { 2 } else { 1 };
    click(&mut h, "Note de l'item 3.4");
    click(&mut h, &format!("{other} / 5"));
    click(&mut h, "Enregistrer la note 3.4");
    h.get_by_label(&format!(
        "3.4 · Diversité des employeurs — {other} / 5 · donnée en revue (calculée : {computed} / 5)"
    ));

    // The whole grid prints, blanks where nothing was given, and no one's name.
    click(&mut h, "Imprimer la grille");
    let html = std::fs::read_to_string(
        dir.path()
            .join("grille-fidelite_2026-01-01_2026-11-20.html"),
    )
    .expect("written");
    for text in [
        "Revue de fidélité 2026",
        "1.1 · Aucune exclusion",
        "4 / 5 · donnée en revue",
        "Aucun refus cette année",
        "5.9 · La formation des conseillers",
        "… / 5",
        "étude française : 3,5 / 5",
    ] {
        assert!(html.contains(text), "{text} missing");
    }
    assert_eq!(html.matches("<tr><td>").count(), 27, "every item");
    for journey in store.load_journeys().items {
        let name = &journey.value.display_name;
        assert!(!html.contains(name.as_str()), "{name} is in the grid");
    }

    // Reopened, the scores are still there; in English too.
    let mut h = open_tall(&data, dir.path(), Locale::En, 9000.0);
    click(&mut h, "Service activity");
    click(&mut h, "Fidelity review 2026");
    h.get_by_label("1.1 · No exclusion — 4 / 5 · given in review");
    h.get_by_label_contains("Axis 1 · Support open to everyone — 4.0 / 5 (1 item scored of 1)");
    assert_eq!(
        h.query_all_by_label_contains("Thresholds: 1: under 50 %")
            .count(),
        2
    );
}
