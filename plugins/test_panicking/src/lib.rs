//! Test-only plugin: counts clicks, and its facilitator view panics once a click was made.
//! The host must catch that (through the plugin's own guard), keep the last saved state, and
//! let the session be saved.

use atelier_plugin_api::egui;
use atelier_plugin_api::{
    Activity, ActivityState, Descriptor, Modes, Outcome, Setup, Translated, UiContext,
};

/// The activity.
#[derive(Debug, Default)]
pub struct Panicking;

/// Its state: how many times the button was pressed.
#[derive(Debug, Default)]
pub struct PanickingState {
    clicks: u32,
}

impl Activity for Panicking {
    type State = PanickingState;

    fn descriptor(&self) -> Descriptor {
        Descriptor {
            id: String::from("test_panicking"),
            version: String::from("0.0.1"),
            name: Translated::new("Test : erreur", "Test: failure"),
            description: Translated::new("Pour les tests.", "For tests."),
            modes: Modes::BOTH,
            min_participants: 1,
            max_participants: 12,
            has_projector_view: true,
            reviews_stage: false,
            charts: Vec::new(),
        }
    }

    fn create(&self, _setup: &Setup) -> PanickingState {
        PanickingState::default()
    }

    fn restore(&self, _setup: &Setup, saved: &str) -> Result<PanickingState, String> {
        saved
            .trim()
            .parse()
            .map(|clicks| PanickingState { clicks })
            .map_err(|e| format!("{e}"))
    }
}

impl ActivityState for PanickingState {
    fn facilitator_ui(&mut self, ui: &mut egui::Ui, _ctx: &UiContext) {
        assert!(
            self.clicks == 0,
            "test plugin: deliberate failure after a click"
        );
        if ui.button("Provoquer l'erreur").clicked() {
            self.clicks += 1;
        }
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, _ctx: &UiContext) {
        ui.label("Test");
    }

    fn on_action(&mut self, _action: &str) -> bool {
        false
    }

    fn save(&self) -> Result<String, String> {
        Ok(self.clicks.to_string())
    }

    fn outcome(&self) -> Outcome {
        Outcome {
            // Never fails for this state; if it did, the host keeps the last draft instead.
            record_data: self.save().unwrap_or_default(),
            ..Outcome::default()
        }
    }
}

atelier_plugin_api::export_activity!(Panicking);
