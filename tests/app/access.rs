//! The keyboard and screen readers: where the focus lands on each new screen, the session's
//! keys while a button has the focus, radio groups moved through with the arrows, what
//! collapsible sections and drop-down lists tell screen readers.

use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::{Harness, Locale, app, click, harness, type_into};
use atelier::gui::AtelierApp;

/// What has the keyboard focus, by its accessible name (`None`: nothing).
fn focused(h: &Harness<'static, AtelierApp>) -> Option<String> {
    h.query_by(|node| node.is_focused()).map(|node| {
        let node = node.accesskit_node();
        node.label().or_else(|| node.value()).unwrap_or_default()
    })
}

/// Gives `label` the focus, then presses Enter, as a keyboard user does.
fn press_enter_on(h: &mut Harness<'static, AtelierApp>, label: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}

fn demo() -> (tempfile::TempDir, Harness<'static, AtelierApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = sessions::Store::create(dir.path().join("data")).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let mut h = harness(app(&dir.path().join("data"), Locale::Fr));
    h.run();
    (dir, h)
}

#[test]
fn the_focus_lands_on_each_new_screen_and_goes_on_from_there() {
    let (_dir, mut h) = demo();
    assert_eq!(
        focused(&h).as_deref(),
        Some("Nouvelle séance collective"),
        "Home opens on its first action"
    );
    click(&mut h, "Nouvelle séance collective");
    // The setup's first control: where the session takes place.
    assert_eq!(focused(&h).as_deref(), Some("Lieu"));
    click(&mut h, "Mur Rêveur, Réaliste, Critique");
    for name in ["Amina", "Bastien"] {
        click(&mut h, name);
    }
    type_into(&mut h, "Lieu", "Salle 2");
    type_into(&mut h, "Animateur ou animatrice", "Inès");
    // Pressed from the keyboard: the button that had the focus is gone with the setup.
    press_enter_on(&mut h, "Commencer la séance");
    assert_eq!(
        focused(&h).as_deref(),
        Some("Mur Rêveur, Réaliste, Critique"),
        "the running session's heading"
    );
    // The next Tab goes on from there (the session's controls), never back to the top bar.
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(focused(&h).as_deref(), Some("Fermer le projecteur"));

    press_enter_on(&mut h, "Terminer la séance");
    let review = focused(&h).expect("the review has the focus");
    assert_ne!(review, "Terminer la séance");
    assert!(
        !["Accueil", "Réglages"].contains(&review.as_str()),
        "{review}"
    );
    press_enter_on(&mut h, "Enregistrer la séance");
    assert_eq!(
        focused(&h).as_deref(),
        Some("Nouvelle séance collective"),
        "Home again, on its first action"
    );
}

#[test]
fn the_walls_keys_work_while_a_button_has_the_focus_and_placing_goes_back_to_drawing() {
    let (_dir, mut h) = super::session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Amina"],
    );
    for idea in [
        "Des horaires fixes",
        "Un chef qui dit merci",
        "Du temps pour apprendre",
    ] {
        type_into(&mut h, "Nouvelle idée", idea);
        click(&mut h, "Mettre dans la boîte");
    }
    press_enter_on(&mut h, "Tirer l'idée suivante");
    h.get_by_label("Idée tirée");
    assert_eq!(focused(&h).as_deref(), Some("Tirer l'idée suivante"));
    // "1" places it, though a button has the focus.
    h.key_press(egui::Key::Num1);
    h.run();
    assert!(h.query_by_label("Idée tirée").is_none(), "placed with 1");
    h.get_by_label("2 idées dans la boîte.");

    // Placed with its own button from the keyboard: the focus goes back to drawing.
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label_contains("2 — ").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(
        h.query_by_label("Idée tirée").is_none(),
        "placed with its button"
    );
    assert_eq!(focused(&h).as_deref(), Some("Tirer l'idée suivante"));
}

#[test]
fn a_radio_group_is_one_tab_stop_and_the_arrows_choose() {
    let (_dir, mut h) = demo();
    click(&mut h, "Nouvelle séance collective");
    let radios: Vec<(String, bool)> = h
        .query_all_by_role(egui::accesskit::Role::RadioButton)
        .map(|n| {
            let node = n.accesskit_node();
            (
                node.label().unwrap_or_default(),
                node.data().supports_action(egui::accesskit::Action::Focus),
            )
        })
        .collect();
    assert!(radios.len() >= 3, "{radios:?}");
    assert_eq!(
        radios.iter().filter(|(_, stop)| *stop).count(),
        1,
        "one Tab stop: {radios:?}"
    );
    let (first, _) = radios.iter().find(|(_, stop)| *stop).expect("a stop");
    let first = first.clone();
    h.get_by_label(&first).focus();
    h.run();
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let second = focused(&h).expect("focus");
    assert_ne!(first, second, "the arrow moved to the next activity");
    let chosen = h.get_by_label(&second);
    assert_eq!(
        chosen.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True),
        "and chose it"
    );
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(focused(&h), Some(first));
}

#[test]
fn sections_and_lists_say_their_state_to_screen_readers() {
    let (_dir, mut h) = demo();
    let status = h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Statut");
    assert_eq!(
        status.accesskit_node().description().as_deref(),
        Some("Suivis en cours")
    );
    h.get_by_label("Ouvrir le parcours d'Amina").click();
    h.run();
    let sections: Vec<_> = h
        .query_all_by_role(egui::accesskit::Role::DisclosureTriangle)
        .map(|n| {
            let node = n.accesskit_node();
            (
                node.label().unwrap_or_default(),
                node.toggled(),
                node.description(),
            )
        })
        .collect();
    assert!(sections.len() >= 10, "{sections:?}");
    for (name, toggled, said) in &sections {
        let open = *toggled == Some(egui::accesskit::Toggled::True);
        let expected = if open { "ouvert" } else { "fermé" };
        assert_eq!(said.as_deref(), Some(expected), "{name}");
    }
    let closed = sections
        .iter()
        .find(|(_, t, _)| *t == Some(egui::accesskit::Toggled::False))
        .map(|(name, _, _)| name.clone())
        .expect("a closed section");
    // (Brought into view first, as a screen reader does before pressing it.)
    h.get_by_role_and_label(egui::accesskit::Role::DisclosureTriangle, &closed)
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::DisclosureTriangle, &closed)
        .click();
    h.run();
    let node = h.get_by_role_and_label(egui::accesskit::Role::DisclosureTriangle, &closed);
    let now = (
        node.accesskit_node().toggled(),
        node.accesskit_node().description(),
    );
    assert_eq!(
        now,
        (
            Some(egui::accesskit::Toggled::True),
            Some("ouvert".to_owned())
        ),
        "{closed} opened"
    );
}

#[test]
fn the_window_has_a_name() {
    let (dir, h) = demo();
    let root = h.root();
    let name = root.accesskit_node().label().unwrap_or_default();
    assert!(name.starts_with("Atelier"), "{name}");
    assert!(
        name.contains(&dir.path().join("data").display().to_string()),
        "{name}"
    );
}

#[test]
fn a_control_that_can_no_longer_be_pressed_gives_the_focus_to_the_sessions_heading() {
    let (_dir, mut h) = super::session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Amina"],
    );
    type_into(&mut h, "Nouvelle idée", "Des horaires fixes");
    click(&mut h, "Mettre dans la boîte");
    // The last idea drawn: the box is empty, its button can no longer be pressed.
    press_enter_on(&mut h, "Tirer l'idée suivante");
    h.get_by_label("Idée tirée");
    assert_eq!(
        focused(&h).as_deref(),
        Some("Mur Rêveur, Réaliste, Critique")
    );
}

#[test]
fn every_screen_of_the_top_bar_takes_the_focus() {
    let (_dir, mut h) = demo();
    for (button, first) in [
        ("Réglages", "Français"),
        ("Activité du service", "Ce mois-ci"),
        ("Accueil", "Nouvelle séance collective"),
    ] {
        click(&mut h, button);
        assert_eq!(focused(&h).as_deref(), Some(first), "{button}");
    }
}

/// The app in a 1280×720 window on `data`, with its settings in `settings`.
fn with_settings_file(
    data: &std::path::Path,
    settings: &std::path::Path,
) -> Harness<'static, AtelierApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .with_max_steps(16)
        .build_ui_state(
            |ui, app: &mut AtelierApp| app.ui(ui),
            AtelierApp::new(super::with_settings(data, settings)),
        );
    h.run();
    h.run();
    h
}

/// Brings `label` into view (the screen scrolls at large text), then presses it.
fn press_seen(h: &mut Harness<'static, AtelierApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    click(h, label);
}

#[test]
fn at_twice_the_text_size_every_main_screen_reflows_in_1280_by_720_without_cutting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let store = sessions::Store::create(&data).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let settings = dir.path().join("settings.ron");
    std::fs::write(
        &settings,
        "(text_scale: 2.0, facilitator: \"Inès\", place: \"Salle 2\")",
    )
    .expect("settings");
    let mut h = with_settings_file(&data, &settings);
    assert!(
        (h.state().scale() - 2.0).abs() < 0.01,
        "{}",
        h.state().scale()
    );
    let nothing_cut = super::nothing_cut_at_the_right;
    nothing_cut(&h, "home");
    press_seen(&mut h, "Ouvrir le parcours d'Élodie");
    nothing_cut(&h, "journey");
    click(&mut h, "Réglages");
    nothing_cut(&h, "settings");
    click(&mut h, "Activité du service");
    nothing_cut(&h, "service");
    super::through_each_collective_activity(&mut h, press_seen, |h, screen, _| {
        super::nothing_cut_at_the_right(h, screen);
    });
}

#[test]
fn the_window_scale_is_remembered_and_ctrl_plus_changes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    sessions::Store::create(&data).expect("store");
    let settings = dir.path().join("settings.ron");
    let mut h = with_settings_file(&data, &settings);
    click(&mut h, "Réglages");
    click(&mut h, "150 %");
    h.run();
    assert!((h.state().scale() - 1.5).abs() < 0.01);
    let kept = std::fs::read_to_string(&settings).expect("settings written");
    assert!(kept.contains("text_scale: 1.5"), "{kept}");
    // egui's own zoom keys: remembered too.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    h.run();
    let scale = h.state().scale();
    assert!(scale > 1.55, "{scale}");
    let kept = std::fs::read_to_string(&settings).expect("settings written");
    assert!(kept.contains(&format!("text_scale: {scale}")), "{kept}");
    drop(h);
    // A new window opens at that scale.
    let h = with_settings_file(&data, &settings);
    assert!((h.state().scale() - scale).abs() < 0.01);
}
