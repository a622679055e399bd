//! Why an activity file was refused ([`SpecError`]): always with a line and a column, and a
//! sentence a person who has never programmed can act on, in French or English
//! ([`SpecError::message`]).

use atelier_plugin_api::{Arg, Locale, Translations};

/// Marks serde's message for a text given twice in one language (`(fr: "…", fr: "…")`).
pub(crate) const DUPLICATE_KEY_MARK: &str = "atelier-duplicate-key:";

/// Where in a file, counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line.
    pub line: usize,
    /// Column, in characters.
    pub column: usize,
}

impl Position {
    /// The start of the file.
    pub const START: Self = Self { line: 1, column: 1 };
}

/// An activity file that cannot be used, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {}, column {}: {problem:?}", at.line, at.column)]
pub struct SpecError {
    /// Where the problem is.
    pub at: Position,
    /// What it is.
    pub problem: Problem,
}

/// What is wrong in an activity file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read.
    Unreadable(String),
    /// Larger than [`crate::MAX_FILE_BYTES`].
    TooLarge {
        /// Its size.
        bytes: u64,
    },
    /// Not UTF-8 text.
    NotUtf8,
    /// The file stops before its end (a bracket or quote not closed).
    UnexpectedEnd,
    /// A comma is missing between two items.
    MissingComma,
    /// A comma is missing at the end of a line, after `after` (the end of that line).
    CommaAtLineEnd {
        /// The end of the line, where the comma goes.
        after: String,
    },
    /// A text without its quotes.
    ExpectedText,
    /// Quotes opened and never closed.
    UnclosedQuotes,
    /// A whole number was expected.
    ExpectedNumber,
    /// `true` or `false` was expected.
    ExpectedTrueFalse,
    /// A list's brackets.
    ExpectedList,
    /// A parenthesis is missing.
    ExpectedParenthesis,
    /// Typographic quotes where a text's straight quotes go.
    CurlyQuotes,
    /// A character that has no place here.
    UnexpectedChar(char),
    /// Text after the activity's last parenthesis.
    TextAfterEnd,
    /// A `/*` comment that is never closed.
    UnclosedComment,
    /// Brackets nested too deep.
    TooDeep,
    /// A key this place does not have; the nearest valid one, if one is close.
    UnknownKey {
        /// What was written.
        found: String,
        /// The valid key closest to it.
        nearest: Option<String>,
        /// Every valid key here.
        expected: Vec<String>,
    },
    /// A key that must be there.
    MissingKey(String),
    /// A key written twice.
    DuplicateKey(String),
    /// An unknown field kind; the kinds there are.
    UnknownKind {
        /// What was written.
        found: String,
        /// The kind closest to it.
        nearest: Option<String>,
    },
    /// A word that is not one of the possible values here.
    UnknownValue {
        /// What was written.
        found: String,
        /// The closest possible value.
        nearest: Option<String>,
        /// Every possible value.
        expected: Vec<String>,
    },
    /// A value of the wrong type (the parser's own words, for what is not covered above).
    Other(String),
    /// Written for a newer Atelier.
    NewerFormat(u32),
    /// An id that is not lowercase letters, digits and `_`.
    BadId(String),
    /// A text that must not be empty.
    EmptyText,
    /// A text longer than [`atelier_plugin_api::MAX_LINE_CHARS`].
    TooLong,
    /// Too many of something (steps, fields, options…).
    TooMany {
        /// The key of the list.
        what: String,
        /// The most allowed.
        max: usize,
    },
    /// An activity without steps.
    NoSteps,
    /// Participant limits that make no sense.
    Limits {
        /// Fewest.
        min: usize,
        /// Most.
        max: usize,
    },
    /// A one-to-one-only activity that asks for more than one person.
    OneToOneLimits,
    /// Two fields with one id.
    DuplicateFieldId(String),
    /// A choice, checklist or grid with fewer than two options or statements.
    TooFewOptions,
    /// A scale whose ends make no sense.
    ScaleRange {
        /// Lowest.
        min: i32,
        /// Highest.
        max: i32,
    },
    /// A grid with fewer than two or more than seven levels.
    LikertLevels,
    /// `anonymous` on something other than a group text or grid.
    AnonymousNotGroupText,
    /// `anonymous` with a takeaway, a chart or `keep`.
    AnonymousWithPerson,
    /// `chart` on something other than a scale for each person.
    ChartNotScale,
    /// `keep` on a group field.
    KeepGroup,
    /// `show_on_projector` on a kind the projector cannot show.
    ProjectorKind(String),
    /// A takeaway with a `{…}` other than `{value}`.
    TakeawayPlaceholder(String),
    /// A `journey` role on a field whose kind cannot play it (by the role's name).
    JourneyKind(&'static str),
    /// A `journey` role on a group or anonymous field: a stage is one person's.
    JourneyGroup,
    /// Two fields with the same `journey` role.
    JourneyTwice(&'static str),
    /// A `journey` role in an activity with no `StageDecision` field.
    JourneyWithoutDecision,
}

const FR: &str = include_str!("../i18n/fr.ftl");
const EN: &str = include_str!("../i18n/en.ftl");

impl SpecError {
    /// A problem at `at`.
    pub fn new(at: Position, problem: Problem) -> Self {
        Self { at, problem }
    }

    /// The sentence, without the place, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        let t = Translations::pick(locale, FR, EN);
        let list = |items: &[String]| items.join(", ");
        match &self.problem {
            Problem::Unreadable(reason) => {
                t.tr_args("err-unreadable", &[("reason", reason.as_str().into())])
            }
            Problem::TooLarge { bytes } => t.tr_args(
                "err-too-large",
                &[
                    ("size", kilobytes(*bytes).into()),
                    ("max", kilobytes(crate::MAX_FILE_BYTES).into()),
                ],
            ),
            Problem::NotUtf8 => t.tr("err-not-utf8"),
            Problem::UnexpectedEnd => t.tr("err-unexpected-end"),
            Problem::MissingComma => t.tr("err-missing-comma"),
            Problem::CommaAtLineEnd { after } => {
                t.tr_args("err-comma-at-line-end", &[("after", after.as_str().into())])
            }
            Problem::ExpectedText => t.tr("err-expected-text"),
            Problem::UnclosedQuotes => t.tr("err-unclosed-quotes"),
            Problem::ExpectedNumber => t.tr("err-expected-number"),
            Problem::ExpectedTrueFalse => t.tr("err-expected-bool"),
            Problem::ExpectedList => t.tr("err-expected-list"),
            Problem::ExpectedParenthesis => t.tr("err-expected-parenthesis"),
            Problem::CurlyQuotes => t.tr("err-curly-quotes"),
            Problem::UnexpectedChar(c) => {
                t.tr_args("err-unexpected-char", &[("char", c.to_string().into())])
            }
            Problem::TextAfterEnd => t.tr("err-text-after-end"),
            Problem::UnclosedComment => t.tr("err-unclosed-comment"),
            Problem::TooDeep => t.tr("err-too-deep"),
            Problem::UnknownKey {
                found,
                nearest: Some(nearest),
                ..
            } => t.tr_args(
                "err-unknown-key-nearest",
                &[
                    ("found", found.as_str().into()),
                    ("nearest", nearest.as_str().into()),
                ],
            ),
            Problem::UnknownKey {
                found,
                nearest: None,
                expected,
            } => t.tr_args(
                "err-unknown-key",
                &[
                    ("found", found.as_str().into()),
                    ("expected", list(expected).into()),
                ],
            ),
            Problem::MissingKey(key) => {
                t.tr_args("err-missing-key", &[("key", key.as_str().into())])
            }
            Problem::DuplicateKey(key) => {
                t.tr_args("err-duplicate-key", &[("key", key.as_str().into())])
            }
            Problem::UnknownKind { found, nearest } => {
                let kinds = crate::check::KINDS.join(", ");
                let nearest = nearest.as_deref().map_or_else(String::new, |n| {
                    t.tr_args("err-did-you-mean", &[("nearest", n.into())])
                });
                t.tr_args(
                    "err-unknown-kind",
                    &[
                        ("found", found.as_str().into()),
                        ("kinds", kinds.into()),
                        ("nearest", nearest.into()),
                    ],
                )
            }
            Problem::UnknownValue {
                found,
                nearest,
                expected,
            } => {
                let nearest = nearest.as_deref().map_or_else(String::new, |n| {
                    t.tr_args("err-did-you-mean", &[("nearest", n.into())])
                });
                t.tr_args(
                    "err-unknown-value",
                    &[
                        ("found", found.as_str().into()),
                        ("expected", list(expected).into()),
                        ("nearest", nearest.into()),
                    ],
                )
            }
            Problem::Other(detail) => t.tr_args("err-other", &[("detail", detail.as_str().into())]),
            Problem::NewerFormat(found) => t.tr_args(
                "err-newer-format",
                &[
                    ("found", (*found).into()),
                    ("supported", crate::FORMAT_VERSION.into()),
                ],
            ),
            Problem::BadId(id) => t.tr_args("err-bad-id", &[("id", id.as_str().into())]),
            Problem::EmptyText => t.tr("err-empty-text"),
            Problem::TooLong => t.tr_args(
                "err-too-long",
                &[("max", atelier_plugin_api::MAX_LINE_CHARS.into())],
            ),
            Problem::TooMany { what, max } => t.tr_args(
                "err-too-many",
                &[("what", what.as_str().into()), ("max", (*max).into())],
            ),
            Problem::NoSteps => t.tr("err-no-steps"),
            Problem::Limits { min, max } => t.tr_args(
                "err-limits",
                &[("min", (*min).into()), ("max", (*max).into())],
            ),
            Problem::OneToOneLimits => t.tr("err-one-to-one-limits"),
            Problem::DuplicateFieldId(id) => {
                t.tr_args("err-duplicate-field", &[("id", id.as_str().into())])
            }
            Problem::TooFewOptions => t.tr("err-too-few-options"),
            Problem::ScaleRange { min, max } => t.tr_args(
                "err-scale-range",
                &[
                    ("min", Arg::String(min.to_string())),
                    ("max", Arg::String(max.to_string())),
                    ("span", crate::check::MAX_SCALE_SPAN.into()),
                ],
            ),
            Problem::LikertLevels => t.tr("err-likert-levels"),
            Problem::AnonymousNotGroupText => t.tr("err-anonymous-kind"),
            Problem::AnonymousWithPerson => t.tr("err-anonymous-person"),
            Problem::ChartNotScale => t.tr("err-chart-scale"),
            Problem::KeepGroup => t.tr("err-keep-group"),
            Problem::ProjectorKind(kind) => {
                t.tr_args("err-projector-kind", &[("kind", kind.as_str().into())])
            }
            Problem::TakeawayPlaceholder(found) => t.tr_args(
                "err-takeaway-placeholder",
                &[("found", found.as_str().into())],
            ),
            Problem::JourneyKind(role) => {
                t.tr_args("err-journey-kind", &[("role", (*role).into())])
            }
            Problem::JourneyGroup => t.tr("err-journey-group"),
            Problem::JourneyTwice(role) => {
                t.tr_args("err-journey-twice", &[("role", (*role).into())])
            }
            Problem::JourneyWithoutDecision => t.tr("err-journey-without-decision"),
        }
    }

    /// `line L, column C: sentence` in `locale`.
    pub fn located_message(&self, locale: Locale) -> String {
        Translations::pick(locale, FR, EN).tr_args(
            "err-located",
            &[
                ("line", self.at.line.into()),
                ("column", self.at.column.into()),
                ("message", self.message(locale).into()),
            ],
        )
    }
}

fn kilobytes(bytes: u64) -> String {
    bytes.div_ceil(1024).to_string()
}
