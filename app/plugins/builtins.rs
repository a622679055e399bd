//! The activities compiled into Atelier, registered in this one place.

use super::registry::ActivityRegistry;

/// Registers every built-in activity. None is compiled in yet: the weekly routine planner is
/// a plugin library on purpose (the worked example), and the others arrive as their crates do.
pub fn register_builtins(_registry: &mut ActivityRegistry) {}
