//! The app's themes on real screens: every text drawn on Home, a journey, the session setup,
//! the Service screen, the settings, a running session and its review reads at 4.5:1 or more on what is behind it, in the
//! light and in the dark theme; and the theme chosen in the settings is the one drawn.

use std::path::Path;

use atelier::gui::theme::AppTheme;
use atelier::gui::{AppConfig, AtelierApp, FolderPicker};
use atelier::i18n::Locale;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sessions::Store;

use super::{click, start_session};

fn open(data: &Path, settings: &Path) -> Harness<'static, AtelierApp> {
    let app = AtelierApp::new(AppConfig {
        data_dir: data.to_path_buf(),
        locale: Some(Locale::Fr),
        plugin_dirs: Vec::new(),
        settings_path: Some(settings.to_path_buf()),
        clock: std::sync::Arc::new(super::common::FixedClock),
        folder_picker: FolderPicker::Fixed(data.to_path_buf()),
        native_projector: false,
        background_load: false,
        phones_address: None,
        database: None,
    });
    let mut h = Harness::builder()
        .with_size([1366.0, 900.0])
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut AtelierApp| app.ui(ui), app);
    h.run();
    h
}

/// Panics, naming each text, if one reads under 4.5:1 on what is behind it.
fn assert_readable(h: &Harness<'static, AtelierApp>, theme: AppTheme, screen: &str) {
    let background = theme.palette().background;
    let poor: Vec<_> = atelier_plugin_api::text_contrasts(h.output(), background)
        .into_iter()
        .filter(|c| c.ratio < 4.5)
        .collect();
    assert!(poor.is_empty(), "{theme:?}, {screen}: {poor:#?}");
}

#[test]
fn every_text_of_the_main_screens_reads_at_four_and_a_half_to_one_in_both_themes() {
    for (theme, word) in [(AppTheme::Light, "Light"), (AppTheme::Dark, "Dark")] {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let store = Store::create(&data).expect("store");
        sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
        let settings = dir.path().join("settings.ron");
        std::fs::write(&settings, format!("(format_version: 1, app_theme: {word})"))
            .expect("settings");
        let mut h = open(&data, &settings);
        h.run();
        let drawn = h.output().shapes.len();
        assert!(drawn > 0, "something is drawn");
        assert_eq!(
            h.ctx.global_style().visuals.panel_fill,
            theme.palette().background,
            "the theme chosen in the settings is the one drawn"
        );
        assert_readable(&h, theme, "Accueil");
        click(&mut h, "Ouvrir le parcours d'Amina");
        assert_readable(&h, theme, "parcours");
        click(&mut h, "Accueil");
        click(&mut h, "Nouvelle séance collective");
        assert_readable(&h, theme, "préparation");
        click(&mut h, "Activité du service");
        assert_readable(&h, theme, "Activité du service");
        click(&mut h, "Réglages");
        assert_readable(&h, theme, "Réglages");
        click(&mut h, "Accueil");
        click(&mut h, "Nouvelle séance collective");
        click(&mut h, "L'avis du groupe, sans nom");
        click(&mut h, "Amina");
        click(&mut h, "Élodie");
        start_session(&mut h);
        assert_readable(&h, theme, "séance");
        click(&mut h, "Terminer la séance");
        h.get_by_label("Ajouter au parcours d'Élodie");
        assert_readable(&h, theme, "fin de séance");
    }
}

#[test]
fn choosing_the_dark_theme_in_the_settings_redraws_the_window_and_is_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    Store::create(&data).expect("store");
    let settings = dir.path().join("settings.ron");
    let mut h = open(&data, &settings);
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        AppTheme::Light.palette().background
    );
    click(&mut h, "Réglages");
    click(&mut h, "Sombres");
    h.run();
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        AppTheme::Dark.palette().background
    );
    assert_readable(&h, AppTheme::Dark, "Réglages");
    drop(h);
    let text = std::fs::read_to_string(&settings).expect("settings written");
    assert!(text.contains("app_theme: Dark"), "{text}");
    let h = open(&data, &settings);
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        AppTheme::Dark.palette().background
    );
}
