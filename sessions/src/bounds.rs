//! Bounds on everything Atelier reads from disk and writes to it: a size per file kind, a
//! length per field, a number of items per list, a depth of nesting.
//!
//! The bounds are far above realistic use (a journey of ten years of weekly sessions is
//! under 1 MB; a name is a few dozen characters) and far below what would make the app slow:
//! a file over a bound is refused whole, with its path, the field and its line, and stays
//! untouched on disk. The same check runs before every write, so Atelier never writes a file
//! it would refuse to read back.
//!
//! The check reads the RON text once, without building anything: it knows string literals
//! (plain, escaped and raw), comments, brackets and `field:` keys, and gives each string
//! the bound of the nearest field name around it.

/// Largest journey file.
pub const MAX_JOURNEY_BYTES: u64 = 8 << 20;
/// Largest session record file.
pub const MAX_RECORD_BYTES: u64 = 8 << 20;
/// Largest draft file.
pub const MAX_DRAFT_BYTES: u64 = 8 << 20;
/// Largest settings file.
pub const MAX_SETTINGS_BYTES: u64 = 256 << 10;

/// Longest name (first name, last name, display name), in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest one-line field (titles, places, people, ids, list items), in characters.
pub const MAX_LINE_CHARS: usize = 2_000;
/// Longest free text (notes, summaries, takeaways), in characters (about 30 pages).
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Longest data an activity keeps as embedded text, in characters.
pub const MAX_EMBEDDED_CHARS: usize = 4_000_000;
/// Most items in one list or map.
pub const MAX_ITEMS: usize = 50_000;
/// Deepest nesting of brackets (Atelier's own files use fewer than ten levels).
pub const MAX_DEPTH: usize = 48;

/// What is over a bound, and where (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BoundError {
    /// A text field is longer than its bound.
    #[error(
        "{line}:{col}: the field `{field}` has {chars} characters, more than the {max} allowed"
    )]
    TooLong {
        /// Line of the field's value.
        line: usize,
        /// Column of the field's value.
        col: usize,
        /// The field's name.
        field: String,
        /// Its length.
        chars: usize,
        /// The bound.
        max: usize,
    },
    /// A list or map has more items than allowed.
    #[error("{line}:{col}: the list `{field}` has more than {max} items")]
    TooMany {
        /// Line where the list starts.
        line: usize,
        /// Column where the list starts.
        col: usize,
        /// The list's field name.
        field: String,
        /// The bound.
        max: usize,
    },
    /// Brackets nested deeper than allowed.
    #[error("{line}:{col}: nested deeper than {max} levels")]
    TooDeep {
        /// Line of the bracket over the bound.
        line: usize,
        /// Its column.
        col: usize,
        /// The bound.
        max: usize,
    },
}

impl BoundError {
    /// Line and column (1-based).
    pub fn position(&self) -> (usize, usize) {
        match self {
            Self::TooLong { line, col, .. }
            | Self::TooMany { line, col, .. }
            | Self::TooDeep { line, col, .. } => (*line, *col),
        }
    }
}

/// The bound of a text field, by its name.
pub fn max_chars(field: &str) -> usize {
    match field {
        "display_name" | "first_name" | "last_name" | "name" => MAX_NAME_CHARS,
        "id" | "session" | "activity" | "version" | "series" | "title" | "employer" | "advisor"
        | "recorded_by" | "place" | "places" | "facilitators" | "wished_jobs" | "strengths"
        | "accommodations" | "actions" | "measure" | "language" | "to" | "new_frame"
        | "map key" => MAX_LINE_CHARS,
        "ron" | "activity_data" | "activity_state" => MAX_EMBEDDED_CHARS,
        _ => MAX_TEXT_CHARS,
    }
}

/// One open bracket.
struct Frame<'t> {
    /// The field the bracket is the value of.
    field: Option<&'t str>,
    /// The field whose value comes next inside (structs).
    current: Option<&'t str>,
    /// Separators seen (items − 1).
    commas: usize,
    /// Where the bracket is, for messages.
    at: usize,
}

/// Checks every bound of a file's RON text; see the module doc.
///
/// # Errors
/// The first [`BoundError`] found.
pub fn check(text: &str) -> Result<(), BoundError> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame<'_>> = vec![Frame {
        field: None,
        current: None,
        commas: 0,
        at: 0,
    }];
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'"' | b'r' | b'b')
            && let Some((content, next)) = string_at(bytes, i)
        {
            let chars = text.get(content).map_or(0, |t| t.chars().count());
            let field = if followed_by_colon(bytes, next) {
                "map key"
            } else {
                stack
                    .last()
                    .and_then(|f| f.current.or(f.field))
                    .unwrap_or("?")
            };
            let max = max_chars(field);
            if chars > max {
                let (line, col) = position(text, i);
                return Err(BoundError::TooLong {
                    line,
                    col,
                    field: field.to_owned(),
                    chars,
                    max,
                });
            }
            i = next;
            continue;
        }
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = bytes[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_block_comment(bytes, i),
            b'\'' => i = skip_char_literal(bytes, i),
            b'(' | b'[' | b'{' => {
                if stack.len() > MAX_DEPTH {
                    let (line, col) = position(text, i);
                    return Err(BoundError::TooDeep {
                        line,
                        col,
                        max: MAX_DEPTH,
                    });
                }
                let field = stack.last().and_then(|f| f.current.or(f.field));
                stack.push(Frame {
                    field,
                    current: None,
                    commas: 0,
                    at: i,
                });
                i += 1;
            }
            b')' | b']' | b'}' => {
                if stack.len() > 1 {
                    stack.pop();
                }
                i += 1;
            }
            b',' => {
                if let Some(frame) = stack.last_mut() {
                    frame.commas += 1;
                    if frame.commas >= MAX_ITEMS {
                        let (line, col) = position(text, frame.at);
                        return Err(BoundError::TooMany {
                            line,
                            col,
                            field: frame.field.unwrap_or("?").to_owned(),
                            max: MAX_ITEMS,
                        });
                    }
                }
                i += 1;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                if followed_by_colon(bytes, i)
                    && let Some(frame) = stack.last_mut()
                {
                    frame.current = Some(&text[start..i]);
                }
            }
            _ => i += 1,
        }
    }
    Ok(())
}

/// The string literal starting at `i` (`"…"`, `b"…"`, `r#"…"#`, `br"…"`): the byte range of
/// its content and where it ends. `None` if no string starts there; an unterminated string
/// runs to the end of the text (the parser reports it).
fn string_at(bytes: &[u8], i: usize) -> Option<(std::ops::Range<usize>, usize)> {
    if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
        return None;
    }
    let mut j = i;
    if bytes.get(j) == Some(&b'b') {
        j += 1;
    }
    let raw = bytes.get(j) == Some(&b'r');
    if raw {
        j += 1;
    }
    let hashes = bytes[j.min(bytes.len())..]
        .iter()
        .take_while(|&&c| c == b'#')
        .count();
    if (!raw && hashes > 0) || bytes.get(j + hashes) != Some(&b'"') {
        return None;
    }
    let start = j + hashes + 1;
    let mut k = start;
    while k < bytes.len() {
        match bytes[k] {
            b'\\' if !raw => k += 2,
            b'"' if bytes[k + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == b'#')
                .count()
                == hashes =>
            {
                return Some((start..k, k + 1 + hashes));
            }
            _ => k += 1,
        }
    }
    Some((start..bytes.len(), bytes.len()))
}

/// Whether the next thing after `i` (spaces and comments aside) is a single `:`.
fn followed_by_colon(bytes: &[u8], mut i: usize) -> bool {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    bytes.get(i) == Some(&b':') && bytes.get(i + 1) != Some(&b':')
}

/// Skips a `/* … */` comment (nested, as RON allows); returns where it ends.
fn skip_block_comment(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0_usize;
    while i < bytes.len() {
        if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
            depth += 1;
            i += 2;
        } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// Skips a character literal (`'a'`, `'\''`, `'é'`); returns where it ends.
fn skip_char_literal(bytes: &[u8], i: usize) -> usize {
    let mut k = i + 1;
    if bytes.get(k) == Some(&b'\\') {
        k += 2;
    } else {
        k += 1;
    }
    // A multi-byte character: go to the closing quote, a few bytes at most.
    let end = (k + 4).min(bytes.len());
    bytes[k.min(end)..end]
        .iter()
        .position(|&c| c == b'\'')
        .map_or(k, |n| k + n + 1)
}

/// 1-based line and column (in characters) of byte `at`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn realistic_text_passes() {
        let text = "(\n    format_version: 1,\n    display_name: \"Élodie\", // a comment\n    \
                    notes: r#\"a \"quoted\" note\"#,\n    data: { \"weekly_routine\": (ron: \"()\") },\n    \
                    c: 'x', d: '\\'', e: b\"bytes\", /* a /* nested */ comment */\n)";
        assert_eq!(check(text), Ok(()));
    }

    #[test]
    fn a_long_name_is_refused_with_its_field_and_place() {
        let name = "A".repeat(MAX_NAME_CHARS + 1);
        let text = format!("(\n    format_version: 1,\n    display_name: \"{name}\",\n)");
        let error = check(&text).expect_err("too long");
        assert_eq!(
            error,
            BoundError::TooLong {
                line: 3,
                col: 19,
                field: "display_name".into(),
                chars: MAX_NAME_CHARS + 1,
                max: MAX_NAME_CHARS
            }
        );
        // The same length is fine as a note.
        let text = format!("(note: \"{name}\")");
        assert_eq!(check(&text), Ok(()));
    }

    #[test]
    fn strings_in_lists_and_raw_strings_take_their_field_bound() {
        let long = "é".repeat(MAX_LINE_CHARS + 1);
        let text = format!("(preferences: (strengths: [\"ok\", \"{long}\"]))");
        assert!(
            matches!(check(&text), Err(BoundError::TooLong { field, .. }) if field == "strengths")
        );
        let text = format!("(private_notes: r##\"{long} \"# still inside\"##, title: \"t\")");
        assert_eq!(check(&text), Ok(()));
        let text = format!("(title: r#\"{long}\"#)");
        assert!(matches!(check(&text), Err(BoundError::TooLong { .. })));
    }

    #[test]
    fn too_many_items_and_too_deep_are_refused() {
        let items = vec!["1"; MAX_ITEMS + 1].join(",");
        let text = format!("(timeline: [{items}])");
        assert!(
            matches!(check(&text), Err(BoundError::TooMany { field, .. }) if field == "timeline")
        );
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 2), "]".repeat(MAX_DEPTH + 2));
        assert!(matches!(check(&deep), Err(BoundError::TooDeep { .. })));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert_eq!(check(&ok), Ok(()));
    }

    #[test]
    fn broken_text_never_panics() {
        for text in [
            "\"", "r#\"", "'", "'\\", "/*", "(a: \"\\", "br", "b\"é", "((((", "))))", ":",
        ] {
            let _verdict = check(text);
        }
    }
}
