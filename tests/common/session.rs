//! A data folder with a few people in it and a session running in it, for the tests that run
//! plugin libraries (included by path where needed, so tests that do not use it have no unused
//! code).

use std::sync::Arc;

use atelier::i18n::{self, Locale};
use atelier::session::{RunningSession, SessionSetup};
use atelier_plugin_api::Clock;
use egui_kittest::Harness;
use sessions::{Consent, Consents, Journey, Mode, ParticipantId, Store};

/// A new data folder holding a journey for each (id, first name), every consent given.
pub fn store_with(names: &[(&str, &str)]) -> (tempfile::TempDir, Store, Vec<Journey>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::create(dir.path()).expect("store");
    let day = "2026-09-01".parse().expect("date");
    let consent = Consent {
        given: true,
        date: day,
        recorded_by: "Claire".into(),
    };
    let journeys = names
        .iter()
        .map(|(id, name)| {
            let journey = Journey::new(
                ParticipantId::parse(id).expect("id"),
                *name,
                day,
                Consents {
                    keep_file: consent.clone(),
                    first_name_on_projector: consent.clone(),
                },
                "Claire",
            );
            store.save_journey(&journey, None).expect("save journey");
            journey
        })
        .collect();
    (dir, store, journeys)
}

/// A French session of `journeys` in `mode`, seeded, with `clock`.
pub fn session_setup(journeys: Vec<Journey>, mode: Mode, clock: Arc<dyn Clock>) -> SessionSetup {
    SessionSetup {
        stages: std::collections::BTreeMap::new(),
        journeys,
        mode,
        locale: Locale::Fr,
        seed: 42,
        clock,
        place: "Bureau 2".into(),
        facilitators: vec!["Claire Martin".into()],
    }
}

/// The facilitator's view of `session`, in French, noting changes each frame as the app does.
pub fn facilitator(session: RunningSession) -> Harness<'static, RunningSession> {
    let fr = i18n::load(Locale::Fr);
    Harness::new_ui_state(
        move |ui, session: &mut RunningSession| {
            session.facilitator_ui(ui, &fr);
            session.checkpoint();
        },
        session,
    )
}
