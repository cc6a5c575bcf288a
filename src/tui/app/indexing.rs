//! The list filling in while the library is indexed in the background
//! (see [`crate::library::index`]): the cache's list at once, then the
//! files found on disk, then each structured file in place, with progress
//! for the status bar. Every message is applied between key presses, so
//! the keys keep working throughout.

use std::path::Path;

use super::{App, Entry};
use crate::library::index::{IndexMsg, Listed};
use crate::loader::files::display_path;
use crate::store::index::Summary;

/// Where indexing stands, for the status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Indexing {
    pub running: bool,
    pub done: usize,
    pub total: usize,
}

impl Entry {
    /// The entry for a cached summary.
    pub fn from_summary(s: &Summary) -> Entry {
        let mut entry = Entry {
            id: s.id.to_string(),
            path: Some(s.path.to_path_buf()),
            source: display_path(&s.path),
            title: s.title.to_string(),
            dateline: s.dateline.as_deref().map(str::to_string),
            words: usize::try_from(s.words).unwrap_or(usize::MAX),
            pending: false,
            failed: false,
        };
        entry.clean();
        entry
    }

    /// A file found but not yet structured: listed under its name.
    pub fn pending(path: &Path) -> Entry {
        let title = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut entry = Entry {
            id: String::new(),
            path: Some(path.to_path_buf()),
            source: display_path(path),
            title,
            dateline: None,
            words: 0,
            pending: true,
            failed: false,
        };
        entry.clean();
        entry
    }
}

impl App {
    /// Apply one message of the indexer.
    pub fn apply_index(&mut self, msg: IndexMsg) {
        match msg {
            IndexMsg::Cached(summaries) => {
                // Only a list not yet shown is taken from the cache; a
                // reload keeps what is on screen until the disk answers.
                if self.entries.is_empty() {
                    let entries = summaries.iter().map(Entry::from_summary).collect();
                    self.set_entries(entries);
                }
            }
            IndexMsg::Listed(cached, listed) => {
                // Usually the disk agrees with the list already shown from
                // the cache: compare before building anything.
                let same = listed.len() == self.entries.len()
                    && listed.iter().zip(&self.entries).all(|(l, e)| match l {
                        Listed::Known(i) => cached.get(*i).is_some_and(|s| {
                            e.path.as_deref() == Some(&*s.path) && *e.id == *s.id && !e.pending
                        }),
                        Listed::Pending(p) => e.pending && e.path.as_ref() == Some(p),
                    });
                if !same {
                    let entries = listed
                        .iter()
                        .map(|l| match l {
                            Listed::Known(i) => cached
                                .get(*i)
                                .map_or_else(Entry::default, Entry::from_summary),
                            Listed::Pending(p) => Entry::pending(p),
                        })
                        .collect();
                    self.set_entries(entries);
                }
            }
            IndexMsg::Parsed(batch) => {
                for (pos, summary) in batch {
                    self.put_summary(pos, &summary);
                }
            }
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
            IndexMsg::Done => {
                self.indexing.running = false;
                self.index_done = true;
                if let Some(before) = self.reload_baseline.take() {
                    let new = self
                        .entries
                        .iter()
                        .filter(|e| {
                            !e.failed && e.path.as_ref().is_some_and(|p| !before.contains(p))
                        })
                        .count();
                    self.message = Some(match new {
                        0 => "reloaded: nothing new".to_string(),
                        1 => "reloaded: 1 new article".to_string(),
                        n => format!("reloaded: {n} new articles"),
                    });
                }
            }
        }
    }

    /// A new list, keeping the selected article selected when it is still
    /// there (by file, else by content).
    fn set_entries(&mut self, entries: Vec<Entry>) {
        let keep = self.entries.get(self.selected).and_then(|cur| {
            entries.iter().position(|e| e.path == cur.path).or_else(|| {
                entries
                    .iter()
                    .position(|e| !e.id.is_empty() && e.id == cur.id)
            })
        });
        let was_empty = self.entries.is_empty();
        self.entries = entries;
        self.states = self
            .entries
            .iter()
            .map(|e| self.known_state(&e.id))
            .collect();
        let selected = keep.unwrap_or(0).min(self.entries.len().saturating_sub(1));
        if was_empty || keep.is_none() {
            self.selected = usize::MAX;
            self.select_article(selected);
        } else {
            self.selected = selected;
        }
        self.apply_filter();
    }

    /// Entry `pos` has been structured.
    fn put_summary(&mut self, pos: usize, summary: &Summary) {
        let Some(entry) = self.entries.get_mut(pos) else {
            return;
        };
        if entry.path.as_deref() != Some(&*summary.path) {
            return;
        }
        *entry = Entry::from_summary(summary);
        let state = self.known_state(&summary.id);
        if let Some(s) = self.states.get_mut(pos) {
            *s = state;
        }
    }
}
