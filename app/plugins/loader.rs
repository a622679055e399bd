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
    // Unaligned reads make no assumption about the alignment of a foreign symbol.
    let (magic, abi_version) = unsafe {
        (
            std::ptr::read_unaligned(declaration.cast::<[u8; 8]>()),
            std::ptr::read_unaligned(declaration.cast::<u8>().add(8).cast::<u32>()),
        )
    };
    if magic != MAGIC {
        return Err(LoadError::BadMagic);
    }
    if abi_version != ABI_VERSION {
        return Err(LoadError::Abi {
            found: abi_version,
            expected: ABI_VERSION,
        });
    }
    // SAFETY: magic and ABI version match, so the symbol is a `PluginDeclaration` of this exact
    // `#[repr(C)]` layout, in a static that lives as long as the leaked library.
    let declaration: &'static PluginDeclaration = unsafe { &*declaration };

    check(declaration)?;
    let activity = (declaration.create)().map_err(LoadError::Failed)?;
    let descriptor = activity.descriptor().map_err(LoadError::Failed)?;
    descriptor.validate().map_err(LoadError::BadDescriptor)?;
    Ok((activity, descriptor))
}

/// Compares a declaration's versions with this build's.
fn check(declaration: &PluginDeclaration) -> Result<(), LoadError> {
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
