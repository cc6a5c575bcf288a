//! The indexer's workers: every core reads and structures files, makes
//! each one's search documents, and hands them back to the run's thread,
//! which adds the documents to the search index and the summaries to
//! batches, at a lower priority than the reader's own thread.
//!
//! Two things keep one bad file from spoiling the rest: a batch leaves at
//! most [`BATCH_TIME`] after its first file was done, whether or not any
//! other file finishes (one slow file never hides the others), and the
//! bytes being structured at once are bounded ([`BYTES_IN_FLIGHT`]), since
//! structuring costs memory in proportion to a file's size, so a folder of
//! huge files is taken one at a time instead of one per core.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::search::ToSearch;
use super::{WriteFailures, BATCH, BATCH_TIME};
use crate::search::Prepared;
use crate::store::index::Summary;
use newsreader_core::article::Article;
use newsreader_core::loader::files::{LoadError, MAX_ARTICLE_BYTES};

/// File bytes being structured at once, over all workers. A file larger
/// than this is still structured, alone.
pub(super) const BYTES_IN_FLIGHT: u64 = 8 * 1024 * 1024;

/// Files done that may wait for the run's thread, documents and all. It
/// stops to commit, and to let tantivy's indexing thread catch up (see
/// `search`), so whatever waits here is memory held: 1,024 results of a
/// cold start held ~9 MB at each commit. A commit takes a few hundred ms,
/// in which two workers finish well under this many ordinary files.
const DONE_WAITING: usize = 128;

/// Files at least this large hand the memory their structuring freed
/// back to the system at once.
const TRIM_AFTER: u64 = 1024 * 1024;

/// How a file becomes an article (reading included): the loader's, or a
/// test's stand-in.
pub(super) type Parse = dyn Fn(&Path) -> Result<Vec<Article>, LoadError> + Send + Sync;

/// What a worker hands back for one file: its articles' summaries and
/// search documents, or its list position and why it was skipped.
type Outcome = Result<(Vec<(usize, Summary)>, Option<Prepared>), (usize, String)>;

/// Read and structure `todo` (list position, path, size, mtime) with
/// `parse` on `workers` threads, adding each to the search index through
/// `search` (on the calling thread, which also runs `emit`, so a commit
/// in `emit` never holds up the workers), handing batches to `emit`
/// (batch, files done, failures with their list positions); `emit`
/// returning false stops the workers. A
/// file of many articles (a feed file) gives one summary per article in
/// the batch, each with its list position and its `entry`, together and
/// in entry order.
pub(super) fn structure<P, E>(
    todo: &[(usize, Arc<Path>, u64, i64)],
    search: Option<&ToSearch>,
    failed: &WriteFailures,
    stop: &AtomicBool,
    parse: &P,
    workers: usize,
    mut emit: E,
) where
    P: Fn(&Path) -> Result<Vec<Article>, LoadError> + Sync + ?Sized,
    E: FnMut(Vec<(usize, Summary)>, usize, Vec<(usize, String)>) -> bool,
{
    let next = AtomicUsize::new(0);
    let gate = Gate::new(BYTES_IN_FLIGHT);
    thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<Outcome>(DONE_WAITING);
        let mut started_any = false;
        for _ in 0..workers.max(1) {
            let tx = tx.clone();
            let (next, gate) = (&next, &gate);
            // Named, so `top -H` and scripts/thread_times.py tell the
            // workers from the run's thread.
            let started = thread::Builder::new()
                .name("index-worker".into())
                .spawn_scoped(scope, move || {
                    background_priority();
                    loop {
                        if stop.load(Ordering::Relaxed) {
                            return;
                        }
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((pos, path, size, mtime)) = todo.get(i) else {
                            return;
                        };
                        // A file over the loader's limit is refused unread.
                        let Some(held) = gate.take((*size).min(MAX_ARTICLE_BYTES), stop) else {
                            return;
                        };
                        let result = parse(path)
                            .map(|articles| {
                                let docs = search.map(|s| s.prepare(path, &articles));
                                (summaries(*pos, path, *size, *mtime, &articles), docs)
                            })
                            .map_err(|e| (*pos, e.to_string()));
                        drop(held);
                        if *size >= TRIM_AFTER {
                            // A huge file leaves this thread's heap as large
                            // as its structuring needed; the next huge file
                            // may be structured on another thread, and the
                            // two heaps would add up.
                            release_free_memory();
                        }
                        if tx.send(result).is_err() {
                            return;
                        }
                    }
                });
            // Out of threads: the workers that did start do the work; with
            // none, the run ends short (as if stopped) and says so, and the
            // next one resumes.
            started_any |= started.is_ok();
            failed.note("starting an indexing worker", started);
        }
        if !started_any {
            stop.store(true, Ordering::SeqCst);
        }
        drop(tx);
        let (mut batch, mut errors, mut done) = (Vec::new(), Vec::new(), 0);
        // When the oldest result not yet handed on arrived.
        let mut oldest: Option<Instant> = None;
        loop {
            let due = oldest.map(|t| t + BATCH_TIME);
            let received = match due {
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(due) => rx.recv_timeout(due.saturating_duration_since(Instant::now())),
            };
            match received {
                Ok(result) => {
                    done += 1;
                    oldest.get_or_insert_with(Instant::now);
                    match result {
                        Ok((items, docs)) => {
                            if let (Some(search), Some(docs)) = (search, docs) {
                                search.add(docs, failed);
                            }
                            batch.extend(items)
                        }
                        Err(e) => errors.push(e),
                    }
                    let full = batch.len() >= BATCH || done == todo.len();
                    if !full && oldest.is_some_and(|t| t.elapsed() < BATCH_TIME) {
                        continue;
                    }
                }
                // The files in hand are slow: what is done goes now.
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            oldest = None;
            let go = emit(
                std::mem::take(&mut batch),
                done,
                std::mem::take(&mut errors),
            );
            if !go {
                stop.store(true, Ordering::SeqCst);
                return;
            }
        }
    });
}

/// The summaries of one file's articles, each with its `entry` number.
fn summaries(
    pos: usize,
    path: &Path,
    size: u64,
    mtime: i64,
    articles: &[Article],
) -> Vec<(usize, Summary)> {
    articles
        .iter()
        .enumerate()
        .map(|(entry, a)| {
            let mut s = Summary::from_article(path, size, mtime, a);
            s.entry = u32::try_from(entry).unwrap_or(u32::MAX);
            (pos, s)
        })
        .collect()
}

/// The bytes being structured, bounded: a worker takes its file's size
/// before structuring it and gives it back after.
struct Gate {
    held: Mutex<u64>,
    freed: Condvar,
    budget: u64,
}

/// Bytes taken from a [`Gate`], given back when dropped.
struct Held<'a> {
    gate: &'a Gate,
    bytes: u64,
}

impl Gate {
    fn new(budget: u64) -> Gate {
        Gate {
            held: Mutex::new(0),
            freed: Condvar::new(),
            budget,
        }
    }

    /// Wait until `bytes` fit beside what is held (anything fits when
    /// nothing is), or `None` once the run is stopped.
    fn take<'a>(&'a self, bytes: u64, stop: &AtomicBool) -> Option<Held<'a>> {
        // A poisoned lock only means another worker panicked holding it;
        // the count it guards is still whole.
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        while *held > 0 && held.saturating_add(bytes) > self.budget {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            // Woken when bytes are given back; the timeout only lets a
            // stopped run's waiting workers notice the stop.
            held = self
                .freed
                .wait_timeout(held, Duration::from_millis(50))
                .map(|(g, _)| g)
                .unwrap_or_else(|p| p.into_inner().0);
        }
        *held += bytes;
        Some(Held { gate: self, bytes })
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        let mut held = self.gate.held.lock().unwrap_or_else(|p| p.into_inner());
        *held -= self.bytes;
        self.gate.freed.notify_all();
    }
}

/// Make the calling thread yield to the reader's: structuring is batch
/// work, and a key press must never wait behind it for a core. On Linux a
/// thread has its own nice value; elsewhere this does nothing.
pub(super) fn background_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: gettid has no preconditions; setpriority on our own thread
    // id only changes this thread's nice value, and failure is harmless.
    unsafe {
        let tid = libc::gettid();
        let _ = libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, 10);
    }
}

/// Hand memory freed by the run back to the system (glibc keeps it
/// otherwise, and the next large allocation would add to the peak).
pub(super) fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap pages to the system; it
    // has no preconditions and touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
#[path = "workers/tests.rs"]
mod tests;
