//! What a laptop keeps of the service's people for a workshop room without network: each
//! person's id, first name, entry date, consents and status now, nothing else (no note, no
//! last name, no history), in `roster.ron` of the computer's folder, written after each Home
//! read from the database. Without the network, Home and a session's setup read it; the
//! journeys themselves are not on the laptop, and a change made to such a shortened journey
//! can never be saved over the real one (its revision is not the database's).

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::format::Versioned;
use crate::id::ParticipantId;
use crate::journey::{Consents, Journey, StatusChange};

/// The roster's file, in the computer's folder.
pub(crate) const ROSTER_FILE: &str = "roster.ron";

/// The people of the service, as last read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Roster {
    format_version: u32,
    /// When it was read from the database.
    pub(crate) read_at: DateTime<FixedOffset>,
    people: Vec<Person>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Person {
    id: ParticipantId,
    display_name: String,
    entry_date: NaiveDate,
    consents: Consents,
    status: StatusChange,
}

impl Versioned for Roster {
    const CURRENT_VERSION: u32 = 1;
    const MAX_BYTES: u64 = 16 << 20;
    fn format_version(&self) -> u32 {
        self.format_version
    }
}

impl Roster {
    /// The roster of `journeys`, read at `read_at`.
    pub(crate) fn of<'a>(
        journeys: impl IntoIterator<Item = &'a Journey>,
        read_at: DateTime<FixedOffset>,
    ) -> Self {
        let people = journeys
            .into_iter()
            .filter_map(|journey| {
                let mut status = journey.status_history.last()?.clone();
                status.note = String::new();
                Some(Person {
                    id: journey.id.clone(),
                    display_name: journey.display_name.clone(),
                    entry_date: journey.entry_date,
                    consents: journey.consents.clone(),
                    status,
                })
            })
            .collect();
        Self {
            format_version: Self::CURRENT_VERSION,
            read_at,
            people,
        }
    }

    /// The shortened journeys it holds.
    pub(crate) fn journeys(&self) -> Vec<Journey> {
        self.people
            .iter()
            .map(|person| {
                let mut journey = Journey::new(
                    person.id.clone(),
                    person.display_name.clone(),
                    person.entry_date,
                    person.consents.clone(),
                    person.status.recorded_by.clone(),
                );
                journey.status_history = vec![person.status.clone()];
                journey
            })
            .collect()
    }
}
