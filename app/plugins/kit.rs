//! The plugin kit: `atelier plugin new ID` writes a crate, in its own folder, that builds with a
//! plain `cargo build --release` into a library this Atelier accepts.
//!
//! What makes a library fit (see `PLUGINS.md`): the same compiler (`rust-toolchain.toml`), the
//! same plugin API source (a path to the Atelier source tree this binary was built from), and
//! the same compiled form of egui and every crate below it. The last one follows from the API
//! itself, which depends on `plugins/graph` (Atelier's whole dependency set with its features),
//! with the same `Cargo.lock` and `[profile]` settings, copied here from the source tree.

use std::path::{Path, PathBuf};

use atelier_plugin_api::host::{API_VERSION, CONTRACT_SOURCE, RUSTC_VERSION, contract_source_hash};

/// Why the kit wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum KitError {
    /// The id is not a valid activity id (and crate name).
    #[error(
        "the id {0:?} must be 1 to 48 lowercase letters, digits or '_', starting with a letter"
    )]
    BadId(String),
    /// The folder exists and is not empty: nothing is written over someone's work.
    #[error("{0} already exists and is not empty")]
    NotEmpty(PathBuf),
    /// No source tree was given and the one this binary was built from is gone.
    #[error("no Atelier source tree (give one with --atelier-src)")]
    NoSource,
    /// The folder is not an Atelier source tree.
    #[error("{0} is not an Atelier source tree (no plugins/api)")]
    NotASource(PathBuf),
    /// The source tree's plugin API is not the one this binary was built with.
    #[error("{path} has plugin API {found}, this Atelier was built from {expected}")]
    OtherSource {
        /// The tree.
        path: PathBuf,
        /// Its API version and contract fingerprint.
        found: String,
        /// This binary's.
        expected: String,
    },
    /// Reading the source tree or writing the crate failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What failed.
        source: std::io::Error,
    },
}

/// What `atelier plugin new` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The crate's folder.
    pub dir: PathBuf,
    /// The Atelier source tree its plugin API comes from.
    pub source: PathBuf,
    /// The toolchain it asks for.
    pub channel: String,
}

/// The rustup toolchain this binary's compiler is, from its version line: `1.95.0` for
/// `rustc 1.95.0 (59807616e 2026-04-14)`, `nightly-2026-04-14` for a nightly.
pub fn toolchain_channel() -> String {
    channel_of(RUSTC_VERSION)
}

fn channel_of(version_line: &str) -> String {
    let mut words = version_line.split_whitespace().skip(1);
    let version = words.next().unwrap_or("stable");
    let date = version_line
        .rsplit_once(' ')
        .map(|(_, d)| d.trim_end_matches(')'))
        .unwrap_or_default();
    match version.split_once('-') {
        Some((_, channel @ ("nightly" | "beta"))) if !date.is_empty() => {
            format!("{channel}-{date}")
        }
        _ => version.to_owned(),
    }
}

/// The source tree this binary was built from, when it is still there.
pub fn built_from() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    dir.join("plugins/api/Cargo.toml").is_file().then_some(dir)
}

/// Writes a new plugin crate `id` into `dir` (default `./id`), its plugin API taken from
/// `source` (default [`built_from`]).
///
/// # Errors
/// [`KitError`]; nothing is written unless every check passed, and nothing is written over
/// an existing file.
pub fn new_plugin(
    id: &str,
    dir: Option<&Path>,
    source: Option<&Path>,
) -> Result<Written, KitError> {
    let valid = id.len() <= 48
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !valid {
        return Err(KitError::BadId(id.to_owned()));
    }
    let source = match source {
        Some(path) => path.to_path_buf(),
        None => built_from().ok_or(KitError::NoSource)?,
    };
    let source = std::path::absolute(&source).map_err(|e| io(&source, e))?;
    let api = source.join("plugins/api");
    if !api.join("Cargo.toml").is_file() {
        return Err(KitError::NotASource(source));
    }
    let found = contract_source_hash(&api).unwrap_or_default();
    if found != CONTRACT_SOURCE {
        return Err(KitError::OtherSource {
            path: source,
            found: format!("{API_VERSION} ({found})"),
            expected: format!("{API_VERSION} ({CONTRACT_SOURCE})"),
        });
    }
    let lock = read(&source.join("Cargo.lock"))?;
    let manifest = read(&source.join("Cargo.toml"))?;

    let dir = dir.map_or_else(|| PathBuf::from(id), Path::to_path_buf);
    let occupied = std::fs::read_dir(&dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        return Err(KitError::NotEmpty(dir));
    }
    let channel = toolchain_channel();
    let fill = |template: &str| {
        template
            .replace("{{id}}", id)
            .replace("{{atelier_version}}", env!("CARGO_PKG_VERSION"))
            .replace("{{egui_version}}", atelier_plugin_api::host::EGUI_VERSION)
            .replace("{{api_path}}", &toml_string(&api))
            .replace("{{channel}}", &channel)
            .replace("{{rustc}}", RUSTC_VERSION)
            .replace("{{profiles}}", &profile_sections(&manifest))
    };
    let files: [(&str, String); 9] = [
        ("Cargo.toml", fill(include_str!("kit/Cargo.toml.in"))),
        ("Cargo.lock", lock),
        (
            "rust-toolchain.toml",
            fill(include_str!("kit/rust-toolchain.toml.in")),
        ),
        (".gitignore", String::from("/target\n")),
        ("README.md", fill(include_str!("kit/README.md.in"))),
        ("src/lib.rs", fill(include_str!("kit/lib.rs.in"))),
        ("i18n/fr.ftl", fill(include_str!("kit/fr.ftl.in"))),
        ("i18n/en.ftl", fill(include_str!("kit/en.ftl.in"))),
        (
            "tests/activity.rs",
            fill(include_str!("kit/activity_test.rs.in")),
        ),
    ];
    for (name, text) in &files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        // create_new: never over a file that appeared meanwhile.
        let mut file = std::fs::File::create_new(&path).map_err(|e| io(&path, e))?;
        std::io::Write::write_all(&mut file, text.as_bytes()).map_err(|e| io(&path, e))?;
    }
    Ok(Written {
        dir,
        source,
        channel,
    })
}

fn io(path: &Path, source: std::io::Error) -> KitError {
    KitError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn read(path: &Path) -> Result<String, KitError> {
    std::fs::read_to_string(path).map_err(|e| io(path, e))
}

/// `path` as a TOML basic string's contents (backslashes and quotes escaped, `/` separators).
fn toml_string(path: &Path) -> String {
    path.to_string_lossy()
        .replace('\\', "/")
        .replace('"', "\\\"")
}

/// Every `[profile…]` table of a Cargo.toml, with the comment lines just above each, verbatim.
fn profile_sections(manifest: &str) -> String {
    let mut out = String::new();
    let mut comments = String::new();
    let mut inside = false;
    for line in manifest.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            inside = trimmed.starts_with("[profile");
            if inside {
                out.push_str(&comments);
            }
            comments.clear();
        }
        if trimmed.starts_with('#') {
            comments.push_str(line);
            comments.push('\n');
            continue;
        }
        if inside {
            out.push_str(&comments);
            out.push_str(line);
            out.push('\n');
        }
        if !trimmed.is_empty() {
            comments.clear();
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_channel_is_read_off_the_compiler_version() {
        assert_eq!(channel_of("rustc 1.95.0 (59807616e 2026-04-14)"), "1.95.0");
        assert_eq!(
            channel_of("rustc 1.97.0-nightly (0123abcd 2026-05-01)"),
            "nightly-2026-05-01"
        );
        assert_eq!(
            channel_of("rustc 1.96.0-beta.3 (0123abcd 2026-05-01)"),
            "1.96.0-beta.3"
        );
    }

    #[test]
    fn profile_sections_are_copied_with_their_comments_and_nothing_else() {
        let manifest = "[package]\nname = \"x\"\n\n# Why sha2 is fast.\n[profile.dev.package.sha2]\nopt-level = 3\n\n# About deps.\n[dependencies]\nserde = \"1\"\n[profile.release]\nlto = false\n";
        assert_eq!(
            profile_sections(manifest),
            "# Why sha2 is fast.\n[profile.dev.package.sha2]\nopt-level = 3\n\n[profile.release]\nlto = false"
        );
    }

    #[test]
    fn ids_are_checked_and_nothing_is_written_over_work() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(matches!(
            new_plugin("Bad-Id", Some(dir.path()), None),
            Err(KitError::BadId(_))
        ));
        std::fs::write(dir.path().join("mine.txt"), "work").expect("write");
        assert!(matches!(
            new_plugin("good_id", Some(dir.path()), None),
            Err(KitError::NotEmpty(_))
        ));
        let not_source = tempfile::tempdir().expect("temp dir");
        assert!(matches!(
            new_plugin(
                "good_id",
                Some(&dir.path().join("new")),
                Some(not_source.path())
            ),
            Err(KitError::NotASource(_))
        ));
    }
}
