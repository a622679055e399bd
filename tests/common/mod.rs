//! Helpers shared by the end-to-end tests: a fixed clock and the plugin libraries of this build.

use std::path::{Path, PathBuf};

use atelier_plugin_api::{Clock, Timestamp};

/// 2026-11-20 10:00 in Paris, always.
pub struct FixedClock;

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        Timestamp {
            unix_seconds: 1_795_165_200,
            offset_seconds: 3600,
        }
    }
}

/// The folder cargo put this build's plugin libraries in (`target/<profile>`).
pub fn plugin_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/<test>-<hash> → target/<profile>
    exe.parent()
        .and_then(Path::parent)
        .expect("target folder")
        .to_path_buf()
}

/// The path of plugin library `name` of this build; fails with what to run if it is missing.
pub fn library(name: &str) -> PathBuf {
    let path = plugin_dir().join(atelier::commands::library_file_name(name));
    assert!(
        path.is_file(),
        "{} is missing: run `cargo build --workspace --all-targets` before the tests (see README)",
        path.display()
    );
    path
}
