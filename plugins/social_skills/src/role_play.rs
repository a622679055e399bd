//! Role play: a scenario (ready ones, or written by the facilitator), who plays each role, and
//! the feedback — what went well first, then one thing to try.

use atelier_plugin_api::Translations;
use atelier_plugin_api::egui;
use serde::{Deserialize, Serialize};

use atelier_plugin_api::text_area as area;

/// How many ready scenarios the translations hold (`scenario-1-…` to `scenario-6-…`).
pub const READY: usize = 6;

/// A scenario to play.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    /// Its title.
    pub title: String,
    /// The situation, read to the group.
    pub situation: String,
    /// The roles.
    pub roles: Vec<String>,
}

impl Scenario {
    /// Ready scenario `n` (1-based) in the current language.
    pub fn ready(t: &Translations, n: usize) -> Self {
        Self {
            title: t.tr(&format!("scenario-{n}-title")),
            situation: t.tr(&format!("scenario-{n}-situation")),
            roles: split_roles(&t.tr(&format!("scenario-{n}-roles"))),
        }
    }
}

fn split_roles(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Who plays a role: a participant (by id) or the facilitator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Player {
    /// A participant.
    Participant(String),
    /// The facilitator.
    Facilitator,
}

/// A role play done in the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolePlay {
    /// What was played.
    pub scenario: Scenario,
    /// Who played which role, in the scenario's order.
    pub players: Vec<Option<Player>>,
    /// What went well (said first).
    pub went_well: String,
    /// One thing to try.
    pub to_try: String,
}

/// The role-play view's state: the scenarios, the one being played, the ones done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolePlays {
    /// The facilitator's own scenarios.
    pub own: Vec<Scenario>,
    /// The scenario chosen: a ready one (1-based) or one of `own` (after the ready ones).
    pub chosen: usize,
    /// Who plays each role of the chosen scenario.
    pub players: Vec<Option<Player>>,
    /// Feedback being written.
    pub went_well: String,
    /// Feedback being written.
    pub to_try: String,
    /// Done in this session.
    pub done: Vec<RolePlay>,
    /// A new scenario being written.
    #[serde(default)]
    pub draft: Scenario,
    /// The roles of the new scenario, as typed.
    #[serde(default)]
    pub draft_roles: String,
    /// A missing field.
    #[serde(default)]
    pub error: Option<String>,
}

impl RolePlays {
    /// The chosen scenario, if any.
    pub fn scenario(&self, t: &Translations) -> Option<Scenario> {
        match self.chosen {
            0 => None,
            n if n <= READY => Some(Scenario::ready(t, n)),
            n => self.own.get(n - READY - 1).cloned(),
        }
    }

    /// Saves the role play being played, with its feedback; `false` if what went well is
    /// missing (feedback starts with it).
    pub fn save_current(&mut self, t: &Translations) -> bool {
        let Some(scenario) = self.scenario(t) else {
            return false;
        };
        if self.went_well.trim().is_empty() {
            return false;
        }
        let mut players = std::mem::take(&mut self.players);
        players.resize(scenario.roles.len(), None);
        self.done.push(RolePlay {
            scenario,
            players,
            went_well: std::mem::take(&mut self.went_well).trim().to_owned(),
            to_try: std::mem::take(&mut self.to_try).trim().to_owned(),
        });
        true
    }
}

/// The role-play view. `people` are (id, name).
pub fn role_play_ui(
    ui: &mut egui::Ui,
    t: &Translations,
    plays: &mut RolePlays,
    people: &[(String, String)],
) {
    ui.strong(t.tr("role-scenario"));
    let mut chosen = plays.chosen;
    ui.horizontal_wrapped(|ui| {
        for n in 1..=READY {
            ui.selectable_value(&mut chosen, n, t.tr(&format!("scenario-{n}-title")));
        }
        for (i, own) in plays.own.iter().enumerate() {
            ui.selectable_value(&mut chosen, READY + 1 + i, &own.title);
        }
    });
    if chosen != plays.chosen {
        plays.chosen = chosen;
        plays.players.clear();
    }
    let shown = ui.collapsing(t.tr("role-new"), |ui| {
        let label = ui.label(t.tr("role-new-title"));
        ui.text_edit_singleline(&mut plays.draft.title)
            .labelled_by(label.id);
        area(ui, &t.tr("role-new-situation"), &mut plays.draft.situation);
        let label = ui.label(t.tr("role-new-roles"));
        ui.text_edit_singleline(&mut plays.draft_roles)
            .labelled_by(label.id);
        if ui.button(t.tr("role-new-add")).clicked() && !plays.draft.title.trim().is_empty() {
            let mut scenario = std::mem::take(&mut plays.draft);
            scenario.title = scenario.title.trim().to_owned();
            scenario.roles = split_roles(&std::mem::take(&mut plays.draft_roles));
            plays.own.push(scenario);
            plays.chosen = READY + plays.own.len();
            plays.players.clear();
        }
    });
    atelier_plugin_api::say_section(ui, &shown, &t.tr("section-open"), &t.tr("section-closed"));
    let Some(scenario) = plays.scenario(t) else {
        done_ui(ui, t, plays);
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.heading(&scenario.title);
        ui.label(&scenario.situation);
        plays.players.resize(scenario.roles.len(), None);
        for (role, player) in scenario.roles.iter().zip(plays.players.iter_mut()) {
            ui.horizontal(|ui| {
                let label = ui.label(t.tr_args("role-who", &[("role", role.as_str().into())]));
                let name = |p: &Option<Player>| match p {
                    None => t.tr("role-nobody"),
                    Some(Player::Facilitator) => t.tr("role-facilitator"),
                    Some(Player::Participant(id)) => people
                        .iter()
                        .find(|(pid, _)| pid == id)
                        .map_or_else(|| id.clone(), |(_, n)| n.clone()),
                };
                atelier_plugin_api::combo_box(ui, ("sst-role", role), name(player), |ui| {
                    for (id, person) in people {
                        ui.selectable_value(player, Some(Player::Participant(id.clone())), person);
                    }
                    ui.selectable_value(
                        player,
                        Some(Player::Facilitator),
                        t.tr("role-facilitator"),
                    );
                })
                .response
                .labelled_by(label.id);
            });
        }
        ui.add_space(4.0);
        ui.strong(t.tr("role-feedback-title"));
        area(ui, &t.tr("role-went-well"), &mut plays.went_well);
        area(ui, &t.tr("role-to-try"), &mut plays.to_try);
        if let Some(error) = &plays.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        if ui.button(t.tr("role-save")).clicked() {
            plays.error = (!plays.save_current(t)).then(|| t.tr("role-save-missing"));
        }
    });
    done_ui(ui, t, plays);
}

fn done_ui(ui: &mut egui::Ui, t: &Translations, plays: &RolePlays) {
    if plays.done.is_empty() {
        return;
    }
    ui.strong(t.tr("role-done"));
    for play in &plays.done {
        ui.label(t.tr_args(
            "role-done-line",
            &[
                ("scenario", play.scenario.title.as_str().into()),
                ("well", play.went_well.as_str().into()),
                ("try", play.to_try.as_str().into()),
            ],
        ));
    }
}
