//! What an activity file looks like on screen: the facilitator's view of a step, the
//! projector's (never a name), a saved record, and what the journey keeps.

use std::collections::BTreeMap;
use std::hash::{Hash as _, Hasher as _};

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{Locale, RecordContext, Translations, label_widget};

use crate::answers::{self, Value};
use crate::spec::{ActivitySpec, FieldSpec, For, Kind};
use crate::state::{Person, Saved, TextState, pending_key};
use crate::{EN, FR};

/// The facilitator's view of the current step.
pub(crate) fn facilitator_ui(state: &mut TextState, ui: &mut egui::Ui) {
    let t = state.texts.clone();
    let locale = t.locale();
    let total = state.saved.spec.steps.len();
    let index = state.saved.step.min(total.saturating_sub(1));
    let Some(step) = state.saved.spec.steps.get(index).cloned() else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.heading(step.title.get(locale));
        ui.weak(t.tr_args(
            "step-of",
            &[("step", (index + 1).into()), ("total", total.into())],
        ));
    });
    ui.label(RichText::new(step.prompt.get(locale)).size(22.0).strong());
    if let Some(projector) = &step.projector {
        ui.weak(t.tr_args("projector-says", &[("text", projector.get(locale).into())]));
    }
    ui.add_space(8.0);
    if index == 0 && state.saved.spec.reviews_stage() {
        for person in &state.people {
            stage_ui(ui, person, state.people.len() > 1, &t);
        }
        ui.add_space(8.0);
    }

    let each: Vec<&FieldSpec> = step.fields.iter().filter(|f| f.for_ == For::Each).collect();
    if !each.is_empty() && !state.people.is_empty() {
        state.saved.person = state.saved.person.min(state.people.len() - 1);
        if state.people.len() > 1 {
            people_ui(state, ui, &each, &t);
        }
        if let Some(person) = state.people.get(state.saved.person).cloned() {
            if state.people.len() > 1 {
                ui.label(
                    RichText::new(
                        t.tr_args("answers-of", &[("name", person.name.as_str().into())]),
                    )
                    .strong(),
                );
            }
            for field in &each {
                ui.add_space(4.0);
                person_field_ui(state, ui, field, &person, &t);
            }
        }
    }
    let group: Vec<&FieldSpec> = step
        .fields
        .iter()
        .filter(|f| f.for_ == For::Group)
        .collect();
    if !group.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new(t.tr("for-group")).strong().size(18.0));
        for field in &group {
            ui.add_space(4.0);
            if field.anonymous && matches!(field.kind, Kind::Likert { .. }) {
                anonymous_grid_ui(&mut state.saved, ui, field, &t);
            } else if field.anonymous {
                anonymous_ui(&mut state.saved, ui, field, &t);
            } else {
                group_field_ui(&mut state.saved, ui, field, &t);
            }
        }
    }
    let shown: Vec<&FieldSpec> = step.fields.iter().filter(|f| f.show_on_projector).collect();
    if !shown.is_empty() && state.mode == atelier_plugin_api::Mode::Collective {
        ui.add_space(12.0);
        for field in shown {
            let mut on = !state.saved.hidden.contains(&field.id);
            if ui
                .checkbox(
                    &mut on,
                    t.tr_args(
                        "show-on-projector",
                        &[("label", field.label.get(locale).into())],
                    ),
                )
                .changed()
            {
                if on {
                    state.saved.hidden.remove(&field.id);
                } else {
                    state.saved.hidden.insert(field.id.clone());
                }
            }
        }
    }
}

/// The stage a stage review is about, from the person's journey, to read again together; or
/// that there is none (the review is then kept with the session only).
fn stage_ui(ui: &mut egui::Ui, person: &Person, named: bool, t: &Translations) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if named {
            ui.strong(&person.name);
        }
        let Some(stage) = &person.stage else {
            ui.label(t.tr("stage-none"));
            return;
        };
        ui.label(
            RichText::new(t.tr_args("stage-title", &[("title", stage.title.as_str().into())]))
                .strong()
                .size(18.0),
        );
        let start = atelier_plugin_api::date_text(stage.start);
        ui.label(match stage.planned_end {
            Some(end) => t.tr_args(
                "stage-span",
                &[
                    ("start", start.into()),
                    ("end", atelier_plugin_api::date_text(end).into()),
                ],
            ),
            None => t.tr_args("stage-since", &[("start", start.into())]),
        });
        for (key, items) in [
            ("stage-objectives", &stage.objectives),
            ("stage-actions", &stage.actions),
        ] {
            if !items.is_empty() {
                ui.label(t.tr(key));
                for item in items {
                    ui.label(format!("• {item}"));
                }
            }
        }
        ui.weak(t.tr("stage-kept"));
    });
}

/// The row of people: whose answers are being filled in, "(fait)" after who answered
/// everything of this step.
fn people_ui(state: &mut TextState, ui: &mut egui::Ui, fields: &[&FieldSpec], t: &Translations) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t.tr("person"));
        for (i, person) in state.people.iter().enumerate() {
            let done = fields.iter().all(|f| {
                state
                    .saved
                    .each
                    .get(&person.id)
                    .and_then(|a| a.get(&f.id))
                    .is_some_and(|v| v.is_complete(&f.kind))
            });
            let done_text = t.tr_args("person-done", &[("name", person.name.as_str().into())]);
            // As wide as it will be once done, so the row never moves under the mouse.
            let font = egui::TextStyle::Button.resolve(ui.style());
            let width = ui
                .painter()
                .layout_no_wrap(done_text.clone(), font, egui::Color32::WHITE)
                .size()
                .x
                + 2.0 * ui.spacing().button_padding.x;
            let text = if done { done_text } else { person.name.clone() };
            let response = ui.add(
                egui::Button::selectable(state.saved.person == i, text)
                    .min_size(egui::vec2(width, 0.0)),
            );
            label_widget(
                ui,
                &response,
                &t.tr_args(
                    "person-select",
                    &[
                        ("name", person.name.as_str().into()),
                        ("done", if done { "yes" } else { "no" }.into()),
                    ],
                ),
            );
            if response.clicked() {
                state.saved.person = i;
            }
        }
    });
}

fn person_field_ui(
    state: &mut TextState,
    ui: &mut egui::Ui,
    field: &FieldSpec,
    person: &Person,
    t: &Translations,
) {
    let saved = &mut state.saved;
    let current = saved
        .each
        .get(&person.id)
        .and_then(|a| a.get(&field.id))
        .cloned();
    let key = pending_key(&field.id, Some(&person.id));
    let each = &mut saved.each;
    answer_ui(
        ui,
        field,
        current,
        &mut saved.pending,
        key,
        t,
        &person.id,
        |value| {
            let answers = each.entry(person.id.clone()).or_default();
            match value {
                Some(value) => answers.insert(field.id.clone(), value),
                None => answers.remove(&field.id),
            };
        },
    );
    if saved
        .from_last_time
        .get(&person.id)
        .is_some_and(|f| f.contains(&field.id))
    {
        ui.weak(t.tr("from-last-time"));
    }
}

fn group_field_ui(saved: &mut Saved, ui: &mut egui::Ui, field: &FieldSpec, t: &Translations) {
    let current = saved.group.get(&field.id).cloned();
    let key = pending_key(&field.id, None);
    let group = &mut saved.group;
    answer_ui(
        ui,
        field,
        current,
        &mut saved.pending,
        key,
        t,
        "group",
        |value| {
            match value {
                Some(value) => group.insert(field.id.clone(), value),
                None => group.remove(&field.id),
            };
        },
    );
}

/// One answer's widget, from `current`; the list item being typed is kept in `pending` under
/// `key`. A changed answer goes to `store` (`None`: no answer any more).
#[expect(
    clippy::too_many_arguments,
    reason = "one call per place an answer lives"
)]
fn answer_ui(
    ui: &mut egui::Ui,
    field: &FieldSpec,
    current: Option<Value>,
    pending: &mut BTreeMap<String, String>,
    key: String,
    t: &Translations,
    salt: &str,
    store: impl FnOnce(Option<Value>),
) {
    let before = current
        .filter(|v| v.fits(&field.kind))
        .or_else(|| Value::empty(&field.kind));
    let typed_before = pending.get(&key).cloned().unwrap_or_default();
    let (mut value, mut typed) = (before.clone(), typed_before.clone());
    field_ui(ui, field, &mut value, &mut typed, t, salt);
    store_pending(pending, key, typed, &typed_before);
    if value != before {
        store(value);
    }
}

fn store_pending(pending: &mut BTreeMap<String, String>, key: String, typed: String, before: &str) {
    if typed != before {
        if typed.is_empty() {
            pending.remove(&key);
        } else {
            pending.insert(key, typed);
        }
    }
}

/// A group text collected without authors: one field to add a contribution, the list in its
/// shuffled order.
fn anonymous_ui(saved: &mut Saved, ui: &mut egui::Ui, field: &FieldSpec, t: &Translations) {
    let locale = t.locale();
    let label = field.label.get(locale);
    ui.label(RichText::new(label).strong());
    ui.weak(t.tr("anonymous-note"));
    let key = pending_key(&field.id, None);
    let mut pending = saved.pending.get(&key).cloned().unwrap_or_default();
    let before = pending.clone();
    let added = new_item_ui(
        ui,
        &mut pending,
        label,
        t,
        &format!("anonymous/{}", field.id),
    );
    if added {
        let text = pending.trim().to_owned();
        pending.clear();
        saved.add_anonymous(&field.id, text);
    }
    store_pending(&mut saved.pending, key, pending, &before);
    let items = saved.anonymous.entry(field.id.clone()).or_default();
    items_ui(ui, items, t);
    if items.is_empty() {
        saved.anonymous.remove(&field.id);
    }
}

/// A grid answered without names (from phones, or from paper typed in here): the answers
/// counted per statement and level, and the grid to add one paper answer.
fn anonymous_grid_ui(saved: &mut Saved, ui: &mut egui::Ui, field: &FieldSpec, t: &Translations) {
    let tally = saved.tallies.get(&field.id).cloned().unwrap_or_default();
    ui.label(RichText::new(field.label.get(t.locale())).strong());
    ui.weak(t.tr("anonymous-grid-note"));
    tally_ui(ui, field, &tally, t);
    ui.add_space(4.0);
    // The same grid, under its own heading: one answer given on paper.
    let mut paper = field.clone();
    paper.label = crate::spec::Text {
        fr: t.tr("paper-answer"),
        en: None,
    };
    let mut value = Some(Value::Ratings(
        saved.paper.get(&field.id).cloned().unwrap_or_default(),
    ));
    let mut typed = String::new();
    field_ui(ui, &paper, &mut value, &mut typed, t, "paper");
    let ratings = match value {
        Some(Value::Ratings(ratings)) => ratings,
        _ => BTreeMap::new(),
    };
    let button = ui.add_enabled(!ratings.is_empty(), egui::Button::new(t.tr("paper-add")));
    let added = button.clicked() && saved.add_rating(&field.id, &ratings);
    if added || ratings.is_empty() {
        saved.paper.remove(&field.id);
    } else {
        saved.paper.insert(field.id.clone(), ratings);
    }
}

/// A grid's counted answers: how many answered, then one row per statement with the number of
/// people at each level.
fn tally_ui(ui: &mut egui::Ui, field: &FieldSpec, tally: &crate::state::Tally, t: &Translations) {
    let Kind::Likert { statements, .. } = &field.kind else {
        return;
    };
    ui.label(t.tr_args("grid-answers", &[("count", tally.answers.into())]));
    if tally.answers == 0 {
        return;
    }
    let levels = answers::levels(&field.kind, t);
    egui::Grid::new(("tally", &field.id))
        .striped(true)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            levels_row_ui(ui, &levels);
            for (s, statement) in statements.iter().enumerate() {
                ui.label(statement.get(t.locale()));
                for l in 0..levels.len() {
                    ui.label(tally.count(s, l).to_string());
                }
                ui.end_row();
            }
        });
}

/// A grid's first row: an empty corner, then each level's name, small.
fn levels_row_ui(ui: &mut egui::Ui, levels: &[String]) {
    ui.label("");
    for level in levels {
        ui.label(RichText::new(level).small());
    }
    ui.end_row();
}

/// A grid's counted answers as lines: each statement with the levels chosen and how many
/// chose them (what the projector shows).
fn tally_lines(field: &FieldSpec, tally: &crate::state::Tally, t: &Translations) -> Vec<String> {
    let Kind::Likert { statements, .. } = &field.kind else {
        return Vec::new();
    };
    let levels = answers::levels(&field.kind, t);
    statements
        .iter()
        .enumerate()
        .filter_map(|(s, statement)| {
            let counts: Vec<String> = levels
                .iter()
                .enumerate()
                .filter(|(l, _)| tally.count(s, *l) > 0)
                .map(|(l, level)| {
                    t.tr_args(
                        "projector-count",
                        &[
                            ("option", level.as_str().into()),
                            ("count", tally.count(s, l).into()),
                        ],
                    )
                })
                .collect();
            (!counts.is_empty()).then(|| {
                t.tr_args(
                    "tally-line",
                    &[
                        (
                            "statement",
                            atelier_plugin_api::clause(statement.get(t.locale())).into(),
                        ),
                        ("counts", counts.join(" · ").into()),
                    ],
                )
            })
        })
        .collect()
}

/// A list's items, each with a small × that removes it.
fn items_ui(ui: &mut egui::Ui, items: &mut Vec<String>, t: &Translations) {
    let mut remove = None;
    for (i, item) in items.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("• {item}"));
            let button = ui.small_button("×");
            label_widget(
                ui,
                &button,
                &t.tr_args("item-remove", &[("item", item.as_str().into())]),
            );
            if button.clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        items.remove(i);
    }
}

/// The field to type a new list item and its button; true when the item is to be added (the
/// button, or Enter, which keeps the focus in the field for the next one).
fn new_item_ui(
    ui: &mut egui::Ui,
    pending: &mut String,
    label: &str,
    t: &Translations,
    salt: &str,
) -> bool {
    ui.horizontal(|ui| {
        let response = ui.add(
            egui::TextEdit::singleline(pending)
                .id_salt(salt)
                .char_limit(atelier_plugin_api::MAX_LINE_CHARS)
                .desired_width(ui.available_width().min(480.0)),
        );
        label_widget(
            ui,
            &response,
            &t.tr_args("item-new", &[("label", label.into())]),
        );
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if enter {
            response.request_focus();
        }
        let filled = !pending.trim().is_empty();
        let button = ui.add_enabled(filled, egui::Button::new(t.tr("item-add")));
        label_widget(
            ui,
            &button,
            &t.tr_args("item-add-to", &[("label", label.into())]),
        );
        (button.clicked() || enter) && filled
    })
    .inner
}

/// One field's widget; `value` is `None` for a choice or scale not answered yet.
fn field_ui(
    ui: &mut egui::Ui,
    field: &FieldSpec,
    value: &mut Option<Value>,
    pending: &mut String,
    t: &Translations,
    salt: &str,
) {
    let locale = t.locale();
    let label = field.label.get(locale);
    match (&field.kind, value) {
        (Kind::ShortText, Some(Value::Text(text))) => {
            let name = ui.label(RichText::new(label).strong());
            ui.add(
                egui::TextEdit::singleline(text)
                    .char_limit(atelier_plugin_api::MAX_LINE_CHARS)
                    .desired_width(ui.available_width().min(640.0)),
            )
            .labelled_by(name.id);
        }
        (Kind::LongText, Some(Value::Text(text))) => {
            let name = ui.label(RichText::new(label).strong());
            ui.add(
                egui::TextEdit::multiline(text)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(name.id);
        }
        (Kind::List, Some(Value::Items(items))) => {
            ui.label(RichText::new(label).strong());
            items_ui(ui, items, t);
            if new_item_ui(ui, pending, label, t, &format!("list/{}/{salt}", field.id)) {
                items.push(pending.trim().to_owned());
                pending.clear();
            }
        }
        (Kind::SingleChoice { options }, value) => {
            ui.label(RichText::new(label).strong());
            let mut radios = |ui: &mut egui::Ui| {
                // One Tab stop, the arrows choose; clicking the chosen one again unsets it.
                let choices: Vec<Option<Value>> =
                    (0..options.len()).map(|i| Some(Value::Choice(i))).collect();
                let mut group = atelier_plugin_api::RadioGroup::new(value, choices.iter());
                for (i, option) in options.iter().enumerate() {
                    let chosen = *value == Some(Value::Choice(i));
                    if group
                        .add(ui, value, Some(Value::Choice(i)), option.get(locale))
                        .clicked()
                        && chosen
                    {
                        *value = None;
                    }
                }
                group.end(ui, value);
            };
            if reads_as_list(options, locale) {
                radios(ui);
            } else {
                ui.horizontal_wrapped(radios);
            }
        }
        (
            Kind::MultipleChoice { options } | Kind::Checklist { items: options },
            Some(Value::Choices(set)),
        ) => {
            ui.label(RichText::new(label).strong());
            let mut wrap = |ui: &mut egui::Ui| {
                for (i, option) in options.iter().enumerate() {
                    let mut on = set.contains(&i);
                    if ui.checkbox(&mut on, option.get(locale)).changed() {
                        if on {
                            set.insert(i);
                        } else {
                            set.remove(&i);
                        }
                    }
                }
            };
            let checklist = matches!(field.kind, Kind::Checklist { .. });
            if checklist || reads_as_list(options, locale) {
                wrap(ui);
            } else {
                ui.horizontal_wrapped(wrap);
            }
            if checklist {
                // A checklist says how many things are done.
                ui.weak(t.tr_args(
                    "checklist-count",
                    &[("done", set.len().into()), ("total", options.len().into())],
                ));
            }
        }
        (
            Kind::Scale {
                min,
                max,
                low,
                high,
            },
            value,
        ) => {
            scale_ui(
                ui,
                label,
                (*min, *max),
                (low.as_ref(), high.as_ref()),
                value,
                t,
            );
        }
        (Kind::Likert { statements, .. }, Some(Value::Ratings(ratings))) => {
            ui.label(RichText::new(label).strong());
            let levels = answers::levels(&field.kind, t);
            let rating_line = |statement: &str, level: &str| {
                t.tr_args(
                    "rating-line",
                    &[
                        ("statement", atelier_plugin_api::clause(statement).into()),
                        ("level", level.into()),
                    ],
                )
            };
            // The grid, when its levels fit beside a statement; else (a narrow window, large
            // text) each statement over its levels, which wrap: nothing goes off the window.
            let font = egui::TextStyle::Small.resolve(ui.style());
            let headers: f32 = levels
                .iter()
                .map(|level| {
                    ui.fonts_mut(|f| {
                        f.layout_no_wrap(level.clone(), font.clone(), egui::Color32::WHITE)
                            .size()
                            .x
                    }) + 12.0
                })
                .sum();
            if headers + 240.0 > ui.available_width() {
                for (s, statement) in statements.iter().enumerate() {
                    let statement = statement.get(locale);
                    ui.label(statement);
                    ui.horizontal_wrapped(|ui| {
                        let options: Vec<Option<usize>> = (0..levels.len()).map(Some).collect();
                        let mut current = ratings.get(&s).copied();
                        let mut group =
                            atelier_plugin_api::RadioGroup::new(&current, options.iter());
                        for (l, level) in levels.iter().enumerate() {
                            let chosen = current == Some(l);
                            let response = group.add(ui, &mut current, Some(l), level);
                            label_widget(ui, &response, &rating_line(statement, level));
                            if response.clicked() && chosen {
                                current = None;
                            }
                        }
                        group.end(ui, &mut current);
                        match current {
                            Some(l) => ratings.insert(s, l),
                            None => ratings.remove(&s),
                        };
                    });
                }
                return;
            }
            egui::Grid::new(("likert", &field.id, salt))
                .striped(true)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    levels_row_ui(ui, &levels);
                    for (s, statement) in statements.iter().enumerate() {
                        let statement = statement.get(locale);
                        ui.label(statement);
                        for (l, level) in levels.iter().enumerate() {
                            let chosen = ratings.get(&s) == Some(&l);
                            let response = ui.radio(chosen, "");
                            label_widget(ui, &response, &rating_line(statement, level));
                            if response.clicked() {
                                if chosen {
                                    ratings.remove(&s);
                                } else {
                                    ratings.insert(s, l);
                                }
                            }
                        }
                        ui.end_row();
                    }
                });
        }
        (Kind::Date, Some(Value::Date(text))) => {
            let name = ui.label(RichText::new(label).strong());
            ui.add(
                egui::TextEdit::singleline(text)
                    .char_limit(40)
                    .hint_text(t.tr("date-example"))
                    .desired_width(160.0),
            )
            .labelled_by(name.id);
            if !text.trim().is_empty() && atelier_plugin_api::parse_date(text).is_none() {
                ui.label(RichText::new(t.tr("date-hint")).color(ui.visuals().warn_fg_color));
            }
        }
        // A value that does not fit its kind was replaced by an empty one before; nothing else
        // can reach here.
        _ => {}
    }
}

/// Whether options read better one per line (long sentences) than side by side.
fn reads_as_list(options: &[crate::spec::Text], locale: Locale) -> bool {
    options.iter().any(|o| o.get(locale).chars().count() > 28)
}

/// A scale: one button per value in a row, what the ends mean under them. Clicking the
/// chosen value again clears it.
fn scale_ui(
    ui: &mut egui::Ui,
    label: &str,
    (min, max): (i32, i32),
    (low, high): (Option<&crate::spec::Text>, Option<&crate::spec::Text>),
    value: &mut Option<Value>,
    t: &Translations,
) {
    let locale = t.locale();
    ui.label(RichText::new(label).strong());
    let row = ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for n in min..=max {
            let chosen = *value == Some(Value::Number(n));
            let button = ui.add(
                egui::Button::new(RichText::new(n.to_string()).size(20.0))
                    .selected(chosen)
                    .min_size(egui::vec2(40.0, 40.0)),
            );
            label_widget(
                ui,
                &button,
                &t.tr_args(
                    "scale-value",
                    &[("label", label.into()), ("value", n.to_string().into())],
                ),
            );
            if button.clicked() {
                *value = (!chosen).then_some(Value::Number(n));
            }
        }
    });
    let end = |n: i32, text: Option<&crate::spec::Text>| {
        text.map(|text| {
            t.tr_args(
                "scale-end",
                &[
                    ("value", n.to_string().into()),
                    ("text", text.get(locale).into()),
                ],
            )
        })
    };
    let (low, high) = (end(min, low), end(max, high));
    if low.is_none() && high.is_none() {
        return;
    }
    let width = row.response.rect.width();
    // Side by side under the ends of the row when they fit, else one under the other: never
    // drawn over each other (a 1–5 scale is narrower than its two labels).
    let font = egui::TextStyle::Body.resolve(ui.style());
    let measure = |text: &Option<String>| {
        text.as_ref().map_or(0.0, |text| {
            ui.fonts_mut(|f| f.layout_no_wrap(text.clone(), font.clone(), egui::Color32::WHITE))
                .size()
                .x
        })
    };
    let needed = measure(&low) + measure(&high) + 2.0 * ui.spacing().item_spacing.x + 16.0;
    if needed > width {
        for text in [low, high].into_iter().flatten() {
            ui.weak(text);
        }
        return;
    }
    ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
        ui.horizontal(|ui| {
            ui.set_width(width);
            if let Some(low) = low {
                ui.weak(low);
            }
            if let Some(high) = high {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.weak(high);
                });
            }
        });
    });
}

/// The projector's view: the step, and the answers the file shows, never with a name.
pub(crate) fn projector_ui(state: &TextState, ui: &mut egui::Ui) {
    let t = &state.texts;
    let locale = t.locale();
    let total = state.saved.spec.steps.len();
    let Some(step) = state
        .saved
        .spec
        .steps
        .get(state.saved.step.min(total.saturating_sub(1)))
    else {
        return;
    };
    let title = step.title.get(locale);
    let text = step.projector.as_ref().unwrap_or(&step.prompt).get(locale);
    let shown: Vec<(&FieldSpec, Vec<String>)> =
        if state.mode == atelier_plugin_api::Mode::Collective {
            step.fields
                .iter()
                .filter(|f| f.show_on_projector && !state.saved.hidden.contains(&f.id))
                .map(|f| (f, projector_lines(&state.saved, f, t)))
                .filter(|(_, lines)| !lines.is_empty())
                .collect()
        } else {
            Vec::new()
        };
    if shown.is_empty() {
        // Statements to rate: the group reads them on the screen while answering (the
        // answers themselves stay off it).
        let statements: Vec<Section<'_>> = step
            .fields
            .iter()
            .filter_map(|f| match &f.kind {
                Kind::Likert { statements, .. } => Some(Section::Lines {
                    label: f.label.get(locale),
                    lines: statements
                        .iter()
                        .enumerate()
                        .map(|(n, s)| format!("{}. {}", n + 1, s.get(locale)))
                        .collect(),
                }),
                _ => None,
            })
            .collect();
        if !statements.is_empty() {
            answers_on_projector_ui(ui, title, text, &statements);
            return;
        }
        // Nothing from the room yet: the step's question alone, calm, in the middle.
        atelier_plugin_api::projector_message_ui(ui, Some(title), text);
        return;
    }
    let sections: Vec<Section<'_>> = shown
        .into_iter()
        .map(|(field, lines)| {
            let label = field.label.get(locale);
            match (state.saved.tallies.get(&field.id), &field.kind) {
                (Some(tally), Kind::Likert { statements, .. }) => Section::Chart {
                    label,
                    total: t.tr_args("grid-answers", &[("count", tally.answers.into())]),
                    rows: statements
                        .iter()
                        .enumerate()
                        .map(|(s, statement)| {
                            let levels = answers::levels(&field.kind, t)
                                .into_iter()
                                .enumerate()
                                .map(|(l, level)| (level, tally.count(s, l)))
                                .filter(|(_, count)| *count > 0)
                                .collect::<Vec<_>>();
                            (statement.get(locale).to_owned(), levels)
                        })
                        .filter(|(_, levels)| !levels.is_empty())
                        .collect(),
                    answers: tally.answers.max(1),
                },
                _ => Section::Lines {
                    label,
                    lines: lines.into_iter().map(|line| format!("• {line}")).collect(),
                },
            }
        })
        .collect();
    answers_on_projector_ui(ui, title, text, &sections);
}

/// One field's part of the projector: its lines, or a counted grid drawn as bars.
enum Section<'a> {
    /// The field's label and its lines.
    Lines { label: &'a str, lines: Vec<String> },
    /// A grid counted without names: each statement, then a bar per level chosen, as long as
    /// its share of the answers, with its count.
    Chart {
        label: &'a str,
        /// "4 réponses."
        total: String,
        /// Each statement with the levels chosen and how many chose them.
        rows: Vec<(String, Vec<(String, u32)>)>,
        /// How many answered (the bars' full length).
        answers: u32,
    },
}

/// The step's title and question, then each shown field, as large as fits: the text shrinks
/// (down to half the projector's size) rather than run off the screen.
fn answers_on_projector_ui(ui: &mut egui::Ui, title: &str, text: &str, sections: &[Section<'_>]) {
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    let heading = egui::TextStyle::Heading.resolve(ui.style()).size;
    let (width, room) = (ui.available_width(), ui.available_height());
    let line = |text: &str, size: f32| atelier_plugin_api::text_height(ui, text, size, width);
    let spacing = ui.spacing().item_spacing.y;
    let height = |scale: f32| {
        let size = body * scale;
        let mut total = atelier_plugin_api::text_height(ui, title, heading * scale, width)
            + line(text, size)
            + 16.0 * scale;
        for section in sections {
            match section {
                Section::Lines { label, lines } => {
                    total += 16.0 * scale + line(label, size);
                    for text in lines {
                        total += line(text, size) + spacing;
                    }
                }
                Section::Chart {
                    label,
                    total: n,
                    rows,
                    ..
                } => {
                    total += 16.0 * scale + line(label, size) + line(n, size) + spacing;
                    for (statement, levels) in rows {
                        total += 8.0 * scale + line(statement, size) + spacing;
                        total += levels.len() as f32 * (size * 1.35 + spacing);
                    }
                }
            }
        }
        total + 4.0 * spacing
    };
    let mut scale = 1.0_f32;
    while scale > 0.5 && height(scale) > room {
        scale -= 0.05;
    }
    let typeset = |text: &str| RichText::new(atelier_plugin_api::french_spacing(text));
    let size = body * scale;
    ui.label(typeset(title).size(heading * scale));
    ui.add_space(16.0 * scale);
    ui.label(typeset(text).size(size));
    for section in sections {
        ui.add_space(16.0 * scale);
        match section {
            Section::Lines { label, lines } => {
                ui.label(typeset(label).strong().size(size));
                for line in lines {
                    ui.label(typeset(line).size(size));
                }
            }
            Section::Chart {
                label,
                total,
                rows,
                answers,
            } => {
                ui.label(typeset(label).strong().size(size));
                ui.label(typeset(total).size(size));
                chart_ui(ui, rows, *answers, size, scale);
            }
        }
    }
}

/// Each statement, then one row per level chosen: the level, a bar as long as its share of
/// the answers, the count. Large and plain, readable from the back of a room; the counts are
/// written, so nothing depends on telling colours apart.
fn chart_ui(
    ui: &mut egui::Ui,
    rows: &[(String, Vec<(String, u32)>)],
    answers: u32,
    size: f32,
    scale: f32,
) {
    let font = egui::FontId::proportional(size);
    let text_color = ui.visuals().text_color();
    let bar_color = ui.visuals().strong_text_color();
    let measure = |ui: &egui::Ui, text: &str| {
        ui.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), text_color))
            .size()
            .x
    };
    let level_width = rows
        .iter()
        .flat_map(|(_, levels)| levels.iter())
        .map(|(level, _)| measure(ui, level))
        .fold(0.0_f32, f32::max);
    let count_width = measure(ui, &answers.to_string()) + size;
    for (statement, levels) in rows {
        ui.add_space(8.0 * scale);
        ui.label(
            RichText::new(atelier_plugin_api::french_spacing(statement))
                .strong()
                .size(size),
        );
        for (level, count) in levels {
            let row_height = size * 1.35;
            let (rect, _) = ui.allocate_exact_size(
                egui::vec2(ui.available_width(), row_height),
                egui::Sense::hover(),
            );
            let painter = ui.painter_at(rect);
            painter.text(
                rect.left_center() + egui::vec2(size, 0.0),
                egui::Align2::LEFT_CENTER,
                level,
                font.clone(),
                text_color,
            );
            let room = (rect.width() - level_width - count_width - 3.0 * size).max(size);
            #[expect(clippy::cast_precision_loss, reason = "a share of a bar's length")]
            let share = *count as f32 / answers as f32;
            let start = rect.left() + 2.0 * size + level_width;
            let bar = egui::Rect::from_min_size(
                egui::pos2(start, rect.center().y - size * 0.35),
                egui::vec2((room * share).max(size * 0.25), size * 0.7),
            );
            painter.rect_filled(bar, size * 0.12, bar_color);
            painter.text(
                egui::pos2(bar.right() + size * 0.5, rect.center().y),
                egui::Align2::LEFT_CENTER,
                count.to_string(),
                font.clone(),
                text_color,
            );
        }
    }
}

/// What the projector shows of a field: the group's answer, the anonymous contributions, or
/// everyone's answers mixed (texts in an order that is not the people's, choices counted).
fn projector_lines(saved: &Saved, field: &FieldSpec, t: &Translations) -> Vec<String> {
    if let Some(tally) = saved.tallies.get(&field.id) {
        return tally_lines(field, tally, t);
    }
    if field.anonymous {
        return saved.anonymous.get(&field.id).cloned().unwrap_or_default();
    }
    let values: Vec<&Value> = match field.for_ {
        For::Group => saved.group.get(&field.id).into_iter().collect(),
        For::Each => saved
            .each
            .values()
            .filter_map(|a| a.get(&field.id))
            .collect(),
    };
    let options = field.kind.options();
    if !options.is_empty() {
        let mut counts = vec![0_usize; options.len()];
        for value in values {
            match value {
                Value::Choice(i) => {
                    if let Some(c) = counts.get_mut(*i) {
                        *c += 1;
                    }
                }
                Value::Choices(set) => {
                    for i in set {
                        if let Some(c) = counts.get_mut(*i) {
                            *c += 1;
                        }
                    }
                }
                _ => {}
            }
        }
        return options
            .iter()
            .zip(counts)
            .filter(|(_, count)| *count > 0)
            .map(|(option, count)| {
                if field.for_ == For::Group {
                    option.get(t.locale()).to_owned()
                } else {
                    t.tr_args(
                        "projector-count",
                        &[
                            ("option", option.get(t.locale()).into()),
                            ("count", count.into()),
                        ],
                    )
                }
            })
            .collect();
    }
    let mut lines: Vec<String> = values
        .into_iter()
        .flat_map(|value| match value {
            Value::Text(text) => vec![text.trim().to_owned()],
            Value::Items(items) => items.iter().map(|i| i.trim().to_owned()).collect(),
            _ => Vec::new(),
        })
        .filter(|line| !line.is_empty())
        .collect();
    if field.for_ == For::Each {
        // Not in the order of the people: nobody can tell whose answer is whose.
        lines.sort_by_key(|line| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            saved.seed.hash(&mut hasher);
            line.hash(&mut hasher);
            hasher.finish()
        });
    }
    lines
}

/// What the journey keeps for the next session, field by field.
pub(crate) fn kept_ui(
    ui: &mut egui::Ui,
    spec: &ActivitySpec,
    values: &BTreeMap<String, Value>,
    locale: Locale,
) {
    let t = Translations::pick(locale, FR, EN);
    ui.weak(t.tr("kept-heading"));
    for (_, field) in spec.fields() {
        if let Some(value) = values.get(&field.id).filter(|v| v.fits(&field.kind)) {
            ui.horizontal_wrapped(|ui| {
                ui.strong(field.label.get(locale));
                ui.label(answers::value_text(field, value, &t));
            });
        }
    }
}

/// A saved record, read-only: each step's answers, the group's, the anonymous ones, each
/// person's under their first name.
pub(crate) fn record_ui(ui: &mut egui::Ui, saved: &Saved, ctx: &RecordContext) {
    let t = Translations::pick(ctx.locale, FR, EN);
    let locale = ctx.locale;
    for step in &saved.spec.steps {
        let mut any = false;
        for field in &step.fields {
            let mut lines: Vec<(Option<String>, String)> = Vec::new();
            if let (Kind::Likert { statements, .. }, For::Each) = (&field.kind, field.for_) {
                let title = (!any).then_some(&step.title);
                any |= ratings_grid_ui(ui, saved, field, statements, ctx, &t, title);
                continue;
            }
            if let Some(tally) = saved.tallies.get(&field.id).filter(|t| t.answers > 0) {
                if !any {
                    step_title_ui(ui, step.title.get(locale));
                    any = true;
                }
                ui.label(RichText::new(field.label.get(locale)).strong());
                ui.push_id(("record-tally", &field.id), |ui| {
                    tally_ui(ui, field, tally, &t);
                });
                continue;
            }
            if field.anonymous {
                for item in saved.anonymous.get(&field.id).into_iter().flatten() {
                    lines.push((None, item.clone()));
                }
            } else if field.for_ == For::Group {
                if let Some(value) = saved.group.get(&field.id).filter(|v| !v.is_empty()) {
                    lines.push((None, answers::value_text(field, value, &t)));
                }
            } else {
                for (id, _) in &ctx.names {
                    if let Some(value) = saved
                        .each
                        .get(id)
                        .and_then(|a| a.get(&field.id))
                        .filter(|v| !v.is_empty())
                    {
                        lines.push((Some(ctx.name(id)), answers::value_text(field, value, &t)));
                    }
                }
            }
            if lines.is_empty() {
                continue;
            }
            if !any {
                step_title_ui(ui, step.title.get(locale));
                any = true;
            }
            ui.label(RichText::new(field.label.get(locale)).strong());
            ui.indent(("record", &field.id), |ui| {
                for (name, text) in lines {
                    match name {
                        Some(name) => ui.label(t.tr_args(
                            "record-line",
                            &[("name", name.into()), ("answer", text.into())],
                        )),
                        None => ui.label(format!("• {text}")),
                    };
                }
            });
        }
    }
}

fn step_title_ui(ui: &mut egui::Ui, title: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(title).size(19.0).strong());
}

/// A grid's answers in a record: one row per statement, one column per person. Returns whether
/// anything was shown (the step's title first, when `title` is given).
fn ratings_grid_ui(
    ui: &mut egui::Ui,
    saved: &Saved,
    field: &FieldSpec,
    statements: &[crate::spec::Text],
    ctx: &RecordContext,
    t: &Translations,
    title: Option<&crate::spec::Text>,
) -> bool {
    let locale = ctx.locale;
    let rated: Vec<(&str, &BTreeMap<usize, usize>)> = ctx
        .names
        .iter()
        .filter_map(|(id, _)| match saved.each.get(id)?.get(&field.id)? {
            Value::Ratings(r) if !r.is_empty() => Some((id.as_str(), r)),
            _ => None,
        })
        .collect();
    if rated.is_empty() {
        return false;
    }
    if let Some(title) = title {
        step_title_ui(ui, title.get(locale));
    }
    ui.label(RichText::new(field.label.get(locale)).strong());
    let levels = answers::levels(&field.kind, t);
    egui::Grid::new(("record-grid", &field.id))
        .striped(true)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for (id, _) in &rated {
                ui.strong(ctx.name(id));
            }
            ui.end_row();
            for (s, statement) in statements.iter().enumerate() {
                ui.label(statement.get(locale));
                for (_, ratings) in &rated {
                    ui.label(
                        ratings
                            .get(&s)
                            .and_then(|l| levels.get(*l))
                            .map_or("—", String::as_str),
                    );
                }
                ui.end_row();
            }
        });
    true
}
