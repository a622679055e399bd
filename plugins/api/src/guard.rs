//! The host-facing side of an activity: [`DynActivity`] and [`DynState`], whose every call
//! returns a `Result` instead of unwinding. [`Guarded`] wraps an author's [`Activity`] and is
//! compiled into the plugin, so its `catch_unwind` runs with the plugin's own panic runtime —
//! the only place a plugin's panic can be caught.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::activity::{ActionDesc, Activity, ActivityState, Outcome, RecordContext, UiContext};
use crate::descriptor::Descriptor;
use crate::i18n::Locale;
use crate::setup::Setup;

/// Why a call into an activity failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PluginError {
    /// The activity panicked; the message is the panic's.
    #[error("the activity stopped unexpectedly: {0}")]
    Panicked(String),
    /// The activity refused, saying why (for example a draft it cannot read).
    #[error("{0}")]
    Refused(String),
}

/// An activity as the host calls it. Get one with [`Guarded`] (built-ins) or from a shared
/// library's declaration (plugins).
pub trait DynActivity: Send + Sync {
    /// See [`Activity::descriptor`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn descriptor(&self) -> Result<Descriptor, PluginError>;
    /// See [`Activity::create`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn create(&self, setup: &Setup) -> Result<Box<dyn DynState>, PluginError>;
    /// See [`Activity::restore`].
    ///
    /// # Errors
    /// [`PluginError::Refused`] with the activity's reason, or [`PluginError::Panicked`].
    fn restore(&self, setup: &Setup, saved: &str) -> Result<Box<dyn DynState>, PluginError>;
    /// See [`Activity::record_ui`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn record_ui(
        &self,
        ui: &mut egui::Ui,
        record_data: &str,
        ctx: &RecordContext,
    ) -> Result<(), PluginError>;
    /// See [`Activity::forget`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn forget(&self, data: &str, participant: &str) -> Result<Option<String>, PluginError>;
    /// See [`Activity::has_journey_view`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn has_journey_view(&self) -> Result<bool, PluginError>;
    /// See [`Activity::journey_ui`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn journey_ui(
        &self,
        ui: &mut egui::Ui,
        stored: &str,
        locale: Locale,
    ) -> Result<(), PluginError>;
}

/// A session's state as the host calls it. Every method mirrors [`ActivityState`].
pub trait DynState {
    /// See [`ActivityState::facilitator_ui`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) -> Result<(), PluginError>;
    /// See [`ActivityState::projector_ui`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn projector_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) -> Result<(), PluginError>;
    /// See [`ActivityState::progress`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn progress(&self) -> Result<Option<(usize, usize)>, PluginError>;
    /// See [`ActivityState::unfinished`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn unfinished(&self, locale: Locale) -> Result<Option<String>, PluginError>;
    /// See [`ActivityState::phone_inputs`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn phone_inputs(&self, locale: Locale) -> Result<Vec<crate::PhoneInput>, PluginError>;
    /// See [`ActivityState::on_phone_input`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn on_phone_input(
        &mut self,
        input: &str,
        answer: &crate::PhoneAnswer,
    ) -> Result<bool, PluginError>;
    /// See [`ActivityState::actions`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn actions(&self, locale: Locale) -> Result<Vec<ActionDesc>, PluginError>;
    /// See [`ActivityState::on_action`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn on_action(&mut self, action: &str) -> Result<bool, PluginError>;
    /// See [`ActivityState::save`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn save(&self) -> Result<String, PluginError>;
    /// See [`ActivityState::outcome`].
    ///
    /// # Errors
    /// [`PluginError::Panicked`].
    fn outcome(&self) -> Result<Outcome, PluginError>;
}

/// Runs `f`, turning a panic into [`PluginError::Panicked`] with its message.
///
/// # Errors
/// [`PluginError::Panicked`] if `f` panicked.
pub fn guard<R>(f: impl FnOnce() -> R) -> Result<R, PluginError> {
    remember_panic_places();
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| String::from("(no message)"));
        // The file and line, for the technical team (the terminal has them too).
        match LAST_PANIC_PLACE.with(std::cell::RefCell::take) {
            Some(place) => PluginError::Panicked(format!("{message} ({place})")),
            None => PluginError::Panicked(message),
        }
    })
}

std::thread_local! {
    /// Where the last panic on this thread happened, `file:line:column`.
    static LAST_PANIC_PLACE: std::cell::RefCell<Option<String>> =
        const { std::cell::RefCell::new(None) };
}

/// Adds to the panic hook (once) a note of where each panic happens, so a guarded call can say
/// it; the previous hook still runs (it prints the panic on the terminal).
fn remember_panic_places() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if let Some(location) = info.location() {
                let place = format!(
                    "{}:{}:{}",
                    location.file(),
                    location.line(),
                    location.column()
                );
                LAST_PANIC_PLACE.with(|last| *last.borrow_mut() = Some(place));
            }
            previous(info);
        }));
    });
}

/// An author's [`Activity`] behind the panic guard.
#[derive(Debug, Default)]
pub struct Guarded<A>(pub A);

struct GuardedState<S>(S);

impl<A: Activity> DynActivity for Guarded<A> {
    fn descriptor(&self) -> Result<Descriptor, PluginError> {
        guard(|| self.0.descriptor())
    }

    fn create(&self, setup: &Setup) -> Result<Box<dyn DynState>, PluginError> {
        guard(|| Box::new(GuardedState(self.0.create(setup))) as Box<dyn DynState>)
    }

    fn restore(&self, setup: &Setup, saved: &str) -> Result<Box<dyn DynState>, PluginError> {
        guard(|| self.0.restore(setup, saved))?
            .map(|state| Box::new(GuardedState(state)) as Box<dyn DynState>)
            .map_err(PluginError::Refused)
    }

    fn record_ui(
        &self,
        ui: &mut egui::Ui,
        record_data: &str,
        ctx: &RecordContext,
    ) -> Result<(), PluginError> {
        guard(|| self.0.record_ui(ui, record_data, ctx))
    }

    fn journey_ui(
        &self,
        ui: &mut egui::Ui,
        stored: &str,
        locale: Locale,
    ) -> Result<(), PluginError> {
        guard(|| self.0.journey_ui(ui, stored, locale))
    }

    fn forget(&self, data: &str, participant: &str) -> Result<Option<String>, PluginError> {
        guard(|| self.0.forget(data, participant))
    }

    fn has_journey_view(&self) -> Result<bool, PluginError> {
        guard(|| self.0.has_journey_view())
    }
}

impl<S: ActivityState> DynState for GuardedState<S> {
    fn facilitator_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) -> Result<(), PluginError> {
        guard(|| self.0.facilitator_ui(ui, ctx))
    }

    fn projector_ui(&mut self, ui: &mut egui::Ui, ctx: &UiContext) -> Result<(), PluginError> {
        guard(|| self.0.projector_ui(ui, ctx))
    }

    fn progress(&self) -> Result<Option<(usize, usize)>, PluginError> {
        guard(|| self.0.progress())
    }

    fn unfinished(&self, locale: Locale) -> Result<Option<String>, PluginError> {
        guard(|| self.0.unfinished(locale))
    }

    fn phone_inputs(&self, locale: Locale) -> Result<Vec<crate::PhoneInput>, PluginError> {
        guard(|| self.0.phone_inputs(locale))
    }

    fn on_phone_input(
        &mut self,
        input: &str,
        answer: &crate::PhoneAnswer,
    ) -> Result<bool, PluginError> {
        guard(|| self.0.on_phone_input(input, answer))
    }

    fn actions(&self, locale: Locale) -> Result<Vec<ActionDesc>, PluginError> {
        guard(|| self.0.actions(locale))
    }

    fn on_action(&mut self, action: &str) -> Result<bool, PluginError> {
        guard(|| self.0.on_action(action))
    }

    fn save(&self) -> Result<String, PluginError> {
        guard(|| self.0.save())?.map_err(PluginError::Refused)
    }

    fn outcome(&self) -> Result<Outcome, PluginError> {
        guard(|| self.0.outcome())
    }
}
