//! The article the reader opens, read and structured off the reader's
//! thread: a huge file takes seconds, and no key may wait for that. In a
//! file of many articles (a feed file) only the one asked for is
//! structured, found by its id.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

use super::Incoming;
use crate::tui::app::{Msg, ToRead};

/// The threads that read and structure the article the reader opens.
/// One huge article being structured must not hold up the next one the
/// reader turns to, so a request that finds every thread busy starts
/// another, up to [`DOC_THREADS`]; a thread that comes free takes only
/// the latest request, skipping the ones passed on the way.
pub struct Docs {
    tx: mpsc::Sender<Wanted>,
    rx: Arc<Mutex<mpsc::Receiver<Wanted>>>,
    out: mpsc::Sender<Incoming>,
    /// Threads started, and how many of them wait for a request.
    threads: usize,
    idle: Arc<AtomicUsize>,
}

/// A request: the list entry, its file, and which article of the file.
type Wanted = ToRead;

/// Most articles structured at once (each holds its memory meanwhile).
const DOC_THREADS: usize = 3;

impl Docs {
    /// Ready to read; answers come as [`Msg::Doc`] on `out`.
    pub fn new(out: mpsc::Sender<Incoming>) -> Docs {
        let (tx, rx) = mpsc::channel();
        Docs {
            tx,
            rx: Arc::new(Mutex::new(rx)),
            out,
            threads: 0,
            idle: Arc::new(AtomicUsize::new(0)),
        }
    }

    fn spawn_thread(&mut self) {
        let (rx, out, idle) = (
            Arc::clone(&self.rx),
            self.out.clone(),
            Arc::clone(&self.idle),
        );
        let started = thread::Builder::new()
            .name("docs".into())
            .spawn(move || loop {
                idle.fetch_add(1, Ordering::SeqCst);
                let wanted = {
                    let Ok(rx) = rx.lock() else { return };
                    let Ok(mut wanted) = rx.recv() else { return };
                    while let Ok(later) = rx.try_recv() {
                        wanted = later;
                    }
                    wanted
                };
                idle.fetch_sub(1, Ordering::SeqCst);
                let article = wanted.load().map_err(|e| e.to_string());
                let msg = Msg::Doc {
                    listed: wanted.listed,
                    path: wanted.path,
                    article: Box::new(article),
                };
                if out.send(msg.into()).is_err() {
                    return;
                }
            });
        if started.is_ok() {
            self.threads += 1;
        }
    }

    /// Read `wanted` (the model's [`Effect::Load`](crate::tui::app::Effect::Load)),
    /// on a free thread or a new one; the model drops the answer if the
    /// reader has moved on by then.
    pub fn load(&mut self, wanted: Wanted) {
        if self.idle.load(Ordering::SeqCst) == 0 && self.threads < DOC_THREADS {
            self.spawn_thread();
        }
        // With every thread gone the article stays unopened; the keys
        // still work.
        let _ = self.tx.send(wanted);
    }
}
