//! What a screen may read while it draws, and nothing it could write with: the translations,
//! the activities, what Home knows of the data folder, the data folder's place, the
//! facilitator's name, and now.
//! Screens that are their own types draw from a [`Ctx`] and return an `Intent`.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use sessions::{HomeData, ParticipantId, SessionRecord};

use crate::i18n::I18n;
use crate::plugins::ActivityRegistry;

/// The read-only view a screen draws from.
pub(crate) struct Ctx<'a> {
    /// The messages in the user's language.
    pub i18n: &'a I18n,
    /// The activities.
    pub registry: &'a ActivityRegistry,
    /// Every journey, the recent records, the drafts.
    pub home: &'a HomeData,
    /// The data folder.
    pub data_dir: &'a Path,
    /// The facilitator's name from the settings, proposed for a new session.
    pub facilitator: &'a str,
    /// Where sessions take place, from the settings, proposed for a new session.
    pub place: &'a str,
    /// Now, from the app's clock.
    pub now: DateTime<FixedOffset>,
    /// Home is still being read (at start).
    pub loading: bool,
    /// The phones' address given on the command line (`--phones-address`), which wins over
    /// the settings.
    pub phones_address: Option<std::net::SocketAddr>,
    /// The service's database, when the data is on one (its address without the password).
    pub database: Option<&'a str>,
}

impl<'a> Ctx<'a> {
    /// The view of the app's parts a screen reads (taken one by one, so the screen itself can
    /// be borrowed mutably beside it).
    pub fn new(
        i18n: &'a I18n,
        registry: &'a ActivityRegistry,
        home: &'a HomeData,
        config: &'a super::AppConfig,
        settings: &'a super::settings::Settings,
    ) -> Self {
        Self {
            i18n,
            registry,
            home,
            data_dir: &config.data_dir,
            facilitator: &settings.facilitator,
            place: &settings.place,
            now: crate::session::from_timestamp(config.clock.now()),
            loading: false,
            phones_address: config.phones_address,
            database: None,
        }
    }

    /// A participant's name, or their id when Home does not know them.
    pub fn participant_name(&self, id: &ParticipantId) -> String {
        self.home
            .journeys
            .iter()
            .find(|j| &j.value.id == id)
            .map_or_else(|| id.to_string(), |j| j.value.display_name.clone())
    }

    /// A record in one line: date, activity, mode, how many took part.
    pub fn record_line(&self, record: &SessionRecord) -> String {
        let name = self.registry.name(&record.activity.id, self.i18n);
        let mode = self.i18n.tr(match record.mode {
            sessions::Mode::Collective => "mode-collective",
            sessions::Mode::OneToOne => "mode-one-to-one",
        });
        self.i18n.tr_args(
            "home-record-line",
            &[
                ("date", crate::words::date(record.start.date_naive()).into()),
                ("activity", name.into()),
                ("mode", mode.into()),
                ("count", record.participants.len().into()),
            ],
        )
    }
}
