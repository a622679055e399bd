//! On a service's database: a thread of its own (with its own connection, so a slow network
//! never holds the window) asks every few seconds for the service's change counter, so that
//! Home shows what colleagues changed without a restart, and sends the sessions this computer
//! kept while the database could not be reached, as soon as it answers again.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use sessions::{SaveReport, SessionId, Store, StoreError};

/// How often the counter is asked for.
const EVERY: Duration = Duration::from_secs(3);
/// Not known yet.
const UNKNOWN: i64 = i64::MIN;

/// What one session's sending gave.
pub(crate) type Sent = (SessionId, Result<SaveReport, StoreError>);

struct Shared {
    latest: AtomicI64,
    online: AtomicBool,
    stop: AtomicBool,
    /// Set to send again the sessions that could not be sent (the person asked).
    again: AtomicBool,
    wake: (Mutex<()>, Condvar),
}

/// The watcher of one store; it stops when dropped.
pub(crate) struct DbWatch {
    shared: Arc<Shared>,
    sent: Receiver<Sent>,
    /// The counter's value Home was last read again for.
    refreshed_for: i64,
}

/// What changed since the last frame looked.
#[derive(Default)]
pub(crate) struct News {
    /// Someone changed the service's data: Home is read again.
    pub changed: bool,
    /// Sessions kept on this computer that were just sent, or could not be.
    pub sent: Vec<Sent>,
}

impl DbWatch {
    /// Starts watching the database `store` is on (through its twin).
    pub fn start(store: &Store) -> Self {
        let shared = Arc::new(Shared {
            latest: AtomicI64::new(UNKNOWN),
            online: AtomicBool::new(true),
            stop: AtomicBool::new(false),
            again: AtomicBool::new(false),
            wake: (Mutex::new(()), Condvar::new()),
        });
        let (sender, sent) = std::sync::mpsc::channel();
        let twin = store.twin();
        let thread_shared = Arc::clone(&shared);
        std::thread::spawn(move || watch(&twin, &thread_shared, &sender));
        Self {
            shared,
            sent,
            refreshed_for: UNKNOWN,
        }
    }

    /// Whether the database answered the last time it was asked.
    pub fn online(&self) -> bool {
        self.shared.online.load(Ordering::SeqCst)
    }

    /// Asks to send now every session waiting, those that could not be sent included.
    pub fn send_now(&self) {
        self.shared.again.store(true, Ordering::SeqCst);
        self.shared.wake.1.notify_all();
    }

    /// What happened since the last call, Home being read at the counter's value `home`
    /// (a repaint is asked for soon, to look again). A change is said once per value.
    pub fn poll(&mut self, ctx: &egui::Context, home: Option<i64>) -> News {
        ctx.request_repaint_after(Duration::from_secs(1));
        let latest = self.shared.latest.load(Ordering::SeqCst);
        let changed = latest != UNKNOWN && Some(latest) != home && latest != self.refreshed_for;
        if changed {
            self.refreshed_for = latest;
        }
        News {
            changed,
            sent: self.sent.try_iter().collect(),
        }
    }
}

impl Drop for DbWatch {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.wake.1.notify_all();
    }
}

/// The watcher's thread: asks, sends what waits, sleeps, until stopped.
fn watch(store: &Store, shared: &Shared, sender: &Sender<Sent>) {
    // Sessions tried and refused (not for want of network): tried again when the person asks.
    let mut refused: Vec<SessionId> = Vec::new();
    while !shared.stop.load(Ordering::SeqCst) {
        // Only a network or a server that does not answer is "offline": a login refused is
        // said by Home, with its reason.
        let online = match store.database().map(sessions::db::Database::changes) {
            Some(Ok(version)) => {
                shared.latest.store(version, Ordering::SeqCst);
                true
            }
            Some(Err(StoreError::Database(error))) => !error.is_offline(),
            _ => false,
        };
        shared.online.store(online, Ordering::SeqCst);
        if shared.again.swap(false, Ordering::SeqCst) {
            refused.clear();
        }
        let waiting: Vec<SessionId> = store
            .pending_sessions()
            .items
            .into_iter()
            .map(|r| r.id)
            .filter(|id| !refused.contains(id))
            .collect();
        if online && !waiting.is_empty() {
            for (id, result) in store.send_pending() {
                if refused.contains(&id) {
                    continue;
                }
                match &result {
                    Err(StoreError::Database(error)) if error.is_offline() => {}
                    Err(_) => refused.push(id.clone()),
                    Ok(_) => {}
                }
                if sender.send((id, result)).is_err() {
                    return;
                }
            }
        }
        let (lock, wake) = &shared.wake;
        let Ok(guard) = lock.lock() else { return };
        // Woken early to stop, or to send now; else after a while.
        let _slept = wake.wait_timeout(guard, EVERY);
    }
}
