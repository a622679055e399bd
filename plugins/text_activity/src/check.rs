//! Reading an activity file: [`parse`] turns its text into an [`ActivitySpec`] or a located
//! [`SpecError`]; [`read_file`] and [`read_dir`] do the same from disk, within bounds.

use std::path::{Path, PathBuf};

use crate::error::{Position, Problem, SpecError};
use crate::locate::Places;
use crate::spec::{ActivitySpec, FieldSpec, For, Kind, Modes, StepSpec, Text};

/// The field kinds, as written in a file.
pub const KINDS: [&str; 9] = [
    "ShortText",
    "LongText",
    "List",
    "SingleChoice",
    "MultipleChoice",
    "Checklist",
    "Scale",
    "Likert",
    "Date",
];

/// How [`crate::spec::Text`] says what it expects, to recognise the parser's error.
pub(crate) const TEXT_EXPECTED: &str = "a text:";

/// The widest scale (`max - min`): its buttons must fit on one line.
pub const MAX_SCALE_SPAN: usize = 20;
const MAX_STEPS: usize = 40;
const MAX_FIELDS: usize = 20;
const MAX_OPTIONS: usize = 30;
const MAX_ID_CHARS: usize = 48;

/// Reads an activity from the text of its file.
///
/// # Errors
/// The first problem, with its line and column.
pub fn parse(source: &str) -> Result<ActivitySpec, SpecError> {
    // Some editors (Notepad) start a UTF-8 file with a byte order mark.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if u64::try_from(source.len()).unwrap_or(u64::MAX) > crate::MAX_FILE_BYTES {
        return Err(SpecError::new(
            Position::START,
            Problem::TooLarge {
                bytes: u64::try_from(source.len()).unwrap_or(u64::MAX),
            },
        ));
    }
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(32);
    let spec: ActivitySpec = options
        .from_str(source)
        .map_err(|e| comma_at_line_end(source, from_ron(e, end_of(source.trim_end()))))?;
    validate(&spec, &Places::new(source))?;
    Ok(spec)
}

/// Reads the activity file at `path`, refusing it unread when it is too large.
///
/// # Errors
/// The file cannot be read, or [`parse`]'s error.
pub fn read_file(path: &Path) -> Result<ActivitySpec, SpecError> {
    use std::io::Read as _;
    let unreadable =
        |e: std::io::Error| SpecError::new(Position::START, Problem::Unreadable(e.to_string()));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(crate::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > crate::MAX_FILE_BYTES {
        let bytes = std::fs::metadata(path).map_or(crate::MAX_FILE_BYTES + 1, |m| m.len());
        return Err(SpecError::new(Position::START, Problem::TooLarge { bytes }));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = e
            .as_bytes()
            .get(..e.utf8_error().valid_up_to())
            .unwrap_or_default();
        let good = String::from_utf8_lossy(good);
        SpecError::new(end_of(&good), Problem::NotUtf8)
    })?;
    parse(&text)
}

/// Whether `name` is an activity file's: `*.ron`, or `*.ron.txt` (Notepad adds `.txt` when
/// saving unless told not to), in any case; not a hidden file.
pub fn is_activity_file_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    !lower.starts_with('.') && (lower.ends_with(".ron") || lower.ends_with(".ron.txt"))
}

/// Every activity file (`*.ron`, `*.ron.txt`) of `dir`, sorted by name, read. A missing
/// folder has none.
pub fn read_dir(dir: &Path) -> Vec<(PathBuf, Result<ActivitySpec, SpecError>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(is_activity_file_name)
                && p.is_file()
        })
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let result = read_file(&path);
            (path, result)
        })
        .collect()
}

/// A comma forgotten at the end of a line is only noticed on the next one, where the parser
/// stops: the error is moved to the end of the line where the comma goes, saying after what.
fn comma_at_line_end(source: &str, error: SpecError) -> SpecError {
    if !matches!(
        error.problem,
        Problem::MissingComma | Problem::ExpectedParenthesis | Problem::ExpectedList
    ) {
        return error;
    }
    let lines: Vec<&str> = source.lines().collect();
    let here = error.at.line.saturating_sub(1);
    // What stands before the error on its own line: if anything, the comma is not at a line end.
    let before_on_line: String = lines
        .get(here)
        .map(|l| l.chars().take(error.at.column.saturating_sub(1)).collect())
        .unwrap_or_default();
    if !before_on_line.trim().is_empty() {
        return error;
    }
    for line in (0..here).rev() {
        let text = without_comment(lines.get(line).copied().unwrap_or_default()).trim_end();
        let Some(last) = text.chars().last() else {
            continue;
        };
        if matches!(last, ',' | '(' | '[' | '{' | ':') {
            return error;
        }
        let tail: String = {
            let chars: Vec<char> = text.trim_start().chars().collect();
            let from = chars.len().saturating_sub(40);
            chars.get(from..).unwrap_or_default().iter().collect()
        };
        return SpecError::new(
            Position {
                line: line + 1,
                column: text.chars().count() + 1,
            },
            Problem::CommaAtLineEnd { after: tail },
        );
    }
    error
}

/// A line without its `//` comment (one outside quotes).
fn without_comment(line: &str) -> &str {
    let (mut quoted, mut escaped) = (false, false);
    for (at, c) in line.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '/' if !quoted && line.get(at..).is_some_and(|rest| rest.starts_with("//")) => {
                return line.get(..at).unwrap_or(line);
            }
            _ => {}
        }
    }
    line
}

/// The position just after `text`.
fn end_of(text: &str) -> Position {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Position { line, column }
}

/// The valid word closest to `found`, if it is close enough to be a typo.
pub(crate) fn nearest(found: &str, candidates: &[&str]) -> Option<String> {
    let found_lower = found.to_lowercase();
    candidates
        .iter()
        .map(|c| (distance(&found_lower, &c.to_lowercase()), *c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_owned())
}

/// Levenshtein distance, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(0);
            let left = row.get(j).copied().unwrap_or(0);
            let value = (above + 1)
                .min(left + 1)
                .min(previous + usize::from(ca != *cb));
            previous = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// The parser's error as a problem a person can fix.
/// `end` is where the file's text ends: a missing comma or parenthesis there means the file
/// stops too early.
fn from_ron(error: ron::error::SpannedError, end: Position) -> SpecError {
    use ron::Error as E;
    let at = Position {
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
    };
    let stops_there = Position {
        line: error.span.end.line,
        column: error.span.end.col,
    } >= end;
    let problem = match error.code {
        E::Eof => Problem::UnexpectedEnd,
        E::ExpectedComma
        | E::ExpectedArrayEnd
        | E::ExpectedStructLikeEnd
        | E::ExpectedMapEnd
        | E::ExpectedOptionEnd
            if stops_there =>
        {
            Problem::UnexpectedEnd
        }
        E::ExpectedComma => Problem::MissingComma,
        E::ExpectedString => Problem::ExpectedText,
        E::ExpectedStringEnd => Problem::UnclosedQuotes,
        // A word without quotes where a text goes.
        E::InvalidValueForType { expected, .. } if expected.starts_with(TEXT_EXPECTED) => {
            Problem::ExpectedText
        }
        E::ExpectedInteger
        | E::IntegerOutOfBounds
        | E::InvalidIntegerDigit { .. }
        | E::UnderscoreAtBeginning => Problem::ExpectedNumber,
        E::ExpectedBoolean => Problem::ExpectedTrueFalse,
        E::ExpectedArray | E::ExpectedArrayEnd => Problem::ExpectedList,
        E::ExpectedStructLike
        | E::ExpectedStructLikeEnd
        | E::ExpectedNamedStructLike(_)
        | E::ExpectedMapEnd
        | E::ExpectedOptionEnd => Problem::ExpectedParenthesis,
        E::UnexpectedChar('“' | '”' | '«' | '»' | '„' | '‘' | '’') => {
            Problem::CurlyQuotes
        }
        E::UnexpectedChar(c) => Problem::UnexpectedChar(c),
        E::TrailingCharacters => Problem::TextAfterEnd,
        E::UnclosedBlockComment | E::UnclosedLineComment => Problem::UnclosedComment,
        E::ExceededRecursionLimit => Problem::TooDeep,
        E::Utf8Error(_) => Problem::NotUtf8,
        E::NoSuchStructField {
            expected, found, ..
        } => Problem::UnknownKey {
            nearest: nearest(&found, expected),
            found,
            expected: expected.iter().map(|s| (*s).to_owned()).collect(),
        },
        E::MissingStructField { field, .. } => Problem::MissingKey(field.to_owned()),
        E::DuplicateStructField { field, .. } => Problem::DuplicateKey(field.to_owned()),
        E::NoSuchEnumVariant {
            expected, found, ..
        } if expected == KINDS.as_slice() => Problem::UnknownKind {
            nearest: nearest(&found, expected),
            found,
        },
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Problem::UnknownValue {
            nearest: nearest(&found, expected),
            found,
            expected: expected.iter().map(|s| (*s).to_owned()).collect(),
        },
        E::Message(message) => message
            .strip_prefix(crate::error::DUPLICATE_KEY_MARK)
            .map_or_else(
                || Problem::Other(message.clone()),
                |key| Problem::DuplicateKey(key.to_owned()),
            ),
        other => Problem::Other(other.to_string()),
    };
    SpecError::new(at, problem)
}

/// The checks serde cannot make: ids, limits, what each option may be combined with.
fn validate(spec: &ActivitySpec, places: &Places) -> Result<(), SpecError> {
    let fail = |at: Position, problem: Problem| Err(SpecError::new(at, problem));
    if spec.format_version > crate::FORMAT_VERSION {
        return fail(
            places.activity("format_version"),
            Problem::NewerFormat(spec.format_version),
        );
    }
    if !valid_id(&spec.id) {
        return fail(places.activity("id"), Problem::BadId(spec.id.clone()));
    }
    if spec.version.trim().is_empty() {
        return fail(places.activity("version"), Problem::EmptyText);
    }
    text(&spec.name, places.activity("name"))?;
    text(&spec.description, places.activity("description"))?;
    let limits = spec.participants;
    if limits.min == 0 || limits.min > limits.max || limits.max > 30 {
        return fail(
            places.activity("participants"),
            Problem::Limits {
                min: limits.min,
                max: limits.max,
            },
        );
    }
    if spec.modes == Modes::OneToOne && limits.min > 1 {
        return fail(places.activity("participants"), Problem::OneToOneLimits);
    }
    if spec.steps.is_empty() {
        return fail(places.activity("steps"), Problem::NoSteps);
    }
    if spec.steps.len() > MAX_STEPS {
        return fail(
            places.activity("steps"),
            Problem::TooMany {
                what: String::from("steps"),
                max: MAX_STEPS,
            },
        );
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut field_index = 0;
    for (i, step) in spec.steps.iter().enumerate() {
        check_step(step, i, places)?;
        for field in &step.fields {
            let at = |key: &str| places.field(field_index, key);
            if seen.contains(&field.id.as_str()) {
                return fail(at("id"), Problem::DuplicateFieldId(field.id.clone()));
            }
            seen.push(&field.id);
            check_field(field, &at)?;
            if let Some(role) = field.journey {
                let twice = spec
                    .fields()
                    .take_while(|(_, f)| !std::ptr::eq(*f, field))
                    .any(|(_, f)| f.journey == Some(role));
                if twice {
                    return fail(at("journey"), Problem::JourneyTwice(role.name()));
                }
                if !spec.reviews_stage() {
                    return fail(at("journey"), Problem::JourneyWithoutDecision);
                }
            }
            field_index += 1;
        }
    }
    Ok(())
}

fn check_step(step: &StepSpec, index: usize, places: &Places) -> Result<(), SpecError> {
    text(&step.title, places.step(index, "title"))?;
    text(&step.prompt, places.step(index, "prompt"))?;
    if let Some(projector) = &step.projector {
        text(projector, places.step(index, "projector"))?;
    }
    if step.fields.len() > MAX_FIELDS {
        return Err(SpecError::new(
            places.step(index, "fields"),
            Problem::TooMany {
                what: String::from("fields"),
                max: MAX_FIELDS,
            },
        ));
    }
    Ok(())
}

fn check_field(field: &FieldSpec, at: &dyn Fn(&str) -> Position) -> Result<(), SpecError> {
    let fail = |key: &str, problem: Problem| Err(SpecError::new(at(key), problem));
    if !valid_id(&field.id) {
        return fail("id", Problem::BadId(field.id.clone()));
    }
    text(&field.label, at("label"))?;
    match &field.kind {
        Kind::SingleChoice { options } | Kind::MultipleChoice { options } => {
            options_ok(options, at("kind"))?;
        }
        Kind::Checklist { items } => options_ok(items, at("kind"))?,
        Kind::Scale {
            min,
            max,
            low,
            high,
        } => {
            let span = i64::from(*max) - i64::from(*min);
            if span < 1 || span > i64::try_from(MAX_SCALE_SPAN).unwrap_or(i64::MAX) {
                return fail(
                    "kind",
                    Problem::ScaleRange {
                        min: *min,
                        max: *max,
                    },
                );
            }
            for end in [low, high].into_iter().flatten() {
                text(end, at("kind"))?;
            }
        }
        Kind::Likert { statements, levels } => {
            options_ok(statements, at("kind"))?;
            if let Some(levels) = levels {
                if !(2..=7).contains(&levels.len()) {
                    return fail("kind", Problem::LikertLevels);
                }
                for level in levels {
                    text(level, at("kind"))?;
                }
            }
        }
        Kind::ShortText | Kind::LongText | Kind::List | Kind::Date => {}
    }
    if field.anonymous {
        let grid = matches!(field.kind, Kind::Likert { .. });
        if field.for_ != For::Group || !(field.kind.is_text() || grid) {
            return fail("anonymous", Problem::AnonymousNotGroupText);
        }
        if field.takeaway.is_some() || field.chart.is_some() || field.keep {
            return fail("anonymous", Problem::AnonymousWithPerson);
        }
    }
    if let Some(chart) = &field.chart {
        if field.for_ != For::Each || !matches!(field.kind, Kind::Scale { .. }) {
            return fail("chart", Problem::ChartNotScale);
        }
        text(chart, at("chart"))?;
    }
    if field.keep && field.for_ == For::Group {
        return fail("keep", Problem::KeepGroup);
    }
    // A grid answered without names is shown counted; a person's grid would say who.
    let counted = field.anonymous && matches!(field.kind, Kind::Likert { .. });
    if field.show_on_projector
        && !counted
        && matches!(
            field.kind,
            Kind::Scale { .. } | Kind::Likert { .. } | Kind::Date
        )
    {
        return fail(
            "show_on_projector",
            Problem::ProjectorKind(field.kind.name().to_owned()),
        );
    }
    if let Some(role) = field.journey {
        if field.for_ != For::Each || field.anonymous {
            return fail("journey", Problem::JourneyGroup);
        }
        if !role.fits(&field.kind) {
            return fail("journey", Problem::JourneyKind(role.name()));
        }
    }
    if let Some(takeaway) = &field.takeaway {
        text(takeaway, at("takeaway"))?;
        for language in [Some(&takeaway.fr), takeaway.en.as_ref()]
            .into_iter()
            .flatten()
        {
            if let Some(found) = unknown_placeholder(language) {
                return fail("takeaway", Problem::TakeawayPlaceholder(found));
            }
        }
    }
    Ok(())
}

fn options_ok(options: &[Text], at: Position) -> Result<(), SpecError> {
    if options.len() < 2 {
        return Err(SpecError::new(at, Problem::TooFewOptions));
    }
    if options.len() > MAX_OPTIONS {
        return Err(SpecError::new(
            at,
            Problem::TooMany {
                what: String::from("options"),
                max: MAX_OPTIONS,
            },
        ));
    }
    for option in options {
        text(option, at)?;
    }
    Ok(())
}

/// A text is filled in, in French, and not too long in either language.
fn text(text: &Text, at: Position) -> Result<(), SpecError> {
    if text.fr.trim().is_empty() {
        return Err(SpecError::new(at, Problem::EmptyText));
    }
    let too_long = |s: &str| s.chars().count() > atelier_plugin_api::MAX_LINE_CHARS;
    if too_long(&text.fr) || text.en.as_deref().is_some_and(too_long) {
        return Err(SpecError::new(at, Problem::TooLong));
    }
    Ok(())
}

/// Lowercase letters, digits and `_`, 1 to 48 of them.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The first `{…}` of a takeaway that is not `{value}`.
fn unknown_placeholder(template: &str) -> Option<String> {
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = rest.get(start..).unwrap_or_default();
        let end = after.find('}').map_or(after.len(), |e| e + 1);
        let placeholder = after.get(..end).unwrap_or_default();
        if placeholder != "{value}" {
            return Some(placeholder.to_owned());
        }
        rest = after.get(end..).unwrap_or_default();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_finds_typos_and_not_strangers() {
        assert_eq!(
            nearest("tittle", &["title", "prompt"]).as_deref(),
            Some("title")
        );
        assert_eq!(nearest("Slider", &KINDS), None);
        assert_eq!(nearest("scale", &KINDS).as_deref(), Some("Scale"));
        assert_eq!(nearest("Likret", &KINDS).as_deref(), Some("Likert"));
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn placeholders_other_than_value_are_found() {
        assert_eq!(unknown_placeholder("Mon but : {value}."), None);
        assert_eq!(
            unknown_placeholder("{value} puis {valeur}").as_deref(),
            Some("{valeur}")
        );
        assert_eq!(unknown_placeholder("ouvert {").as_deref(), Some("{"));
    }
}
