//! The miracle question driven through its views with `egui_kittest`.

use std::sync::Arc;

use atelier_plugin_api::{
    ACTION_NEXT, Activity as _, ActivityState as _, Clock, Locale, Mode, Setup, SetupParticipant,
    Timestamp, UiContext,
};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use miracle_question::{MiracleQuestion, MiracleState, Step};

struct FixedClock;
impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        // 2026-11-20 10:00 in Paris.
        Timestamp {
            unix_seconds: 1_795_165_200,
            offset_seconds: 3600,
        }
    }
}

fn ctx() -> UiContext {
    UiContext {
        locale: Locale::Fr,
        now: FixedClock.now(),
    }
}

fn setup(names: &[&str], mode: Mode) -> Setup {
    Setup {
        participants: names
            .iter()
            .map(|name| SetupParticipant {
                id: format!("p-{}", name.to_lowercase()),
                display_name: (*name).to_owned(),
                projector_name: Some((*name).to_owned()),
                stored: Some(String::from("(last_scale: Some(3))")),
                stage: None,
            })
            .collect(),
        mode,
        locale: Locale::Fr,
        seed: 7,
        clock: Arc::new(FixedClock),
    }
}

fn facilitator(state: MiracleState) -> Harness<'static, MiracleState> {
    Harness::builder()
        .with_size([1200.0, 900.0])
        .build_ui_state(
            |ui, s: &mut MiracleState| s.facilitator_ui(ui, &ctx()),
            state,
        )
}

fn type_into(h: &mut Harness<'static, MiracleState>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// The next step, as the host's "Suivant" button or the clicker asks for it (the activity has
/// no step buttons of its own).
fn next(h: &mut Harness<'static, MiracleState>) {
    assert!(h.state_mut().on_action("next"), "a next step");
    h.run();
}

/// All the text the projector view draws.
/// Drawn in the host's projector frame, in every theme: every text must read at 7:1.
fn projector_text(state: MiracleState) -> (String, MiracleState) {
    let (texts, state) = atelier_plugin_api::projector_frames(state, &ctx());
    (texts.last().cloned().unwrap_or_default(), state)
}

#[test]
fn a_full_one_to_one_run_gives_the_expected_outcome() {
    let mut h = facilitator(MiracleQuestion.create(&setup(&["Amina"], Mode::OneToOne)));
    h.run();
    type_into(
        &mut h,
        "La situation, selon Amina",
        "Je n'ose pas appeler les employeurs.",
    );
    next(&mut h);
    type_into(
        &mut h,
        "Ce qu'Amina remarquerait",
        "Je me lèverais sans boule au ventre.",
    );
    next(&mut h);
    h.get_by_label("Quelle est la toute première chose que vous remarqueriez au réveil ?");
    type_into(
        &mut h,
        "Réponse d'Amina, dans ses mots",
        "Je prendrais un café calmement",
    );
    h.get_by_label("Garder comme signe").click();
    h.run();
    // Kept, and said so where the button was.
    h.get_by_label("Gardé dans les signes.");
    assert!(h.query_by_label("Garder comme signe").is_none());
    assert!(
        h.query_by_label("Étape suivante").is_none(),
        "one pair of step buttons: the host's"
    );
    for _ in 0..5 {
        next(&mut h);
    }
    assert_eq!(h.state().step(), Step::Signs);
    h.get_by_label("• Je prendrais un café calmement");
    type_into(
        &mut h,
        "Nouveau signe pour Amina",
        "Je saluerais la voisine",
    );
    h.get_by_label("Ajouter le signe").click();
    h.run();
    // Enter adds a sign too, and the cursor stays in the field for the next one.
    type_into(&mut h, "Nouveau signe pour Amina", "Je sortirais marcher");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("• Je sortirais marcher");
    assert!(h.get_by_label("Nouveau signe pour Amina").is_focused());
    h.get_by_label("Nouveau signe pour Amina")
        .type_text("Je rirais");
    h.run();
    assert_eq!(
        h.get_by_label("Nouveau signe pour Amina")
            .value()
            .as_deref(),
        Some("Je rirais")
    );
    h.key_press(egui::Key::Enter);
    h.run();
    next(&mut h);
    h.get_by_label("La dernière fois : 3 sur 10.");
    // A scale, with what its ends mean.
    h.get_by_label("0 : rien de ce jour-là");
    h.get_by_label("10 : le jour du miracle");
    h.get_by_label("6 sur 10").click();
    h.run();
    type_into(
        &mut h,
        "Ce qui existe déjà, pour Amina",
        "Je me lève à l'heure deux jours sur cinq",
    );
    next(&mut h);
    type_into(
        &mut h,
        "Premier petit pas d'Amina",
        "Appeler la médiathèque",
    );
    h.get_by_label("1 semaine").click();
    h.run();
    h.get_by_label("On en reparle le 27/11/2026.");
    next(&mut h);
    assert_eq!(h.state().step(), Step::End);

    let outcome = h.state().outcome();
    let amina = &outcome.participants[0];
    assert_eq!(amina.id, "p-amina");
    assert_eq!(
        amina.takeaway.as_deref(),
        Some(
            "Signes : Je prendrais un café calmement ; Je saluerais la voisine ; Je sortirais marcher ; Je rirais.\n\
             Aujourd'hui : 6 sur 10.\n\
             Déjà là : Je me lève à l'heure deux jours sur cinq.\n\
             Premier petit pas : Appeler la médiathèque (on en reparle le 27/11/2026)"
        )
    );
    // Said in both languages, the person's words as they are: an English reader reads it in
    // English.
    let english = amina
        .takeaway_in
        .iter()
        .find(|(locale, _)| *locale == Locale::En)
        .map(|(_, text)| text.as_str())
        .expect("in English");
    assert!(
        english.starts_with("Signs: Je prendrais un café calmement")
            && english.contains("Appeler la médiathèque"),
        "{english}"
    );
    assert_eq!(
        amina
            .takeaway_in
            .iter()
            .find(|(locale, _)| *locale == Locale::Fr)
            .map(|(_, text)| text.as_str()),
        amina.takeaway.as_deref()
    );
    // The first small step is also a follow-up of the journey, with its date.
    assert_eq!(
        amina.follow_ups,
        [atelier_plugin_api::FollowUp {
            text: String::from("Appeler la médiathèque"),
            due: chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        }]
    );
    assert_eq!(amina.points.len(), 1);
    assert!(
        (amina.points[0].value - 6.0).abs() < f64::EPSILON && amina.points[0].series == "scale"
    );
    assert_eq!(amina.stored.as_deref(), Some("(last_scale:Some(6))"));
    assert!(
        outcome
            .record_data
            .contains("Je n'ose pas appeler les employeurs."),
        "the person's own words are kept"
    );
}

#[test]
fn prompts_can_be_skipped_reordered_and_added() {
    let mut h = facilitator(MiracleQuestion.create(&setup(&["Amina"], Mode::OneToOne)));
    h.run();
    h.get_by_label("Questions pour la suite").click();
    h.run();
    h.get_by_label("Passer cette question : Comment vous sentiriez-vous ?")
        .click();
    h.run();
    h.get_by_label("Monter : Comment cela se passerait-il avec vos collègues ?")
        .click();
    h.run();
    type_into(
        &mut h,
        "Votre propre question",
        "Que dirait votre conseillère en vous voyant ?",
    );
    h.get_by_label("Ajouter la question").click();
    h.run();

    let mut seen = Vec::new();
    let mut state = h.into_state();
    state.on_action(ACTION_NEXT); // the miracle prompt
    while state.on_action(ACTION_NEXT) && state.step() != Step::Signs {
        let (text, back) = projector_text(state);
        state = back;
        // After the host's frame (name, step): the step's title, then its prompt.
        seen.push(text.lines().skip(2).nth(1).unwrap_or_default().to_owned());
    }
    assert_eq!(
        seen,
        [
            "Quelle est la toute première chose que vous remarqueriez au réveil ?",
            "Qui, autour de vous, remarquerait le changement ? À quoi le verrait-il ?",
            "Comment cela se passerait-il avec vos collègues ?",
            "Racontez cette journée, heure par heure.",
            "Que dirait votre conseillère en vous voyant ?",
        ]
    );
}

#[test]
fn a_draft_restores_the_exact_step_and_answers() {
    let mut h = facilitator(MiracleQuestion.create(&setup(&["Amina"], Mode::OneToOne)));
    h.run();
    type_into(
        &mut h,
        "La situation, selon Amina",
        "Trop de bruit au travail.",
    );
    next(&mut h);
    next(&mut h);
    type_into(&mut h, "Réponse d'Amina, dans ses mots", "Le calme");
    let saved = h.state().save().expect("saved");
    let restored = MiracleQuestion
        .restore(&setup(&["Amina"], Mode::OneToOne), &saved)
        .expect("restore");
    assert_eq!(restored.step(), h.state().step());
    assert_eq!(restored.save().expect("saved"), saved);
    assert_eq!(restored.outcome(), h.state().outcome());
    let mut again = facilitator(restored);
    again.run();
    assert_eq!(
        again
            .get_by_label("Réponse d'Amina, dans ses mots")
            .value()
            .as_deref(),
        Some("Le calme")
    );
    assert!(
        MiracleQuestion
            .restore(&setup(&["Amina"], Mode::OneToOne), "(nope")
            .is_err()
    );
}

#[test]
fn in_a_group_answers_stay_per_person_and_the_projector_shows_them_only_if_chosen_and_never_names()
{
    let mut h =
        facilitator(MiracleQuestion.create(&setup(&["Amina", "Bastien"], Mode::Collective)));
    h.run();
    next(&mut h);
    next(&mut h);
    type_into(
        &mut h,
        "Réponse d'Amina, dans ses mots",
        "Un café au soleil",
    );
    h.get_by_label("Garder comme signe").click();
    h.run();
    h.get_by_label("Bastien").click();
    h.run();
    type_into(
        &mut h,
        "Réponse de Bastien, dans ses mots",
        "Un trajet sans stress",
    );

    let (text, state) = projector_text(h.into_state());
    assert!(
        text.contains("Quelle est la toute première chose"),
        "{text}"
    );
    assert!(
        !text.contains("Un café au soleil") && !text.contains("Un trajet sans stress"),
        "no answer unless chosen:\n{text}"
    );

    let mut h = facilitator(state);
    h.run();
    h.get_by_label("Montrer les réponses au projecteur (sans les noms)")
        .click();
    h.run();
    let (text, state) = projector_text(h.into_state());
    assert!(
        text.contains("Un café au soleil") && text.contains("Un trajet sans stress"),
        "{text}"
    );
    assert!(
        !text.contains("Amina") && !text.contains("Bastien"),
        "never a name:\n{text}"
    );

    let outcome = state.outcome();
    let takeaway = |id: &str| {
        outcome
            .participants
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.takeaway.clone())
    };
    assert_eq!(
        takeaway("p-amina").as_deref(),
        Some("Signes : Un café au soleil.")
    );
    assert_eq!(takeaway("p-bastien"), None, "Amina's sign is hers alone");
}

#[test]
fn translations_are_complete_and_the_descriptor_is_valid() {
    assert_eq!(
        atelier_plugin_api::check_sources(
            include_str!("../i18n/fr.ftl"),
            include_str!("../i18n/en.ftl")
        ),
        Ok(())
    );
    assert_eq!(MiracleQuestion.descriptor().validate(), Ok(()));
}

#[test]
fn an_erased_person_is_forgotten_in_the_record_and_the_draft() {
    let setup = setup(&["Amina", "Bastien"], Mode::Collective);
    let mut h = facilitator(MiracleQuestion.create(&setup));
    h.run();
    next(&mut h);
    next(&mut h);
    type_into(
        &mut h,
        "Réponse d'Amina, dans ses mots",
        "Un café au soleil",
    );
    h.get_by_label("Bastien").click();
    h.run();
    type_into(
        &mut h,
        "Réponse de Bastien, dans ses mots",
        "Un trajet sans stress",
    );
    let data = h.state().save().expect("saved");
    assert!(data.contains("p-amina") && data.contains("Un café au soleil"));
    // The record (the same text) reads with first names on the facilitator's screen.
    let record = data.clone();
    let mut view = Harness::builder()
        .with_size([1000.0, 800.0])
        .build_ui(move |ui| {
            let ctx = atelier_plugin_api::RecordContext {
                locale: Locale::Fr,
                names: vec![
                    ("p-amina".into(), "Amina".into()),
                    ("p-bastien".into(), "Bastien".into()),
                ],
            };
            MiracleQuestion.record_ui(ui, &record, &ctx);
        });
    view.run();
    view.get_by_label("Amina");
    // Each answer under its question.
    let drawn = atelier_plugin_api::drawn_text(view.output());
    assert!(
        drawn.contains(
            "Quelle est la toute première chose que vous remarqueriez au réveil ?\nUn café au soleil"
        ),
        "{drawn}"
    );
    view.get_by_label_contains("Un trajet sans stress");
    let forgotten = MiracleQuestion.forget(&data, "p-amina").expect("readable");
    assert!(!forgotten.contains("p-amina") && !forgotten.contains("Un café au soleil"));
    assert!(forgotten.contains("Un trajet sans stress"));
    assert!(MiracleQuestion.restore(&setup, &forgotten).is_ok());
}
