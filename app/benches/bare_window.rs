//! A bare eframe window, opened with Atelier's window options and closed at its first frame,
//! printing the time from the process start to that frame: the baseline Atelier's start-up is
//! measured against (`ATELIER_MEASURE_STARTUP=exit atelier`; see the README).

use std::time::Instant;

fn main() -> Result<(), eframe::Error> {
    let start = Instant::now();
    eframe::run_native(
        "bare",
        atelier::gui::native_options("bare"),
        Box::new(move |_creation| {
            Ok(Box::new(Bare {
                start,
                printed: false,
            }))
        }),
    )
}

struct Bare {
    start: Instant,
    printed: bool,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| ui.label("bare"));
        if !self.printed {
            self.printed = true;
            eprintln!("first frame after {} ms", self.start.elapsed().as_millis());
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}
