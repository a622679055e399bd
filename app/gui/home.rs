//! The home screen: participants (search, status filter, last contact), recent sessions,
//! drafts to resume, and the two ways to start.

use chrono::Datelike as _;
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
            for (mode, id, icon) in [
                (
                    sessions::Mode::Collective,
                    "home-new-collective",
                    crate::gui::theme::icons::ICON_GROUPS,
                ),
                (
                    sessions::Mode::OneToOne,
                    "home-new-one-to-one",
                    crate::gui::theme::icons::ICON_PERSON,
                ),
            ] {
                if crate::gui::theme::icon_button(ui, icon, &i18n.tr(id)).clicked() {
                    go = Some(Intent::Setup(Box::new(setup::SetupState::new(
                        mode,
                        ctx.facilitator,
                        ctx.place,
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
        ui.add_space(crate::gui::theme::space::ITEM);
        // What to do today beside the people: nothing the advisor needs is below the fold.
        let (mut participants, mut today, mut recent) = (None, None, None);
        if ui.available_width() < 900.0 {
            // A narrow window (large text): one column, nothing cut.
            participants = self.participants_ui(ui, ctx);
            ui.add_space(crate::gui::theme::space::GROUP);
            crate::gui::theme::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                today = today_ui(ui, ctx);
            });
            ui.add_space(crate::gui::theme::space::GROUP);
            recent = recent_ui(ui, ctx);
            return go.or(today).or(participants).or(recent);
        }
        let left_width = (ui.available_width() * 0.62).max(560.0);
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(left_width, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.set_width(left_width);
                    participants = self.participants_ui(ui, ctx);
                    ui.add_space(crate::gui::theme::space::GROUP);
                    recent = recent_ui(ui, ctx);
                },
            );
            ui.add_space(crate::gui::theme::space::SECTION);
            ui.vertical(|ui| {
                crate::gui::theme::card(ui).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    today = today_ui(ui, ctx);
                });
            });
        });
        go.or(today).or(participants).or(recent)
    }

    fn participants_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        ui.heading(i18n.tr("home-participants"));
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("home-search"));
            ui.text_edit_singleline(&mut self.search)
                .labelled_by(label.id);
            let label = ui.label(i18n.tr("home-status"));
            atelier_plugin_api::combo_box(
                ui,
                "status-filter",
                i18n.tr(self.status_filter.message_id()),
                |ui| {
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
                },
            )
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
        // Name, status, last contact, then the button, on one line when they fit their
        // longest words (measured in the window's own text); on two when the window is narrow
        // for its text (large text): the name and the button, then the status and the
        // contact. Nothing is cut.
        let layout = RowLayout::measure(ui, i18n);
        let row = |ui: &mut egui::Ui, cells: &mut dyn FnMut(&mut egui::Ui, usize)| {
            let cell =
                |ui: &mut egui::Ui, width: f32, cells: &mut dyn FnMut(&mut egui::Ui, usize), i| {
                    // Exactly this wide, so the columns line up from row to row.
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(width, ROW_HEIGHT), egui::Sense::hover());
                    let mut cell = ui.new_child(
                        egui::UiBuilder::new()
                            .max_rect(rect)
                            .layout(egui::Layout::left_to_right(egui::Align::Center)),
                    );
                    cell.set_clip_rect(rect.intersect(cell.clip_rect()));
                    cells(&mut cell, i);
                };
            ui.vertical(|ui| {
                ui.spacing_mut().item_spacing.y = 0.0;
                for line in layout.lines() {
                    ui.horizontal(|ui| {
                        for &(i, width) in line {
                            if i == 3 {
                                cells(ui, 3);
                            } else {
                                cell(ui, width, cells, i);
                            }
                        }
                    });
                }
            });
        };
        row(ui, &mut |ui, column| {
            if let Some(id) =
                ["home-col-name", "home-col-status", "home-col-last-contact"].get(column)
            {
                ui.strong(i18n.tr(id));
            }
        });
        // Only the rows in view are built: a thousand people scroll as smoothly as ten.
        let height = ROW_HEIGHT * layout.lines().len() as f32;
        let row_step = height + ui.spacing().item_spacing.y;
        let visible = (shown.len() as f32).min(PARTICIPANT_ROWS);
        egui::ScrollArea::vertical()
            .id_salt("participants")
            .min_scrolled_height(visible * row_step)
            .max_height(PARTICIPANT_ROWS * row_step)
            .auto_shrink([false, true])
            .show_rows(ui, height, shown.len(), |ui, range| {
                for journey in shown.get(range).unwrap_or_default() {
                    row(ui, &mut |ui, column| match column {
                        0 => {
                            initials_ui(ui, &journey.display_name);
                            let short = crate::words::short(&journey.display_name, 24);
                            let mut name = ui.link(short.as_ref());
                            if short.len() != journey.display_name.len() {
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
                        }
                        1 => {
                            ui.label(crate::words::status(i18n, journey.status()));
                        }
                        // Without the database, the journeys' contacts are not known here.
                        2 if ctx.home.roster_of.is_some() => {
                            ui.label(i18n.tr("home-contact-unknown"));
                        }
                        2 => {
                            ui.label(
                                journey
                                    .last_contact()
                                    .map_or_else(|| i18n.tr("home-never"), crate::words::date),
                            );
                            if journey.contact_check(ctx.now).overdue {
                                ui.colored_label(
                                    ui.visuals().warn_fg_color,
                                    i18n.tr("home-overdue"),
                                );
                            }
                        }
                        _ => {
                            let button = ui.button(i18n.tr("home-start-one-to-one"));
                            let label = i18n.tr_args(
                                "home-start-one-to-one-for",
                                &[("name", journey.display_name.as_str().into())],
                            );
                            atelier_plugin_api::label_widget(ui, &button, &label);
                            if button.clicked() {
                                let mut state = setup::SetupState::new(
                                    sessions::Mode::OneToOne,
                                    ctx.facilitator,
                                    ctx.place,
                                );
                                state.select(journey.id.clone());
                                go = Some(Intent::Setup(Box::new(state)));
                            }
                        }
                    });
                }
            });
        go
    }
}

/// Height of a participant's row.
const ROW_HEIGHT: f32 = 30.0;

/// How Home's participant rows are laid out in this window: each line of a row, with each
/// cell's column (0 name, 1 status, 2 last contact, 3 the button) and width.
struct RowLayout {
    lines: Vec<Vec<(usize, f32)>>,
}

impl RowLayout {
    /// Measures the longest words each column shows at the window's text size.
    fn measure(ui: &egui::Ui, i18n: &crate::i18n::I18n) -> Self {
        Self::fit(ui, &Self::needs(ui, i18n), ui.available_width())
    }

    /// What each column needs, by column: the name, the status, the last contact, the button.
    fn needs(ui: &egui::Ui, i18n: &crate::i18n::I18n) -> [f32; 4] {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let width = |text: &str| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
        };
        let gap = ui.spacing().item_spacing.x;
        let date = "00/00/0000";
        [
            26.0 + gap + width("Marie-Christine"),
            width(&i18n.tr_args("status-on-hold", &[("date", date.into())])),
            width(date) + gap + width(&i18n.tr("home-overdue")),
            width(&i18n.tr("home-start-one-to-one")) + 2.0 * ui.spacing().button_padding.x,
        ]
    }

    /// The lines of a row `room` wide, the row putting `gap` between its cells.
    fn fit(ui: &egui::Ui, needs: &[f32; 4], room: f32) -> Self {
        let gap = ui.spacing().item_spacing.x;
        let [name, status, contact, button] = *needs;
        let one_line = room - 3.0 * gap;
        let lines = if name + status + contact + button <= one_line {
            // One line: what is left goes to the three columns alike.
            let share = (one_line - name - status - contact - button) / 3.0;
            vec![vec![
                (0, name + share),
                (1, status + share),
                (2, contact + share),
                (3, button),
            ]]
        } else {
            let half = (room - gap) * 0.5;
            vec![
                vec![(0, (room - gap - button).max(0.0)), (3, button)],
                vec![
                    (1, half.max(status.min(room))),
                    (2, half.min(contact.max(half))),
                ],
            ]
        };
        Self { lines }
    }

    fn lines(&self) -> &[Vec<(usize, f32)>] {
        &self.lines
    }
}
/// How many rows the list shows before it scrolls.
const PARTICIPANT_ROWS: f32 = 14.0;

/// A round badge with the person's initials, in a calm colour of their own (white text at
/// 4.5:1 or more on each).
fn initials_ui(ui: &mut egui::Ui, name: &str) {
    const COLOURS: [egui::Color32; 6] = [
        egui::Color32::from_rgb(0x2f, 0x5d, 0x8a),
        egui::Color32::from_rgb(0x3b, 0x6e, 0x4f),
        egui::Color32::from_rgb(0x7a, 0x4a, 0x7f),
        egui::Color32::from_rgb(0x8a, 0x4b, 0x2f),
        egui::Color32::from_rgb(0x2f, 0x6b, 0x73),
        egui::Color32::from_rgb(0x5a, 0x5a, 0x7a),
    ];
    let initials: String = name
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .flat_map(char::to_uppercase)
        .take(2)
        .collect();
    let colour = COLOURS[name.chars().map(u32::from).sum::<u32>() as usize % COLOURS.len()];
    let (rect, _) = ui.allocate_exact_size(egui::vec2(26.0, 26.0), egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), 13.0, colour);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        initials,
        egui::FontId::proportional(12.0),
        egui::Color32::WHITE,
    );
}

/// What to do today: sessions to resume, people to contact again, stage reviews due, and this
/// week's sessions; or a calm line when nothing is pressing.
fn today_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
    let i18n = ctx.i18n;
    let today = ctx.now.date_naive();
    ui.heading(i18n.tr("home-today"));
    let mut go = drafts_ui(ui, ctx);
    if ctx.home.roster_of.is_some() {
        // The reminders come from the journeys, which are not on this computer.
        ui.label(i18n.tr("home-today-offline"));
        return go;
    }
    let mut due: Vec<(&Journey, sessions::ContactCheck)> = ctx
        .home
        .journeys
        .iter()
        .map(|j| (&j.value, j.value.contact_check(ctx.now)))
        .filter(|(_, check)| check.overdue)
        .collect();
    // Most overdue first; no name copied to sort (Home draws this every frame).
    due.sort_by(|(a, a_check), (b, b_check)| {
        b_check
            .days_since
            .cmp(&a_check.days_since)
            .then_with(|| a.display_name.cmp(&b.display_name))
    });
    let mut reviews: Vec<(&Journey, usize, &sessions::Stage)> = ctx
        .home
        .journeys
        .iter()
        .map(|j| &j.value)
        .filter(|j| matches!(j.status(), Status::Active))
        .flat_map(|j| {
            j.stages
                .iter()
                .enumerate()
                .filter(|(_, s)| {
                    s.review.is_none() && s.planned_end.is_some_and(|end| end <= today)
                })
                .map(move |(i, s)| (j, i, s))
        })
        .collect();
    // The latest first: the one planned longest ago.
    reviews.sort_by_key(|(_, _, stage)| stage.planned_end);
    let mut follow_ups: Vec<(&Journey, &sessions::FollowUpItem)> = ctx
        .home
        .journeys
        .iter()
        .map(|j| &j.value)
        .filter(|j| !matches!(j.status(), Status::Exited { .. }))
        .flat_map(|j| {
            j.follow_ups
                .iter()
                .filter(|f| f.done.is_none() && f.due <= today)
                .map(move |f| (j, f))
        })
        .collect();
    follow_ups.sort_by_key(|(_, f)| f.due);
    let monday = today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let week: Vec<&sessions::SessionRecord> = ctx
        .home
        .recent_records
        .iter()
        .filter(|r| r.start.date_naive() >= monday)
        .collect();
    if ctx.home.drafts.is_empty()
        && due.is_empty()
        && reviews.is_empty()
        && follow_ups.is_empty()
        && week.is_empty()
    {
        ui.label(i18n.tr("home-today-nothing"));
        return go;
    }
    // Each line opens the journey on what is to do (the contact form, the review): one click.
    let mut open = |ui: &mut egui::Ui,
                    journey: &Journey,
                    text: String,
                    label: String,
                    start: Option<super::journey::Start>| {
        // Not `horizontal_wrapped`: there, egui makes each wrapped row of a link a control of
        // its own, unnamed (a screen reader and Tab meet it twice). In a column of its own
        // beside the initials, the link wraps as one control.
        ui.horizontal(|ui| {
            initials_ui(ui, &journey.display_name);
            let link = ui.vertical(|ui| ui.link(text)).inner;
            atelier_plugin_api::label_widget(ui, &link, &label);
            if link.clicked() {
                let id = journey.id.clone();
                go = Some(match start {
                    Some(start) => Intent::JourneyTo(id, start),
                    None => Intent::Journey(id),
                });
            }
        });
    };
    if !due.is_empty() {
        ui.add_space(crate::gui::theme::space::ITEM);
        ui.strong(i18n.tr_args("home-today-contacts", &[("count", due.len().into())]));
        for (journey, check) in due.iter().take(8) {
            let text = i18n.tr_args(
                "home-today-contact-line",
                &[
                    ("name", journey.display_name.as_str().into()),
                    (
                        "days",
                        usize::try_from(check.days_since).unwrap_or(0).into(),
                    ),
                ],
            );
            let label = i18n.tr_args(
                "home-today-contact-open",
                &[("name", journey.display_name.as_str().into())],
            );
            open(
                ui,
                journey,
                text,
                label,
                Some(super::journey::Start::Contact),
            );
        }
        if due.len() > 8 {
            ui.weak(i18n.tr_args("home-today-more", &[("count", (due.len() - 8).into())]));
        }
    }
    if !follow_ups.is_empty() {
        ui.add_space(crate::gui::theme::space::ITEM);
        ui.strong(i18n.tr_args(
            "home-today-follow-ups",
            &[("count", follow_ups.len().into())],
        ));
        for (journey, item) in follow_ups.iter().take(8) {
            let text = i18n.tr_args(
                "home-today-follow-up-line",
                &[
                    ("name", journey.display_name.as_str().into()),
                    ("text", item.text.as_str().into()),
                    (
                        "late",
                        usize::try_from((today - item.due).num_days().max(0))
                            .unwrap_or(0)
                            .into(),
                    ),
                ],
            );
            let label = i18n.tr_args(
                "home-today-follow-up-open",
                &[("name", journey.display_name.as_str().into())],
            );
            open(ui, journey, text, label, None);
        }
        if follow_ups.len() > 8 {
            ui.weak(i18n.tr_args(
                "home-today-more",
                &[("count", (follow_ups.len() - 8).into())],
            ));
        }
    }
    if !reviews.is_empty() {
        ui.add_space(crate::gui::theme::space::ITEM);
        ui.strong(i18n.tr_args("home-today-reviews", &[("count", reviews.len().into())]));
        for (journey, index, stage) in reviews.iter().take(8) {
            let text = i18n.tr_args(
                "home-today-review-line",
                &[
                    ("name", journey.display_name.as_str().into()),
                    (
                        "date",
                        stage
                            .planned_end
                            .map_or_else(String::new, crate::words::date)
                            .into(),
                    ),
                    (
                        "late",
                        usize::try_from(
                            stage
                                .planned_end
                                .map_or(0, |end| (today - end).num_days().max(0)),
                        )
                        .unwrap_or(0)
                        .into(),
                    ),
                ],
            );
            let label = i18n.tr_args(
                "home-today-review-open",
                &[
                    ("name", journey.display_name.as_str().into()),
                    ("stage", stage.title.as_str().into()),
                ],
            );
            open(
                ui,
                journey,
                text,
                label,
                Some(super::journey::Start::Review(*index)),
            );
        }
        if reviews.len() > 8 {
            ui.weak(i18n.tr_args("home-today-more", &[("count", (reviews.len() - 8).into())]));
        }
    }
    if !week.is_empty() {
        ui.add_space(crate::gui::theme::space::ITEM);
        let collective = week
            .iter()
            .filter(|r| r.mode == sessions::Mode::Collective)
            .count();
        ui.strong(i18n.tr("home-today-week"));
        ui.label(i18n.tr_args(
            "home-today-week-line",
            &[
                ("collective", collective.into()),
                ("one_to_one", (week.len() - collective).into()),
            ],
        ));
    }
    go
}

/// Sessions in progress, to resume or throw away.
fn drafts_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
    let i18n = ctx.i18n;
    if ctx.home.drafts.is_empty() {
        return None;
    }
    ui.strong(i18n.tr("home-drafts"));
    let mut go = None;
    for draft in &ctx.home.drafts {
        // The line, then its buttons under it: the column is narrow.
        ui.horizontal_wrapped(|ui| {
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
            if crate::gui::theme::icon_button(
                ui,
                crate::gui::theme::icons::ICON_PLAY_ARROW,
                &i18n.tr("home-draft-resume"),
            )
            .clicked()
            {
                go = Some(Intent::ResumeDraft(Box::new(draft.clone())));
            }
            if crate::gui::theme::icon_button(
                ui,
                crate::gui::theme::icons::ICON_DELETE,
                &i18n.tr("home-draft-discard"),
            )
            .clicked()
            {
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
        ui.label(i18n.tr(if ctx.home.roster_of.is_some() {
            "home-sessions-offline"
        } else {
            "home-no-sessions"
        }));
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

#[cfg(test)]
mod tests {
    use super::RowLayout;

    /// Each of Home's participant columns gets what its longest words need, at every text
    /// size of the settings, in a 1280-pixel-wide window, in both languages.
    #[test]
    fn the_participants_columns_never_cut_their_words() {
        for locale in [crate::i18n::Locale::Fr, crate::i18n::Locale::En] {
            let i18n = crate::i18n::load(locale);
            for scale in [1.0_f32, 1.25, 1.5, 1.75, 2.0] {
                let ctx = egui::Context::default();
                crate::gui::theme::ensure(&ctx, crate::gui::theme::AppTheme::Light);
                // Home's column: the window less the panel's margins.
                let room = 1280.0 / scale - 16.0;
                let mut checked = false;
                let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                    let needs = RowLayout::needs(ui, &i18n);
                    let layout = RowLayout::fit(ui, &needs, room);
                    for line in layout.lines() {
                        let gaps = ui.spacing().item_spacing.x * (line.len() - 1) as f32;
                        let used: f32 = line.iter().map(|(_, w)| w).sum::<f32>() + gaps;
                        assert!(used <= room + 0.5, "{locale:?} {scale}: {used} > {room}");
                        for &(column, width) in line {
                            assert!(
                                width + 0.5 >= needs[column],
                                "{locale:?} {scale}: column {column} {width} < {}",
                                needs[column]
                            );
                        }
                    }
                    checked = true;
                });
                output.textures_delta.clear();
                assert!(checked);
            }
        }
    }
}
