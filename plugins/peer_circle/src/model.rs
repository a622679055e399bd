//! What a circle is made of: its phases, the speaking timer, what drafts and records keep, and
//! how to go back one turn.

use std::collections::{BTreeMap, BTreeSet};

use atelier_plugin_api::{Arg, Translations};
use serde::{Deserialize, Serialize};

/// Where the circle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Choosing the theme, rules, order and time.
    Setup,
    /// The theme and the rules on the projector.
    Rules,
    /// A round is going on.
    Round,
    /// A short pause between two rounds.
    Pause,
    /// The circle is over: takeaways, with consent.
    End,
}

/// The speaking timer, from the host's clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Timer {
    /// When it last started running (unix seconds); `None` while paused.
    pub(crate) running_since: Option<i64>,
    /// Seconds counted before the last pause.
    pub(crate) counted: i64,
    /// Extra seconds given to this speaker.
    pub(crate) extra: i64,
}

impl Timer {
    pub(crate) fn start(now: i64) -> Self {
        Self {
            running_since: Some(now),
            ..Self::default()
        }
    }

    /// The timer stopped at `now`, with what it counted.
    pub(crate) fn paused_at(self, now: i64) -> Self {
        Self {
            running_since: None,
            counted: self.elapsed(now),
            extra: self.extra,
        }
    }

    pub(crate) fn elapsed(&self, now: i64) -> i64 {
        self.counted + self.running_since.map_or(0, |t| (now - t).max(0))
    }
}

/// Everything saved: in drafts and in the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Saved {
    pub(crate) format_version: u32,
    pub(crate) phase: Phase,
    pub(crate) theme: String,
    pub(crate) rules: Vec<String>,
    /// Participant ids, in speaking order.
    pub(crate) order: Vec<String>,
    pub(crate) seconds_per_speaker: i64,
    pub(crate) rounds: u32,
    pub(crate) echo_round: bool,
    /// Current round, from 0; the echo round comes after the others.
    pub(crate) round: u32,
    /// Who is still to speak this round; the first is speaking.
    pub(crate) queue: Vec<String>,
    /// Who passed this round (they stay in the queue for a later turn).
    pub(crate) passed: BTreeSet<String>,
    /// Who spoke, round by round.
    pub(crate) spoke: Vec<Vec<String>>,
    /// Seconds each person spoke, in all.
    pub(crate) seconds_used: BTreeMap<String, i64>,
    pub(crate) timer: Timer,
    /// The facilitator's private notes, by participant.
    pub(crate) notes: BTreeMap<String, String>,
    /// Takeaways, only of people who agreed they are noted (see `consent`).
    pub(crate) takeaways: BTreeMap<String, String>,
    pub(crate) consent: BTreeSet<String>,
    pub(crate) seed: u64,
    /// Who passed twice (or passed last) and so did not speak, round by round.
    #[serde(default)]
    pub(crate) declined: Vec<Vec<String>>,
    /// How to go back one turn (the clicker's "previous"), newest last.
    #[serde(default)]
    pub(crate) undo: Vec<Undo>,
}

impl Saved {
    /// One person's part in words: how many times they spoke and for how long (seconds
    /// counted, not rounded to "0 min"), and whether they passed.
    pub(crate) fn spoke_summary(&self, t: &Translations, id: &str, name: &str) -> String {
        let times = self
            .spoke
            .iter()
            .filter(|r| r.iter().any(|s| s == id))
            .count();
        let seconds = self.seconds_used.get(id).copied().unwrap_or(0).max(0);
        let num = |n: i64| Arg::Num(i32::try_from(n).map_or(f64::MAX, f64::from));
        let duration = match (seconds / 60, seconds % 60) {
            (0, s) => t.tr_args("duration-seconds", &[("seconds", num(s))]),
            (m, 0) => t.tr_args("duration-minutes", &[("minutes", num(m))]),
            (m, s) => t.tr_args(
                "duration-minutes-seconds",
                &[("minutes", num(m)), ("seconds", num(s))],
            ),
        };
        let passed = self
            .declined
            .iter()
            .filter(|r| r.iter().any(|d| d == id))
            .count();
        t.tr_args(
            "spoke-summary",
            &[
                ("name", name.into()),
                ("times", times.into()),
                ("duration", duration.into()),
                ("passed", passed.into()),
            ],
        )
    }

    /// The same, holding only the takeaways of people who agreed they are noted.
    pub(crate) fn consented(&self) -> Self {
        let mut saved = self.clone();
        saved
            .takeaways
            .retain(|id, text| self.consent.contains(id) && !text.trim().is_empty());
        saved
    }
}

/// What a turn changed, to go back to the speaker before (their timer included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Undo {
    pub(crate) phase: Phase,
    pub(crate) round: u32,
    pub(crate) queue: Vec<String>,
    pub(crate) passed: BTreeSet<String>,
    pub(crate) spoke: Vec<Vec<String>>,
    pub(crate) declined: Vec<Vec<String>>,
    pub(crate) seconds_used: BTreeMap<String, i64>,
    /// The speaker's seconds when the turn ended, and the extra time they had.
    pub(crate) elapsed: i64,
    pub(crate) extra: i64,
}

pub(crate) fn clock_text(seconds: i64) -> String {
    let seconds = seconds.max(0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
