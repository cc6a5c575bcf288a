//! Which pane has the keys, kept valid as the layout changes with the
//! terminal's width.

use super::App;
use crate::tui::layout::{self, Pane};

impl App {
    pub(super) fn fix_focus(&mut self) {
        if self.width >= layout::SINGLE_PANE_WIDTH && self.panes().get(self.focus).is_none() {
            self.focus = Pane::Reader;
        }
    }

    /// Give the list the keys for a view it now shows (found articles, a
    /// person's quotes). Where the sidebar stands in the list's place, it
    /// folds so the view can be seen.
    pub(super) fn focus_list(&mut self) {
        self.focus = Pane::List;
        if self.width >= layout::SINGLE_PANE_WIDTH && self.panes().list.is_none() {
            self.sidebar_toggled = !self.sidebar_toggled;
            self.refresh_view();
            self.keep_list_selection_visible();
        }
    }

    pub(super) fn cycle_focus(&mut self, forward: bool) {
        let order = if self.width < layout::SINGLE_PANE_WIDTH {
            vec![Pane::List, Pane::Reader, Pane::Sidebar]
        } else {
            self.panes().visible()
        };
        if order.is_empty() {
            return;
        }
        let at = order.iter().position(|p| *p == self.focus).unwrap_or(0);
        let n = order.len();
        let next = if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        };
        self.focus = order[next];
        self.refresh_view();
        self.keep_list_selection_visible();
        self.keep_side_selection_visible();
    }
}
