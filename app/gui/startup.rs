//! Starting without waiting for the data: the window's first frame comes before the data folder
//! is read; Home is read on another thread and lands when ready, with a quiet line meanwhile.
//! And the measurement of it: with `ATELIER_MEASURE_STARTUP=1` the app prints the time from the
//! process start to its first frame (`=exit` also closes the window then), to compare with the
//! bare eframe window of `cargo run --release --example bare_window` (see the README).

use std::sync::OnceLock;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use sessions::HomeData;

static PROCESS_START: OnceLock<Instant> = OnceLock::new();

/// Notes when the process started; call it first thing in `main`.
pub fn mark_process_start() {
    let _first = PROCESS_START.get_or_init(Instant::now);
}

/// On the first frame: prints the time since [`mark_process_start`] when
/// `ATELIER_MEASURE_STARTUP` is set, and closes the window when it is `exit`.
pub fn first_frame(ctx: &egui::Context) {
    static DONE: OnceLock<()> = OnceLock::new();
    if DONE.set(()).is_err() {
        return;
    }
    let Ok(mode) = std::env::var("ATELIER_MEASURE_STARTUP") else {
        return;
    };
    let start = PROCESS_START.get_or_init(Instant::now);
    eprintln!("first frame after {} ms", start.elapsed().as_millis());
    if mode == "exit" {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

/// Home being read on another thread.
#[derive(Debug)]
pub(crate) struct HomeLoad {
    receiver: Receiver<HomeData>,
}

impl HomeLoad {
    /// Starts reading Home from the data folder `store` opens (its twin, on another thread).
    pub fn start(store: &sessions::Store) -> Self {
        let (sender, receiver) = std::sync::mpsc::channel();
        let store = store.twin();
        std::thread::spawn(move || {
            let home = store.home(20);
            // The app may have closed meanwhile: nobody to tell.
            let _closed = sender.send(home);
        });
        Self { receiver }
    }

    /// Home, once read; `None` while reading (a repaint is asked for soon, to look again).
    pub fn poll(&self, ctx: &egui::Context) -> Option<HomeData> {
        match self.receiver.try_recv() {
            Ok(home) => Some(home),
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(30));
                None
            }
            // The thread stopped without an answer (it panicked): an empty Home rather than a
            // wait for ever; the next refresh reads again.
            Err(TryRecvError::Disconnected) => Some(HomeData::default()),
        }
    }
}
