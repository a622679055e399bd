//! The activities compiled into Atelier, registered in this one place.

use atelier_plugin_api::host::{DynActivity, Guarded};

use super::registry::{ActivityRegistry, Source};

/// Registers every built-in activity. (The weekly routine planner is a plugin library on
/// purpose: it is the worked example of `PLUGINS.md`.)
pub fn register_builtins(registry: &mut ActivityRegistry) {
    let builtins: Vec<Box<dyn DynActivity>> = vec![
        Box::new(Guarded(miracle_question::MiracleQuestion)),
        Box::new(Guarded(peer_circle::PeerCircle)),
        Box::new(Guarded(brainstorm_wall::BrainstormWall)),
        Box::new(Guarded(social_skills::SocialSkills)),
    ];
    for activity in builtins {
        // A built-in's descriptor is known good; a failure here is listed like any refusal.
        match activity.descriptor() {
            Ok(descriptor) => {
                let _duplicate = registry.add(activity, descriptor, Source::BuiltIn);
            }
            Err(error) => registry.refuse_builtin(super::loader::LoadError::Failed(error)),
        }
    }
}
