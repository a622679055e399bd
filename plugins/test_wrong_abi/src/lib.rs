//! Test-only plugin: its declaration says ABI version 999. The loader must refuse it, with the
//! versions in the reason, without calling its constructor (which would panic).

use atelier_plugin_api::host::{DynActivity, PluginDeclaration, PluginError};

fn never_called() -> Result<Box<dyn DynActivity>, PluginError> {
    Err(PluginError::Refused(String::from(
        "the loader called a constructor it should have refused",
    )))
}

/// A declaration from an imaginary future Atelier.
#[expect(
    unsafe_code,
    reason = "the loader finds the declaration by its unmangled symbol name"
)]
#[unsafe(no_mangle)]
pub static ATELIER_PLUGIN_DECLARATION: PluginDeclaration = PluginDeclaration {
    abi_version: 999,
    ..PluginDeclaration::new(never_called)
};
