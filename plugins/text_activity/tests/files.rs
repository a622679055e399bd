//! Activity files read and checked: the shipped ones, each kind of mistake a person makes
//! (located, in a sentence), and mutations of the shipped files (fuzzing).

use atelier_plugin_api::Locale;
use text_activity::{Position, Problem, SHIPPED, SpecError, parse};

/// A small valid activity, to break one piece at a time.
const SMALL: &str = r#"(
    id: "petit",
    version: "1",
    name: (fr: "Petit", en: "Small"),
    description: "Pour essayer.",
    steps: [
        (
            title: "Première étape",
            prompt: "Comment ça va ?",
            fields: [
                (id: "humeur", label: "Humeur", kind: Scale(min: 0, max: 10), chart: "Humeur"),
                (id: "idees", label: "Idées", kind: List, for: Group, anonymous: true),
            ],
        ),
    ],
)"#;

/// The kind of `SMALL`'s first field, replaced to try journey roles on it.
const HUMEUR: &str = "kind: Scale(min: 0, max: 10), chart: \"Humeur\"";
/// A stage review's decision, as a field's kind and role.
const DECISION: &str = "kind: SingleChoice(options: [\"Poursuivre\", \"Relais\", \"Arrêter\"]), journey: StageDecision";

fn error(source: &str) -> SpecError {
    parse(source).expect_err("refused")
}

#[test]
fn the_shipped_activities_are_read_complete_in_french_and_english() {
    let mut ids = Vec::new();
    for (name, text) in SHIPPED {
        let spec =
            parse(text).unwrap_or_else(|e| panic!("{name}: {}", e.located_message(Locale::En)));
        assert_eq!(format!("{}.ron", spec.id), name, "file named after its id");
        assert!(spec.steps.len() >= 2, "{name}: more than one step");
        // Every text has its English: written back, no `en: None` is left.
        let written = atelier_plugin_api::to_ron(&spec).expect("written");
        assert!(
            !written.contains("en: None"),
            "{name} lacks English somewhere"
        );
        ids.push(spec.id);
    }
    ids.dedup();
    assert_eq!(ids.len(), SHIPPED.len(), "one id each");
    atelier_plugin_api::check_sources(
        include_str!("../i18n/fr.ftl"),
        include_str!("../i18n/en.ftl"),
    )
    .expect("texts complete");
}

#[test]
fn a_text_is_a_plain_string_or_french_and_english() {
    // Windows line ends and Notepad's byte order mark are fine.
    let windows = format!("\u{feff}{}", SMALL.replace('\n', "\r\n"));
    assert_eq!(parse(&windows), parse(SMALL));
    let spec = parse(SMALL).expect("read");
    assert_eq!(spec.description.fr, "Pour essayer.");
    assert_eq!(
        spec.description.get(Locale::En),
        "Pour essayer.",
        "French when no English"
    );
    assert_eq!(spec.name.get(Locale::En), "Small");
}

#[test]
fn an_unknown_field_kind_lists_the_kinds_and_is_located() {
    let source = SMALL.replace("kind: List", "kind: Liste");
    let e = error(&source);
    assert_eq!(e.at.line, 12, "{e:?}");
    assert!(
        matches!(&e.problem, Problem::UnknownKind { found, nearest: Some(n) } if found == "Liste" && n == "List"),
        "{e:?}"
    );
    let fr = e.located_message(Locale::Fr);
    assert!(fr.starts_with("ligne 12, colonne "), "{fr}");
    assert!(
        fr.contains("« Liste » n'est pas un type de champ connu. Vouliez-vous écrire « List » ?"),
        "{fr}"
    );
    assert!(fr.contains("ShortText, LongText, List, SingleChoice, MultipleChoice, Checklist, Scale, Likert, Date"), "{fr}");
    let e = error(&SMALL.replace("kind: List", "kind: Slider"));
    let en = e.message(Locale::En);
    assert!(
        en.starts_with("\"Slider\" is not a known field kind. Possible kinds: ShortText"),
        "{en}"
    );
}

#[test]
fn a_typo_in_a_key_names_the_nearest_key() {
    let e = error(&SMALL.replace("prompt:", "promt:"));
    assert_eq!(e.at.line, 9, "{e:?}");
    assert_eq!(
        e.message(Locale::Fr),
        "La clé « promt » n'existe pas ici. Vouliez-vous écrire « prompt » ?"
    );
    let e = error(&SMALL.replace("(fr: \"Petit\"", "(fe: \"Petit\""));
    assert!(
        e.message(Locale::En).contains("Did you mean \"fr\"?"),
        "{e:?}"
    );
    let e = error(&SMALL.replace("anonymous: true", "zzz: true"));
    assert!(
        e.message(Locale::Fr)
            .contains("Clés possibles : id, label, kind, for"),
        "{e:?}"
    );
}

#[test]
fn syntax_mistakes_say_what_to_write() {
    let cases = [
        (
            SMALL.replace("\"1\",\n", "\"1\"\n"),
            "Il manque une virgule",
        ),
        (
            SMALL.replace("\"Humeur\")", "Humeur)"),
            "Un texte doit être écrit entre guillemets",
        ),
        (
            SMALL.replace("(fr: \"Petit\"", "(fr: \"Petit"),
            "Il manque une virgule entre deux éléments, ou des guillemets",
        ),
        (SMALL[..SMALL.len() - 3].to_owned(), "s'arrête trop tôt"),
        (
            SMALL.replace("min: 0,", "min: zéro,"),
            "Un nombre entier est attendu",
        ),
        (
            SMALL.replace("anonymous: true", "anonymous: oui"),
            "true (oui) ou false (non)",
        ),
        (format!("{SMALL} )"), "Il reste du texte après"),
        (
            SMALL.replace("steps: [", "modes: Tous, steps: ["),
            "« Tous » n'est pas une valeur possible ici.",
        ),
        (
            SMALL.replace("    version: \"1\",\n", ""),
            "Il manque la clé « version »",
        ),
        (
            SMALL.replace("for: Group,", "for: Group, for: Group,"),
            "écrite deux fois",
        ),
    ];
    for (source, expected) in cases {
        let e = error(&source);
        let message = e.located_message(Locale::Fr);
        assert!(
            message.contains(expected),
            "{expected:?} not in {message:?}"
        );
        assert!(
            e.at.line >= 1 && e.at.line <= source.lines().count() + 1,
            "{e:?}"
        );
    }
}

#[test]
fn what_serde_cannot_see_is_checked_and_located_at_its_field() {
    let cases = [
        (
            SMALL.replace("\"idees\"", "\"humeur\""),
            12,
            Problem::DuplicateFieldId("humeur".into()),
        ),
        (
            SMALL.replace("max: 10", "max: 0"),
            11,
            Problem::ScaleRange { min: 0, max: 0 },
        ),
        (
            SMALL.replace("for: Group, anonymous", "anonymous"),
            12,
            Problem::AnonymousNotGroupText,
        ),
        (
            SMALL.replace("\"petit\"", "\"Petit Truc\""),
            2,
            Problem::BadId("Petit Truc".into()),
        ),
        (
            SMALL.replace(
                "kind: List, for: Group, anonymous: true",
                "kind: List, chart: \"x\"",
            ),
            12,
            Problem::ChartNotScale,
        ),
        (
            SMALL.replace("kind: List, for", "kind: List, chart: \"x\", for"),
            12,
            Problem::AnonymousWithPerson,
        ),
        (
            SMALL.replace("chart: \"Humeur\"", "takeaway: \"{valeur}\""),
            11,
            Problem::TakeawayPlaceholder("{valeur}".into()),
        ),
        (
            SMALL.replace(
                "Scale(min: 0, max: 10), chart: \"Humeur\"",
                "Date, show_on_projector: true",
            ),
            11,
            Problem::ProjectorKind("Date".into()),
        ),
        (
            SMALL.replace("title: \"Première étape\"", "title: \"  \""),
            8,
            Problem::EmptyText,
        ),
        // A stage review's journey roles: each on the kind it needs, once, for each person,
        // and only beside the decision.
        (
            SMALL.replace(HUMEUR, "kind: Scale(min: 0, max: 10), journey: NextGoal"),
            11,
            Problem::JourneyKind("NextGoal"),
        ),
        (
            SMALL.replace(
                HUMEUR,
                "kind: SingleChoice(options: [\"a\", \"b\"]), journey: StageDecision",
            ),
            11,
            Problem::JourneyKind("StageDecision"),
        ),
        (
            SMALL.replace(HUMEUR, "kind: ShortText, journey: NextGoal"),
            11,
            Problem::JourneyWithoutDecision,
        ),
        (
            SMALL
                .replace(HUMEUR, DECISION)
                .replace("anonymous: true", "anonymous: true, journey: NextActions"),
            12,
            Problem::JourneyGroup,
        ),
        (
            SMALL.replace(
                HUMEUR,
                &format!("{DECISION}), (id: \"encore\", label: \"Encore\", {DECISION}"),
            ),
            11,
            Problem::JourneyTwice("StageDecision"),
        ),
    ];
    for (source, line, problem) in cases {
        let e = error(&source);
        assert_eq!(e.problem, problem, "{source}");
        assert_eq!(e.at.line, line, "{problem:?}");
        assert!(!e.message(Locale::Fr).is_empty() && !e.message(Locale::En).is_empty());
    }
}

#[test]
fn a_huge_or_deeply_nested_file_is_refused_quickly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let huge = dir.path().join("enorme.ron");
    std::fs::write(&huge, vec![b' '; 50 << 20]).expect("written");
    let e = text_activity::read_file(&huge).expect_err("refused");
    assert_eq!(
        e,
        SpecError::new(Position::START, Problem::TooLarge { bytes: 50 << 20 })
    );
    assert!(
        e.message(Locale::Fr).contains("51200 Ko"),
        "{}",
        e.message(Locale::Fr)
    );

    let deep = format!(
        "(id: \"x\", version: \"1\", name: \"x\", description: \"x\", steps: [(title: \"t\", prompt: \"p\", fields: [(id: \"a\", label: {}",
        "(".repeat(200_000)
    );
    let e = error(&deep);
    assert!(e.at.line >= 1, "{e:?}");
    let e = error(&"[".repeat(500_000));
    assert!(e.at.line >= 1, "{e:?}");
}

#[test]
fn a_file_that_is_not_utf8_says_so_where_it_stops_being_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("latin1.ron");
    let mut bytes = b"(\n  id: \"x\",\n  name: \"".to_vec();
    bytes.push(0xE9);
    std::fs::write(&path, bytes).expect("written");
    let e = text_activity::read_file(&path).expect_err("refused");
    assert_eq!(e.problem, Problem::NotUtf8);
    assert_eq!(
        e.at,
        Position {
            line: 3,
            column: 10
        }
    );
}

/// Random mutations of the shipped files never panic, and every refusal is located inside
/// the file. `ATELIER_FUZZ_CASES` and `ATELIER_FUZZ_SEED` change the run.
#[test]
fn mutated_activity_files_never_panic_and_every_error_is_located() {
    let cases = sessions::fuzz::env_number("ATELIER_FUZZ_CASES", 3_000);
    let mut rng = sessions::fuzz::Rng(sessions::fuzz::env_number("ATELIER_FUZZ_SEED", 0x5eed_ac71));
    let mut refused = 0;
    for case in 0..cases {
        let (name, text) = SHIPPED[rng.below(SHIPPED.len())];
        let mut bytes = text.as_bytes().to_vec();
        for _ in 0..=rng.below(3) {
            bytes = sessions::fuzz::mutate(&mut rng, &bytes);
        }
        let Ok(source) = String::from_utf8(bytes) else {
            continue;
        };
        if let Err(e) = parse(&source) {
            refused += 1;
            let lines = source.lines().count() + 1;
            assert!(
                e.at.line >= 1 && e.at.line <= lines && e.at.column >= 1,
                "case {case} of {name}: {e:?} outside {lines} lines"
            );
            assert!(!e.message(Locale::Fr).trim().is_empty(), "case {case}");
        }
    }
    assert!(
        refused > cases / 2,
        "the mutations break most files ({refused} of {cases})"
    );
}

#[test]
fn a_comma_forgotten_at_a_line_end_is_shown_at_that_line_end_with_the_fix() {
    // `version: "1"` lost its comma: the parser only stops on the next line.
    let e = error(&SMALL.replace("\"1\",\n", "\"1\"   // la version\n"));
    assert_eq!(
        e.at,
        Position {
            line: 3,
            column: 17
        },
        "{e:?}"
    );
    assert_eq!(
        e.located_message(Locale::Fr),
        "ligne 3, colonne 17 : Il manque une virgule à la fin de cette ligne, après « version: \"1\" » : \
         ajoutez « , » juste après. Chaque élément d'une liste ou d'un groupe se termine par une virgule."
    );
    assert!(
        e.message(Locale::En)
            .starts_with("A comma is missing at the end of this line, after \"version: \"1\"\""),
        "{e:?}"
    );
    // In a list, a line below a blank line and a comment.
    let e = error(&SMALL.replacen("),\n", ")\n\n    // une autre\n", 1));
    assert!(
        matches!(&e.problem, Problem::CommaAtLineEnd { after } if after.ends_with(')')),
        "{e:?}"
    );
}

#[test]
fn a_file_notepad_saved_as_ron_txt_is_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("petit.ron.txt"), SMALL).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "pas une activité").expect("write");
    let found = text_activity::read_dir(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.ends_with("petit.ron.txt"));
    assert!(found[0].1.is_ok());
}
