//! The list filling in while the library is indexed in the background
//! (see [`crate::library::index`]): the cache's list at once, then the
//! files found on disk, then each structured file in place, with progress
//! for the status bar. Every message is applied between key presses, so
//! the keys keep working throughout.

mod prepared;

#[cfg(test)]
mod first_tests;

pub use prepared::Prepared;

use super::{App, Entry};
use crate::library::index::IndexMsg;
use crate::store::{ArticleState, Change, Update};

/// Where indexing stands, for the status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Indexing {
    pub running: bool,
    pub done: usize,
    pub total: usize,
    /// The list holds only the article sent ahead of it
    /// ([`Prepared::First`]); the rest is on its way.
    pub head: bool,
}

impl App {
    /// Apply one (prepared) message of the indexer.
    pub(super) fn apply_index(&mut self, msg: Prepared) {
        match msg {
            Prepared::First(entry) => self.show_first(entry),
            Prepared::Cached(entries, filed) => self.set_entries(entries, filed),
            Prepared::ListedAsCached => {}
            Prepared::Listed(entries, filed) => {
                let same = entries.len() == self.entries.len()
                    && entries
                        .iter()
                        .zip(&self.entries)
                        .all(|(a, b)| a.path == b.path && a.id == b.id && a.pending == b.pending);
                if !same {
                    self.set_entries(entries, filed);
                }
            }
            Prepared::Parsed(batch) => {
                let mut moved = false;
                for (pos, entry) in batch {
                    moved |= self.put_entry(pos, entry);
                }
                // One sort per batch, and none when no entry's place in
                // the order can have changed.
                if moved {
                    self.keeping_row(|app| {
                        app.resort_shown();
                    });
                }
            }
            Prepared::Other(msg) => self.apply_other(msg),
        }
    }

    fn apply_other(&mut self, msg: IndexMsg) {
        match msg {
            IndexMsg::Failed(failures) => {
                for (pos, _) in failures {
                    if let Some(e) = self.entries.get_mut(pos) {
                        e.failed = true;
                    }
                }
                self.apply_filter();
            }
            IndexMsg::Progress { done, total } => {
                // Running until `Done`: the cache is still being written
                // and gone files forgotten after the last file.
                self.indexing = Indexing {
                    running: true,
                    done,
                    total,
                    head: false,
                };
            }
            IndexMsg::Skipped(mut messages) => {
                messages.iter_mut().for_each(super::printable::clean);
                let n = messages.len();
                self.skipped = messages;
                self.message = Some(match n {
                    1 => "1 file skipped (? shows why)".to_string(),
                    n => format!("{n} files skipped (? lists them)"),
                });
            }
            IndexMsg::WriteFailed { count, mut first } => {
                super::printable::clean(&mut first);
                self.message = Some(match count {
                    1 => format!("search may miss an article: {first}"),
                    n => {
                        format!("search may miss articles: {n} index writes failed; first: {first}")
                    }
                });
            }
            IndexMsg::Done => {
                self.indexing.running = false;
                self.index_done = true;
                // A search or mentions list answered while indexing ran
                // only knew the articles indexed so far: ask again, now
                // that it can know them all.
                if matches!(self.list_view, super::ListView::Found(_)) {
                    self.relook();
                }
                if let Some(before) = self.reload_baseline.take() {
                    self.message = Some(before.changes(&self.entries));
                }
            }
            // Prepared on the indexer's thread.
            IndexMsg::Cached(_)
            | IndexMsg::First(_)
            | IndexMsg::FirstFile(_)
            | IndexMsg::Listed(..)
            | IndexMsg::Parsed(_) => {}
        }
    }

    /// The article the list will show first, ahead of the list: listed
    /// alone and opened, so its text is on screen while the list is still
    /// read or walked. The list then keeps it selected ([`set_entries`]).
    /// Only into an empty list: a list already shown stays as it is.
    ///
    /// [`set_entries`]: App::set_entries
    fn show_first(&mut self, entry: Entry) {
        if !self.entries.is_empty() {
            return;
        }
        self.set_entries(vec![entry], vec![0]);
        self.indexing.head = true;
    }

    /// A new list, keeping the selected article selected when it is still
    /// there (by file, else by content).
    fn set_entries(&mut self, mut entries: Vec<Entry>, filed: Vec<usize>) {
        self.indexing.head = false;
        let keep = self.entries.get(self.selected).and_then(|cur| {
            entries.iter().position(|e| e.path == cur.path).or_else(|| {
                entries
                    .iter()
                    .position(|e| !e.id.is_empty() && e.id == cur.id)
            })
        });
        // The kept article was read while its file was still only listed
        // (the article sent first): what was read stands until the indexer
        // structures the file too, or the list would forget its id and
        // read the file once more.
        if let Some(k) = keep {
            let old = self.entries.get(self.selected);
            if let (Some(old), Some(new)) = (old, entries.get_mut(k)) {
                if new.pending && !old.pending && new.path == old.path && new.entry == old.entry {
                    *new = old.clone();
                }
            }
        }
        let was_empty = self.entries.is_empty();
        let row = self.list_pos().saturating_sub(self.list_offset);
        self.entries = entries;
        self.forget_history();
        self.resolve_states();
        self.entries_changed_with(Some(filed));
        let first = self.order.first().copied().unwrap_or(0);
        let selected = keep
            .unwrap_or(first)
            .min(self.entries.len().saturating_sub(1));
        if was_empty || keep.is_none() {
            self.selected = usize::MAX;
            self.select_article(selected);
        } else {
            // The same article at a new place: its view still holds.
            self.selected = selected;
            self.view.article = selected;
        }
        self.apply_filter();
        if keep.is_some() && self.list_view == super::ListView::Articles {
            // New articles above the selection push nothing down.
            let last_page = self.visible.len().saturating_sub(self.list_page());
            self.list_offset = self.list_pos().saturating_sub(row).min(last_page);
            self.keep_list_selection_visible();
        }
    }

    /// Entry `pos` has been structured. Says whether its place in the
    /// sort order may have changed (its date, or its title under a title
    /// sort).
    fn put_entry(&mut self, pos: usize, mut entry: Entry) -> bool {
        let Some(slot) = self.entries.get(pos) else {
            return false;
        };
        if slot.path != entry.path {
            return false;
        }
        // The same path: keep the one the list already holds, which the
        // indexer's to-do list shares, not a third copy (10 MB at
        // 100,000 files by the end of a cold start).
        entry.path.clone_from(&slot.path);
        let moved = slot.date != entry.date
            || (self.sort == super::Sort::Title && slot.title != entry.title);
        let state = self.state_on_arrival(pos, &entry.key(), &entry.id);
        self.entries[pos] = entry;
        if let Some(s) = self.states.get_mut(pos) {
            *s = state;
        }
        moved
    }
}

impl App {
    /// The state of entry `pos` now that it is known to be article `id`
    /// under `key`: what the store knows of it, plus a star or read mark given while
    /// the entry was still being read (it had no id to save them under,
    /// and reading is off the reader's thread, so keys reach it then),
    /// saved now instead of lost.
    pub(super) fn state_on_arrival(&mut self, pos: usize, key: &str, id: &str) -> ArticleState {
        let mut state = self.find_state(key, id);
        let pending = self.entries.get(pos).is_some_and(|e| e.id.is_empty());
        let shown = self.states.get(pos).copied().unwrap_or_default();
        if !pending || id.is_empty() {
            return state;
        }
        if shown.starred && !state.starred {
            state.starred = true;
            self.updates.push(Update {
                key: key.to_string(),
                hash: id.to_string(),
                change: Change::Starred(true),
            });
        }
        if shown.read && !state.read {
            state.read = true;
            self.updates.push(Update {
                key: key.to_string(),
                hash: id.to_string(),
                change: Change::Read(true),
            });
        }
        // Nothing to remember is left out: a cold start of 100,000 new
        // articles would otherwise fill the map with default states, 10 MB
        // at the indexing peak, that a lookup answers as well by missing.
        if state != ArticleState::default() {
            self.known.insert(key, id, state);
        }
        state
    }
}

#[cfg(test)]
mod tests;
