//! What makes the window usable with a screen reader and the keyboard alone, in one place:
//! where the keyboard focus lands when the screen changes, the focus ring, radio groups that
//! are one Tab stop moved through with the arrows (from the plugin API, for activities too), and the window's accessible name.
//!
//! Focus *lands* (moves to the first control of what is new) when the screen changes, and
//! when the control that had it disappeared (a button pressed with Enter that its own action
//! took away): a screen reader then announces where the person is, and the next Tab goes on
//! from there, not from the top bar. The screen marks where its content starts with
//! [`land_here`].

use egui::{Id, Key, Ui};

/// The context's memory of a pending landing.
fn pending_id() -> Id {
    Id::unique("atelier-focus-landing")
}

/// Asks for the focus to land on the next [`land_here`] (the new screen's first control).
pub(crate) fn ask_landing(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(pending_id(), true));
    // Nothing else may ask for the next frame (a key pressed, no pointer moving).
    ctx.request_repaint();
}

/// Whether a landing waits (tests and the host's fallback read it).
pub(crate) fn landing_pending(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(pending_id()).unwrap_or(false))
}

/// Where a screen's own content starts: if a landing waits, the first control drawn after
/// this call takes the keyboard focus.
pub(crate) fn land_here(ui: &Ui) {
    if !landing_pending(ui.ctx()) {
        return;
    }
    ui.ctx().data_mut(|d| d.remove::<bool>(pending_id()));
    ui.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
        // As if Tab were pressed with nothing focused: the next control that wants the focus
        // takes it.
        m.move_focus(egui::FocusDirection::Next);
    });
}

/// Notices, frame to frame, a focus that was lost because its control disappeared or can no
/// longer be pressed.
#[derive(Debug, Default)]
pub(crate) struct FocusWatch {
    /// What had the focus when this frame's drawing began.
    at_begin: Option<Id>,
    /// What had the focus when the last frame's drawing ended.
    at_end: Option<Id>,
}

impl FocusWatch {
    /// At the start of a frame: asks for a landing if the control that had the focus at the
    /// end of the last frame is gone (egui drops the focus of a control no longer drawn), not
    /// because the person pressed Escape.
    pub(crate) fn begin(&mut self, ctx: &egui::Context) {
        let now = ctx.memory(egui::Memory::focused);
        let escaped = ctx.input(|i| i.key_pressed(Key::Escape));
        if self.at_end.is_some() && now.is_none() && !escaped {
            ask_landing(ctx);
        }
        self.at_begin = now;
    }

    /// At the end of a frame's drawing: asks for a landing if the control that had the focus
    /// can no longer be pressed ("Tirer l'idée suivante" once the box is empty): egui drops
    /// its focus while it draws it.
    pub(crate) fn end(&mut self, ctx: &egui::Context) {
        self.at_end = ctx.memory(egui::Memory::focused);
        if let (Some(id), None) = (self.at_begin, self.at_end)
            && ctx
                .read_response(id)
                .is_some_and(|r| !r.enabled() || !r.sense.is_focusable())
        {
            ask_landing(ctx);
        }
    }
}

/// The focus ring's width, in points: at least 2 (WCAG 2.4.13).
pub(crate) const RING_WIDTH: f32 = 2.5;
const _: () = assert!(RING_WIDTH >= 2.0, "WCAG 2.4.13 asks for 2 points at least");

/// Whether the person is using the keyboard (or a screen reader) rather than the pointer:
/// the last key or assistive-technology request came after the last click.
pub(crate) fn keyboard_in_use(ctx: &egui::Context) -> bool {
    let id = Id::unique("atelier-keyboard-in-use");
    let now = ctx.input(|i| {
        i.events.iter().fold(None, |state, event| match event {
            egui::Event::Key { pressed: true, .. } | egui::Event::AccessKitActionRequest(_) => {
                Some(true)
            }
            egui::Event::PointerButton { pressed: true, .. } => Some(false),
            _ => state,
        })
    });
    match now {
        Some(keyboard) => {
            ctx.data_mut(|d| d.insert_temp(id, keyboard));
            keyboard
        }
        None => ctx.data(|d| d.get_temp(id)).unwrap_or(false),
    }
}

/// Draws a ring around the whole control that has the keyboard focus (a check box's box and
/// its words, not the box alone), in the accent colour, which reads at 3:1 or more on the
/// screen and on cards. Drawn above the window's content, clipped to what is visible of the
/// control; only while the keyboard is in use (a mouse user who clicked sees no ring around
/// where the focus landed).
pub(crate) fn focus_ring_ui(ctx: &egui::Context, color: egui::Color32) {
    if !keyboard_in_use(ctx) {
        return;
    }
    let Some(id) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    let rect = response.interact_rect;
    if !rect.is_positive() {
        return;
    }
    let layer = egui::LayerId::new(response.layer_id.order, Id::unique("atelier-focus-ring"));
    let painter = ctx.layer_painter(layer).with_clip_rect(
        ctx.content_rect()
            .intersect(response.rect.expand(RING_WIDTH * 2.0)),
    );
    painter.rect_stroke(
        rect.expand(RING_WIDTH),
        egui::CornerRadius::same(super::theme::RADIUS + 2),
        egui::Stroke::new(RING_WIDTH, color),
        egui::StrokeKind::Outside,
    );
    // Above the control itself, whatever layer it is on.
    ctx.set_sublayer(response.layer_id, layer);
}

pub(crate) use atelier_plugin_api::{RadioGroup, radio_group};

/// Names the window for assistive technologies (its title; egui leaves the root unnamed).
pub(crate) fn name_window(ctx: &egui::Context, name: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(name));
}

/// Shows a collapsible section and tells screen readers whether it is open (see
/// [`atelier_plugin_api::say_section`]).
pub(crate) fn collapsing<R>(
    ui: &mut Ui,
    i18n: &crate::i18n::I18n,
    header: egui::CollapsingHeader,
    body: impl FnOnce(&mut Ui) -> R,
) -> egui::collapsing_header::CollapsingResponse<R> {
    let shown = header.show(ui, body);
    atelier_plugin_api::say_section(ui, &shown, &i18n.tr("a11y-open"), &i18n.tr("a11y-closed"));
    shown
}

#[cfg(test)]
mod tests {
    /// The ring follows the last way the person used: a key (or a screen reader's request)
    /// shows it, a click hides it, a frame with neither keeps what was.
    #[test]
    fn the_ring_shows_for_the_keyboard_and_hides_after_a_click() {
        let ctx = egui::Context::default();
        let frame = |events: Vec<egui::Event>| {
            let input = egui::RawInput {
                events,
                ..Default::default()
            };
            let mut shown = false;
            let mut output = ctx.run_ui(input, |ui| shown = super::keyboard_in_use(ui.ctx()));
            output.textures_delta.clear();
            shown
        };
        let key = egui::Event::Key {
            key: egui::Key::Tab,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        };
        let click = egui::Event::PointerButton {
            pos: egui::pos2(10.0, 10.0),
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        };
        assert!(!frame(Vec::new()), "no ring before anything is pressed");
        assert!(frame(vec![key.clone()]));
        assert!(frame(Vec::new()), "kept");
        assert!(!frame(vec![click.clone()]));
        assert!(!frame(Vec::new()), "kept");
        assert!(frame(vec![click, key]), "the last one counts");
    }
}
