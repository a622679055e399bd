//! Atelier: collective workshops on a projector and one-to-one guided exercises for
//! supported-employment advisors, with every session recorded in the participants' journeys.
//!
//! This crate is the app: the command line ([`cli`], [`commands`]), the translation layer
//! ([`i18n`]) and the sentences for errors ([`messages`]). The data lives in the `sessions`
//! crate.

pub mod cli;
pub mod commands;
pub mod i18n;
pub mod messages;
