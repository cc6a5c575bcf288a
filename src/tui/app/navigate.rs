//! Moving through the panes: selection and scrolling by line and page,
//! Enter, and keeping the selection in view as panes scroll.

use super::{App, Pane};
use crate::tui::view::SideRow;

impl App {
    /// Scroll the list so the selection shows. A hidden list has no height
    /// to page by, so it only keeps the offset from passing the selection;
    /// the rest runs again whenever the list can reappear (resize, focus,
    /// toggle).
    pub(super) fn keep_list_selection_visible(&mut self) {
        let pos = self.list_pos();
        self.list_offset = self.list_offset.min(pos);
        if self.panes().list.is_none() {
            return;
        }
        let page = self.list_page();
        if pos < self.list_offset {
            self.list_offset = pos;
        } else if pos >= self.list_offset + page {
            self.list_offset = pos + 1 - page;
        }
    }

    pub(super) fn keep_side_selection_visible(&mut self) {
        let Some(&row) = self.view.side_entities.get(self.side_selected) else {
            return;
        };
        if self.panes().sidebar.is_none() {
            return;
        }
        let h = self.pane_height(Pane::Sidebar).max(1);
        // The first entity of a section pulls its header into view too.
        let top = if self.side_selected == 0 { 0 } else { row };
        if top < self.side_offset {
            self.side_offset = top;
        } else if row >= self.side_offset + h {
            self.side_offset = row + 1 - h;
        }
    }

    /// Move by `delta` in the focused pane (saturating at either end).
    pub(super) fn step(&mut self, delta: isize) {
        match self.focus {
            Pane::List if matches!(self.list_view, super::ListView::Quotes(_)) => {
                self.step_quotes(delta)
            }
            Pane::List => {
                let last = self.visible.len().saturating_sub(1);
                let pos = offset(self.list_pos(), delta, last);
                if let Some(&i) = self.visible.get(pos) {
                    self.select_article(i);
                }
            }
            Pane::Reader => {
                self.mark_read();
                let max = self.max_reader_scroll();
                self.reader_scroll = offset(self.reader_scroll, delta, max);
            }
            Pane::Sidebar => {
                let last = self.view.side_entities.len().saturating_sub(1);
                self.side_selected = offset(self.side_selected, delta, last);
                self.keep_side_selection_visible();
            }
        }
    }

    pub(super) fn page(&mut self, down: bool) {
        let page = match self.focus {
            Pane::List => self.list_page(),
            Pane::Reader => self.reader_height().saturating_sub(2).max(1),
            Pane::Sidebar => self.pane_height(Pane::Sidebar).max(1),
        };
        let page = isize::try_from(page).unwrap_or(1);
        self.step(if down { page } else { -page });
    }

    pub(super) fn enter(&mut self) {
        match self.focus {
            Pane::List if matches!(self.list_view, super::ListView::Quotes(_)) => self.open_quote(),
            Pane::List if matches!(self.list_view, super::ListView::Found(_)) => self.open_found(),
            Pane::List => {
                // Opening starts the dwell timer; see `reading`.
                self.focus = Pane::Reader;
                self.refresh_view();
            }
            Pane::Reader => {}
            Pane::Sidebar => {
                if let Some(e) = self.selected_side_entity() {
                    self.select_entity(e);
                }
            }
        }
    }
}

impl App {
    /// The entity selected in the sidebar: its place in the article's
    /// entities.
    pub(super) fn selected_side_entity(&self) -> Option<usize> {
        match self
            .view
            .side_entities
            .get(self.side_selected)
            .and_then(|&r| self.view.side_rows.get(r))
        {
            Some(SideRow::Entity(e)) => Some(*e),
            _ => None,
        }
    }
}

/// `at + delta` clamped to `0..=max`.
pub(super) fn offset(at: usize, delta: isize, max: usize) -> usize {
    let moved = if delta < 0 {
        at.saturating_sub(delta.unsigned_abs())
    } else {
        at.saturating_add(delta.unsigned_abs())
    };
    moved.min(max)
}
