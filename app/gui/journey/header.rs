//! The top of a journey: who, where they stand, the rhythm of contact, the main actions.

use chrono::{DateTime, FixedOffset};
use sessions::Status;

use super::{Go, JourneyScreen};
use crate::i18n::I18n;
use crate::words;

pub(super) fn header_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &JourneyScreen,
    now: DateTime<FixedOffset>,
    go: &mut Go,
) {
    let journey = &screen.journey;
    ui.heading(
        egui::RichText::new(crate::words::short(&journey.display_name, 60))
            .size(crate::gui::theme::text::TITLE),
    );
    let status = journey.status();
    let mut line = words::status(i18n, status);
    if !journey.advisor.is_empty() {
        line.push_str(" · ");
        line.push_str(&i18n.tr_args(
            "journey-advisor-is",
            &[("name", journey.advisor.as_str().into())],
        ));
    }
    ui.label(line);
    if let Status::OnHold {
        resume_conditions, ..
    } = status
    {
        ui.label(i18n.tr_args(
            "journey-resume-conditions",
            &[("conditions", resume_conditions.as_str().into())],
        ));
    }
    let phases = words::phases_now(i18n, journey);
    if !phases.is_empty() {
        ui.label(i18n.tr_args("journey-phases-now", &[("phases", phases.into())]));
    }
    let check = journey.contact_check(now);
    let last = journey.last_contact().map_or_else(
        || i18n.tr("journey-no-contact"),
        |d| {
            i18n.tr_args(
                "journey-last-contact",
                &[
                    ("date", words::date(d).into()),
                    (
                        "days",
                        usize::try_from(check.days_since).unwrap_or(0).into(),
                    ),
                ],
            )
        },
    );
    ui.label(last);
    if let Some(expected) = check.expected {
        let text = i18n.tr_args(
            "journey-rhythm",
            &[
                (
                    "rhythm",
                    words::every_days(i18n, expected.every_days).into(),
                ),
                (
                    "reason",
                    words::contact_reason(i18n, expected.reason).into(),
                ),
            ],
        );
        if check.overdue {
            crate::gui::theme::notice_card(ui).show(ui, |ui| {
                // On hold, it is the call agreed, not a meeting to offer.
                let key = if expected.reason == sessions::ContactReason::OnHoldCheckIn {
                    "journey-overdue-on-hold"
                } else {
                    "journey-overdue"
                };
                ui.label(egui::RichText::new(i18n.tr(key)).strong());
                ui.label(text);
            });
        } else {
            ui.label(text);
        }
    }
    ui.horizontal_wrapped(|ui| {
        if crate::gui::theme::icon_button(
            ui,
            crate::gui::theme::icons::ICON_PERSON,
            &i18n.tr("home-start-one-to-one"),
        )
        .clicked()
        {
            *go = Go::OneToOne;
        }
        if crate::gui::theme::icon_button(
            ui,
            crate::gui::theme::icons::ICON_PRINT,
            &i18n.tr("journey-document"),
        )
        .clicked()
        {
            *go = Go::Document(None);
        }
    });
}
