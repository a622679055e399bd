//! The Dream / Realist / Critic brainstorm wall (`sessions/DOMAIN.md` §4.2), built into Atelier.
//!
//! Ideas are typed into a box without any author — not in memory, not in drafts, not in the
//! record — shuffled with the host's seeded random source, drawn one at a time (shown large on
//! the projector), and placed by the group with the Dreamer, the Realist or the Critic (keys 1,
//! 2, 3, buttons, or drag and drop); any note can move later, be marked read, carry a short
//! "why", be edited or merged with a duplicate.

mod facilitator;
mod model;
mod projector;
mod record;
mod state;

pub use model::COLUMNS;
pub use state::{BrainstormWall, PHONE_IDEA, WallState};
