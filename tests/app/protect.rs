//! An encrypted data folder through the window: made at the first start with a name and a
//! passphrase typed twice, its recovery key shown once, every file sealed; reopened with the
//! passphrase (a wrong one said calmly), locked by hand and opened with the recovery key, and
//! locked by itself when nobody uses the window, the running session's draft kept.

use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::{Harness, click, type_into, with_settings};
use atelier::gui::AtelierApp;

const PASSPHRASE: &str = "trois mots tranquilles";

fn window(data: &std::path::Path, settings: &std::path::Path) -> Harness<'static, AtelierApp> {
    let mut config = with_settings(data, settings);
    // Pages to print go beside the data folder, without a dialog.
    config.folder_picker =
        atelier::gui::FolderPicker::Fixed(data.parent().unwrap_or(data).join("printed"));
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(16)
        .build_ui_state(
            |ui, app: &mut AtelierApp| app.ui(ui),
            AtelierApp::new(config),
        );
    h.run();
    h
}

#[test]
fn a_protected_folder_is_made_unlocked_locked_and_opened_with_the_recovery_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let settings = dir.path().join("settings.ron");
    let mut h = window(&data, &settings);
    click(&mut h, "Créer un dossier protégé par une phrase secrète");
    type_into(&mut h, "Votre nom", "Inès");
    type_into(&mut h, "Phrase secrète", PASSPHRASE);
    type_into(
        &mut h,
        "La même phrase, encore une fois",
        "trois mots tranquille",
    );
    click(&mut h, "Créer le dossier protégé");
    h.get_by_label_contains("Les deux phrases ne sont pas les mêmes");
    super::replace_text(&mut h, "Phrase secrète", PASSPHRASE);
    super::replace_text(&mut h, "La même phrase, encore une fois", PASSPHRASE);
    click(&mut h, "Créer le dossier protégé");
    // The key is a text (a label node), named for screen readers with its words.
    let shown = h
        .root()
        .children_recursive()
        .filter_map(|node| node.accesskit_node().label())
        .find(|label| label.starts_with("Clé de secours : "))
        .expect("the recovery key is shown");
    let recovery = shown
        .strip_prefix("Clé de secours : ")
        .expect("the key")
        .to_owned();
    assert_eq!(recovery.split('-').count(), 16, "{recovery}");
    // A page to print, on request, said to be in clear.
    click(&mut h, "Imprimer la clé…");
    h.get_by_label_contains("Ce fichier n'est pas chiffré : imprimez-le, puis effacez-le.");
    let page = std::fs::read_to_string(dir.path().join("printed/cle-de-secours-atelier.html"))
        .expect("the page");
    assert!(page.contains(&recovery), "{page}");
    click(&mut h, "C'est noté, continuer");
    // Someone added on the spot, a one-to-one saved: sealed on disk.
    click(&mut h, "Nouvel exercice individuel");
    click(&mut h, "Question miracle");
    super::quick_add(&mut h, "Amina");
    h.get_by_label("Amina a été ajouté·e.");
    super::start_session(&mut h);
    click(&mut h, "Terminer la séance");
    if h.query_by_label("Terminer quand même").is_some() {
        click(&mut h, "Terminer quand même");
    }
    click(&mut h, "Enregistrer la séance");
    h.get_by_label_contains("Séance enregistrée :");
    h.state().flush_autosave();
    let files = sessions::encryption::data_files(&data).expect("data files");
    assert!(files.len() >= 2, "{files:?}");
    for path in &files {
        let bytes = std::fs::read(path).expect("file");
        assert!(
            sessions::vault::is_sealed(&bytes),
            "{} is in clear",
            path.display()
        );
    }
    // Locked by hand: the unlock screen, nothing of Home.
    click(&mut h, "Verrouiller");
    h.get_by_label("Ce dossier est protégé");
    assert!(h.query_by_label("Ouvrir le parcours d'Amina").is_none());
    // The recovery key, typed as on paper.
    click(&mut h, "Phrase oubliée ? Utiliser la clé de secours");
    type_into(
        &mut h,
        "Clé de secours",
        &recovery.to_uppercase().replace('-', " "),
    );
    click(&mut h, "Ouvrir le dossier");
    h.get_by_label("Ouvrir le parcours d'Amina");
    drop(h);

    // A new window: the passphrase first; a wrong one is said, the right one opens.
    let mut h = window(&data, &settings);
    h.get_by_label("Ce dossier est protégé");
    type_into(&mut h, "Phrase secrète", "trois mots tranquilleS");
    click(&mut h, "Ouvrir le dossier");
    h.get_by_label_contains("n'ouvre pas le dossier chiffré");
    assert!(
        h.get_by_label("Phrase secrète").is_focused(),
        "the field is emptied and takes the keyboard again"
    );
    assert_eq!(
        h.get_by_label("Phrase secrète").value().as_deref(),
        Some("")
    );
    type_into(&mut h, "Phrase secrète", PASSPHRASE);
    click(&mut h, "Ouvrir le dossier");
    h.get_by_label("Ouvrir le parcours d'Amina");
}

#[test]
fn a_protected_folder_locks_itself_when_nobody_uses_the_window_and_keeps_the_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    cheap_folder(&data);
    let settings = dir.path().join("settings.ron");
    std::fs::write(&settings, "(lock_after_seconds: 2)").expect("settings");
    let mut h = window(&data, &settings);
    type_into(&mut h, "Phrase secrète", PASSPHRASE);
    click(&mut h, "Ouvrir le dossier");
    click(&mut h, "Nouvel exercice individuel");
    click(&mut h, "Question miracle");
    super::quick_add(&mut h, "Amina");
    super::start_session(&mut h);
    h.get_by_label("Terminer la séance");
    // Nobody touches anything: each frame is a quarter of a second.
    for _ in 0..40 {
        h.step();
        if h.query_by_label("Ce dossier est protégé").is_some() {
            break;
        }
    }
    h.get_by_label_contains("Atelier s'est verrouillé après 1 min sans activité");
    assert!(h.state().session().is_none(), "the session left memory");
    assert!(h.query_by_label("Terminer la séance").is_none());
    // Unlocked again: the session waits on Home as a draft to resume.
    type_into(&mut h, "Phrase secrète", PASSPHRASE);
    click(&mut h, "Ouvrir le dossier");
    h.get_by_label_contains("Question miracle");
    assert!(
        h.query_all_by_label_contains("Reprendre").count() >= 1,
        "the draft can be resumed"
    );
}

/// An encrypted folder at `data` that Inès's passphrase opens (cheap costs: the tests check
/// what opens, not how long it takes).
fn cheap_folder(data: &std::path::Path) {
    let cheap = sessions::vault::KdfCost {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    sessions::Store::create_encrypted(data, "Inès", PASSPHRASE, cheap).expect("folder");
}

/// Scrolls `label` into view.
fn seen(h: &mut Harness<'static, AtelierApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
}

#[test]
fn a_colleague_is_given_their_own_passphrase_and_taken_away_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    cheap_folder(&data);
    let settings = dir.path().join("settings.ron");
    let mut h = window(&data, &settings);
    type_into(&mut h, "Phrase secrète", PASSPHRASE);
    click(&mut h, "Ouvrir le dossier");
    click(&mut h, "Réglages");
    h.get_by_label("Qui peut ouvrir ce dossier chiffré");
    assert!(
        h.get_by_label("Retirer Inès")
            .accesskit_node()
            .is_disabled(),
        "the last one cannot be removed"
    );
    // The settings scroll: each field brought into view first, as a person scrolls to it.
    for (field, text) in [
        ("Son nom", "Yanis"),
        ("Sa phrase secrète", "la phrase de Yanis"),
        ("La même phrase, encore une fois", "la phrase de Yanis"),
    ] {
        seen(&mut h, field);
        type_into(&mut h, field, text);
    }
    seen(&mut h, "Ajouter");
    click(&mut h, "Ajouter");
    h.get_by_label_contains("Yanis peut maintenant ouvrir le dossier");
    h.get_by_label("Retirer Yanis");
    // Yanis opens it with his own phrase.
    click(&mut h, "Verrouiller");
    type_into(&mut h, "Phrase secrète", "la phrase de Yanis");
    click(&mut h, "Ouvrir le dossier");
    h.get_by_label("Nouvelle séance collective");
    // Taken away: his phrase no longer opens it; Inès's still does.
    click(&mut h, "Réglages");
    seen(&mut h, "Retirer Yanis");
    click(&mut h, "Retirer Yanis");
    h.get_by_label_contains("Yanis ne peut plus ouvrir le dossier");
    assert!(h.query_by_label("Retirer Yanis").is_none());
    click(&mut h, "Verrouiller");
    type_into(&mut h, "Phrase secrète", "la phrase de Yanis");
    click(&mut h, "Ouvrir le dossier");
    h.get_by_label_contains("n'ouvre pas le dossier chiffré");
    type_into(&mut h, "Phrase secrète", PASSPHRASE);
    click(&mut h, "Ouvrir le dossier");
    h.get_by_label("Nouvelle séance collective");
}
