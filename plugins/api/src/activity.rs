//! The two traits a plugin author implements: [`Activity`] (stateless: descriptor and
//! factory) and [`ActivityState`] (one session's state and views), and what a session gives
//! back: [`Outcome`].

use crate::descriptor::Descriptor;
use crate::i18n::Locale;
use crate::setup::{Setup, Timestamp};

/// What the host tells the views each frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiContext {
    /// The host's language.
    pub locale: Locale,
    /// Now, from the host's clock.
    pub now: Timestamp,
}

/// Shows text as it is stored, read-only, in a monospace box: the default view of a record, and
/// the fallback of an activity's own view when the text cannot be read.
pub fn raw_text_ui(ui: &mut egui::Ui, text: &str) {
    let mut text = text;
    ui.add(
        egui::TextEdit::multiline(&mut text)
            .code_editor()
            .desired_width(f32::INFINITY),
    );
}

/// What the host tells [`Activity::record_ui`]: the language, and the first names of the
/// record's participants (for the facilitator's eyes only; never on a projector).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordContext {
    /// The host's language.
    pub locale: Locale,
    /// (participant id, first name), in the record's order.
    pub names: Vec<(String, String)>,
}

impl RecordContext {
    /// The first name of participant `id`, or a neutral word when they are no longer known
    /// (erased).
    pub fn name(&self, id: &str) -> String {
        self.names
            .iter()
            .find(|(pid, _)| pid == id)
            .map_or_else(|| String::from("—"), |(_, name)| name.clone())
    }
}

/// A named action the keyboard and a presentation clicker can trigger.
///
/// The host maps `next` (Page Down, →, Space) and `previous` (Page Up, ←) itself; an activity
/// lists any other action with the key that triggers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDesc {
    /// Stable id passed to [`ActivityState::on_action`].
    pub id: String,
    /// The key that triggers it, if any.
    pub key: Option<egui::Key>,
    /// What it does, for the help overlay and screen readers.
    pub label: String,
}

/// The id of the "next" action (Page Down, →, Space, clicker forward).
pub const ACTION_NEXT: &str = "next";
/// The id of the "previous" action (Page Up, ←, clicker back).
pub const ACTION_PREVIOUS: &str = "previous";

/// One value for a progress chart of the journey (the session's date is the x axis).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    /// The series, one of the descriptor's [`crate::ChartDesc::key`].
    pub series: String,
    /// The value.
    pub value: f64,
}

/// Something to look at again with the person on a date (the miracle question's first small
/// step): it goes into their journey as a follow-up, shown on Home when due and at their next
/// session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// What, in the person's words.
    pub text: String,
    /// When to look at it again.
    pub due: chrono::NaiveDate,
}

/// What a stage review decided (the three decisions of a *bilan d'étape*).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageDecision {
    /// Continue the support, with a new frame.
    Continue,
    /// Hand over to the referrer or another resource.
    HandOver,
    /// Stop the support.
    Stop,
}

/// What an activity that reviews a stage ([`crate::Descriptor::reviews_stage`]) found with the
/// person: the host writes it as the review of the stage it gave
/// ([`crate::SetupParticipant::stage`]) and, to continue, prepares the next stage from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageReviewResult {
    /// The decision.
    pub decision: StageDecision,
    /// To whom the support is handed over ([`StageDecision::HandOver`]).
    pub to: String,
    /// What was said at the review, for the stage's record.
    pub note: String,
    /// The next stage's goal, which is also its title ([`StageDecision::Continue`]).
    pub next_goal: String,
    /// The next stage's planned actions.
    pub next_actions: Vec<String>,
    /// The next review's date: the next stage's planned end.
    pub next_review: Option<chrono::NaiveDate>,
}

/// One participant's result of a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParticipantResult {
    /// The participant's id, from the setup.
    pub id: String,
    /// What they take away, in their words, proposed for review at the end.
    pub takeaway: Option<String>,
    /// Data to keep for the next session of this activity (the activity's own RON).
    pub stored: Option<String>,
    /// Values for the journey's progress charts.
    pub points: Vec<ChartPoint>,
    /// What to look at again with them, and when.
    pub follow_ups: Vec<FollowUp>,
    /// The takeaway in each language Atelier speaks, when the activity can say it in both
    /// (the person's own words stay as they are): the journey shows its reader's. Dropped when
    /// the facilitator changes the takeaway at the review.
    pub takeaway_in: Vec<(crate::Locale, String)>,
    /// The review of the stage the host gave ([`crate::SetupParticipant::stage`]), when the
    /// activity reviews stages and a decision was taken.
    pub stage_review: Option<StageReviewResult>,
}

/// What a session produced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// A short summary for the group.
    pub summary: String,
    /// Per participant.
    pub participants: Vec<ParticipantResult>,
    /// The activity's data for the record (its own RON). Anonymous content stays anonymous.
    pub record_data: String,
}

/// An activity: stateless, it describes itself and creates one state per session.
///
/// Register a built-in one in the app's `builtins`, or export one from a shared library
/// with [`crate::export_activity!`].
pub trait Activity: Send + Sync + 'static {
    /// The state of one session.
    type State: ActivityState;

    /// What the activity is.
    fn descriptor(&self) -> Descriptor;

    /// A new session.
    fn create(&self, setup: &Setup) -> Self::State;

    /// A session resumed from [`ActivityState::save`] (a draft).
    ///
    /// # Errors
    /// Why the saved text cannot be read, in a sentence.
    fn restore(&self, setup: &Setup, saved: &str) -> Result<Self::State, String>;

    /// Whether [`Self::journey_ui`] shows something; the journey gives it room only then.
    fn has_journey_view(&self) -> bool {
        false
    }

    /// Shows, in the participant's journey, what this activity keeps for them across sessions
    /// ([`ParticipantResult::stored`]), for example a measured behaviour and its chart. Called
    /// only when [`Self::has_journey_view`] says so.
    fn journey_ui(&self, _ui: &mut egui::Ui, _stored: &str, _locale: Locale) {}

    /// Removes everything about `participant` (their id) from this activity's data — a record's
    /// `record_data` or a draft's saved state — for the right to erasure. `None` when the text
    /// cannot be read or the activity keeps nothing per person: the host then replaces the
    /// person's id and name wherever they appear.
    fn forget(&self, _data: &str, _participant: &str) -> Option<String> {
        None
    }

    /// Shows a saved record's data read-only. The default shows the raw text.
    fn record_ui(&self, ui: &mut egui::Ui, record_data: &str, _ctx: &RecordContext) {
        raw_text_ui(ui, record_data);
    }
}

/// One session of an activity.
pub trait ActivityState: 'static {
    /// The facilitator's (or advisor's) view: everything, including per-participant entries.
    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext);

    /// The public view for the projector. It must show no private data: the host gives the
    /// activity none, and names only as [`crate::SetupParticipant::projector_name`].
    fn projector_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext);

    /// Where the session is, for the projector's footer ("2 / 5"): the current step, from 1,
    /// and the number of steps. `None` (the default) when the activity has no steps to count.
    fn progress(&self) -> Option<(usize, usize)> {
        None
    }

    /// What is left undone that the facilitator should know before ending, as one calm
    /// sentence in `locale` ("2 idées n'ont pas encore été lues."): the host asks whether to
    /// end anyway. `None` (the default) when nothing is left. Asked when "Terminer la séance"
    /// is chosen, never every frame.
    fn unfinished(&self, _locale: Locale) -> Option<String> {
        None
    }

    /// What participants may send from their phones in a collective session (none by
    /// default), with prompts in `locale`. Asked when the session starts — the host offers
    /// "Téléphones des participants" only when this is not empty — and for the prompts when
    /// the phones' page opens; never every frame.
    fn phone_inputs(&self, _locale: Locale) -> Vec<crate::PhoneInput> {
        Vec::new()
    }

    /// An answer sent from a phone for input `input`, checked against the input's kind (see
    /// [`crate::PhoneAnswer`]), with no author, device or address. Returns whether it was
    /// taken.
    fn on_phone_input(&mut self, _input: &str, _answer: &crate::PhoneAnswer) -> bool {
        false
    }

    /// Actions besides `next` and `previous`.
    fn actions(&self, _locale: Locale) -> Vec<ActionDesc> {
        Vec::new()
    }

    /// Runs an action; returns whether it did anything.
    fn on_action(&mut self, action: &str) -> bool;

    /// The whole state as RON text, for drafts: [`Activity::restore`] must give it back.
    /// (`to_ron`, with this crate's `ron` feature, does it in one call.)
    ///
    /// # Errors
    /// Why the state cannot be written: the host then keeps the previous draft and says so,
    /// instead of writing an empty one over it.
    fn save(&self) -> Result<String, String>;

    /// The session's results.
    fn outcome(&self) -> Outcome;
}
