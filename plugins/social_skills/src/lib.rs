//! Social-skills training (`sessions/DOMAIN.md` §4.3), built into Atelier.
//!
//! - **Problem solving in five steps**, each with its guiding questions, kept per person in a
//!   small group ([`steps`]).
//! - **A target behaviour followed across sessions**: defined so it can be measured, a baseline
//!   on three separate occasions, follow-up measurements (also by the employer or family), the
//!   techniques used, changes made one at a time, generalisation and fading. It lives in the
//!   person's journey ([`model::Tracking`]), with a chart of baseline against follow-up
//!   ([`tracking`]).
//! - **Role play**: ready scenarios and the facilitator's own, roles, and feedback — what went
//!   well first, then one thing to try ([`role_play`]).

pub mod model;
pub mod role_play;
mod state;
pub mod steps;
pub mod tracking;

pub use state::{SocialSkills, SstState, Tab};
