//! [`Private`]: a field that must never reach a projector or a participant export.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A value that is private to the facilitator or advisor: last names, facilitator notes.
///
/// It is stored on disk like the value itself, but it has no `Display`, its `Debug` hides it,
/// and reading it needs the explicit [`Private::expose`], so views that must not show private
/// data (the projector, participant exports) cannot print it by accident. Views for the
/// projector are built from types that hold no `Private` field at all.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Private<T>(T);

impl<T> Private<T> {
    /// Wraps a private value.
    pub const fn new(value: T) -> Self {
        Self(value)
    }

    /// Reads the private value. Only for the facilitator's own screens and the full GDPR export.
    pub const fn expose(&self) -> &T {
        &self.0
    }

    /// Changes the private value.
    pub fn expose_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T> fmt::Debug for Private<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Private(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_value_and_ron_keeps_it() {
        let p = Private::new(String::from("Dupont"));
        assert!(!format!("{p:?}").contains("Dupont"), "Debug hides it");
        let text = ron::to_string(&p).expect("serialise");
        assert_eq!(text, "\"Dupont\"");
        let back: Private<String> = ron::from_str(&text).expect("parse");
        assert_eq!(back.expose(), "Dupont");
    }
}
