//! Where things are in an activity file's text, for the checks that run after it was read
//! (a duplicate field id, a scale whose ends are swapped…): every key (`word:`) with its place
//! and the parenthesis it sits in. Strings and comments are skipped; nothing here can fail.

use crate::error::Position;

/// A key written in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The word.
    pub name: String,
    /// Where it starts.
    pub at: Position,
    /// The parenthesis or bracket it is in, by order of opening from 1 (0: outside any).
    pub container: usize,
}

/// Every key of `source`, in order.
pub fn keys(source: &str) -> Vec<Key> {
    let chars: Vec<char> = source.chars().collect();
    let mut keys = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut opened = 1_usize;
    let (mut line, mut column) = (1_usize, 1_usize);
    let mut i = 0;
    let advance = |i: &mut usize, line: &mut usize, column: &mut usize| {
        if chars.get(*i) == Some(&'\n') {
            *line += 1;
            *column = 1;
        } else {
            *column += 1;
        }
        *i += 1;
    };
    while let Some(&c) = chars.get(i) {
        match c {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while chars.get(i).is_some_and(|c| *c != '\n') {
                    advance(&mut i, &mut line, &mut column);
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                let mut depth = 0_usize;
                while i < chars.len() {
                    if chars.get(i) == Some(&'/') && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        advance(&mut i, &mut line, &mut column);
                    } else if chars.get(i) == Some(&'*') && chars.get(i + 1) == Some(&'/') {
                        depth = depth.saturating_sub(1);
                        advance(&mut i, &mut line, &mut column);
                        if depth == 0 {
                            advance(&mut i, &mut line, &mut column);
                            break;
                        }
                    }
                    advance(&mut i, &mut line, &mut column);
                }
            }
            '"' => {
                advance(&mut i, &mut line, &mut column);
                while let Some(&c) = chars.get(i) {
                    if c == '\\' {
                        advance(&mut i, &mut line, &mut column);
                    } else if c == '"' {
                        break;
                    }
                    advance(&mut i, &mut line, &mut column);
                }
                advance(&mut i, &mut line, &mut column);
            }
            '(' | '[' | '{' => {
                stack.push(opened);
                opened += 1;
                advance(&mut i, &mut line, &mut column);
            }
            ')' | ']' | '}' => {
                stack.pop();
                advance(&mut i, &mut line, &mut column);
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let at = Position { line, column };
                let start = i;
                while chars
                    .get(i)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
                {
                    advance(&mut i, &mut line, &mut column);
                }
                let name: String = chars.get(start..i).unwrap_or_default().iter().collect();
                let mut j = i;
                while chars.get(j).is_some_and(|c| c.is_whitespace()) {
                    j += 1;
                }
                if chars.get(j) == Some(&':') {
                    keys.push(Key {
                        name,
                        at,
                        container: stack.last().copied().unwrap_or(0),
                    });
                }
            }
            _ => advance(&mut i, &mut line, &mut column),
        }
    }
    keys
}

/// The keys of a file grouped as the checks need them: the activity's own, each step's, each
/// field's.
#[derive(Debug, Default)]
pub struct Places {
    keys: Vec<Key>,
    /// The container of the activity's keys.
    activity: Option<usize>,
    /// The container of each step, in order.
    steps: Vec<usize>,
    /// The container of each field, in the order of the file.
    fields: Vec<usize>,
}

impl Places {
    /// Reads the places of `source`.
    pub fn new(source: &str) -> Self {
        let keys = keys(source);
        let mut containers: Vec<usize> = Vec::new();
        for key in &keys {
            if !containers.contains(&key.container) {
                containers.push(key.container);
            }
        }
        let has = |container: usize, name: &str| {
            keys.iter()
                .any(|k| k.container == container && k.name == name)
        };
        let activity = containers.iter().copied().find(|c| has(*c, "steps"));
        let steps = containers
            .iter()
            .copied()
            .filter(|c| has(*c, "title") && has(*c, "prompt"))
            .collect();
        let fields = containers
            .iter()
            .copied()
            .filter(|c| has(*c, "label") && has(*c, "kind"))
            .collect();
        Self {
            keys,
            activity,
            steps,
            fields,
        }
    }

    fn key_in(&self, container: Option<usize>, name: &str) -> Option<Position> {
        let container = container?;
        self.keys
            .iter()
            .find(|k| k.container == container && k.name == name)
            .or_else(|| self.keys.iter().find(|k| k.container == container))
            .map(|k| k.at)
    }

    /// The activity's key `name` (or its first key).
    pub fn activity(&self, name: &str) -> Position {
        self.key_in(self.activity, name).unwrap_or(Position::START)
    }

    /// Step `index`'s key `name` (or its first key).
    pub fn step(&self, index: usize, name: &str) -> Position {
        self.key_in(self.steps.get(index).copied(), name)
            .unwrap_or_else(|| self.activity("steps"))
    }

    /// Field `index` (counted over the whole file)'s key `name` (or its first key).
    pub fn field(&self, index: usize, name: &str) -> Position {
        self.key_in(self.fields.get(index).copied(), name)
            .unwrap_or_else(|| self.activity("steps"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_skip_strings_and_comments_and_know_their_parenthesis() {
        let source = "( // id: no\n  id: \"a: b\", /* x: y */ steps: [ (title: \"t\") ] )";
        let keys = keys(source);
        let names: Vec<&str> = keys.iter().map(|k| k.name.as_str()).collect();
        assert_eq!(names, ["id", "steps", "title"]);
        assert_eq!(keys[0].at, Position { line: 2, column: 3 });
        assert_eq!(keys[0].container, keys[1].container);
        assert_ne!(keys[1].container, keys[2].container);
    }
}
