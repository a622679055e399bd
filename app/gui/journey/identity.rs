//! Who the person is: identity and referral, consents (dated), preferences, phases.

use atelier_plugin_api::{text_area, text_field};
use chrono::NaiveDate;
use sessions::{ConsentKind, Journey, PhaseSpan, Prescriber};

use super::{JourneyScreen, lines};
use crate::i18n::I18n;
use crate::words;

pub(super) fn identity_ui(ui: &mut egui::Ui, i18n: &I18n, journey: &mut Journey) {
    text_field(
        ui,
        &i18n.tr("journey-display-name"),
        &mut journey.display_name,
    );
    text_field(ui, &i18n.tr("journey-advisor"), &mut journey.advisor);
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("journey-prescriber"));
        let current = words::prescriber(i18n, &journey.prescriber);
        atelier_plugin_api::combo_box(ui, "prescriber", current, |ui| {
            for option in [
                Prescriber::FranceTravail,
                Prescriber::CapEmploi,
                Prescriber::MissionLocale,
                Prescriber::Mdph,
                Prescriber::Other(String::new()),
            ] {
                let text = match &option {
                    Prescriber::Other(_) => i18n.tr("journey-prescriber-other"),
                    other => words::prescriber(i18n, other),
                };
                let selected =
                    std::mem::discriminant(&journey.prescriber) == std::mem::discriminant(&option);
                if ui.selectable_label(selected, text).clicked() && !selected {
                    journey.prescriber = option;
                }
            }
        })
        .response
        .labelled_by(label.id);
    });
    if let Prescriber::Other(name) = &mut journey.prescriber {
        text_field(ui, &i18n.tr("journey-prescriber-name"), name);
    }
    ui.label(i18n.tr_args(
        "journey-entry",
        &[("date", words::date(journey.entry_date).into())],
    ));
}

pub(super) fn consents_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    journey: &mut Journey,
    today: NaiveDate,
    who: &str,
) {
    for (kind, id) in [
        (ConsentKind::KeepFile, "journey-consent-keep"),
        (
            ConsentKind::FirstNameOnProjector,
            "journey-consent-projector",
        ),
    ] {
        let consent = match kind {
            ConsentKind::KeepFile => &journey.consents.keep_file,
            ConsentKind::FirstNameOnProjector => &journey.consents.first_name_on_projector,
        };
        let (mut given, date, by) = (consent.given, consent.date, consent.recorded_by.clone());
        if ui.checkbox(&mut given, i18n.tr(id)).changed() {
            journey.set_consent(kind, given, today, who);
        }
        ui.weak(i18n.tr_args(
            "journey-consent-when",
            &[
                ("date", words::date(date).into()),
                ("who", by.as_str().into()),
            ],
        ));
    }
    if !journey.consents.keep_file.given {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            i18n.tr("journey-consent-withdrawn"),
        );
    }
    if !journey.consent_history.is_empty() {
        ui.label(i18n.tr("journey-consent-history"));
        for change in journey.consent_history.iter().rev() {
            ui.weak(i18n.tr_args(
                match (change.consent, change.given) {
                    (ConsentKind::KeepFile, true) => "journey-consent-keep-given",
                    (ConsentKind::KeepFile, false) => "journey-consent-keep-withdrawn",
                    (ConsentKind::FirstNameOnProjector, true) => "journey-consent-projector-given",
                    (ConsentKind::FirstNameOnProjector, false) => {
                        "journey-consent-projector-withdrawn"
                    }
                },
                &[
                    ("date", words::date(change.date).into()),
                    ("who", change.recorded_by.as_str().into()),
                ],
            ));
        }
    }
}

pub(super) fn preferences_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    screen: &mut JourneyScreen,
    today: NaiveDate,
) {
    ui.weak(i18n.tr("journey-one-per-line"));
    let prefs = &mut screen.journey.preferences;
    let mut changed = false;
    ui.columns(2, |columns| {
        let [left, right] = columns else {
            return;
        };
        changed |= text_area(
            left,
            &i18n.tr("journey-wished-jobs"),
            &mut screen.prefs.wished_jobs,
        )
        .changed();
        changed |= text_area(left, &i18n.tr("journey-places"), &mut screen.prefs.places).changed();
        changed |= text_area(
            right,
            &i18n.tr("journey-strengths"),
            &mut screen.prefs.strengths,
        )
        .changed();
        changed |= text_area(
            right,
            &i18n.tr("journey-accommodations"),
            &mut screen.prefs.accommodations,
        )
        .changed();
    });
    changed |= text_field(ui, &i18n.tr("journey-hours"), &mut prefs.hours).changed();
    if changed {
        prefs.wished_jobs = lines(&screen.prefs.wished_jobs);
        prefs.places = lines(&screen.prefs.places);
        prefs.strengths = lines(&screen.prefs.strengths);
        prefs.accommodations = lines(&screen.prefs.accommodations);
        prefs.updated = Some(today);
    }
    if let Some(updated) = prefs.updated {
        ui.weak(i18n.tr_args("journey-updated", &[("date", words::date(updated).into())]));
    }
}

pub(super) fn phases_ui(ui: &mut egui::Ui, i18n: &I18n, journey: &mut Journey, today: NaiveDate) {
    let mut end = None;
    for (index, span) in journey.phases.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} — {}",
                words::phase(i18n, span.phase),
                words::span(i18n, span.start, span.end)
            ));
            if span.end.is_none() {
                let button = ui.small_button(i18n.tr("journey-phase-end"));
                let label = i18n.tr_args(
                    "journey-phase-end-label",
                    &[("phase", words::phase(i18n, span.phase).into())],
                );
                atelier_plugin_api::label_widget(ui, &button, &label);
                if button.clicked() {
                    end = Some(index);
                }
            }
        });
    }
    if let Some(span) = end.and_then(|i| journey.phases.get_mut(i)) {
        span.end = Some(today);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(i18n.tr("journey-phase-start"));
        for phase in words::PHASES {
            let open = journey
                .phases
                .iter()
                .any(|s| s.phase == phase && s.end.is_none());
            if !open && ui.small_button(words::phase(i18n, phase)).clicked() {
                journey.phases.push(PhaseSpan {
                    phase,
                    start: today,
                    end: None,
                });
            }
        }
    });
}
