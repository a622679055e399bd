//! Social-skills training driven through its views with `egui_kittest`: the five steps, a
//! target behaviour measured across two sessions, a role play with feedback, drafts, and
//! what the projector shows.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use atelier_plugin_api::{
    Activity as _, ActivityState as _, Clock, Locale, Mode, Setup, SetupParticipant, Timestamp,
    UiContext,
};
use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use social_skills::model::{Phase, Source, Tracking};
use social_skills::{SocialSkills, SstState};

/// A clock the test sets.
struct FakeClock(AtomicI64);
impl Clock for FakeClock {
    fn now(&self) -> Timestamp {
        Timestamp {
            unix_seconds: self.0.load(Ordering::SeqCst),
            offset_seconds: 3600,
        }
    }
}

/// 2026-11-20 10:00 in Paris.
const NOV_20: i64 = 1_795_165_200;
const DAY: i64 = 86_400;

fn setup(clock: &Arc<FakeClock>, people: &[(&str, Option<String>)]) -> Setup {
    Setup {
        participants: people
            .iter()
            .map(|(name, stored)| SetupParticipant {
                id: format!("p-{}", name.to_lowercase()),
                display_name: (*name).to_owned(),
                projector_name: Some((*name).to_owned()),
                stored: stored.clone(),
                stage: None,
            })
            .collect(),
        mode: if people.len() == 1 {
            Mode::OneToOne
        } else {
            Mode::Collective
        },
        locale: Locale::Fr,
        seed: 1,
        clock: Arc::clone(clock) as Arc<dyn Clock>,
    }
}

fn harness(state: SstState, clock: &Arc<FakeClock>) -> Harness<'static, SstState> {
    let clock = Arc::clone(clock);
    Harness::builder()
        .with_size([1200.0, 1600.0])
        .build_ui_state(
            move |ui, s: &mut SstState| {
                let ctx = UiContext {
                    locale: Locale::Fr,
                    now: clock.now(),
                };
                s.facilitator_ui(ui, &ctx);
            },
            state,
        )
}

fn click(h: &mut Harness<'static, SstState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'static, SstState>, label: &str, text: &str) {
    click(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

fn replace(h: &mut Harness<'static, SstState>, label: &str, text: &str) {
    click(h, label);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn clock_at(seconds: i64) -> Arc<FakeClock> {
    Arc::new(FakeClock(AtomicI64::new(seconds)))
}

#[test]
fn the_five_steps_lead_to_a_plan_and_a_takeaway() {
    let clock = clock_at(NOV_20);
    let state = SocialSkills.create(&setup(&clock, &[("Amina", None), ("Bastien", None)]));
    let mut h = harness(state, &clock);
    h.run();
    h.get_by_label("Étape 1 sur 5 — Nommer la difficulté et se fixer un but");
    h.get_by_label("En quoi est-ce une difficulté pour vous ?");
    type_into(
        &mut h,
        "La difficulté",
        "Je n'ose pas dire non à mes collègues",
    );
    type_into(&mut h, "Le but", "Refuser poliment quand je suis occupée");
    click(&mut h, "Étape suivante");
    for solution in [
        "Dire que je finis d'abord ma tâche",
        "Proposer un autre moment",
    ] {
        type_into(&mut h, "Une solution", solution);
        click(&mut h, "Ajouter la solution");
    }
    // The clicker moves through the steps too.
    assert!(h.state_mut().on_action("next"));
    h.run();
    h.get_by_label("Étape 3 sur 5 — Penser aux conséquences");
    type_into(
        &mut h,
        "Conséquences de : Proposer un autre moment",
        "Le collègue sait quand je serai libre",
    );
    click(&mut h, "Étape suivante");
    click(&mut h, "Choisir : Proposer un autre moment");
    type_into(&mut h, "Pourquoi ce choix", "C'est plus facile pour moi");
    click(&mut h, "Étape suivante");
    // The plan's goal starts from step 1's.
    assert_eq!(
        h.get_by_label("Mon but").value().as_deref(),
        Some("Refuser poliment quand je suis occupée")
    );
    type_into(
        &mut h,
        "Les étapes",
        "Préparer une phrase\nL'essayer avec Claire",
    );
    type_into(&mut h, "Combien de temps", "deux semaines");
    assert!(!h.state_mut().on_action("next"), "no step after the fifth");

    // Bastien's steps are his own.
    click(&mut h, "Bastien");
    assert!(
        h.get_by_label("Les étapes")
            .value()
            .unwrap_or_default()
            .is_empty()
    );

    let outcome = h.state().outcome();
    let amina = outcome
        .participants
        .iter()
        .find(|p| p.id == "p-amina")
        .expect("Amina");
    assert_eq!(
        amina.takeaway.as_deref(),
        Some(
            "Ma difficulté : Je n'ose pas dire non à mes collègues. Ce que je vais essayer : \
             Proposer un autre moment. Mes étapes : Préparer une phrase, L'essayer avec Claire. \
             Pour : deux semaines."
        )
    );
    let bastien = outcome
        .participants
        .iter()
        .find(|p| p.id == "p-bastien")
        .expect("Bastien");
    assert_eq!(bastien.takeaway, None);
    assert_eq!(bastien.stored, None, "nothing to keep for him yet");
    assert_eq!(
        outcome.summary,
        "Habiletés sociales : 1 personne a fait un plan, 0 jeu de rôle, 0 mesure ajoutée."
    );
    assert!(
        outcome
            .record_data
            .contains("Le collègue sait quand je serai libre")
    );
}

/// Adds a measurement through the form.
fn measure(h: &mut Harness<'static, SstState>, date: &str, value: &str) {
    replace(h, "Date (JJ/MM/AAAA)", date);
    type_into(h, "Valeur", value);
    click(h, "Ajouter la mesure");
}

#[test]
fn measurements_across_two_sessions_accumulate_in_the_journey() {
    // Session 1: the target is defined, and a baseline taken on three days.
    let clock = clock_at(NOV_20);
    let state = SocialSkills.create(&setup(&clock, &[("Amina", None)]));
    let mut h = harness(state, &clock);
    h.run();
    click(&mut h, "Comportement suivi");
    click(&mut h, "Commencer le suivi");
    h.get_by_label(
        "Décrivez la situation et le comportement, pour que les progrès puissent se mesurer.",
    );
    click(&mut h, "Domaine");
    click(
        &mut h,
        "Affirmation de soi (engager la conversation, recevoir un compliment)",
    );
    type_into(
        &mut h,
        "La situation sociale choisie avec la personne",
        "L'arrivée le matin à l'atelier",
    );
    type_into(
        &mut h,
        "Le comportement, observable : ce qui compte",
        "Dire bonjour à chaque collègue présent",
    );
    type_into(&mut h, "Sur quelle période (pour un nombre)", "par jour");
    click(&mut h, "Commencer le suivi");
    h.get_by_label("Ligne de base : 0 jour mesuré sur 3.");
    measure(&mut h, "16/11/2026", "1");
    measure(&mut h, "18/11/2026", "2");
    measure(&mut h, "20/11/2026", "0");
    h.get_by_label("Ligne de base faite : trois occasions distinctes.");
    click(&mut h, "Montrer l'exemple (modelage)");
    click(&mut h, "Jeu de rôle");
    let first = h.state().outcome();
    let stored = first.participants[0]
        .stored
        .clone()
        .expect("kept in the journey");
    assert_eq!(
        first.summary,
        "Habiletés sociales : 0 personne a fait un plan, 0 jeu de rôle, 3 mesures ajoutées."
    );

    // Session 2, two weeks later: follow-up measurements, one by the employer, and a change.
    let clock = clock_at(NOV_20 + 14 * DAY);
    let state = SocialSkills.create(&setup(&clock, &[("Amina", Some(stored))]));
    let mut h = harness(state, &clock);
    h.run();
    click(&mut h, "Comportement suivi");
    h.get_by_label("Ligne de base faite : trois occasions distinctes.");
    measure(&mut h, "27/11/2026", "3");
    click(&mut h, "Observé par");
    click(&mut h, "L'employeur ou un collègue");
    type_into(&mut h, "Où, avec qui (facultatif)", "au magasin");
    measure(&mut h, "04/12/2026", "4");
    // A mistyped value from today can be removed; earlier sessions' measurements cannot.
    measure(&mut h, "04/12/2026", "40");
    click(&mut h, "Retirer la mesure du 04/12/2026 (40)");
    assert!(
        h.query_by_label("Retirer la mesure du 16/11/2026 (1)")
            .is_none()
    );
    type_into(&mut h, "Ce qui change", "Répétition le lundi seulement");
    click(&mut h, "Noter ce changement");
    h.get_by_label(
        "Suivi : 7 jours depuis la première mesure (le suivi dure au moins deux semaines).",
    );
    h.get_by_label(
        "Ligne de base : 1 (16/11), 2 (18/11), 0 (20/11). Suivi : 3 (27/11), 4 (04/12).",
    );
    // The chart: its legend above it (not over the points), the phase change marked, the
    // y axis with its unit.
    let drawn = atelier_plugin_api::drawn_text(h.output());
    for words in [
        "Ligne de base\n",
        "Suivi\n",
        "Début du suivi\n",
        "Changement\n",
    ] {
        assert!(drawn.contains(words), "{words:?} in the legend: {drawn}");
    }
    assert!(
        drawn.matches("Nombre de fois").count() >= 2,
        "the y axis has its unit (besides the measure's kind): {drawn}"
    );

    let outcome = h.state().outcome();
    let (tracking, error) = Tracking::read(outcome.participants[0].stored.as_deref());
    assert_eq!(error, None);
    let target = tracking.target.expect("target");
    assert_eq!(target.behaviour, "Dire bonjour à chaque collègue présent");
    assert_eq!(target.measurements.len(), 5, "both sessions' measurements");
    let chart = target.chart();
    let day = |d: u32, m: u32| NaiveDate::from_ymd_opt(2026, m, d).expect("date");
    assert_eq!(
        chart.baseline,
        vec![(day(16, 11), 1.0), (day(18, 11), 2.0), (day(20, 11), 0.0)]
    );
    assert_eq!(chart.follow_up, vec![(day(27, 11), 3.0), (day(4, 12), 4.0)]);
    assert_eq!(chart.baseline_mean, Some(1.0));
    assert_eq!(
        chart.changes,
        vec![(day(4, 12), "Répétition le lundi seulement".to_owned())]
    );
    let employer = target
        .measurements
        .iter()
        .find(|m| m.source == Source::Employer)
        .expect("an observation by the employer");
    assert_eq!((employer.value, employer.phase), (4.0, Phase::FollowUp));
    assert_eq!(employer.note, "au magasin");
    assert_eq!(target.trainings.len(), 1, "session 1's techniques are kept");
    // The record holds this session's measurements only.
    assert!(
        outcome.record_data.contains("2026-12-04") && !outcome.record_data.contains("2026-11-16"),
        "{}",
        outcome.record_data
    );
}

#[test]
fn a_role_play_with_feedback_is_saved() {
    let clock = clock_at(NOV_20);
    let state = SocialSkills.create(&setup(&clock, &[("Amina", None), ("Bastien", None)]));
    let mut h = harness(state, &clock);
    h.run();
    click(&mut h, "Jeux de rôle");
    click(&mut h, "Dire non");
    h.get_by_label(
        "Un collègue vous demande de rester plus tard, alors que vous avez déjà un rendez-vous.",
    );
    click(&mut h, "Qui joue : Collègue");
    click(&mut h, "L'animatrice ou l'animateur");
    click(&mut h, "Qui joue : Salarié ou salariée");
    click(&mut h, "Amina");
    // Feedback starts with what went well.
    click(&mut h, "Enregistrer ce jeu de rôle");
    h.get_by_label("Notez d'abord ce qui s'est bien passé.");
    type_into(
        &mut h,
        "D'abord : ce qui s'est bien passé",
        "Voix calme, regard posé",
    );
    type_into(
        &mut h,
        "Ensuite : une chose à essayer",
        "Proposer un autre moment",
    );
    click(&mut h, "Enregistrer ce jeu de rôle");
    h.get_by_label(
        "Dire non — bien : Voix calme, regard posé — à essayer : Proposer un autre moment",
    );

    // A scenario written by the facilitator.
    click(&mut h, "Écrire un nouveau scénario");
    type_into(&mut h, "Titre du scénario", "Annoncer un retard");
    type_into(&mut h, "La situation", "Le bus est en panne.");
    type_into(
        &mut h,
        "Les rôles (séparés par des virgules)",
        "Responsable, Salarié",
    );
    click(&mut h, "Ajouter le scénario");
    h.get_by_label("Qui joue : Responsable");

    let outcome = h.state().outcome();
    let amina = outcome
        .participants
        .iter()
        .find(|p| p.id == "p-amina")
        .expect("Amina");
    assert_eq!(
        amina.takeaway.as_deref(),
        Some("À essayer après le jeu de rôle : Proposer un autre moment.")
    );
    assert!(outcome.record_data.contains("Voix calme, regard posé"));
    assert!(outcome.record_data.contains("Facilitator"));
    assert!(outcome.summary.contains("1 jeu de rôle"));

    // The saved record reads with first names (on the facilitator's screen).
    let data = outcome.record_data;
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
            SocialSkills.record_ui(ui, &data, &ctx);
        });
    view.run();
    view.get_by_label("Salarié ou salariée : Amina");
    view.get_by_label("Collègue : L'animatrice ou l'animateur");
    view.get_by_label("D'abord : ce qui s'est bien passé : Voix calme, regard posé");
}

#[test]
fn a_draft_restores_mid_session() {
    let clock = clock_at(NOV_20);
    let setup = setup(&clock, &[("Amina", None)]);
    let state = SocialSkills.create(&setup);
    let mut h = harness(state, &clock);
    h.run();
    type_into(&mut h, "La difficulté", "Arriver à l'heure");
    click(&mut h, "Étape suivante");
    type_into(&mut h, "Une solution", "Préparer mon sac la veille");
    let saved = h.state().save().expect("saved");
    let restored = SocialSkills.restore(&setup, &saved).expect("restore");
    assert_eq!(restored.step(), 1);
    assert_eq!(
        restored.save().expect("saved"),
        saved,
        "the typed solution too"
    );
    assert!(SocialSkills.restore(&setup, "(oops").is_err());
}

#[test]
fn the_projector_shows_the_step_or_the_scenario_never_measurements() {
    let clock = clock_at(NOV_20);
    let stored = {
        let state = SocialSkills.create(&setup(&clock, &[("Amina", None)]));
        let mut h = harness(state, &clock);
        h.run();
        click(&mut h, "Comportement suivi");
        click(&mut h, "Domaine");
        click(&mut h, "Maîtrise de soi (colère, compromis)");
        type_into(
            &mut h,
            "La situation sociale choisie avec la personne",
            "Réunion",
        );
        type_into(
            &mut h,
            "Le comportement, observable : ce qui compte",
            "Attendre son tour pour parler",
        );
        click(&mut h, "Commencer le suivi");
        measure(&mut h, "19/11/2026", "7");
        h.into_state()
    };
    let mut state = stored;
    // In the host's projector frame, in every theme: every text must read at 7:1.
    let projector = |state: SstState| {
        let ctx = UiContext {
            locale: Locale::Fr,
            now: Timestamp {
                unix_seconds: NOV_20,
                offset_seconds: 3600,
            },
        };
        let (texts, state) = atelier_plugin_api::projector_frames(state, &ctx);
        (texts.last().cloned().unwrap_or_default(), state)
    };
    // The advisor is on the follow-up: the projector follows, with no measurement.
    let text;
    (text, state) = projector(state);
    assert!(text.contains("Suivre un comportement, pas à pas"), "{text}");
    for private in ["Amina", "Attendre son tour", "7", "Étape 1 sur 5"] {
        assert!(!text.contains(private), "{private}: {text}");
    }
    let mut h = harness(state, &clock);
    h.run();
    click(&mut h, "Résoudre un problème");
    let (text, state) = projector(h.into_state());
    assert!(text.contains("Étape 1 sur 5"), "{text}");
    let mut h = harness(state, &clock);
    h.run();
    click(&mut h, "Jeux de rôle");
    click(&mut h, "Entretien d'embauche");
    click(&mut h, "Qui joue : Candidat ou candidate");
    click(&mut h, "Amina");
    let (text, _) = projector(h.into_state());
    assert!(
        text.contains("Entretien d'embauche") && text.contains("Recruteur"),
        "{text}"
    );
    assert!(!text.contains("Amina"), "{text}");
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
    assert_eq!(SocialSkills.descriptor().validate(), Ok(()));
}

#[test]
fn an_erased_person_is_forgotten_in_the_record_and_the_draft() {
    let clock = clock_at(NOV_20);
    let setup2 = setup(&clock, &[("Amina", None), ("Bastien", None)]);
    let state = SocialSkills.create(&setup2);
    let mut h = harness(state, &clock);
    h.run();
    type_into(&mut h, "La difficulté", "Secret d'Amina");
    click(&mut h, "Bastien");
    type_into(&mut h, "La difficulté", "Souci de Bastien");
    click(&mut h, "Jeux de rôle");
    click(&mut h, "Dire non");
    click(&mut h, "Qui joue : Salarié ou salariée");
    click(&mut h, "Amina");
    type_into(&mut h, "D'abord : ce qui s'est bien passé", "Calme");
    click(&mut h, "Enregistrer ce jeu de rôle");

    let record = h.state().outcome().record_data;
    let draft = h.state().save().expect("saved");
    for text in [&record, &draft] {
        assert!(text.contains("p-amina") && text.contains("Secret d'Amina"));
        let forgotten = SocialSkills.forget(text, "p-amina").expect("readable");
        assert!(
            !forgotten.contains("p-amina") && !forgotten.contains("Secret d'Amina"),
            "{forgotten}"
        );
        assert!(forgotten.contains("Souci de Bastien") && forgotten.contains("Calme"));
    }
    // The draft still restores, with Bastien only.
    let forgotten = SocialSkills.forget(&draft, "p-amina").expect("readable");
    let restored = SocialSkills.restore(&setup2, &forgotten).expect("restore");
    assert!(restored.tracking("p-amina").is_none());
    assert!(restored.tracking("p-bastien").is_some());
    assert_eq!(SocialSkills.forget("not ron", "p-amina"), None);
}
