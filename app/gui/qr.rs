//! A QR code drawn with egui: dark squares on a white square with its quiet zone, whatever the
//! projector's theme (phones' cameras read dark on light best).

/// Draws the QR code of `text`, `side` points wide, centred in `ui`'s width; nothing if the
/// text is too long for a QR code.
pub(crate) fn qr_ui(ui: &mut egui::Ui, text: &str, side: f32) {
    let Some(code) = modules(ui.ctx(), text) else {
        return;
    };
    let (modules, dark) = (code.0, &code.1);
    // Two modules of white all around: the quiet zone scanners need.
    let cells = modules + 4;
    let cell = (side / cells as f32).floor().max(1.0);
    let size = cell * cells as f32;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, egui::Color32::WHITE);
    for (i, dark) in dark.iter().enumerate() {
        if *dark {
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

/// The QR code of `text` as its width in modules and whether each module is dark, encoded
/// once and kept in `ctx` for the next frames (the page's address does not change while it
/// is open); `None` if the text is too long for a QR code.
fn modules(ctx: &egui::Context, text: &str) -> Option<std::sync::Arc<(usize, Vec<bool>)>> {
    let id = egui::Id::unique(("atelier-qr", text));
    if let Some(code) = ctx.data(|d| d.get_temp::<std::sync::Arc<(usize, Vec<bool>)>>(id)) {
        return Some(code);
    }
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    let code = std::sync::Arc::new((code.width(), dark));
    ctx.data_mut(|d| d.insert_temp(id, std::sync::Arc::clone(&code)));
    Some(code)
}
