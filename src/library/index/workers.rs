//! The indexer's workers: every core reads and structures files, adds
//! each to the search index, and hands batches back to the run, at a
//! lower priority than the reader's own thread.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, RwLock};
use std::thread;
use std::time::Instant;

use super::{BATCH, BATCH_TIME};
use crate::loader::files::{parse_bytes, read_file};
use crate::search::SearchWriter;
use crate::store::index::Summary;

/// Read and structure `todo` (list position, path, size, mtime) on every
/// core, adding each to the search index through `writer`, handing batches
/// to `emit` (batch, files done, failures with their list positions);
/// `emit` returning false stops the workers.
pub(super) fn structure<E>(
    todo: &[(usize, PathBuf, u64, i64)],
    writer: Option<&RwLock<SearchWriter>>,
    stop: &AtomicBool,
    mut emit: E,
) where
    E: FnMut(Vec<(usize, Summary)>, usize, Vec<(usize, String)>) -> bool,
{
    let next = AtomicUsize::new(0);
    let workers = thread::available_parallelism().map_or(2, |n| n.get());
    thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<Result<(usize, Summary), (usize, String)>>(BATCH * 2);
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                background_priority();
                loop {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((pos, path, size, mtime)) = todo.get(i) else {
                        return;
                    };
                    let result = read_file(path)
                        .and_then(|bytes| parse_bytes(path, &bytes))
                        .map(|a| {
                            if let Some(Ok(w)) = writer.map(RwLock::read) {
                                // A document that fails to go in is only
                                // missing from search results.
                                let _ = w.add(path, &a);
                            }
                            (*pos, Summary::from_article(path, *size, *mtime, &a))
                        })
                        .map_err(|e| (*pos, e.to_string()));
                    if tx.send(result).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        let (mut batch, mut errors, mut done) = (Vec::new(), Vec::new(), 0);
        let mut last = Instant::now();
        for result in rx {
            done += 1;
            match result {
                Ok(item) => batch.push(item),
                Err(e) => errors.push(e),
            }
            if batch.len() >= BATCH || last.elapsed() >= BATCH_TIME || done == todo.len() {
                last = Instant::now();
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
        }
    });
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
