//! Loading many files on every core, results kept in file order: all at
//! once for whole-set loads, or handed on one by one as they are ready for
//! `dump`, which then holds only a few files' articles at a time.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

use super::{load_file, LoadError};
use crate::article::Article;

/// [`load_file`] on every file, on every core, results in file order.
/// Everything is kept, so the workers need not wait for the order.
pub(super) fn load_all(files: &[PathBuf]) -> Vec<Result<Vec<Article>, LoadError>> {
    let mut all = Vec::with_capacity(files.len());
    load_in_order(
        files,
        usize::MAX,
        |loaded| loaded,
        |loaded| {
            all.push(loaded);
            true
        },
    );
    all
}

/// How many files per worker past the one next in order [`stream`] lets
/// be loaded: enough to keep every core busy behind one slow file, few
/// enough that memory does not grow with the number of files.
const AHEAD_PER_WORKER: usize = 8;

/// What the workers of [`load_in_order`] share.
struct Gate<T, F> {
    /// The next file a worker may take.
    next: usize,
    /// Files handed to `each` so far.
    handed: usize,
    /// `each` wants nothing more.
    stop: bool,
    /// Results done before their turn, by file index.
    waiting: BTreeMap<usize, T>,
    each: F,
}

/// [`load_file`] on every file, on every core, each result turned by `work`
/// (on the worker that loaded it) and handed to `each` in file order as
/// soon as it and every file before it are done. Workers stay at most a
/// few files ahead of the next in order, so memory is flat however many
/// files there are. `each` returning `false` stops the loading.
///
/// `each` runs on whichever worker completes the file next in order, under
/// the gate's lock: no thread waits only to hand results on, which cost a
/// context switch per file.
pub(super) fn stream<T: Send>(
    files: &[PathBuf],
    work: impl Fn(Result<Vec<Article>, LoadError>) -> T + Sync,
    each: impl FnMut(T) -> bool + Send,
) {
    load_in_order(files, AHEAD_PER_WORKER, work, each);
}

/// [`stream`] with `ahead_per_worker` files per worker allowed past the
/// next in order (`usize::MAX`: no limit).
fn load_in_order<T: Send>(
    files: &[PathBuf],
    ahead_per_worker: usize,
    work: impl Fn(Result<Vec<Article>, LoadError>) -> T + Sync,
    mut each: impl FnMut(T) -> bool + Send,
) {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len() / 4 + 1);
    if workers <= 1 {
        for file in files {
            if !each(work(load_file(file))) {
                return;
            }
        }
        return;
    }
    let ahead = workers.saturating_mul(ahead_per_worker);
    let gate = Mutex::new(Gate {
        next: 0,
        handed: 0,
        stop: false,
        waiting: BTreeMap::new(),
        each,
    });
    let moved = Condvar::new();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (gate, moved, work) = (&gate, &moved, &work);
            // A worker cannot panic (the loader is total and fuzzed); were
            // one to, its panic goes on when the scope joins it.
            scope.spawn(move || loop {
                let i = {
                    let mut g = lock(gate);
                    while !g.stop
                        && g.next < files.len()
                        && g.next >= g.handed.saturating_add(ahead)
                    {
                        g = moved.wait(g).unwrap_or_else(PoisonError::into_inner);
                    }
                    if g.stop || g.next >= files.len() {
                        return;
                    }
                    g.next += 1;
                    g.next - 1
                };
                let Some(file) = files.get(i) else { return };
                let result = work(load_file(file));
                let mut g = lock(gate);
                if g.stop {
                    return;
                }
                g.waiting.insert(i, result);
                let before = g.handed;
                loop {
                    let handed = g.handed;
                    let Some(ready) = g.waiting.remove(&handed) else {
                        break;
                    };
                    g.handed += 1;
                    if !(g.each)(ready) {
                        g.stop = true;
                        break;
                    }
                }
                if g.handed > before || g.stop {
                    moved.notify_all();
                }
            });
        }
    });
}

/// The gate, even if a worker panicked holding it: its panic goes on when
/// the scope joins the worker, and the others only need to finish.
fn lock<G>(gate: &Mutex<G>) -> MutexGuard<'_, G> {
    gate.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// `n` small article files in a fresh folder, named in order.
    fn files(n: usize) -> (tempfile::TempDir, Vec<PathBuf>) {
        let dir = tempfile::tempdir().unwrap();
        let paths = (0..n)
            .map(|i| {
                let path = dir.path().join(format!("{i:04}.txt"));
                std::fs::write(
                    &path,
                    format!("Headline {i}\n\nBody number {i} said Jane Roe."),
                )
                .unwrap();
                path
            })
            .collect();
        (dir, paths)
    }

    #[test]
    fn results_come_in_file_order_and_match_loading_all_at_once() {
        let (_dir, paths) = files(200);
        let all: Vec<String> = load_all(&paths)
            .into_iter()
            .map(|r| r.unwrap()[0].title.clone())
            .collect();
        let mut streamed = Vec::new();
        stream(
            &paths,
            |r| r.unwrap()[0].title.clone(),
            |t| {
                streamed.push(t);
                true
            },
        );
        assert_eq!(streamed, all);
        assert_eq!(streamed[7], "Headline 7");
    }

    #[test]
    fn loading_stays_a_bounded_way_ahead_and_stops_when_told() {
        let (_dir, paths) = files(400);
        let loaded = AtomicUsize::new(0);
        let mut seen = 0;
        stream(
            &paths,
            |_| loaded.fetch_add(1, Ordering::SeqCst),
            |_| {
                seen += 1;
                seen < 10
            },
        );
        assert_eq!(seen, 10);
        // Workers take no file more than `ahead` past the last one handed
        // on, and stop once told: far fewer than the 400 there are.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let bound = 10 + cores * AHEAD_PER_WORKER + cores;
        let loaded = loaded.into_inner();
        assert!(loaded <= bound, "{loaded} loaded, bound {bound}");
    }
}
