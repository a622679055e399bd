//! The two labelled fields every view of this activity uses.

use atelier_plugin_api::egui;

/// A labelled field of a few lines, as wide as the view.
pub(crate) fn area(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A labelled one-line field.
pub(crate) fn field(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        ui.add(egui::TextEdit::singleline(text).desired_width(260.0))
            .labelled_by(label.id)
    })
    .inner
}
