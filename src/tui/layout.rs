//! Where each pane goes, as a pure function of the terminal size and the
//! app's focus/toggles. `render` draws into these rects and `update` uses the
//! same rects for paging and mouse hit-testing, so the two never disagree.

use ratatui::layout::Rect;

/// The three panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    List,
    Reader,
    Sidebar,
}

/// Below this width the sidebar is folded unless toggled on.
pub const SIDEBAR_MIN_WIDTH: u16 = 100;
/// Below this width only one pane shows.
pub const SINGLE_PANE_WIDTH: u16 = 60;
/// The longest line the reader sets, in cells: a comfortable measure.
pub const MAX_MEASURE: u16 = 76;
/// Cells left of the text for the quote mark.
pub const GUTTER: u16 = 2;

/// The user's layout preferences (the `[layout]` table of the config).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Whether the sidebar shows by default on a wide terminal (`e` still
    /// flips it).
    pub sidebar: bool,
    /// The sidebar's width in cells; `None` grows it with the terminal.
    pub sidebar_width: Option<u16>,
    /// The longest line the reader sets, in cells.
    pub measure: u16,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            sidebar: true,
            sidebar_width: None,
            measure: MAX_MEASURE,
        }
    }
}

/// The rects of the visible panes; hidden panes are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub list: Option<Rect>,
    pub reader: Option<Rect>,
    pub sidebar: Option<Rect>,
    pub status: Option<Rect>,
}

impl Panes {
    pub fn get(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::List => self.list,
            Pane::Reader => self.reader,
            Pane::Sidebar => self.sidebar,
        }
    }

    /// The visible panes, left to right: the Tab order.
    pub fn visible(&self) -> Vec<Pane> {
        [Pane::List, Pane::Reader, Pane::Sidebar]
            .into_iter()
            .filter(|p| self.get(*p).is_some())
            .collect()
    }

    /// The pane under a cell.
    pub fn hit(&self, col: u16, row: u16) -> Option<Pane> {
        let pos = ratatui::layout::Position::new(col, row);
        [Pane::List, Pane::Reader, Pane::Sidebar]
            .into_iter()
            .find(|p| self.get(*p).is_some_and(|r| r.contains(pos)))
    }
}

/// Lay out a `width`×`height` terminal. `sidebar_toggled` flips the default
/// (shown when wide and `settings.sidebar`, folded otherwise); `focus` picks
/// the one pane shown on a very narrow terminal.
pub fn panes(
    width: u16,
    height: u16,
    focus: Pane,
    sidebar_toggled: bool,
    settings: &Settings,
) -> Panes {
    if width == 0 || height == 0 {
        return Panes::default();
    }
    let status = Some(Rect::new(0, height - 1, width, 1));
    let body_h = height - 1;
    if body_h == 0 {
        return Panes {
            status,
            ..Panes::default()
        };
    }
    let full = Rect::new(0, 0, width, body_h);
    let mut out = Panes {
        status,
        ..Panes::default()
    };
    if width < SINGLE_PANE_WIDTH {
        match focus {
            Pane::List => out.list = Some(full),
            Pane::Reader => out.reader = Some(full),
            Pane::Sidebar => out.sidebar = Some(full),
        }
        return out;
    }
    let wide = width >= SIDEBAR_MIN_WIDTH;
    let sidebar = (wide && settings.sidebar) != sidebar_toggled;
    // Side panes grow a little with the terminal but stay narrow; the reader
    // takes the rest.
    let list_w = (width / 5).clamp(24, 40);
    let side_w = match settings.sidebar_width {
        // Whatever was asked for, the reader keeps at least 30 cells.
        Some(w) => w.clamp(12, width.saturating_sub(list_w + 30).max(12)),
        None => (width / 5).clamp(24, 36),
    };
    let col = |x: u16, w: u16| Rect::new(x, 0, w, body_h);
    if sidebar && !wide && width < list_w + side_w + 30 {
        // Not enough room for three: the sidebar takes the list's place.
        out.reader = Some(col(0, width - side_w));
        out.sidebar = Some(col(width - side_w, side_w));
    } else if sidebar {
        out.list = Some(col(0, list_w));
        out.reader = Some(col(list_w, width - list_w - side_w));
        out.sidebar = Some(col(width - side_w, side_w));
    } else {
        out.list = Some(col(0, list_w));
        out.reader = Some(col(list_w, width - list_w));
    }
    out
}

/// Inside the reader's border: where the gutter and text go. Returns
/// (text measure, left padding before the gutter). A cell of margin is
/// kept on either side so text never touches the border; wide panes centre
/// a column of at most `max_measure` cells.
pub fn reader_measure(inner_width: u16, max_measure: u16) -> (u16, u16) {
    let avail = inner_width.saturating_sub(GUTTER + 2);
    let measure = avail.clamp(1, max_measure.max(1));
    let pad = if inner_width > GUTTER + 2 { 1 } else { 0 };
    (measure, pad + avail.saturating_sub(measure) / 2)
}

/// The inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    ratatui::widgets::Block::bordered().inner(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_shows_three_panes_and_status() {
        let p = panes(140, 40, Pane::List, false, &Settings::default());
        assert_eq!(p.visible(), [Pane::List, Pane::Reader, Pane::Sidebar]);
        let total: u16 = p
            .visible()
            .iter()
            .filter_map(|x| p.get(*x))
            .map(|r| r.width)
            .sum();
        assert_eq!(total, 140);
        assert_eq!(p.status, Some(Rect::new(0, 39, 140, 1)));
    }

    #[test]
    fn sidebar_folds_below_100_and_toggles() {
        assert_eq!(
            panes(90, 30, Pane::List, false, &Settings::default()).visible(),
            [Pane::List, Pane::Reader]
        );
        assert_eq!(
            panes(90, 30, Pane::List, true, &Settings::default()).visible(),
            [Pane::List, Pane::Reader, Pane::Sidebar]
        );
        assert_eq!(
            panes(120, 30, Pane::List, true, &Settings::default()).visible(),
            [Pane::List, Pane::Reader]
        );
        assert_eq!(
            panes(64, 30, Pane::List, true, &Settings::default()).visible(),
            [Pane::Reader, Pane::Sidebar]
        );
    }

    #[test]
    fn narrow_shows_only_the_focused_pane() {
        assert_eq!(
            panes(50, 20, Pane::Sidebar, false, &Settings::default()).visible(),
            [Pane::Sidebar]
        );
        assert_eq!(
            panes(50, 20, Pane::List, false, &Settings::default()).visible(),
            [Pane::List]
        );
    }

    #[test]
    fn tiny_sizes_do_not_underflow() {
        for w in 0..=20 {
            for h in 0..=10 {
                let p = panes(w, h, Pane::Reader, false, &Settings::default());
                for r in [p.list, p.reader, p.sidebar, p.status]
                    .into_iter()
                    .flatten()
                {
                    assert!(r.right() <= w && r.bottom() <= h);
                }
            }
        }
    }

    #[test]
    fn measure_stays_near_80() {
        assert_eq!(
            reader_measure(200, MAX_MEASURE),
            (MAX_MEASURE, 1 + (200 - 4 - MAX_MEASURE) / 2)
        );
        assert_eq!(reader_measure(40, MAX_MEASURE), (36, 1));
        assert_eq!(reader_measure(0, MAX_MEASURE), (1, 0));
    }
}
