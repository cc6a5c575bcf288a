//! `/` search in the reader: the prompt's editing, incremental matching as
//! the user types (like less), and `n`/`N` through the matches once the
//! prompt is closed. The matching itself is [`crate::tui::search`].

use super::App;
use crate::tui::action::Action;
use crate::tui::layout::Pane;
use crate::tui::search::{self, Match};

/// A search in the open article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    /// What the user typed, control chars never included.
    pub query: String,
    /// The prompt is open and taking keys.
    pub editing: bool,
    /// Every match in the body, in reading order.
    pub matches: Vec<Match>,
    /// Position in `matches` of the current one.
    pub pos: usize,
    /// The reader's scroll when `/` was pressed: matches are looked for
    /// from here as the query grows, and Esc goes back here.
    pub origin: usize,
    /// Match each word of the query on its own (a library search's words
    /// need not stand together), rather than the query as typed.
    pub words: bool,
}

impl Search {
    pub fn current(&self) -> Option<Match> {
        self.matches.get(self.pos).copied()
    }
}

impl App {
    /// The status line for the search: the prompt while typing, else where
    /// `n`/`N` stand.
    pub fn search_status(&self) -> Option<String> {
        let s = self.search.as_ref()?;
        let count = match s.matches.len() {
            0 => "no match".to_string(),
            n => format!("match {}/{n}", s.pos + 1),
        };
        Some(if s.editing {
            format!("/{}▏ · {count}", s.query)
        } else {
            format!("{count} · \"{}\"", s.query)
        })
    }

    /// The prompt's actions.
    pub(super) fn update_search(&mut self, action: Action) {
        match action {
            Action::SearchStart => self.search_start(),
            Action::SearchInput(c) => self.search_edit(Some(c)),
            Action::SearchBackspace => self.search_edit(None),
            Action::SearchSubmit => self.search_submit(),
            Action::SearchCancel => self.search_cancel(),
            _ => {}
        }
    }

    fn search_start(&mut self) {
        if self.article().is_none() {
            self.message = Some("no article to search".into());
            return;
        }
        // The matches are in the reader: show it on a one-pane screen.
        if self.panes().reader.is_none() {
            self.focus = Pane::Reader;
        }
        self.search = Some(Search {
            query: String::new(),
            editing: true,
            matches: Vec::new(),
            pos: 0,
            origin: self.reader_scroll,
            words: false,
        });
    }

    /// Show the matches of a library search's words in the open article,
    /// from its first, as if typed at `/` and submitted.
    pub(super) fn search_words(&mut self, query: String) {
        self.search = Some(Search {
            query,
            editing: false,
            matches: Vec::new(),
            pos: 0,
            origin: 0,
            words: true,
        });
        self.rematch(0);
        if self.search.as_ref().is_some_and(|s| s.matches.is_empty()) {
            self.search = None;
        }
    }

    fn search_edit(&mut self, typed: Option<char>) {
        let Some(s) = self.search.as_mut().filter(|s| s.editing) else {
            return;
        };
        match typed {
            // The key mapping sends no control chars; this keeps any
            // other caller from putting one in the status line.
            Some(c) if !crate::tui::printable::is_unsafe(c) => s.query.push(c),
            Some(_) => return,
            None => {
                s.query.pop();
            }
        }
        let origin = s.origin;
        self.rematch(origin);
    }

    /// Find the query again and go to the first match at or below `from`
    /// (a reader scroll), wrapping to the first match; with none, back to
    /// `from`.
    fn rematch(&mut self, from: usize) {
        let matches = match (self.search.as_ref(), self.article()) {
            (Some(s), Some(a)) if s.words => {
                search::find_words_in_blocks(a.blocks.iter().map(|b| b.text.as_str()), &s.query)
            }
            (Some(s), Some(a)) => {
                search::find_in_blocks(a.blocks.iter().map(|b| b.text.as_str()), &s.query)
            }
            _ => return,
        };
        let doc = &self.view.doc;
        let pos = matches
            .iter()
            .position(|m| doc.line_of(m.block, m.start).is_some_and(|l| l >= from))
            .unwrap_or(0);
        let Some(s) = self.search.as_mut() else {
            return;
        };
        s.matches = matches;
        s.pos = pos;
        match s.current() {
            Some(m) => {
                self.reader_scroll = from;
                self.scroll_to(m.block, m.start, m.end);
            }
            None => self.reader_scroll = from.min(self.max_reader_scroll()),
        }
    }

    fn search_submit(&mut self) {
        match self.search.as_mut() {
            Some(s) if s.query.is_empty() => self.search = None,
            Some(s) => {
                s.editing = false;
                if s.current().is_some() {
                    self.mark_read();
                }
            }
            None => {}
        }
    }

    /// Esc in the prompt: as if `/` had not been pressed.
    fn search_cancel(&mut self) {
        if let Some(s) = self.search.take() {
            self.reader_scroll = s.origin.min(self.max_reader_scroll());
        }
    }

    /// `n`/`N` with a search up: the next or previous match, wrapping.
    /// Returns false when there is no search, so the keys keep their
    /// entity and quote meaning.
    pub(super) fn step_search(&mut self, forward: bool) -> bool {
        let Some(s) = self.search.as_mut().filter(|s| !s.editing) else {
            return false;
        };
        let n = s.matches.len();
        if n == 0 {
            self.message = Some(format!("no match for \"{}\"", s.query));
            return true;
        }
        let next = if forward {
            (s.pos + 1) % n
        } else {
            (s.pos + n - 1) % n
        };
        let wrapped = (forward && next < s.pos) || (!forward && next > s.pos);
        s.pos = next;
        if let Some(m) = s.current() {
            self.scroll_to(m.block, m.start, m.end);
        }
        if wrapped {
            self.message = Some(if forward {
                "wrapped to the first".into()
            } else {
                "wrapped to the last".into()
            });
        }
        self.mark_read();
        true
    }
}

#[cfg(test)]
mod tests;
