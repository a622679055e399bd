//! The shared-library entry point: a `#[repr(C)]` [`PluginDeclaration`] the loader reads
//! before anything else, and the [`export_activity!`](crate::export_activity) macro that
//! writes it.
//!
//! The loader checks, in order: the magic number, the ABI version (both at fixed places, so
//! they read the same whatever built the library), then the compiler version, this crate's
//! version, egui's version and a fingerprint of egui's types as compiled. Only then does it
//! call the constructor. Rust has no stable ABI: a plugin works only when all of these match.

use crate::guard::{DynActivity, Guarded, PluginError, guard};

/// First bytes of every declaration.
pub const MAGIC: [u8; 8] = *b"ATELIER\x01";
/// Layout version of [`PluginDeclaration`] and of the traits that cross the boundary
/// ([`DynActivity`], [`crate::DynState`]); bumped whenever a field after `abi_version` or a
/// trait method changes, because the loader trusts the rest once this number matches.
/// History: 1 had `egui_fingerprint` as a number; 2 has it as a function; 3 adds
/// `DynActivity::journey_ui`, `has_journey_view` and `forget`, and `record_ui` takes a
/// `RecordContext`.
pub const ABI_VERSION: u32 = 3;
/// This crate's version: a plugin must be built against the same.
pub const API_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The compiler that built this crate.
pub const RUSTC_VERSION: &str = env!("ATELIER_RUSTC_VERSION");
/// The egui version this crate is pinned to (`=` in Cargo.toml; a test checks they agree).
pub const EGUI_VERSION: &str = "0.37.0";
/// The symbol name of the declaration in a plugin library.
pub const DECLARATION_SYMBOL: &str = "ATELIER_PLUGIN_DECLARATION";

/// A short text stored inline (no pointers), NUL-padded.
#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct FixedStr([u8; 96]);

impl FixedStr {
    /// Stores `text`, cut to 96 bytes.
    pub const fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut out = [0u8; 96];
        let mut i = 0;
        while i < bytes.len() && i < out.len() {
            out[i] = bytes[i];
            i += 1;
        }
        Self(out)
    }

    /// The raw bytes, as stored in a library.
    pub const fn bytes(&self) -> [u8; 96] {
        self.0
    }

    /// Wraps raw bytes read from a library (any bytes: the text is only ever read through
    /// [`Self::to_text`]).
    pub const fn from_bytes(bytes: [u8; 96]) -> Self {
        Self(bytes)
    }

    /// The text (invalid UTF-8 is replaced).
    pub fn to_text(&self) -> String {
        let end = self.0.iter().position(|b| *b == 0).unwrap_or(self.0.len());
        String::from_utf8_lossy(&self.0[..end]).into_owned()
    }
}

impl std::fmt::Debug for FixedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_text())
    }
}

/// Creates the plugin's activity, inside the plugin's panic guard.
pub type Constructor = fn() -> Result<Box<dyn DynActivity>, PluginError>;

/// What a plugin library exports under [`DECLARATION_SYMBOL`].
#[repr(C)]
#[derive(Debug)]
pub struct PluginDeclaration {
    /// Always [`MAGIC`].
    pub magic: [u8; 8],
    /// [`ABI_VERSION`] as the plugin was built.
    pub abi_version: u32,
    /// [`RUSTC_VERSION`] as the plugin was built.
    pub rustc_version: FixedStr,
    /// [`API_VERSION`] as the plugin was built.
    pub api_version: FixedStr,
    /// [`EGUI_VERSION`] as the plugin was built.
    pub egui_version: FixedStr,
    /// The plugin's own [`egui_fingerprint`] function; called only after the versions match.
    pub egui_fingerprint: fn() -> u64,
    /// Makes the activity; call only after every check passed.
    pub create: Constructor,
}

impl PluginDeclaration {
    /// A declaration with this build's versions. Used by [`export_activity!`](crate::export_activity).
    pub const fn new(create: Constructor) -> Self {
        Self {
            magic: MAGIC,
            abi_version: ABI_VERSION,
            rustc_version: FixedStr::new(RUSTC_VERSION),
            api_version: FixedStr::new(API_VERSION),
            egui_version: FixedStr::new(EGUI_VERSION),
            egui_fingerprint,
            create,
        }
    }
}

/// Builds the guarded activity: the constructor [`export_activity!`](crate::export_activity)
/// generates.
///
/// # Errors
/// [`PluginError::Panicked`] if making the activity panicked.
pub fn construct<A: crate::Activity>(
    make: impl FnOnce() -> A,
) -> Result<Box<dyn DynActivity>, PluginError> {
    guard(|| Box::new(Guarded(make())) as Box<dyn DynActivity>)
}

/// A fingerprint of egui as compiled: the sizes, alignments and type identities of the types
/// that cross between the host and a plugin.
///
/// Sizes change with cargo features; type identities change whenever egui was compiled
/// separately (another cargo command, another dependency graph), which breaks egui's own
/// type-keyed maps (themes, plugins, memory) even when every size is the same.
pub fn egui_fingerprint() -> u64 {
    use std::any::TypeId;
    use std::hash::{Hash as _, Hasher as _};
    use std::mem::{align_of, size_of};
    let layout = [
        size_of::<egui::Ui>(),
        align_of::<egui::Ui>(),
        size_of::<egui::Context>(),
        size_of::<egui::Response>(),
        size_of::<egui::Style>(),
        size_of::<egui::Visuals>(),
        size_of::<egui::style::Spacing>(),
        size_of::<egui::Memory>(),
        size_of::<egui::PlatformOutput>(),
        size_of::<egui::FullOutput>(),
        size_of::<egui::RawInput>(),
        size_of::<egui::Event>(),
        size_of::<egui::InputState>(),
        size_of::<egui::Options>(),
        size_of::<egui::WidgetInfo>(),
        size_of::<egui::Layout>(),
        size_of::<egui::Shape>(),
        size_of::<egui::Galley>(),
        size_of::<egui::FontDefinitions>(),
        size_of::<egui::ViewportInfo>(),
        size_of::<egui::ViewportBuilder>(),
        size_of::<egui::Id>(),
        size_of::<egui::Sense>(),
        size_of::<egui::WidgetText>(),
        size_of::<egui::RichText>(),
        size_of::<egui::TextStyle>(),
        size_of::<egui::FontId>(),
        size_of::<egui::Key>(),
    ];
    let types = [
        TypeId::of::<egui::Context>(),
        TypeId::of::<egui::Ui>(),
        TypeId::of::<egui::Style>(),
        TypeId::of::<egui::Memory>(),
        TypeId::of::<egui::Id>(),
    ];
    // SipHash with fixed keys: the same in every binary built by the same compiler.
    #[expect(
        deprecated,
        reason = "SipHasher's fixed keys are what makes this reproducible"
    )]
    let mut hasher = std::hash::SipHasher::new();
    layout.hash(&mut hasher);
    types.hash(&mut hasher);
    hasher.finish()
}

/// Exports an activity from a plugin library (`crate-type = ["cdylib"]`):
///
/// ```ignore
/// atelier_plugin_api::export_activity!(WeeklyRoutine::default());
/// ```
///
/// It writes the [`PluginDeclaration`] the loader looks for, with this build's versions, and
/// a constructor that builds the activity inside the plugin's panic guard.
#[macro_export]
macro_rules! export_activity {
    ($make:expr) => {
        /// The declaration Atelier's loader reads first.
        #[expect(
            unsafe_code,
            reason = "the loader finds the declaration by its unmangled symbol name"
        )]
        #[unsafe(no_mangle)]
        pub static ATELIER_PLUGIN_DECLARATION: $crate::PluginDeclaration =
            $crate::PluginDeclaration::new(|| $crate::construct(|| $make));
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_strings_round_trip_and_cut() {
        assert_eq!(FixedStr::new("0.37.0").to_text(), "0.37.0");
        assert_eq!(FixedStr::new(&"x".repeat(200)).to_text().len(), 96);
    }

    #[test]
    fn the_pinned_egui_version_is_the_one_in_the_lock_file() {
        let lock = include_str!("../../../Cargo.lock");
        let expected = format!("name = \"egui\"\nversion = \"{EGUI_VERSION}\"");
        assert!(
            lock.contains(&expected),
            "update EGUI_VERSION with the egui pin"
        );
    }

    #[test]
    fn rustc_version_is_recorded() {
        assert!(RUSTC_VERSION.starts_with("rustc "), "{RUSTC_VERSION}");
    }
}
