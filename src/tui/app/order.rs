//! The order the list shows the articles in: newest first by published
//! date (the undated after, as filed), by title, or as filed, where file
//! names compare numbers by value (`2_…` before `10_…`).
//!
//! `entries` stay in the indexer's order (its messages name places in
//! it), so the order is a permutation beside them: `order` lists the
//! entries in sort order and `rank` is its inverse. Both are rebuilt only
//! when the entries or the sort change, never per frame; the filter then
//! walks `order` to make `visible`, which is therefore in sort order.

use super::{App, Entry};
/// The order as filed compares paths so (with the indexer's first file).
pub use crate::library::filed::natural;

/// How the list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Newest first by published date; articles with no date after the
    /// dated ones, as filed.
    #[default]
    Date,
    /// By title, ignoring case.
    Title,
    /// As the files are named, numbers compared by value.
    Filed,
}

impl Sort {
    fn next(self) -> Sort {
        match self {
            Sort::Date => Sort::Title,
            Sort::Title => Sort::Filed,
            Sort::Filed => Sort::Date,
        }
    }

    /// How the status bar names it.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Date => "newest first",
            Sort::Title => "by title",
            Sort::Filed => "as filed",
        }
    }
}

impl App {
    /// The entries were replaced: rank them as filed (unless `filed`
    /// already does, worked out on the indexer's thread), then sort.
    pub(super) fn entries_changed_with(&mut self, filed: Option<Vec<usize>>) {
        self.filed = match filed {
            Some(f) if f.len() == self.entries.len() => f,
            _ => filed_ranks(&self.entries),
        };
        self.resort();
    }

    pub(super) fn entries_changed(&mut self) {
        self.entries_changed_with(None);
    }

    /// Sort the entries by the current sort into `order` and `rank`. The
    /// keys are copied out in one pass and sorted side by side with their
    /// index: sorting through the entries would jump around 100,000 of them
    /// in memory for every comparison.
    pub(super) fn resort(&mut self) {
        let n = self.entries.len();
        let filed = |i: usize| self.filed.get(i).copied().unwrap_or(i);
        let order: Vec<usize> = match self.sort {
            Sort::Filed => {
                let mut order: Vec<usize> = (0..n).collect();
                if self.filed.len() == n {
                    for (i, &r) in self.filed.iter().enumerate() {
                        order[r] = i;
                    }
                }
                order
            }
            Sort::Date => {
                let mut keys: Vec<(bool, std::cmp::Reverse<i64>, usize, usize)> = self
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        let d = e.date.unwrap_or(0);
                        (e.date.is_none(), std::cmp::Reverse(d), filed(i), i)
                    })
                    .collect();
                keys.sort_unstable();
                keys.into_iter().map(|k| k.3).collect()
            }
            Sort::Title => {
                let mut keys: Vec<(String, usize, usize)> = self
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (e.title.to_lowercase(), filed(i), i))
                    .collect();
                keys.sort_unstable();
                keys.into_iter().map(|k| k.2).collect()
            }
        };
        self.rank = vec![0; n];
        for (r, &i) in order.iter().enumerate() {
            self.rank[i] = r;
        }
        self.order = order;
    }

    /// Sort again and put the listed articles in the new order, without
    /// applying the filter anew (an article just read stays listed under
    /// the unread filter until the filter is chosen again).
    pub(super) fn resort_shown(&mut self) {
        self.resort();
        if self.list_view == super::ListView::Articles {
            let rank = std::mem::take(&mut self.rank);
            self.visible.sort_unstable_by_key(|&i| rank.get(i).copied());
            self.rank = rank;
        }
    }

    /// Entry `i`'s place in the sorted list.
    pub fn rank_of(&self, i: usize) -> usize {
        self.rank.get(i).copied().unwrap_or(i)
    }

    /// The next sort: the list is re-sorted with the selection kept.
    pub(super) fn cycle_sort(&mut self) {
        self.sort = self.sort.next();
        self.keeping_row(|app| {
            app.resort_shown();
        });
        self.message = Some(format!("sorted {}", self.sort.label()));
    }

    /// Run `change` (which may reorder or refill the list) keeping the
    /// selected article on the same screen row, so the list does not move
    /// under the cursor when articles arrive above it.
    pub(super) fn keeping_row(&mut self, change: impl FnOnce(&mut App)) {
        let articles = self.list_view == super::ListView::Articles;
        let row = self.list_pos().saturating_sub(self.list_offset);
        change(self);
        if articles {
            // Never scrolled past the end: a list that fits stays whole.
            let last_page = self.visible.len().saturating_sub(self.list_page());
            self.list_offset = self.list_pos().saturating_sub(row).min(last_page);
            self.keep_list_selection_visible();
        }
    }
}

/// Each entry's place when listed as filed: by path, numbers compared by
/// value. Stable, and the indexer lists files in name order already, so
/// this is close to one pass; entries of one file keep their order.
/// Entries held in memory (the samples, a caller's list) keep the order
/// they were given in, ahead of any files. A fifth of a second for
/// 100,000 names out of order: the indexer's thread does it for its
/// lists (see [`Prepared`](super::Prepared)).
pub fn filed_ranks(entries: &[Entry]) -> Vec<usize> {
    let mut by_name: Vec<(Option<&[u8]>, usize)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.path.as_ref().map(|p| p.as_os_str().as_encoded_bytes()), i))
        .collect();
    by_name.sort_by(|(p, a), (q, b)| match (p, q) {
        (Some(p), Some(q)) => natural(p, q),
        (None, None) => a.cmp(b),
        (p, q) => p.is_some().cmp(&q.is_some()),
    });
    let mut filed = vec![0; by_name.len()];
    for (rank, &(_, i)) in by_name.iter().enumerate() {
        filed[i] = rank;
    }
    filed
}

#[cfg(test)]
mod tests;
