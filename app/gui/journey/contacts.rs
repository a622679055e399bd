//! Contacts outside sessions (meetings, calls, visits, messages, and contacts with employers
//! and partners about the person) and the form to add one.

use atelier_plugin_api::{parse_date, text_field};
use chrono::NaiveDate;
use sessions::{Contact, ContactKind, JourneyEdit};

use super::{CONTACT_KINDS, ContactForm, JourneyScreen};
use crate::i18n::I18n;
use crate::{messages, words};

pub(super) fn contacts_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
    who: &str,
) {
    ui.weak(i18n.tr("journey-contacts-hint"));
    let kind_name = |kind: ContactKind| {
        CONTACT_KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, id)| i18n.tr(id))
            .unwrap_or_default()
    };
    let mut contacts: Vec<&Contact> = screen.journey.contacts.iter().collect();
    contacts.sort_by_key(|c| std::cmp::Reverse(c.date));
    for contact in contacts.iter().take(12) {
        let mut line = format!(
            "{} — {}",
            words::date(contact.date),
            kind_name(contact.kind)
        );
        if let Some(minutes) = contact.duration_minutes {
            line.push_str(&format!(
                " · {}",
                i18n.tr_args("journey-contact-minutes", &[("minutes", minutes.into())])
            ));
        }
        if !contact.recorded_by.is_empty() {
            line.push_str(&format!(" · {}", contact.recorded_by));
        }
        if !contact.note.expose().is_empty() {
            line.push_str(&format!(" · {}", contact.note.expose()));
        }
        ui.label(line);
    }
    let form = &mut screen.contact;
    if !form.open {
        if crate::gui::theme::icon_button(
            ui,
            crate::gui::theme::icons::ICON_ADD,
            &i18n.tr("journey-contact-new"),
        )
        .clicked()
        {
            form.open = true;
            form.date = words::date(today);
        }
        return;
    }
    crate::gui::theme::card(ui).show(ui, |ui| {
        text_field(ui, &i18n.tr("journey-contact-date"), &mut form.date);
        ui.horizontal_wrapped(|ui| {
            let options: Vec<_> = CONTACT_KINDS
                .iter()
                .map(|(kind, id)| (Some(*kind), i18n.tr(id)))
                .collect();
            crate::gui::access::radio_group(ui, &mut form.kind, &options);
        });
        text_field(ui, &i18n.tr("journey-contact-duration"), &mut form.duration);
        text_field(ui, &i18n.tr("journey-contact-note"), &mut form.note);
        if let Some(error) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("journey-contact-add")).clicked() {
                let duration = form.duration.trim();
                let minutes = (!duration.is_empty()).then(|| {
                    duration
                        .parse::<u32>()
                        .ok()
                        .filter(|m| (1..=1440).contains(m))
                });
                match (
                    parse_date(&form.date).filter(|d| *d <= today),
                    form.kind,
                    minutes,
                ) {
                    (None, _, _) => form.error = Some(i18n.tr("journey-contact-bad-date")),
                    (_, None, _) => form.error = Some(i18n.tr("journey-contact-no-kind")),
                    (_, _, Some(None)) => {
                        form.error = Some(i18n.tr("journey-contact-bad-duration"));
                    }
                    (Some(date), Some(kind), minutes) => {
                        let edit = JourneyEdit::AddContact(Contact {
                            date,
                            kind,
                            recorded_by: who.to_owned(),
                            note: sessions::Private::new(form.note.trim().to_owned()),
                            duration_minutes: minutes.flatten(),
                        });
                        match screen.journey.apply(edit, today) {
                            Ok(()) => *form = ContactForm::default(),
                            Err(error) => form.error = Some(messages::journey_error(i18n, &error)),
                        }
                    }
                }
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                *form = ContactForm::default();
            }
        });
    });
}
