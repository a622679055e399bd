//! The home screen: participants (search, status filter, last contact), recent sessions,
//! drafts to resume, and the two ways to start.

use sessions::{Journey, Status};

use super::ctx::Ctx;
use super::intent::Intent;
use super::{AtelierApp, setup};

/// Which participants the list shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StatusFilter {
    /// Active and on hold.
    #[default]
    Current,
    /// Active only.
    Active,
    /// On hold only.
    OnHold,
    /// Exited only.
    Exited,
    /// Everyone.
    All,
}

impl StatusFilter {
    fn keeps(self, journey: &Journey) -> bool {
        let status = journey.status();
        match self {
            Self::Current => !matches!(status, Status::Exited { .. }),
            Self::Active => matches!(status, Status::Active),
            Self::OnHold => matches!(status, Status::OnHold { .. }),
            Self::Exited => matches!(status, Status::Exited { .. }),
            Self::All => true,
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Self::Current => "filter-current",
            Self::Active => "filter-active",
            Self::OnHold => "filter-on-hold",
            Self::Exited => "filter-exited",
            Self::All => "filter-all",
        }
    }
}

impl AtelierApp {
    pub(super) fn home_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if ui.button(self.i18n.tr("home-new-collective")).clicked() {
                self.apply(Intent::Setup(Box::new(setup::SetupState::new(
                    sessions::Mode::Collective,
                    &self.settings.facilitator,
                ))));
            }
            if ui.button(self.i18n.tr("home-new-one-to-one")).clicked() {
                self.apply(Intent::Setup(Box::new(setup::SetupState::new(
                    sessions::Mode::OneToOne,
                    &self.settings.facilitator,
                ))));
            }
        });
        for error in &self.home.errors {
            ui.colored_label(
                ui.visuals().error_fg_color,
                crate::messages::store_error(&self.i18n, error),
            );
        }
        self.drafts_ui(ui);
        ui.add_space(12.0);
        self.participants_ui(ui);
        ui.add_space(12.0);
        self.recent_ui(ui);
    }

    fn drafts_ui(&mut self, ui: &mut egui::Ui) {
        if self.home.drafts.is_empty() {
            return;
        }
        ui.heading(self.i18n.tr("home-drafts"));
        let mut resume = None;
        let mut discard = None;
        for draft in &self.home.drafts {
            ui.horizontal(|ui| {
                let name = self.registry.name(&draft.activity.id, &self.i18n);
                let who: Vec<&str> = draft
                    .participants
                    .iter()
                    .map(|p| p.display_name.as_str())
                    .collect();
                ui.label(self.i18n.tr_args(
                    "home-draft-line",
                    &[
                        ("activity", name.into()),
                        (
                            "date",
                            draft.saved_at.format("%d/%m/%Y %H:%M").to_string().into(),
                        ),
                        ("who", who.join(", ").into()),
                    ],
                ));
                if ui.button(self.i18n.tr("home-draft-resume")).clicked() {
                    resume = Some(draft.clone());
                }
                if ui.button(self.i18n.tr("home-draft-discard")).clicked() {
                    discard = Some(draft.id.clone());
                }
            });
        }
        if let Some(draft) = resume {
            self.resume_draft(&draft);
        }
        if let (Some(id), Some(store)) = (discard, &self.store) {
            if let Err(error) = store.discard_draft(&id) {
                self.warn(crate::messages::store_error(&self.i18n, &error));
            }
            self.refresh_home();
        }
    }

    fn participants_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading(self.i18n.tr("home-participants"));
        ui.horizontal(|ui| {
            let label = ui.label(self.i18n.tr("home-search"));
            ui.text_edit_singleline(&mut self.search)
                .labelled_by(label.id);
            let label = ui.label(self.i18n.tr("home-status"));
            egui::ComboBox::from_id_salt("status-filter")
                .selected_text(self.i18n.tr(self.status_filter.message_id()))
                .show_ui(ui, |ui| {
                    for filter in [
                        StatusFilter::Current,
                        StatusFilter::Active,
                        StatusFilter::OnHold,
                        StatusFilter::Exited,
                        StatusFilter::All,
                    ] {
                        ui.selectable_value(
                            &mut self.status_filter,
                            filter,
                            self.i18n.tr(filter.message_id()),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
        });
        let needle = self.search.trim().to_lowercase();
        let shown: Vec<&Journey> = self
            .home
            .journeys
            .iter()
            .map(|j| &j.value)
            .filter(|j| self.status_filter.keeps(j))
            .filter(|j| needle.is_empty() || j.display_name.to_lowercase().contains(&needle))
            .collect();
        if shown.is_empty() {
            ui.label(self.i18n.tr("home-no-participants"));
            return;
        }
        let mut start_for = None;
        let mut open = None;
        let now = self.now();
        egui::Grid::new("participants")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                ui.strong(self.i18n.tr("home-col-name"));
                ui.strong(self.i18n.tr("home-col-status"));
                ui.strong(self.i18n.tr("home-col-last-contact"));
                ui.label("");
                ui.end_row();
                for journey in shown {
                    let shown = crate::words::short(&journey.display_name, 48);
                    let mut name = ui.link(shown.as_ref());
                    if shown.len() != journey.display_name.len() {
                        name = name.on_hover_text(&journey.display_name);
                    }
                    atelier_plugin_api::label_widget(
                        ui,
                        &name,
                        &self.i18n.tr_args(
                            "home-open-journey",
                            &[("name", journey.display_name.as_str().into())],
                        ),
                    );
                    if name.clicked() {
                        open = Some(journey.id.clone());
                    }
                    ui.label(crate::words::status(&self.i18n, journey.status()));
                    ui.horizontal(|ui| {
                        ui.label(
                            journey
                                .last_contact()
                                .map_or_else(|| self.i18n.tr("home-never"), crate::words::date),
                        );
                        if journey.contact_check(now).overdue {
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                self.i18n.tr("home-overdue"),
                            );
                        }
                    });
                    let button = ui.button(self.i18n.tr("home-start-one-to-one"));
                    let label = self.i18n.tr_args(
                        "home-start-one-to-one-for",
                        &[("name", journey.display_name.as_str().into())],
                    );
                    atelier_plugin_api::label_widget(ui, &button, &label);
                    if button.clicked() {
                        start_for = Some(journey.id.clone());
                    }
                    ui.end_row();
                }
            });
        if let Some(id) = open {
            self.open_journey(&id);
            return;
        }
        if let Some(id) = start_for {
            let mut state =
                setup::SetupState::new(sessions::Mode::OneToOne, &self.settings.facilitator);
            state.select(id);
            self.apply(Intent::Setup(Box::new(state)));
        }
    }

    fn recent_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading(self.i18n.tr("home-recent"));
        if self.home.record_count > self.home.recent_records.len()
            && ui
                .button(self.i18n.tr_args(
                    "home-all-sessions",
                    &[("count", self.home.record_count.into())],
                ))
                .clicked()
        {
            self.open_sessions_page(0);
        }
        if self.home.recent_records.is_empty() {
            ui.label(self.i18n.tr("home-no-sessions"));
            return;
        }
        let mut open = None;
        for record in &self.home.recent_records {
            if ui.link(self.ctx().record_line(record)).clicked() {
                open = Some(record.clone());
            }
        }
        if let Some(record) = open {
            self.apply(Intent::Record {
                record: Box::new(record),
                back: None,
            });
        }
    }
}

/// Records shown per page of the "all sessions" screen.
const PAGE: usize = 50;

/// One page of the list of every record, newest first.
#[derive(Debug, Default)]
pub struct SessionsPage {
    page: usize,
    pages: usize,
    records: Vec<sessions::SessionRecord>,
    errors: Vec<String>,
}

impl SessionsPage {
    /// Draws one page; the page buttons and the records say where to go.
    pub(crate) fn ui(&self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        ui.heading(i18n.tr("sessions-title"));
        let mut go = None;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(self.page > 0, egui::Button::new(i18n.tr("sessions-newer")))
                .clicked()
            {
                go = Some(Intent::SessionsPage(self.page.saturating_sub(1)));
            }
            ui.label(i18n.tr_args(
                "sessions-page",
                &[
                    ("page", (self.page + 1).into()),
                    ("pages", self.pages.into()),
                ],
            ));
            if ui
                .add_enabled(
                    self.page + 1 < self.pages,
                    egui::Button::new(i18n.tr("sessions-older")),
                )
                .clicked()
            {
                go = Some(Intent::SessionsPage(self.page + 1));
            }
        });
        for error in &self.errors {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        for record in &self.records {
            if ui.link(ctx.record_line(record)).clicked() {
                go = Some(Intent::Record {
                    record: Box::new(record.clone()),
                    back: None,
                });
            }
        }
        go
    }
}

impl AtelierApp {
    /// Reads one page of every record (the store is read here, not by the screen).
    pub(super) fn open_sessions_page(&mut self, page: usize) {
        let Some(store) = &self.store else { return };
        let listed = store.list_records();
        let pages = listed.items.len().div_ceil(PAGE).max(1);
        let page = page.min(pages - 1);
        let mut state = SessionsPage {
            page,
            pages,
            ..SessionsPage::default()
        };
        for (_, path) in listed.items.iter().skip(page * PAGE).take(PAGE) {
            match store.load_record_at(path) {
                Ok(record) => state.records.push(record),
                Err(error) => state
                    .errors
                    .push(crate::messages::store_error(&self.i18n, &error)),
            }
        }
        self.apply(Intent::Sessions(Box::new(state)));
    }
}
