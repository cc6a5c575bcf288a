//! Reading state in the model: read/unread, starred, where the reader
//! stopped, and the list filter built on them.
//!
//! Every change is recorded twice: in `states` for the next frame, and as
//! an [`Update`] in `updates`, which the event loop writes to the store
//! before it draws, so nothing is shown as done that is not saved. An
//! article counts as read once it has been open in the reader for a moment
//! (the loop's [`Action::Dwell`](crate::tui::action::Action::Dwell) timer)
//! or as soon as it is scrolled or jumped in; `u` marks it unread again
//! and keeps it so while it stays open.

use super::App;
use crate::store::{ArticleState, Change, Found, Position, States, Update};
use crate::tui::doc::LineKind;
use crate::tui::layout::Pane;

/// Which articles the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Unread,
    Starred,
}

impl Filter {
    fn next(self) -> Filter {
        match self {
            Filter::All => Filter::Unread,
            Filter::Unread => Filter::Starred,
            Filter::Starred => Filter::All,
        }
    }

    fn keeps(self, state: &ArticleState) -> bool {
        match self {
            Filter::All => true,
            Filter::Unread => !state.read,
            Filter::Starred => state.starred,
        }
    }

    /// How the list's title names what it shows (the samples standing in
    /// for an empty library are called so).
    pub fn label(self, samples: bool) -> &'static str {
        match self {
            Filter::All if samples => "Samples",
            Filter::All => "Articles",
            Filter::Unread => "Unread",
            Filter::Starred => "Starred",
        }
    }
}

impl App {
    /// This model with what the store remembers about its articles, the
    /// selected one reopened where the reader left it (while it is built:
    /// a running reader learns states through [`super::Msg`]).
    pub fn with_states(mut self, known: &States) -> Self {
        self.set_states(known);
        self
    }

    /// Take what the store remembers about these articles and reopen the
    /// selected one where the reader left it.
    pub(super) fn set_states(&mut self, known: &States) {
        self.known = known.clone();
        self.resolve_states();
        self.apply_filter();
        self.restore_position();
    }

    /// Every entry's state from `known`.
    pub(super) fn resolve_states(&mut self) {
        if self.known.is_empty() {
            // Nothing remembered (a first start): no key to build.
            self.states = vec![ArticleState::default(); self.entries.len()];
            return;
        }
        let mut states = Vec::with_capacity(self.entries.len());
        for i in 0..self.entries.len() {
            let (key, id) = (self.entries[i].key(), &self.entries[i].id);
            // A file not yet structured takes its state when it is (see
            // `state_on_arrival`), so a star given meanwhile is not lost.
            let found = if id.is_empty() {
                None
            } else {
                self.known.find(&key, id)
            };
            let state = found.map_or_else(ArticleState::default, Found::state);
            if let Some(change) = found.and_then(|f| self.follow(f)) {
                let hash = id.clone();
                self.keep_found(key, hash, state, change);
            }
            states.push(state);
        }
        self.states = states;
    }

    /// The remembered state of the article with this key and text hash
    /// (`id`); one found only by the hash (a moved file, a row from before
    /// keys) is saved under the key from now on.
    pub(super) fn find_state(&mut self, key: &str, id: &str) -> ArticleState {
        if id.is_empty() {
            return ArticleState::default();
        }
        let found = self.known.find(key, id);
        let state = found.map_or_else(ArticleState::default, Found::state);
        if let Some(change) = found.and_then(|f| self.follow(f)) {
            self.keep_found(key.to_string(), id.to_string(), state, change);
        }
        state
    }

    /// What to save about state found other than under the article's key
    /// and text: state found by hash is taken over by the key, and an
    /// edited text's new hash is noted.
    fn follow(&self, found: Found) -> Option<Change> {
        match found {
            Found::Key(_) => None,
            Found::Edited(_) => Some(Change::Hash),
            Found::Hash(s) => Some(Change::Adopt(s)),
        }
    }

    fn keep_found(&mut self, key: String, hash: String, state: ArticleState, change: Change) {
        if key.is_empty() || hash.is_empty() {
            return;
        }
        self.known.insert(&key, &hash, state);
        self.updates.push(Update { key, hash, change });
    }

    pub fn state(&self, i: usize) -> ArticleState {
        self.states.get(i).copied().unwrap_or_default()
    }

    pub fn unread_count(&self) -> usize {
        self.states.iter().filter(|s| !s.read).count()
    }

    /// The selection's place among the listed articles (0 when the filter
    /// hides it).
    pub fn list_pos(&self) -> usize {
        if self.list_view == super::ListView::Articles {
            let rank = self.rank_of(self.selected);
            self.visible
                .binary_search_by_key(&rank, |&i| self.rank_of(i))
                .unwrap_or(0)
        } else {
            // A found list is ranked, not in list order.
            self.visible
                .iter()
                .position(|&i| i == self.selected)
                .unwrap_or(0)
        }
    }

    /// The article the loop should mark read once it has stayed open a
    /// moment: the one in a focused reader, unless already read or just
    /// marked unread by hand.
    pub fn dwell_target(&self) -> Option<usize> {
        let open = self.focus == Pane::Reader
            && !self.help_open
            && self.panes().reader.is_some()
            && self.selected < self.entries.len();
        (open && !self.state(self.selected).read && self.kept_unread != Some(self.selected))
            .then_some(self.selected)
    }

    pub(super) fn dwell(&mut self) {
        if let Some(i) = self.dwell_target() {
            self.set_read(i, true);
        }
    }

    /// The selected article is being read (scrolled, jumped in).
    pub(super) fn mark_read(&mut self) {
        if self.kept_unread != Some(self.selected) {
            self.set_read(self.selected, true);
        }
    }

    pub(super) fn toggle_read(&mut self) {
        let i = self.selected;
        let read = !self.state(i).read;
        self.set_read(i, read);
        self.kept_unread = (!read).then_some(i);
        self.message = Some(if read { "marked read" } else { "marked unread" }.to_string());
    }

    pub(super) fn toggle_star(&mut self) {
        let i = self.selected;
        let Some(state) = self.states.get_mut(i) else {
            return;
        };
        state.starred = !state.starred;
        let starred = state.starred;
        self.record(i, Change::Starred(starred));
        self.message = Some(if starred { "starred" } else { "unstarred" }.to_string());
    }

    pub(super) fn cycle_filter(&mut self) {
        self.filter = self.filter.next();
        self.apply_filter();
        let n = self.visible.len();
        let articles = if n == 1 { "article" } else { "articles" };
        self.message = Some(match (self.filter, n) {
            (Filter::All, _) => format!("all {n} {articles}"),
            (Filter::Unread, 0) => "no unread articles · f: starred".to_string(),
            (Filter::Unread, _) => format!("{n} unread {articles} · f: starred"),
            (Filter::Starred, 0) => "no starred articles · f: all".to_string(),
            (Filter::Starred, _) => format!("{n} starred {articles} · f: all"),
        });
    }

    /// Recompute which articles the list shows. Marking an article read
    /// under the unread filter does not take it away at once (the list
    /// would jump under the reader); the filter is applied when chosen and
    /// when the library is reloaded.
    pub(super) fn apply_filter(&mut self) {
        if self.list_view != super::ListView::Articles {
            // A view lists what the search thread found, not the filter.
            self.relook();
            return;
        }
        self.visible = self
            .order
            .iter()
            .copied()
            .filter(|&i| {
                let e = &self.entries[i];
                !e.failed
                    && self.filter.keeps(&self.state(i))
                    && self.picked.keeps(e, &self.feed_tags)
            })
            .collect();
        let rank = self.rank_of(self.selected);
        let shown = self
            .visible
            .binary_search_by_key(&rank, |&i| self.rank_of(i))
            .is_ok();
        if !self.visible.is_empty() && !shown {
            let next = self.visible.partition_point(|&i| self.rank_of(i) < rank);
            let pick = self.visible[next.min(self.visible.len() - 1)];
            self.select_article(pick);
        }
        self.list_offset = self.list_offset.min(self.visible.len().saturating_sub(1));
        self.keep_list_selection_visible();
    }

    pub(super) fn set_read(&mut self, i: usize, read: bool) {
        let Some(state) = self.states.get_mut(i) else {
            return;
        };
        if state.read != read {
            state.read = read;
            self.record(i, Change::Read(read));
        }
    }

    fn record(&mut self, i: usize, change: Change) {
        let Some((key, id)) = self.entries.get(i).map(|a| (a.key(), a.id.clone())) else {
            return;
        };
        // A file not yet structured has no id to keep state under; it is
        // structured as soon as it is opened.
        if id.is_empty() || key.is_empty() {
            return;
        }
        if let Some(state) = self.states.get(i) {
            self.known.insert(&key, &id, *state);
        }
        // A held key scrolls many times between two writes; only the last
        // position of a run matters.
        if let (Change::Position(_), Some(last)) = (change, self.updates.last_mut()) {
            if last.key == key && matches!(last.change, Change::Position(_)) {
                last.change = change;
                return;
            }
        }
        self.updates.push(Update {
            key,
            hash: id,
            change,
        });
    }

    /// Where the reader stands in the selected article, in text terms: the
    /// body line at the top of the pane, or the one just above a blank
    /// between paragraphs. `None` at the top or still in the headline,
    /// byline and caption, which have no body position: reopening there
    /// starts at the top rather than skip what was not read.
    fn reading_position(&self) -> Option<Position> {
        if self.reader_scroll == 0 {
            return None;
        }
        let lines = self.view.doc.lines.get(..=self.reader_scroll)?;
        let line = lines
            .iter()
            .rev()
            .take_while(|l| l.block.is_some() || l.kind == LineKind::Blank)
            .find(|l| l.block.is_some())?;
        let block = line.block?;
        let blocks = self.article().map_or(&[][..], |a| a.blocks.as_slice());
        Some(Position::at(blocks, block, line.start))
    }

    /// Remember the reading position when it moved. Runs after every
    /// action, so the position is saved as it changes and a crash loses
    /// nothing that was on screen.
    pub(super) fn track_position(&mut self) {
        let i = self.selected;
        if self.view.article != i || self.view.doc.lines.is_empty() || i >= self.states.len() {
            return;
        }
        let position = self.reading_position();
        let saved = self.states[i].position;
        // A saved offset inside a line (from another width) and the start
        // of that line are the same place.
        let same = match (saved, position) {
            (Some(s), Some(_)) => {
                self.view.doc.line_of(s.block, s.offset) == Some(self.reader_scroll)
            }
            (s, p) => s == p,
        };
        if !same {
            self.states[i].position = position;
            self.record(i, Change::Position(position));
        }
    }

    /// Scroll the reader to where the selected article was left: to the
    /// same words when the text changed since (see
    /// [`Position::place_in`]).
    pub(super) fn restore_position(&mut self) {
        let Some(saved) = self.state(self.selected).position else {
            return;
        };
        if self.view.article != self.selected {
            return;
        }
        let Some(p) = self.article().and_then(|a| saved.place_in(&a.blocks)) else {
            return;
        };
        if let Some(line) = self.view.doc.line_of(p.block, p.offset) {
            self.reader_scroll = line.min(self.max_reader_scroll());
        }
    }
}

#[cfg(test)]
mod tests;
