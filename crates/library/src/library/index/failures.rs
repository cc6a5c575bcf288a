//! Writes an indexing run could not make: a document the search index
//! refused, a cache row the state database did not take, a commit that
//! failed. None of them stops the run (the article still reads; it is only
//! missing from search, or read again at the next start), but each is
//! counted and the first kept, so the reader can say that search is
//! incomplete and why instead of failing silently.

use std::fmt::Display;
use std::sync::Mutex;

/// The failed writes of one run, shared by its workers.
#[derive(Debug, Default)]
pub struct WriteFailures {
    inner: Mutex<Tally>,
}

#[derive(Debug, Default)]
struct Tally {
    count: usize,
    first: Option<String>,
}

impl WriteFailures {
    /// Count `result` when it failed, as `what` (`adding to the search
    /// index`).
    pub fn note<T, E: Display>(&self, what: &str, result: Result<T, E>) {
        if let Err(e) = result {
            // A poisoned lock only means a worker panicked mid-count: the
            // tally is still a number worth reporting.
            let mut t = self.inner.lock().unwrap_or_else(|p| p.into_inner());
            t.count += 1;
            t.first.get_or_insert_with(|| format!("{what}: {e}"));
        }
    }

    /// How many writes failed, and the first of them; `None` when none did.
    pub fn take(&self) -> Option<(usize, String)> {
        let mut t = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let first = t.first.take()?;
        let count = std::mem::take(&mut t.count);
        Some((count, first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_counted_and_the_first_kept() {
        let f = WriteFailures::default();
        f.note("adding", Ok::<(), String>(()));
        assert_eq!(f.take(), None);
        f.note("adding", Err::<(), _>("disk full"));
        f.note("committing", Err::<(), _>("locked"));
        assert_eq!(f.take(), Some((2, "adding: disk full".to_string())));
        assert_eq!(f.take(), None);
    }
}
