//! The wall on the projector: the topic, the drawn note large, and three columns whose notes
//! share one text size, as large as the screen allows (down to a floor), a crowded column
//! split in sub-columns, the oldest notes counted when even that cannot hold them.

use atelier_plugin_api::egui::{self, RichText};

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
