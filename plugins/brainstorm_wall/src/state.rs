//! The activity ([`BrainstormWall`]) and one session's state ([`WallState`]): its data and
//! what the host calls; the views are in `facilitator`, `projector` and `record`.

use std::collections::{BTreeMap, BTreeSet};

use atelier_plugin_api::egui;
use atelier_plugin_api::{
    ACTION_NEXT, ActionDesc, Activity, ActivityState, Arg, Descriptor, Locale, Modes, Outcome,
    ParticipantResult, PhoneAnswer, PhoneInput, PhoneInputKind, RecordContext, Rng, Setup,
    Translated, Translations, UiContext,
};

use crate::model::{COLUMNS, KEYS, Note, Saved, WallRecord};

/// The id of the one thing phones send to the wall: an idea for the box.
pub const PHONE_IDEA: &str = "idea";

/// The activity's French messages.
pub(crate) const FR: &str = include_str!("../i18n/fr.ftl");
/// The activity's English messages.
pub(crate) const EN: &str = include_str!("../i18n/en.ftl");

/// The activity: stateless.
#[derive(Debug, Default)]
pub struct BrainstormWall;

/// One wall.
pub struct WallState {
    /// What drafts and records keep.
    pub(crate) saved: Saved,
    /// `(id, name)` of each participant.
    pub(crate) people: Vec<(String, String)>,
    pub(crate) texts: Translations,
    /// An idea being typed.
    pub(crate) entry: String,
    /// A why-note being typed for the drawn idea.
    pub(crate) why: String,
    /// Notes ticked for a merge.
    pub(crate) chosen: BTreeSet<u32>,
    /// The note being edited on the wall.
    pub(crate) editing: Option<u32>,
    /// The note just placed, for the projector to scroll to.
    pub(crate) reveal: Option<u32>,
    /// The projector's layout for the current wall and screen.
    pub(crate) projector_fit: Option<crate::projector::ProjectorFit>,
    /// Each card's height on the facilitator's wall in the last frame.
    pub(crate) heights: BTreeMap<u32, f32>,
    /// "Draw the next idea", as drawn this frame: the focus goes back to it once an idea is
    /// placed from the keyboard (its button is gone).
    pub(crate) draw_button: Option<egui::Id>,
}

impl std::fmt::Debug for WallState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WallState").finish_non_exhaustive()
    }
}

impl WallState {
    pub(crate) fn new(setup: &Setup, saved: Saved) -> Self {
        Self {
            saved,
            people: setup
                .participants
                .iter()
                .map(|p| (p.id.clone(), p.display_name.clone()))
                .collect(),
            texts: Translations::pick(setup.locale, FR, EN),
            entry: String::new(),
            why: String::new(),
            chosen: BTreeSet::new(),
            editing: None,
            reveal: None,
            projector_fit: None,
            heights: BTreeMap::new(),
            draw_button: None,
        }
    }

    /// Adds an idea to the box (at a random place) or straight to a column, with no author.
    ///
    /// Ids are random and the box keeps no typing order, so when participants type in turn
    /// nothing — not even the order — can tell who wrote which idea.
    pub fn add_idea(&mut self, text: &str, column: Option<usize>) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let mut rng = Rng::new(self.saved.seed);
        let mut id = 0;
        while id == 0 || self.notes().any(|n| n.id == id) {
            id = u32::try_from(rng.next_u64() >> 40).unwrap_or(1);
        }
        let note = Note {
            id,
            text: text.to_owned(),
            read: false,
            why: String::new(),
        };
        if let Some(column) = column.and_then(|c| self.saved.wall.get_mut(c)) {
            column.push(note);
        } else {
            let at = rng.below(self.saved.pool.len() + 1);
            self.saved.pool.insert(at, note);
        }
        self.saved.seed = rng.next_u64();
    }

    /// Every note: in the box, drawn, or on the wall.
    pub(crate) fn notes(&self) -> impl Iterator<Item = &Note> {
        self.saved
            .pool
            .iter()
            .chain(self.saved.drawn.iter())
            .chain(self.saved.wall.iter().flatten())
    }

    /// Shuffles the box with the session's seeded random source.
    pub fn shuffle(&mut self) {
        let mut rng = Rng::new(self.saved.seed);
        rng.shuffle(&mut self.saved.pool);
        self.saved.seed = rng.next_u64();
    }

    /// Draws the next idea (the previous one, if not placed, goes back at the end of the box).
    pub fn draw(&mut self) -> bool {
        if self.saved.pool.is_empty() {
            return false;
        }
        if let Some(previous) = self.saved.drawn.take() {
            self.saved.pool.push(previous);
        }
        self.saved.drawn = Some(self.saved.pool.remove(0));
        self.why.clear();
        true
    }

    /// Places the drawn idea in `column`, with the "why" typed so far. It was read aloud when
    /// drawn, so it counts as read.
    pub fn place(&mut self, column: usize) -> bool {
        if column >= COLUMNS {
            return false;
        }
        let Some(mut note) = self.saved.drawn.take() else {
            return false;
        };
        note.why = self.why.trim().to_owned();
        note.read = true;
        self.why.clear();
        self.reveal = Some(note.id);
        self.saved.wall[column].push(note);
        true
    }

    /// Moves the note `id` to `column`.
    pub fn move_note(&mut self, id: u32, column: usize) {
        if column >= COLUMNS {
            return;
        }
        for from in 0..COLUMNS {
            if let Some(i) = self.saved.wall[from].iter().position(|n| n.id == id) {
                let note = self.saved.wall[from].remove(i);
                self.reveal = Some(note.id);
                self.saved.wall[column].push(note);
                return;
            }
        }
    }

    /// Takes note `id` off the wall (an idea off the topic, or written twice).
    pub fn remove_note(&mut self, id: u32) {
        for column in &mut self.saved.wall {
            column.retain(|note| note.id != id);
        }
        self.chosen.remove(&id);
    }

    /// The texts of each column, for tests and summaries.
    pub fn columns(&self) -> [Vec<String>; COLUMNS] {
        self.saved
            .wall
            .clone()
            .map(|c| c.into_iter().map(|n| n.text).collect())
    }

    /// The ideas still in the box, in drawing order.
    pub fn pool(&self) -> Vec<&str> {
        self.saved.pool.iter().map(|n| n.text.as_str()).collect()
    }

    /// The idea drawn and not placed yet.
    pub fn drawn(&self) -> Option<&str> {
        self.saved.drawn.as_ref().map(|n| n.text.as_str())
    }

    /// How many notes on the wall are not read yet (the moderator's rule: every idea is read).
    /// A drawn idea is read aloud; one put straight on the wall is not, until marked.
    pub fn unread(&self) -> usize {
        self.saved.wall.iter().flatten().filter(|n| !n.read).count()
    }

    /// How many ideas are not on the wall yet: in the box, or drawn and not placed.
    pub fn waiting(&self) -> usize {
        self.saved.pool.len() + usize::from(self.saved.drawn.is_some())
    }

    /// What is left to read, in one sentence (the box first), or `None` when every idea is
    /// on the wall and read.
    pub(crate) fn left_to_read(&self, texts: &Translations) -> Option<String> {
        let (waiting, unread) = (self.waiting(), self.unread());
        match (waiting, unread) {
            (0, 0) => None,
            (0, unread) => Some(texts.tr_args("unread", &[("count", unread.into())])),
            (waiting, unread) => Some(texts.tr_args(
                "waiting",
                &[("count", waiting.into()), ("unread", unread.into())],
            )),
        }
    }

    pub(crate) fn column_name(&self, column: usize) -> String {
        self.texts.tr(&format!("column-{column}"))
    }
}

impl Activity for BrainstormWall {
    type State = WallState;

    fn descriptor(&self) -> Descriptor {
        Descriptor {
            id: String::from("brainstorm_wall"),
            version: String::from(env!("CARGO_PKG_VERSION")),
            name: Translated::message(FR, EN, "name"),
            description: Translated::message(FR, EN, "description"),
            modes: Modes::COLLECTIVE,
            min_participants: 1,
            max_participants: 20,
            has_projector_view: true,
            reviews_stage: false,
            charts: Vec::new(),
        }
    }

    fn create(&self, setup: &Setup) -> WallState {
        WallState::new(
            setup,
            Saved {
                format_version: 1,
                topic: String::new(),
                pool: Vec::new(),
                drawn: None,
                wall: [Vec::new(), Vec::new(), Vec::new()],
                seed: setup.seed,
                private_entry: false,
                takeaways: BTreeMap::new(),
            },
        )
    }

    fn restore(&self, setup: &Setup, saved: &str) -> Result<WallState, String> {
        let saved: Saved = atelier_plugin_api::from_ron(saved).map_err(|e| {
            Translations::pick(setup.locale, FR, EN)
                .tr_args("restore-error", &[("reason", Arg::String(e))])
        })?;
        Ok(WallState::new(setup, saved))
    }
    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, ctx: &RecordContext) {
        crate::record::record_ui(ui, record_data, ctx);
    }
}

impl ActivityState for WallState {
    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) {
        if self.texts.locale() != ctx.locale {
            self.texts = Translations::pick(ctx.locale, FR, EN);
        }
        self.entry_ui(ui);
        ui.add_space(8.0);
        // The drawn idea and its buttons before the box's list: always in reach.
        self.drawn_ui(ui);
        self.pool_ui(ui);
        ui.add_space(8.0);
        self.wall_ui(ui);
        ui.add_space(8.0);
        let t = self.texts.clone();
        let shown = ui.collapsing(t.tr("takeaways-title"), |ui| {
            for (id, name) in &self.people {
                // Only what is written is kept: no empty line per person in the draft.
                let mut takeaway = self.saved.takeaways.get(id).cloned().unwrap_or_default();
                let label =
                    ui.label(t.tr_args("takeaway-label", &[("name", name.as_str().into())]));
                let response = ui
                    .add(egui::TextEdit::multiline(&mut takeaway).desired_rows(2))
                    .labelled_by(label.id);
                if response.changed() {
                    if takeaway.trim().is_empty() {
                        self.saved.takeaways.remove(id);
                    } else {
                        self.saved.takeaways.insert(id.clone(), takeaway);
                    }
                }
            }
        });
        atelier_plugin_api::say_section(ui, &shown, &t.tr("section-open"), &t.tr("section-closed"));
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, _ctx: &UiContext) {
        self.projector_view(ui);
    }

    fn phone_inputs(&self, locale: Locale) -> Vec<PhoneInput> {
        let topic = self.saved.topic.trim();
        // The session's own messages when the language is theirs: no second parse.
        let t = if self.texts.locale() == locale {
            self.texts.clone()
        } else {
            Translations::pick(locale, FR, EN)
        };
        vec![PhoneInput {
            id: PHONE_IDEA.to_owned(),
            prompt: if topic.is_empty() {
                t.tr("phone-prompt")
            } else {
                topic.to_owned()
            },
            kind: PhoneInputKind::ShortText,
        }]
    }

    /// An idea from a phone goes into the box, like a typed one: shuffled, with no author.
    fn on_phone_input(&mut self, input: &str, answer: &PhoneAnswer) -> bool {
        let PhoneAnswer::Text(text) = answer else {
            return false;
        };
        if input != PHONE_IDEA || text.trim().is_empty() {
            return false;
        }
        self.add_idea(text, None);
        true
    }

    fn actions(&self, locale: Locale) -> Vec<ActionDesc> {
        let t = Translations::pick(locale, FR, EN);
        let mut actions = vec![ActionDesc {
            id: ACTION_NEXT.into(),
            key: None,
            label: t.tr("draw"),
        }];
        for (column, key) in KEYS.iter().enumerate() {
            actions.push(ActionDesc {
                id: format!("place-{}", column + 1),
                key: Some(*key),
                label: t.tr_args(
                    "place-action",
                    &[("column", t.tr(&format!("column-{column}")).into())],
                ),
            });
        }
        actions
    }

    fn on_action(&mut self, action: &str) -> bool {
        match action {
            ACTION_NEXT => self.draw(),
            "place-1" => self.place(0),
            "place-2" => self.place(1),
            "place-3" => self.place(2),
            _ => false,
        }
    }

    fn unfinished(&self, locale: Locale) -> Option<String> {
        self.left_to_read(&Translations::pick(locale, FR, EN))
    }

    fn save(&self) -> Result<String, String> {
        atelier_plugin_api::to_ron(&self.saved)
    }

    fn outcome(&self) -> Outcome {
        let [dream, realist, critic] = &self.saved.wall;
        Outcome {
            summary: self.texts.tr_args(
                "summary",
                &[
                    ("topic", self.saved.topic.as_str().into()),
                    ("dream", dream.len().into()),
                    ("realist", realist.len().into()),
                    ("critic", critic.len().into()),
                ],
            ),
            participants: self
                .people
                .iter()
                .map(|(id, _)| ParticipantResult {
                    id: id.clone(),
                    takeaway: self
                        .saved
                        .takeaways
                        .get(id)
                        .map(|t| t.trim().to_owned())
                        .filter(|t| !t.is_empty()),
                    ..ParticipantResult::default()
                })
                .collect(),
            record_data: atelier_plugin_api::to_ron(&WallRecord {
                format_version: 1,
                topic: &self.saved.topic,
                pool: &self.saved.pool,
                drawn: &self.saved.drawn,
                wall: &self.saved.wall,
            })
            .unwrap_or_default(),
        }
    }
}
