//! Every session with its takeaway, and what each activity keeps for the person.

use sessions::{Journey, SessionLink};

use super::{Go, JourneyScreen};
use crate::i18n::I18n;
use crate::words;

pub(super) fn timeline_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    registry: &crate::plugins::ActivityRegistry,
    screen: &mut JourneyScreen,
    go: &mut Go,
) {
    let journey = &screen.journey;
    if journey.timeline.is_empty() {
        ui.label(i18n.tr("journey-no-sessions"));
        return;
    }
    let mut activities: Vec<&str> = journey
        .timeline
        .iter()
        .map(|l| l.activity.as_str())
        .collect();
    activities.sort_unstable();
    activities.dedup();
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("journey-filter"));
        let all = i18n.tr("journey-filter-all");
        atelier_plugin_api::combo_box(
            ui,
            "timeline-filter",
            screen
                .filter
                .as_deref()
                .map_or(all.clone(), |a| registry.name(a, i18n)),
            |ui| {
                ui.selectable_value(&mut screen.filter, None, all);
                for activity in &activities {
                    ui.selectable_value(
                        &mut screen.filter,
                        Some((*activity).to_owned()),
                        registry.name(activity, i18n),
                    );
                }
            },
        )
        .response
        .labelled_by(label.id);
    });
    let mut links: Vec<&SessionLink> = journey
        .timeline
        .iter()
        .filter(|l| screen.filter.as_deref().is_none_or(|f| f == l.activity))
        .collect();
    links.sort_by_key(|l| std::cmp::Reverse(l.date));
    activity_data_ui(ui, i18n, registry, journey, screen.filter.as_deref());
    crate::gui::charts::charts_ui(ui, i18n, registry, journey, screen.filter.as_deref());
    for link in &links {
        let name = registry.name(&link.activity, i18n);
        let date = words::date(link.date.date_naive());
        crate::gui::theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!(
                    "{date} · {name} ({})",
                    i18n.tr(match link.mode {
                        sessions::Mode::Collective => "mode-collective",
                        sessions::Mode::OneToOne => "mode-one-to-one",
                    })
                ));
                let open = ui.small_button(i18n.tr("journey-open-record"));
                atelier_plugin_api::label_widget(
                    ui,
                    &open,
                    &i18n.tr_args(
                        "journey-open-record-label",
                        &[
                            ("date", date.as_str().into()),
                            ("activity", name.as_str().into()),
                        ],
                    ),
                );
                if open.clicked() {
                    *go = Go::Record(link.session.clone());
                }
                let print = ui.small_button(i18n.tr("journey-session-document"));
                atelier_plugin_api::label_widget(
                    ui,
                    &print,
                    &i18n.tr_args(
                        "journey-session-document-label",
                        &[("date", date.as_str().into())],
                    ),
                );
                if print.clicked() {
                    *go = Go::Document(Some(link.session.clone()));
                }
            });
            // In the reader's language when the activity said it in both.
            match link.takeaway_for(i18n.locale().code()) {
                Some(takeaway) => {
                    ui.add(egui::Label::new(takeaway).wrap());
                }
                None => {
                    ui.weak(i18n.tr("journey-no-takeaway"));
                }
            }
        });
    }
}

/// What each activity keeps for the person across sessions (a tracked behaviour…), shown by
/// the activity itself; a failure there is contained and said.
fn activity_data_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    registry: &crate::plugins::ActivityRegistry,
    journey: &Journey,
    filter: Option<&str>,
) {
    let locale = i18n.locale();
    for (id, data) in &journey.activity_data {
        if filter.is_some_and(|f| f != id) {
            continue;
        }
        let Some(activity) = registry.get(id) else {
            continue;
        };
        if activity.activity.has_journey_view() != Ok(true) {
            continue;
        }
        let name = activity.descriptor.name.get(locale);
        crate::gui::theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(i18n.tr_args(
                "journey-activity-data",
                &[
                    ("activity", name.into()),
                    ("date", words::date(data.updated.date_naive()).into()),
                ],
            ));
            crate::plugins::prepare_ui_for_plugin(ui.ctx());
            // A wide view scrolls inside its frame instead of widening the column.
            egui::ScrollArea::horizontal()
                .id_salt(("journey-activity", id))
                .show(ui, |ui| {
                    if let Err(error) = activity.activity.journey_ui(ui, &data.ron, locale) {
                        crate::session::crashed_ui(ui, i18n, name, &error);
                    }
                });
        });
    }
}
