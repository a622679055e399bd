//! Mutation fuzzing of the loaders (journeys, records, drafts), seeded so every run in CI is
//! the same and a failure can be replayed: byte flips, truncations, invalid UTF-8, huge
//! numbers, deep nesting, duplicated keys and lines, spliced chunks. The verdict for every
//! case: no panic, and an error names the file (and, for a parse error, a line and column
//! inside the text).
//!
//! `ATELIER_FUZZ_SEED` and `ATELIER_FUZZ_CASES` (per file) change the run; a case that fails
//! is written to `target/fuzz-failures/` to be added to `tests/fuzz_corpus/`, whose files are
//! checked on every run.

mod common;
use common::files_below;

use std::fs;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

use sessions::fuzz::{Rng, mutate};
use sessions::{Draft, FormatError, Journey, SessionRecord, Store, StoreError, Versioned};

/// Reads `path` as `T` without panicking; checks the error names the file and is located.
fn verdict<T: Versioned>(path: &Path, text_lines: usize) -> Result<(), String> {
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| sessions::read_file::<T>(path)));
    match result {
        Err(_) => Err(String::from("panicked")),
        Ok(Ok(_)) => Ok(()),
        Ok(Err(error)) => {
            let shown = error.to_string();
            if !shown.starts_with(&path.display().to_string()) {
                return Err(format!("the error does not name the file: {shown}"));
            }
            if let StoreError::File(file) = &error
                && let FormatError::Syntax { line, col, .. } = &file.error
                && (*line == 0 || *col == 0 || *line > text_lines + 1)
            {
                return Err(format!(
                    "position {line}:{col} is outside the text: {shown}"
                ));
            }
            Ok(())
        }
    }
}

fn failures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("target")
        .join("fuzz-failures")
}

fn fuzz_kind<T: Versioned>(seeds: &[PathBuf], kind: &str, rng: &mut Rng, cases: u64) -> usize {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut failures = Vec::new();
    let mut tried = 0;
    for seed in seeds {
        let original = fs::read(seed).expect("seed file");
        let path = dir.path().join(seed.file_name().expect("name"));
        for case in 0..cases {
            let mut bytes = mutate(rng, &original);
            // Sometimes several mutations at once.
            for _ in 0..rng.below(3) {
                bytes = mutate(rng, &bytes);
            }
            fs::write(&path, &bytes).expect("write case");
            let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
            tried += 1;
            if let Err(why) = verdict::<T>(&path, lines) {
                let out = failures_dir().join(format!("{kind}-{case}.ron"));
                let _ignored = fs::create_dir_all(failures_dir());
                let _ignored = fs::write(&out, &bytes);
                failures.push(format!("{}: {why}", out.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{kind}: {failures:#?}");
    tried
}

#[test]
fn mutated_files_never_panic_and_errors_are_located() {
    let seed = sessions::fuzz::env_number("ATELIER_FUZZ_SEED", 0xA7E1_1E12);
    let cases = sessions::fuzz::env_number("ATELIER_FUZZ_CASES", 150);
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let journeys = files_below(&dir.path().join("journeys"));
    let records: Vec<_> = files_below(&dir.path().join("sessions"))
        .into_iter()
        .step_by(3)
        .collect();
    // A draft, from a record's content.
    let draft_dir = dir.path().join("drafts");
    let draft = Draft {
        format_version: Draft::CURRENT_VERSION,
        id: sessions::DraftId::parse("d-fuzz").expect("id"),
        activity: sessions::ActivityRef {
            id: "brainstorm_wall".into(),
            version: "1.0.0".into(),
        },
        mode: sessions::Mode::Collective,
        start: chrono::DateTime::parse_from_rfc3339("2026-11-20T14:00:00+01:00").expect("time"),
        saved_at: chrono::DateTime::parse_from_rfc3339("2026-11-20T14:30:00+01:00").expect("time"),
        place: "Salle Olympe".into(),
        facilitators: vec!["Inès".into()],
        participants: vec![sessions::DraftParticipant {
            stage: None,
            id: sessions::ParticipantId::parse("p-demo-amina").expect("id"),
            display_name: "Amina".into(),
        }],
        activity_state: "(topic: \"Un emploi qui me va\", pool: [(id: 7, text: \"idée\")])".into(),
        facilitator_notes: sessions::Private::new("note".into()),
    };
    store.save_draft(&draft).expect("draft");
    let drafts = files_below(&draft_dir);

    let tried = fuzz_kind::<Journey>(&journeys, "journey", &mut rng, cases)
        + fuzz_kind::<SessionRecord>(&records, "record", &mut rng, cases)
        + fuzz_kind::<Draft>(&drafts, "draft", &mut rng, cases * 5);
    eprintln!("{tried} mutated files read (seed {seed:#x})");
}

#[test]
fn the_corpus_of_found_cases_stays_fixed() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fuzz_corpus");
    let files = files_below(&corpus);
    assert!(!files.is_empty(), "the corpus is there");
    for file in files {
        let text = fs::read(&file).expect("case");
        let lines = text.iter().filter(|b| **b == b'\n').count() + 1;
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        let result = match name.as_deref().and_then(|n| n.split('-').next()) {
            Some("journey") => verdict::<Journey>(&file, lines),
            Some("record") => verdict::<SessionRecord>(&file, lines),
            Some("draft") => verdict::<Draft>(&file, lines),
            other => Err(format!("unknown kind {other:?}")),
        };
        assert_eq!(result, Ok(()), "{}", file.display());
    }
}
