//! The format of an activity file, as serde reads it: [`ActivitySpec`] and what it holds.
//!
//! Keys are English words; every text a person reads is a [`Text`], in French and English.
//! `ACTIVITIES.md` at the repository root is the guide for the people who write these files.

use std::fmt;

use atelier_plugin_api::Locale;
use serde::{Deserialize, Serialize};

/// The newest format this Atelier reads.
pub const FORMAT_VERSION: u32 = 1;

/// A text in French and, if given, English. In a file it is written `"Bonjour"` (French only)
/// or `(fr: "Bonjour", en: "Hello")`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Text {
    /// French.
    pub fr: String,
    /// English; when absent, the French text is shown.
    pub en: Option<String>,
}

impl Text {
    /// The text in `locale` (French when there is no English).
    pub fn get(&self, locale: Locale) -> &str {
        match (locale, &self.en) {
            (Locale::En, Some(en)) if !en.trim().is_empty() => en,
            _ => &self.fr,
        }
    }

    /// Both texts, for a descriptor.
    pub fn translated(&self) -> atelier_plugin_api::Translated {
        atelier_plugin_api::Translated::new(self.fr.clone(), self.get(Locale::En))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> serde::de::Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} \"…\" or (fr: \"…\", en: \"…\")",
            crate::check::TEXT_EXPECTED
        )
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text {
            fr: v.to_owned(),
            en: None,
        })
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut fr = None;
        let mut en = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "fr" if fr.is_none() => fr = Some(map.next_value::<String>()?),
                "en" if en.is_none() => en = map.next_value::<Option<String>>()?,
                "fr" | "en" => {
                    return Err(serde::de::Error::custom(format!(
                        "{}{key}",
                        crate::error::DUPLICATE_KEY_MARK
                    )));
                }
                _ => return Err(serde::de::Error::unknown_field(&key, &["fr", "en"])),
            }
        }
        let fr = fr.ok_or_else(|| serde::de::Error::missing_field("fr"))?;
        Ok(Text { fr, en })
    }
}

/// Which ways an activity runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Modes {
    /// One-to-one and in a group.
    #[default]
    Both,
    /// One advisor and one person.
    OneToOne,
    /// A group.
    Collective,
}

/// How many people may take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participants {
    /// Fewest.
    pub min: usize,
    /// Most.
    pub max: usize,
}

impl Default for Participants {
    fn default() -> Self {
        Self { min: 1, max: 12 }
    }
}

/// An activity described in a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivitySpec {
    /// The format this file is written in (1; optional).
    #[serde(default = "format_version")]
    pub format_version: u32,
    /// Stable id: lowercase letters, digits and `_`; stored in every record.
    pub id: String,
    /// The activity's own version, stored in every record.
    pub version: String,
    /// Its name.
    pub name: Text,
    /// One line on what it is for.
    pub description: Text,
    /// One-to-one, collective or both (`Both` when absent).
    #[serde(default)]
    pub modes: Modes,
    /// How many people (1 to 12 when absent).
    #[serde(default)]
    pub participants: Participants,
    /// The steps, in order.
    pub steps: Vec<StepSpec>,
}

fn format_version() -> u32 {
    FORMAT_VERSION
}

/// One step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepSpec {
    /// Its title.
    pub title: Text,
    /// What the facilitator asks or says.
    pub prompt: Text,
    /// What the projector shows instead of the prompt.
    #[serde(default)]
    pub projector: Option<Text>,
    /// What is filled in.
    #[serde(default)]
    pub fields: Vec<FieldSpec>,
}

/// Who a field is filled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum For {
    /// Each person has their own answer.
    #[default]
    Each,
    /// One answer for the whole group.
    Group,
}

/// One thing to fill in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Stable id, unique in the activity: lowercase letters, digits and `_`.
    pub id: String,
    /// What is asked, next to the field.
    pub label: Text,
    /// What kind of answer.
    pub kind: Kind,
    /// For each person (`Each`, when absent) or for the group (`Group`).
    #[serde(default, rename = "for")]
    pub for_: For,
    /// A group text collected without its author, shown in a shuffled order.
    #[serde(default)]
    pub anonymous: bool,
    /// Whether the projector shows the answers (without names).
    #[serde(default)]
    pub show_on_projector: bool,
    /// A line of the person's takeaway, with `{value}` where the answer goes.
    #[serde(default)]
    pub takeaway: Option<Text>,
    /// The name of a series on the journey's progress chart (a scale only).
    #[serde(default)]
    pub chart: Option<Text>,
    /// Whether the answer is kept and filled in again at this activity's next session.
    #[serde(default)]
    pub keep: bool,
    /// What the answer becomes in the person's journey, in a stage review (*bilan d'étape*):
    /// a field with `journey: StageDecision` makes the activity the journey's stage review.
    #[serde(default)]
    pub journey: Option<JourneyRole>,
}

/// What a stage review's answer becomes in the journey: the review of the stage and the next
/// stage prepared from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum JourneyRole {
    /// The decision: a `SingleChoice` of three options, in this order — continue with a new
    /// frame, hand over, stop.
    StageDecision,
    /// To whom the support is handed over (a text).
    HandOverTo,
    /// The next stage's goal, also its title (a text).
    NextGoal,
    /// The next stage's planned actions (a `List`).
    NextActions,
    /// The date of the next review, the next stage's planned end (a `Date`).
    NextReview,
}

impl JourneyRole {
    /// The role's name as written in a file.
    pub fn name(self) -> &'static str {
        match self {
            Self::StageDecision => "StageDecision",
            Self::HandOverTo => "HandOverTo",
            Self::NextGoal => "NextGoal",
            Self::NextActions => "NextActions",
            Self::NextReview => "NextReview",
        }
    }

    /// Whether an answer of `kind` can play this role.
    pub fn fits(self, kind: &Kind) -> bool {
        match self {
            Self::StageDecision => {
                matches!(kind, Kind::SingleChoice { options } if options.len() == 3)
            }
            Self::HandOverTo | Self::NextGoal => matches!(kind, Kind::ShortText | Kind::LongText),
            Self::NextActions => matches!(kind, Kind::List),
            Self::NextReview => matches!(kind, Kind::Date),
        }
    }
}

/// The kinds of field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Kind {
    /// One line of text.
    ShortText,
    /// A few lines of text.
    LongText,
    /// A list of items, added and removed one by one.
    List,
    /// One option among several.
    SingleChoice {
        /// The options.
        options: Vec<Text>,
    },
    /// Any number of options.
    MultipleChoice {
        /// The options.
        options: Vec<Text>,
    },
    /// Things to tick.
    Checklist {
        /// The items.
        items: Vec<Text>,
    },
    /// A number on a scale, such as 0 to 10.
    Scale {
        /// The lowest value.
        min: i32,
        /// The highest value.
        max: i32,
        /// What the lowest value means.
        #[serde(default)]
        low: Option<Text>,
        /// What the highest value means.
        #[serde(default)]
        high: Option<Text>,
    },
    /// Statements, each rated on the same levels ("not at all" … "completely").
    Likert {
        /// The statements.
        statements: Vec<Text>,
        /// The levels, lowest first (five standard ones when absent).
        #[serde(default)]
        levels: Option<Vec<Text>>,
    },
    /// A date.
    Date,
}

impl Kind {
    /// The kind's name as written in a file.
    pub fn name(&self) -> &'static str {
        match self {
            Self::ShortText => "ShortText",
            Self::LongText => "LongText",
            Self::List => "List",
            Self::SingleChoice { .. } => "SingleChoice",
            Self::MultipleChoice { .. } => "MultipleChoice",
            Self::Checklist { .. } => "Checklist",
            Self::Scale { .. } => "Scale",
            Self::Likert { .. } => "Likert",
            Self::Date => "Date",
        }
    }

    /// Whether answers are text (what can be collected anonymously).
    pub fn is_text(&self) -> bool {
        matches!(self, Self::ShortText | Self::LongText | Self::List)
    }

    /// The options of a choice or checklist.
    pub fn options(&self) -> &[Text] {
        match self {
            Self::SingleChoice { options } | Self::MultipleChoice { options } => options,
            Self::Checklist { items } => items,
            _ => &[],
        }
    }
}

impl ActivitySpec {
    /// Every field, with the index of its step.
    pub fn fields(&self) -> impl Iterator<Item = (usize, &FieldSpec)> {
        self.steps
            .iter()
            .enumerate()
            .flat_map(|(i, step)| step.fields.iter().map(move |f| (i, f)))
    }

    /// Whether the activity is a stage review: one of its fields takes the decision.
    pub fn reviews_stage(&self) -> bool {
        self.fields()
            .any(|(_, f)| f.journey == Some(JourneyRole::StageDecision))
    }

    /// The field that plays `role` in a stage review, if one does.
    pub fn field_for(&self, role: JourneyRole) -> Option<&FieldSpec> {
        self.fields()
            .map(|(_, f)| f)
            .find(|f| f.journey == Some(role))
    }

    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&FieldSpec> {
        self.fields().map(|(_, f)| f).find(|f| f.id == id)
    }
}
