//! The activity ([`BrainstormWall`]) and one session's state ([`WallState`]).

use std::collections::{BTreeMap, BTreeSet};

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{
    ACTION_NEXT, ActionDesc, Activity, ActivityState, Arg, Descriptor, Locale, Modes, Outcome,
    ParticipantResult, RecordContext, Rng, Setup, Translated, Translations, UiContext,
    label_widget,
};
use serde::{Deserialize, Serialize};

const FR: &str = include_str!("../i18n/fr.ftl");
const EN: &str = include_str!("../i18n/en.ftl");

/// The three columns, in order: Dreamer, Realist, Critic.
pub const COLUMNS: usize = 3;
const KEYS: [egui::Key; COLUMNS] = [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3];
/// The smallest note text on the projector, in points, before the wall scrolls instead.
const FLOOR_SIZE: f32 = 16.0;

/// The activity: stateless.
#[derive(Debug, Default)]
pub struct BrainstormWall;

/// An idea. It has no author, by design.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Note {
    id: u32,
    text: String,
    read: bool,
    why: String,
}

/// Everything saved: in drafts and in the record. Nothing here says who wrote what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Saved {
    format_version: u32,
    topic: String,
    /// Ideas not drawn yet, in drawing order.
    pool: Vec<Note>,
    drawn: Option<Note>,
    wall: [Vec<Note>; COLUMNS],
    /// The state of the session's random source (shuffles, ids, places in the box).
    seed: u64,
    private_entry: bool,
    /// Written by the facilitator at the end, by participant id.
    takeaways: BTreeMap<String, String>,
}

/// What the record keeps: the topic, the box and the wall. No participant at all.
#[derive(Serialize)]
struct WallRecord<'a> {
    format_version: u32,
    topic: &'a str,
    pool: &'a [Note],
    drawn: &'a Option<Note>,
    wall: &'a [Vec<Note>; COLUMNS],
}

/// One wall.
pub struct WallState {
    saved: Saved,
    people: Vec<(String, String)>,
    texts: Translations,
    entry: String,
    why: String,
    chosen: BTreeSet<u32>,
    /// The note being edited on the wall.
    editing: Option<u32>,
    /// The note just placed, for the projector to scroll to.
    reveal: Option<u32>,
    /// Each card's height on the facilitator's wall in the last frame.
    heights: BTreeMap<u32, f32>,
}

impl std::fmt::Debug for WallState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WallState").finish_non_exhaustive()
    }
}

impl WallState {
    fn new(setup: &Setup, saved: Saved) -> Self {
        Self {
            saved,
            people: setup
                .participants
                .iter()
                .map(|p| (p.id.clone(), p.display_name.clone()))
                .collect(),
            texts: Translations::pick(setup.locale, FR, EN),
            entry: String::new(),
            why: String::new(),
            chosen: BTreeSet::new(),
            editing: None,
            reveal: None,
            heights: BTreeMap::new(),
        }
    }

    /// Adds an idea to the box (at a random place) or straight to a column, with no author.
    ///
    /// Ids are random and the box keeps no typing order, so when participants type in turn
    /// nothing — not even the order — can tell who wrote which idea.
    pub fn add_idea(&mut self, text: &str, column: Option<usize>) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let mut rng = Rng::new(self.saved.seed);
        let mut id = 0;
        while id == 0 || self.notes().any(|n| n.id == id) {
            id = u32::try_from(rng.next_u64() >> 40).unwrap_or(1);
        }
        let note = Note {
            id,
            text: text.to_owned(),
            read: false,
            why: String::new(),
        };
        if let Some(column) = column.and_then(|c| self.saved.wall.get_mut(c)) {
            column.push(note);
        } else {
            let at = rng.below(self.saved.pool.len() + 1);
            self.saved.pool.insert(at, note);
        }
        self.saved.seed = rng.next_u64();
    }

    /// Every note: in the box, drawn, or on the wall.
    fn notes(&self) -> impl Iterator<Item = &Note> {
        self.saved
            .pool
            .iter()
            .chain(self.saved.drawn.iter())
            .chain(self.saved.wall.iter().flatten())
    }

    /// Shuffles the box with the session's seeded random source.
    pub fn shuffle(&mut self) {
        let mut rng = Rng::new(self.saved.seed);
        rng.shuffle(&mut self.saved.pool);
        self.saved.seed = rng.next_u64();
    }

    /// Draws the next idea (the previous one, if not placed, goes back at the end of the box).
    pub fn draw(&mut self) -> bool {
        if self.saved.pool.is_empty() {
            return false;
        }
        if let Some(previous) = self.saved.drawn.take() {
            self.saved.pool.push(previous);
        }
        self.saved.drawn = Some(self.saved.pool.remove(0));
        self.why.clear();
        true
    }

    /// Places the drawn idea in `column`, with the "why" typed so far. It was read aloud when
    /// drawn, so it counts as read.
    pub fn place(&mut self, column: usize) -> bool {
        if column >= COLUMNS {
            return false;
        }
        let Some(mut note) = self.saved.drawn.take() else {
            return false;
        };
        note.why = self.why.trim().to_owned();
        note.read = true;
        self.why.clear();
        self.reveal = Some(note.id);
        self.saved.wall[column].push(note);
        true
    }

    /// Moves the note `id` to `column`.
    pub fn move_note(&mut self, id: u32, column: usize) {
        if column >= COLUMNS {
            return;
        }
        for from in 0..COLUMNS {
            if let Some(i) = self.saved.wall[from].iter().position(|n| n.id == id) {
                let note = self.saved.wall[from].remove(i);
                self.reveal = Some(note.id);
                self.saved.wall[column].push(note);
                return;
            }
        }
    }

    /// Takes note `id` off the wall (an idea off the topic, or written twice).
    pub fn remove_note(&mut self, id: u32) {
        for column in &mut self.saved.wall {
            column.retain(|note| note.id != id);
        }
        self.chosen.remove(&id);
    }

    /// The texts of each column, for tests and summaries.
    pub fn columns(&self) -> [Vec<String>; COLUMNS] {
        self.saved
            .wall
            .clone()
            .map(|c| c.into_iter().map(|n| n.text).collect())
    }

    /// The ideas still in the box, in drawing order.
    pub fn pool(&self) -> Vec<&str> {
        self.saved.pool.iter().map(|n| n.text.as_str()).collect()
    }

    /// The idea drawn and not placed yet.
    pub fn drawn(&self) -> Option<&str> {
        self.saved.drawn.as_ref().map(|n| n.text.as_str())
    }

    /// How many notes on the wall are not read yet (the moderator's rule: every idea is read).
    /// A drawn idea is read aloud; one put straight on the wall is not, until marked.
    pub fn unread(&self) -> usize {
        self.saved.wall.iter().flatten().filter(|n| !n.read).count()
    }

    fn column_name(&self, column: usize) -> String {
        self.texts.tr(&format!("column-{column}"))
    }

    fn entry_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        ui.horizontal(|ui| {
            let label = ui.label(t.tr("topic-label"));
            ui.add(
                egui::TextEdit::singleline(&mut self.saved.topic)
                    .hint_text(t.tr("topic-hint"))
                    .desired_width(500.0),
            )
            .labelled_by(label.id);
        });
        ui.checkbox(&mut self.saved.private_entry, t.tr("private-entry"));
        let mut add = None;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t.tr("idea-label"));
            let response = ui
                .add(egui::TextEdit::singleline(&mut self.entry).desired_width(400.0))
                .labelled_by(label.id);
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if enter {
                // The next person types straight away.
                response.request_focus();
            }
            if ui.button(t.tr("to-pool")).clicked() || enter {
                add = Some(None);
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(t.tr("or-to-wall"));
            for column in 0..COLUMNS {
                let name = self.column_name(column);
                let button = ui.small_button(&name);
                label_widget(
                    ui,
                    &button,
                    &t.tr_args("to-wall", &[("column", name.into())]),
                );
                if button.clicked() {
                    add = Some(Some(column));
                }
            }
        });
        if let Some(column) = add {
            let text = std::mem::take(&mut self.entry);
            self.add_idea(&text, column);
        }
        ui.horizontal(|ui| {
            ui.label(t.tr_args("pool-count", &[("count", self.saved.pool.len().into())]));
            if ui.button(t.tr("shuffle")).clicked() {
                self.shuffle();
            }
            if ui
                .add_enabled(!self.saved.pool.is_empty(), egui::Button::new(t.tr("draw")))
                .clicked()
            {
                self.draw();
            }
        });
        if !self.saved.private_entry {
            for note in &self.saved.pool {
                ui.weak(format!("• {}", note.text));
            }
        }
    }

    fn drawn_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        let Some(text) = self.saved.drawn.as_ref().map(|n| n.text.clone()) else {
            return;
        };
        ui.group(|ui| {
            ui.label(RichText::new(t.tr("drawn-title")).strong());
            ui.label(RichText::new(text).size(24.0));
            ui.horizontal(|ui| {
                let label = ui.label(t.tr("why-label"));
                ui.text_edit_singleline(&mut self.why).labelled_by(label.id);
            });
            let mut placed = None;
            ui.horizontal(|ui| {
                for column in 0..COLUMNS {
                    let text = t.tr_args(
                        "place",
                        &[
                            ("key", (column + 1).into()),
                            ("column", self.column_name(column).into()),
                        ],
                    );
                    if ui.button(text).clicked() {
                        placed = Some(column);
                    }
                }
            });
            if let Some(column) = placed {
                self.place(column);
            }
        });
    }

    fn wall_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        ui.label(t.tr_args("unread", &[("count", self.unread().into())]));
        let names: Vec<String> = (0..COLUMNS).map(|c| self.column_name(c)).collect();
        let mut moves: Vec<(u32, usize)> = Vec::new();
        let mut toggles: Vec<u32> = Vec::new();
        let mut removes: Vec<u32> = Vec::new();
        let mut edit: Option<Option<u32>> = None;
        let unread_fill = ui.visuals().warn_fg_color.gamma_multiply(0.15);
        ui.columns(COLUMNS, |columns| {
            for (c, ui) in columns.iter_mut().enumerate() {
                ui.heading(&names[c]);
                let (_, dropped) =
                    ui.dnd_drop_zone::<u32, ()>(egui::Frame::group(ui.style()), |ui| {
                        ui.set_min_height(80.0);
                        ui.set_width(ui.available_width());
                        for note in &mut self.saved.wall[c] {
                            // A card out of sight takes its height from the last frame
                            // and is not drawn: hundreds of notes stay cheap.
                            if let Some(&height) = self.heights.get(&note.id) {
                                let rect = egui::Rect::from_min_size(
                                    ui.cursor().min,
                                    egui::vec2(ui.available_width(), height),
                                );
                                if !ui.is_rect_visible(rect) {
                                    ui.allocate_space(rect.size());
                                    continue;
                                }
                            }
                            let fill = if note.read {
                                egui::Color32::TRANSPARENT
                            } else {
                                unread_fill
                            };
                            let card =
                                egui::Frame::NONE
                                    .fill(fill)
                                    .inner_margin(4.0)
                                    .show(ui, |ui| {
                                        if self.editing == Some(note.id) {
                                            let response = ui.add(
                                                egui::TextEdit::multiline(&mut note.text)
                                                    .desired_rows(2)
                                                    .desired_width(f32::INFINITY),
                                            );
                                            label_widget(ui, &response, &t.tr("edit-label"));
                                            if ui.button(t.tr("edit-done")).clicked() {
                                                edit = Some(None);
                                            }
                                        } else {
                                            let id = egui::Id::unique(("wall-note", note.id));
                                            ui.dnd_drag_source(id, note.id, |ui| {
                                                ui.add(egui::Label::new(&note.text).wrap());
                                            })
                                            .response
                                            .on_hover_cursor(egui::CursorIcon::Grab);
                                        }
                                        if !note.why.is_empty() {
                                            ui.weak(t.tr_args(
                                                "why-shown",
                                                &[("why", note.why.as_str().into())],
                                            ));
                                        }
                                        ui.horizontal_wrapped(|ui| {
                                            let read =
                                                ui.checkbox(&mut note.read, t.tr("read-short"));
                                            label_widget(
                                                ui,
                                                &read,
                                                &t.tr_args(
                                                    "read-label",
                                                    &[("text", note.text.as_str().into())],
                                                ),
                                            );
                                            for (other, name) in names.iter().enumerate() {
                                                if other == c {
                                                    continue;
                                                }
                                                let button = ui.small_button(t.tr_args(
                                                    "move-short",
                                                    &[("column", name.as_str().into())],
                                                ));
                                                label_widget(
                                                    ui,
                                                    &button,
                                                    &t.tr_args(
                                                        "move-to",
                                                        &[
                                                            ("text", note.text.as_str().into()),
                                                            ("column", name.as_str().into()),
                                                        ],
                                                    ),
                                                );
                                                if button.clicked() {
                                                    moves.push((note.id, other));
                                                }
                                            }
                                            let button = ui.small_button(t.tr("edit-short"));
                                            label_widget(
                                                ui,
                                                &button,
                                                &t.tr_args(
                                                    "edit-note",
                                                    &[("text", note.text.as_str().into())],
                                                ),
                                            );
                                            if button.clicked() {
                                                edit = Some(Some(note.id));
                                            }
                                            let button = ui.small_button(t.tr("remove-short"));
                                            label_widget(
                                                ui,
                                                &button,
                                                &t.tr_args(
                                                    "remove-note",
                                                    &[("text", note.text.as_str().into())],
                                                ),
                                            );
                                            if button.clicked() {
                                                removes.push(note.id);
                                            }
                                            let chosen = ui.selectable_label(
                                                self.chosen.contains(&note.id),
                                                t.tr("select-short"),
                                            );
                                            label_widget(
                                                ui,
                                                &chosen,
                                                &t.tr_args(
                                                    "select-label",
                                                    &[("text", note.text.as_str().into())],
                                                ),
                                            );
                                            if chosen.clicked() {
                                                toggles.push(note.id);
                                            }
                                        });
                                    });
                            let spacing = ui.spacing().item_spacing.y;
                            self.heights
                                .insert(note.id, card.response.rect.height() + spacing);
                        }
                    });
                if let Some(id) = dropped {
                    moves.push((*id, c));
                }
            }
        });
        if let Some(edit) = edit {
            self.editing = edit;
        }
        for (id, column) in moves {
            self.move_note(id, column);
        }
        for id in removes {
            self.remove_note(id);
        }
        for id in toggles {
            if !self.chosen.remove(&id) {
                self.chosen.insert(id);
            }
        }
        if self.chosen.len() >= 2 && ui.button(t.tr("merge")).clicked() {
            self.merge_chosen();
        }
    }

    /// Merges the chosen notes into the first one (texts joined), keeping its column.
    fn merge_chosen(&mut self) {
        let chosen = std::mem::take(&mut self.chosen);
        let mut first: Option<u32> = None;
        let mut texts = Vec::new();
        for column in &mut self.saved.wall {
            column.retain(|note| {
                if !chosen.contains(&note.id) {
                    return true;
                }
                texts.push(note.text.clone());
                if first.is_none() {
                    first = Some(note.id);
                    return true;
                }
                false
            });
        }
        if let Some(id) = first
            && let Some(note) = self.saved.wall.iter_mut().flatten().find(|n| n.id == id)
        {
            note.text = texts.join(" / ");
        }
    }
}

impl Activity for BrainstormWall {
    type State = WallState;

    fn descriptor(&self) -> Descriptor {
        Descriptor {
            id: String::from("brainstorm_wall"),
            version: String::from(env!("CARGO_PKG_VERSION")),
            name: Translated::message(FR, EN, "name"),
            description: Translated::message(FR, EN, "description"),
            modes: Modes::COLLECTIVE,
            min_participants: 1,
            max_participants: 20,
            has_projector_view: true,
            charts: Vec::new(),
        }
    }

    fn create(&self, setup: &Setup) -> WallState {
        WallState::new(
            setup,
            Saved {
                format_version: 1,
                topic: String::new(),
                pool: Vec::new(),
                drawn: None,
                wall: [Vec::new(), Vec::new(), Vec::new()],
                seed: setup.seed,
                private_entry: false,
                takeaways: BTreeMap::new(),
            },
        )
    }

    fn restore(&self, setup: &Setup, saved: &str) -> Result<WallState, String> {
        let saved: Saved = ron::from_str(saved).map_err(|e| {
            Translations::pick(setup.locale, FR, EN)
                .tr_args("restore-error", &[("reason", Arg::String(e.to_string()))])
        })?;
        Ok(WallState::new(setup, saved))
    }

    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
        /// A record read back (the fields of [`WallRecord`], owned).
        #[derive(Deserialize)]
        struct Stored {
            topic: String,
            #[serde(default)]
            pool: Vec<Note>,
            #[serde(default)]
            drawn: Option<Note>,
            wall: [Vec<Note>; COLUMNS],
        }
        let t = Translations::pick(ctx.locale, FR, EN);
        let Ok(record) = ron::from_str::<Stored>(record_data) else {
            atelier_plugin_api::raw_text_ui(ui, record_data);
            return;
        };
        if !record.topic.is_empty() {
            ui.heading(&record.topic);
        }
        ui.columns(COLUMNS, |columns| {
            for (c, ui) in columns.iter_mut().enumerate() {
                ui.strong(t.tr(&format!("column-{c}")));
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    for note in &record.wall[c] {
                        let mut line = format!("• {}", note.text);
                        if !note.read {
                            line.push_str(&t.tr("record-unread"));
                        }
                        ui.label(line);
                        if !note.why.is_empty() {
                            ui.weak(t.tr_args("why-shown", &[("why", note.why.as_str().into())]));
                        }
                    }
                });
            }
        });
        let left = record.pool.len() + usize::from(record.drawn.is_some());
        if left > 0 {
            ui.weak(t.tr_args("record-left", &[("count", left.into())]));
        }
    }
}

impl ActivityState for WallState {
    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        if self.texts.locale() != ctx.locale {
            self.texts = Translations::pick(ctx.locale, FR, EN);
        }
        self.entry_ui(ui);
        ui.add_space(8.0);
        self.drawn_ui(ui);
        ui.add_space(8.0);
        self.wall_ui(ui);
        ui.add_space(8.0);
        let t = self.texts.clone();
        ui.collapsing(t.tr("takeaways-title"), |ui| {
            for (id, name) in &self.people {
                // Only what is written is kept: no empty line per person in the draft.
                let mut takeaway = self.saved.takeaways.get(id).cloned().unwrap_or_default();
                let label =
                    ui.label(t.tr_args("takeaway-label", &[("name", name.as_str().into())]));
                let response = ui
                    .add(egui::TextEdit::multiline(&mut takeaway).desired_rows(2))
                    .labelled_by(label.id);
                if response.changed() {
                    if takeaway.trim().is_empty() {
                        self.saved.takeaways.remove(id);
                    } else {
                        self.saved.takeaways.insert(id.clone(), takeaway);
                    }
                }
            }
        });
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, _ctx: &UiContext) {
        let body = egui::TextStyle::Body.resolve(ui.style()).size;
        let heading = egui::TextStyle::Heading.resolve(ui.style()).size;
        let width = ui.available_width();
        let spacing = ui.spacing().item_spacing.y;
        // The headers' height at full size, then compact (topic at body size, drawn note a
        // little smaller) when the wall would not fit otherwise.
        let topic =
            (!self.saved.topic.is_empty()).then(|| Measured::new(ui, &self.saved.topic, body));
        let drawn = self
            .saved
            .drawn
            .as_ref()
            .map(|n| Measured::new(ui, &n.text, body));
        let headers = |topic_size: f32, drawn_size: f32| {
            topic
                .as_ref()
                .map_or(0.0, |m| m.height(topic_size / body, width) + spacing)
                + drawn.as_ref().map_or(0.0, |m| {
                    m.height(drawn_size / body, width - 54.0) + 30.0 + spacing
                })
                + body * 1.8
                + spacing * 2.0
        };
        let room = ui.available_height();
        let (mut topic_size, mut drawn_size) = (heading, body * 1.5);
        let (mut fit, fits) = fit_wall(
            ui,
            &self.saved.wall,
            body,
            room - headers(topic_size, drawn_size),
        );
        if !fits {
            (topic_size, drawn_size) = (body, body * 1.15);
            fit = fit_wall(
                ui,
                &self.saved.wall,
                body,
                room - headers(topic_size, drawn_size),
            )
            .0;
        }
        if !self.saved.topic.is_empty() {
            ui.label(RichText::new(&self.saved.topic).size(topic_size));
        }
        if let Some(note) = &self.saved.drawn {
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::symmetric(24, 12))
                .stroke(egui::Stroke::new(3.0, ui.visuals().text_color()))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(&note.text).size(drawn_size).strong());
                });
        }
        ui.add_space(body * 0.3);
        let names: Vec<String> = (0..COLUMNS).map(|c| self.column_name(c)).collect();
        ui.columns(COLUMNS, |columns| {
            for (c, ui) in columns.iter_mut().enumerate() {
                ui.label(RichText::new(&names[c]).strong().size(body).underline());
            }
        });
        ui.add_space(body * 0.2);
        let note_fill = ui.visuals().text_color().gamma_multiply(0.08);
        let reveal = self.reveal.take();
        egui::ScrollArea::vertical()
            .id_salt("wall_projector")
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
            .show(ui, |ui| {
                ui.columns(COLUMNS, |columns| {
                    for (c, ui) in columns.iter_mut().enumerate() {
                        let all = &self.saved.wall[c];
                        let notes = all.get(fit.from[c]..).unwrap_or_default();
                        if fit.from[c] > 0 {
                            ui.label(
                                RichText::new(
                                    self.texts
                                        .tr_args("older", &[("count", fit.from[c].into())]),
                                )
                                .size(fit.size)
                                .italics(),
                            );
                        }
                        let per = notes.len().div_ceil(fit.split[c]).max(1);
                        ui.columns(fit.split[c], |parts| {
                            for (part, chunk) in parts.iter_mut().zip(notes.chunks(per)) {
                                part.spacing_mut().item_spacing.y = fit.gap;
                                for note in chunk {
                                    let frame = egui::Frame::NONE
                                        .fill(note_fill)
                                        .corner_radius(4.0)
                                        .inner_margin(fit.pad)
                                        .show(part, |ui| {
                                            ui.set_width(ui.available_width());
                                            // Left-aligned, not justified: easier to read.
                                            ui.with_layout(
                                                egui::Layout::top_down(egui::Align::Min),
                                                |ui| {
                                                    ui.add(
                                                        egui::Label::new(
                                                            RichText::new(&note.text)
                                                                .size(fit.size),
                                                        )
                                                        .wrap(),
                                                    )
                                                },
                                            );
                                        });
                                    // A crowded wall scrolls: the note just placed is shown.
                                    if reveal == Some(note.id) {
                                        frame.response.scroll_to_me(None);
                                    }
                                }
                            }
                        });
                    }
                });
            });
    }

    fn actions(&self, locale: Locale) -> Vec<ActionDesc> {
        let t = Translations::pick(locale, FR, EN);
        let mut actions = vec![ActionDesc {
            id: ACTION_NEXT.into(),
            key: None,
            label: t.tr("draw"),
        }];
        for (column, key) in KEYS.iter().enumerate() {
            actions.push(ActionDesc {
                id: format!("place-{}", column + 1),
                key: Some(*key),
                label: t.tr_args(
                    "place",
                    &[
                        ("key", (column + 1).into()),
                        ("column", t.tr(&format!("column-{column}")).into()),
                    ],
                ),
            });
        }
        actions
    }

    fn on_action(&mut self, action: &str) -> bool {
        match action {
            ACTION_NEXT => self.draw(),
            "place-1" => self.place(0),
            "place-2" => self.place(1),
            "place-3" => self.place(2),
            _ => false,
        }
    }

    fn save(&self) -> String {
        ron::ser::to_string_pretty(
            &self.saved,
            ron::ser::PrettyConfig::new().escape_strings(false),
        )
        .unwrap_or_default()
    }

    fn outcome(&self) -> Outcome {
        let [dream, realist, critic] = &self.saved.wall;
        Outcome {
            summary: self.texts.tr_args(
                "summary",
                &[
                    ("topic", self.saved.topic.as_str().into()),
                    ("dream", dream.len().into()),
                    ("realist", realist.len().into()),
                    ("critic", critic.len().into()),
                ],
            ),
            participants: self
                .people
                .iter()
                .map(|(id, _)| ParticipantResult {
                    id: id.clone(),
                    takeaway: self
                        .saved
                        .takeaways
                        .get(id)
                        .map(|t| t.trim().to_owned())
                        .filter(|t| !t.is_empty()),
                    ..ParticipantResult::default()
                })
                .collect(),
            record_data: ron::ser::to_string_pretty(
                &WallRecord {
                    format_version: 1,
                    topic: &self.saved.topic,
                    pool: &self.saved.pool,
                    drawn: &self.saved.drawn,
                    wall: &self.saved.wall,
                },
                ron::ser::PrettyConfig::new().escape_strings(false),
            )
            .unwrap_or_default(),
        }
    }
}

/// How the projector lays out the wall: one text size for every note, and each column split in
/// one to three sub-columns.
struct Fit {
    size: f32,
    split: [usize; COLUMNS],
    pad: f32,
    gap: f32,
    /// The first note shown in each column: when even the floor size cannot hold a column,
    /// the newest notes are shown and the older ones counted.
    from: [usize; COLUMNS],
}

/// One note measured on one line at the body size: its words' widths (by paragraph), the
/// width of a space and the height of a line.
struct Measured {
    paragraphs: Vec<Vec<f32>>,
    space: f32,
    line: f32,
}

impl Measured {
    fn new(ui: &egui::Ui, text: &str, body: f32) -> Self {
        let galley = ui.ctx().fonts_mut(|fonts| {
            fonts.layout_no_wrap(
                text.to_owned(),
                egui::FontId::proportional(body),
                egui::Color32::WHITE,
            )
        });
        let mut measured = Self {
            paragraphs: Vec::new(),
            space: body * 0.25,
            line: body * 1.2,
        };
        for placed in &galley.rows {
            let mut words = vec![0.0];
            for glyph in &placed.row.glyphs {
                measured.line = glyph.line_height;
                if glyph.chr.is_whitespace() {
                    measured.space = glyph.advance_width;
                    words.push(0.0);
                } else if let Some(word) = words.last_mut() {
                    *word += glyph.advance_width;
                }
            }
            words.retain(|w| *w > 0.0);
            measured.paragraphs.push(words);
        }
        measured
    }

    /// The height of the note's text at `scale` times the body size, wrapped at `width`
    /// (word by word, as egui wraps; a word too long for a line is cut).
    fn height(&self, scale: f32, width: f32) -> f32 {
        let mut lines: f32 = 0.0;
        for words in &self.paragraphs {
            lines += 1.0;
            let mut x = 0.0;
            for &word in words {
                let word = word * scale;
                if x == 0.0 {
                    x = word;
                } else if x + self.space * scale + word <= width {
                    x += self.space * scale + word;
                } else {
                    lines += 1.0;
                    x = word;
                }
                while x > width {
                    lines += 1.0;
                    x -= width;
                }
            }
        }
        lines.max(1.0) * self.line * scale
    }
}

/// The largest text size (from the body size down to [`FLOOR_SIZE`]) at which every column fits
/// `room` (in height), splitting a crowded column in up to three sub-columns. Beyond that, a
/// column shows its newest notes at the floor size and counts the older ones (the facilitator's
/// screen has them all).
///
/// Each note is measured once on one line; its wrapped height at another size and width is
/// computed from its words' widths, which keeps a frame with hundreds of notes cheap.
fn fit_wall(ui: &egui::Ui, wall: &[Vec<Note>; COLUMNS], body: f32, room: f32) -> (Fit, bool) {
    const MAX_SPLIT: usize = 3;
    let column_width = (ui.available_width() - ui.spacing().item_spacing.x * 2.0) / 3.0;
    let measured: Vec<Vec<Measured>> = wall
        .iter()
        .map(|notes| {
            notes
                .iter()
                .map(|note| Measured::new(ui, &note.text, body))
                .collect()
        })
        .collect();
    let layout = |size: f32| {
        let pad = (size * 0.25).round();
        let gap = (size * 0.3).round();
        let split_height = |notes: &[Measured], split: usize| {
            #[expect(clippy::cast_precision_loss, reason = "one to three")]
            let part_width = (column_width - gap * (split - 1) as f32) / split as f32 - pad * 2.0;
            if part_width < size * 9.0 {
                // Too narrow: words would stand one per line.
                return f32::INFINITY;
            }
            let per = notes.len().div_ceil(split).max(1);
            notes
                .chunks(per)
                .map(|chunk| {
                    chunk
                        .iter()
                        // 3 % narrower: hinting differs a little from one size to another.
                        .map(|m| m.height(size / body, part_width * 0.97) + pad * 2.0 + gap)
                        .sum::<f32>()
                })
                .fold(0.0, f32::max)
        };
        let mut split = [1; COLUMNS];
        let mut from = [0; COLUMNS];
        let mut fits = true;
        // The most sub-columns still wide enough for a few words a line.
        let widest = (1..=MAX_SPLIT)
            .rev()
            .find(|&k| split_height(&[], k).is_finite())
            .unwrap_or(1);
        for (c, notes) in measured.iter().enumerate() {
            if let Some(k) = (1..=MAX_SPLIT).find(|&k| split_height(notes, k) <= room) {
                split[c] = k;
            } else {
                split[c] = widest;
                fits = false;
                if size > FLOOR_SIZE {
                    // A smaller size will be tried first.
                    continue;
                }
                // Room for the line that counts the older notes.
                let room = room - size * 1.8;
                // Fewer notes never take more room: the first start that fits, by bisection.
                let starts: Vec<usize> = (0..=notes.len()).collect();
                from[c] = starts
                    .partition_point(|&start| {
                        notes
                            .get(start..)
                            .is_none_or(|rest| split_height(rest, widest) > room)
                    })
                    .min(notes.len());
            }
        }
        (
            Fit {
                size,
                split,
                pad,
                gap,
                from,
            },
            fits,
        )
    };
    let mut size = body.max(FLOOR_SIZE);
    loop {
        let (fit, fits) = layout(size);
        if fits || size <= FLOOR_SIZE {
            return (fit, fits);
        }
        size = (size - 2.0).max(FLOOR_SIZE);
    }
}
