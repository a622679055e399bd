//! The weekly routine planner (*schéma de routine quotidienne*, `sessions/DOMAIN.md` §4.5):
//! Monday to Friday in seven time slots, built with the person from what they already
//! manage, with the check questions that help keep a job. The plan goes into the person's
//! journey and the next session starts from it.
//!
//! It is built as a shared library and loaded by Atelier at run time: the worked example of
//! `PLUGINS.md`.

mod routine;

pub use routine::{Answer, CHECKS, CheckAnswer, DAYS, RoutineState, SLOTS, WeeklyRoutine};

atelier_plugin_api::export_activity!(WeeklyRoutine);
