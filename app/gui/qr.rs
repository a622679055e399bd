//! A QR code drawn with egui: dark squares on a white square with its quiet zone, whatever the
//! projector's theme (phones' cameras read dark on light best).

/// Draws the QR code of `text`, `side` points wide, centred in `ui`'s width; nothing if the
/// text is too long for a QR code.
pub(crate) fn qr_ui(ui: &mut egui::Ui, text: &str, side: f32) {
    let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else {
        return;
    };
    let modules = code.width();
    let colors = code.to_colors();
    // Two modules of white all around: the quiet zone scanners need.
    let cells = modules + 4;
    let cell = (side / cells as f32).floor().max(1.0);
    let size = cell * cells as f32;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, egui::Color32::WHITE);
    for (i, colour) in colors.iter().enumerate() {
        if *colour == qrcode::Color::Dark {
            let (x, y) = ((i % modules + 2) as f32, (i / modules + 2) as f32);
            painter.rect_filled(
                egui::Rect::from_min_size(
                    rect.min + egui::vec2(x * cell, y * cell),
                    egui::vec2(cell, cell),
                ),
                0.0,
                egui::Color32::BLACK,
            );
        }
    }
    response.on_hover_text(text);
}
