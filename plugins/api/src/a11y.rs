//! Labels for screen readers (AccessKit) on widgets whose visible text is not enough, such as
//! a grid cell whose meaning comes from its row and column.

/// Gives the widget `response` the accessible name `label`, which screen readers read and UI
/// tests find with `get_by_label`.
pub fn label_widget(ui: &egui::Ui, response: &egui::Response, label: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(label));
}
