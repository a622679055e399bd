//! Atelier: collective workshops on a projector and one-to-one guided exercises for
//! supported-employment advisors, with every session recorded in the participants' journeys.
//!
//! This crate is the app: the command line ([`cli`], [`commands`]), the translation layer
//! ([`i18n`]), the sentences for errors ([`messages`]), the activity registry and plugin
//! loader ([`plugins`]), running sessions ([`session`]), the participants' phones ([`phones`]) and showing
//! records ([`record_view`]). The data lives in the `sessions` crate, the plugin contract in
//! `atelier_plugin_api`.

pub mod cli;
pub mod commands;
pub mod gui;
pub mod i18n;
pub mod messages;
pub mod phones;
pub mod plugins;
pub mod printable;
pub mod record_view;
pub mod report;
pub mod session;
pub mod words;
