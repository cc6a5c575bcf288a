//! The jump history: like a browser's back button. Opening a view (the
//! articles mentioning an entity, a person's quotes) or an article from one
//! remembers where the reader was; `Backspace` goes back there:
//! the same list view and selection, the same article at the same place,
//! the same pane focused.

use super::lookup::{Arrival, ListView};
use super::App;
use crate::tui::layout::Pane;

/// Places kept; older ones are dropped first.
const DEPTH: usize = 50;

/// Everything that says where the user was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    view: ListView,
    /// What a found list listed; `None` for the article list, which is
    /// recomputed from the filter rather than copied (100,000 entries).
    visible: Option<Vec<usize>>,
    list_offset: usize,
    selected: usize,
    focus: Pane,
    /// The reader's top line as text position (block, char offset), so a
    /// re-wrap or a re-read file lands on the same words.
    at: Option<(usize, usize)>,
    side_selected: usize,
    side_offset: usize,
}

impl App {
    /// Remember where the user is, before a jump.
    pub(super) fn push_place(&mut self) {
        let at = self
            .view
            .doc
            .lines
            .get(self.reader_scroll)
            .and_then(|l| l.block.map(|b| (b, l.start)))
            .filter(|_| self.reader_scroll > 0);
        let place = Place {
            view: self.list_view.clone(),
            visible: (self.list_view != ListView::Articles).then(|| self.visible.clone()),
            list_offset: self.list_offset,
            selected: self.selected,
            focus: self.focus,
            at,
            side_selected: self.side_selected,
            side_offset: self.side_offset,
        };
        if self.history.last() == Some(&place) {
            return;
        }
        if self.history.len() == DEPTH {
            self.history.remove(0);
        }
        self.history.push(place);
    }

    /// `Backspace`: return to the last remembered place.
    pub(super) fn back(&mut self) {
        let Some(place) = self.history.pop() else {
            self.message = Some("nothing to go back to".into());
            return;
        };
        // Answers still on their way belong to the view being left.
        self.lookup_gen += 1;
        self.list_view = place.view;
        match place.visible {
            Some(visible) => self.visible = visible,
            None => self.apply_filter(),
        }
        if self.selected != place.selected {
            self.select_article(place.selected);
        }
        self.focus = place.focus;
        self.fix_focus();
        self.list_offset = place.list_offset;
        self.keep_list_selection_visible();
        self.cursor = super::Cursor::None;
        self.highlight = None;
        self.search = None;
        self.reader_scroll = 0;
        self.arrival = place
            .at
            .map(|(block, offset)| Arrival::Position { block, offset });
        self.refresh_view();
        if matches!(self.list_view, ListView::Quotes(_)) {
            // The quote selected there is the one shown, as it was.
            self.preview_quote();
        } else {
            self.arrive();
        }
        self.side_selected = place.side_selected;
        self.side_offset = place.side_offset;
        self.keep_side_selection_visible();
        let left = self.history.len();
        self.message = Some(match left {
            0 => "back".to_string(),
            n => format!("back · {n} more"),
        });
    }

    /// The list changed under the history (a new indexing run): the
    /// remembered places point at list positions that no longer hold.
    pub(super) fn forget_history(&mut self) {
        self.history.clear();
    }

    /// Put the reader where the pending [`Arrival`] says, once the
    /// article's text is there (a library reads it after the jump).
    pub(super) fn arrive(&mut self) {
        if self.article().is_none() || self.view.article != self.selected {
            return;
        }
        let Some(arrival) = self.arrival.take() else {
            return;
        };
        match arrival {
            Arrival::Search(query) => self.search_words(query),
            Arrival::Entity(name) => {
                let e = self
                    .article()
                    .and_then(|a| a.entities.iter().position(|e| e.name == name));
                if let Some(e) = e {
                    self.select_entity(e);
                }
            }
            Arrival::Quote { block, start } => {
                let quotes = self.article().map(|a| a.quotes.as_slice()).unwrap_or(&[]);
                let at = self.view.attributed.iter().position(|&q| {
                    quotes
                        .get(q)
                        .is_some_and(|q| q.block == block && q.start == start)
                });
                // A jump to a quote: the cursor is on it, so a search
                // left up in the same article would say where it stands
                // instead.
                self.search = None;
                // Not `go_quote`: arriving to look is not reading yet.
                if let Some(pos) = at {
                    self.cursor = super::Cursor::Quote(pos);
                }
                self.scroll_to(block, start, start + 1);
            }
            Arrival::Position { block, offset } => {
                if let Some(line) = self.view.doc.line_of(block, offset) {
                    self.reader_scroll = line.min(self.max_reader_scroll());
                }
            }
        }
    }
}
