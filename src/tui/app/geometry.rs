//! Where the panes are for the model's size and focus, and the sizes
//! that paging and scrolling are measured in: the same layout function
//! `render` draws with, so the two never disagree.

use super::{inner, layout, App, Pane, Panes};

impl App {
    /// The current layout; the same function `render` draws with.
    pub fn panes(&self) -> Panes {
        layout::panes(
            self.width,
            self.height,
            self.focus,
            self.sidebar_toggled,
            &self.settings,
        )
    }

    /// The reader's inside, even while a narrow terminal shows another pane
    /// (jumps still need to know how tall a page is).
    pub(super) fn reader_inner(&self) -> ratatui::layout::Rect {
        let p = self.panes();
        let r = p.reader.or_else(|| {
            layout::panes(
                self.width,
                self.height,
                Pane::Reader,
                self.sidebar_toggled,
                &self.settings,
            )
            .reader
        });
        r.map(inner).unwrap_or_default()
    }

    pub fn reader_height(&self) -> usize {
        usize::from(self.reader_inner().height)
    }

    pub(super) fn pane_height(&self, pane: Pane) -> usize {
        self.panes()
            .get(pane)
            .map(|r| usize::from(inner(r).height))
            .unwrap_or(0)
    }

    /// Articles that fit in the list (two rows each).
    pub fn list_page(&self) -> usize {
        (self.pane_height(Pane::List) / 2).max(1)
    }

    pub fn max_reader_scroll(&self) -> usize {
        self.view
            .doc
            .lines
            .len()
            .saturating_sub(self.reader_height())
    }
}
