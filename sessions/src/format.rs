//! Versioned RON files: every file carries a `format_version`; reading one reports where it is
//! wrong (line and column), refuses a newer version, and migrates an older one.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::bounds::{self, BoundError};

/// A kind of file Atelier stores: journeys, session records, drafts.
///
/// Reading goes through [`parse`]: the current version is read as is, an older one through
/// [`Versioned::migrate`], a newer one is refused (and so never overwritten).
pub trait Versioned: Serialize + DeserializeOwned {
    /// The format version this build writes.
    const CURRENT_VERSION: u32;

    /// The largest file of this kind Atelier reads (see [`crate::bounds`]).
    const MAX_BYTES: u64;

    /// The version this value was read with; [`Self::CURRENT_VERSION`] for new values.
    fn format_version(&self) -> u32;

    /// Reads `text` written in the older format `version` and brings it to the current one.
    ///
    /// Returns `None` when there is no migration from that version. Each file kind keeps its
    /// old layouts as private types and converts them here.
    fn migrate(_version: u32, _text: &str) -> Option<Result<Self, ron::error::SpannedError>> {
        None
    }
}

/// Why a file's text could not be read. Positions are 1-based.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The file is empty (often a copy or a save that was cut short).
    #[error("the file is empty")]
    Empty,
    /// The text is not valid RON, or not the expected shape.
    #[error("{line}:{col}: {kind}")]
    Syntax {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        col: usize,
        /// What is wrong there.
        kind: SyntaxKind,
    },
    /// The file was written by a newer Atelier.
    #[error(
        "format version {found} is newer than this Atelier knows ({supported}); update Atelier"
    )]
    Newer {
        /// The file's version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file's version is older and no migration exists for it.
    #[error("format version {found} is too old to be read (this Atelier reads {supported})")]
    TooOld {
        /// The file's version.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// The file is larger than a file of its kind can be; it was not read.
    #[error("the file is {size} bytes, more than the {max} bytes a file of its kind can be")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The bound.
        max: u64,
    },
    /// A field, a list or the nesting is over its bound (see [`crate::bounds`]).
    #[error(transparent)]
    Bound(#[from] BoundError),
    /// What was to be written is over a bound ([`Self::TooLarge`] or [`Self::Bound`]): nothing
    /// was written.
    #[error("not written: {0}")]
    NotWritten(Box<Self>),
    /// Turning a value into text failed (should not happen with Atelier's own types).
    #[error("could not write the data: {0}")]
    Write(String),
}

impl FormatError {
    /// Line and column of the error, when known (1-based).
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::Syntax { line, col, .. } => Some((*line, *col)),
            Self::Bound(error) => Some(error.position()),
            Self::Empty | Self::Newer { .. } | Self::TooOld { .. } => Some((1, 1)),
            Self::TooLarge { .. } | Self::NotWritten(_) | Self::Write(_) => None,
        }
    }

    fn from_spanned(error: &ron::error::SpannedError) -> Self {
        Self::Syntax {
            line: error.span.start.line.max(1),
            col: error.span.start.col.max(1),
            kind: SyntaxKind::from(&error.code),
        }
    }
}

/// What is wrong at a place in a file: the common kinds by name, so they can be said in the
/// user's language; the parser's own words for the rare others.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyntaxKind {
    /// The text stops in the middle (a file cut short).
    #[error("the text stops before its end")]
    UnexpectedEnd,
    /// Something follows the end of the data.
    #[error("something follows the end of the data")]
    TrailingCharacters,
    /// A list, a group or a text is not closed (a missing `]`, `)`, `}` or `"`).
    #[error("a bracket or a quote is not closed")]
    Unclosed,
    /// A comma is missing between two items.
    #[error("a comma is missing")]
    MissingComma,
    /// A field this kind of file does not have (often a typo).
    #[error("unknown field `{0}`")]
    UnknownField(String),
    /// A field the file must have is missing.
    #[error("the field `{0}` is missing")]
    MissingField(String),
    /// The same field twice.
    #[error("the field `{0}` appears twice")]
    DuplicateField(String),
    /// A value of the wrong kind (a number where text is expected…).
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What was expected, in the parser's words.
        expected: String,
        /// What was found.
        found: String,
    },
    /// A choice that does not exist.
    #[error("unknown choice `{0}`")]
    UnknownChoice(String),
    /// A number too large or too small for its field.
    #[error("a number is out of range")]
    NumberOutOfRange,
    /// A character that cannot be there.
    #[error("unexpected character `{0}`")]
    UnexpectedChar(char),
    /// Bytes that are not UTF-8 text.
    #[error("the file is not valid UTF-8 text")]
    NotUtf8,
    /// The id inside the file is not its file name.
    #[error("the id inside ({0}) differs from the file name")]
    IdMismatch(String),
    /// Anything else, in the parser's words.
    #[error("{0}")]
    Other(String),
}

impl From<&ron::Error> for SyntaxKind {
    fn from(error: &ron::Error) -> Self {
        use ron::Error as E;
        match error {
            E::Eof => Self::UnexpectedEnd,
            E::TrailingCharacters => Self::TrailingCharacters,
            E::ExpectedArrayEnd
            | E::ExpectedMapEnd
            | E::ExpectedStructLikeEnd
            | E::ExpectedOptionEnd
            | E::ExpectedAttributeEnd
            | E::ExpectedStringEnd
            | E::UnclosedBlockComment => Self::Unclosed,
            E::ExpectedComma => Self::MissingComma,
            E::NoSuchStructField { found, .. } => Self::UnknownField(found.clone()),
            E::MissingStructField { field, .. } => Self::MissingField((*field).to_owned()),
            E::DuplicateStructField { field, .. } => Self::DuplicateField((*field).to_owned()),
            E::InvalidValueForType { expected, found } => Self::WrongType {
                expected: expected.clone(),
                found: found.clone(),
            },
            E::NoSuchEnumVariant { found, .. } => Self::UnknownChoice(found.clone()),
            E::IntegerOutOfBounds => Self::NumberOutOfRange,
            E::UnexpectedChar(c) => Self::UnexpectedChar(*c),
            E::Utf8Error(_) => Self::NotUtf8,
            other => Self::Other(other.to_string()),
        }
    }
}

/// Only the version of a file, to decide how to read the rest.
#[derive(serde::Deserialize)]
struct Header {
    format_version: u32,
}

/// Reads a file's text as `T`: current version directly, older through migration, newer refused.
/// Text over a bound (size, field length, list length, nesting) is refused before parsing.
///
/// # Errors
/// [`FormatError`] saying what is wrong and where.
pub fn parse<T: Versioned>(text: &str) -> Result<T, FormatError> {
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    let size = u64::try_from(text.len()).unwrap_or(u64::MAX);
    if size > T::MAX_BYTES {
        return Err(FormatError::TooLarge {
            size,
            max: T::MAX_BYTES,
        });
    }
    bounds::check(text)?;
    // The common case costs one parse; the header is only looked at when something differs.
    let full = ron::from_str::<T>(text);
    let version = match &full {
        Ok(value) => value.format_version(),
        Err(full_error) => match ron::from_str::<Header>(text) {
            Ok(header) => header.format_version,
            Err(_) => return Err(FormatError::from_spanned(full_error)),
        },
    };
    if version > T::CURRENT_VERSION {
        return Err(FormatError::Newer {
            found: version,
            supported: T::CURRENT_VERSION,
        });
    }
    if version == T::CURRENT_VERSION {
        return full.map_err(|e| FormatError::from_spanned(&e));
    }
    match T::migrate(version, text) {
        Some(migrated) => migrated.map_err(|e| FormatError::from_spanned(&e)),
        None => Err(FormatError::TooOld {
            found: version,
            supported: T::CURRENT_VERSION,
        }),
    }
}

/// Writes `value` as pretty RON, the way every Atelier file looks on disk.
///
/// The text is held to the same bounds as reading, so nothing is written that could not be
/// read back.
///
/// # Errors
/// [`FormatError::Write`] if serde refuses the value; [`FormatError::NotWritten`] if the text
/// is over a bound.
pub fn to_text<T: Versioned>(value: &T) -> Result<String, FormatError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ")
        .separate_tuple_members(false)
        .escape_strings(false);
    let mut text =
        ron::ser::to_string_pretty(value, config).map_err(|e| FormatError::Write(e.to_string()))?;
    text.push('\n');
    let size = u64::try_from(text.len()).unwrap_or(u64::MAX);
    if size > T::MAX_BYTES {
        return Err(FormatError::NotWritten(Box::new(FormatError::TooLarge {
            size,
            max: T::MAX_BYTES,
        })));
    }
    bounds::check(&text).map_err(|e| FormatError::NotWritten(Box::new(e.into())))?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    /// A file kind with two versions, to exercise migration: v1 had `name`, v2 has `first_name`
    /// and `nickname`.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Card {
        format_version: u32,
        first_name: String,
        nickname: Option<String>,
    }

    #[derive(Deserialize)]
    struct CardV1 {
        name: String,
    }

    impl Versioned for Card {
        const CURRENT_VERSION: u32 = 2;
        const MAX_BYTES: u64 = 1 << 20;
        fn format_version(&self) -> u32 {
            self.format_version
        }
        fn migrate(version: u32, text: &str) -> Option<Result<Self, ron::error::SpannedError>> {
            (version == 1).then(|| {
                ron::from_str::<CardV1>(text).map(|old| Self {
                    format_version: Self::CURRENT_VERSION,
                    first_name: old.name,
                    nickname: None,
                })
            })
        }
    }

    #[test]
    fn current_version_round_trips() {
        let card = Card {
            format_version: 2,
            first_name: "Inès".into(),
            nickname: Some("Nès".into()),
        };
        let text = to_text(&card).expect("write");
        assert!(text.starts_with("(\n    format_version: 2,"), "{text}");
        assert_eq!(parse::<Card>(&text), Ok(card));
    }

    #[test]
    fn older_version_is_migrated() {
        let card: Card = parse("(format_version: 1, name: \"Inès\")").expect("migrated");
        assert_eq!(card.first_name, "Inès");
        assert_eq!(card.format_version, 2, "migrated to the current version");
    }

    #[test]
    fn version_without_migration_is_too_old() {
        assert_eq!(
            parse::<Card>("(format_version: 0, name: \"x\")"),
            Err(FormatError::TooOld {
                found: 0,
                supported: 2
            })
        );
    }

    #[test]
    fn newer_version_is_refused() {
        assert_eq!(
            parse::<Card>("(format_version: 3, whatever: [1, 2])"),
            Err(FormatError::Newer {
                found: 3,
                supported: 2
            })
        );
    }

    #[test]
    fn errors_are_located() {
        let text = "(\n    format_version: 2,\n    first_name: 12,\n    nickname: None,\n)";
        let error = parse::<Card>(text).expect_err("wrong type");
        assert_eq!(error.position().map(|p| p.0), Some(3), "{error}");
        assert_eq!(parse::<Card>("  \n"), Err(FormatError::Empty));
        let truncated = "(\n    format_version: 2,\n    first_name: \"In";
        let error = parse::<Card>(truncated).expect_err("truncated");
        assert!(
            matches!(error, FormatError::Syntax { line: 3, .. }),
            "{error:?}"
        );
    }
}
