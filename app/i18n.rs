//! The app's texts: `app/i18n/fr.ftl` (the default) and `en.ftl`, read through the same
//! [`Translations`](atelier_plugin_api::Translations) mechanism that plugins use.

pub use atelier_plugin_api::{Arg, Locale, Translations as I18n};

/// The French messages.
pub const FR: &str = include_str!("i18n/fr.ftl");
/// The English messages.
pub const EN: &str = include_str!("i18n/en.ftl");

/// The app's messages in `locale`.
pub fn load(locale: Locale) -> I18n {
    I18n::pick(locale, FR, EN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_define_the_same_messages() {
        assert_eq!(atelier_plugin_api::check_sources(FR, EN), Ok(()));
    }

    #[test]
    fn french_is_the_default_and_arguments_and_plurals_work() {
        let fr = load(Locale::default());
        assert_eq!(fr.locale(), Locale::Fr);
        let summary = |i18n: &I18n, problems: usize| {
            i18n.tr_args(
                "check-summary",
                &[
                    ("journeys", 3usize.into()),
                    ("records", 5usize.into()),
                    ("drafts", 1usize.into()),
                    ("problems", problems.into()),
                    ("repairable", 1usize.into()),
                ],
            )
        };
        assert_eq!(
            summary(&fr, 0),
            "3 parcours, 5 comptes rendus, 1 brouillon : aucun problème."
        );
        assert!(
            summary(&fr, 2)
                .starts_with("3 parcours, 5 comptes rendus, 1 brouillon : 2 problèmes, dont 1")
        );
        let en = load(Locale::En);
        assert_eq!(
            summary(&en, 0),
            "3 journeys, 5 records, 1 draft: no problems."
        );
        assert_eq!(
            en.tr("no-such-message"),
            "no-such-message",
            "a missing id shows the id"
        );
    }

    #[test]
    fn language_codes() {
        assert_eq!(Locale::from_code("fr_FR.UTF-8"), Some(Locale::Fr));
        assert_eq!(Locale::from_code("EN-gb"), Some(Locale::En));
        assert_eq!(Locale::from_code("de"), None);
    }
}
