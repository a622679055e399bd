//! The shared-library entry point: a `#[repr(C)]` [`PluginDeclaration`] the loader reads
//! before anything else, the [`export_activity!`](crate::export_activity) macro that writes it,
//! and the facts it carries so that the loader can tell *what* differs when a library does not
//! fit this Atelier.
//!
//! The loader checks, in order: the magic number and the ABI version (both at fixed places, so
//! they read the same whatever built the library); the compiler; this crate's version and the
//! fingerprint of its source (the contract's types and traits); egui's version; the build
//! profile; the layouts of the contract's types; and the identity of each shared crate below
//! the contract (egui and what it is built on, see [`SHARED_CRATES`]). Only then does it call
//! the constructor. Rust has no stable ABI: a plugin works only when all of these match.
//!
//! None of this is for plugin authors: it is reached through [`crate::host`].

use crate::guard::{DynActivity, Guarded, PluginError, guard};

/// First bytes of every declaration.
pub const MAGIC: [u8; 8] = *b"ATELIER\x01";
/// Layout version of the first fields of [`PluginDeclaration`], read before anything else.
/// The rest of the contract is checked by [`CONTRACT_SOURCE`] and [`contract_layout`], so a
/// change elsewhere refuses old libraries without anyone bumping this.
/// History: 1 had `egui_fingerprint` as a number; 2 has it as a function; 3 adds
/// `DynActivity::journey_ui`, `has_journey_view` and `forget`, and `record_ui` takes a
/// `RecordContext`; 4 adds the build profile, the contract's fingerprints and the shared
/// crates' identities; 5 adds the projector's `progress` and the phones' `phone_inputs` and
/// `on_phone_input` to the session state; 6 lets phones rate a grid (`PhoneInputKind::Likert`)
/// and passes `on_phone_input` a `PhoneAnswer`; 7 adds `unfinished` to the session state and
/// `follow_ups` to a participant's result; 8 adds stage reviews (`Descriptor::reviews_stage`,
/// `SetupParticipant::stage`, `ParticipantResult::stage_review`).
pub const ABI_VERSION: u32 = 8;
/// This crate's version: a plugin must be built against the same.
pub const API_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The compiler that built this crate.
pub const RUSTC_VERSION: &str = env!("ATELIER_RUSTC_VERSION");
/// The cargo profile this crate was built with: `debug` or `release`.
pub const BUILD_PROFILE: &str = env!("ATELIER_BUILD_PROFILE");
/// A fingerprint of this crate's source as compiled (hexadecimal): the same text of the
/// contract, or not. Computed by `build.rs`.
pub const CONTRACT_SOURCE: &str = env!("ATELIER_CONTRACT_SOURCE");
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
    /// [`CONTRACT_SOURCE`] as the plugin was built.
    pub contract_source: FixedStr,
    /// [`EGUI_VERSION`] as the plugin was built.
    pub egui_version: FixedStr,
    /// [`BUILD_PROFILE`] as the plugin was built.
    pub build_profile: FixedStr,
    /// The plugin's own [`contract_layout`]; called only once the texts above match.
    pub contract_layout: fn() -> u64,
    /// The plugin's own [`shared_crates`]; called only once the texts above match.
    pub shared_crates: fn() -> SharedCrates,
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
            contract_source: FixedStr::new(CONTRACT_SOURCE),
            egui_version: FixedStr::new(EGUI_VERSION),
            build_profile: FixedStr::new(BUILD_PROFILE),
            contract_layout,
            shared_crates,
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

/// Hashes `value` with `SipHash` and fixed keys: the same in every binary built by the same
/// compiler.
fn fixed_hash(value: &impl std::hash::Hash) -> u64 {
    use std::hash::Hasher as _;
    #[expect(
        deprecated,
        reason = "SipHasher's fixed keys are what makes this reproducible"
    )]
    let mut hasher = std::hash::SipHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Size and alignment of a type, as compiled here.
fn layout<T>() -> [usize; 2] {
    [std::mem::size_of::<T>(), std::mem::align_of::<T>()]
}

/// A fingerprint of the layouts of the contract's own types as compiled: every type that
/// crosses between the host and a plugin. The source fingerprint ([`CONTRACT_SOURCE`]) says
/// whether the definitions are the same; this says whether they were laid out the same (the
/// same compiler and features).
pub fn contract_layout() -> u64 {
    use crate::{activity, descriptor, i18n, setup};
    fixed_hash(&[
        layout::<setup::Setup>(),
        layout::<setup::SetupParticipant>(),
        layout::<setup::Timestamp>(),
        layout::<setup::Rng>(),
        layout::<descriptor::Descriptor>(),
        layout::<descriptor::Modes>(),
        layout::<descriptor::Mode>(),
        layout::<descriptor::ChartDesc>(),
        layout::<i18n::Translated>(),
        layout::<i18n::Locale>(),
        layout::<activity::UiContext>(),
        layout::<activity::RecordContext>(),
        layout::<activity::ActionDesc>(),
        layout::<activity::ChartPoint>(),
        layout::<activity::ParticipantResult>(),
        layout::<activity::Outcome>(),
        layout::<crate::PhoneInput>(),
        layout::<crate::PhoneAnswer>(),
        layout::<PluginError>(),
        layout::<PluginDeclaration>(),
        layout::<SharedCrates>(),
        layout::<Box<dyn DynActivity>>(),
        layout::<Box<dyn crate::guard::DynState>>(),
        layout::<Result<Box<dyn crate::guard::DynState>, PluginError>>(),
        layout::<Result<String, PluginError>>(),
        layout::<Option<String>>(),
        layout::<Vec<String>>(),
    ])
}

/// The crates whose compiled form a plugin shares with Atelier, named by the identity of one
/// of their types, lowest in the dependency graph first. A crate's identity changes when it
/// was compiled with other features, another profile or other dependencies (see
/// `plugins/graph`); every crate above a changed one changes too, so the first one that
/// differs is where to look.
pub const SHARED_CRATES: [&str; 14] = [
    "log",
    "once_cell",
    "zerocopy",
    "bitflags",
    "smallvec",
    "bytemuck",
    "parking_lot",
    "ahash",
    "chrono",
    "accesskit",
    "ecolor",
    "emath",
    "epaint",
    "egui",
];

/// The identity of each of [`SHARED_CRATES`] as compiled, in the same order.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SharedCrates(pub [u64; SHARED_CRATES.len()]);

impl SharedCrates {
    /// The names of the crates whose identity differs from `other`'s, lowest first.
    pub fn differing(&self, other: &Self) -> Vec<&'static str> {
        SHARED_CRATES
            .iter()
            .zip(self.0.iter().zip(other.0.iter()))
            .filter(|(_, (a, b))| a != b)
            .map(|(name, _)| *name)
            .collect()
    }
}

/// The identity of each shared crate as compiled here: its types' `TypeId`s (which change
/// whenever the crate was compiled separately) and, for egui, the layouts of the types that
/// cross between the host and a plugin (which change with features).
pub fn shared_crates() -> SharedCrates {
    use std::any::TypeId;
    let egui = (
        [
            TypeId::of::<egui::Context>(),
            TypeId::of::<egui::Ui>(),
            TypeId::of::<egui::Style>(),
            TypeId::of::<egui::Memory>(),
            TypeId::of::<egui::Id>(),
        ],
        [
            layout::<egui::Ui>(),
            layout::<egui::Context>(),
            layout::<egui::Response>(),
            layout::<egui::Style>(),
            layout::<egui::Visuals>(),
            layout::<egui::style::Spacing>(),
            layout::<egui::Memory>(),
            layout::<egui::PlatformOutput>(),
            layout::<egui::FullOutput>(),
            layout::<egui::RawInput>(),
            layout::<egui::Event>(),
            layout::<egui::InputState>(),
            layout::<egui::Options>(),
            layout::<egui::WidgetInfo>(),
            layout::<egui::Layout>(),
            layout::<egui::Shape>(),
            layout::<egui::Galley>(),
            layout::<egui::FontDefinitions>(),
            layout::<egui::ViewportInfo>(),
            layout::<egui::ViewportBuilder>(),
            layout::<egui::Sense>(),
            layout::<egui::WidgetText>(),
            layout::<egui::RichText>(),
            layout::<egui::TextStyle>(),
            layout::<egui::FontId>(),
            layout::<egui::Key>(),
        ],
    );
    SharedCrates([
        fixed_hash(&TypeId::of::<log::Level>()),
        fixed_hash(&TypeId::of::<once_cell::unsync::OnceCell<()>>()),
        fixed_hash(&TypeId::of::<zerocopy::Unalign<u8>>()),
        fixed_hash(&TypeId::of::<bitflags::parser::ParseError>()),
        fixed_hash(&TypeId::of::<smallvec::SmallVec<[u8; 1]>>()),
        fixed_hash(&TypeId::of::<bytemuck::PodCastError>()),
        fixed_hash(&TypeId::of::<parking_lot::Mutex<()>>()),
        fixed_hash(&TypeId::of::<ahash::RandomState>()),
        fixed_hash(&(
            TypeId::of::<chrono::NaiveDate>(),
            layout::<chrono::NaiveDate>(),
        )),
        fixed_hash(&TypeId::of::<egui::accesskit::Role>()),
        fixed_hash(&TypeId::of::<egui::ecolor::Color32>()),
        fixed_hash(&TypeId::of::<egui::emath::Vec2>()),
        fixed_hash(&TypeId::of::<egui::epaint::Shape>()),
        fixed_hash(&egui),
    ])
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
        pub static ATELIER_PLUGIN_DECLARATION: $crate::host::PluginDeclaration =
            $crate::host::PluginDeclaration::new(|| $crate::host::construct(|| $make));
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
    fn rustc_version_profile_and_contract_are_recorded() {
        assert!(RUSTC_VERSION.starts_with("rustc "), "{RUSTC_VERSION}");
        assert!(
            ["debug", "release"].contains(&BUILD_PROFILE),
            "{BUILD_PROFILE}"
        );
        assert_eq!(CONTRACT_SOURCE.len(), 16, "{CONTRACT_SOURCE}");
        assert!(FixedStr::new(CONTRACT_SOURCE).to_text() == CONTRACT_SOURCE);
    }

    #[test]
    fn shared_crates_are_told_apart_lowest_first() {
        let here = shared_crates();
        assert!(
            here.differing(&here).is_empty(),
            "same build, same identities"
        );
        let mut other = here;
        other.0[2] ^= 1;
        other.0[13] ^= 1;
        assert_eq!(here.differing(&other), ["zerocopy", "egui"]);
        let distinct: std::collections::BTreeSet<u64> = here.0.into_iter().collect();
        assert_eq!(
            distinct.len(),
            SHARED_CRATES.len(),
            "one identity per crate"
        );
    }
}
