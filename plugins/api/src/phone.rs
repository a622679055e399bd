//! What participants may send from their phones during a collective session, when the
//! facilitator opens "Téléphones des participants": an activity lists the inputs it accepts
//! ([`crate::ActivityState::phone_inputs`]) and receives each text
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneInputKind {
    /// One short text (up to [`MAX_PHONE_TEXT`] characters), such as an idea.
    ShortText,
}
