//! The brainstorm wall driven through its views with `egui_kittest`: collect, shuffle, draw,
//! place, move, read; what the draft and the record keep (never who wrote what); the projector.

use std::sync::Arc;

use atelier_plugin_api::{
    Activity as _, ActivityState as _, Clock, Locale, Mode, PhoneAnswer, Setup, SetupParticipant,
    Timestamp, UiContext,
};
use brainstorm_wall::{BrainstormWall, WallState};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use serde::Deserialize;

const NOW: Timestamp = Timestamp {
    unix_seconds: 1_795_165_200,
    offset_seconds: 3600,
};

struct Fixed;
impl Clock for Fixed {
    fn now(&self) -> Timestamp {
        NOW
    }
}

const PEOPLE: [&str; 3] = ["Amina", "Bastien", "Chloé"];

fn setup(seed: u64) -> Setup {
    Setup {
        participants: PEOPLE
            .iter()
            .map(|name| SetupParticipant {
                id: format!("p-{}", name.to_lowercase()),
                display_name: (*name).to_owned(),
                projector_name: Some((*name).to_owned()),
                stored: None,
                stage: None,
            })
            .collect(),
        mode: Mode::Collective,
        locale: Locale::Fr,
        seed,
        clock: Arc::new(Fixed),
    }
}

fn ctx() -> UiContext {
    UiContext {
        locale: Locale::Fr,
        now: NOW,
    }
}

fn facilitator(state: WallState) -> Harness<'static, WallState> {
    Harness::builder()
        .with_size([1366.0, 1400.0])
        .build_ui_state(|ui, s: &mut WallState| s.facilitator_ui(ui, &ctx()), state)
}

fn click(h: &mut Harness<'static, WallState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'static, WallState>, label: &str, text: &str) {
    click(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Types `ideas` one by one into the box, as participants in turn would.
fn collect(h: &mut Harness<'static, WallState>, ideas: &[&str]) {
    for idea in ideas {
        type_into(h, "Nouvelle idée", idea);
        click(h, "Mettre dans la boîte");
    }
}

const IDEAS: [&str; 4] = [
    "Un bureau près de chez moi",
    "Des collègues bienveillants",
    "Travailler seulement le matin",
    "Un patron qui explique deux fois",
];

/// The record's wall, read back as plain data.
#[derive(Debug, Deserialize)]
struct Record {
    topic: String,
    pool: Vec<Note>,
    drawn: Option<Note>,
    wall: [Vec<Note>; 3],
}

#[derive(Debug, Deserialize)]
struct Note {
    id: u32,
    text: String,
    read: bool,
    why: String,
}

#[test]
fn collect_shuffle_draw_place_move_and_read_give_the_final_wall() {
    let mut h = facilitator(BrainstormWall.create(&setup(11)));
    h.run();
    // An empty wall has nothing to read: no "every idea read" line yet.
    assert!(
        h.query_by_label("Toutes les idées du mur ont été lues.")
            .is_none()
    );
    type_into(&mut h, "Le sujet", "Mon lieu de travail idéal");
    collect(&mut h, &IDEAS);
    h.get_by_label("4 idées dans la boîte.");

    click(&mut h, "Mélanger la boîte");
    let order: Vec<String> = h.state().pool().iter().map(|s| (*s).to_owned()).collect();
    let mut sorted = order.clone();
    sorted.sort();
    let mut expected = IDEAS.map(str::to_owned).to_vec();
    expected.sort();
    assert_eq!(sorted, expected, "the same ideas, shuffled");
    // The same seed and the same ideas give the same order (a replay is faithful); another
    // seed gives another.
    let replay = |seed| {
        let mut state = BrainstormWall.create(&setup(seed));
        for idea in IDEAS {
            state.add_idea(idea, None);
        }
        state.shuffle();
        state
            .pool()
            .iter()
            .map(|s| (*s).to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(replay(11), order);
    assert_ne!(replay(12), order);

    // Draw, say why, place with the Realist.
    click(&mut h, "Tirer l'idée suivante");
    assert_eq!(h.state().drawn(), Some(order[0].as_str()));
    type_into(&mut h, "Pourquoi ici ? (facultatif)", "C'est faisable vite");
    click(&mut h, "2 — Réaliste");
    assert_eq!(h.state().drawn(), None);
    // Keys 1 / 2 / 3 and the clicker come to the activity as actions (the host maps them).
    assert!(h.state_mut().on_action("next"));
    assert!(h.state_mut().on_action("place-1"));
    assert!(h.state_mut().on_action("next"));
    assert!(h.state_mut().on_action("place-3"));
    assert!(
        !h.state_mut().on_action("place-3"),
        "nothing drawn, nothing placed"
    );
    h.run();
    // The last idea goes straight to the wall; nobody has read it aloud yet.
    type_into(&mut h, "Nouvelle idée", "Pouvoir faire des pauses");
    click(&mut h, "Directement au mur : Rêveur");
    assert_eq!(
        h.state().columns(),
        [
            vec![order[1].clone(), "Pouvoir faire des pauses".to_owned()],
            vec![order[0].clone()],
            vec![order[2].clone()],
        ]
    );

    // Move with a button, then by drag and drop.
    click(&mut h, &format!("{} : vers Critique", order[0]));
    let from = h.get_by_label(&order[1]).rect().center();
    h.drag_at(from);
    h.run();
    let target = h.get_by_label(&order[0]).rect().center();
    h.hover_at(target);
    h.run();
    h.drop_at(target);
    h.run();

    // The moderator's rule: the note put straight on the wall shows as not read; the last
    // idea is still in the box, so not everything is read even once the wall is.
    h.get_by_label("1 idée attend encore dans la boîte, et 1 idée du mur n'a pas encore été lue.");
    click(&mut h, "Lue : Pouvoir faire des pauses");
    h.get_by_label("1 idée attend encore dans la boîte.");
    assert!(
        h.query_by_label("Toutes les idées du mur ont été lues.")
            .is_none()
    );

    let expected_wall = [
        vec!["Pouvoir faire des pauses".to_owned()],
        vec![],
        vec![order[2].clone(), order[0].clone(), order[1].clone()],
    ];
    assert_eq!(h.state().columns(), expected_wall);

    let outcome = h.state().outcome();
    let record: Record =
        atelier_plugin_api::from_ron(&outcome.record_data).expect("the record reads back");
    assert_eq!(record.topic, "Mon lieu de travail idéal");
    assert_eq!(
        record
            .wall
            .each_ref()
            .map(|c| c.iter().map(|n| n.text.clone()).collect::<Vec<_>>()),
        expected_wall
    );
    assert!(record.wall.iter().flatten().all(|n| n.read));
    let placed = &record.wall[2][1];
    assert_eq!(
        (placed.text.as_str(), placed.why.as_str()),
        (order[0].as_str(), "C'est faisable vite")
    );
    assert_eq!(
        record
            .pool
            .iter()
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>(),
        vec![order[3].as_str()]
    );
    assert!(record.drawn.is_none());
    assert_eq!(
        outcome.summary,
        "Mur « Mon lieu de travail idéal » : 1 Rêveur, 0 Réaliste, 3 Critique."
    );
    assert!(
        outcome.participants.iter().all(|p| p.takeaway.is_none()),
        "no takeaway unless the facilitator writes one"
    );
}

/// All the text a view draws.
fn drawn(h: &Harness<'static, WallState>) -> String {
    atelier_plugin_api::drawn_text(h.output())
}

#[test]
fn nothing_records_who_wrote_what() {
    let mut h = facilitator(BrainstormWall.create(&setup(5)));
    h.run();
    type_into(&mut h, "Le sujet", "Mon lieu de travail idéal");
    // Participants come to the keyboard in turn: what is already written stays hidden.
    click(
        &mut h,
        "Les participants écrivent à tour de rôle : cacher les idées déjà écrites",
    );
    collect(&mut h, &IDEAS[..2]);
    assert!(
        !drawn(&h).contains(IDEAS[0]),
        "the next writer does not see earlier ideas:\n{}",
        drawn(&h)
    );
    collect(&mut h, &IDEAS[2..]);
    click(&mut h, "Mélanger la boîte");
    click(&mut h, "Tirer l'idée suivante");
    click(&mut h, "1 — Rêveur");
    click(&mut h, "Tirer l'idée suivante");
    // The facilitator opens the takeaways and writes one, for one person only.
    click(&mut h, "Ce que retient chaque personne (facultatif)");
    type_into(&mut h, "Ce que retient Amina", "Oser proposer une idée");

    let draft = h.state().save().expect("saved");
    let record = h.state().outcome().record_data;
    for name in PEOPLE {
        let id = format!("p-{}", name.to_lowercase());
        assert!(!record.contains(name) && !record.contains(&id), "{record}");
    }
    for name in &PEOPLE[1..] {
        let id = format!("p-{}", name.to_lowercase());
        assert!(!draft.contains(name) && !draft.contains(&id), "{draft}");
    }
    // Notes hold an id, a text, a read mark and a why: no author field, and ids say nothing
    // about the typing order.
    let record: Record = atelier_plugin_api::from_ron(&record).expect("record");
    let mut notes: Vec<&Note> = record
        .pool
        .iter()
        .chain(record.drawn.iter())
        .chain(record.wall.iter().flatten())
        .collect();
    assert_eq!(notes.len(), 4);
    notes.sort_by_key(|n| n.id);
    let by_id: Vec<&str> = notes.iter().map(|n| n.text.as_str()).collect();
    assert_ne!(by_id, IDEAS.to_vec(), "ids do not follow the typing order");
    assert!(!draft.contains("author") && !draft.contains("writer"));
    // The facilitator's takeaway for Amina goes to her journey, and only there.
    let outcome = h.state().outcome();
    let amina = outcome
        .participants
        .iter()
        .find(|p| p.id == "p-amina")
        .expect("Amina");
    assert_eq!(amina.takeaway.as_deref(), Some("Oser proposer une idée"));
}

#[test]
fn the_box_order_does_not_follow_the_typing_order_even_before_a_shuffle() {
    let mut typed_first = 0;
    for seed in 0..20 {
        let mut state = BrainstormWall.create(&setup(seed));
        for idea in IDEAS {
            state.add_idea(idea, None);
        }
        if state.pool().first() == Some(&IDEAS[0]) {
            typed_first += 1;
        }
        assert_eq!(state.pool().len(), 4);
    }
    assert!(
        typed_first < 12,
        "the first writer's idea is not always first: {typed_first}/20"
    );
}

#[test]
fn a_draft_restores_mid_session() {
    let mut state = BrainstormWall.create(&setup(3));
    for idea in IDEAS {
        state.add_idea(idea, None);
    }
    state.shuffle();
    state.draw();
    state.place(1);
    state.add_idea("Pouvoir faire des pauses", Some(0));
    state.draw();
    let saved = state.save().expect("saved");

    let restored = BrainstormWall.restore(&setup(3), &saved).expect("restore");
    assert_eq!(restored.columns(), state.columns());
    assert_eq!(restored.pool(), state.pool());
    assert_eq!(restored.drawn(), state.drawn());
    assert_eq!(restored.unread(), 1);
    assert_eq!(restored.save().expect("saved"), saved);

    let broken = BrainstormWall.restore(&setup(3), "(topic: ");
    assert!(
        broken.is_err_and(|e| e.starts_with("Le brouillon du mur n'a pas pu être relu")),
        "a damaged draft is refused with a message"
    );
}

/// Text shapes the projector drew: (text, rectangle, font size).
fn projector_texts(state: WallState) -> (Vec<(String, egui::Rect, f32)>, WallState) {
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .build_ui_state(
            |ui, s: &mut WallState| {
                // The host's projector type: 32 points, headings half as large again.
                let style = ui.style_mut();
                for (text_style, font) in &mut style.text_styles {
                    font.size = match text_style {
                        egui::TextStyle::Heading => 48.0,
                        _ => 32.0,
                    };
                }
                s.projector_ui(ui, &ctx());
            },
            state,
        );
    h.run();
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, egui::Rect, f32)>) {
        match shape {
            egui::Shape::Text(text) => {
                let size = text
                    .galley
                    .job
                    .sections
                    .first()
                    .map_or(0.0, |s| s.format.font_id.size);
                out.push((
                    // A non-breaking space (french_spacing) reads as a space.
                    text.galley.text().replace('\u{a0}', " "),
                    text.visual_bounding_rect(),
                    size,
                ));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    (out, h.into_state())
}

#[test]
fn the_projector_fits_thirty_notes_a_column_and_shows_the_drawn_one_large() {
    let mut state = BrainstormWall.create(&setup(1));
    let mut h = facilitator(state);
    type_into(&mut h, "Le sujet", "Mon lieu de travail idéal");
    state = h.into_state();
    for n in 0..90 {
        state.add_idea(&format!("Idée {n} pour le mur"), Some(n % 3));
    }
    state.add_idea("Une idée tirée au sort", None);
    state.draw();
    state.add_idea("Une idée encore secrète", None);

    let (texts, _state) = projector_texts(state);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
    let find = |needle: &str| {
        texts
            .iter()
            .find(|(text, ..)| text == needle)
            .unwrap_or_else(|| panic!("{needle} not drawn"))
    };
    assert!(texts.iter().any(|(t, ..)| t == "Mon lieu de travail idéal"));
    let (_, _, drawn_size) = find("Une idée tirée au sort");
    for n in 0..90 {
        let (_, rect, size) = find(&format!("Idée {n} pour le mur"));
        assert!(
            screen.contains_rect(*rect),
            "note {n} is on screen: {rect:?}"
        );
        assert!(*size >= 16.0, "note {n} readable: {size}");
        assert!(drawn_size > size, "the drawn note is larger");
    }
    assert!(
        !texts.iter().any(|(t, ..)| t.contains("secrète")),
        "the box stays hidden"
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
    assert_eq!(BrainstormWall.descriptor().validate(), Ok(()));
}

#[test]
fn a_saved_wall_reads_as_three_columns() {
    let mut state = BrainstormWall.create(&setup(2));
    state.add_idea("Un bureau calme", None);
    state.add_idea("Un chef qui dit merci", None);
    state.draw();
    state.place(0);
    state.add_idea("Des horaires fixes", Some(2));
    let data = state.outcome().record_data;
    let mut h = Harness::builder()
        .with_size([1200.0, 600.0])
        .build_ui(move |ui| {
            let ctx = atelier_plugin_api::RecordContext {
                locale: Locale::Fr,
                names: Vec::new(),
            };
            BrainstormWall.record_ui(ui, &data, &ctx);
        });
    h.run();
    h.get_by_label("Rêveur");
    h.get_by_label("Critique");
    h.get_by_label("• Des horaires fixes (pas lue)");
    h.get_by_label("1 idée n'a pas été tirée.");
    let placed = state.columns()[0][0].clone();
    h.get_by_label(&format!("• {placed}"));
}

#[test]
fn notes_can_be_edited_and_duplicates_merged() {
    let mut state = BrainstormWall.create(&setup(4));
    state.add_idea("Des horaires fixes", Some(1));
    state.add_idea("Un chef gentil", Some(0));
    state.add_idea("Horaires réguliers", Some(2));
    let mut h = facilitator(state);
    h.run();
    // Edit a note's text.
    click(&mut h, "Modifier l'idée : Un chef gentil");
    click(&mut h, "Texte de l'idée");
    h.get_by_label("Texte de l'idée").type_text(" et patient");
    h.run();
    click(&mut h, "Terminé");
    h.get_by_label("Un chef gentil et patient");
    // Merge the two notes about hours: they become one, in the first one's column.
    click(&mut h, "Choisir pour fusionner : Des horaires fixes");
    assert!(
        h.query_by_label("Fusionner les idées choisies").is_none(),
        "two notes are needed"
    );
    click(&mut h, "Choisir pour fusionner : Horaires réguliers");
    click(&mut h, "Fusionner les idées choisies");
    assert_eq!(
        h.state().columns(),
        [
            vec!["Un chef gentil et patient".to_owned()],
            vec!["Des horaires fixes / Horaires réguliers".to_owned()],
            vec![],
        ]
    );
    // An idea off the topic can be taken off the wall.
    click(&mut h, "Retirer l'idée du mur : Un chef gentil et patient");
    assert_eq!(h.state().columns()[0], Vec::<String>::new());
}

#[test]
fn a_wall_too_full_for_the_screen_shows_the_newest_notes_and_counts_the_others() {
    let mut state = BrainstormWall.create(&setup(1));
    for n in 0..90 {
        state.add_idea(
            &format!("Idée {n} : un lieu calme, des collègues patients et des horaires connus"),
            Some(n % 3),
        );
    }
    state.add_idea(
        "Une idée tirée au sort, assez longue pour deux lignes au projecteur",
        None,
    );
    state.draw();
    let (texts, _state) = projector_texts(state);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
    let notes: Vec<&(String, egui::Rect, f32)> = texts
        .iter()
        .filter(|(t, ..)| t.starts_with("Idée "))
        .collect();
    assert!(notes.len() < 90, "not everything fits: {}", notes.len());
    for (text, rect, size) in &notes {
        assert!(screen.contains_rect(*rect), "{text} on screen: {rect:?}");
        assert!(*size >= 16.0, "{text} readable: {size}");
    }
    // Each column counts what it does not show, and shows its newest note.
    let counted: usize = texts
        .iter()
        .filter_map(|(t, ..)| {
            t.strip_prefix("+ ")
                .and_then(|rest| rest.split(' ').next())
                .and_then(|n| n.parse::<usize>().ok())
        })
        .sum();
    assert_eq!(counted + notes.len(), 90, "{texts:#?}");
    for newest in [87, 88, 89] {
        assert!(
            notes
                .iter()
                .any(|(t, ..)| t.starts_with(&format!("Idée {newest} :"))),
            "the newest note of each column is shown"
        );
    }
}

#[test]
fn every_projector_text_reads_at_seven_to_one_in_both_themes() {
    let mut h = facilitator(BrainstormWall.create(&setup(1)));
    type_into(&mut h, "Le sujet", "Mon lieu de travail idéal");
    let mut state = h.into_state();
    for n in 0..12 {
        state.add_idea(&format!("Idée {n} pour le mur"), Some(n % 3));
    }
    state.add_idea("Une idée tirée au sort", None);
    state.draw();
    let (texts, _state) = atelier_plugin_api::projector_frames(state, &ctx());
    for text in texts {
        for needle in ["Rêveur", "Une idée tirée au sort", "Idée 4 pour le mur"] {
            assert!(text.contains(needle), "{needle} drawn: {text}");
        }
    }
}

#[test]
fn an_idea_from_a_phone_goes_into_the_box_like_a_typed_one_with_no_author() {
    let mut h = facilitator(BrainstormWall.create(&setup(3)));
    type_into(&mut h, "Le sujet", "Mon lieu de travail idéal");
    let mut state = h.into_state();
    let inputs = state.phone_inputs(Locale::Fr);
    assert_eq!(inputs.len(), 1, "one input: an idea");
    assert_eq!(
        inputs[0].prompt, "Mon lieu de travail idéal",
        "the topic is the question"
    );
    assert!(state.on_phone_input(
        brainstorm_wall::PHONE_IDEA,
        &PhoneAnswer::Text(String::from("Un jardin <script>"))
    ));
    assert!(
        !state.on_phone_input("other", &PhoneAnswer::Text(String::from("Ailleurs"))),
        "an unknown input is refused"
    );
    assert!(
        !state.on_phone_input(
            brainstorm_wall::PHONE_IDEA,
            &PhoneAnswer::Text(String::from("   "))
        ),
        "nothing to add"
    );
    assert_eq!(
        state.pool(),
        ["Un jardin <script>"],
        "into the box, as written"
    );
    let saved = state.save().expect("draft");
    for trace in ["Amina", "p-", "127.0.0.1"] {
        assert!(!saved.contains(trace), "{trace} in the draft: {saved}");
    }
    let mut h = facilitator(state);
    h.run();
    h.get_by_label("1 idée dans la boîte.");
}

#[test]
fn every_idea_read_is_said_only_once_the_box_is_empty_and_ending_early_is_flagged() {
    let mut h = facilitator(BrainstormWall.create(&setup(11)));
    h.run();
    type_into(&mut h, "Le sujet", "Mon lieu de travail idéal");
    collect(&mut h, &IDEAS[..2]);
    assert_eq!(
        h.state().unfinished(Locale::Fr).as_deref(),
        Some("2 idées attendent encore dans la boîte.")
    );
    click(&mut h, "Tirer l'idée suivante");
    click(&mut h, "2 — Réaliste");
    // One idea read on the wall, one still in the box: not "every idea read".
    assert!(
        h.query_by_label("Toutes les idées du mur ont été lues.")
            .is_none(),
        "an idea is still in the box"
    );
    h.get_by_label("1 idée attend encore dans la boîte.");
    assert_eq!(
        h.state().unfinished(Locale::En).as_deref(),
        Some("1 idea is still waiting in the box.")
    );
    // Put straight on the wall and not read: both are said.
    type_into(&mut h, "Nouvelle idée", "Un coin calme");
    click(&mut h, "Directement au mur : Rêveur");
    h.get_by_label("1 idée attend encore dans la boîte, et 1 idée du mur n'a pas encore été lue.");
    click(&mut h, "Tirer l'idée suivante");
    click(&mut h, "1 — Rêveur");
    click(&mut h, "Lue : Un coin calme");
    h.get_by_label("Toutes les idées du mur ont été lues.");
    assert_eq!(h.state().unfinished(Locale::Fr), None, "nothing left");
}
