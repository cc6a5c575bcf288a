//! A run on its own thread ([`spawn`]): started only once the run before
//! it has ended, and stopped ([`Indexer::stop`]) without anybody waiting
//! for the file in hand.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use super::workers::{background_priority, Parse};
use super::{run_parsing, IndexMsg, SearchTarget};
use newsreader_core::loader::load_file;

/// A run in progress. Dropping it does not stop it; [`Indexer::stop`] does.
pub struct Indexer {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl Indexer {
    /// Ask the run to stop after the files in hand, without waiting for
    /// it: one file can take seconds to structure, and nobody (a reader
    /// quitting, least of all) should wait for that. What the run has
    /// written stays consistent however far it gets: each write is one
    /// transaction, and the cache is only written after the search index
    /// it vouches for (see the module note).
    pub fn stop(self) -> Stopping {
        self.stop.store(true, Ordering::SeqCst);
        Stopping {
            handle: self.handle,
        }
    }
}

/// A run asked to stop, still finishing the files in hand.
pub struct Stopping {
    handle: Option<JoinHandle<()>>,
}

impl Stopping {
    /// Wait until the run has ended (for a run started after it, which
    /// writes the same indexes, or for tests; never the reader's thread).
    pub fn wait(mut self) {
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }

    /// Whether the run has ended.
    pub fn is_finished(&self) -> bool {
        self.handle.as_ref().is_none_or(JoinHandle::is_finished)
    }
}

/// Start indexing `roots` (files and folders, walked as the loader walks
/// them), with the cache in the state database at `db` when given, adding
/// what it structures to `search` when given, once the run `after` (one
/// stopped for this one) has ended: two runs never write the same
/// indexes at once, and the caller never waits for the first.
/// `send` returns false once nobody listens.
pub fn spawn<F>(
    roots: Vec<PathBuf>,
    db: Option<PathBuf>,
    search: Option<SearchTarget>,
    after: Option<Stopping>,
    send: F,
) -> Indexer
where
    F: Fn(IndexMsg) -> bool + Send + 'static,
{
    spawn_parsing(roots, db, search, after, Arc::new(load_file), send)
}

/// [`spawn`] with `parse` turning each file into an article.
pub(super) fn spawn_parsing<F>(
    roots: Vec<PathBuf>,
    db: Option<PathBuf>,
    search: Option<SearchTarget>,
    after: Option<Stopping>,
    parse: Arc<Parse>,
    send: F,
) -> Indexer
where
    F: Fn(IndexMsg) -> bool + Send + 'static,
{
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let handle = thread::Builder::new()
        .name("indexer".into())
        .spawn(move || {
            if let Some(previous) = after {
                previous.wait();
            }
            // Writing the cache is batch work too (see the workers), but
            // only once the list's start is sent: a nice thread on a busy
            // machine waits its turn for tenths of a second, and the first
            // article's text waits for that start. Threads inherit it: the
            // search index's writer threads, started by this one, are
            // batch work too.
            if !flag.load(Ordering::Relaxed) {
                let settle = || background_priority();
                run_parsing(
                    &roots,
                    db.as_deref(),
                    search,
                    &flag,
                    &*parse,
                    &settle,
                    &send,
                );
            }
        })
        .ok();
    Indexer { stop, handle }
}
