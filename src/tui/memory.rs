//! Handing memory the reader's threads have freed back to the system,
//! while a library is indexed and once it is. The allocator (mimalloc,
//! see `main.rs`) returns freed pages only after a delay (seconds, for
//! whole arenas), and only when some thread allocates again: an indexer
//! or worker thread that has ended never does. A warm start of 100,000
//! articles so kept ~90 MB it no longer used (the list as decoded and
//! prepared on the indexer's thread), and a cold one tens of MB more at
//! its peak. The binary hands the loop its allocator's collect
//! ([`Session::release_memory`](super::Session::release_memory)); the
//! loop calls it at most once a second while indexing runs, and once when
//! it ends.

use std::time::{Duration, Instant};

/// Least time between two collects: each walks every arena.
const EVERY: Duration = Duration::from_secs(1);

/// When the loop last handed memory back.
pub struct Release {
    collect: Option<fn()>,
    last: Instant,
    busy: bool,
}

impl Release {
    /// Hand memory back through `collect` (none: nothing to do).
    pub fn new(collect: Option<fn()>) -> Release {
        Release {
            collect,
            last: Instant::now(),
            busy: false,
        }
    }

    /// Called after each batch of messages; `busy`: indexing runs.
    pub fn tick(&mut self, busy: bool) {
        let Some(collect) = self.collect else {
            return;
        };
        let ended = self.busy && !busy;
        self.busy = busy;
        if ended || (busy && self.last.elapsed() >= EVERY) {
            collect();
            self.last = Instant::now();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static CALLS: AtomicUsize = AtomicUsize::new(0);

    fn count() {
        CALLS.fetch_add(1, Ordering::SeqCst);
    }

    #[test]
    fn collects_while_busy_at_most_once_a_second_and_when_it_ends() {
        let mut release = Release::new(Some(count));
        release.tick(false);
        assert_eq!(CALLS.load(Ordering::SeqCst), 0, "idle from the start");
        release.tick(true);
        release.tick(true);
        assert_eq!(CALLS.load(Ordering::SeqCst), 0, "not twice within a second");
        release.last -= EVERY;
        release.tick(true);
        assert_eq!(CALLS.load(Ordering::SeqCst), 1);
        release.tick(false);
        assert_eq!(CALLS.load(Ordering::SeqCst), 2, "once more at the end");
        release.tick(false);
        assert_eq!(CALLS.load(Ordering::SeqCst), 2);
        Release::new(None).tick(true);
    }
}
