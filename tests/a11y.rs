//! The app as a screen reader meets it: `tests/a11y/walk.py`, a real AT-SPI client (pyatspi),
//! walks Home, a journey, the setup and a running brainstorm wall up to the saved session, in
//! the real window under Xvfb, with the accessibility bus on in a private D-Bus session
//! (`tests/a11y/run.sh`). It fails on an unnamed focusable control, a collapsible section or
//! a drop-down list that does not say its state, a radio group of several Tab stops, or a
//! focus that does not land on the new screen.
//!
//! Skipped, with a message saying so, only when the tools are not installed (`.ci/run`
//! installs Debian's `at-spi2-core`, `python3-pyatspi`, `dbus`, `xvfb`, `xdotool`,
//! `x11-utils`).

use std::path::Path;
use std::process::Command;

/// What the walk needs that a machine may not have.
fn missing_tools() -> Vec<&'static str> {
    let mut missing = Vec::new();
    for (tool, found) in [
        ("dbus-run-session", which("dbus-run-session")),
        ("Xvfb", which("Xvfb")),
        ("xdotool", which("xdotool")),
        ("xdpyinfo", which("xdpyinfo")),
        (
            "at-spi-bus-launcher",
            Path::new("/usr/libexec/at-spi-bus-launcher").exists(),
        ),
        (
            "python3-pyatspi",
            Command::new("/usr/bin/python3")
                .args(["-c", "import pyatspi"])
                .output()
                .is_ok_and(|out| out.status.success()),
        ),
    ] {
        if !found {
            missing.push(tool);
        }
    }
    missing
}

fn which(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
}

#[test]
fn a_screen_reader_walks_home_a_journey_the_setup_and_a_wall_session() {
    let missing = missing_tools();
    if !missing.is_empty() {
        eprintln!(
            "skipped: the AT-SPI walk needs {} (.ci/run installs them)",
            missing.join(", ")
        );
        return;
    }
    let work = tempfile::tempdir().expect("temp dir");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/run.sh");
    let out = Command::new("timeout")
        .args(["300", "dbus-run-session", "--"])
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_atelier"))
        .arg(work.path())
        .output()
        .expect("run the walk");
    let said = String::from_utf8_lossy(&out.stdout);
    println!("{said}");
    let log = std::fs::read_to_string(work.path().join("app.log")).unwrap_or_default();
    assert!(
        out.status.success(),
        "the walk failed ({}):\n{said}\n{}\napp:\n{log}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("0 failed"), "{said}");
}
