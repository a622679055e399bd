//! The `atelier` binary end to end: real processes on real data folders.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn atelier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .env_remove("ATELIER_DATA_DIR")
        .env_remove("ATELIER_DATABASE")
        .env_remove("ATELIER_LANG")
        .env("LANG", "C")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

#[path = "../sessions/tests/pg/mod.rs"]
mod pg;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn demo(dir: &Path) -> String {
    let data = dir.join("data");
    let data = data.to_str().expect("utf-8 path").to_owned();
    let out = atelier(&["demo", &data]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    data
}

#[test]
fn demo_then_check_is_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let out = atelier(&["check", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(
        text(&out.stdout).trim(),
        "10 parcours, 24 comptes rendus, 0 brouillon : aucun problème."
    );
    // The environment variable works too, and English is complete.
    let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["check", "--lang", "en"])
        .env("ATELIER_DATA_DIR", &data)
        .output()
        .expect("runs");
    assert_eq!(
        text(&out.stdout).trim(),
        "10 journeys, 24 records, 0 drafts: no problems."
    );
    // A second demo into the same folder is refused.
    assert_eq!(atelier(&["demo", &data]).status.code(), Some(1));
}

#[test]
fn check_locates_problems_and_repair_completes_an_interrupted_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let journey = Path::new(&data).join("journeys/p-demo-amina.ron");
    let original = fs::read_to_string(&journey).expect("read");
    // As if the save had stopped after the record: drop one link from the journey.
    let cut = original
        .find("        (\n            session: \"s-")
        .expect("a link");
    let end =
        original[cut..].find("        ),\n").expect("end of link") + cut + "        ),\n".len();
    let without_link = format!("{}{}", &original[..cut], &original[end..]);
    fs::write(&journey, without_link).expect("write");
    // And a corrupt journey.
    let corrupt = Path::new(&data).join("journeys/p-demo-bastien.ron");
    fs::write(&corrupt, "(\n    format_version: 1,\n    id: oops,\n").expect("write");

    let out = atelier(&["check", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("p-demo-bastien.ron:3:"),
        "located: {stdout}"
    );
    assert!(
        stdout.contains("p-demo-amina.ron:1:1: le parcours de p-demo-amina n'a pas encore le lien"),
        "{stdout}"
    );
    assert!(stdout.contains("2 problèmes, dont 1 réparable"), "{stdout}");

    let out = atelier(&["check", "--repair", "--data-dir", &data]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the corrupt file still needs a person"
    );
    assert!(
        text(&out.stdout).contains("1 problème réparé"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(
        fs::read_to_string(&journey).expect("read"),
        original,
        "the link is back, exactly"
    );
    fs::remove_file(&corrupt).expect("remove");
    // Removing a journey by hand leaves records naming an unknown participant: reported.
    let out = atelier(&["check", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("p-demo-bastien n'a pas de parcours"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn export_and_erase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let to = dir.path().join("out");
    let to = to.to_str().expect("utf-8");
    let out = atelier(&[
        "export",
        "--participant",
        "p-demo-chloe",
        "--to",
        to,
        "--data-dir",
        &data,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let export = Path::new(to).join("atelier-p-demo-chloe");
    assert!(export.join("journey.ron").is_file());
    // Next to the raw data, her own printable document, in plain words.
    let journey = fs::read_to_string(export.join("journey.ron")).expect("journey");
    let html = fs::read_to_string(export.join("mon-parcours.html")).expect("html");
    let markdown = fs::read_to_string(export.join("mon-parcours.md")).expect("markdown");
    for document in [&html, &markdown] {
        assert!(document.contains("Mon parcours — Chloé"), "{document}");
        assert!(document.contains("Ce que je retiens :"), "{document}");
        for private in ["Garnier", "(privées)"] {
            assert!(!document.contains(private), "{private}: {document}");
        }
    }
    // Every takeaway of her timeline is in it.
    let takeaways: Vec<&str> = journey
        .lines()
        .filter_map(|l| l.trim().strip_prefix("takeaway: Some(\""))
        .filter_map(|l| l.strip_suffix("\"),"))
        .collect();
    assert!(!takeaways.is_empty(), "{journey}");
    for takeaway in takeaways {
        let escaped = takeaway.replace('\'', "&#39;");
        assert!(html.contains(&escaped), "{takeaway}");
    }
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("@media print"));

    // Without --yes and without a terminal, nothing is erased.
    let out = atelier(&[
        "erase",
        "--participant",
        "p-demo-chloe",
        "--data-dir",
        &data,
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--yes"));
    assert!(Path::new(&data).join("journeys/p-demo-chloe.ron").exists());

    let out = atelier(&[
        "erase",
        "--participant",
        "p-demo-chloe",
        "--yes",
        "--data-dir",
        &data,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("p-demo-chloe a été effacé"));
    let check = atelier(&["check", "--data-dir", &data]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    let mut stack = vec![Path::new(&data).to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("list").flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else {
                let content = fs::read_to_string(entry.path()).expect("read");
                assert!(
                    !content.contains("p-demo-chloe") && !content.contains("Garnier"),
                    "{}",
                    entry.path().display()
                );
            }
        }
    }
    let out = atelier(&[
        "erase",
        "--participant",
        "p-demo-chloe",
        "--yes",
        "--data-dir",
        &data,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Aucun parcours pour l'identifiant p-demo-chloe"));

    // A journey that is a link to a file elsewhere: erase does what it can, says plainly
    // what it could not, and does not end as if all were done.
    #[cfg(unix)]
    {
        let journey = Path::new(&data).join("journeys/p-demo-amina.ron");
        let elsewhere = dir.path().join("amina-ailleurs.ron");
        fs::rename(&journey, &elsewhere).expect("moved");
        std::os::unix::fs::symlink(&elsewhere, &journey).expect("link");
        let check = atelier(&["check", "--data-dir", &data]);
        assert_eq!(check.status.code(), Some(1));
        assert!(
            text(&check.stdout).contains("lien symbolique vers"),
            "{}",
            text(&check.stdout)
        );
        let out = atelier(&[
            "erase",
            "--participant",
            "p-demo-amina",
            "--yes",
            "--data-dir",
            &data,
        ]);
        let said = text(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{said}");
        assert!(
            said.contains(&format!(
                "Pas effacé, à faire vous-même : {} (c'est un lien symbolique vers {}",
                journey.display(),
                elsewhere.display()
            )),
            "{said}"
        );
        assert!(
            elsewhere.is_file(),
            "nothing is read or erased through a link"
        );
    }
}

#[test]
fn plugin_help_is_about_plugins() {
    let out = atelier(&["plugin", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let said = text(&out.stdout);
    assert!(said.contains("atelier plugin new ID"), "{said}");
    assert!(said.contains("PLUGINS.md"), "{said}");
    assert!(
        !said.contains("atelier erase"),
        "not the general help: {said}"
    );
    let out = atelier(&["plugin", "--help", "--lang", "en"]);
    assert!(text(&out.stdout).starts_with("Atelier — plugins"));
}

#[test]
fn bad_arguments_and_missing_folders_say_what_to_do() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("nope");
    let missing = missing.to_str().expect("utf-8");
    for (args, code, needle) in [
        (
            vec!["check", "--data-dir", missing],
            2,
            "n'existe pas. Créez-le avec « atelier demo",
        ),
        (vec!["frobnicate"], 2, "Commande inconnue : « frobnicate »"),
        (vec!["check", "--force"], 2, "Option inconnue"),
        (
            vec!["export", "--participant", "../../etc/passwd", "--to", "x"],
            2,
            "séparateur de chemin",
        ),
        (
            vec!["export", "--participant", "p-x"],
            2,
            "Il manque l'option --to DOSSIER",
        ),
        (
            vec!["erase", "--participant", "CON", "--yes"],
            2,
            "contient « C »",
        ),
        (vec!["--lang", "de"], 2, "Langue inconnue"),
        (vec!["--lang", "en", "demo"], 2, "Missing the folder"),
        (
            vec![
                "export",
                "--participant",
                "p-x",
                "--to",
                "y",
                "--data-dir",
                missing,
                "--lang",
                "en",
            ],
            2,
            "does not exist",
        ),
        (
            vec!["erase", "--participant", "../x", "--lang=en"],
            2,
            "contains a path separator",
        ),
    ] {
        let out = atelier(&args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(stderr.lines().count() <= 2, "one line and a hint: {stderr}");
    }
    let out = atelier(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("atelier check [--repair]"));
}

#[test]
fn commands_use_the_data_folder_chosen_in_the_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let config = dir.path().join("config");
    std::fs::create_dir_all(config.join("atelier")).expect("mkdir");
    std::fs::write(
        config.join("atelier").join("settings.ron"),
        format!("(data_dir: Some({data:?}))"),
    )
    .expect("write settings");
    let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .arg("check")
        .env_remove("ATELIER_DATA_DIR")
        .env("XDG_CONFIG_HOME", &config)
        .env("LANG", "C")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("10 parcours, 24 comptes rendus"),
        "{}",
        text(&out.stdout)
    );
}

/// Replaces the display name in a demo journey file by `name`.
fn rename_in_file(path: &Path, name: &str) {
    let text = fs::read_to_string(path).expect("journey");
    let start = text.find("display_name: \"").expect("name field") + "display_name: \"".len();
    let end = start + text[start..].find('"').expect("end of name");
    let mut out = String::with_capacity(text.len() + name.len());
    out.push_str(&text[..start]);
    out.push_str(name);
    out.push_str(&text[end..]);
    fs::write(path, out).expect("write");
}

#[test]
fn check_reports_files_over_their_bounds_and_leaves_them_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let journeys = Path::new(&data).join("journeys");
    let mut files: Vec<_> = fs::read_dir(&journeys)
        .expect("journeys")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    // A 50 MB first name, and one of 5,000 characters (a small file, a field over its bound).
    let huge = files[0].clone();
    rename_in_file(&huge, &"A".repeat(50 << 20));
    let long = files[1].clone();
    rename_in_file(&long, &"B".repeat(5_000));
    let huge_before = fs::metadata(&huge).expect("huge").len();
    let long_before = fs::read(&long).expect("long");

    let out = atelier(&["check", "--data-dir", &data]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let huge_line = stdout
        .lines()
        .find(|l| l.starts_with(&huge.display().to_string()))
        .expect("the huge file is named");
    assert!(
        huge_line.contains("plus que les 8,0 Mo permis") && huge_line.contains("reste intact"),
        "{huge_line}"
    );
    let long_line = format!(
        "{}:4:19: le champ « display_name » fait 5000 caractères, plus que les 200 permis.",
        long.display()
    );
    assert!(stdout.contains(&long_line), "{stdout}");
    assert!(
        stdout.contains("8 parcours"),
        "the others are read: {stdout}"
    );
    assert_eq!(
        fs::metadata(&huge).expect("huge").len(),
        huge_before,
        "untouched"
    );
    assert_eq!(fs::read(&long).expect("long"), long_before, "untouched");

    // Repair does not touch them either.
    let out = atelier(&["check", "--repair", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert_eq!(fs::metadata(&huge).expect("huge").len(), huge_before);
}

/// The example of `ACTIVITIES.md`, as a person copies it.
fn guide_example() -> String {
    let guide = include_str!("../ACTIVITIES.md");
    let start = guide.find("```ron\n").expect("an example") + "```ron\n".len();
    let end = start + guide[start..].find("```").expect("its end");
    guide[start..end].to_owned()
}

#[test]
fn activity_files_are_checked_alone_or_with_the_folder_and_listed_with_their_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let activities = Path::new(&data).join("activities");
    let file = activities.join("carte_metier.ron");
    fs::write(&file, guide_example()).expect("written");
    let file = file.to_str().expect("utf-8 path");

    // The guide's example is ready, as the guide says.
    let out = atelier(&["check", file]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(
        text(&out.stdout).trim(),
        format!("{file} : « Ma carte métier » (carte_metier) est prête, 3 étapes, 5 champs.")
    );

    // A typo and a taken id, in the folder: the data is fine, the files are not.
    fs::write(
        activities.join("bilan.ron"),
        guide_example()
            .replace("carte_metier", "bilan_etape")
            .replace(
                "kind: ShortText,\n                    keep",
                "kind: Shorttext,\n                    keep",
            ),
    )
    .expect("written");
    fs::write(activities.join("copie.ron"), guide_example()).expect("written");
    let out = atelier(&["check", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let stdout = text(&out.stdout);
    let bilan = activities.join("bilan.ron");
    let copie = activities.join("copie.ron");
    for line in [
        "10 parcours, 24 comptes rendus, 0 brouillon : aucun problème.".to_owned(),
        format!("{file} : « Ma carte métier » (carte_metier) est prête."),
        format!(
            "{} : ligne 21, colonne 27 : « Shorttext » n'est pas un type de champ connu. Vouliez-vous écrire « ShortText » ? Types possibles : ShortText, LongText, List, SingleChoice, MultipleChoice, Checklist, Scale, Likert, Date.",
            bilan.display()
        ),
        format!(
            "{} : ligne 4 : l'identifiant « carte_metier » est déjà pris par {file} ; la première reste active.",
            copie.display()
        ),
        "Fichiers d'activité : 1 prêt, 2 refusés.".to_owned(),
    ] {
        assert!(
            stdout.lines().any(|l| l == line),
            "{line:?} not in:\n{stdout}"
        );
    }

    // `plugins` says where each activity comes from, and why files were refused.
    let out = atelier(&["plugins", "--data-dir", &data]);
    let stdout = text(&out.stdout);
    for line in [
        "  bilan_etape 1.1.0  Bilan d'étape  fichier fourni avec Atelier : bilan_etape.ron"
            .to_owned(),
        format!("  carte_metier 1  Ma carte métier  {file}"),
        "  miracle_question 0.1.0  Question miracle  fournie avec Atelier".to_owned(),
    ] {
        assert!(
            stdout.lines().any(|l| l == line),
            "{line:?} not in:\n{stdout}"
        );
    }
    assert!(stdout.contains("Shorttext"), "{stdout}");

    // In English, the same refusal.
    let out = atelier(&["check", "--lang", "en", bilan.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains(": line 21, column 27: \"Shorttext\" is not a known field kind. Did you mean \"ShortText\"?"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn report_writes_the_period_printable_or_as_csv_without_a_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let store = sessions::Store::open(&data).expect("store");
    let journeys = store.load_journeys().items;
    let today = chrono::Local::now().date_naive();
    // The last twelve months: every demo fact is inside, whatever today is.
    let period = sessions::report::Period {
        from: today - chrono::Duration::days(365),
        to: today,
    };
    let from = period.from.format("%Y-%m-%d").to_string();
    let to = today.format("%Y-%m-%d").to_string();
    let expected = store.report(period);

    let html_path = dir.path().join("rapport.html");
    let html_path = html_path.to_str().expect("utf-8");
    let out = atelier(&[
        "report",
        "--data-dir",
        &data,
        "--from",
        &from,
        "--to",
        &to,
        "--out",
        html_path,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        format!("Rapport écrit : {html_path}")
    );
    let html = fs::read_to_string(html_path).expect("written");
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("<svg"),
        "{html}"
    );
    assert!(html.contains(&format!(
        "<tr><td title=\"Les personnes dont le parcours était ouvert à un moment de la période : entrées avant sa fin, et pas sorties avant son début.\">File active</td><td class=\"n\">{}</td></tr>",
        expected.caseload
    )));
    // One person left: in an export, "< 3".
    assert_eq!(expected.exits.values().sum::<usize>(), 1);
    assert!(
        html.contains(">Sorties</td><td class=\"n\">&lt; 3</td>"),
        "{html}"
    );

    let markdown = text(
        &atelier(&[
            "report",
            "--data-dir",
            &data,
            "--from",
            &from,
            "--format",
            "md",
            "--lang",
            "en",
        ])
        .stdout,
    );
    assert!(
        markdown.starts_with("# The service's activity\n"),
        "{markdown}"
    );
    assert!(markdown.contains("| Exits | < 3 |"), "{markdown}");

    let report_as = |format: &str| {
        text(
            &atelier(&[
                "report",
                "--data-dir",
                &data,
                "--from",
                &from,
                "--format",
                format,
            ])
            .stdout,
        )
    };
    let sessions_csv = report_as("csv");
    let mut lines = sessions_csv.lines();
    assert_eq!(
        lines.next(),
        Some("date,mois,activite,mode,participants,minutes")
    );
    assert_eq!(lines.count(), expected.session_list.len());
    assert!(
        sessions_csv.contains(",individuel,< 3,45"),
        "{sessions_csv}"
    );

    let people_csv = report_as("csv-people");
    // What was masked first (lines starting with #), then the header, then one row a person.
    let data_lines: Vec<&str> = people_csv
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .collect();
    assert!(people_csv.starts_with("# "), "{people_csv}");
    assert_eq!(data_lines.len(), 1 + expected.caseload);
    assert!(data_lines[0].starts_with("code,entree,"), "{people_csv}");
    assert!(
        data_lines.iter().skip(1).all(|l| l.starts_with("P-")),
        "{people_csv}"
    );
    // Codes change with every export: nobody can be followed from one to the next.
    let again = report_as("csv-people");
    assert_ne!(people_csv, again);

    // No name, first name, id or note in any export.
    for export in [&html, &markdown, &sessions_csv, &people_csv] {
        for journey in &journeys {
            let j = &journey.value;
            for trace in [
                j.display_name.as_str(),
                j.last_name.expose().as_deref().unwrap_or("-"),
                j.id.as_str(),
                "privée",
            ] {
                assert!(!export.contains(trace), "{trace:?} in an export:\n{export}");
            }
        }
    }

    let out = atelier(&["report", "--data-dir", &data, "--from", "31/13/2026"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("Date incomprise : « 31/13/2026 »"),
        "{}",
        text(&out.stderr)
    );
    let out = atelier(&["report", "--data-dir", &data, "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
}

/// `atelier` with an encrypted folder's passphrase in the environment (and no settings).
fn atelier_with(passphrase: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_atelier"));
    command
        .args(args)
        .env_remove("ATELIER_DATA_DIR")
        .env_remove("ATELIER_LANG")
        .env_remove("ATELIER_PASSPHRASE")
        .env("ATELIER_SETTINGS", "/nonexistent/atelier-settings.ron")
        .env("LANG", "C")
        .stdin(Stdio::null());
    if let Some(passphrase) = passphrase {
        command.env("ATELIER_PASSPHRASE", passphrase);
    }
    command.output().expect("the binary runs")
}

#[test]
fn a_folder_is_encrypted_used_and_decrypted_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let phrase = Some("trois mots tranquilles");
    // Whose passphrase: asked.
    let out = atelier_with(phrase, &["encrypt", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("--name"),
        "{}",
        text(&out.stderr)
    );
    let out = atelier_with(
        phrase,
        &["encrypt", "--name", "Claire", "--data-dir", &data],
    );
    let said = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{said}{}", text(&out.stderr));
    assert!(said.contains("Dossier chiffré : "), "{said}");
    assert!(said.contains("Clé de secours"), "{said}");
    assert!(
        said.contains("10 parcours, 24 comptes rendus, 0 brouillon : aucun problème."),
        "verified by check: {said}"
    );
    for entry in fs::read_dir(Path::new(&data).join("journeys"))
        .expect("journeys")
        .flatten()
    {
        let bytes = fs::read(entry.path()).expect("journey");
        assert!(
            sessions::vault::is_sealed(&bytes),
            "{}",
            entry.path().display()
        );
    }
    // Without its passphrase, a command says how to give it.
    let out = atelier_with(None, &["check", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--passphrase-file"),
        "{}",
        text(&out.stderr)
    );
    // With it (in a file, first line), commands work on the encrypted folder.
    let file = dir.path().join("phrase.txt");
    fs::write(&file, "trois mots tranquilles\n").expect("file");
    let file = file.to_str().expect("utf-8").to_owned();
    let out = atelier_with(
        None,
        &["check", "--passphrase-file", &file, "--data-dir", &data],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // A wrong one is said.
    let out = atelier_with(Some("pas la bonne phrase"), &["check", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("n'ouvre pas"),
        "{}",
        text(&out.stderr)
    );
    // Back to clear: verified, and the plain commands work again.
    let out = atelier_with(phrase, &["decrypt", "--data-dir", &data]);
    let said = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{said}{}", text(&out.stderr));
    assert!(said.contains("Dossier en clair : "), "{said}");
    let out = atelier_with(None, &["check", "--data-dir", &data]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!Path::new(&data).join("keys.ron").exists());
}

#[test]
fn a_folder_moves_to_the_database_and_every_command_works_there() {
    let Some(db) = pg::TestDb::new("cli") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let data = demo(dir.path());
    let local = dir.path().join("local");
    let local = local.to_str().expect("utf-8 path");
    let address = db.address();
    let mut said = String::new();
    let mut run = |args: &[&str], code: i32| {
        let out = atelier(args);
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stdout}{stderr}");
        said.push_str(&stdout);
        said.push_str(&stderr);
        stdout
    };
    let setup = run(&["--database", &address, "database", "setup"], 0);
    assert!(setup.contains("rien à changer"), "{setup}");
    let moved = run(
        &[
            "--data-dir",
            local,
            "migrate",
            "--from-folder",
            &data,
            "--to",
            &address,
        ],
        0,
    );
    assert!(
        moved.contains("10 parcours et 24 séances de chaque côté"),
        "{moved}"
    );
    run(
        &[
            "--data-dir",
            local,
            "migrate",
            "--from-folder",
            &data,
            "--to",
            &address,
        ],
        1,
    );
    let check = run(&["--database", &address, "--data-dir", local, "check"], 0);
    assert_eq!(
        check.trim(),
        "10 parcours, 24 comptes rendus, 0 brouillon : aucun problème."
    );
    let period = [
        "report",
        "--from",
        "2026-01-01",
        "--to",
        "2026-11-30",
        "--format",
        "csv",
    ];
    let on_folder = run(&[&["--data-dir", &data][..], &period[..]].concat(), 0);
    let on_database = run(
        &[
            &["--database", &address, "--data-dir", local][..],
            &period[..],
        ]
        .concat(),
        0,
    );
    assert_eq!(on_folder, on_database, "the same report on both");
    run(
        &[
            "--database",
            &address,
            "--data-dir",
            local,
            "erase",
            "--participant",
            "p-demo-amina",
            "--yes",
        ],
        0,
    );
    let audit = run(
        &[
            "--database",
            &address,
            "--data-dir",
            local,
            "database",
            "audit",
        ],
        0,
    );
    assert!(audit.contains("\terase\t"), "{audit}");
    assert!(audit.contains("\tmigrate\t"), "{audit}");
    assert!(
        !audit.contains("p-demo-amina"),
        "erased from the audit log too: {audit}"
    );
    let back = dir.path().join("back");
    let back = back.to_str().expect("utf-8 path");
    run(
        &[
            "--lang",
            "en",
            "--data-dir",
            local,
            "migrate",
            "--from",
            &address,
            "--to-folder",
            back,
        ],
        0,
    );
    let check = run(&["--data-dir", back, "check"], 0);
    assert!(check.starts_with("9 parcours"), "{check}");
    let sent = run(&["--database", &address, "--data-dir", local, "send"], 0);
    assert!(sent.contains("Aucune séance envoyée"), "{sent}");
    assert!(
        !said.contains("atelier-test-admin"),
        "the password is never said"
    );
}
