//! Loading activity plugins from shared libraries. All of Atelier's `unsafe` code is here.
//!
//! Order of the checks: the file loads as a library; it exports the declaration symbol; the
//! declaration starts with the magic number and the ABI version (fixed places, read before
//! anything else); the compiler, plugin-API and egui versions and egui's layout fingerprint
//! match this build; only then is the constructor called. A loaded library is never unloaded:
//! the activity it made, and every state that activity makes, point into its code.
#![expect(
    unsafe_code,
    reason = "loading shared libraries cannot be done in safe Rust"
)]

use std::path::{Path, PathBuf};

use atelier_plugin_api::{
    ABI_VERSION, API_VERSION, DECLARATION_SYMBOL, Descriptor, DynActivity, EGUI_VERSION, MAGIC,
    PluginDeclaration, PluginError, RUSTC_VERSION, egui_fingerprint,
};

/// Why a library was refused.
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
    /// The declaration's layout version differs.
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
    /// Built with another egui.
    #[error("built with egui {found}; Atelier uses {expected}")]
    Egui {
        /// The plugin's.
        found: String,
        /// Atelier's.
        expected: String,
    },
    /// Same egui version, but compiled with other features: its types differ in memory.
    #[error(
        "egui {EGUI_VERSION} was compiled separately or with other features (fingerprint {found:016x}, Atelier's {expected:016x})"
    )]
    EguiLayout {
        /// The plugin's fingerprint.
        found: u64,
        /// Atelier's.
        expected: u64,
    },
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

/// Compares a declaration's versions with this build's.
///
/// # Errors
/// The first part that differs: [`LoadError::Rustc`], [`LoadError::Api`], [`LoadError::Egui`]
/// or [`LoadError::EguiLayout`].
pub fn check(declaration: &PluginDeclaration) -> Result<(), LoadError> {
    let rustc = declaration.rustc_version.to_text();
    if rustc != RUSTC_VERSION {
        return Err(LoadError::Rustc {
            found: rustc,
            expected: RUSTC_VERSION.to_owned(),
        });
    }
    let api = declaration.api_version.to_text();
    if api != API_VERSION {
        return Err(LoadError::Api {
            found: api,
            expected: API_VERSION.to_owned(),
        });
    }
    let egui = declaration.egui_version.to_text();
    if egui != EGUI_VERSION {
        return Err(LoadError::Egui {
            found: egui,
            expected: EGUI_VERSION.to_owned(),
        });
    }
    // The versions match, so the plugin's function has this exact signature and code built
    // by this compiler; it only hashes type facts and cannot fail.
    let found = (declaration.egui_fingerprint)();
    let expected = egui_fingerprint();
    if found != expected {
        return Err(LoadError::EguiLayout { found, expected });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use atelier_plugin_api::FixedStr;

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

    #[test]
    fn mutated_declarations_are_refused_with_a_reason_never_a_panic() {
        fn declaration(rustc: FixedStr, api: FixedStr, egui: FixedStr) -> PluginDeclaration {
            PluginDeclaration {
                magic: MAGIC,
                abi_version: ABI_VERSION,
                rustc_version: rustc,
                api_version: api,
                egui_version: egui,
                egui_fingerprint,
                create: || Err(PluginError::Panicked(String::from("never called"))),
            }
        }
        let good = [
            FixedStr::new(RUSTC_VERSION),
            FixedStr::new(API_VERSION),
            FixedStr::new(EGUI_VERSION),
        ];
        assert_eq!(check(&declaration(good[0], good[1], good[2])), Ok(()));
        let mut state = 0x0A7E_11E2_u64;
        for case in 0..5_000 {
            let mut fields = good;
            let which = usize::try_from(next(&mut state) % 3).unwrap_or(0);
            let mut bytes = fields[which].bytes();
            for _ in 0..=(next(&mut state) % 4) {
                let i = usize::try_from(next(&mut state) % 96).unwrap_or(0);
                // Any byte: NUL in the middle, invalid UTF-8, none at the end.
                bytes[i] = u8::try_from(next(&mut state) % 256).unwrap_or(0);
            }
            fields[which] = FixedStr::from_bytes(bytes);
            let verdict = check(&declaration(fields[0], fields[1], fields[2]));
            let changed = fields[which].to_text() != good[which].to_text();
            match (which, verdict) {
                (_, Ok(())) => assert!(!changed, "case {case}: a changed version passed"),
                (0, Err(LoadError::Rustc { .. }))
                | (1, Err(LoadError::Api { .. }))
                | (2, Err(LoadError::Egui { .. })) => assert!(changed, "case {case}"),
                (_, other) => panic!("case {case}: field {which} gave {other:?}"),
            }
        }
    }
}
