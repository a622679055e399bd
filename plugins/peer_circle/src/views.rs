//! The facilitator's views of a circle (setting it up, a round, the end with consent first)
//! and the round on the projector.

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{Rng, label_widget};

use crate::circle::{CircleState, NEAR_END};
use crate::model::{Phase, clock_text};

impl CircleState {
    pub(crate) fn setup_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        ui.heading(t.tr("theme-title"));
        ui.horizontal_wrapped(|ui| {
            for n in 1..=5 {
                let theme = t.tr(&format!("theme-{n}"));
                if ui
                    .selectable_label(self.saved.theme == theme, &theme)
                    .clicked()
                {
                    self.saved.theme = theme;
                }
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(t.tr("theme-custom"));
            ui.text_edit_singleline(&mut self.saved.theme)
                .labelled_by(label.id);
        });

        ui.add_space(8.0);
        ui.heading(t.tr("rules-title"));
        let mut remove = None;
        for (i, rule) in self.saved.rules.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                let response = ui.add(egui::TextEdit::singleline(rule).desired_width(500.0));
                label_widget(
                    ui,
                    &response,
                    &t.tr_args("rule-label", &[("n", (i + 1).into())]),
                );
                let button = ui.small_button("×");
                label_widget(
                    ui,
                    &button,
                    &t.tr_args("rule-remove", &[("n", (i + 1).into())]),
                );
                if button.clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.saved.rules.remove(i);
        }
        ui.horizontal(|ui| {
            let response = ui.text_edit_singleline(&mut self.new_rule);
            label_widget(ui, &response, &t.tr("rule-new"));
            let rule = self.new_rule.trim().to_owned();
            if ui
                .add_enabled(!rule.is_empty(), egui::Button::new(t.tr("rule-add")))
                .clicked()
            {
                self.saved.rules.push(rule);
                self.new_rule.clear();
            }
        });

        ui.add_space(8.0);
        ui.heading(t.tr("order-title"));
        ui.label(t.tr("order-seated"));
        let mut swap = None;
        let count = self.saved.order.len();
        for (i, id) in self.saved.order.iter().enumerate() {
            let name = self.name(id);
            ui.horizontal(|ui| {
                ui.label(format!("{}. {name}", i + 1));
                let up = ui.add_enabled(i > 0, egui::Button::new(t.tr("earlier")).small());
                label_widget(
                    ui,
                    &up,
                    &t.tr_args("move-up", &[("name", name.as_str().into())]),
                );
                if up.clicked() {
                    swap = Some((i, i - 1));
                }
                let down = ui.add_enabled(i + 1 < count, egui::Button::new(t.tr("later")).small());
                label_widget(
                    ui,
                    &down,
                    &t.tr_args("move-down", &[("name", name.as_str().into())]),
                );
                if down.clicked() {
                    swap = Some((i, i + 1));
                }
            });
        }
        if let Some((a, b)) = swap {
            self.saved.order.swap(a, b);
        }
        if ui.button(t.tr("shuffle")).clicked() {
            let mut rng = Rng::new(self.saved.seed);
            rng.shuffle(&mut self.saved.order);
            self.saved.seed = rng.next_u64();
        }

        ui.add_space(8.0);
        let mut minutes = self.saved.seconds_per_speaker / 60;
        ui.add(egui::Slider::new(&mut minutes, 1..=10).text(t.tr("minutes-label")));
        self.saved.seconds_per_speaker = minutes * 60;
        ui.add(egui::Slider::new(&mut self.saved.rounds, 1..=4).text(t.tr("rounds-label")));
        ui.checkbox(&mut self.saved.echo_round, t.tr("echo-round"));
        ui.add_space(8.0);
        if ui
            .add_enabled(
                !self.saved.theme.trim().is_empty(),
                egui::Button::new(t.tr("start-rules")),
            )
            .clicked()
        {
            self.saved.phase = Phase::Rules;
        }
    }

    /// The round on the projector: whose turn it is, large; who is next; the time left; the
    /// rules on a card in the corner.
    pub(crate) fn projector_round_ui(&self, ui: &mut egui::Ui) {
        let body = ui.text_style_height(&egui::TextStyle::Body);
        let card_width = (ui.available_width() * 0.3).max(220.0);
        ui.horizontal_top(|ui| {
            let main_width = (ui.available_width() - card_width - body).max(200.0);
            ui.vertical(|ui| {
                ui.set_width(main_width);
                ui.label(RichText::new(&self.saved.theme).size(body * 1.1));
                ui.label(self.round_title());
                if self.is_echo_round() {
                    ui.label(RichText::new(self.texts.tr("echo-explained")).italics());
                }
                ui.add_space(body);
                let speaker = self
                    .saved
                    .queue
                    .first()
                    .and_then(|id| self.projector_name(id));
                match speaker {
                    Some(name) => {
                        ui.label(self.texts.tr("turn-of"));
                        ui.label(RichText::new(name).size(body * 2.6).strong());
                    }
                    None => {
                        ui.label(
                            RichText::new(self.texts.tr("your-turn"))
                                .size(body * 2.6)
                                .strong(),
                        );
                    }
                }
                let remaining = self.remaining();
                // A calm cue near the end: the numbers turn warm; no sound, no flashing.
                let colour = if remaining <= NEAR_END {
                    // The host's projector palette makes this warm and still 7:1.
                    ui.visuals().warn_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.label(
                    RichText::new(clock_text(remaining))
                        .size(body * 3.2)
                        .color(colour),
                );
                if self.saved.timer.running_since.is_none() {
                    ui.label(self.texts.tr("paused"));
                }
                if let Some(next) = self.saved.queue.get(1) {
                    let next = self
                        .projector_name(next)
                        .unwrap_or_else(|| self.texts.tr("next-someone"));
                    ui.add_space(body * 0.5);
                    ui.label(self.texts.tr_args("then", &[("name", next.into())]));
                }
            });
            ui.add_space(body);
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::same(12))
                .show(ui, |ui| {
                    // One rule under the other, wrapped to the card (the row is horizontal).
                    ui.vertical(|ui| {
                        ui.set_width((ui.available_width() - 4.0).min(card_width));
                        let small = body * 0.7;
                        ui.label(
                            RichText::new(self.texts.tr("rules-title"))
                                .size(small)
                                .strong(),
                        );
                        for rule in &self.saved.rules {
                            ui.add(
                                egui::Label::new(RichText::new(format!("• {rule}")).size(small))
                                    .wrap(),
                            );
                        }
                    });
                });
        });
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(500));
    }

    pub(crate) fn round_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        ui.heading(format!("{} — {}", self.saved.theme, self.round_title()));
        let Some(current) = self.saved.queue.first().cloned() else {
            return;
        };
        let name = self.name(&current);
        ui.label(
            RichText::new(t.tr_args("now-speaking", &[("name", name.as_str().into())]))
                .size(22.0)
                .strong(),
        );
        let remaining = self.remaining();
        if remaining > 0 {
            ui.label(
                RichText::new(t.tr_args("time-left", &[("time", clock_text(remaining).into())]))
                    .size(22.0),
            );
        } else {
            ui.label(t.tr("time-up"));
        }
        let paused = self.saved.timer.running_since.is_none();
        if paused {
            ui.label(t.tr("paused"));
        }
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(t.tr(if paused { "resume" } else { "pause" }))
                .clicked()
            {
                self.toggle_pause();
            }
            if ui.button(t.tr("extend")).clicked() {
                self.saved.timer.extra += 60;
            }
            if ui
                .button(t.tr_args("pass", &[("name", name.as_str().into())]))
                .clicked()
            {
                self.pass();
            }
            if ui.button(t.tr("next-speaker")).clicked() {
                self.next_speaker();
            }
            if ui.button(t.tr("close-round")).clicked() {
                self.close_round();
            }
        });
        ui.add_space(8.0);
        let spoke: Vec<String> = self.saved.spoke.last().cloned().unwrap_or_default();
        let mut bring_back = None;
        for id in &self.saved.order {
            let who = self.name(id);
            let status = if Some(id) == self.saved.queue.first() {
                "status-speaking"
            } else if spoke.contains(id) {
                "status-spoke"
            } else if self.saved.passed.contains(id) {
                "status-passed"
            } else {
                "status-waiting"
            };
            ui.horizontal(|ui| {
                ui.label(format!("{who} — {}", t.tr(status)));
                if status == "status-passed"
                    && ui
                        .small_button(t.tr_args("come-back", &[("name", who.as_str().into())]))
                        .clicked()
                {
                    bring_back = Some(id.clone());
                }
            });
        }
        if let Some(id) = bring_back {
            self.come_back(&id);
        }
        ui.add_space(8.0);
        let notes = self.saved.notes.entry(current).or_default();
        let label = ui.label(
            RichText::new(t.tr_args("notes-label", &[("name", name.as_str().into())])).strong(),
        );
        ui.weak(t.tr("notes-private"));
        ui.add(
            egui::TextEdit::multiline(notes)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        // The countdown moves by itself.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(500));
    }

    pub(crate) fn end_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.texts.clone();
        ui.heading(t.tr("end-title"));
        for (id, name, _) in self.people.clone() {
            ui.group(|ui| {
                ui.label(self.saved.spoke_summary(&t, &id, &name));
                // Consent first: a takeaway exists only once the person agreed it is noted,
                // and goes when they change their mind (never in a draft or record without).
                let mut agreed = self.saved.consent.contains(&id);
                if ui
                    .checkbox(
                        &mut agreed,
                        t.tr_args("takeaway-consent", &[("name", name.as_str().into())]),
                    )
                    .changed()
                {
                    if agreed {
                        self.saved.consent.insert(id.clone());
                    } else {
                        self.saved.consent.remove(&id);
                        self.saved.takeaways.remove(&id);
                    }
                }
                if agreed {
                    let takeaway = self.saved.takeaways.entry(id.clone()).or_default();
                    let label =
                        ui.label(t.tr_args("takeaway-label", &[("name", name.as_str().into())]));
                    ui.add(
                        egui::TextEdit::multiline(takeaway)
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id);
                } else {
                    ui.weak(t.tr("takeaway-needs-consent"));
                }
            });
        }
    }
}
