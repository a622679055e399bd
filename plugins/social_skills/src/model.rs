//! What the activity keeps for a person across sessions, in their journey: the target
//! behaviour, its baseline and follow-up measurements, the changes made to the training, and
//! the chart drawn from them. Pure data and rules, no UI.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The five domains of social skills at work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Domain {
    /// Relations with peers: team work, accepting criticism.
    Peers,
    /// Self-control: temper, compromise.
    SelfControl,
    /// Work methodology: working independently.
    WorkMethod,
    /// Compliance: rules, instructions.
    Compliance,
    /// Assertion: starting a conversation, receiving compliments.
    Assertion,
}

impl Domain {
    /// Every domain, in order.
    pub const ALL: [Self; 5] = [
        Self::Peers,
        Self::SelfControl,
        Self::WorkMethod,
        Self::Compliance,
        Self::Assertion,
    ];

    /// The message id of its name.
    pub fn message(self) -> &'static str {
        match self {
            Self::Peers => "domain-peers",
            Self::SelfControl => "domain-self-control",
            Self::WorkMethod => "domain-work-method",
            Self::Compliance => "domain-compliance",
            Self::Assertion => "domain-assertion",
        }
    }
}

/// How the behaviour is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MeasureKind {
    /// How many times, over a stated period.
    Count,
    /// How often, as a share of the occasions (0–100 %).
    Percent,
    /// A rating from 1 (not at all) to 5 (fully).
    Rating,
}

impl MeasureKind {
    /// Every kind, in order.
    pub const ALL: [Self; 3] = [Self::Count, Self::Percent, Self::Rating];

    /// The message id of its name.
    pub fn message(self) -> &'static str {
        match self {
            Self::Count => "measure-count",
            Self::Percent => "measure-percent",
            Self::Rating => "measure-rating",
        }
    }

    /// The lowest and highest values that make sense (a count has no highest).
    pub fn range(self) -> (f64, Option<f64>) {
        match self {
            Self::Count => (0.0, None),
            Self::Percent => (0.0, Some(100.0)),
            Self::Rating => (1.0, Some(5.0)),
        }
    }

    /// Whether `value` makes sense for this measure.
    pub fn accepts(self, value: f64) -> bool {
        let (low, high) = self.range();
        value.is_finite() && value >= low && high.is_none_or(|high| value <= high)
    }
}

/// Which part of the process a measurement belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Before the training (three separate occasions).
    Baseline,
    /// During and after the training (at least two weeks).
    FollowUp,
}

/// Who observed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// The person themself.
    Person,
    /// The advisor.
    Advisor,
    /// The employer or a colleague.
    Employer,
    /// Family or someone they live with.
    Family,
    /// Someone else, named by their role.
    Other(String),
}

impl Source {
    /// The sources offered in the form, in order (then "other").
    pub const LISTED: [Self; 4] = [Self::Person, Self::Advisor, Self::Employer, Self::Family];

    /// The message id of its name (for `Other`, the role typed is shown instead).
    pub fn message(&self) -> &'static str {
        match self {
            Self::Person => "source-person",
            Self::Advisor => "source-advisor",
            Self::Employer => "source-employer",
            Self::Family => "source-family",
            Self::Other(_) => "source-other",
        }
    }
}

/// One measurement of the target behaviour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    /// When it was observed.
    pub date: NaiveDate,
    /// The value, in the target's measure.
    pub value: f64,
    /// Baseline or follow-up.
    pub phase: Phase,
    /// Who observed.
    pub source: Source,
    /// Where, with whom (helps to see generalisation).
    #[serde(default)]
    pub note: String,
}

/// A change to the training, one thing at a time (step 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// From when.
    pub date: NaiveDate,
    /// What changed.
    pub what: String,
}

/// The techniques of a training session (step 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Technique {
    /// Showing the behaviour.
    Modelling,
    /// Practising it in a scene.
    RolePlay,
    /// Building it in small steps.
    Shaping,
    /// Saying what went well and what to try.
    Feedback,
    /// Rewarding progress.
    Reinforcement,
}

impl Technique {
    /// Every technique, in order.
    pub const ALL: [Self; 5] = [
        Self::Modelling,
        Self::RolePlay,
        Self::Shaping,
        Self::Feedback,
        Self::Reinforcement,
    ];

    /// The message id of its name.
    pub fn message(self) -> &'static str {
        match self {
            Self::Modelling => "technique-modelling",
            Self::RolePlay => "technique-role-play",
            Self::Shaping => "technique-shaping",
            Self::Feedback => "technique-feedback",
            Self::Reinforcement => "technique-reinforcement",
        }
    }
}

/// The training sessions' techniques, by date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Training {
    /// The session's day.
    pub date: NaiveDate,
    /// What was used.
    pub techniques: Vec<Technique>,
}

/// The behaviour worked on, defined so that progress can be measured (steps 1–2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// Its domain.
    pub domain: Domain,
    /// The social situation chosen with the person (step 1).
    pub situation: String,
    /// The behaviour, observable: what counts.
    pub behaviour: String,
    /// How it is measured.
    pub measure: MeasureKind,
    /// The unit or period, for counts ("per week").
    #[serde(default)]
    pub unit: String,
    /// Since when.
    pub started: NaiveDate,
    /// Every measurement, in the order entered.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    /// Changes to the training.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// Techniques used, session by session.
    #[serde(default)]
    pub trainings: Vec<Training>,
    /// Other people and places where the behaviour is practised (step 7).
    #[serde(default)]
    pub generalisation: String,
    /// How support is being faded (step 7).
    #[serde(default)]
    pub fading: String,
}

/// Everything kept in the journey for this activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tracking {
    /// Version of this layout.
    pub format_version: u32,
    /// The behaviour being worked on, if one is chosen.
    pub target: Option<Target>,
    /// Behaviours worked on before, kept.
    #[serde(default)]
    pub earlier: Vec<Target>,
}

impl Default for Tracking {
    fn default() -> Self {
        Self {
            format_version: 1,
            target: None,
            earlier: Vec::new(),
        }
    }
}

impl Tracking {
    /// Reads what the journey kept; a missing or unreadable text gives an empty tracking and
    /// the reason, so the session can go on and the facilitator is told.
    pub fn read(stored: Option<&str>) -> (Self, Option<String>) {
        match stored {
            None => (Self::default(), None),
            Some(text) => match atelier_plugin_api::from_ron(text) {
                Ok(tracking) => (tracking, None),
                Err(error) => (Self::default(), Some(error)),
            },
        }
    }

    /// As RON for the journey.
    pub fn to_text(&self) -> String {
        atelier_plugin_api::to_ron(self).unwrap_or_default()
    }
}

/// How many baseline measurements the process asks for.
pub const BASELINE_OCCASIONS: usize = 3;
/// How many days of follow-up the process asks for at least.
pub const FOLLOW_UP_DAYS: i64 = 14;

impl Target {
    /// Baseline measurements, oldest first.
    pub fn baseline(&self) -> Vec<&Measurement> {
        self.of(Phase::Baseline)
    }

    /// Follow-up measurements, oldest first.
    pub fn follow_up(&self) -> Vec<&Measurement> {
        self.of(Phase::FollowUp)
    }

    fn of(&self, phase: Phase) -> Vec<&Measurement> {
        let mut list: Vec<&Measurement> = self
            .measurements
            .iter()
            .filter(|m| m.phase == phase)
            .collect();
        list.sort_by_key(|m| m.date);
        list
    }

    /// Baseline occasions on separate days.
    pub fn baseline_days(&self) -> usize {
        let mut days: Vec<NaiveDate> = self.baseline().iter().map(|m| m.date).collect();
        days.dedup();
        days.len()
    }

    /// The phase a new measurement belongs to by default: baseline until three separate days
    /// are measured, then follow-up.
    pub fn next_phase(&self) -> Phase {
        if self.baseline_days() < BASELINE_OCCASIONS && self.follow_up().is_empty() {
            Phase::Baseline
        } else {
            Phase::FollowUp
        }
    }

    /// Days between the first and the last follow-up measurement.
    pub fn follow_up_days(&self) -> i64 {
        let follow = self.follow_up();
        match (follow.first(), follow.last()) {
            (Some(first), Some(last)) => (last.date - first.date).num_days(),
            _ => 0,
        }
    }

    /// The chart's data.
    pub fn chart(&self) -> ChartData {
        let points = |phase| {
            self.of(phase)
                .into_iter()
                .map(|m| (m.date, m.value))
                .collect::<Vec<_>>()
        };
        let baseline = points(Phase::Baseline);
        #[expect(clippy::cast_precision_loss, reason = "a handful of measurements")]
        let baseline_mean = (!baseline.is_empty())
            .then(|| baseline.iter().map(|(_, v)| v).sum::<f64>() / baseline.len() as f64);
        let mut changes: Vec<(NaiveDate, String)> = self
            .changes
            .iter()
            .map(|c| (c.date, c.what.clone()))
            .collect();
        changes.sort_by_key(|(date, _)| *date);
        ChartData {
            baseline,
            follow_up: points(Phase::FollowUp),
            baseline_mean,
            changes,
            range: self.measure.range(),
        }
    }
}

/// What the progress chart shows: baseline against follow-up, the baseline's mean, and the
/// changes made to the training.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// Baseline measurements, oldest first.
    pub baseline: Vec<(NaiveDate, f64)>,
    /// Follow-up measurements, oldest first.
    pub follow_up: Vec<(NaiveDate, f64)>,
    /// The baseline's mean, the level to compare with.
    pub baseline_mean: Option<f64>,
    /// Changes to the training, oldest first.
    pub changes: Vec<(NaiveDate, String)>,
    /// The measure's range (a count has no highest).
    pub range: (f64, Option<f64>),
}
