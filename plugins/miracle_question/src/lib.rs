//! The miracle question (*la question miracle*, `sessions/DOMAIN.md` §4.1), built into Atelier.
//!
//! One-to-one, the advisor and the person go through the situation, the miracle prompt,
//! follow-up prompts (skipped, reordered or added by the advisor), the concrete signs read
//! back, a 0–10 scale with what already exists, and one small first step with a date to look at
//! it again. In a group, the projector shows the current prompt; each person's answers are
//! captured for them alone and shown on the projector only if the facilitator chooses, without
//! names.

mod miracle;

pub use miracle::{MiracleQuestion, MiracleState, Step};
