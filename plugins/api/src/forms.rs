//! Small helpers the app and every activity share, so they look and read the same: labelled
//! text fields, dates as people type and read them (JJ/MM/AAAA), and a chart's date axis.

use chrono::{Datelike as _, NaiveDate};

/// The longest one-line field (a title, a place, a list item), in characters; the same bound
/// as the data folder's (`sessions::bounds::MAX_LINE_CHARS`).
pub const MAX_LINE_CHARS: usize = 2_000;

/// A labelled one-line field, held to [`MAX_LINE_CHARS`] as it is typed; its label is the
/// field's name for screen readers.
pub fn text_field(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(320.0)
                .char_limit(MAX_LINE_CHARS),
        )
        .labelled_by(label.id)
    })
    .inner
}

/// A labelled field of a few lines, as wide as the view.
pub fn text_area(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// Reads a date as people type it, `20/11/2026` (or `2026-11-20`); `None` if it is not one.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .ok()
}

/// A date as Atelier writes it everywhere, in both languages: `20/11/2026`.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// A date as a number for a chart's x axis (days since the common era).
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// Where a chart's date axis between day numbers `min` and `max` gets its labels: at most
/// `most` marks, every day, two days, week, fortnight, month (30 days), two months, quarter,
/// half year or year — the shortest step that fits — away from both edges so no label is
/// cut; and the step. A chart whose range grows keeps labels (`egui_plot`'s own marks, at powers
/// of ten of day numbers, can all fall outside it).
pub fn date_marks(min: f64, max: f64, most: usize) -> (Vec<f64>, f64) {
    const STEPS: [f64; 9] = [1.0, 2.0, 7.0, 14.0, 30.0, 61.0, 91.0, 182.0, 365.0];
    let span = (max - min).max(0.0);
    if !span.is_finite() || span == 0.0 || most == 0 {
        return (Vec::new(), 1.0);
    }
    #[expect(clippy::cast_precision_loss, reason = "a handful of marks")]
    let fits = |step: f64| span / step <= most as f64;
    let step = STEPS
        .into_iter()
        .find(|s| fits(*s))
        .unwrap_or_else(|| (span / 365.0).ceil() * 365.0);
    let margin = span * 0.04;
    let mut marks = Vec::new();
    let mut value = (min + margin).ceil();
    while value <= max - margin && marks.len() < most.max(1) {
        marks.push(value);
        value += step;
    }
    (marks, step)
}

/// The label of a chart's date axis at `value` (a [`day_number`]): `20/11`.
pub fn date_axis_label(value: f64) -> String {
    // Day numbers of real dates fit an i32; anything else has no label.
    let day = value.round();
    if !(f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&day) {
        return String::new();
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "checked to fit an i32 just above"
    )]
    let day = day as i32;
    NaiveDate::from_num_days_from_ce_opt(day)
        .map(|d| d.format("%d/%m").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_marks_fit_any_range_and_keep_off_the_edges() {
        let day = |y, m, d| day_number(NaiveDate::from_ymd_opt(y, m, d).expect("date"));
        for (from, to) in [
            (day(2026, 9, 21), day(2026, 10, 1)),
            (day(2026, 9, 21), day(2026, 12, 3)),
            (day(2024, 1, 5), day(2026, 12, 3)),
        ] {
            let (marks, step) = date_marks(from, to, 6);
            assert!(
                (2..=6).contains(&marks.len()),
                "{marks:?} over {}",
                to - from
            );
            assert!(marks.iter().all(|m| *m > from && *m < to), "{marks:?}");
            assert!(marks.windows(2).all(|w| (w[1] - w[0] - step).abs() < 1e-9));
            assert!(marks.iter().all(|m| !date_axis_label(*m).is_empty()));
        }
        assert_eq!(date_marks(5.0, 5.0, 6).0, Vec::<f64>::new());
    }

    #[test]
    fn dates_read_and_write_as_people_do() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
        assert_eq!(parse_date(" 20/11/2026 "), Some(date));
        assert_eq!(parse_date("2026-11-20"), Some(date));
        assert_eq!(parse_date("31/02/2026"), None);
        assert_eq!(parse_date("demain"), None);
        assert_eq!(date_text(date), "20/11/2026");
        assert_eq!(date_axis_label(day_number(date)), "20/11");
        assert_eq!(date_axis_label(f64::MAX), "");
        assert_eq!(date_axis_label(f64::NAN), "");
    }
}
