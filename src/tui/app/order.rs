//! The order the list shows the articles in: newest first by published
//! date (the undated after, as filed), by title, or as filed, where file
//! names compare numbers by value (`2_…` before `10_…`).
//!
//! `entries` stay in the indexer's order (its messages name places in
//! it), so the order is a permutation beside them: `order` lists the
//! entries in sort order and `rank` is its inverse. Both are rebuilt only
//! when the entries or the sort change, never per frame; the filter then
//! walks `order` to make `visible`, which is therefore in sort order.

use std::cmp::Ordering;

use super::App;

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
    /// The entries were replaced: rank them as filed, then sort.
    pub(super) fn entries_changed(&mut self) {
        let mut by_name: Vec<usize> = (0..self.entries.len()).collect();
        // Stable, and the indexer lists files in name order already, so
        // this is close to one pass; entries of one file keep their order.
        // Articles held in memory (the samples, a caller's list) keep the
        // order they were given in, ahead of any files.
        by_name.sort_by(|&a, &b| {
            let (x, y) = (&self.entries[a], &self.entries[b]);
            match (&x.path, &y.path) {
                (Some(p), Some(q)) => natural(
                    p.as_os_str().as_encoded_bytes(),
                    q.as_os_str().as_encoded_bytes(),
                ),
                (None, None) => a.cmp(&b),
                (p, q) => p.is_some().cmp(&q.is_some()),
            }
        });
        self.filed = vec![0; by_name.len()];
        for (rank, &i) in by_name.iter().enumerate() {
            self.filed[i] = rank;
        }
        self.resort();
    }

    /// Sort the entries by the current sort into `order` and `rank`.
    pub(super) fn resort(&mut self) {
        let n = self.entries.len();
        let filed = |i: usize| self.filed.get(i).copied().unwrap_or(i);
        let mut order: Vec<usize> = (0..n).collect();
        match self.sort {
            Sort::Filed => order.sort_unstable_by_key(|&i| filed(i)),
            Sort::Date => order.sort_unstable_by_key(|&i| match self.entries[i].date {
                Some(d) => (0, std::cmp::Reverse(d), filed(i)),
                None => (1, std::cmp::Reverse(0), filed(i)),
            }),
            Sort::Title => {
                order.sort_by_cached_key(|&i| (self.entries[i].title.to_lowercase(), filed(i)))
            }
        }
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

/// Compare names with runs of digits compared by value: `2_a` < `10_a`,
/// `a9` < `a10`; equal values differing in leading zeros by length, so
/// the order stays total.
pub fn natural(a: &[u8], b: &[u8]) -> Ordering {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i].is_ascii_digit() && b[j].is_ascii_digit() {
            let (si, sj) = (i, j);
            while i < a.len() && a[i].is_ascii_digit() {
                i += 1;
            }
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let x = trim_zeros(&a[si..i]);
            let y = trim_zeros(&b[sj..j]);
            let by_value = x.len().cmp(&y.len()).then_with(|| x.cmp(y));
            let by_width = (i - si).cmp(&(j - sj));
            match by_value.then(by_width) {
                Ordering::Equal => continue,
                other => return other,
            }
        }
        match a[i].cmp(&b[j]) {
            Ordering::Equal => {
                i += 1;
                j += 1;
            }
            other => return other,
        }
    }
    (a.len() - i).cmp(&(b.len() - j))
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let zeros = digits.iter().take_while(|&&d| d == b'0').count();
    &digits[zeros..]
}

#[cfg(test)]
mod tests;
