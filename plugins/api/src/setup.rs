//! [`Setup`]: what the host gives an activity to start a session — participants (id and name
//! only), their stored data, the mode, the language, a seeded random source and a clock.

use std::sync::Arc;

use crate::descriptor::Mode;
use crate::i18n::Locale;

/// A participant as an activity sees them: never a last name or a private note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupParticipant {
    /// Stable id; use it to key per-participant data.
    pub id: String,
    /// The first name or chosen name, for the facilitator's window.
    pub display_name: String,
    /// The name the projector may show; `None` when the person did not agree to it.
    pub projector_name: Option<String>,
    /// What this activity stored for this person in earlier sessions (its own RON).
    pub stored: Option<String>,
    /// The stage of their plan to review, given only to an activity that reviews stages
    /// ([`crate::Descriptor::reviews_stage`]).
    pub stage: Option<StageToReview>,
}

/// A stage of a person's plan, as a stage review sees it: nothing private.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageToReview {
    /// Its title.
    pub title: String,
    /// Its objectives, as written.
    pub objectives: Vec<String>,
    /// Its planned actions.
    pub actions: Vec<String>,
    /// When it started.
    pub start: chrono::NaiveDate,
    /// When it was planned to end.
    pub planned_end: Option<chrono::NaiveDate>,
}

/// A moment, as seconds since 1970 (UTC) and the local offset. Plain numbers, so the same
/// type reads the same in the host and in any plugin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    /// Seconds since 1970-01-01 00:00 UTC.
    pub unix_seconds: i64,
    /// Local offset from UTC, in seconds.
    pub offset_seconds: i32,
}

impl Timestamp {
    /// Seconds from `earlier` to `self` (negative if `earlier` is later).
    pub fn seconds_since(self, earlier: Self) -> i64 {
        self.unix_seconds - earlier.unix_seconds
    }
}

/// The host's clock. Tests give a fake one, so activities that time things are deterministic.
pub trait Clock: Send + Sync {
    /// Now.
    fn now(&self) -> Timestamp;
}

/// A small deterministic random source (`SplitMix64`), seeded by the host, so a shuffle in a
/// test or a replay gives the same order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A source starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        let n = n as u64;
        usize::try_from(self.next_u64() % n).unwrap_or(0)
    }

    /// Shuffles `items` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// Everything an activity needs to start (or resume) a session.
#[derive(Clone)]
pub struct Setup {
    /// Who takes part.
    pub participants: Vec<SetupParticipant>,
    /// Collective or one-to-one.
    pub mode: Mode,
    /// The host's language.
    pub locale: Locale,
    /// Seed for the session's random source ([`Rng::new`]).
    pub seed: u64,
    /// The host's clock.
    pub clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Setup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Setup")
            .field("participants", &self.participants)
            .field("mode", &self.mode)
            .field("locale", &self.locale)
            .field("seed", &self.seed)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic_and_shuffles_everything() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let mut x: Vec<u32> = (0..20).collect();
        let mut y = x.clone();
        a.shuffle(&mut x);
        b.shuffle(&mut y);
        assert_eq!(x, y, "same seed, same order");
        assert_ne!(x, (0..20).collect::<Vec<_>>(), "shuffled");
        let mut sorted = x.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..20).collect::<Vec<_>>(), "nothing lost");
        assert_ne!(Rng::new(8).next_u64(), Rng::new(7).next_u64());
    }
}
