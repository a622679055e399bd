//! The translation layer: every user-visible string comes from the Fluent files in
//! `app/i18n/` (`fr.ftl`, the default, and `en.ftl`).

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A language Atelier speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every language, French first.
    pub const ALL: [Self; 2] = [Self::Fr, Self::En];

    /// The language's code (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Fr => "fr",
            Self::En => "en",
        }
    }

    /// Reads a code such as `fr`, `en`, `fr-FR` or `en_GB.UTF-8`.
    pub fn from_code(code: &str) -> Option<Self> {
        let base = code
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match base.as_str() {
            "fr" => Some(Self::Fr),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The Fluent source of this language.
    pub fn source(self) -> &'static str {
        match self {
            Self::Fr => include_str!("i18n/fr.ftl"),
            Self::En => include_str!("i18n/en.ftl"),
        }
    }
}

/// Translated messages in one language.
pub struct I18n {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

impl I18n {
    /// Loads the messages of `lang`. The files are compiled in and checked by tests, so a
    /// syntax error there only loses the faulty messages (their id is shown instead).
    pub fn new(lang: Lang) -> Self {
        let resource = FluentResource::try_new(lang.source().to_owned())
            .unwrap_or_else(|(partial, _errors)| partial);
        let locale = lang
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::langid!("fr"));
        let mut bundle = FluentBundle::new(vec![locale]);
        // Terminals and egui do not need bidi isolation marks around arguments.
        bundle.set_use_isolating(false);
        // A duplicate id keeps the first message; the test suite refuses duplicates anyway.
        let _ignored = bundle.add_resource(resource);
        Self { lang, bundle }
    }

    /// The language of these messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with no arguments.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn tr_args<'a>(&self, id: &str, args: &[(&str, Arg<'a>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Str(s) => FluentValue::String(Cow::Borrowed(s)),
                Arg::String(s) => FluentValue::String(Cow::Owned(s.clone())),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    /// Whether the message `id` exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// An argument of a translated message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Borrowed text.
    Str(&'a str),
    /// Owned text.
    String(String),
    /// A number (selects plural forms).
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Self::Str(s)
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Self::String(s)
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        #[expect(
            clippy::cast_precision_loss,
            reason = "counts shown to people are small"
        )]
        Self::Num(n as f64)
    }
}
impl From<&std::path::Path> for Arg<'_> {
    fn from(p: &std::path::Path) -> Self {
        Self::String(p.display().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(source: &str) -> Vec<String> {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("the Fluent file does not parse: {errors:?}"),
        };
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_the_same_messages_without_duplicates() {
        let fr = ids(Lang::Fr.source());
        let en = ids(Lang::En.source());
        let mut sorted_fr = fr.clone();
        sorted_fr.sort();
        sorted_fr.dedup();
        assert_eq!(sorted_fr.len(), fr.len(), "duplicate message in fr.ftl");
        let mut sorted_en = en.clone();
        sorted_en.sort();
        sorted_en.dedup();
        assert_eq!(
            sorted_fr, sorted_en,
            "fr.ftl and en.ftl must define the same messages"
        );
    }

    #[test]
    fn french_is_the_default_and_arguments_and_plurals_work() {
        let fr = I18n::new(Lang::default());
        assert_eq!(fr.lang(), Lang::Fr);
        let summary = |i18n: &I18n, problems: usize| {
            i18n.tr_args(
                "check-summary",
                &[
                    ("journeys", 3usize.into()),
                    ("records", 5usize.into()),
                    ("drafts", 0usize.into()),
                    ("problems", problems.into()),
                    ("repairable", 1usize.into()),
                ],
            )
        };
        assert_eq!(
            summary(&fr, 0),
            "3 parcours, 5 comptes rendus, 0 brouillons : aucun problème."
        );
        assert!(
            summary(&fr, 2)
                .starts_with("3 parcours, 5 comptes rendus, 0 brouillons : 2 problèmes, dont 1")
        );
        let en = I18n::new(Lang::En);
        assert_eq!(
            summary(&en, 0),
            "3 journeys, 5 records, 0 drafts: no problems."
        );
        assert_eq!(
            en.tr("no-such-message"),
            "no-such-message",
            "a missing id shows the id"
        );
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }
}
