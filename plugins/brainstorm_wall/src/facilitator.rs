//! The facilitator's view of a wall: the box and its entry, the drawn note, the three columns
//! with read marks, why-notes, editing, merging and drag and drop.

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::label_widget;

use crate::model::COLUMNS;
use crate::state::WallState;

impl WallState {
    pub(crate) fn entry_ui(&mut self, ui: &mut egui::Ui) {
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
            let draw = ui.add_enabled(!self.saved.pool.is_empty(), egui::Button::new(t.tr("draw")));
            self.draw_button = Some(draw.id);
            if draw.clicked() {
                self.draw();
            }
        });
    }

    /// The ideas in the box (unless they are typed in private), in a short area that scrolls:
    /// a room's worth never pushes the drawn idea and its buttons off a laptop's screen.
    pub(crate) fn pool_ui(&self, ui: &mut egui::Ui) {
        if self.saved.private_entry || self.saved.pool.is_empty() {
            return;
        }
        egui::ScrollArea::vertical()
            .id_salt("wall-pool")
            .max_height(120.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for note in &self.saved.pool {
                    ui.weak(format!("• {}", note.text));
                }
            });
    }

    pub(crate) fn drawn_ui(&mut self, ui: &mut egui::Ui) {
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
                    let button = ui.button(text);
                    if button.clicked() {
                        placed = Some(column);
                        // Placed from the keyboard: on to the next idea from there (if any;
                        // else the host lands the focus on the session's heading).
                        if button.has_focus()
                            && !self.saved.pool.is_empty()
                            && let Some(draw) = self.draw_button
                        {
                            ui.memory_mut(|m| m.request_focus(draw));
                        }
                    }
                }
            });
            if let Some(column) = placed {
                self.place(column);
            }
        });
    }

    pub(crate) fn wall_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        // "Every idea read" says nothing on an empty wall, and is said only when no idea
        // waits in the box either.
        if self.saved.wall.iter().any(|column| !column.is_empty()) || self.waiting() > 0 {
            let line = self
                .left_to_read(&t)
                .unwrap_or_else(|| t.tr_args("unread", &[("count", 0_usize.into())]));
            ui.label(line);
        }
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
    pub(crate) fn merge_chosen(&mut self) {
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
