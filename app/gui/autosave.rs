//! Writes drafts on a background thread, so saving never stalls a frame.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};

use sessions::{Draft, Store};

enum Job {
    Save(Box<Draft>),
    Flush(Sender<()>),
}

/// The draft writer: send the latest draft; errors come back through [`Self::errors`].
#[derive(Debug)]
pub struct Autosave {
    jobs: Sender<Job>,
    errors: Receiver<sessions::StoreError>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Job")
    }
}

impl Autosave {
    /// Starts the writer for the data folder `store` opens (its twin, on another thread).
    pub fn start(store: &Store) -> Self {
        let store: Result<Store, sessions::StoreError> = Ok(store.twin());
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (report, errors) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name(String::from("atelier-autosave"))
            .spawn(move || {
                while let Ok(first) = inbox.recv() {
                    // Take everything waiting: only the newest draft needs writing, and every
                    // flush is answered after it is written.
                    let mut newest = None;
                    let mut flushes = Vec::new();
                    let mut next = Some(first);
                    while let Some(job) = next {
                        match job {
                            Job::Save(draft) => newest = Some(draft),
                            Job::Flush(done) => flushes.push(done),
                        }
                        next = inbox.try_recv().ok();
                    }
                    if let Some(draft) = newest {
                        let result = match &store {
                            Ok(store) => store.save_draft(&draft).map(|_| ()),
                            Err(error) => Err(sessions::StoreError::MissingDataDir(
                                error.path().map(PathBuf::from).unwrap_or_default(),
                            )),
                        };
                        if let Err(error) = result {
                            let _gone = report.send(error);
                        }
                    }
                    for done in flushes {
                        let _gone = done.send(());
                    }
                }
            });
        if let Err(error) = spawned {
            let (report, errors) = mpsc::channel();
            let _gone = report.send(sessions::StoreError::io(std::path::Path::new("."), error));
            let (jobs, _inbox) = mpsc::channel();
            return Self { jobs, errors };
        }
        Self { jobs, errors }
    }

    /// Queues the draft; returns at once.
    pub fn save(&self, draft: Draft) {
        let _stopped = self.jobs.send(Job::Save(Box::new(draft)));
    }

    /// Waits until every queued draft is written (for the end of a session and for tests).
    pub fn flush(&self) {
        let (done, wait) = mpsc::channel();
        if self.jobs.send(Job::Flush(done)).is_ok() {
            let _stopped = wait.recv();
        }
    }

    /// The errors since last asked.
    pub fn errors(&self) -> Vec<sessions::StoreError> {
        self.errors.try_iter().collect()
    }
}
