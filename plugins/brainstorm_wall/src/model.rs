//! What a wall is made of: notes with no author, and what drafts and records keep.

use std::collections::BTreeMap;

use atelier_plugin_api::egui;
use serde::{Deserialize, Serialize};

/// The three columns, in order: Dreamer, Realist, Critic.
pub const COLUMNS: usize = 3;
/// The keys that place the drawn note, column by column.
pub(crate) const KEYS: [egui::Key; COLUMNS] = [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3];

/// An idea. It has no author, by design.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Note {
    pub(crate) id: u32,
    pub(crate) text: String,
    pub(crate) read: bool,
    pub(crate) why: String,
}

/// Everything saved: in drafts and in the record. Nothing here says who wrote what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Saved {
    pub(crate) format_version: u32,
    pub(crate) topic: String,
    /// Ideas not drawn yet, in drawing order.
    pub(crate) pool: Vec<Note>,
    pub(crate) drawn: Option<Note>,
    pub(crate) wall: [Vec<Note>; COLUMNS],
    /// The state of the session's random source (shuffles, ids, places in the box).
    pub(crate) seed: u64,
    pub(crate) private_entry: bool,
    /// Written by the facilitator at the end, by participant id.
    pub(crate) takeaways: BTreeMap<String, String>,
}

/// What the record keeps: the topic, the box and the wall. No participant at all.
#[derive(Serialize)]
pub(crate) struct WallRecord<'a> {
    pub(crate) format_version: u32,
    pub(crate) topic: &'a str,
    pub(crate) pool: &'a [Note],
    pub(crate) drawn: &'a Option<Note>,
    pub(crate) wall: &'a [Vec<Note>; COLUMNS],
}
