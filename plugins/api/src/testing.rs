//! Helpers for tests of activities: what a frame drew, to check that a projector view shows
//! what it should and nothing private.

/// Every text a frame drew, one galley per line, in drawing order.
pub fn drawn_text(output: &egui::FullOutput) -> String {
    fn walk(shape: &egui::Shape, out: &mut String) {
        match shape {
            egui::Shape::Text(text) => {
                // A non-breaking space reads as a space (see `french_spacing`).
                out.push_str(&text.galley.text().replace('\u{a0}', " "));
                out.push('\n');
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// One piece of text drawn, its colour and the colour behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct TextContrast {
    /// The text.
    pub text: String,
    /// Its colour, blended over the background when translucent.
    pub colour: egui::Color32,
    /// What is painted behind it (filled rectangles blended over `background`).
    pub behind: egui::Color32,
    /// The WCAG contrast ratio of the two.
    pub ratio: f32,
}

/// `top` (premultiplied, as egui paints) over the opaque `bottom`.
fn blend(top: egui::Color32, bottom: egui::Color32) -> egui::Color32 {
    let keep = 1.0 - f32::from(top.a()) / 255.0;
    let channel = |t: u8, b: u8| {
        let value = f32::from(t) + f32::from(b) * keep;
        // Rounded and clamped to a byte.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to 0..=255 first"
        )]
        let byte = value.round().clamp(0.0, 255.0) as u8;
        byte
    };
    egui::Color32::from_rgb(
        channel(top.r(), bottom.r()),
        channel(top.g(), bottom.g()),
        channel(top.b(), bottom.b()),
    )
}

/// Every text drawn in `output`, with its contrast against what is painted behind it
/// (filled rectangles, in paint order, over `background`): for tests that hold projector
/// views to [`crate::ProjectorPalette`]'s 7:1.
pub fn text_contrasts(output: &egui::FullOutput, background: egui::Color32) -> Vec<TextContrast> {
    fn walk(
        shape: &egui::Shape,
        fills: &mut Vec<(egui::Rect, egui::Color32)>,
        background: egui::Color32,
        out: &mut Vec<TextContrast>,
    ) {
        match shape {
            egui::Shape::Rect(rect) if rect.fill.a() > 0 => fills.push((rect.rect, rect.fill)),
            // A disc behind a text (a badge): the square inside it.
            egui::Shape::Circle(circle) if circle.fill.a() > 0 => fills.push((
                egui::Rect::from_center_size(
                    circle.center,
                    egui::Vec2::splat(circle.radius * std::f32::consts::SQRT_2),
                ),
                circle.fill,
            )),
            egui::Shape::Text(text) => {
                let area = egui::Rect::from_min_size(text.pos, text.galley.size());
                let behind = fills
                    .iter()
                    .filter(|(rect, _)| rect.contains(area.center()))
                    .fold(background, |under, (_, fill)| blend(*fill, under));
                for section in &text.galley.job.sections {
                    let colour = text.override_text_color.unwrap_or(
                        if section.format.color == egui::Color32::PLACEHOLDER {
                            text.fallback_color
                        } else {
                            section.format.color
                        },
                    );
                    let piece = text
                        .galley
                        .job
                        .text
                        .get(section.byte_range.start.0..section.byte_range.end.0)
                        .unwrap_or_default();
                    if colour.a() == 0 || piece.trim().is_empty() {
                        continue;
                    }
                    let colour = blend(colour, behind);
                    out.push(TextContrast {
                        text: piece.to_owned(),
                        colour,
                        behind,
                        ratio: crate::projector::contrast_ratio(colour, behind),
                    });
                }
            }
            egui::Shape::Vec(shapes) => {
                for shape in shapes {
                    walk(shape, fills, background, out);
                }
            }
            _ => {}
        }
    }
    let mut fills = Vec::new();
    let mut out = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut fills, background, &mut out);
    }
    out
}

/// Panics, naming each one, if a text drawn in `output` reads under 7:1 against what is
/// behind it, the projector's bar for the host's `palette`.
///
/// # Panics
/// When a text is under 7:1.
pub fn assert_readable_on_projector(output: &egui::FullOutput, palette: &crate::ProjectorPalette) {
    let poor: Vec<TextContrast> = text_contrasts(output, palette.background)
        .into_iter()
        .filter(|c| c.ratio < 7.0)
        .collect();
    assert!(
        poor.is_empty(),
        "projector text under 7:1 on {:?}: {poor:#?}",
        palette.background
    );
}

/// Every projector theme the host offers, for tests that check each one.
pub const PROJECTOR_PALETTES: [crate::ProjectorPalette; 3] = [
    crate::ProjectorPalette::DARK,
    crate::ProjectorPalette::LIGHT,
    crate::ProjectorPalette::HIGH_CONTRAST,
];

/// The projector sizes every activity's view must fit: 1280×720 and 1920×1080.
pub const PROJECTOR_SIZES: [egui::Vec2; 2] =
    [egui::vec2(1280.0, 720.0), egui::vec2(1920.0, 1080.0)];

/// Panics, naming them, if two texts drawn in `output` overlap (a name over another, a line
/// over the next): on a projector, text over text cannot be read.
///
/// # Panics
/// When two texts overlap.
pub fn assert_no_overlap(output: &egui::FullOutput) {
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, egui::Rect)>) {
        match shape {
            egui::Shape::Text(text) if !text.galley.text().trim().is_empty() => {
                out.push((text.galley.text().to_owned(), text.visual_bounding_rect()));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut texts);
    }
    let mut overlapping = Vec::new();
    for (i, (a, a_rect)) in texts.iter().enumerate() {
        for (b, b_rect) in texts.iter().skip(i + 1) {
            // Two points of slack: glyphs of two lines may graze, words may not cross.
            if a_rect.shrink(2.0).intersects(b_rect.shrink(2.0)) {
                overlapping.push((a.clone(), b.clone()));
            }
        }
    }
    assert!(
        overlapping.is_empty(),
        "texts drawn over each other: {overlapping:#?}"
    );
}

/// Every check of a projector frame drawn at `size` in `palette` through
/// [`crate::projector_screen`] in `ctx`: the view fits in its room (egui does not draw what
/// falls outside, so the drawn text alone cannot tell), each text reads at 7:1
/// ([`assert_readable_on_projector`]), stays on the screen and uncut ([`assert_on_screen`]),
/// and covers no other ([`assert_no_overlap`]).
///
/// # Panics
/// When one of them fails.
pub fn assert_projector_frame(
    ctx: &egui::Context,
    output: &egui::FullOutput,
    palette: &crate::ProjectorPalette,
    size: egui::Vec2,
) {
    let overflow = ctx.data(|d| {
        d.get_temp::<Option<(egui::Rect, egui::Rect)>>(crate::projector::projector_overflow_id())
    });
    if let Some(Some((used, room))) = overflow {
        panic!(
            "the projector's view at {size:?} needs {used:?}, more than its room {room:?}: \
             what is beyond is not shown"
        );
    }
    assert_readable_on_projector(output, palette);
    assert_on_screen(output, size);
    assert_no_overlap(output);
}

/// Every projector theme at every projector size: what an activity's projector test loops on.
pub fn projector_cases() -> Vec<(crate::ProjectorPalette, egui::Vec2)> {
    PROJECTOR_SIZES
        .iter()
        .flat_map(|size| PROJECTOR_PALETTES.iter().map(|palette| (*palette, *size)))
        .collect()
}

/// Draws `state`'s projector view as Atelier does — inside [`crate::projector_screen`], with
/// [`sample_chrome`], at 32 points — in each of [`projector_cases`], checks every frame with
/// [`assert_projector_frame`], and gives back the text each case drew (in that order) and the
/// state. What an activity's projector test starts from.
///
/// # Panics
/// When a frame fails [`assert_projector_frame`].
pub fn projector_frames<S: crate::ActivityState>(
    mut state: S,
    ui_ctx: &crate::UiContext,
) -> (Vec<String>, S) {
    let mut texts = Vec::new();
    for (palette, size) in projector_cases() {
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
            ..Default::default()
        };
        let mut draw = |ui: &mut egui::Ui| {
            crate::projector_screen(ui, &palette, 32.0, &sample_chrome(), |ui| {
                state.projector_ui(ui, ui_ctx);
            });
        };
        // A few passes, as a window's first frames: fonts load and sizes settle.
        let mut output = ctx.run_ui(input.clone(), &mut draw);
        for _ in 0..3 {
            output.textures_delta.clear();
            output = ctx.run_ui(input.clone(), &mut draw);
        }
        output.textures_delta.clear();
        assert_projector_frame(&ctx, &output, &palette, size);
        texts.push(drawn_text(&output));
    }
    (texts, state)
}

/// The host's frame as tests draw it: a long French activity name, step 2 of 5.
pub fn sample_chrome() -> crate::ProjectorChrome {
    crate::ProjectorChrome {
        title: String::from("Une activité au nom assez long pour voir s'il tient sur une ligne"),
        step: Some((2, 5)),
    }
}

/// Panics, naming each one, if a text drawn in `output` reaches outside a screen of `size`,
/// or is cut by the area it was drawn in (the projector shows everything at once: nothing may
/// overflow, nothing may be cut off).
///
/// # Panics
/// When a text is outside the screen or cut.
pub fn assert_on_screen(output: &egui::FullOutput, size: egui::Vec2) {
    fn walk(
        shape: &egui::Shape,
        visible: egui::Rect,
        out: &mut Vec<(String, egui::Rect, egui::Rect)>,
    ) {
        match shape {
            egui::Shape::Text(text) => {
                let rect = text.visual_bounding_rect();
                // Four points of slack: a large glyph's side bearing or an underline, never a cut word.
                if !visible.expand(4.0).contains_rect(rect) {
                    out.push((text.galley.text().to_owned(), rect, visible));
                }
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, visible, out)),
            _ => {}
        }
    }
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let mut outside = Vec::new();
    for clipped in &output.shapes {
        walk(
            &clipped.shape,
            screen.intersect(clipped.clip_rect),
            &mut outside,
        );
    }
    assert!(
        outside.is_empty(),
        "text outside the screen or cut (text, where, visible area): {outside:#?}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 400×300 screen's input.
    fn screen_input() -> egui::RawInput {
        egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(400.0, 300.0),
            )),
            ..Default::default()
        }
    }

    /// What a frame draws when `draw` paints on a 400×300 screen.
    fn frame(draw: impl FnMut(&egui::Context)) -> egui::FullOutput {
        let ctx = egui::Context::default();
        let input = screen_input();
        let mut draw = draw;
        // The second frame: fonts are ready.
        ctx.run_pass(input.clone(), &mut draw)
            .textures_delta
            .clear();
        let mut output = ctx.run_pass(input, draw);
        output.textures_delta.clear();
        output
    }

    fn text_at(ctx: &egui::Context, text: &str, at: egui::Pos2) {
        egui::Area::new(egui::Id::unique(text))
            .fixed_pos(at)
            .show(ctx, |ui| ui.label(text));
    }

    #[test]
    fn texts_side_by_side_pass_and_texts_over_each_other_are_named() {
        let apart = frame(|ctx| {
            text_at(ctx, "Amina", egui::pos2(10.0, 10.0));
            text_at(ctx, "Bastien", egui::pos2(10.0, 60.0));
        });
        assert_no_overlap(&apart);
        assert_on_screen(&apart, egui::vec2(400.0, 300.0));
        let over = frame(|ctx| {
            text_at(ctx, "Amina", egui::pos2(10.0, 10.0));
            text_at(ctx, "Bastien", egui::pos2(14.0, 12.0));
        });
        let caught =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| assert_no_overlap(&over)));
        assert!(caught.is_err(), "two names drawn over each other");
        let outside = frame(|ctx| {
            ctx.layer_painter(egui::LayerId::background()).text(
                egui::pos2(380.0, 10.0),
                egui::Align2::LEFT_TOP,
                "Chloé",
                egui::FontId::proportional(16.0),
                egui::Color32::WHITE,
            );
        });
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            assert_on_screen(&outside, egui::vec2(400.0, 300.0));
        }));
        assert!(caught.is_err(), "a name past the right edge");
    }

    #[test]
    fn a_view_taller_than_the_frames_room_fails_though_egui_does_not_draw_the_rest() {
        let screen = |lines: usize| {
            let ctx = egui::Context::default();
            let input = screen_input();
            let mut draw = |ui: &mut egui::Ui| {
                crate::projector_screen(
                    ui,
                    &crate::ProjectorPalette::DARK,
                    32.0,
                    &sample_chrome(),
                    |ui| {
                        for n in 0..lines {
                            ui.label(format!("Idée {n}"));
                        }
                    },
                );
            };
            // The second frame: fonts are ready.
            ctx.run_ui(input.clone(), &mut draw).textures_delta.clear();
            let mut output = ctx.run_ui(input, draw);
            output.textures_delta.clear();
            (ctx, output)
        };
        let size = egui::vec2(400.0, 300.0);
        let (ctx, output) = screen(2);
        assert_projector_frame(&ctx, &output, &crate::ProjectorPalette::DARK, size);
        let (ctx, output) = screen(40);
        assert!(
            !drawn_text(&output).contains("Idée 39"),
            "egui skips what is beyond the room"
        );
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            assert_projector_frame(&ctx, &output, &crate::ProjectorPalette::DARK, size);
        }));
        assert!(caught.is_err(), "forty lines do not fit in 300 points");
    }
}
