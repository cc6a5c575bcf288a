//! Loading many files on every core, results kept in file order: all at
//! once for whole-set loads, or handed on one by one as they are ready for
//! `dump`, which then holds only a few files' articles at a time.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

use super::{load_file, LoadError};
use crate::article::Article;

/// [`load_file`] on every file, on every core, results in file order.
pub(super) fn load_all(files: &[PathBuf]) -> Vec<Result<Vec<Article>, LoadError>> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len() / 4 + 1);
    if workers <= 1 {
        return files.iter().map(|f| load_file(f)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Result<Vec<Article>, LoadError>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    // Files are taken one at a time, so a few large ones
                    // do not leave the other workers idle.
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = files.get(i) else {
                            return out;
                        };
                        out.push((i, load_file(file)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            // A worker cannot panic (the loader is total and fuzzed); were
            // one to, its panic goes on rather than its files going missing.
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// How many files past the one next in order may be loaded: enough to keep
/// every core busy behind one slow file, few enough that memory does not
/// grow with the number of files.
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
pub(super) fn load_in_order<T: Send>(
    files: &[PathBuf],
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
    let ahead = workers * AHEAD_PER_WORKER;
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
                    while !g.stop && g.next < files.len() && g.next >= g.handed + ahead {
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
        load_in_order(
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
        load_in_order(
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
