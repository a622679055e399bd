//! Activities: the registry, the built-ins, and plugins loaded from shared libraries.

pub mod builtins;
pub mod kit;
pub mod loader;
pub mod registry;
pub mod trust;

pub use registry::{ActivityRegistry, Lookup, Refusal, Refused, RegisteredActivity, Source};

/// Prepares the host's egui state before plugin code draws with it.
///
/// egui's text code gives each font face a key from a process-wide counter. A plugin library
/// has its own copy of that counter, so a face first loaded by plugin code would get a key the
/// host already gave to another face, and replace it (the whole app would switch fonts). Every
/// font family is therefore loaded by the host first; once loaded, plugin code only looks
/// faces up. Cheap after the first call.
pub fn prepare_ui_for_plugin(ctx: &egui::Context) {
    ctx.fonts_mut(|fonts| {
        for family in fonts.families() {
            let font = egui::FontId::new(14.0, family);
            let _height = fonts.row_height(&font);
            let _width = fonts.glyph_width(&font, 'a');
        }
    });
}

/// The registry with the built-ins and the activity files shipped with Atelier, then the
/// plugins of each folder in order (the data folder's `plugins/` first, only what a person
/// approved; then each `--plugin-dir`), then the activity files of `activities_dir` (the data
/// folder's `activities/`). When two share an id, the first one stays.
///
/// Activity files need no approval: they are read, never run.
pub fn load_all(
    plugin_dirs: &[trust::PluginDir],
    approvals: &[trust::Approval],
    activities_dir: Option<&std::path::Path>,
) -> ActivityRegistry {
    let mut registry = ActivityRegistry::default();
    builtins::register_builtins(&mut registry);
    registry.add_shipped();
    for dir in plugin_dirs {
        if dir.needs_approval {
            registry.load_dir_approved(&dir.path, approvals);
        } else {
            registry.load_dir(&dir.path);
        }
    }
    if let Some(dir) = activities_dir {
        registry.load_activity_files(dir);
    }
    registry
}
