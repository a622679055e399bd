//! Translations with Fluent, shared by the app and every plugin: each ships a French and an
//! English `.ftl` file and reads them through [`Translations`].

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A language Atelier speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Locale {
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
}

/// A text in both languages, for names and descriptions that are read before any
/// translation file is loaded (descriptors).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Translated {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Translated {
    /// Both texts.
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// The message `id` of two Fluent sources (French, English), for descriptors.
    pub fn message(fr: &str, en: &str, id: &str) -> Self {
        Self::new(
            Translations::new(Locale::Fr, fr).tr(id),
            Translations::new(Locale::En, en).tr(id),
        )
    }

    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Fr => &self.fr,
            Locale::En => &self.en,
        }
    }
}

/// Messages of one language from a Fluent source. Cloning is cheap (the parsed messages are
/// shared), so a view can take its own copy each frame instead of parsing the source again.
#[derive(Clone)]
pub struct Translations {
    locale: Locale,
    bundle: std::rc::Rc<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

impl Translations {
    /// Loads `source` (the `.ftl` text of `locale`). A syntax error only loses the faulty
    /// messages, whose id is shown instead; [`check_sources`] finds such errors in tests.
    pub fn new(locale: Locale, source: &str) -> Self {
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _errors)| partial);
        let langid = locale
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::langid!("fr"));
        let mut bundle = FluentBundle::new(vec![langid]);
        // Terminals and egui do not need bidi isolation marks around arguments.
        bundle.set_use_isolating(false);
        // A duplicate id keeps the first message; check_sources refuses duplicates.
        let _ignored = bundle.add_resource(resource);
        Self {
            locale,
            bundle: std::rc::Rc::new(bundle),
        }
    }

    /// Picks the source of `locale` among `(French, English)` sources.
    pub fn pick(locale: Locale, fr: &str, en: &str) -> Self {
        Self::new(locale, if locale == Locale::En { en } else { fr })
    }

    /// The language of these messages.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id` with no arguments.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    ///
    /// A `name` argument also sets `elision` to `yes` when French elides before it (« d'Amina »,
    /// « qu'Inès »; see [`elides`]), else `no`, for messages to select `d'`/`de`, `qu'`/`que`.
    pub fn tr_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Str(s) => FluentValue::String(Cow::Borrowed(s)),
                Arg::String(s) => FluentValue::String(Cow::Owned(s.clone())),
                Arg::Num(n) => FluentValue::from(*n),
            };
            if *name == "name"
                && let FluentValue::String(text) = &value
            {
                let elision = if elides(text) { "yes" } else { "no" };
                fluent_args.set("elision", FluentValue::String(Cow::Borrowed(elision)));
            }
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

/// `text` as French sets it on a screen: the space before `?`, `!`, `:`, `;` and `»` and after
/// `«` becomes a non-breaking space (U+00A0, which egui never breaks a line at; a narrow
/// non-breaking space U+202F, which egui would break at, becomes one too), so a line never
/// starts with a question mark alone. Any language can go through it: English puts no space
/// there. For the projector's large text, typed words included.
pub fn french_spacing(text: &str) -> std::borrow::Cow<'_, str> {
    const NBSP: char = '\u{a0}';
    let needs = |c: char| matches!(c, '?' | '!' | ':' | ';' | '»');
    let chars: Vec<char> = text.chars().collect();
    let mut changed = false;
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let after = chars.get(i + 1).copied();
        let glue =
            (c == ' ' && (after.is_some_and(needs) || before == Some('«'))) || c == '\u{202f}';
        if glue {
            out.push(NBSP);
            changed = true;
        } else {
            out.push(c);
        }
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A person's words as a clause inside a sentence: spaces and the final full stop, semicolon
/// or comma taken off (the sentence adds its own), so "pièce." never becomes "pièce..".
pub fn clause(text: &str) -> &str {
    text.trim()
        .trim_end_matches(['.', ';', ',', ':'])
        .trim_end()
}

/// Whether French elides `de`, `que`, `le` before `word`: it starts with a vowel (accents
/// included), a mute h (« d'Hugo », « d'Hélène »), or a y before a consonant (« d'Yves », but
/// « de Yanis »).
pub fn elides(word: &str) -> bool {
    let mut letters = word.trim_start().chars().flat_map(char::to_lowercase);
    let first = letters.next();
    let second = letters.next();
    let vowel = |c: char| "aàâäeéèêëiîïoôöuùûüœæ".contains(c);
    match first {
        Some('h') => true,
        Some('y') => second.is_some_and(|c| !vowel(c)),
        Some(c) => vowel(c),
        None => false,
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
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Self::Num(n.into())
    }
}
impl From<&std::path::Path> for Arg<'_> {
    fn from(p: &std::path::Path) -> Self {
        Self::String(p.display().to_string())
    }
}

/// Checks a French and an English Fluent source: both parse, neither repeats an id, and both
/// define the same messages. For each crate's tests.
///
/// # Errors
/// A sentence saying what is wrong.
pub fn check_sources(fr: &str, en: &str) -> Result<(), String> {
    fn ids(name: &str, source: &str) -> Result<Vec<String>, String> {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| format!("{name} does not parse: {errors:?}"))?;
        let mut ids = Vec::new();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                ids.push(message.id.name.to_owned());
            }
        }
        let mut sorted = ids.clone();
        sorted.sort();
        let count = sorted.len();
        sorted.dedup();
        if sorted.len() != count {
            return Err(format!("{name} defines a message twice"));
        }
        Ok(sorted)
    }
    let fr_ids = ids("fr.ftl", fr)?;
    let en_ids = ids("en.ftl", en)?;
    let only_fr: Vec<_> = fr_ids.iter().filter(|id| !en_ids.contains(id)).collect();
    let only_en: Vec<_> = en_ids.iter().filter(|id| !fr_ids.contains(id)).collect();
    if only_fr.is_empty() && only_en.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "only in fr.ftl: {only_fr:?}; only in en.ftl: {only_en:?}"
        ))
    }
}

#[cfg(test)]
mod elision_tests {
    use super::*;

    #[test]
    fn clauses_lose_their_final_punctuation_only() {
        assert_eq!(clause("  Une pièce calme. "), "Une pièce calme");
        assert_eq!(clause("Déjà ; "), "Déjà");
        assert_eq!(clause("Et alors ?"), "Et alors ?");
        assert_eq!(clause("…"), "…");
    }

    #[test]
    fn french_elides_before_vowels_mute_h_and_y_before_a_consonant() {
        for name in [
            "Amina", "Élodie", "Inès", "Olivier", "Ursule", "Hugo", "Hélène", "Yves", "œdipe",
        ] {
            assert!(elides(name), "{name}");
        }
        for name in ["Bastien", "Chloé", "Yanis", "Zoé", "", " "] {
            assert!(!elides(name), "{name}");
        }
        let t = Translations::new(
            Locale::Fr,
            "of = le parcours { $elision ->\n    [yes] d'{ $name }\n   *[no] de { $name }\n}\n",
        );
        assert_eq!(
            t.tr_args("of", &[("name", "Amina".into())]),
            "le parcours d'Amina"
        );
        assert_eq!(
            t.tr_args("of", &[("name", "Bastien".into())]),
            "le parcours de Bastien"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_spacing_glues_the_punctuation_to_its_word() {
        assert_eq!(
            french_spacing("Quel est votre lieu idéal ? « Un jardin » : oui ; non !"),
            "Quel est votre lieu idéal\u{a0}? «\u{a0}Un jardin\u{a0}»\u{a0}: oui\u{a0}; non\u{a0}!"
        );
        assert_eq!(
            french_spacing("What is it? Done: yes"),
            "What is it? Done: yes"
        );
        assert!(matches!(
            french_spacing("Rien à changer"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(french_spacing("Vraiment\u{202f}?"), "Vraiment\u{a0}?");
    }

    #[test]
    fn egui_never_puts_the_question_mark_alone_on_a_line_once_glued() {
        let question = "Quel serait votre lieu de travail idéal ?";
        let ctx = egui::Context::default();
        let last_rows = |text: &str| -> Vec<String> {
            let mut rows = Vec::new();
            for _ in 0..2 {
                rows.clear();
                let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                    // From widths where "idéal ?" fits on a row (narrower, egui cuts words).
                    for width in (160..600).step_by(2) {
                        let galley = ui.painter().layout(
                            text.to_owned(),
                            egui::FontId::proportional(32.0),
                            egui::Color32::WHITE,
                            width as f32,
                        );
                        if let Some(row) = galley.rows.last() {
                            rows.push(row.text());
                        }
                    }
                });
                output.textures_delta.clear();
            }
            rows
        };
        assert!(
            last_rows(question).iter().any(|row| row.trim() == "?"),
            "some width puts the question mark alone with a plain space"
        );
        assert!(
            last_rows(&french_spacing(question))
                .iter()
                .all(|row| row.trim() != "?"),
            "never with the non-breaking space"
        );
    }
}
