//! Identifiers of participants, session records and drafts.
//!
//! An id is also a file name (`journeys/<id>.ron`), so it is validated wherever it comes from:
//! a file on disk, the command line or a plugin. Only lowercase ASCII letters, digits, `-` and `_`
//! are accepted, which rules out separators, `..`, NUL, absolute paths and case clashes on
//! case-insensitive file systems; Windows' reserved device names are refused too.

use std::fmt;
use std::marker::PhantomData;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// Why a piece of text is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// The text is empty.
    #[error("an id cannot be empty")]
    Empty,
    /// The text is longer than [`MAX_ID_LEN`].
    #[error("the id {0:?} is longer than {MAX_ID_LEN} characters")]
    TooLong(String),
    /// The text contains `/` or `\`, or is an absolute path.
    #[error("the id {0:?} contains a path separator")]
    PathSeparator(String),
    /// The text is or contains `..` or starts with a dot.
    #[error("the id {0:?} would leave the data folder")]
    ParentDir(String),
    /// The text contains a NUL byte.
    #[error("the id contains a NUL character")]
    Nul,
    /// The text is a name Windows reserves for devices (`con`, `nul`, `com1`…).
    #[error("the id {0:?} is a name Windows reserves")]
    Reserved(String),
    /// The text contains another character than `a-z`, `0-9`, `-`, `_`.
    #[error(
        "the id {id:?} contains {ch:?}: only lowercase letters, digits, '-' and '_' are allowed"
    )]
    InvalidChar {
        /// The whole text.
        id: String,
        /// The first character refused.
        ch: char,
    },
    /// The id does not start with the prefix of its kind.
    #[error("the id {id:?} should start with {prefix:?}")]
    WrongPrefix {
        /// The whole text.
        id: String,
        /// The expected prefix, such as `p-`.
        prefix: &'static str,
    },
}

/// The longest id accepted.
pub const MAX_ID_LEN: usize = 64;

const WINDOWS_RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
    "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Checks that `text` is safe as a file name inside the data folder.
///
/// # Errors
/// The first rule `text` breaks, as an [`IdError`].
pub fn validate_file_stem(text: &str) -> Result<(), IdError> {
    if text.is_empty() {
        return Err(IdError::Empty);
    }
    if text.contains('\0') {
        return Err(IdError::Nul);
    }
    if text.contains('/') || text.contains('\\') || text.contains(':') {
        return Err(IdError::PathSeparator(text.to_owned()));
    }
    if text.starts_with('.') {
        return Err(IdError::ParentDir(text.to_owned()));
    }
    if text.len() > MAX_ID_LEN {
        return Err(IdError::TooLong(text.chars().take(MAX_ID_LEN).collect()));
    }
    if let Some(ch) = text
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == '_'))
    {
        return Err(IdError::InvalidChar {
            id: text.to_owned(),
            ch,
        });
    }
    if WINDOWS_RESERVED.contains(&text) {
        return Err(IdError::Reserved(text.to_owned()));
    }
    Ok(())
}

/// What an [`Id`] identifies; gives its prefix.
pub trait IdKind {
    /// The prefix every id of this kind starts with, such as `p-`.
    const PREFIX: &'static str;
}

/// Marker for participant ids (`p-…`), which name journey files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Participant {}
impl IdKind for Participant {
    const PREFIX: &'static str = "p-";
}

/// Marker for session record ids (`s-<date>-<time>-<random>`), which sort by start time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Session {}
impl IdKind for Session {
    const PREFIX: &'static str = "s-";
}

/// Marker for draft ids (`d-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Draft {}
impl IdKind for Draft {
    const PREFIX: &'static str = "d-";
}

/// A validated id, safe as a file name; `K` says what it identifies.
#[derive(Serialize, Deserialize)]
#[serde(try_from = "String", into = "String", bound = "")]
pub struct Id<K: IdKind> {
    text: String,
    kind: PhantomData<K>,
}

/// Id of a participant, and of their journey file.
pub type ParticipantId = Id<Participant>;
/// Id of a session record.
pub type SessionId = Id<Session>;
/// Id of a draft.
pub type DraftId = Id<Draft>;

impl<K: IdKind> Id<K> {
    /// Validates `text` as an id of this kind.
    ///
    /// # Errors
    /// [`IdError`] if the text could escape the data folder, is not of the allowed characters,
    /// or lacks this kind's prefix.
    pub fn parse(text: &str) -> Result<Self, IdError> {
        validate_file_stem(text)?;
        if !text.starts_with(K::PREFIX) || text.len() == K::PREFIX.len() {
            return Err(IdError::WrongPrefix {
                id: text.to_owned(),
                prefix: K::PREFIX,
            });
        }
        Ok(Self {
            text: text.to_owned(),
            kind: PhantomData,
        })
    }

    /// Makes a new id from a time stamp and random bits: ids made later sort after earlier ones.
    pub fn generate(at: DateTime<FixedOffset>) -> Self {
        let stamp = at.format("%Y%m%d-%H%M%S");
        Self {
            text: format!("{}{stamp}-{}", K::PREFIX, random_suffix()),
            kind: PhantomData,
        }
    }

    /// The id as text (also the file stem).
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl SessionId {
    /// The id of the record the session of draft `draft` is saved as: `d-<stamp>-<random>`
    /// gives `s-<stamp>-<random>`. Every save of one session (a retry after a failed save,
    /// after a restart too) writes the same record, never a second one.
    pub fn of_draft(draft: &DraftId) -> Self {
        let rest = draft
            .as_str()
            .strip_prefix(Draft::PREFIX)
            .unwrap_or(draft.as_str());
        Self {
            text: format!("{}{rest}", Session::PREFIX),
            kind: PhantomData,
        }
    }

    /// The year the session started, read from the id (`s-2026…`), which names its folder.
    pub fn year(&self) -> Option<u16> {
        self.text.get(2..6).and_then(|y| y.parse().ok())
    }
}

/// Eight random base-32 characters from the standard library's randomly keyed hasher.
fn random_suffix() -> String {
    use std::hash::{BuildHasher as _, Hasher as _};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    let mut bits = hasher.finish();
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let mut out = String::with_capacity(8);
    for _ in 0..8 {
        out.push(char::from(ALPHABET[(bits & 31) as usize]));
        bits >>= 5;
    }
    out
}

impl<K: IdKind> TryFrom<String> for Id<K> {
    type Error = IdError;
    fn try_from(text: String) -> Result<Self, IdError> {
        Self::parse(&text)
    }
}

impl<K: IdKind> From<Id<K>> for String {
    fn from(id: Id<K>) -> Self {
        id.text
    }
}

impl<K: IdKind> std::str::FromStr for Id<K> {
    type Err = IdError;
    fn from_str(text: &str) -> Result<Self, IdError> {
        Self::parse(text)
    }
}

impl<K: IdKind> Clone for Id<K> {
    fn clone(&self) -> Self {
        Self {
            text: self.text.clone(),
            kind: PhantomData,
        }
    }
}
impl<K: IdKind> PartialEq for Id<K> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}
impl<K: IdKind> Eq for Id<K> {}
impl<K: IdKind> PartialOrd for Id<K> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<K: IdKind> Ord for Id<K> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.text.cmp(&other.text)
    }
}
impl<K: IdKind> std::hash::Hash for Id<K> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}
impl<K: IdKind> fmt::Debug for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.text)
    }
}
impl<K: IdKind> fmt::Display for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_ids_are_refused() {
        for (text, expected) in [
            ("", IdError::Empty),
            ("p-../x", IdError::PathSeparator("p-../x".into())),
            ("../x", IdError::PathSeparator("../x".into())),
            ("..", IdError::ParentDir("..".into())),
            ("/etc/passwd", IdError::PathSeparator("/etc/passwd".into())),
            ("p-a\\b", IdError::PathSeparator("p-a\\b".into())),
            ("c:x", IdError::PathSeparator("c:x".into())),
            ("p-a\0", IdError::Nul),
            ("nul", IdError::Reserved("nul".into())),
            ("com1", IdError::Reserved("com1".into())),
        ] {
            assert_eq!(validate_file_stem(text), Err(expected), "{text:?}");
        }
        assert!(matches!(
            ParticipantId::parse("p-Abc"),
            Err(IdError::InvalidChar { ch: 'A', .. })
        ));
        assert!(matches!(
            ParticipantId::parse("s-abc"),
            Err(IdError::WrongPrefix { prefix: "p-", .. })
        ));
        assert!(matches!(
            ParticipantId::parse(&"p".repeat(65)),
            Err(IdError::TooLong(_))
        ));
    }

    #[test]
    fn generated_ids_are_valid_unique_and_sort_by_time() {
        let t1 = DateTime::parse_from_rfc3339("2026-03-04T09:30:00+01:00").expect("date");
        let t2 = DateTime::parse_from_rfc3339("2026-11-04T09:30:00+01:00").expect("date");
        let a = SessionId::generate(t1);
        let b = SessionId::generate(t1);
        let c = SessionId::generate(t2);
        assert_ne!(a, b, "two ids made at the same time differ");
        assert!(a < c && b < c, "later ids sort after");
        assert_eq!(SessionId::parse(a.as_str()), Ok(a.clone()));
        assert_eq!(a.year(), Some(2026));
        let draft = DraftId::generate(t2);
        let record = SessionId::of_draft(&draft);
        assert_eq!(
            SessionId::parse(record.as_str()),
            Ok(record.clone()),
            "a valid id"
        );
        assert_eq!(record.as_str()[2..], draft.as_str()[2..]);
        assert_eq!(record.year(), Some(2026));
        assert_eq!(SessionId::of_draft(&draft), record, "always the same");
    }

    #[test]
    fn ids_are_checked_when_read_from_ron() {
        let ok: Result<ParticipantId, _> = ron::from_str("\"p-abc\"");
        assert!(ok.is_ok(), "a good id parses");
        let bad: Result<ParticipantId, _> = ron::from_str("\"../../etc\"");
        assert!(bad.is_err(), "an escaping id is refused while parsing");
    }
}
