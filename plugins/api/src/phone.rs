//! What participants may send from their phones during a collective session, when the
//! facilitator opens "Téléphones des participants": an activity lists the inputs it accepts
//! ([`crate::ActivityState::phone_inputs`]) and receives each answer
//! ([`crate::ActivityState::on_phone_input`]) with no author, no device and no address — the
//! host never has them to give.

/// The longest text a phone may send, in characters after trimming.
pub const MAX_PHONE_TEXT: usize = 500;

/// One thing the phones may send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneInput {
    /// Stable id passed back to [`crate::ActivityState::on_phone_input`].
    pub id: String,
    /// The question shown above the field on the phone, in the language asked for.
    pub prompt: String,
    /// What the phone sends.
    pub kind: PhoneInputKind,
}

/// The kinds of phone input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneInputKind {
    /// One short text (up to [`MAX_PHONE_TEXT`] characters), such as an idea: answered with
    /// [`PhoneAnswer::Text`].
    ShortText,
    /// Statements each rated on the same levels, such as an end-of-session grid: answered with
    /// [`PhoneAnswer::Ratings`]. A phone may leave statements unrated, never all of them.
    Likert {
        /// The statements, in the language asked for.
        statements: Vec<String>,
        /// The levels, lowest first ("Pas du tout d'accord" … "Tout à fait d'accord").
        levels: Vec<String>,
    },
}

/// What one phone sent for one input, checked by the host against the input's kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneAnswer {
    /// For [`PhoneInputKind::ShortText`]: trimmed, at most [`MAX_PHONE_TEXT`] characters,
    /// without control characters, never empty.
    Text(String),
    /// For [`PhoneInputKind::Likert`]: one entry per statement, the level chosen (from 0,
    /// below the number of levels) or `None` when left unrated; at least one is rated.
    Ratings(Vec<Option<usize>>),
}
