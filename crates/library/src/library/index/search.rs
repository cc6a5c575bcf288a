//! The search index as a run writes it: the workers make each file's
//! documents beside structuring it, and the run's own thread, the one
//! that commits, hands them to the writer. A commit (tantivy waiting for
//! its indexing thread, writing the segment) then holds up only that
//! thread: the workers go on structuring meanwhile, where they used to
//! wait for the writer's lock.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::RwLock;
use std::thread;
use std::time::{Duration, Instant};

use super::WriteFailures;
use crate::search::{DocMaker, Prepared, SearchWriter};
use newsreader_core::article::Article;

/// The writer of a run and what the workers need to make documents.
pub(super) struct ToSearch<'a> {
    writer: &'a RwLock<SearchWriter>,
    maker: DocMaker,
    /// The index was started afresh: no path in it to replace.
    fresh: bool,
    /// The last wait for tantivy's backlog gave up: see [`wait_for_room`].
    stalled: AtomicBool,
}

impl<'a> ToSearch<'a> {
    /// `None` when the writer's lock is poisoned (a thread panicked
    /// holding it): the run then adds nothing to search.
    /// `fresh`: the index holds nothing yet (started afresh, or in
    /// memory), so no file's documents replace any.
    pub fn new(writer: &'a RwLock<SearchWriter>, fresh: bool) -> Option<ToSearch<'a>> {
        let maker = writer.read().ok()?.maker();
        Some(ToSearch {
            writer,
            maker,
            fresh,
            stalled: AtomicBool::new(false),
        })
    }

    /// The documents of the articles structured from `path` (on a worker).
    pub fn prepare(&self, path: &Path, articles: &[Article]) -> Prepared {
        if self.fresh {
            self.maker.prepare_new(path, articles)
        } else {
            self.maker.prepare(path, articles)
        }
    }

    /// Queue a file's documents for the next commit (on the run's thread).
    /// A file that fails to go in is only missing from search results:
    /// counted, and the run goes on.
    pub fn add(&self, prepared: Prepared, failed: &WriteFailures) {
        let backlog = || self.writer.read().ok().map(|w| w.backlog());
        wait_for_room(backlog, STALL, &self.stalled);
        let added = match self.writer.read() {
            Ok(w) => w.add_prepared(prepared).map_err(|e| e.to_string()),
            Err(_) => Err("a thread failed while holding the index writer".to_string()),
        };
        failed.note("adding to the search index", added);
    }
}

/// Text waiting for tantivy's indexing thread past which the run's thread
/// waits before adding more. Tantivy queues up to 10,000 documents: on a
/// cold start of 100,000 articles its queue held up to 13 MB of their
/// text (~20 MB of documents) whenever the workers ran ahead of it. This
/// much still keeps it busy for a tenth of a second or so.
const BACKLOG: u64 = 2 * 1024 * 1024;
/// How long the backlog may stand still before the run adds anyway: a
/// stalled indexing thread must not stall the run (tantivy reports its
/// failure at the next add or commit).
const STALL: Duration = Duration::from_secs(1);
/// How often a waiting run looks again.
const POLL: Duration = Duration::from_millis(2);

/// Wait until `backlog` is at most [`BACKLOG`], for as long as it keeps
/// falling: not at all when it cannot be read (`None`), and no longer
/// once it has not fallen for `stall`. A wait that gave up sets
/// `stalled`, and no file waits again until the backlog is back under
/// the limit: an indexing thread that died would otherwise cost every
/// file of the run `stall`.
fn wait_for_room(backlog: impl Fn() -> Option<u64>, stall: Duration, stalled: &AtomicBool) {
    let Some(mut last) = backlog() else {
        return;
    };
    if last <= BACKLOG {
        stalled.store(false, Ordering::Relaxed);
        return;
    }
    if stalled.load(Ordering::Relaxed) {
        return;
    }
    let mut fell = Instant::now();
    while last > BACKLOG {
        thread::sleep(POLL);
        let Some(now) = backlog() else {
            return;
        };
        if now < last {
            fell = Instant::now();
        } else if fell.elapsed() >= stall {
            stalled.store(true, Ordering::Relaxed);
            return;
        }
        last = now;
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    /// Calls of `backlog` in one wait: each answers the next of `values`
    /// (the last one over and over).
    fn calls(values: &[u64], stall: Duration, stalled: &AtomicBool) -> usize {
        let n = Cell::new(0);
        let answer = || {
            let i = n.get();
            n.set(i + 1);
            Some(values[i.min(values.len() - 1)])
        };
        wait_for_room(answer, stall, stalled);
        n.get()
    }

    #[test]
    fn waits_while_the_backlog_falls_until_it_is_small_enough() {
        let never = Duration::from_secs(3600);
        let falling = [BACKLOG + 3, BACKLOG + 2, BACKLOG + 1, BACKLOG, 0];
        let stalled = AtomicBool::new(false);
        assert_eq!(calls(&falling, never, &stalled), 4, "stops at the limit");
        assert_eq!(calls(&[BACKLOG], never, &stalled), 1, "at the limit: room");
        wait_for_room(|| None, never, &stalled);
        assert!(!stalled.load(Ordering::Relaxed));
    }

    #[test]
    fn a_backlog_that_stands_still_is_waited_for_once_until_it_falls() {
        let stalled = AtomicBool::new(false);
        let still = [BACKLOG * 2];
        let short = Duration::from_millis(20);
        assert!(calls(&still, short, &stalled) >= 2, "looked again first");
        assert!(stalled.load(Ordering::Relaxed));
        let never = Duration::from_secs(3600);
        assert_eq!(calls(&still, never, &stalled), 1, "no second wait");
        assert_eq!(calls(&[BACKLOG - 1], never, &stalled), 1);
        assert!(!stalled.load(Ordering::Relaxed), "room again: waits again");
        let falling = [BACKLOG + 1, 0];
        assert_eq!(calls(&falling, never, &stalled), 2);
    }
}
