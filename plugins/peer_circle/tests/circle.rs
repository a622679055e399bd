//! The peer-sharing circle driven through its views with `egui_kittest`, on a fake clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use atelier_plugin_api::{
    Activity as _, ActivityState as _, Clock, Locale, Mode, Setup, SetupParticipant, Timestamp,
    UiContext,
};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use peer_circle::{CircleState, PeerCircle, Phase};

/// A clock the test moves by hand.
struct FakeClock(AtomicI64);
impl Clock for FakeClock {
    fn now(&self) -> Timestamp {
        Timestamp {
            unix_seconds: self.0.load(Ordering::SeqCst),
            offset_seconds: 3600,
        }
    }
}
impl FakeClock {
    fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

fn ctx() -> UiContext {
    UiContext {
        locale: Locale::Fr,
        now: Timestamp {
            unix_seconds: 0,
            offset_seconds: 3600,
        },
    }
}

fn setup(clock: &Arc<FakeClock>) -> Setup {
    let people = [("Amina", true), ("Bastien", true), ("Chloé", false)];
    Setup {
        participants: people
            .iter()
            .map(|(name, shown)| SetupParticipant {
                id: format!("p-{}", name.to_lowercase()),
                display_name: (*name).to_owned(),
                projector_name: shown.then(|| (*name).to_owned()),
                stored: None,
                stage: None,
            })
            .collect(),
        mode: Mode::Collective,
        locale: Locale::Fr,
        seed: 11,
        clock: Arc::clone(clock) as Arc<dyn Clock>,
    }
}

fn facilitator(state: CircleState) -> Harness<'static, CircleState> {
    Harness::builder()
        .with_size([1200.0, 1000.0])
        .build_ui_state(
            |ui, s: &mut CircleState| s.facilitator_ui(ui, &ctx()),
            state,
        )
}

fn click(h: &mut Harness<'static, CircleState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// All the text the projector view draws.
/// Drawn in the host's projector frame, in every theme: every text must read at 7:1.
fn projector_text(state: CircleState) -> (String, CircleState) {
    let (texts, state) = atelier_plugin_api::projector_frames(state, &ctx());
    (texts.last().cloned().unwrap_or_default(), state)
}

#[test]
fn a_whole_circle_with_a_pass_a_come_back_a_reorder_and_the_outcome() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let mut h = facilitator(PeerCircle.create(&setup(&clock)));
    h.run();
    click(&mut h, "Un bon moment de ma semaine");
    // Reorder: Chloé first.
    click(&mut h, "Monter Chloé");
    click(&mut h, "Monter Chloé");
    h.get_by_label("1. Chloé");
    click(&mut h, "Présenter le thème et les règles");
    let (text, state) = projector_text(h.into_state());
    assert!(
        text.contains("Un bon moment de ma semaine")
            && text.contains("Chacun peut passer son tour."),
        "{text}"
    );
    let mut h = facilitator(state);
    h.run();
    click(&mut h, "Commencer le premier tour");

    // Chloé passes, Amina speaks 2 minutes, Bastien 4 minutes (time runs out calmly), Chloé comes back.
    h.get_by_label("C'est au tour de Chloé");
    click(&mut h, "Chloé passe son tour");
    h.get_by_label("C'est au tour d'Amina");
    clock.advance(120);
    h.run();
    h.get_by_label("Temps restant : 1:00");
    click(&mut h, "Personne suivante");
    h.get_by_label("C'est au tour de Bastien");
    clock.advance(240);
    h.run();
    h.get_by_label("Le temps est écoulé. Vous pouvez conclure tranquillement.");
    assert_eq!(h.state().phase(), Phase::Round, "no automatic cut");
    click(&mut h, "Personne suivante");
    h.get_by_label("C'est au tour de Chloé");
    clock.advance(90);
    click(&mut h, "Personne suivante");
    assert_eq!(h.state().phase(), Phase::End);

    h.get_by_label("Amina : a parlé 1 fois, 2 min");
    h.get_by_label("Bastien : a parlé 1 fois, 4 min");
    h.get_by_label("Chloé : a parlé 1 fois, 1 min 30 s");
    // Nothing can be noted before the person agrees.
    assert!(h.query_by_label("Ce que retient Amina").is_none());
    click(&mut h, "Amina accepte que ce soit noté dans son parcours");
    h.get_by_label("Ce que retient Amina").click();
    h.run();
    h.get_by_label("Ce que retient Amina")
        .type_text("Je note mes bons moments le soir.");
    h.run();
    // Bastien agrees, a takeaway is typed, then he changes his mind: it is gone everywhere.
    click(&mut h, "Bastien accepte que ce soit noté dans son parcours");
    h.get_by_label("Ce que retient Bastien").click();
    h.run();
    h.get_by_label("Ce que retient Bastien")
        .type_text("Je ne veux pas que ce soit noté.");
    h.run();
    click(&mut h, "Bastien accepte que ce soit noté dans son parcours");
    assert!(h.query_by_label("Ce que retient Bastien").is_none());
    for stored in [
        h.state().save().expect("saved"),
        h.state().outcome().record_data,
    ] {
        assert!(!stored.contains("pas que ce soit noté"), "{stored}");
        assert!(
            stored.contains("Je note mes bons moments le soir."),
            "{stored}"
        );
    }

    let outcome = h.state().outcome();
    let takeaway = |id: &str| {
        outcome
            .participants
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.takeaway.clone())
    };
    assert_eq!(
        takeaway("p-amina").as_deref(),
        Some("Je note mes bons moments le soir.")
    );
    assert_eq!(takeaway("p-bastien"), None, "no takeaway without agreement");
    assert_eq!(
        outcome.summary,
        "Cercle « Un bon moment de ma semaine » : 1 tour, 3 personnes ont pris la parole."
    );
    assert!(
        outcome.record_data.contains("seconds_used"),
        "{}",
        outcome.record_data
    );
    assert!(
        outcome.record_data.contains("\"p-bastien\": 240"),
        "{}",
        outcome.record_data
    );
}

#[test]
fn the_projector_shows_the_countdown_but_never_private_notes_nor_unconsented_names() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let mut state = PeerCircle.create(&setup(&clock));
    let mut h = facilitator(state);
    h.run();
    click(&mut h, "Comment je fais face au stress");
    click(&mut h, "Présenter le thème et les règles");
    click(&mut h, "Commencer le premier tour");
    h.get_by_label("Notes privées sur Amina").click();
    h.run();
    h.get_by_label("Notes privées sur Amina")
        .type_text("Voix tremblante, à revoir seule");
    h.run();
    clock.advance(160);
    state = h.into_state();
    let (text, mut state) = projector_text(state);
    assert!(
        text.contains("0:20"),
        "20 seconds left, shown large:\n{text}"
    );
    // The speaker large, the next one named, the rules in their corner.
    assert!(text.contains("La parole est à\nAmina\n"), "{text}");
    assert!(text.contains("ensuite : Bastien"), "{text}");
    assert!(text.contains("• Chacun peut passer son tour."), "{text}");
    assert!(
        !text.contains("Voix tremblante"),
        "private notes never on the projector:\n{text}"
    );
    // Chloé did not agree to her name on the projector.
    state.on_action("next");
    let (text, mut state) = projector_text(state);
    assert!(
        !text.contains("Chloé") && text.contains("ensuite : la personne suivante"),
        "{text}"
    );
    state.on_action("next");
    let (text, state) = projector_text(state);
    assert!(!text.contains("Chloé") && text.contains("À vous"), "{text}");
    assert!(
        state.save().expect("saved").contains("Voix tremblante"),
        "the notes are kept for the facilitator"
    );
}

#[test]
fn a_draft_restores_the_round_and_the_timer() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let mut h = facilitator(PeerCircle.create(&setup(&clock)));
    h.run();
    click(&mut h, "Mon premier jour au travail");
    click(&mut h, "Présenter le thème et les règles");
    click(&mut h, "Commencer le premier tour");
    clock.advance(30);
    click(&mut h, "Mettre en pause");
    let saved = h.state().save().expect("saved");
    clock.advance(600);
    let restored = PeerCircle.restore(&setup(&clock), &saved).expect("restore");
    assert_eq!(restored.speaker(), Some("p-amina"));
    assert_eq!(
        restored.remaining(),
        150,
        "paused: time does not run while the app was away"
    );
    assert_eq!(restored.save().expect("saved"), saved);

    // Closed in the middle of a turn, the timer running: the turn resumes with the time it
    // had, paused, not with the hours Atelier was closed counted ("Temps écoulé").
    click(&mut h, "Reprendre");
    clock.advance(20);
    let saved = h.state().save().expect("saved");
    clock.advance(2 * 3600);
    let restored = PeerCircle.restore(&setup(&clock), &saved).expect("restore");
    assert_eq!(
        restored.remaining(),
        130,
        "where it was when Atelier closed"
    );
    let mut h = facilitator(restored);
    h.run();
    h.get_by_label("Reprendre");
    clock.advance(5);
    h.run();
    assert_eq!(
        h.state().remaining(),
        130,
        "paused until the facilitator resumes"
    );
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
    assert_eq!(PeerCircle.descriptor().validate(), Ok(()));
}

#[test]
fn an_erased_person_is_forgotten_in_the_record_and_the_draft() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let mut h = facilitator(PeerCircle.create(&setup(&clock)));
    h.run();
    click(&mut h, "Mon premier jour au travail");
    click(&mut h, "Présenter le thème et les règles");
    click(&mut h, "Commencer le premier tour");
    h.get_by_label("Notes privées sur Amina").click();
    h.run();
    h.get_by_label("Notes privées sur Amina")
        .type_text("Voix tremblante");
    h.run();
    clock.advance(60);
    click(&mut h, "Personne suivante");
    let data = h.state().save().expect("saved");
    assert!(data.contains("p-amina") && data.contains("Voix tremblante"));
    // The record (the same text) reads with first names on the facilitator's screen.
    let record = data.clone();
    let mut view = Harness::builder()
        .with_size([1000.0, 800.0])
        .build_ui(move |ui| {
            let ctx = atelier_plugin_api::RecordContext {
                locale: Locale::Fr,
                names: vec![("p-amina".into(), "Amina".into())],
            };
            PeerCircle.record_ui(ui, &record, &ctx);
        });
    view.run();
    view.get_by_label("Mon premier jour au travail");
    view.get_by_label("Amina : a parlé 1 fois, 1 min");
    view.get_by_label("Notes privées sur Amina : Voix tremblante");
    let forgotten = PeerCircle.forget(&data, "p-amina").expect("readable");
    assert!(
        !forgotten.contains("p-amina") && !forgotten.contains("Voix tremblante"),
        "{forgotten}"
    );
    assert!(forgotten.contains("p-bastien"));
    let restored = PeerCircle
        .restore(&setup(&clock), &forgotten)
        .expect("restore");
    assert_eq!(restored.speaker(), Some("p-bastien"));
}

/// The circle in its first round, order Amina, Bastien, Chloé.
fn first_round(clock: &Arc<FakeClock>) -> Harness<'static, CircleState> {
    let mut h = facilitator(PeerCircle.create(&setup(clock)));
    h.run();
    click(&mut h, "Un bon moment de ma semaine");
    click(&mut h, "Présenter le thème et les règles");
    click(&mut h, "Commencer le premier tour");
    h.get_by_label("C'est au tour d'Amina");
    h
}

#[test]
fn previous_goes_back_to_the_speaker_before_with_their_timer() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let mut h = first_round(&clock);
    clock.advance(50);
    click(&mut h, "Personne suivante");
    clock.advance(20);
    // A clicker pressed twice: Bastien is skipped.
    assert!(h.state_mut().on_action("next"));
    h.run();
    h.get_by_label("C'est au tour de Chloé");
    assert!(h.state_mut().on_action("previous"));
    h.run();
    h.get_by_label("C'est au tour de Bastien");
    h.get_by_label("Temps restant : 2:40");
    // His time goes on from there.
    clock.advance(10);
    h.run();
    h.get_by_label("Temps restant : 2:30");
    assert!(h.state_mut().on_action("previous"));
    h.run();
    h.get_by_label("C'est au tour d'Amina");
    h.get_by_label("Temps restant : 2:10");
    // Back past the first turn: the rules again; then forward works as before.
    assert!(h.state_mut().on_action("previous"));
    h.run();
    assert_eq!(h.state().phase(), Phase::Rules);
    assert!(
        !h.state_mut().on_action("previous"),
        "nothing before the rules"
    );
    assert!(h.state_mut().on_action("next"));
    h.run();
    h.get_by_label("C'est au tour d'Amina");
    // Across a round's end too: the last speaker of the round is back.
    for _ in 0..3 {
        assert!(h.state_mut().on_action("next"));
    }
    h.run();
    assert_eq!(h.state().phase(), Phase::End);
    assert!(h.state_mut().on_action("previous"));
    h.run();
    h.get_by_label("C'est au tour de Chloé");
}

#[test]
fn passing_is_always_honoured_and_offered_again_only_once_at_the_end() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let mut h = first_round(&clock);
    click(&mut h, "Amina passe son tour");
    h.get_by_label("C'est au tour de Bastien");
    click(&mut h, "Personne suivante");
    h.get_by_label("C'est au tour de Chloé");
    click(&mut h, "Chloé passe son tour");
    // At the end of the round, those who passed are offered the floor once more.
    h.get_by_label("C'est au tour d'Amina");
    click(&mut h, "Amina passe son tour");
    h.get_by_label("C'est au tour de Chloé");
    click(&mut h, "Chloé passe son tour");
    // Passing again is final: nobody is put back in the spotlight.
    assert_eq!(h.state().phase(), Phase::End, "the round is over");
    h.get_by_label("Amina : n'a pas pris la parole (a passé son tour une fois)");
    h.get_by_label("Bastien : a parlé 1 fois, 0 s");
    let record = h.state().outcome().record_data;
    let declined = record
        .split_once("declined:")
        .and_then(|(_, rest)| rest.split_once("undo:"))
        .map(|(declined, _)| declined.to_owned())
        .unwrap_or_default();
    assert!(
        declined.contains("p-amina")
            && declined.contains("p-chloé")
            && !declined.contains("p-bastien"),
        "who passed is noted: {record}"
    );

    // The last person to speak, alone, passes: honoured at once, not offered again.
    let mut h = first_round(&clock);
    click(&mut h, "Personne suivante");
    click(&mut h, "Personne suivante");
    h.get_by_label("C'est au tour de Chloé");
    click(&mut h, "Chloé passe son tour");
    assert_eq!(h.state().phase(), Phase::End);
}

/// A circle with an echo round at the end, its first round started.
fn echo_circle(clock: &Arc<FakeClock>) -> Harness<'static, CircleState> {
    let mut h = facilitator(PeerCircle.create(&setup(clock)));
    h.run();
    click(&mut h, "Un bon moment de ma semaine");
    click(&mut h, "Finir par un tour d'échos");
    click(&mut h, "Présenter le thème et les règles");
    click(&mut h, "Commencer le premier tour");
    h
}

#[test]
fn between_rounds_a_short_pause_and_the_echo_round_explained() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let mut h = echo_circle(&clock);
    for _ in 0..3 {
        click(&mut h, "Personne suivante");
    }
    h.get_by_label("Fin du tour 1. Une petite pause.");
    let (text, state) = projector_text(h.into_state());
    assert!(text.contains("Fin du tour 1. Une petite pause."), "{text}");
    assert!(
        text.contains("Tour des échos : chacun dit en une phrase"),
        "{text}"
    );
    let mut h = facilitator(state);
    h.run();
    click(&mut h, "Commencer le tour suivant");
    h.get_by_label("C'est au tour d'Amina");
    let (text, _) = projector_text(h.into_state());
    assert!(
        text.contains("Tour des échos\nTour des échos : chacun dit"),
        "{text}"
    );
}

#[test]
fn twelve_long_first_names_and_a_long_theme_fit_the_projector_at_both_sizes() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let names = [
        "Marie-Christine",
        "Jean-Baptiste",
        "Anne-Sophie",
        "Maximilien",
        "Éléonore",
        "Bartholomé",
        "Gwendoline",
        "Théophile",
        "Aurélie-Anne",
        "Enguerrand",
        "Clémentine",
        "Ysaline",
    ];
    let mut setup = setup(&clock);
    setup.participants = names
        .iter()
        .map(|name| SetupParticipant {
            id: format!("p-{}", name.to_lowercase()),
            display_name: format!("{name} Durand-Lefebvre"),
            projector_name: Some((*name).to_owned()),
            stored: None,
            stage: None,
        })
        .collect();
    let mut h = facilitator(PeerCircle.create(&setup));
    h.run();
    let theme = "Ce qui m'a aidé à tenir bon pendant les premières semaines dans mon nouveau \
                 travail, et ce que j'aimerais dire à quelqu'un qui commence";
    click(&mut h, "Un autre thème");
    h.get_by_label("Un autre thème").type_text(theme);
    h.run();
    click(&mut h, "Présenter le thème et les règles");
    let (text, state) = projector_text(h.into_state());
    assert!(text.contains("premières semaines"), "{text}");
    let mut h = facilitator(state);
    h.run();
    click(&mut h, "Commencer le premier tour");
    // The helper draws every theme at 1280×720 and 1920×1080: nothing outside, nothing cut.
    let (text, _) = projector_text(h.into_state());
    for name in names {
        assert!(text.contains(name), "{name} on the ring: {text}");
    }
    assert!(!text.contains("Durand"), "no last name: {text}");
}

#[test]
fn the_summary_counts_only_the_rounds_held_and_an_echo_round_only_when_it_happened() {
    let clock = Arc::new(FakeClock(AtomicI64::new(1_795_165_200)));
    let mut h = echo_circle(&clock);
    for _ in 0..3 {
        clock.advance(30);
        click(&mut h, "Personne suivante");
    }
    // The echo round is opened, and the session ends before anyone speaks in it.
    click(&mut h, "Commencer le tour suivant");
    h.get_by_label_contains("Tour des échos");
    let summary = h.state().outcome().summary;
    assert!(summary.contains("1 tour,"), "{summary}");
    assert!(
        !summary.contains("écho"),
        "no echo round was held: {summary}"
    );
}
