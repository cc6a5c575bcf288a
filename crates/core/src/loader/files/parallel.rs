//! Loading many files on every core, results kept in file order: what
//! `dump` and other whole-set loads use.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

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
