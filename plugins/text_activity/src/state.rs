//! An activity file as an activity ([`TextActivity`]) and one session of it
//! ([`TextState`]): what is saved in drafts and records, the takeaways, charts and what is kept
//! for next time.

use std::collections::{BTreeMap, BTreeSet};

use atelier_plugin_api::egui;
use atelier_plugin_api::{
    ACTION_NEXT, ACTION_PREVIOUS, Activity, ActivityState, Arg, ChartDesc, ChartPoint, Descriptor,
    Locale, Mode, Outcome, ParticipantResult, PhoneAnswer, PhoneInput, PhoneInputKind,
    RecordContext, Rng, Setup, StageDecision, StageReviewResult, Translations, UiContext,
};
use serde::{Deserialize, Serialize};

use crate::answers::{self, Value};
use crate::spec::{ActivitySpec, For, JourneyRole, Kind, Modes};
use crate::{EN, FR};

/// An activity read from a file: stateless, it describes itself and starts sessions.
#[derive(Debug, Clone, PartialEq)]
pub struct TextActivity {
    spec: ActivitySpec,
}

impl TextActivity {
    /// The activity a file describes (already checked by [`crate::parse`]).
    pub fn new(spec: ActivitySpec) -> Self {
        Self { spec }
    }

    /// The file's content.
    pub fn spec(&self) -> &ActivitySpec {
        &self.spec
    }
}

/// Everything a session saves, in its drafts and in its record. The activity file itself is
/// kept with it, so a record still reads the same after the file changed or was removed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Saved {
    pub format_version: u32,
    pub spec: ActivitySpec,
    pub step: usize,
    /// The person whose answers the facilitator is filling in.
    pub person: usize,
    /// Each person's answers: participant id → field id → answer.
    pub each: BTreeMap<String, BTreeMap<String, Value>>,
    /// The group's answers, by field id.
    pub group: BTreeMap<String, Value>,
    /// Anonymous contributions, by field id, in a shuffled order, with no author.
    pub anonymous: BTreeMap<String, Vec<String>>,
    /// Fields the facilitator took off the projector.
    pub hidden: BTreeSet<String>,
    /// Participant id → the fields filled in from their last session.
    pub from_last_time: BTreeMap<String, BTreeSet<String>>,
    /// A list item being typed, not added yet, by field id (and participant id): kept so a crash
    /// loses nothing, and added when the session ends.
    pub pending: BTreeMap<String, String>,
    /// Seed of the order the projector lists everyone's answers in (0 in a record).
    pub seed: u64,
    /// Anonymous grids' answers, by field id: counts only, so nothing says who rated what,
    /// nor in which order.
    #[serde(default)]
    pub tallies: BTreeMap<String, Tally>,
    /// A paper answer to an anonymous grid being entered, not added yet, by field id.
    #[serde(default)]
    pub paper: BTreeMap<String, BTreeMap<usize, usize>>,
}

/// The answers to an anonymous grid, counted: how many people answered, and for each
/// statement how many chose each level.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Tally {
    /// How many answers were counted.
    pub answers: u32,
    /// `counts[statement][level]`.
    pub counts: Vec<Vec<u32>>,
}

impl Tally {
    /// Counts one answer (statement → level) to a grid of `statements` × `levels`; false
    /// (nothing counted) when nothing is rated or a rating is out of the grid.
    pub fn add(
        &mut self,
        ratings: &BTreeMap<usize, usize>,
        statements: usize,
        levels: usize,
    ) -> bool {
        if ratings.is_empty()
            || ratings
                .iter()
                .any(|(s, l)| *s >= statements || *l >= levels)
        {
            return false;
        }
        self.counts.resize_with(statements, Vec::new);
        for row in &mut self.counts {
            row.resize(levels, 0);
        }
        for (s, l) in ratings {
            if let Some(count) = self.counts.get_mut(*s).and_then(|row| row.get_mut(*l)) {
                *count += 1;
            }
        }
        self.answers += 1;
        true
    }

    /// How many chose `level` for `statement`.
    pub fn count(&self, statement: usize, level: usize) -> u32 {
        self.counts
            .get(statement)
            .and_then(|row| row.get(level))
            .copied()
            .unwrap_or(0)
    }
}

/// What the journey keeps for this activity's next session: field id → answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Kept {
    values: BTreeMap<String, Value>,
}

/// A participant as the session knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Person {
    pub id: String,
    pub name: String,
    /// The stage under review, when the activity reviews stages.
    pub stage: Option<atelier_plugin_api::StageToReview>,
}

/// One session of an activity file.
pub struct TextState {
    pub(crate) saved: Saved,
    pub(crate) people: Vec<Person>,
    pub(crate) mode: Mode,
    pub(crate) texts: Translations,
}

impl std::fmt::Debug for TextState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextState")
            .field("activity", &self.saved.spec.id)
            .field("step", &self.saved.step)
            .finish_non_exhaustive()
    }
}

/// The key of a pending list item.
pub(crate) fn pending_key(field: &str, person: Option<&str>) -> String {
    person.map_or_else(|| field.to_owned(), |p| format!("{field}/{p}"))
}

impl Saved {
    /// Inserts an anonymous contribution at a random place, so the order says nothing about who
    /// spoke when. The place is drawn from the system's randomness and never saved: not even the
    /// draft can replay the order contributions came in.
    pub fn add_anonymous(&mut self, field: &str, text: String) {
        use std::hash::BuildHasher as _;
        let items = self.anonymous.entry(field.to_owned()).or_default();
        let draw = std::collections::hash_map::RandomState::new().hash_one((&text, items.len()));
        let at = Rng::new(draw).below(items.len() + 1);
        items.insert(at, text);
    }

    /// Counts an answer to the anonymous grid `field`; whether it was counted.
    pub fn add_rating(&mut self, field: &str, ratings: &BTreeMap<usize, usize>) -> bool {
        let Some(Kind::Likert { statements, levels }) = self.spec.field(field).map(|f| &f.kind)
        else {
            return false;
        };
        let levels = levels.as_ref().map_or(5, Vec::len);
        let statements = statements.len();
        self.tallies
            .entry(field.to_owned())
            .or_default()
            .add(ratings, statements, levels)
    }

    /// Adds every pending list item to its list.
    fn commit_pending(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        for (key, text) in pending {
            let text = text.trim().to_owned();
            if text.is_empty() {
                continue;
            }
            let (field, person) = key
                .split_once('/')
                .map_or((key.as_str(), None), |(f, p)| (f, Some(p)));
            let Some(spec) = self.spec.field(field) else {
                continue;
            };
            if spec.anonymous {
                let field = field.to_owned();
                self.add_anonymous(&field, text);
                continue;
            }
            let answers = match person {
                Some(person) => self.each.entry(person.to_owned()).or_default(),
                None => &mut self.group,
            };
            if let Value::Items(items) = answers
                .entry(field.to_owned())
                .or_insert_with(|| Value::Items(Vec::new()))
            {
                items.push(text);
            }
        }
    }
}

impl TextState {
    fn new(setup: &Setup, saved: Saved) -> Self {
        Self {
            saved,
            people: setup
                .participants
                .iter()
                .map(|p| Person {
                    id: p.id.clone(),
                    name: p.display_name.clone(),
                    stage: p.stage.clone(),
                })
                .collect(),
            mode: setup.mode,
            texts: Translations::pick(setup.locale, FR, EN),
        }
    }

    /// The activity file this session runs.
    pub fn spec(&self) -> &ActivitySpec {
        &self.saved.spec
    }

    /// The current step, from 0.
    pub fn step(&self) -> usize {
        self.saved.step
    }

    pub(crate) fn locale(&self) -> Locale {
        self.texts.locale()
    }

    fn go(&mut self, delta: isize) -> bool {
        match self
            .saved
            .step
            .checked_add_signed(delta)
            .filter(|s| *s < self.saved.spec.steps.len())
        {
            Some(step) => {
                self.saved.step = step;
                true
            }
            None => false,
        }
    }

    /// The takeaway of `person`: each filled field's takeaway line, in the file's order.
    fn takeaway(&self, saved: &Saved, person: &str) -> Option<String> {
        Self::takeaway_with(saved, person, self.locale(), &self.texts)
    }

    /// The takeaway in each language: the answers as given, the file's words around them in
    /// French and in English.
    fn takeaway_in(saved: &Saved, person: &str) -> Vec<(Locale, String)> {
        [Locale::Fr, Locale::En]
            .into_iter()
            .filter_map(|locale| {
                let texts = Translations::pick(locale, FR, EN);
                Some((locale, Self::takeaway_with(saved, person, locale, &texts)?))
            })
            .collect()
    }

    fn takeaway_with(
        saved: &Saved,
        person: &str,
        locale: Locale,
        texts: &Translations,
    ) -> Option<String> {
        let lines: Vec<String> = saved
            .spec
            .fields()
            .filter_map(|(_, field)| {
                let template = field.takeaway.as_ref()?;
                let value = match field.for_ {
                    For::Each => saved.each.get(person)?.get(&field.id)?,
                    For::Group => saved.group.get(&field.id)?,
                };
                if value.is_empty() {
                    return None;
                }
                let text = answers::value_text(field, value, texts);
                Some(answers::takeaway_line(
                    template,
                    atelier_plugin_api::clause(&text),
                    locale,
                ))
            })
            .collect();
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    /// What a stage review found with `person`, once the decision is taken: the decision,
    /// the roles' answers, and as the note the takeaway's other lines (what worked, what to
    /// change…) in the session's language.
    fn stage_review(&self, saved: &Saved, person: &str) -> Option<StageReviewResult> {
        let answers = saved.each.get(person)?;
        let answer = |role: JourneyRole| {
            let field = saved.spec.field_for(role)?;
            answers.get(&field.id).filter(|v| !v.is_empty())
        };
        let text = |role| match answer(role) {
            Some(Value::Text(text)) => text.trim().to_owned(),
            _ => String::new(),
        };
        let decision = match answer(JourneyRole::StageDecision)? {
            Value::Choice(0) => StageDecision::Continue,
            Value::Choice(1) => StageDecision::HandOver,
            Value::Choice(2) => StageDecision::Stop,
            _ => return None,
        };
        let next_actions = match answer(JourneyRole::NextActions) {
            Some(Value::Items(items)) => items.clone(),
            _ => Vec::new(),
        };
        let next_review = match answer(JourneyRole::NextReview) {
            Some(Value::Date(typed)) => atelier_plugin_api::parse_date(typed),
            _ => None,
        };
        let locale = self.locale();
        let note: Vec<String> = saved
            .spec
            .fields()
            .filter(|(_, f)| f.journey.is_none() && f.for_ == For::Each)
            .filter_map(|(_, field)| {
                let template = field.takeaway.as_ref()?;
                let value = answers.get(&field.id).filter(|v| !v.is_empty())?;
                let text = answers::value_text(field, value, &self.texts);
                Some(answers::takeaway_line(
                    template,
                    atelier_plugin_api::clause(&text),
                    locale,
                ))
            })
            .collect();
        Some(StageReviewResult {
            decision,
            to: text(JourneyRole::HandOverTo),
            note: note.join("\n"),
            next_goal: text(JourneyRole::NextGoal),
            next_actions,
            next_review,
        })
    }
}

impl Activity for TextActivity {
    type State = TextState;

    fn descriptor(&self) -> Descriptor {
        let spec = &self.spec;
        Descriptor {
            id: spec.id.clone(),
            version: spec.version.clone(),
            name: spec.name.translated(),
            description: spec.description.translated(),
            modes: match spec.modes {
                Modes::Both => atelier_plugin_api::Modes::BOTH,
                Modes::OneToOne => atelier_plugin_api::Modes::ONE_TO_ONE,
                Modes::Collective => atelier_plugin_api::Modes::COLLECTIVE,
            },
            min_participants: spec.participants.min,
            max_participants: spec.participants.max,
            has_projector_view: true,
            reviews_stage: spec.reviews_stage(),
            charts: spec
                .fields()
                .filter_map(|(_, field)| {
                    let Kind::Scale { min, max, .. } = field.kind else {
                        return None;
                    };
                    Some(ChartDesc {
                        key: field.id.clone(),
                        name: field.chart.as_ref()?.translated(),
                        range: (f64::from(min), f64::from(max)),
                    })
                })
                .collect(),
        }
    }

    fn create(&self, setup: &Setup) -> TextState {
        let mut each: BTreeMap<String, BTreeMap<String, Value>> = BTreeMap::new();
        let mut from_last_time: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for person in &setup.participants {
            let Some(kept) = person
                .stored
                .as_deref()
                .and_then(|s| atelier_plugin_api::from_ron::<Kept>(s).ok())
            else {
                continue;
            };
            for (field_id, value) in kept.values {
                let fits = self
                    .spec
                    .field(&field_id)
                    .is_some_and(|f| f.keep && f.for_ == For::Each && value.fits(&f.kind));
                if fits && !value.is_empty() {
                    from_last_time
                        .entry(person.id.clone())
                        .or_default()
                        .insert(field_id.clone());
                    each.entry(person.id.clone())
                        .or_default()
                        .insert(field_id, value);
                }
            }
        }
        TextState::new(
            setup,
            Saved {
                format_version: 1,
                spec: self.spec.clone(),
                step: 0,
                person: 0,
                each,
                group: BTreeMap::new(),
                anonymous: BTreeMap::new(),
                // A grid answered without names waits until everyone answered before the
                // projector shows it: the facilitator ticks it then.
                hidden: self
                    .spec
                    .fields()
                    .filter(|(_, f)| f.anonymous && matches!(f.kind, Kind::Likert { .. }))
                    .map(|(_, f)| f.id.clone())
                    .collect(),
                from_last_time,
                pending: BTreeMap::new(),
                seed: setup.seed,
                tallies: BTreeMap::new(),
                paper: BTreeMap::new(),
            },
        )
    }

    fn restore(&self, setup: &Setup, saved: &str) -> Result<TextState, String> {
        let t = || Translations::pick(setup.locale, FR, EN);
        let saved: Saved = atelier_plugin_api::from_ron(saved)
            .map_err(|e| t().tr_args("restore-error", &[("reason", Arg::String(e))]))?;
        if saved.spec.id != self.spec.id {
            return Err(t().tr_args(
                "restore-other-activity",
                &[("id", saved.spec.id.as_str().into())],
            ));
        }
        Ok(TextState::new(setup, saved))
    }

    fn has_journey_view(&self) -> bool {
        self.spec.fields().any(|(_, f)| f.keep)
    }

    fn journey_ui(&self, ui: &mut egui::Ui, stored: &str, locale: Locale) {
        let Ok(kept) = atelier_plugin_api::from_ron::<Kept>(stored) else {
            return;
        };
        crate::views::kept_ui(ui, &self.spec, &kept.values, locale);
    }

    fn forget(&self, data: &str, participant: &str) -> Option<String> {
        forget(data, participant)
    }

    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
        crate::record_ui(ui, record_data, ctx);
    }
}

/// A record's or draft's data without anything `participant` answered (their anonymous
/// contributions have no author, so they stay); `None` when it is not an activity file's data.
pub fn forget(data: &str, participant: &str) -> Option<String> {
    let mut saved: Saved = atelier_plugin_api::from_ron(data).ok()?;
    saved.each.remove(participant);
    saved.from_last_time.remove(participant);
    let suffix = format!("/{participant}");
    saved.pending.retain(|key, _| !key.ends_with(&suffix));
    saved.person = 0;
    atelier_plugin_api::to_ron(&saved).ok()
}

impl ActivityState for TextState {
    fn progress(&self) -> Option<(usize, usize)> {
        Some((self.saved.step + 1, self.saved.spec.steps.len()))
    }

    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        if self.texts.locale() != ctx.locale {
            self.texts = Translations::pick(ctx.locale, FR, EN);
        }
        crate::views::facilitator_ui(self, ui);
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        if self.texts.locale() != ctx.locale {
            self.texts = Translations::pick(ctx.locale, FR, EN);
        }
        crate::views::projector_ui(self, ui);
    }

    /// In a collective session, every anonymous field of the file, in its order: a text as
    /// one short text, a grid as a grid.
    fn phone_inputs(&self, locale: Locale) -> Vec<PhoneInput> {
        if self.mode != Mode::Collective {
            return Vec::new();
        }
        let t = Translations::pick(locale, FR, EN);
        self.saved
            .spec
            .fields()
            .filter(|(_, f)| f.anonymous)
            .map(|(_, field)| PhoneInput {
                id: field.id.clone(),
                prompt: field.label.get(locale).to_owned(),
                kind: match &field.kind {
                    Kind::Likert { statements, .. } => PhoneInputKind::Likert {
                        statements: statements
                            .iter()
                            .map(|s| s.get(locale).to_owned())
                            .collect(),
                        levels: answers::levels(&field.kind, &t),
                    },
                    _ => PhoneInputKind::ShortText,
                },
            })
            .collect()
    }

    /// A text joins the anonymous field's contributions at a random place; a grid's answer
    /// is counted. Nothing of the phone is kept.
    fn on_phone_input(&mut self, input: &str, answer: &PhoneAnswer) -> bool {
        let Some(field) = self.saved.spec.field(input).filter(|f| f.anonymous) else {
            return false;
        };
        match (answer, &field.kind) {
            (PhoneAnswer::Text(text), kind) if kind.is_text() && !text.trim().is_empty() => {
                self.saved.add_anonymous(input, text.trim().to_owned());
                true
            }
            (PhoneAnswer::Ratings(levels), Kind::Likert { statements, .. })
                if levels.len() == statements.len() =>
            {
                let ratings: BTreeMap<usize, usize> = levels
                    .iter()
                    .enumerate()
                    .filter_map(|(s, l)| Some((s, (*l)?)))
                    .collect();
                self.saved.add_rating(input, &ratings)
            }
            _ => false,
        }
    }

    fn on_action(&mut self, action: &str) -> bool {
        match action {
            ACTION_NEXT => self.go(1),
            ACTION_PREVIOUS => self.go(-1),
            _ => false,
        }
    }

    fn save(&self) -> Result<String, String> {
        atelier_plugin_api::to_ron(&self.saved)
    }

    fn outcome(&self) -> Outcome {
        // What was typed in a list but not added yet is part of the result.
        let mut saved = self.saved.clone();
        saved.commit_pending();
        // Not needed once the session is over.
        saved.seed = 0;
        let participants = self
            .people
            .iter()
            .map(|person| {
                let answers = saved.each.get(&person.id);
                let kept: BTreeMap<String, Value> = saved
                    .spec
                    .fields()
                    .filter(|(_, f)| f.keep)
                    .filter_map(|(_, f)| {
                        let value = answers?.get(&f.id)?;
                        (!value.is_empty()).then(|| (f.id.clone(), value.clone()))
                    })
                    .collect();
                let points = saved
                    .spec
                    .fields()
                    .filter(|(_, f)| f.chart.is_some())
                    .filter_map(|(_, f)| match answers?.get(&f.id)? {
                        Value::Number(n) => Some(ChartPoint {
                            series: f.id.clone(),
                            value: f64::from(*n),
                        }),
                        _ => None,
                    })
                    .collect();
                ParticipantResult {
                    id: person.id.clone(),
                    takeaway: self.takeaway(&saved, &person.id),
                    takeaway_in: Self::takeaway_in(&saved, &person.id),
                    stored: (!kept.is_empty())
                        .then(|| atelier_plugin_api::to_ron(&Kept { values: kept }).ok())
                        .flatten(),
                    points,
                    follow_ups: Vec::new(),
                    stage_review: self.stage_review(&saved, &person.id),
                }
            })
            .collect();
        // What was entered, exactly: who answered (by name), the group's answers, the
        // counted answers without names and the texts without names.
        let answered = self
            .people
            .iter()
            .filter(|p| {
                saved
                    .each
                    .get(&p.id)
                    .is_some_and(|a| a.values().any(|v| !v.is_empty()))
            })
            .count();
        let group = saved.group.values().filter(|v| !v.is_empty()).count();
        let rated: usize = saved.tallies.values().map(|t| t.answers as usize).sum();
        let texts: usize = saved.anonymous.values().map(Vec::len).sum();
        let t = &self.texts;
        let mut parts = Vec::new();
        if answered > 0 || (group == 0 && rated == 0 && texts == 0) {
            parts.push(t.tr_args(
                "summary-people",
                &[
                    ("answered", answered.into()),
                    ("people", self.people.len().into()),
                ],
            ));
        }
        for (key, count) in [
            ("summary-group", group),
            ("summary-rated", rated),
            ("summary-texts", texts),
        ] {
            if count > 0 {
                parts.push(t.tr_args(key, &[("count", count.into())]));
            }
        }
        Outcome {
            summary: t.tr_args(
                "summary",
                &[
                    ("activity", saved.spec.name.get(self.locale()).into()),
                    ("parts", parts.join(", ").into()),
                ],
            ),
            participants,
            // Never fails for this state; if it did, the host keeps the last draft instead.
            record_data: atelier_plugin_api::to_ron(&saved).unwrap_or_default(),
        }
    }
}
