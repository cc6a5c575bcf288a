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
    let col = |x: u16, w: u16| Rect::new(x, 0, w, body_h);
    if sidebar && !wide {
        // Too narrow for three: the sidebar takes the list's place.
        let side_w = match settings.sidebar_width {
            Some(_) => sidebar_width(width, settings),
            None => (width * 3 / 8).clamp(24, 32),
        }
        .min(width / 2);
        out.reader = Some(col(0, width - side_w));
        out.sidebar = Some(col(width - side_w, side_w));
        return out;
    }
    let side_w = if sidebar {
        sidebar_width(width, settings)
    } else {
        0
    };
    let list_w = list_width(width - side_w, settings.measure);
    out.list = Some(col(0, list_w));
    out.reader = Some(col(list_w, width - list_w - side_w));
    if sidebar {
        out.sidebar = Some(col(width - side_w, side_w));
    }
    out
}

/// Cells a reader pane takes around its text: borders, a margin either
/// side and the quote gutter.
const READER_CHROME: u16 = GUTTER + 4;
/// The list never gets narrower than this.
const LIST_MIN: u16 = 24;
/// A list this wide shows nearly every headline whole (titles of 44
/// cells); the reader gives up part of its measure, down to
/// [`READER_MIN_MEASURE`], before the list gets less.
const LIST_COMFORT: u16 = 50;
/// Beyond this the list has room for any headline; further width goes to
/// the reader's margins.
const LIST_MAX: u16 = 96;
/// The narrowest measure the reader is squeezed to for the list's sake:
/// still a comfortable line.
const READER_MIN_MEASURE: u16 = 60;
/// Whatever else wants room, the reader keeps this much.
const READER_MIN: u16 = 30;

/// The sidebar's width on a terminal `width` cells wide: the configured
/// width, else a fifth of the terminal within 24..=36; the reader and a
/// narrow list always keep room.
fn sidebar_width(width: u16, settings: &Settings) -> u16 {
    let most = width.saturating_sub(LIST_MIN + READER_MIN).max(12);
    match settings.sidebar_width {
        Some(w) => w.clamp(12, most),
        None => (width / 5).clamp(24, 36).min(most),
    }
}

/// The list's share of the `rest` cells the sidebar leaves: the reader
/// gets its full measure when the list can still have [`LIST_COMFORT`]
/// cells, else the reader narrows toward [`READER_MIN_MEASURE`] so that
/// titles stay readable; space freed (a folded sidebar) goes to the list
/// first. Depends on the width only, so panes never shift as articles
/// load or a search narrows the list.
fn list_width(rest: u16, measure: u16) -> u16 {
    let reader_full = measure.saturating_add(READER_CHROME);
    let reader_min = measure
        .min(READER_MIN_MEASURE)
        .saturating_add(READER_CHROME);
    let list = if rest >= reader_full.saturating_add(LIST_COMFORT) {
        (rest - reader_full).min(LIST_MAX)
    } else {
        rest.saturating_sub(reader_min)
            .clamp(LIST_MIN, LIST_COMFORT)
    };
    list.min(rest.saturating_sub(READER_MIN)).max(1)
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
            [Pane::Reader, Pane::Sidebar]
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

    /// Every width from 60 to 99: `e` brings the sidebar in place of the
    /// list (as the README says), never as a third pane that would squeeze
    /// the reader.
    #[test]
    fn below_100_the_sidebar_takes_the_lists_place() {
        for w in SINGLE_PANE_WIDTH..SIDEBAR_MIN_WIDTH {
            let p = panes(w, 24, Pane::List, true, &Settings::default());
            assert_eq!(p.visible(), [Pane::Reader, Pane::Sidebar], "at {w}");
            let reader = p.reader.map_or(0, |r| r.width);
            assert!(reader >= w / 2, "reader {reader} of {w}");
        }
    }

    fn list_and_measure(width: u16, toggled: bool) -> (u16, u16) {
        let s = Settings::default();
        let p = panes(width, 40, Pane::List, toggled, &s);
        let list = p.list.map_or(0, |r| r.width);
        let reader = p.reader.map(inner).map_or(0, |r| r.width);
        (list, reader_measure(reader, s.measure).0)
    }

    /// Titles are what a list is scanned by: from 140 columns up the list
    /// shows headlines of 40 cells whole (border, marker and star taken
    /// off) while the reader keeps a comfortable measure.
    #[test]
    fn wide_terminals_give_the_list_room_for_titles() {
        for w in 140..=260 {
            let (list, measure) = list_and_measure(w, false);
            assert!(list >= 46, "list {list} at {w}");
            assert!(measure >= READER_MIN_MEASURE, "measure {measure} at {w}");
        }
    }

    /// Folding the sidebar gives its room to the list before the reader's
    /// margins; the reader never loses measure by it.
    #[test]
    fn a_folded_sidebar_gives_its_room_to_the_list() {
        for w in SIDEBAR_MIN_WIDTH..=200 {
            let (list, measure) = list_and_measure(w, false);
            let (folded_list, folded_measure) = list_and_measure(w, true);
            assert!(folded_measure >= measure, "at {w}");
            if list < LIST_MAX {
                assert!(folded_list > list, "list {list} → {folded_list} at {w}");
            }
        }
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
