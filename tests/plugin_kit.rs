//! The plugin kit, proved from outside the repository as a team would use it: `atelier plugin
//! new` writes a crate into a temporary folder, plain cargo builds it there (its own target
//! folder, the profile of the `atelier` binary under test), and that binary accepts the
//! library (`atelier plugin check`), lists it (`atelier plugins`), and this process runs it in
//! a session: create → facilitator view (found by label, typed into) → outcome → journey. The
//! kit's own tests pass in the new crate too. A second crate that switches on one more feature
//! of a shared crate is refused, naming that crate.
//!
//! Slow by nature (it compiles Atelier's dependency set once more, as a team's first build
//! does): about two minutes on two cores.

#[path = "common/session.rs"]
mod session;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use atelier::plugins::ActivityRegistry;
use atelier::session::{RunningSession, SystemClock};
use atelier_plugin_api::host::BUILD_PROFILE;
use egui_kittest::kittest::Queryable as _;
use session::{facilitator, session_setup, store_with};
use sessions::{Mode, ParticipantId};

/// Runs the `atelier` binary under test, in English; (exit code, stdout).
fn atelier(args: &[&str], extra: &[&Path]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["--lang", "en"])
        .args(args)
        .args(extra)
        .output()
        .expect("atelier runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    (out.status.code(), format!("{stdout}{stderr}"))
}

/// Writes plugin `id` with the kit into `parent/id`, from this source tree.
fn scaffold(parent: &Path, id: &str) -> PathBuf {
    let dir = parent.join(id);
    let source = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, out) = atelier(
        &["plugin", "new", id, "--dir"],
        &[&dir, Path::new("--atelier-src"), source],
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains(&format!("Plugin \"{id}\" written")), "{out}");
    dir
}

/// Plain cargo in `dir`, with the profile of the binary under test and `target` as its target
/// folder; panics with cargo's output if it fails.
fn cargo(dir: &Path, command: &str, target: &Path) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut run = Command::new(cargo);
    run.arg(command).arg("--offline").current_dir(dir);
    if BUILD_PROFILE == "release" {
        run.arg("--release");
    }
    // Nothing of this repository's build may leak into the team's: only the target folder is
    // set (the toolchain is the one running these tests, through RUSTUP_TOOLCHAIN).
    let out = run
        .env("CARGO_TARGET_DIR", target)
        .env_remove("CARGO_MANIFEST_DIR")
        .env_remove("CARGO_PRIMARY_PACKAGE")
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo {command} in {}:\n{}\n{}",
        dir.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn library(target: &Path, id: &str) -> PathBuf {
    target
        .join(BUILD_PROFILE)
        .join(atelier::commands::library_file_name(id))
}

#[test]
fn a_plugin_made_by_the_kit_outside_the_repository_is_accepted_and_runs() {
    let work = tempfile::tempdir().expect("temp dir");
    assert!(
        !work.path().starts_with(env!("CARGO_MANIFEST_DIR")),
        "the plugin is built outside Atelier's workspace"
    );
    let target = work.path().join("target");
    let dir = scaffold(work.path(), "tour_de_table");
    cargo(&dir, "build", &target);
    cargo(&dir, "test", &target);
    let lib = library(&target, "tour_de_table");

    // The binary under test accepts it and lists it.
    let (code, out) = atelier(&["plugin", "check"], &[&lib]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("accepted. Activity \"Check-in round\" (tour_de_table 0.1.0)"),
        "{out}"
    );
    let data = work.path().join("data");
    let plugin_dir = lib.parent().expect("folder");
    let (code, out) = atelier(
        &["plugins", "--data-dir"],
        &[&data, Path::new("--plugin-dir"), plugin_dir],
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("tour_de_table 0.1.0  Check-in round"), "{out}");

    // This process runs it in a collective session, as the app does.
    let mut registry = ActivityRegistry::default();
    registry.load_file(&lib);
    assert!(registry.refused().is_empty(), "{:?}", registry.refused());
    let activity = Arc::clone(registry.get("tour_de_table").expect("loaded"));
    let (_store_dir, store, people) = store_with(&[("p-ines", "Inès"), ("p-karim", "Karim")]);
    let setup = session_setup(people, Mode::Collective, Arc::new(SystemClock));
    let session = RunningSession::start(activity, &setup).expect("start");
    let mut harness = facilitator(session);
    harness.get_by_label("Le mot d'Inès").click();
    harness.run();
    harness.get_by_label("Le mot d'Inès").type_text("reposée");
    harness.run();
    let session = harness.state_mut();
    let outcome = session.outcome();
    assert_eq!(outcome.summary, "1 mot sur 2 personnes");
    let record = session.record(&outcome);
    store.save_session(&record).expect("save session");
    let ines = store
        .load_journey(&ParticipantId::parse("p-ines").expect("id"))
        .expect("journey")
        .value;
    assert_eq!(
        ines.link(&record.id).expect("linked").takeaway.as_deref(),
        Some("reposée")
    );
    assert!(ines.activity_data["tour_de_table"].ron.contains("reposée"));

    // One more feature of a crate below egui (smallvec's `write`): refused, naming it first.
    let other = scaffold(work.path(), "autre_graphe");
    let manifest = other.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let text = text.replace(
        "[dev-dependencies]",
        "smallvec = { version = \"1\", features = [\"write\"] }\n\n[dev-dependencies]",
    );
    std::fs::write(&manifest, text).expect("manifest");
    cargo(&other, "build", &target);
    let (code, out) = atelier(&["plugin", "check"], &[&library(&target, "autre_graphe")]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("refused, the libraries it shares with Atelier were not compiled as in Atelier: smallvec,"),
        "{out}"
    );
    assert!(out.contains("cargo tree -e features -i smallvec"), "{out}");
}

/// The `[…dependencies]` entries of a manifest: (name, the rest of the line).
fn dependencies(manifest: &str) -> Vec<(String, String)> {
    let mut inside = false;
    let mut out = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line.ends_with("dependencies]");
            continue;
        }
        if !inside || line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line.split_once('=').expect("key = value");
        let name = key.trim().trim_end_matches(".workspace").trim().to_owned();
        out.push((name, format!("{}={value}", key.trim())));
    }
    out
}

#[test]
fn every_crate_the_workspace_uses_is_in_the_shared_graph_with_its_features() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &Path| std::fs::read_to_string(root.join(path)).expect("manifest");
    let workspace = read(Path::new("Cargo.toml"));
    let declared = dependencies(workspace.split("[package]").next().unwrap_or_default());
    let third_party: Vec<&str> = declared
        .iter()
        .filter(|(_, line)| !line.contains("path ="))
        .map(|(name, _)| name.as_str())
        .collect();
    let graph: Vec<String> = dependencies(&read(Path::new("plugins/graph/Cargo.toml")))
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    for name in &third_party {
        assert!(
            graph.iter().any(|g| g == name),
            "{name} is a workspace dependency but not in plugins/graph/Cargo.toml: plugins \
             built outside this repository would get another dependency graph"
        );
    }
    // Members take third-party crates from the workspace as they are: a feature added in one
    // member would be missing from the graph plugins get.
    let mut manifests = vec![
        PathBuf::from("Cargo.toml"),
        PathBuf::from("sessions/Cargo.toml"),
    ];
    for entry in std::fs::read_dir(root.join("plugins")).expect("plugins folder") {
        let manifest = entry
            .expect("entry")
            .path()
            .strip_prefix(root)
            .expect("below the root")
            .join("Cargo.toml");
        // plugins/activities holds activity files, not a crate.
        if root.join(&manifest).is_file() {
            manifests.push(manifest);
        }
    }
    for manifest in &manifests {
        let text = read(manifest);
        // The root's [workspace.dependencies] are the declarations themselves.
        let members_part = text.split("[package]").nth(1).unwrap_or(&text);
        for (name, line) in dependencies(members_part) {
            if !third_party.contains(&name.as_str()) {
                continue;
            }
            assert!(
                line.contains("workspace = true") || line.starts_with(&format!("{name}.workspace")),
                "{}: {line} must use the workspace's declaration",
                manifest.display()
            );
            assert!(
                !line.contains("features"),
                "{}: {line} adds features that plugins/graph does not have",
                manifest.display()
            );
        }
    }
}
