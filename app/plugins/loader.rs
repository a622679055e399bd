//! Loading activity plugins from shared libraries. All of Atelier's `unsafe` code is here.
//!
//! Order of the checks: the file loads as a library; it exports the declaration symbol; the
//! declaration starts with the magic number and the ABI version (fixed places, read before
//! anything else); then, each named in the refusal when it differs, the compiler, the plugin
//! API's version and source, egui's version, the build profile, the layouts of the contract's
//! types and the identity of each shared crate below it; only then is the constructor called.
//! A loaded library is never unloaded: the activity it made, and every state that activity
//! makes, point into its code.
#![expect(
    unsafe_code,
    reason = "loading shared libraries cannot be done in safe Rust"
)]

use std::path::{Path, PathBuf};

use atelier_plugin_api::Descriptor;
use atelier_plugin_api::host::{
    ABI_VERSION, API_VERSION, BUILD_PROFILE, CONTRACT_SOURCE, DECLARATION_SYMBOL, DynActivity,
    EGUI_VERSION, MAGIC, PluginDeclaration, PluginError, RUSTC_VERSION, contract_layout,
    shared_crates,
};

/// Why a library was refused: which part of it differs from this Atelier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The file could not be loaded as a shared library.
    #[error("not a loadable library: {0}")]
    NotALibrary(String),
    /// The library has no Atelier declaration.
    #[error("no {DECLARATION_SYMBOL} symbol: not an Atelier plugin (use export_activity!)")]
    NoDeclaration,
    /// The declaration does not start with Atelier's magic number.
    #[error("the declaration does not start with Atelier's magic number")]
    BadMagic,
    /// The declaration's layout version differs: made for another Atelier.
    #[error("plugin ABI version {found}; Atelier uses {expected}")]
    Abi {
        /// The plugin's.
        found: u32,
        /// Atelier's.
        expected: u32,
    },
    /// Built by another compiler.
    #[error("built with {found}; Atelier was built with {expected}")]
    Rustc {
        /// The plugin's.
        found: String,
        /// Atelier's.
        expected: String,
    },
    /// Built against another version of the plugin API.
    #[error("built against plugin API {found}; Atelier uses {expected}")]
    Api {
        /// The plugin's.
        found: String,
        /// Atelier's.
        expected: String,
    },
    /// Same API version, but its source (the contract's types and traits) or their layouts
    /// differ: built against another state of Atelier's source.
    #[error(
        "built against another state of plugin API {API_VERSION} (contract {found}, Atelier's {expected})"
    )]
    Contract {
        /// The plugin's contract fingerprint.
        found: String,
        /// Atelier's.
        expected: String,
    },
    /// Built with another egui.
    #[error("built with egui {found}; Atelier uses {expected}")]
    Egui {
        /// The plugin's.
        found: String,
        /// Atelier's.
        expected: String,
    },
    /// Built with another cargo profile (debug against release).
    #[error("built in {found} mode; Atelier was built in {expected} mode")]
    Profile {
        /// The plugin's.
        found: String,
        /// Atelier's.
        expected: String,
    },
    /// Crates below the contract were compiled differently (other features, dependencies or
    /// settings), lowest first.
    #[error("shared crates compiled differently: {}", .0.join(", "))]
    SharedCrates(Vec<&'static str>),
    /// The constructor or the descriptor panicked.
    #[error("the plugin failed while starting: {0}")]
    Failed(PluginError),
    /// The descriptor is not usable.
    #[error("its descriptor is not usable: {0}")]
    BadDescriptor(String),
}

/// Whether a file name looks like a shared library on any platform.
pub fn is_library(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("so" | "dylib" | "dll")
    )
}

/// The shared libraries directly in `dir`, sorted by name; a missing folder has none.
pub fn libraries_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
                .map(|e| e.path())
                .filter(|p| is_library(p))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Loads the plugin library at `path` and makes its activity, after every check.
///
/// # Errors
/// [`LoadError`], with what the plugin's author must change.
pub fn load(path: &Path) -> Result<(Box<dyn DynActivity>, Descriptor), LoadError> {
    // SAFETY: loading a library runs its initialisers. Atelier only loads files the user put in
    // a plugin folder, which is the trust decision plugins imply; Rust plugins built with
    // export_activity! have no initialiser of their own.
    let library = unsafe { libloading::Library::new(path) }.map_err(|e| {
        let detail =
            std::error::Error::source(&e).map_or_else(|| e.to_string(), ToString::to_string);
        LoadError::NotALibrary(detail)
    })?;
    // Never unloaded: the activity and its states point into the library's code.
    let library: &'static libloading::Library = Box::leak(Box::new(library));

    // SAFETY: the symbol is looked up as an address only; nothing is read through it yet.
    let symbol = unsafe { library.get::<*const PluginDeclaration>(DECLARATION_SYMBOL.as_bytes()) }
        .map_err(|_missing| LoadError::NoDeclaration)?;
    let declaration: *const PluginDeclaration = *symbol;
    if declaration.is_null() {
        return Err(LoadError::NoDeclaration);
    }

    // SAFETY: an exported Atelier declaration is at least 12 bytes long: `magic` ([u8; 8]) at
    // offset 0 and `abi_version` (u32) at offset 8 in every version of the `#[repr(C)]` layout.
    // An unaligned read makes no assumption about the alignment of a foreign symbol.
    let header = unsafe { std::ptr::read_unaligned(declaration.cast::<[u8; HEADER_LEN]>()) };
    check_header(&header)?;
    // SAFETY: magic and ABI version match, so the symbol is a `PluginDeclaration` of this exact
    // `#[repr(C)]` layout, in a static that lives as long as the leaked library.
    let declaration: &'static PluginDeclaration = unsafe { &*declaration };

    check(declaration)?;
    let activity = (declaration.create)().map_err(LoadError::Failed)?;
    let descriptor = activity.descriptor().map_err(LoadError::Failed)?;
    descriptor.validate().map_err(LoadError::BadDescriptor)?;
    Ok((activity, descriptor))
}

/// Bytes of a declaration read before anything else: the magic number and the ABI version.
pub const HEADER_LEN: usize = 12;

/// Checks the first bytes of a declaration: Atelier's magic number, then this ABI version (in
/// the machine's byte order, as `#[repr(C)]` stores it).
///
/// # Errors
/// [`LoadError::BadMagic`] or [`LoadError::Abi`].
pub fn check_header(header: &[u8; HEADER_LEN]) -> Result<(), LoadError> {
    let (magic, abi) = header.split_at(8);
    if magic != MAGIC {
        return Err(LoadError::BadMagic);
    }
    let mut version = [0_u8; 4];
    version.copy_from_slice(abi);
    let found = u32::from_ne_bytes(version);
    if found != ABI_VERSION {
        return Err(LoadError::Abi {
            found,
            expected: ABI_VERSION,
        });
    }
    Ok(())
}

/// Compares a declaration with this build, in the order that names the cause: a library built
/// in debug mode also differs in every shared crate, but the profile is what to fix.
///
/// # Errors
/// The first part that differs: [`LoadError::Rustc`], [`LoadError::Api`],
/// [`LoadError::Contract`], [`LoadError::Egui`], [`LoadError::Profile`] or
/// [`LoadError::SharedCrates`].
pub fn check(declaration: &PluginDeclaration) -> Result<(), LoadError> {
    let differs = |found: &atelier_plugin_api::host::FixedStr, expected: &str| {
        let found = found.to_text();
        (found != expected).then(|| (found, expected.to_owned()))
    };
    if let Some((found, expected)) = differs(&declaration.rustc_version, RUSTC_VERSION) {
        return Err(LoadError::Rustc { found, expected });
    }
    if let Some((found, expected)) = differs(&declaration.api_version, API_VERSION) {
        return Err(LoadError::Api { found, expected });
    }
    if let Some((found, expected)) = differs(&declaration.contract_source, CONTRACT_SOURCE) {
        return Err(LoadError::Contract { found, expected });
    }
    if let Some((found, expected)) = differs(&declaration.egui_version, EGUI_VERSION) {
        return Err(LoadError::Egui { found, expected });
    }
    if let Some((found, expected)) = differs(&declaration.build_profile, BUILD_PROFILE) {
        return Err(LoadError::Profile { found, expected });
    }
    // The compiler and the contract's source match, so the plugin's functions have these exact
    // signatures, compiled by this compiler; they only hash type facts and cannot fail.
    let (found, expected) = ((declaration.contract_layout)(), contract_layout());
    if found != expected {
        return Err(LoadError::Contract {
            found: format!("{CONTRACT_SOURCE}/{found:016x}"),
            expected: format!("{CONTRACT_SOURCE}/{expected:016x}"),
        });
    }
    let differing = (declaration.shared_crates)().differing(&shared_crates());
    if !differing.is_empty() {
        return Err(LoadError::SharedCrates(differing));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_plugin_api::host::{FixedStr, SharedCrates};

    /// xorshift64*, seeded: the same cases on every run.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn header() -> [u8; HEADER_LEN] {
        let mut header = [0_u8; HEADER_LEN];
        header[..8].copy_from_slice(&MAGIC);
        header[8..].copy_from_slice(&ABI_VERSION.to_ne_bytes());
        header
    }

    #[test]
    fn mutated_headers_are_refused_with_a_reason_never_a_panic() {
        assert_eq!(check_header(&header()), Ok(()));
        let mut state = 0xDEC1_A7E5_u64;
        for case in 0..20_000 {
            let mut bytes = header();
            for _ in 0..=(next(&mut state) % 3) {
                let i = usize::try_from(next(&mut state) % 12).unwrap_or(0);
                bytes[i] ^= 1 << (next(&mut state) % 8);
            }
            match check_header(&bytes) {
                Ok(()) => assert_eq!(bytes, header(), "case {case}: only the real header passes"),
                Err(LoadError::BadMagic) => assert_ne!(bytes[..8], MAGIC, "case {case}"),
                Err(LoadError::Abi { found, .. }) => assert_ne!(found, ABI_VERSION),
                Err(other) => panic!("case {case}: unexpected {other:?}"),
            }
        }
    }

    /// A declaration with these texts (rustc, API, contract, egui, profile) and this build's
    /// functions.
    fn declaration(texts: &[FixedStr; 5]) -> PluginDeclaration {
        PluginDeclaration {
            rustc_version: texts[0],
            api_version: texts[1],
            contract_source: texts[2],
            egui_version: texts[3],
            build_profile: texts[4],
            ..PluginDeclaration::new(|| Err(PluginError::Panicked(String::from("never called"))))
        }
    }

    fn good() -> [FixedStr; 5] {
        [
            FixedStr::new(RUSTC_VERSION),
            FixedStr::new(API_VERSION),
            FixedStr::new(CONTRACT_SOURCE),
            FixedStr::new(EGUI_VERSION),
            FixedStr::new(BUILD_PROFILE),
        ]
    }

    #[test]
    fn mutated_declarations_are_refused_naming_the_part_never_a_panic() {
        assert_eq!(check(&declaration(&good())), Ok(()));
        let mut state = 0x0A7E_11E2_u64;
        for case in 0..5_000 {
            let mut fields = good();
            let which = usize::try_from(next(&mut state) % 5).unwrap_or(0);
            let mut bytes = fields[which].bytes();
            for _ in 0..=(next(&mut state) % 4) {
                let i = usize::try_from(next(&mut state) % 96).unwrap_or(0);
                // Any byte: NUL in the middle, invalid UTF-8, none at the end.
                bytes[i] = u8::try_from(next(&mut state) % 256).unwrap_or(0);
            }
            fields[which] = FixedStr::from_bytes(bytes);
            let verdict = check(&declaration(&fields));
            let changed = fields[which].to_text() != good()[which].to_text();
            match (which, verdict) {
                (_, Ok(())) => assert!(!changed, "case {case}: a changed text passed"),
                (0, Err(LoadError::Rustc { .. }))
                | (1, Err(LoadError::Api { .. }))
                | (2, Err(LoadError::Contract { .. }))
                | (3, Err(LoadError::Egui { .. }))
                | (4, Err(LoadError::Profile { .. })) => assert!(changed, "case {case}"),
                (_, other) => panic!("case {case}: field {which} gave {other:?}"),
            }
        }
    }

    #[test]
    fn layouts_and_shared_crates_are_checked_after_the_texts() {
        fn other_layout() -> u64 {
            contract_layout() ^ 1
        }
        fn other_graph() -> SharedCrates {
            let mut crates = shared_crates();
            crates.0[2] ^= 1; // zerocopy
            crates.0[12] ^= 1; // epaint
            crates
        }
        let mut changed_layout = declaration(&good());
        changed_layout.contract_layout = other_layout;
        assert!(matches!(
            check(&changed_layout),
            Err(LoadError::Contract { .. })
        ));
        let mut changed_graph = declaration(&good());
        changed_graph.shared_crates = other_graph;
        assert_eq!(
            check(&changed_graph),
            Err(LoadError::SharedCrates(vec!["zerocopy", "epaint"]))
        );
        // A debug library into a release Atelier differs everywhere: the profile is named.
        let mut texts = good();
        texts[4] = FixedStr::new(if BUILD_PROFILE == "debug" {
            "release"
        } else {
            "debug"
        });
        let mut debug = declaration(&texts);
        debug.shared_crates = other_graph;
        assert!(matches!(check(&debug), Err(LoadError::Profile { .. })));
    }
}
