//! What to look at again with the person on a date (a first small step from the miracle
//! question, or noted by hand): each open one with its date and how late it is, done in one
//! click, moved to another date, and a small form to note one.

use atelier_plugin_api::{parse_date, text_field};
use chrono::NaiveDate;

use super::JourneyScreen;
use crate::i18n::I18n;
use crate::words;

/// The follow-up being noted or moved, as typed.
#[derive(Debug, Default)]
pub(super) struct FollowUpForm {
    text: String,
    due: String,
    /// Which follow-up is being moved (its place in the journey's list), and the new date.
    moving: Option<(usize, String)>,
    error: Option<String>,
}

pub(super) fn follow_ups_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
) {
    let form = &mut screen.follow_up;
    let journey = &mut screen.journey;
    let mut open: Vec<usize> = (0..journey.follow_ups.len())
        .filter(|i| journey.follow_ups[*i].done.is_none())
        .collect();
    open.sort_by_key(|i| journey.follow_ups[*i].due);
    if open.is_empty() {
        ui.weak(i18n.tr("follow-ups-none"));
    }
    for i in open {
        let item = &journey.follow_ups[i];
        let late = (today - item.due).num_days();
        let line = i18n.tr_args(
            "follow-up-line",
            &[
                ("text", item.text.as_str().into()),
                ("date", words::date(item.due).into()),
                ("late", usize::try_from(late.max(0)).unwrap_or(0).into()),
                ("due", if late >= 0 { "yes" } else { "no" }.into()),
            ],
        );
        let text = item.text.clone();
        crate::gui::theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if late >= 0 {
                ui.colored_label(ui.visuals().warn_fg_color, line);
            } else {
                ui.label(line);
            }
            ui.horizontal_wrapped(|ui| {
                let done = ui.button(i18n.tr("follow-up-done"));
                atelier_plugin_api::label_widget(
                    ui,
                    &done,
                    &i18n.tr_args("follow-up-done-label", &[("text", text.as_str().into())]),
                );
                if done.clicked() {
                    journey.follow_ups[i].done = Some(today);
                }
                match &mut form.moving {
                    Some((at, date)) if *at == i => {
                        text_field(ui, &i18n.tr("follow-up-new-date"), date);
                        if ui.button(i18n.tr("follow-up-move-confirm")).clicked() {
                            match parse_date(date) {
                                Some(due) => {
                                    journey.follow_ups[i].due = due;
                                    form.moving = None;
                                    form.error = None;
                                }
                                None => form.error = Some(i18n.tr("follow-up-bad-date")),
                            }
                        }
                    }
                    _ => {
                        if ui.button(i18n.tr("follow-up-move")).clicked() {
                            form.moving = Some((i, words::date(journey.follow_ups[i].due)));
                        }
                    }
                }
            });
        });
    }
    ui.add_space(crate::gui::theme::space::ITEM);
    // One under the other: a column is narrow beside the sessions.
    text_field(ui, &i18n.tr("follow-up-text"), &mut form.text);
    text_field(ui, &i18n.tr("follow-up-date"), &mut form.due);
    if ui.button(i18n.tr("follow-up-add")).clicked() {
        let text = form.text.trim();
        match parse_date(&form.due) {
            _ if text.is_empty() => form.error = Some(i18n.tr("follow-up-no-text")),
            Some(due) => {
                journey.follow_ups.push(sessions::FollowUpItem {
                    text: text.to_owned(),
                    due,
                    session: None,
                    activity: String::new(),
                    done: None,
                });
                *form = FollowUpForm::default();
            }
            None => form.error = Some(i18n.tr("follow-up-bad-date")),
        }
    }
    if let Some(error) = &form.error {
        ui.colored_label(ui.visuals().warn_fg_color, error);
    }
}
