//! Answers ([`Value`]) and everything that reads them as text: a takeaway line, a record, the
//! projector's list.

use std::collections::{BTreeMap, BTreeSet};

use atelier_plugin_api::{Locale, Translations};
use serde::{Deserialize, Serialize};

use crate::spec::{FieldSpec, Kind, Text};

/// One answer to a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    /// A short or long text.
    Text(String),
    /// A list's items.
    Items(Vec<String>),
    /// The chosen option of a single choice.
    Choice(usize),
    /// The chosen options of a multiple choice, or the ticked items of a checklist.
    Choices(BTreeSet<usize>),
    /// A scale's value.
    Number(i32),
    /// A grid's level (from 0) for each statement (from 0) rated.
    Ratings(BTreeMap<usize, usize>),
    /// A date as typed (`20/11/2026`).
    Date(String),
}

impl Value {
    /// An empty answer of `kind`.
    pub fn empty(kind: &Kind) -> Option<Self> {
        match kind {
            Kind::ShortText | Kind::LongText => Some(Self::Text(String::new())),
            Kind::List => Some(Self::Items(Vec::new())),
            Kind::MultipleChoice { .. } | Kind::Checklist { .. } => {
                Some(Self::Choices(BTreeSet::new()))
            }
            Kind::Likert { .. } => Some(Self::Ratings(BTreeMap::new())),
            Kind::Date => Some(Self::Date(String::new())),
            Kind::SingleChoice { .. } | Kind::Scale { .. } => None,
        }
    }

    /// Whether this answer fits `kind` (a kept answer from an older version of a file may not).
    pub fn fits(&self, kind: &Kind) -> bool {
        match (self, kind) {
            (Self::Text(_), Kind::ShortText | Kind::LongText)
            | (Self::Items(_), Kind::List)
            | (Self::Date(_), Kind::Date) => true,
            (Self::Choice(i), Kind::SingleChoice { options }) => *i < options.len(),
            (Self::Choices(set), Kind::MultipleChoice { .. } | Kind::Checklist { .. }) => {
                set.iter().all(|i| *i < kind.options().len())
            }
            (Self::Number(n), Kind::Scale { min, max, .. }) => (*min..=*max).contains(n),
            (Self::Ratings(r), Kind::Likert { statements, levels }) => r
                .iter()
                .all(|(s, l)| *s < statements.len() && *l < levels.as_ref().map_or(5, Vec::len)),
            _ => false,
        }
    }

    /// Whether everything is answered (every statement of a grid is rated).
    pub fn is_complete(&self, kind: &Kind) -> bool {
        match (self, kind) {
            (Self::Ratings(r), Kind::Likert { statements, .. }) => r.len() >= statements.len(),
            _ => !self.is_empty(),
        }
    }

    /// Whether nothing was answered.
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Text(s) | Self::Date(s) => s.trim().is_empty(),
            Self::Items(items) => items.iter().all(|i| i.trim().is_empty()),
            Self::Choices(set) => set.is_empty(),
            Self::Ratings(r) => r.is_empty(),
            Self::Choice(_) | Self::Number(_) => false,
        }
    }
}

/// The levels of a grid: the file's, or the five standard ones.
pub fn levels(kind: &Kind, t: &Translations) -> Vec<String> {
    match kind {
        Kind::Likert {
            levels: Some(levels),
            ..
        } => levels
            .iter()
            .map(|l| l.get(t.locale()).to_owned())
            .collect(),
        _ => (1..=5).map(|n| t.tr(&format!("likert-{n}"))).collect(),
    }
}

/// An answer as words, in one line: what a takeaway and the journey show.
pub fn value_text(field: &FieldSpec, value: &Value, t: &Translations) -> String {
    let locale = t.locale();
    let option = |i: usize| {
        field
            .kind
            .options()
            .get(i)
            .map_or_else(String::new, |o| o.get(locale).to_owned())
    };
    match value {
        Value::Text(s) => s.trim().to_owned(),
        Value::Items(items) => join(
            items
                .iter()
                .map(|i| atelier_plugin_api::clause(i).to_owned()),
            " ; ",
        ),
        Value::Choice(i) => option(*i),
        Value::Choices(set) => join(set.iter().map(|i| option(*i)), ", "),
        Value::Number(n) => n.to_string(),
        Value::Ratings(ratings) => rating_lines(field, ratings, t).join(" ; "),
        Value::Date(s) => date_value(s),
    }
}

/// Each rated statement of a grid, `statement : level`.
pub fn rating_lines(
    field: &FieldSpec,
    ratings: &BTreeMap<usize, usize>,
    t: &Translations,
) -> Vec<String> {
    let Kind::Likert { statements, .. } = &field.kind else {
        return Vec::new();
    };
    let levels = levels(&field.kind, t);
    ratings
        .iter()
        .filter_map(|(s, l)| {
            let statement = atelier_plugin_api::clause(statements.get(*s)?.get(t.locale()));
            let level = levels.get(*l)?;
            Some(t.tr_args(
                "rating-line",
                &[
                    ("statement", statement.into()),
                    ("level", level.as_str().into()),
                ],
            ))
        })
        .collect()
}

/// A typed date as Atelier writes dates, or as typed when it is not one.
pub fn date_value(typed: &str) -> String {
    atelier_plugin_api::parse_date(typed)
        .map_or_else(|| typed.trim().to_owned(), atelier_plugin_api::date_text)
}

fn join(items: impl Iterator<Item = String>, separator: &str) -> String {
    items
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

/// A takeaway line: the template with the answer in place of `{value}`.
pub fn takeaway_line(template: &Text, value: &str, locale: Locale) -> String {
    template.get(locale).replace("{value}", value)
}
