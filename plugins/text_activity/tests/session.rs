//! The shipped activity files driven through their views with `egui_kittest`: every
//! field kind, the takeaways, charts and kept data, drafts, the record, erasure, and the
//! projector (no name, nothing private, readable in both themes).

use std::sync::Arc;

use atelier_plugin_api::{
    Activity as _, ActivityState as _, Clock, Locale, Mode, PhoneAnswer, PhoneInputKind,
    RecordContext, Setup, SetupParticipant, Timestamp, UiContext,
};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use text_activity::{SHIPPED, TextActivity, TextState};

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

fn activity(id: &str) -> TextActivity {
    let (_, text) = SHIPPED
        .iter()
        .find(|(name, _)| name.starts_with(id))
        .expect("shipped");
    TextActivity::new(text_activity::parse(text).expect("read"))
}

fn setup(names: &[&str], mode: Mode, stored: Option<&str>, locale: Locale) -> Setup {
    Setup {
        participants: names
            .iter()
            .map(|name| SetupParticipant {
                id: format!("p-{}", name.to_lowercase()),
                display_name: (*name).to_owned(),
                projector_name: Some((*name).to_owned()),
                stored: stored.map(str::to_owned),
                stage: None,
            })
            .collect(),
        mode,
        locale,
        seed: 7,
        clock: Arc::new(FixedClock),
    }
}

fn facilitator(state: TextState, locale: Locale) -> Harness<'static, TextState> {
    let mut h = Harness::builder()
        .with_size([1200.0, 1000.0])
        .build_ui_state(
            move |ui, s: &mut TextState| {
                s.facilitator_ui(
                    ui,
                    &UiContext {
                        locale,
                        now: FixedClock.now(),
                    },
                );
            },
            state,
        );
    h.run();
    h
}

fn click(h: &mut Harness<'static, TextState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'static, TextState>, label: &str, text: &str) {
    click(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

fn next(h: &mut Harness<'static, TextState>) {
    assert!(h.state_mut().on_action("next"), "a next step");
    h.run();
}

/// What the projector draws, in the host's frame, in both themes (each at 7:1).
fn projector_text(state: TextState) -> (String, TextState) {
    let ctx = UiContext {
        locale: Locale::Fr,
        now: FixedClock.now(),
    };
    let (texts, state) = atelier_plugin_api::projector_frames(state, &ctx);
    (texts.last().cloned().unwrap_or_default(), state)
}

/// What a record view draws for `data`.
fn record_text(activity: &TextActivity, data: &str, names: &[(&str, &str)]) -> String {
    let ctx = RecordContext {
        locale: Locale::Fr,
        names: names
            .iter()
            .map(|(id, name)| ((*id).to_owned(), (*name).to_owned()))
            .collect(),
    };
    let mut h = Harness::builder()
        .with_size([1200.0, 1600.0])
        .build_ui(|ui| activity.record_ui(ui, data, &ctx));
    h.run();
    atelier_plugin_api::drawn_text(h.output())
}

#[test]
fn the_stage_review_goes_from_what_was_done_to_the_decision_and_the_next_review() {
    let bilan = activity("bilan_etape");
    let d = bilan.descriptor();
    assert_eq!((d.min_participants, d.max_participants), (1, 1));
    assert!(!d.modes.collective && d.modes.one_to_one);
    assert_eq!(d.charts.len(), 1, "the stage as lived, charted");
    let mut h = facilitator(
        bilan.create(&setup(&["Inès"], Mode::OneToOne, None, Locale::Fr)),
        Locale::Fr,
    );
    h.get_by_label("Étape 1 sur 5");
    h.get_by_label_contains("Pas d'étape à faire le bilan dans le parcours");
    let list = "Ce qui a été fait pendant l'étape";
    type_into(
        &mut h,
        &format!("Nouvel élément : {list}"),
        "Deux stages d'observation",
    );
    click(&mut h, &format!("Ajouter à la liste : {list}"));
    h.get_by_label("• Deux stages d'observation");
    click(&mut h, "Mes proches");
    click(&mut h, "L'équipe de soin");
    click(&mut h, "Comment s'est passée l'étape pour moi : 6");
    next(&mut h);
    type_into(
        &mut h,
        "Nouvel élément : Ce qui a marché",
        "Les horaires du matin",
    );
    h.key_press(egui::Key::Enter);
    h.run();
    next(&mut h);
    type_into(
        &mut h,
        "Nouvel élément : Ce qui est à changer",
        "Trop de trajets",
    );
    h.key_press(egui::Key::Enter);
    h.run();
    next(&mut h);
    click(
        &mut h,
        "Passer le relais au prescripteur ou à une autre ressource",
    );
    type_into(
        &mut h,
        "Si le relais est passé : à qui, et comment",
        "Cap emploi, rendez-vous à trois",
    );
    next(&mut h);
    type_into(
        &mut h,
        "L'objectif de la nouvelle étape",
        "Trouver un poste à mi-temps",
    );
    type_into(&mut h, "Date du prochain bilan", "15/13/2027");
    h.get_by_label("Écrivez la date ainsi : 20/11/2026.");
    h.get_by_label("Date du prochain bilan").click();
    h.run();
    for _ in 0..7 {
        h.key_press(egui::Key::Backspace);
    }
    h.run();
    h.get_by_label("Date du prochain bilan")
        .type_text("01/2027");
    h.run();
    assert!(
        h.query_by_label("Écrivez la date ainsi : 20/11/2026.")
            .is_none()
    );
    assert!(!h.state_mut().on_action("next"), "the last step");

    let outcome = h.state().outcome();
    let ines = &outcome.participants[0];
    assert_eq!(
        ines.takeaway.as_deref(),
        Some(
            "Ce qui a marché : Les horaires du matin.\nÀ changer : Trop de trajets.\n\
             Décision du bilan : Passer le relais au prescripteur ou à une autre ressource.\n\
             Relais : Cap emploi, rendez-vous à trois.\n\
             Objectif de la nouvelle étape : Trouver un poste à mi-temps.\n\
             Prochain bilan le 15/01/2027."
        )
    );
    // What goes into her journey: the decision, as the review of the stage given (none was
    // given here: said at the first step), and what the next stage would be.
    assert!(d.reviews_stage);
    let review = ines.stage_review.as_ref().expect("a decision was taken");
    assert_eq!(review.decision, atelier_plugin_api::StageDecision::HandOver);
    assert_eq!(review.to, "Cap emploi, rendez-vous à trois");
    assert_eq!(
        review.note,
        "Ce qui a marché : Les horaires du matin.\nÀ changer : Trop de trajets."
    );
    assert_eq!(review.next_goal, "Trouver un poste à mi-temps");
    assert_eq!(
        review.next_review,
        chrono::NaiveDate::from_ymd_opt(2027, 1, 15)
    );
    assert_eq!(ines.points.len(), 1);
    assert_eq!(
        (ines.points[0].series.as_str(), ines.points[0].value),
        ("vecu", 6.0)
    );
    let kept = ines.stored.as_deref().expect("the goal is kept");
    assert!(
        kept.contains("Trouver un poste à mi-temps") && !kept.contains("Cap emploi"),
        "{kept}"
    );

    // The draft gives the same session back.
    let draft = h.state().save().expect("saved");
    let restored = bilan
        .restore(&setup(&["Inès"], Mode::OneToOne, None, Locale::Fr), &draft)
        .expect("restored");
    assert_eq!(restored.save().as_deref(), Ok(draft.as_str()));
    assert_eq!(restored.step(), 4);

    // The record reads with the person's name; erasing her leaves no answer of hers.
    let text = record_text(&bilan, &outcome.record_data, &[("p-inès", "Inès")]);
    for expected in [
        "L'étape suivante",
        "Inès : Trouver un poste à mi-temps",
        "Inès : Mes proches, L'équipe de soin",
        "Inès : Passer le relais au prescripteur ou à une autre ressource",
        "Inès : 15/01/2027",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the record:\n{text}"
        );
    }
    let forgotten = bilan
        .forget(&outcome.record_data, "p-inès")
        .expect("forgotten");
    for gone in ["p-inès", "Trouver un poste", "Cap emploi", "Deux stages"] {
        assert!(
            !forgotten.contains(gone),
            "{gone} is still there:\n{forgotten}"
        );
    }
    assert!(
        forgotten.contains("Bilan d'étape"),
        "the activity stays readable"
    );
}

#[test]
fn the_evaluation_grid_rates_statements_and_collects_ideas_without_authors() {
    let grille = activity("grille_evaluation");
    let mut h = facilitator(
        grille.create(&setup(
            &["Amina", "Élodie"],
            Mode::Collective,
            None,
            Locale::Fr,
        )),
        Locale::Fr,
    );
    h.get_by_label("Réponses d'Amina");
    click(&mut h, "La séance m'a été utile : D'accord");
    click(&mut h, "J'ai pu dire ce que je pensais : Plutôt d'accord");
    click(&mut h, "Saisir les réponses d'Élodie");
    h.get_by_label("Réponses d'Élodie");
    click(&mut h, "La séance m'a été utile : Entre les deux");
    next(&mut h);
    click(&mut h, "Comment je me sens en repartant : 8");
    click(&mut h, "Saisir les réponses d'Amina");
    click(&mut h, "Comment je me sens en repartant : 6");
    next(&mut h);
    let field = "Ce qui pourrait être mieux la prochaine fois";
    type_into(
        &mut h,
        &format!("Nouvel élément : {field}"),
        "Une pause de plus",
    );
    click(&mut h, &format!("Ajouter à la liste : {field}"));
    type_into(
        &mut h,
        &format!("Nouvel élément : {field}"),
        "Des exemples au tableau",
    );
    h.key_press(egui::Key::Enter);
    h.run();
    // Enter kept the focus in the field. Typed, not added: kept in the draft, and part of the
    // result if the session ends now.
    h.get_by_label(&format!("Nouvel élément : {field}"))
        .type_text("Finir plus tôt");
    h.run();
    type_into(&mut h, "Ce que je retiens", "Je peux demander une pause.");

    let saved = h.state().save().expect("saved");
    assert!(
        saved.contains("Finir plus tôt"),
        "the typed item is in the draft:\n{saved}"
    );
    for item in ["Une pause de plus", "Des exemples au tableau"] {
        let anonymous = &saved[saved.find("anonymous:").expect("anonymous")..];
        assert!(anonymous.contains(item), "{item}");
        assert_eq!(saved.matches(item).count(), 1, "{item} only once");
    }

    let (text, state) = projector_text(h.into_state());
    assert!(
        text.contains("Pour la suite")
            && text.contains("Une pause de plus")
            && text.contains("Des exemples au tableau"),
        "{text}"
    );
    for private in ["Amina", "Élodie", "Je peux demander", "Finir plus tôt"] {
        assert!(
            !text.contains(private),
            "the projector shows {private:?}:\n{text}"
        );
    }

    let outcome = state.outcome();
    let amina = outcome
        .participants
        .iter()
        .find(|p| p.id == "p-amina")
        .expect("Amina");
    assert_eq!(
        amina.takeaway.as_deref(),
        Some(
            "En repartant, je me sentais à 6 sur 10.\nCe que je retiens de la séance : Je peux demander une pause"
        )
    );
    // In English too, for an English reader of her journey: the file's words translated, hers
    // as she said them.
    assert!(
        amina.takeaway_in.iter().any(|(locale, text)| *locale == Locale::En
            && text
                == "As I left, I felt 6 out of 10.\nWhat I take away from the session: Je peux demander une pause"),
        "{:?}",
        amina.takeaway_in
    );
    assert_eq!(
        outcome.summary,
        "Mon avis sur la séance : 2 personnes sur 2 ont répondu, 3 contributions sans nom."
    );
    let record = &outcome.record_data;
    assert!(
        record.contains("Finir plus tôt"),
        "added when the session ended"
    );
    let text = record_text(
        &grille,
        record,
        &[("p-amina", "Amina"), ("p-élodie", "Élodie")],
    );
    for expected in [
        "Mon avis",
        "Amina",
        "Élodie",
        "D'accord",
        "Entre les deux",
        "• Finir plus tôt",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the record:\n{text}"
        );
    }
}

#[test]
fn the_groups_view_is_rated_from_phones_and_paper_and_only_counted() {
    let avis = activity("avis_groupe");
    let people = ["Amina", "Élodie", "Yanis"];
    let mut state = avis.create(&setup(&people, Mode::Collective, None, Locale::Fr));
    // What the phones' page asks, in each language: the grid, then the ideas.
    let inputs = state.phone_inputs(Locale::Fr);
    assert_eq!(
        inputs.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["avis", "a_ameliorer"]
    );
    let PhoneInputKind::Likert { statements, levels } = &inputs[0].kind else {
        panic!("a grid: {inputs:?}");
    };
    assert_eq!((statements.len(), levels.len()), (5, 5));
    assert_eq!(levels[4], "D'accord");
    assert_eq!(inputs[1].kind, PhoneInputKind::ShortText);
    let english = state.phone_inputs(Locale::En);
    assert!(
        matches!(&english[0].kind, PhoneInputKind::Likert { statements, .. }
            if statements[0] == "The session was useful to me."),
        "{english:?}"
    );
    assert!(
        avis.create(&setup(&["Amina"], Mode::OneToOne, None, Locale::Fr))
            .phone_inputs(Locale::Fr)
            .is_empty(),
        "no phones one to one"
    );

    // Two phones answer; wrong answers are refused and count nothing.
    let rate = |levels: [Option<usize>; 5]| PhoneAnswer::Ratings(levels.to_vec());
    assert!(state.on_phone_input("avis", &rate([Some(4), Some(3), None, Some(4), Some(0)])));
    assert!(state.on_phone_input("avis", &rate([Some(4), Some(1), None, None, None])));
    assert!(
        !state.on_phone_input("avis", &PhoneAnswer::Ratings(vec![Some(1)])),
        "too short"
    );
    assert!(
        !state.on_phone_input("avis", &rate([Some(5), None, None, None, None])),
        "no level 6"
    );
    assert!(
        !state.on_phone_input("avis", &rate([None; 5])),
        "nothing rated"
    );
    assert!(!state.on_phone_input("avis", &PhoneAnswer::Text(String::from("5"))));
    assert!(!state.on_phone_input("autre", &rate([Some(1); 5])));

    // One more from paper, typed in by the facilitator.
    let mut h = facilitator(state, Locale::Fr);
    h.get_by_label("2 réponses.");
    assert!(
        h.query_by_label("Ajouter cette réponse")
            .is_some_and(|b| b.accesskit_node().is_disabled()),
        "nothing to add yet"
    );
    click(&mut h, "La séance m'a été utile : Entre les deux");
    click(&mut h, "J'ai pu dire ce que je pensais : D'accord");
    let draft = h.state().save().expect("saved");
    assert!(
        draft.contains("paper"),
        "a paper answer being entered is in the draft"
    );
    click(&mut h, "Ajouter cette réponse");
    h.get_by_label("3 réponses.");

    // The projector waits until the facilitator shows the answers.
    let (text, state) = projector_text(h.into_state());
    assert!(text.contains("Votre avis compte"), "{text}");
    assert!(
        !text.contains("D'accord : 2"),
        "hidden while people answer:\n{text}"
    );
    let mut h = facilitator(state, Locale::Fr);
    click(
        &mut h,
        "Montrer au projecteur, sans les noms : Êtes-vous d'accord avec chaque phrase ?",
    );
    let (text, mut state) = projector_text(h.into_state());
    // Drawn as bars, each level with its count, and the total: no pair broken mid-line.
    assert!(
        text.contains("3 réponses.\nLa séance m'a été utile.\nEntre les deux\n1\nD'accord\n2\n"),
        "counted, never who:\n{text}"
    );
    assert!(state.on_action("next"));
    assert!(state.on_phone_input(
        "a_ameliorer",
        &PhoneAnswer::Text(String::from("Plus de pauses"))
    ));
    // A room full of ideas: the projector's text shrinks to show them all (the frame check
    // fails on a view taller than its room).
    for n in 1..=13 {
        let idea = PhoneAnswer::Text(format!("Une idée d'amélioration numéro {n}"));
        assert!(state.on_phone_input("a_ameliorer", &idea));
    }
    let (text, state) = projector_text(state);
    for n in 1..=13 {
        assert!(
            text.contains(&format!("numéro {n}\n")),
            "idea {n} shown:\n{text}"
        );
    }

    let outcome = state.outcome();
    assert_eq!(
        outcome.summary,
        "L'avis du groupe, sans nom : 3 réponses sans nom à la grille, 14 contributions sans nom.",
        "no 'aucune réponse' after three answers"
    );
    assert!(
        outcome
            .participants
            .iter()
            .all(|p| p.takeaway.is_none() && p.stored.is_none()),
        "nothing goes to a journey"
    );
    let record = &outcome.record_data;
    for name in people {
        assert!(!record.contains(name), "{name} in the record");
    }
    assert!(
        !record.contains("paper: {\""),
        "the paper grid was emptied:\n{record}"
    );
    let text = record_text(
        &avis,
        record,
        &[
            ("p-amina", "Amina"),
            ("p-élodie", "Élodie"),
            ("p-yanis", "Yanis"),
        ],
    );
    for expected in ["3 réponses.", "D'accord", "• Plus de pauses"] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the record:\n{text}"
        );
    }
    for name in people {
        assert!(!text.contains(name), "{name} in the record view");
    }
}

#[test]
fn the_weekly_check_in_starts_from_last_weeks_goal_and_reads_in_english() {
    let point = activity("point_semaine");
    let kept =
        "(values: {\"objectif\": Text(\"Envoyer deux candidatures\"), \"disparu\": Text(\"x\")})";
    let mut h = facilitator(
        point.create(&setup(&["Hugo"], Mode::OneToOne, Some(kept), Locale::En)),
        Locale::En,
    );
    h.get_by_label("Step 1 of 4");
    h.get_by_label("How are you?");
    click(&mut h, "My mood this week: 3");
    next(&mut h);
    click(&mut h, "took time for myself");
    click(&mut h, "kept my times to get up and go to bed");
    h.get_by_label("2 of 4");
    next(&mut h);
    h.get_by_label("New item: Tips to share");
    assert!(
        h.query_by_label("Show on the projector, without names: Tips to share")
            .is_none(),
        "one-to-one: nothing to put on a projector"
    );
    next(&mut h);
    assert_eq!(
        h.get_by_label("My goal for next week").value().as_deref(),
        Some("Envoyer deux candidatures")
    );
    h.get_by_label("From the last session: look at it again together.");
    let outcome = h.state().outcome();
    assert_eq!(
        outcome.participants[0].takeaway.as_deref(),
        Some(
            "My mood this week: 3 out of 10.\n\
             This week, I kept my times to get up and go to bed, took time for myself.\n\
             My goal for the week: Envoyer deux candidatures."
        )
    );
    assert_eq!(outcome.participants[0].points[0].value, 3.0);
    let journey = {
        let stored = outcome.participants[0].stored.clone().expect("kept");
        let mut h = Harness::builder()
            .with_size([800.0, 300.0])
            .build_ui(move |ui| point.journey_ui(ui, &stored, Locale::Fr));
        h.run();
        atelier_plugin_api::drawn_text(h.output())
    };
    assert!(
        journey.contains("Gardé pour la prochaine séance")
            && journey.contains("Envoyer deux candidatures"),
        "{journey}"
    );
}

#[test]
fn the_ends_of_a_short_scale_are_never_drawn_over_each_other() {
    let source = r#"(
    id: "accord",
    version: "1",
    name: "D'accord ?",
    description: "Une échelle courte.",
    steps: [
        (
            title: "Votre avis",
            prompt: "Êtes-vous d'accord ?",
            fields: [
                (id: "accord", label: "Mon accord", kind: Scale(min: 1, max: 5, low: "Pas du tout d'accord", high: "Tout à fait d'accord")),
                (id: "moral", label: "Mon moral", kind: Scale(min: 0, max: 10, low: "Bas", high: "Haut")),
            ],
        ),
    ],
)"#;
    let activity = TextActivity::new(text_activity::parse(source).expect("read"));
    let h = facilitator(
        activity.create(&setup(&["Inès"], Mode::OneToOne, None, Locale::Fr)),
        Locale::Fr,
    );
    let low = h.get_by_label("1 = Pas du tout d'accord").rect();
    let high = h.get_by_label("5 = Tout à fait d'accord").rect();
    assert!(!low.intersects(high), "{low:?} and {high:?} overlap");
    // A long scale keeps its ends side by side, under its first and last values.
    let low = h.get_by_label("0 = Bas").rect();
    let high = h.get_by_label("10 = Haut").rect();
    assert!((low.top() - high.top()).abs() < 1.0, "on one line");
    assert!(high.left() > low.right() + 100.0, "at both ends");
}

#[test]
fn the_summary_says_how_many_people_answered_out_of_how_many() {
    let grille = activity("grille_evaluation");
    let mut h = facilitator(
        grille.create(&setup(
            &["Amina", "Élodie", "Inès"],
            Mode::Collective,
            None,
            Locale::Fr,
        )),
        Locale::Fr,
    );
    click(&mut h, "La séance m'a été utile : D'accord");
    click(&mut h, "Saisir les réponses d'Élodie");
    click(&mut h, "La séance m'a été utile : Entre les deux");
    click(&mut h, "J'ai pu dire ce que je pensais : D'accord");
    // Inès gave no answer: three answers, but two people.
    assert_eq!(
        h.state().outcome().summary,
        "Mon avis sur la séance : 2 personnes sur 3 ont répondu."
    );
    // The group reads the statements on the screen while answering; no answer, no name.
    let (text, _state) = projector_text(h.into_state());
    assert!(
        text.contains("1. La séance m'a été utile.")
            && text.contains("3. J'ai pu dire ce que je pensais."),
        "{text}"
    );
    for hidden in ["Amina", "Élodie", "Entre les deux"] {
        assert!(!text.contains(hidden), "{hidden} on the projector:\n{text}");
    }
    let nothing = grille.create(&setup(&["Inès"], Mode::OneToOne, None, Locale::En));
    assert_eq!(
        nothing.outcome().summary,
        "My view of the session: nobody answered."
    );
}

#[test]
fn a_stage_review_shows_the_stage_and_gives_the_next_one_when_it_continues() {
    let bilan = activity("bilan_etape");
    let mut given = setup(&["Inès"], Mode::OneToOne, None, Locale::En);
    given.participants[0].stage = Some(atelier_plugin_api::StageToReview {
        title: "Prepare applications".into(),
        objectives: vec!["Send three applications".into()],
        actions: vec!["Update the CV".into()],
        start: chrono::NaiveDate::from_ymd_opt(2026, 9, 1).expect("date"),
        planned_end: chrono::NaiveDate::from_ymd_opt(2026, 11, 30),
    });
    let mut h = facilitator(bilan.create(&given), Locale::En);
    // Read again together at the first step: the stage, its dates, objectives and actions.
    h.get_by_label("The stage: Prepare applications");
    h.get_by_label("From 01/09/2026 to 30/11/2026 (planned end)");
    h.get_by_label("• Send three applications");
    h.get_by_label("• Update the CV");
    assert!(
        h.state().outcome().participants[0].stage_review.is_none(),
        "no decision yet, nothing for the stage"
    );
    for _ in 0..3 {
        next(&mut h);
    }
    click(&mut h, "Continue the support, with a new frame");
    next(&mut h);
    type_into(&mut h, "The new stage's goal", "A part-time job");
    let list = "The planned actions";
    type_into(&mut h, &format!("New item: {list}"), "Two interviews");
    h.key_press(egui::Key::Enter);
    h.run();
    // Typed but not added yet: still part of the result.
    type_into(&mut h, &format!("New item: {list}"), "Visit the workplace");
    let review = h.state().outcome().participants[0]
        .stage_review
        .clone()
        .expect("decided");
    assert_eq!(review.decision, atelier_plugin_api::StageDecision::Continue);
    assert_eq!(review.next_goal, "A part-time job");
    assert_eq!(
        review.next_actions,
        ["Two interviews", "Visit the workplace"]
    );
    assert_eq!(review.next_review, None);
    assert!(review.note.is_empty(), "{review:?}");
}
