//! [`Descriptor`]: what an activity says about itself before any session starts.

use crate::i18n::Translated;

/// Which ways an activity can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Modes {
    /// In a group, usually with a projector.
    pub collective: bool,
    /// One advisor and one participant side by side.
    pub one_to_one: bool,
}

impl Modes {
    /// Both modes.
    pub const BOTH: Self = Self {
        collective: true,
        one_to_one: true,
    };
    /// Collective sessions only.
    pub const COLLECTIVE: Self = Self {
        collective: true,
        one_to_one: false,
    };
    /// One-to-one exercises only.
    pub const ONE_TO_ONE: Self = Self {
        collective: false,
        one_to_one: true,
    };

    /// Whether `mode` is one of these.
    pub fn allows(self, mode: Mode) -> bool {
        match mode {
            Mode::Collective => self.collective,
            Mode::OneToOne => self.one_to_one,
        }
    }
}

/// How a session runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// A group.
    Collective,
    /// One participant.
    OneToOne,
}

/// A series an activity contributes to the journey's progress charts (for example the
/// miracle question's 0–10 scale).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartDesc {
    /// Stable key of the series, unique within the activity.
    pub key: String,
    /// Name shown on the chart.
    pub name: Translated,
    /// Lowest and highest value, for the axis.
    pub range: (f64, f64),
}

/// What an activity is: shown in the activity library and stored in every record.
#[derive(Debug, Clone, PartialEq)]
pub struct Descriptor {
    /// Stable id, such as `weekly_routine`: lowercase letters, digits and `_`.
    pub id: String,
    /// Version of the activity (semantic versioning), stored in each record.
    pub version: String,
    /// Name in French and English.
    pub name: Translated,
    /// One-line description in French and English.
    pub description: Translated,
    /// The modes it supports.
    pub modes: Modes,
    /// Fewest participants.
    pub min_participants: usize,
    /// Most participants.
    pub max_participants: usize,
    /// Whether it has a view for the projector.
    pub has_projector_view: bool,
    /// Progress series it contributes to journeys.
    pub charts: Vec<ChartDesc>,
    /// Whether it is a stage review (*bilan d'étape*): the journey starts it to review a stage,
    /// gives it the stage ([`crate::SetupParticipant::stage`]) and writes its
    /// [`crate::ParticipantResult::stage_review`] into the journey.
    pub reviews_stage: bool,
}

impl Descriptor {
    /// Checks the descriptor is usable: a valid id, a version, names, sane limits.
    ///
    /// # Errors
    /// A sentence for the plugin's author.
    pub fn validate(&self) -> Result<(), String> {
        let id_ok = !self.id.is_empty()
            && self.id.len() <= 48
            && self
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !id_ok {
            return Err(format!(
                "the id {:?} must be 1 to 48 lowercase letters, digits or '_'",
                self.id
            ));
        }
        if self.version.trim().is_empty() {
            return Err(String::from("the version is empty"));
        }
        if self.name.fr.trim().is_empty() || self.name.en.trim().is_empty() {
            return Err(String::from("the name needs French and English"));
        }
        if !(self.modes.collective || self.modes.one_to_one) {
            return Err(String::from("no mode is allowed"));
        }
        if self.min_participants == 0 || self.min_participants > self.max_participants {
            return Err(format!(
                "participant limits {}..={} make no sense",
                self.min_participants, self.max_participants
            ));
        }
        Ok(())
    }
}
