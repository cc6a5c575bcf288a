//! Mouse input: the wheel scrolls the pane under the pointer, a click
//! focuses a pane and selects the row under it. Hit-testing uses the same
//! layout function as rendering, so what is clicked is what was drawn.

use super::navigate::offset;
use super::{inner, App, Pane};

impl App {
    pub(super) fn wheel(&mut self, col: u16, row: u16, down: bool) {
        let panes = self.panes();
        let sign = if down { 1 } else { -1 };
        match panes.hit(col, row) {
            Some(Pane::List) if matches!(self.list_view, super::ListView::Quotes(_)) => {
                self.step_quotes(sign)
            }
            Some(Pane::List) => {
                let page = self.list_page();
                let max = self.visible.len().saturating_sub(page);
                self.list_offset = offset(self.list_offset, sign, max);
                // The selection stays on screen, as with keys: a row
                // scrolled away takes it to the nearest row still shown.
                let pos = self.list_pos();
                let last =
                    (self.list_offset + page.max(1) - 1).min(self.visible.len().saturating_sub(1));
                let want = pos.clamp(self.list_offset.min(last), last);
                if want != pos {
                    if let Some(&i) = self.visible.get(want) {
                        self.select_article(i);
                    }
                }
                self.keep_list_selection_visible();
            }
            Some(Pane::Reader) => {
                let max = self.max_reader_scroll();
                self.reader_scroll = offset(self.reader_scroll, 3 * sign, max);
            }
            Some(Pane::Sidebar) => {
                let h = self.pane_height(Pane::Sidebar);
                let max = self.view.side_rows.len().saturating_sub(h);
                self.side_offset = offset(self.side_offset, sign, max);
            }
            None => {}
        }
    }

    pub(super) fn click(&mut self, col: u16, row: u16) {
        let panes = self.panes();
        let Some(pane) = panes.hit(col, row) else {
            return;
        };
        self.focus = pane;
        let Some(area) = panes.get(pane).map(inner) else {
            return;
        };
        if row < area.y || row >= area.bottom() {
            return;
        }
        let y = usize::from(row - area.y);
        // A click on the row already selected acts like Enter, so the
        // mouse alone can open articles and pick entities.
        match pane {
            Pane::List => {
                if let super::ListView::Quotes(q) = &self.list_view {
                    let Some(at) = self.quote_at_row(y) else {
                        return;
                    };
                    let delta =
                        isize::try_from(at).unwrap_or(0) - isize::try_from(q.selected).unwrap_or(0);
                    if delta == 0 {
                        self.enter();
                    } else {
                        self.step_quotes(delta);
                    }
                    return;
                }
                let Some(&i) = self.visible.get(self.list_offset + y / 2) else {
                    return;
                };
                if i == self.selected {
                    self.enter();
                } else {
                    self.select_article(i);
                }
            }
            Pane::Sidebar => {
                let r = self.side_offset + y;
                if let Some(pos) = self.view.side_entities.iter().position(|&x| x == r) {
                    if pos == self.side_selected {
                        self.enter();
                    }
                    self.side_selected = pos;
                }
            }
            Pane::Reader => self.mark_read(),
        }
    }
}
