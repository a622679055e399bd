//! The status history and its changes: pause at the person's request, exit, resume after a
//! pause, come back after an exit (a dated re-entry).

use atelier_plugin_api::{parse_date, text_area, text_field};
use chrono::NaiveDate;
use sessions::{ExitReason, JourneyEdit, Status};

use super::{EXIT_REASONS, JourneyScreen, StatusAction, StatusForm};
use crate::i18n::I18n;
use crate::{messages, words};

pub(super) fn status_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
    who: &str,
) {
    let journey = &mut screen.journey;
    // A return to active after an exit is a re-entry, and said so.
    let mut left = false;
    let re_entries: Vec<bool> = journey
        .status_history
        .iter()
        .map(|change| {
            let back = left && matches!(change.status, Status::Active);
            left = match change.status {
                Status::Exited { .. } => true,
                Status::Active => false,
                Status::OnHold { .. } => left,
            };
            back
        })
        .collect();
    for (change, back) in journey.status_history.iter().zip(re_entries).rev() {
        let status = if back {
            i18n.tr("journey-status-re-entry")
        } else {
            words::status(i18n, &change.status)
        };
        let mut line = format!("{} — {status}", words::date(change.date));
        if let Status::Exited { reason, .. } = &change.status {
            line.push_str(&format!(" ({})", words::exit_reason(i18n, reason)));
        }
        if !change.recorded_by.is_empty() {
            line.push_str(&format!(" · {}", change.recorded_by));
        }
        if !change.note.is_empty() {
            line.push_str(&format!(" · {}", change.note));
        }
        ui.label(line);
    }
    let form = &mut screen.status;
    let current = journey.status().clone();
    ui.horizontal_wrapped(|ui| {
        match current {
            Status::Active => {
                if ui.button(i18n.tr("journey-hold")).clicked() {
                    form.action = StatusAction::Hold;
                }
            }
            Status::OnHold { .. } => {
                if ui.button(i18n.tr("journey-resume")).clicked() {
                    form.action = StatusAction::Resume;
                }
            }
            Status::Exited { .. } => {
                if ui.button(i18n.tr("journey-re-enter")).clicked() {
                    form.action = StatusAction::ReEnter;
                }
            }
        }
        if !matches!(current, Status::Exited { .. }) && ui.button(i18n.tr("journey-exit")).clicked()
        {
            form.action = StatusAction::Exit;
        }
    });
    if form.action == StatusAction::None {
        return;
    }
    let mut edit = None;
    crate::gui::theme::card(ui).show(ui, |ui| {
        match form.action {
            StatusAction::Hold => {
                ui.weak(i18n.tr("journey-hold-hint"));
                ui.checkbox(&mut form.asked, i18n.tr("journey-hold-asked"));
                text_field(ui, &i18n.tr("journey-hold-until"), &mut form.until);
                text_area(
                    ui,
                    &i18n.tr("journey-hold-conditions"),
                    &mut form.conditions,
                );
                // Keeping in touch meanwhile, when agreed: Home then says when it is due.
                ui.label(i18n.tr("journey-hold-check-in"));
                let options = [
                    (None, i18n.tr("journey-hold-check-in-none")),
                    (Some(14), i18n.tr("journey-hold-check-in-fortnight")),
                    (Some(31), i18n.tr("journey-hold-check-in-month")),
                ];
                crate::gui::access::radio_group(ui, &mut form.check_in, &options);
            }
            StatusAction::Exit => {
                if form.date.is_empty() {
                    form.date = words::date(today);
                }
                text_field(ui, &i18n.tr("journey-exit-date"), &mut form.date);
                ui.horizontal(|ui| {
                    let label = ui.label(i18n.tr("journey-exit-reason"));
                    let mut reasons: Vec<String> = EXIT_REASONS
                        .iter()
                        .map(|r| words::exit_reason(i18n, &r()))
                        .collect();
                    reasons.push(i18n.tr("journey-exit-other"));
                    atelier_plugin_api::combo_box(
                        ui,
                        "exit-reason",
                        reasons.get(form.reason).cloned().unwrap_or_default(),
                        |ui| {
                            for (index, reason) in reasons.iter().enumerate() {
                                ui.selectable_value(&mut form.reason, index, reason);
                            }
                        },
                    )
                    .response
                    .labelled_by(label.id);
                });
                if form.reason == EXIT_REASONS.len() {
                    text_field(ui, &i18n.tr("journey-exit-other"), &mut form.other_reason);
                }
            }
            StatusAction::ReEnter => {
                ui.weak(i18n.tr("journey-re-enter-hint"));
                if form.date.is_empty() {
                    form.date = words::date(today);
                }
                text_field(ui, &i18n.tr("journey-re-enter-date"), &mut form.date);
            }
            StatusAction::Resume | StatusAction::None => {}
        }
        text_area(ui, &i18n.tr("journey-status-note"), &mut form.note);
        if let Some(error) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("journey-status-save")).clicked() {
                match edit_from_form(i18n, form, today, who) {
                    Ok(new) => edit = Some(new),
                    Err(error) => form.error = Some(error),
                }
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                *form = StatusForm::default();
            }
        });
    });
    if let Some(edit) = edit {
        match journey.apply(edit, today) {
            Ok(()) => *form = StatusForm::default(),
            Err(error) => form.error = Some(messages::journey_error(i18n, &error)),
        }
    }
}

/// The status change the form describes; the rules it must follow are `Journey::apply`'s,
/// only what cannot be read (a date) is said here.
pub(super) fn edit_from_form(
    i18n: &I18n,
    form: &StatusForm,
    today: NaiveDate,
    who: &str,
) -> Result<JourneyEdit, String> {
    let (recorded_by, note) = (who.to_owned(), form.note.clone());
    match form.action {
        StatusAction::Hold => Ok(JourneyEdit::Pause {
            at_persons_request: form.asked,
            until: parse_date(&form.until).ok_or_else(|| i18n.tr("journey-hold-bad-date"))?,
            conditions: form.conditions.clone(),
            check_in_days: form.check_in,
            recorded_by,
            note,
        }),
        StatusAction::Exit => Ok(JourneyEdit::Exit {
            date: parse_date(&form.date)
                .filter(|d| *d <= today)
                .ok_or_else(|| i18n.tr("journey-exit-bad-date"))?,
            reason: EXIT_REASONS.get(form.reason).map_or_else(
                || ExitReason::Other(form.other_reason.clone()),
                |reason| reason(),
            ),
            recorded_by,
            note,
        }),
        StatusAction::ReEnter => Ok(JourneyEdit::ReEnter {
            date: parse_date(&form.date).ok_or_else(|| i18n.tr("journey-err-re-entry-date"))?,
            recorded_by,
            note,
        }),
        StatusAction::Resume | StatusAction::None => Ok(JourneyEdit::Resume { recorded_by, note }),
    }
}
