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

/// The home screen; what is typed in the search and the filter chosen stay while the app runs.
#[derive(Debug, Default)]
pub(crate) struct HomeScreen {
    search: String,
    status_filter: StatusFilter,
}

impl HomeScreen {
    /// Draws Home from what the data folder holds; every button says where to go.
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        if ctx.loading {
            // Nothing to choose from yet: a quiet line, the rest comes in a moment.
            ui.horizontal(|ui| {
                ui.spinner();
                ui.weak(i18n.tr_args("home-loading", &[("path", ctx.data_dir.into())]));
            });
            return None;
        }
        let mut go = None;
        ui.horizontal(|ui| {
            for (mode, id) in [
                (sessions::Mode::Collective, "home-new-collective"),
                (sessions::Mode::OneToOne, "home-new-one-to-one"),
            ] {
                if ui.button(i18n.tr(id)).clicked() {
                    go = Some(Intent::Setup(Box::new(setup::SetupState::new(
                        mode,
                        ctx.facilitator,
                    ))));
                }
            }
        });
        for error in &ctx.home.errors {
            ui.colored_label(
                ui.visuals().error_fg_color,
                crate::messages::store_error(i18n, error),
            );
        }
        let drafts = drafts_ui(ui, ctx);
        ui.add_space(12.0);
        let participants = self.participants_ui(ui, ctx);
        ui.add_space(12.0);
        let recent = recent_ui(ui, ctx);
        go.or(drafts).or(participants).or(recent)
    }

    fn participants_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        ui.heading(i18n.tr("home-participants"));
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("home-search"));
            ui.text_edit_singleline(&mut self.search)
                .labelled_by(label.id);
            let label = ui.label(i18n.tr("home-status"));
            egui::ComboBox::from_id_salt("status-filter")
                .selected_text(i18n.tr(self.status_filter.message_id()))
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
                            i18n.tr(filter.message_id()),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
        });
        let needle = self.search.trim().to_lowercase();
        let shown: Vec<&Journey> = ctx
            .home
            .journeys
            .iter()
            .map(|j| &j.value)
            .filter(|j| self.status_filter.keeps(j))
            .filter(|j| needle.is_empty() || j.display_name.to_lowercase().contains(&needle))
            .collect();
        if shown.is_empty() {
            ui.label(i18n.tr("home-no-participants"));
            return None;
        }
        let mut go = None;
        egui::Grid::new("participants")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                ui.strong(i18n.tr("home-col-name"));
                ui.strong(i18n.tr("home-col-status"));
                ui.strong(i18n.tr("home-col-last-contact"));
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
                        &i18n.tr_args(
                            "home-open-journey",
                            &[("name", journey.display_name.as_str().into())],
                        ),
                    );
                    if name.clicked() {
                        go = Some(Intent::Journey(journey.id.clone()));
                    }
                    ui.label(crate::words::status(i18n, journey.status()));
                    ui.horizontal(|ui| {
                        ui.label(
                            journey
                                .last_contact()
                                .map_or_else(|| i18n.tr("home-never"), crate::words::date),
                        );
                        if journey.contact_check(ctx.now).overdue {
                            ui.colored_label(ui.visuals().warn_fg_color, i18n.tr("home-overdue"));
                        }
                    });
                    let button = ui.button(i18n.tr("home-start-one-to-one"));
                    let label = i18n.tr_args(
                        "home-start-one-to-one-for",
                        &[("name", journey.display_name.as_str().into())],
                    );
                    atelier_plugin_api::label_widget(ui, &button, &label);
                    if button.clicked() {
                        let mut state =
                            setup::SetupState::new(sessions::Mode::OneToOne, ctx.facilitator);
                        state.select(journey.id.clone());
                        go = Some(Intent::Setup(Box::new(state)));
                    }
                    ui.end_row();
                }
            });
        go
    }
}

/// Sessions in progress, to resume or throw away.
fn drafts_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
    let i18n = ctx.i18n;
    if ctx.home.drafts.is_empty() {
        return None;
    }
    ui.heading(i18n.tr("home-drafts"));
    let mut go = None;
    for draft in &ctx.home.drafts {
        ui.horizontal(|ui| {
            let name = ctx.registry.name(&draft.activity.id, i18n);
            let who: Vec<&str> = draft
                .participants
                .iter()
                .map(|p| p.display_name.as_str())
                .collect();
            ui.label(i18n.tr_args(
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
            if ui.button(i18n.tr("home-draft-resume")).clicked() {
                go = Some(Intent::ResumeDraft(Box::new(draft.clone())));
            }
            if ui.button(i18n.tr("home-draft-discard")).clicked() {
                go = Some(Intent::DiscardDraft(draft.id.clone()));
            }
        });
    }
    go
}

/// The most recent records, and the way to every one.
fn recent_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
    let i18n = ctx.i18n;
    ui.heading(i18n.tr("home-recent"));
    let mut go = None;
    if ctx.home.record_count > ctx.home.recent_records.len()
        && ui
            .button(i18n.tr_args(
                "home-all-sessions",
                &[("count", ctx.home.record_count.into())],
            ))
            .clicked()
    {
        go = Some(Intent::SessionsPage(0));
    }
    if ctx.home.recent_records.is_empty() {
        ui.label(i18n.tr("home-no-sessions"));
        return go;
    }
    for record in &ctx.home.recent_records {
        if ui.link(ctx.record_line(record)).clicked() {
            go = Some(Intent::Record {
                record: Box::new(record.clone()),
                back: None,
            });
        }
    }
    go
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
