//! An activity's state as RON text in one call each way, for `save` and `restore` (the `ron`
//! feature of this crate). A state that cannot be written gives an error instead of an empty
//! text, so the host keeps the previous draft.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// `value` as pretty RON, as drafts and records keep it.
///
/// # Errors
/// Why it cannot be written, in the serializer's words.
pub fn to_ron<T: Serialize>(value: &T) -> Result<String, String> {
    ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::new().escape_strings(false))
        .map_err(|e| e.to_string())
}

/// Reads RON text written by [`to_ron`].
///
/// # Errors
/// Where and why it cannot be read, in the parser's words.
pub fn from_ron<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_goes_there_and_back_and_a_bad_text_says_why() {
        let state = (String::from("Un lieu « calme »"), vec![1_u32, 2]);
        let text = to_ron(&state).expect("written");
        assert!(text.contains("« calme »"), "{text}");
        assert_eq!(from_ron::<(String, Vec<u32>)>(&text), Ok(state));
        assert!(from_ron::<(String, Vec<u32>)>("(\"x\", [1,").is_err());
    }
}
