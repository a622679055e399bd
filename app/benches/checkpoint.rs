//! What the running session costs per frame to notice that an activity's state changed, for
//! the wall with 300 notes: before, its state was serialized and compared every frame; now
//! only after the person acted (or every few seconds). Run with `cargo bench -p atelier`.
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;
use std::sync::Arc;

use atelier::session::{CHECKPOINT_EVERY, RunningSession, SessionSetup};
use atelier_plugin_api::{Activity as _, ActivityState as _, Clock, Locale, Setup, Timestamp};
use brainstorm_wall::BrainstormWall;
use criterion::{Criterion, criterion_group, criterion_main};
use sessions::{ActivityRef, Draft, DraftId, Mode, Private, Versioned as _};

struct Fixed;
impl Clock for Fixed {
    fn now(&self) -> Timestamp {
        Timestamp {
            unix_seconds: 1_795_165_200,
            offset_seconds: 3600,
        }
    }
}

/// A running wall session with 300 notes, resumed from its draft.
fn wall_session() -> RunningSession {
    let clock: Arc<dyn Clock> = Arc::new(Fixed);
    let mut wall = BrainstormWall.create(&Setup {
        participants: Vec::new(),
        mode: atelier_plugin_api::Mode::Collective,
        locale: Locale::Fr,
        seed: 3,
        clock: Arc::clone(&clock),
    });
    for n in 0..300 {
        wall.add_idea(
            &format!("Idée numéro {n} : un lieu calme avec des horaires choisis"),
            Some(n % 3),
        );
    }
    let start = atelier::session::from_timestamp(clock.now());
    let draft = Draft {
        format_version: Draft::CURRENT_VERSION,
        id: DraftId::generate(start),
        activity: ActivityRef {
            id: "brainstorm_wall".into(),
            version: "0.1.0".into(),
        },
        mode: Mode::Collective,
        start,
        saved_at: start,
        place: String::new(),
        facilitators: Vec::new(),
        participants: Vec::new(),
        activity_state: wall.save().expect("saved"),
        facilitator_notes: Private::default(),
    };
    let registry = atelier::plugins::load_all(&[], &[], None);
    let activity = Arc::clone(
        registry
            .get("brainstorm_wall")
            .expect("the wall is built in"),
    );
    let setup = SessionSetup {
        stages: std::collections::BTreeMap::new(),
        journeys: Vec::new(),
        mode: Mode::Collective,
        locale: Locale::Fr,
        seed: 3,
        clock,
        place: String::new(),
        facilitators: Vec::new(),
    };
    RunningSession::resume(activity, &setup, &draft).expect("resumed")
}

fn benches(c: &mut Criterion) {
    let mut session = wall_session();
    c.bench_function("checkpoint every frame, 300 notes (before)", |b| {
        b.iter(|| black_box(session.checkpoint()));
    });
    // A frame where nobody acted, within the safety interval.
    let time = CHECKPOINT_EVERY * 10.0;
    session.checkpoint_after_frame(true, time);
    c.bench_function("idle frame, 300 notes (now)", |b| {
        b.iter(|| black_box(session.checkpoint_after_frame(false, time + 0.5)));
    });
}

criterion_group!(checkpoint, benches);
criterion_main!(checkpoint);
