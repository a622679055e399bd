//! Labels for screen readers (AccessKit) on widgets whose visible text is not enough, such as
//! a grid cell whose meaning comes from its row and column; and radio groups that behave as
//! screen reader users expect (one Tab stop, the arrows choose).

use egui::{Key, Ui};

/// Gives the widget `response` the accessible name `label`, which screen readers read and UI
/// tests find with `get_by_label`.
pub fn label_widget(ui: &egui::Ui, response: &egui::Response, label: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(label));
}

/// One choice among `options`, drawn where `ui` lays them out (see [`RadioGroup`]). Returns
/// whether the choice changed.
pub fn radio_group<T: PartialEq + Clone>(
    ui: &mut Ui,
    value: &mut T,
    options: &[(T, String)],
) -> bool {
    let mut group = RadioGroup::new(value, options.iter().map(|(v, _)| v));
    for (option, text) in options {
        group.add(ui, value, option.clone(), text);
    }
    group.end(ui, value)
}

/// A radio group that is one Tab stop (the chosen option, else the first), whose arrows
/// choose the previous or next option and move the focus with it, as a screen reader user
/// expects. Its options may be drawn with other things between them ([`Self::add`] each,
/// then [`Self::end`]).
pub struct RadioGroup<T> {
    /// The value is one of the options.
    known: bool,
    drawn: Vec<(T, egui::Response)>,
    changed: bool,
}

impl<T: PartialEq + Clone> RadioGroup<T> {
    /// A group for `value` among `options`.
    pub fn new<'a>(value: &T, mut options: impl Iterator<Item = &'a T>) -> Self
    where
        T: 'a,
    {
        Self {
            known: options.any(|option| option == value),
            drawn: Vec::new(),
            changed: false,
        }
    }

    /// Draws the next option.
    pub fn add(&mut self, ui: &mut Ui, value: &mut T, option: T, text: &str) -> egui::Response {
        let checked = option == *value;
        let tab_stop = checked || (!self.known && self.drawn.is_empty());
        let response = radio_ui(ui, checked, text, tab_stop);
        if response.clicked() && !checked {
            *value = option.clone();
            self.changed = true;
        }
        self.drawn.push((option, response.clone()));
        response
    }

    /// After the last option: the arrows. Returns whether the choice changed.
    pub fn end(self, ui: &Ui, value: &mut T) -> bool {
        let Self {
            drawn, mut changed, ..
        } = self;
        let Some(focused) = drawn.iter().position(|(_, r)| r.has_focus()) else {
            return changed;
        };
        // The arrows are the group's, not egui's move to the nearest control.
        let arrows = egui::EventFilter {
            horizontal_arrows: true,
            vertical_arrows: true,
            ..Default::default()
        };
        ui.memory_mut(|m| m.set_focus_lock_filter(drawn[focused].1.id, arrows));
        let step: isize = ui.input(|i| {
            if i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::ArrowRight) {
                1
            } else if i.key_pressed(Key::ArrowUp) || i.key_pressed(Key::ArrowLeft) {
                -1
            } else {
                0
            }
        });
        let count = drawn.len();
        if step != 0 {
            let next = if step > 0 {
                (focused + 1) % count
            } else {
                (focused + count - 1) % count
            };
            let (option, response) = &drawn[next];
            changed |= option != value;
            *value = option.clone();
            response.request_focus();
        }
        changed
    }
}

/// One radio button, drawn as egui draws its own, that is a Tab stop only when `tab_stop`.
fn radio_ui(ui: &mut Ui, checked: bool, text: &str, tab_stop: bool) -> egui::Response {
    use egui::{Atom, IntoAtoms as _, NumExt as _, Sense, Vec2, WidgetAtom, WidgetInfo};
    let spacing = ui.spacing();
    let icon_width = spacing.icon_width;
    let mut min_size = Vec2::splat(spacing.interact_size.y);
    min_size.y = min_size.y.at_least(icon_width);
    let mut icon_size = Vec2::splat(icon_width);
    icon_size.y = icon_size.y.at_least(min_size.y);
    let icon = egui::IdSalt::new("atelier_radio_icon");
    let mut atoms = text.into_atoms();
    atoms.push_left(Atom::custom(icon, icon_size));
    let sense = if tab_stop {
        Sense::click()
    } else {
        Sense::CLICK
    };
    let prepared = WidgetAtom::new(atoms)
        .sense(sense)
        .min_size(min_size)
        .allocate(ui);
    prepared.response.widget_info(|| {
        WidgetInfo::selected(egui::Role::RadioButton, ui.is_enabled(), checked, text)
    });
    if !ui.is_rect_visible(prepared.response.rect) {
        return prepared.response;
    }
    let visuals = *ui.style().interact(&prepared.response);
    let mut prepared = prepared;
    prepared.fallback_text_color = visuals.text_color();
    let painted = prepared.paint(ui);
    if let Some(rect) = painted.rect(icon) {
        let (small, big) = ui.spacing().icon_rectangles(rect);
        let painter = ui.painter();
        painter.circle(
            big.center(),
            big.width() * 0.5 + visuals.expansion,
            visuals.bg_fill,
            visuals.bg_stroke,
        );
        if checked {
            painter.circle_filled(small.center(), small.width() / 3.0, visuals.fg_stroke.color);
        }
    }
    painted.response
}

/// A drop-down list (egui's `ComboBox`) that also tells screen readers what is chosen: egui
/// gives the choice as the control's value, which AT-SPI (Linux) does not pass on, so it is
/// given as its description too. `selected` is the chosen option's text.
pub fn combo_box<R>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    selected: impl Into<egui::WidgetText>,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    let selected: egui::WidgetText = selected.into();
    let text = selected.text().to_owned();
    let shown = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .show_ui(ui, add_contents);
    ui.ctx()
        .accesskit_node_builder(shown.response.id, |node| node.set_description(text));
    shown
}

/// Tells screen readers whether the collapsible section just shown (`shown`) is open, in
/// words they read (`open` or `closed`, in the person's language). egui gives the state as
/// "expanded", which AT-SPI (Linux) does not pass on for a section's header; it is given as the
/// header's pressed state and its description too.
pub fn say_section<R>(
    ui: &Ui,
    shown: &egui::collapsing_header::CollapsingResponse<R>,
    open: &str,
    closed: &str,
) {
    let is_open = shown.body_response.is_some();
    ui.ctx()
        .accesskit_node_builder(shown.header_response.id, |node| {
            node.set_expanded(is_open);
            node.set_toggled(if is_open {
                egui::accesskit::Toggled::True
            } else {
                egui::accesskit::Toggled::False
            });
            node.set_description(if is_open { open } else { closed });
        });
}
