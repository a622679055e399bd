//! One facilitator frame and one projector frame of a wall with 300 notes, headless, and a
//! projector frame that lays the wall out again (what follows a change of the wall or of the
//! screen). Goals: an ordinary frame far inside 16 ms; a frame that lays the wall out again
//! inside 16 ms. Run with `cargo bench -p brainstorm_wall`.
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;
use std::sync::Arc;

use atelier_plugin_api::{
    Activity as _, ActivityState as _, Clock, Locale, Mode, Setup, Timestamp, UiContext,
};
use brainstorm_wall::{BrainstormWall, WallState};
use criterion::{Criterion, criterion_group, criterion_main};

struct Fixed;
impl Clock for Fixed {
    fn now(&self) -> Timestamp {
        Timestamp {
            unix_seconds: 1_795_165_200,
            offset_seconds: 3600,
        }
    }
}

fn wall(notes: usize) -> WallState {
    let setup = Setup {
        participants: Vec::new(),
        mode: Mode::Collective,
        locale: Locale::Fr,
        seed: 3,
        clock: Arc::new(Fixed),
    };
    let mut state = BrainstormWall.create(&setup);
    for n in 0..notes {
        state.add_idea(
            &format!("Idée numéro {n} : un lieu calme avec des horaires choisis"),
            Some(n % 3),
        );
    }
    state
}

fn frame(ctx: &egui::Context, size: egui::Vec2, mut ui_fn: impl FnMut(&mut egui::Ui)) {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..egui::RawInput::default()
    };
    ctx.run_ui(input, |ui| ui_fn(ui))
        .drop_without_applying_deltas();
}

fn benches(c: &mut Criterion) {
    let mut state = wall(300);
    assert_eq!(
        state.columns().iter().map(Vec::len).sum::<usize>(),
        300,
        "300 notes on the wall"
    );
    let facilitator = egui::Context::default();
    let projector = egui::Context::default();
    let ui_ctx = UiContext {
        locale: Locale::Fr,
        now: Fixed.now(),
    };
    // Warm the font atlases once, as the app has.
    frame(&facilitator, egui::vec2(1366.0, 768.0), |ui| {
        state.facilitator_ui(ui, &ui_ctx);
    });
    frame(&projector, egui::vec2(1280.0, 720.0), |ui| {
        state.projector_ui(ui, &ui_ctx);
    });
    c.bench_function("wall: facilitator + projector frame, 300 notes", |b| {
        b.iter(|| {
            frame(&facilitator, egui::vec2(1366.0, 768.0), |ui| {
                state.facilitator_ui(ui, &ui_ctx);
            });
            frame(&projector, egui::vec2(1280.0, 720.0), |ui| {
                state.projector_ui(ui, &ui_ctx);
            });
            black_box(&state);
        });
    });
    // The projector's layout is measured with egui's galleys when the wall or the screen
    // changes: two screen sizes in turn make every frame measure it again.
    let mut wide = false;
    c.bench_function(
        "wall: projector frame that lays the wall out again, 300 notes",
        |b| {
            b.iter(|| {
                wide = !wide;
                let size = if wide {
                    egui::vec2(1920.0, 1080.0)
                } else {
                    egui::vec2(1280.0, 720.0)
                };
                frame(&projector, size, |ui| {
                    state.projector_ui(ui, &ui_ctx);
                });
                black_box(&state);
            });
        },
    );
}

criterion_group!(wall_benches, benches);
criterion_main!(wall_benches);
