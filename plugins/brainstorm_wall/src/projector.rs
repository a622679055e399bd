//! The wall on the projector: the topic, the drawn note large, and three columns whose notes
//! share one text size, as large as the screen allows (down to a floor), a crowded column
//! split in sub-columns, the oldest notes counted when even that cannot hold them.

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::french_spacing;

use crate::model::{COLUMNS, Note};
use crate::state::WallState;

/// The smallest note text on the projector, in points.
const FLOOR_SIZE: f32 = 16.0;

impl WallState {
    /// The wall on the projector: topic, drawn note, and the three columns at one text size
    /// that fits the screen.
    pub(crate) fn projector_view(&mut self, ui: &mut egui::Ui) {
        let body = egui::TextStyle::Body.resolve(ui.style()).size;
        let heading = egui::TextStyle::Heading.resolve(ui.style()).size;
        let (fit, topic_size, drawn_size) = self.fit(ui, body, heading);
        if !self.saved.topic.is_empty() {
            ui.label(RichText::new(french_spacing(&self.saved.topic)).size(topic_size));
        }
        if let Some(note) = &self.saved.drawn {
            egui::Frame::group(ui.style())
                .inner_margin(DRAWN_MARGIN)
                .stroke(egui::Stroke::new(DRAWN_STROKE, ui.visuals().text_color()))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        RichText::new(french_spacing(&note.text))
                            .size(drawn_size)
                            .strong(),
                    );
                });
        }
        ui.add_space(body * GAP_BEFORE_COLUMNS);
        let names: Vec<String> = (0..COLUMNS).map(|c| self.column_name(c)).collect();
        let dark = ui.visuals().dark_mode;
        let background = ui.visuals().panel_fill;
        ui.columns(COLUMNS, |columns| {
            for (c, ui) in columns.iter_mut().enumerate() {
                // The column's name over a bar of its colour, across the column.
                let width = ui.available_width();
                let name = ui.label(RichText::new(&names[c]).strong().size(body));
                let bar = egui::Rect::from_min_size(
                    egui::pos2(name.rect.left(), name.rect.bottom() + 1.0),
                    egui::vec2(width, 4.0),
                );
                ui.painter().rect_filled(bar, 2.0, column_colour(c, dark));
            }
        });
        ui.add_space(body * GAP_AFTER_NAMES);
        let note_fills: Vec<egui::Color32> = (0..COLUMNS)
            .map(|c| tint(column_colour(c, dark), background))
            .collect();
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
                                        .fill(note_fills[c])
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
                                                            RichText::new(french_spacing(
                                                                &note.text,
                                                            ))
                                                            .size(fit.size),
                                                        )
                                                        .wrap(),
                                                    )
                                                },
                                            );
                                        });
                                    // A stripe of the column's colour down the note's left.
                                    let edge = frame.response.rect;
                                    part.painter().rect_filled(
                                        egui::Rect::from_min_size(
                                            edge.left_top(),
                                            egui::vec2(4.0, edge.height()),
                                        ),
                                        egui::CornerRadius {
                                            nw: 4,
                                            sw: 4,
                                            ne: 0,
                                            se: 0,
                                        },
                                        column_colour(c, dark),
                                    );
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
}

/// The colour of column `column` (Rêveur, Réaliste, Critique): a calm violet-blue, green and
/// amber, lighter on a dark screen. Never behind text at full strength: notes get a
/// [`tint`] of it, bars and stripes the colour itself.
fn column_colour(column: usize, dark: bool) -> egui::Color32 {
    const ON_DARK: [egui::Color32; COLUMNS] = [
        egui::Color32::from_rgb(0x8f, 0x9c, 0xff),
        egui::Color32::from_rgb(0x5c, 0xc8, 0x96),
        egui::Color32::from_rgb(0xf0, 0xb0, 0x50),
    ];
    const ON_LIGHT: [egui::Color32; COLUMNS] = [
        egui::Color32::from_rgb(0x4a, 0x55, 0xc8),
        egui::Color32::from_rgb(0x23, 0x80, 0x56),
        egui::Color32::from_rgb(0xb0, 0x6a, 0x00),
    ];
    let colours = if dark { ON_DARK } else { ON_LIGHT };
    colours.get(column).copied().unwrap_or(colours[0])
}

/// A note's fill: a faint wash of `colour` over the screen's `background` (text on it keeps
/// its 7:1).
fn tint(colour: egui::Color32, background: egui::Color32) -> egui::Color32 {
    let mix = |a: u8, b: u8| {
        let value = f32::from(a).mul_add(0.14, f32::from(b) * 0.86);
        value.round().clamp(0.0, 255.0) as u8
    };
    egui::Color32::from_rgb(
        mix(colour.r(), background.r()),
        mix(colour.g(), background.g()),
        mix(colour.b(), background.b()),
    )
}

/// Margins and gaps of the projector's wall, used both to measure it and to draw it.
const DRAWN_MARGIN: egui::Margin = egui::Margin::symmetric(24, 12);
/// The drawn note's frame.
const DRAWN_STROKE: f32 = 3.0;
/// Space above the column names, and below them, in body heights.
const GAP_BEFORE_COLUMNS: f32 = 0.3;
const GAP_AFTER_NAMES: f32 = 0.2;
/// A column's name line, in body heights (its underline included).
const NAMES_LINE: f32 = 1.3;
/// The most sub-columns a column is split in.
const MAX_SPLIT: usize = 3;

/// A note's inner margin at text size `size`.
fn note_pad(size: f32) -> f32 {
    (size * 0.25).round()
}

/// The space between two notes at text size `size`.
fn note_gap(size: f32) -> f32 {
    (size * 0.3).round()
}

/// How the projector lays out the wall: one text size for every note, and each column split in
/// one to three sub-columns.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Fit {
    size: f32,
    split: [usize; COLUMNS],
    pad: f32,
    gap: f32,
    /// The first note shown in each column: when even the floor size cannot hold a column,
    /// the newest notes are shown and the older ones counted.
    from: [usize; COLUMNS],
}

/// The layout found for one wall and one screen, kept until either changes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ProjectorFit {
    key: u64,
    fit: Fit,
    topic_size: f32,
    drawn_size: f32,
}

impl WallState {
    /// The layout of the projector's wall for this screen: computed when the wall or the
    /// screen changed, reused otherwise.
    fn fit(&mut self, ui: &egui::Ui, body: f32, heading: f32) -> (Fit, f32, f32) {
        let key = {
            use std::hash::{Hash as _, Hasher as _};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            self.saved.topic.hash(&mut hasher);
            self.saved.drawn.as_ref().map(|n| &n.text).hash(&mut hasher);
            for column in &self.saved.wall {
                for note in column {
                    note.text.hash(&mut hasher);
                }
                0xFFu8.hash(&mut hasher);
            }
            for value in [
                ui.available_width(),
                ui.available_height(),
                body,
                heading,
                ui.spacing().item_spacing.x,
                ui.spacing().item_spacing.y,
            ] {
                value.to_bits().hash(&mut hasher);
            }
            hasher.finish()
        };
        if let Some(cached) = self.projector_fit.filter(|f| f.key == key) {
            return (cached.fit, cached.topic_size, cached.drawn_size);
        }
        let width = ui.available_width();
        let spacing = ui.spacing().item_spacing.y;
        let drawn_width = width - DRAWN_MARGIN.sum().x - DRAWN_STROKE * 2.0;
        // The headers' height at full size, then compact (topic at body size, drawn note a
        // little smaller) when the wall would not fit otherwise.
        let headers = |topic_size: f32, drawn_size: f32| {
            let topic = (!self.saved.topic.is_empty()).then(|| {
                atelier_plugin_api::text_height(ui, &self.saved.topic, topic_size, width) + spacing
            });
            let drawn = self.saved.drawn.as_ref().map(|note| {
                atelier_plugin_api::text_height(ui, &note.text, drawn_size, drawn_width)
                    + DRAWN_MARGIN.sum().y
                    + DRAWN_STROKE * 2.0
                    + spacing
            });
            topic.unwrap_or(0.0)
                + drawn.unwrap_or(0.0)
                + body * (GAP_BEFORE_COLUMNS + NAMES_LINE + GAP_AFTER_NAMES)
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
        self.projector_fit = Some(ProjectorFit {
            key,
            fit,
            topic_size,
            drawn_size,
        });
        (fit, topic_size, drawn_size)
    }
}

/// The largest text size (from the body size down to [`FLOOR_SIZE`]) at which every column fits
/// `room` (in height), splitting a crowded column in up to three sub-columns. Beyond that, a
/// column shows its newest notes at the floor size and counts the older ones (the facilitator's
/// screen has them all). Notes are measured with egui's own layout at the exact width they are
/// drawn at.
fn fit_wall(ui: &egui::Ui, wall: &[Vec<Note>; COLUMNS], body: f32, room: f32) -> (Fit, bool) {
    let spacing_x = ui.spacing().item_spacing.x;
    // As `ui.columns` divides the width.
    let column_width = (ui.available_width() - spacing_x * 2.0) / 3.0;
    let layout = |size: f32| {
        let (pad, gap) = (note_pad(size), note_gap(size));
        let split_height = |notes: &[Note], split: usize| {
            #[expect(clippy::cast_precision_loss, reason = "one to three")]
            let part_width = (column_width - spacing_x * (split - 1) as f32) / split as f32;
            let text_width = part_width - pad * 2.0;
            if text_width < size * 9.0 {
                // Too narrow: words would stand one per line.
                return f32::INFINITY;
            }
            let per = notes.len().div_ceil(split).max(1);
            notes
                .chunks(per)
                .map(|chunk| {
                    chunk
                        .iter()
                        .map(|n| {
                            atelier_plugin_api::text_height(ui, &n.text, size, text_width)
                                + pad * 2.0
                                + gap
                        })
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
        for (c, notes) in wall.iter().enumerate() {
            if let Some(k) = (1..=MAX_SPLIT).find(|&k| split_height(notes, k) <= room) {
                split[c] = k;
            } else {
                split[c] = widest;
                fits = false;
                if size > FLOOR_SIZE {
                    // A smaller size will be tried: no need to look further at this one.
                    break;
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
    // The sizes tried, largest first, two points apart; a smaller size never takes more room,
    // so the largest that fits is found by bisection.
    let mut sizes = vec![body.max(FLOOR_SIZE)];
    while let Some(&last) = sizes.last().filter(|s| **s > FLOOR_SIZE) {
        sizes.push((last - 2.0).max(FLOOR_SIZE));
    }
    let first_fitting = sizes.partition_point(|&size| !layout(size).1);
    match sizes.get(first_fitting) {
        Some(&size) => layout(size),
        None => layout(FLOOR_SIZE),
    }
}
