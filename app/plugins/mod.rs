//! Activities: the registry, the built-ins, and plugins loaded from shared libraries.

pub mod builtins;
pub mod loader;
pub mod registry;

use std::path::PathBuf;

pub use registry::{ActivityRegistry, Lookup, Refusal, Refused, RegisteredActivity, Source};

/// The registry with the built-ins, then the plugins of each folder in order (the data
/// folder's `plugins/` first, then each `--plugin-dir`).
pub fn load_all(plugin_dirs: &[PathBuf]) -> ActivityRegistry {
    let mut registry = ActivityRegistry::default();
    builtins::register_builtins(&mut registry);
    for dir in plugin_dirs {
        registry.load_dir(dir);
    }
    registry
}
