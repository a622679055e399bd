//! The facilitator's views of a circle (setting it up, a round, the end with consent first)
//! and the round on the projector.

use atelier_plugin_api::egui::{self, RichText};
use atelier_plugin_api::{Rng, french_spacing, label_widget};

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
    /// A round on the projector: who speaks, in large type, and who is next beside a ring of
    /// the circle's first names (the speaker filled, the next one outlined) around a ring
    /// timer that turns warm, gently, in the last seconds; the rules underneath.
    pub(crate) fn projector_round_ui(&self, ui: &mut egui::Ui) {
        let body = ui.text_style_height(&egui::TextStyle::Body);
        let area = ui.available_rect_before_wrap();
        let ring_width = area.width() * 0.55;
        let text_width = area.width() - ring_width - body;
        let ring_rect = egui::Rect::from_min_size(
            egui::pos2(area.right() - ring_width, area.top()),
            egui::vec2(ring_width, area.height()),
        );
        let speaker_id = self.saved.queue.first();
        let next_id = self.saved.queue.get(1);
        let mut left = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(egui::Rect::from_min_size(
                    area.min,
                    egui::vec2(text_width, area.height()),
                ))
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        left.add(
            egui::Label::new(RichText::new(french_spacing(&self.saved.theme)).size(body * 1.1))
                .wrap(),
        );
        left.weak(self.round_title());
        if self.is_echo_round() {
            left.add(
                egui::Label::new(
                    RichText::new(french_spacing(&self.texts.tr("echo-explained"))).italics(),
                )
                .wrap(),
            );
        }
        left.add_space(body * 0.8);
        // The speaker's first name, or "À vous" for someone who keeps theirs off the screen.
        let big = if let Some(name) = speaker_id.and_then(|id| self.projector_name(id)) {
            left.label(self.texts.tr("turn-of"));
            name
        } else {
            self.texts.tr("your-turn")
        };
        let size = fitting_size(&left, &big, body * 2.6, text_width);
        left.label(RichText::new(big).size(size).strong());
        if self.saved.timer.running_since.is_none() {
            left.weak(self.texts.tr("paused"));
        }
        if let Some(next) = next_id {
            let next = self
                .projector_name(next)
                .unwrap_or_else(|| self.texts.tr("next-someone"));
            left.add_space(body * 0.3);
            left.label(self.texts.tr_args("then", &[("name", next.into())]));
        }
        // The rules under it, as large as the room left allows; left out when even small
        // type cannot hold them (they had the screen to themselves before the first round).
        let room = left.available_height() - body;
        let rules_height = |size: f32| {
            let height = |text: String| {
                left.painter()
                    .layout(
                        text,
                        egui::FontId::proportional(size),
                        egui::Color32::WHITE,
                        text_width,
                    )
                    .size()
                    .y
                    + left.spacing().item_spacing.y
            };
            height(self.texts.tr("rules-title"))
                + self
                    .saved
                    .rules
                    .iter()
                    .map(|rule| height(format!("• {rule}")))
                    .sum::<f32>()
        };
        let small = [0.7, 0.6, 0.5]
            .into_iter()
            .map(|share| (body * share).max(16.0))
            .find(|size| rules_height(*size) <= room);
        if let Some(small) = small {
            left.add_space(body);
            left.label(
                RichText::new(self.texts.tr("rules-title"))
                    .size(small)
                    .strong(),
            );
            for rule in &self.saved.rules {
                left.add(
                    egui::Label::new(
                        RichText::new(french_spacing(&format!("• {rule}")).into_owned())
                            .size(small),
                    )
                    .wrap(),
                );
            }
        }
        self.ring_ui(ui, ring_rect, body);
        ui.allocate_rect(area, egui::Sense::hover());
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(500));
    }

    /// The ring of first names around the timer, in speaking order from the top, clockwise.
    fn ring_ui(&self, ui: &egui::Ui, rect: egui::Rect, body: f32) {
        let painter = ui.painter_at(rect);
        let visuals = ui.visuals();
        let (text, background) = (visuals.text_color(), visuals.panel_fill);
        let warm = visuals.warn_fg_color;
        let names: Vec<(&String, Option<String>)> = self
            .saved
            .order
            .iter()
            .map(|id| (id, self.projector_name(id)))
            .collect();
        let speaker = self.saved.queue.first();
        let next = self.saved.queue.get(1);
        let centre = rect.center();
        let count = names.len().max(1);
        // The names on an ellipse filling the area, as large as they can be without two pills
        // touching (smaller for a big group, never under 16 points).
        let place = |name_size: f32| {
            let widest = names
                .iter()
                .filter_map(|(_, name)| name.as_ref())
                .map(|name| {
                    painter
                        .layout_no_wrap(name.clone(), egui::FontId::proportional(name_size), text)
                        .size()
                        .x
                })
                .fold(name_size, f32::max)
                .min(rect.width() * 0.4);
            let pad = egui::vec2(name_size, name_size * 0.5);
            let pill_size = egui::vec2(widest, name_size * 1.2) + pad;
            let radii = (rect.size() * 0.5 - pill_size * 0.5 - egui::Vec2::splat(4.0))
                .max(egui::Vec2::splat(name_size * 2.0));
            let spots: Vec<egui::Pos2> = (0..count)
                .map(|i| {
                    let angle = std::f32::consts::TAU * i as f32 / count as f32
                        - std::f32::consts::FRAC_PI_2;
                    centre + egui::vec2(radii.x * angle.cos(), radii.y * angle.sin())
                })
                .collect();
            let apart = spots.iter().enumerate().all(|(i, a)| {
                spots.iter().skip(i + 1).all(|b| {
                    !egui::Rect::from_center_size(*a, pill_size)
                        .intersects(egui::Rect::from_center_size(*b, pill_size))
                })
            });
            (widest, pill_size, radii, spots, apart)
        };
        let mut name_size = (body * 0.75).max(16.0);
        let (widest, pill_size, radii, spots) = loop {
            let (widest, pill_size, radii, spots, apart) = place(name_size);
            if apart || name_size <= 16.0 {
                break (widest, pill_size, radii, spots);
            }
            name_size = (name_size * 0.9).max(16.0);
        };
        for ((id, name), at) in names.iter().zip(spots) {
            let is_speaker = speaker == Some(*id);
            let is_next = next == Some(*id);
            let colour = if is_speaker { background } else { text };
            let galley = name.as_ref().map(|name| {
                let mut job = egui::text::LayoutJob::simple_singleline(
                    name.clone(),
                    egui::FontId::proportional(name_size),
                    colour,
                );
                job.wrap = egui::text::TextWrapping::truncate_at_width(widest);
                painter.layout_job(job)
            });
            let size = galley
                .as_ref()
                .map_or(egui::vec2(name_size, name_size), |g| g.size());
            let pill =
                egui::Rect::from_center_size(at, size + egui::vec2(name_size, name_size * 0.5));
            let rounding = egui::CornerRadius::same(
                u8::try_from((pill.height() / 2.0) as i64).unwrap_or(u8::MAX),
            );
            if is_speaker {
                painter.rect_filled(pill, rounding, text);
            } else if is_next {
                painter.rect_stroke(
                    pill,
                    rounding,
                    egui::Stroke::new(2.5, text),
                    egui::StrokeKind::Inside,
                );
            }
            match galley {
                Some(galley) => painter.galley(at - galley.size() / 2.0, galley, colour),
                None => {
                    painter.circle_filled(at, name_size * 0.2, colour);
                }
            }
        }
        // The timer: a ring that empties clockwise, and the time in its middle.
        let remaining = self.remaining();
        let allowed = (self.saved.seconds_per_speaker + self.saved.timer.extra).max(1);
        let share = (remaining.max(0) as f32 / allowed as f32).clamp(0.0, 1.0);
        // From the text colour to the warm one over the last seconds, never a flash.
        let warmth = 1.0 - (remaining as f32 / NEAR_END as f32).clamp(0.0, 1.0);
        let ring_colour = lerp_colour(text, warm, warmth);
        // Inside the names, with room for the pills at twelve, three, six and nine o'clock.
        let timer_radius = ((radii.x - pill_size.x * 0.5).min(radii.y - pill_size.y * 0.5)
            - name_size * 1.2)
            .max(name_size * 1.5);
        let thickness = (timer_radius * 0.12).max(6.0);
        painter.circle_stroke(
            centre,
            timer_radius,
            egui::Stroke::new(thickness, text.gamma_multiply(0.18)),
        );
        if share > 0.0 {
            let steps = 96;
            let points: Vec<egui::Pos2> = (0..=steps)
                .map(|k| {
                    let angle = -std::f32::consts::FRAC_PI_2
                        + std::f32::consts::TAU * share * k as f32 / steps as f32;
                    centre + timer_radius * egui::vec2(angle.cos(), angle.sin())
                })
                .collect();
            painter.add(egui::Shape::line(
                points,
                egui::Stroke::new(thickness, ring_colour),
            ));
        }
        let digits = if remaining <= NEAR_END { warm } else { text };
        painter.text(
            centre,
            egui::Align2::CENTER_CENTER,
            clock_text(remaining),
            egui::FontId::proportional((timer_radius * 0.55).min(body * 2.4)),
            digits,
        );
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

/// The largest size up to `size` at which `text` fits `width` on one line.
fn fitting_size(ui: &egui::Ui, text: &str, size: f32, width: f32) -> f32 {
    let measured = ui
        .painter()
        .layout_no_wrap(
            text.to_owned(),
            egui::FontId::proportional(size),
            egui::Color32::WHITE,
        )
        .size()
        .x;
    if measured <= width || measured <= 0.0 {
        size
    } else {
        (size * width / measured).max(size * 0.4)
    }
}

/// `from` turned towards `to` by `amount` (0 to 1).
fn lerp_colour(from: egui::Color32, to: egui::Color32, amount: f32) -> egui::Color32 {
    let mix = |a: u8, b: u8| {
        let value = f32::from(a) + (f32::from(b) - f32::from(a)) * amount;
        value.round().clamp(0.0, 255.0) as u8
    };
    egui::Color32::from_rgb(
        mix(from.r(), to.r()),
        mix(from.g(), to.g()),
        mix(from.b(), to.b()),
    )
}
