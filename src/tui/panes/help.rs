//! The `?` overlay: every key, a legend for the marks, and any files that
//! could not be loaded. Drawn last, over the panes; Esc, `q` or `?` close it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Padding, Widget};

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::draw::{pane_block, put_line, scrollbar};
use crate::tui::keymap::{KeyMap, ALWAYS_QUIT};
use crate::tui::theme::Theme;
use crate::tui::wrap::{cells, wrap_lines, wrap_ranges};

mod keys;

pub use keys::{sections, KeyRow};

/// The key column of the rows of one section, as `keymap` binds them.
/// Rows whose actions an earlier remapped row already listed are dropped
/// (the two pane rows would otherwise repeat the same keys).
fn key_labels(keymap: &KeyMap, defaults: &KeyMap) -> Vec<Vec<(String, &'static str)>> {
    let mut listed: Vec<Action> = Vec::new();
    let mut out = Vec::new();
    for (_, rows) in sections() {
        let mut section = Vec::new();
        for r in &rows {
            let unchanged = r
                .actions
                .iter()
                .all(|a| keymap.keys(*a) == defaults.keys(*a));
            if unchanged {
                section.push((r.default_keys.to_string(), r.what));
                continue;
            }
            if r.actions.iter().all(|a| listed.contains(a)) {
                continue;
            }
            listed.extend_from_slice(&r.actions);
            let label = r
                .actions
                .iter()
                .map(|a| {
                    let mut keys = keymap.keys_for(*a);
                    if *a == Action::Quit && !keys.contains(&ALWAYS_QUIT.display()) {
                        keys.push(ALWAYS_QUIT.display());
                    }
                    if keys.is_empty() {
                        "(unbound)".to_string()
                    } else {
                        keys.join(" ")
                    }
                })
                .collect::<Vec<_>>()
                .join(" / ");
            section.push((label, r.what));
        }
        out.push(section);
    }
    out
}

/// The widest the overlay's text gets: every key row on one line.
const TEXT_WIDTH: u16 = 70;

/// The overlay's rect inside the screen `area`: every row the panes use,
/// full width, so no pane text or border shows beside or under it at any
/// size; the status bar stays visible below it.
pub fn rect(area: Rect) -> Rect {
    let body_h = if area.height > 1 {
        area.height - 1
    } else {
        area.height
    };
    Rect::new(area.x, area.y, area.width, body_h)
}

/// Where the text goes inside the overlay: the border and a cell of
/// padding either side taken off, and on a wide screen a column of at most
/// [`TEXT_WIDTH`] cells in the middle.
fn text_area(rect: Rect) -> Rect {
    let inner = pane_block("", true, &Theme::default())
        .padding(Padding::horizontal(1))
        .inner(rect);
    let w = inner.width.min(TEXT_WIDTH);
    Rect::new(inner.x + (inner.width - w) / 2, inner.y, w, inner.height)
}

/// `text` wrapped to `width` cells, the first row after `first` and the
/// rest after `rest` (both plain indents), each piece in `style`.
fn hanging(
    first: &str,
    rest: &str,
    text: &str,
    width: usize,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    let room = width.saturating_sub(cells(rest).max(cells(first))).max(1);
    let mut pieces = wrap_lines(text, room);
    if pieces.is_empty() {
        pieces.push(String::new());
    }
    pieces
        .into_iter()
        .enumerate()
        .map(|(i, p)| Line::styled(format!("{}{p}", if i == 0 { first } else { rest }), style))
        .collect()
}

/// One key row in a text area `width` cells wide: the keys in a column
/// `key_w` wide, then what they do, wrapped under itself. When the two
/// columns do not fit side by side, what they do goes under the keys.
fn key_row(
    keys: &str,
    what: &'static str,
    key_w: usize,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let text_col = key_w + 4;
    if text_col + 12 <= width {
        let mut rows = hanging("", "", what, width - text_col, theme.help_text);
        let pad = " ".repeat(text_col);
        for (i, row) in rows.iter_mut().enumerate() {
            let lead = if i == 0 {
                format!("  {keys:<key_w$}  ")
            } else {
                pad.clone()
            };
            row.spans.insert(0, Span::styled(lead, theme.help_key));
        }
        return rows;
    }
    let mut rows = hanging("  ", "  ", keys, width, theme.help_key);
    rows.extend(hanging("    ", "    ", what, width, theme.help_text));
    rows
}

/// The overlay's fixed text wrapped for a text area `width` cells wide:
/// the keys, the legend, the notes the status bar showed once, and the
/// heading of the skipped-file list.
fn head_lines(app: &App, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let labels = key_labels(app.keymap(), &KeyMap::default());
    let key_w = labels
        .iter()
        .flatten()
        .map(|(k, _)| cells(k))
        .max()
        .unwrap_or(0);
    let heading = |out: &mut Vec<Line<'static>>, text: &str| {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.extend(hanging("", "", text, width, theme.help_heading));
    };
    let mut out = Vec::new();
    for ((section, _), keys) in sections().iter().zip(&labels) {
        heading(&mut out, section);
        for (k, what) in keys {
            out.extend(key_row(k, what, key_w, width, theme));
        }
    }
    heading(&mut out, "Marks");
    for legend in [
        "Quotes take their speaker's colour, with a │ in the margin.",
        "Sidebar: ❝ quotes attributed, then mentions. ● unread.",
    ] {
        out.extend(hanging("  ", "  ", legend, width, theme.help_text));
    }
    if !app.notes().is_empty() {
        heading(&mut out, "Notes");
        for note in app.notes() {
            out.extend(hanging("  ", "    ", note, width, theme.help_text));
        }
    }
    if !app.skipped().is_empty() {
        heading(
            &mut out,
            &format!("Skipped files ({})", app.skipped().len()),
        );
    }
    out
}

/// Cells a skipped-file message may take before it wraps, in a text area
/// `width` cells wide (its indent and a continuation's deeper one taken off).
fn message_room(width: u16) -> usize {
    usize::from(width).saturating_sub(4).max(1)
}

/// Rows one message takes. Nearly every message fits on one, and that is
/// checked without wrapping: a library with thousands of bad files is
/// measured on every key while the help is open.
fn message_len(msg: &str, room: usize) -> usize {
    if cells(msg) <= room {
        1
    } else {
        wrap_ranges(msg, room).len().max(1)
    }
}

fn message_rows(msg: &str, room: usize) -> Vec<String> {
    if cells(msg) <= room {
        return vec![format!("  {msg}")];
    }
    let rows: Vec<String> = wrap_lines(msg, room)
        .into_iter()
        .enumerate()
        .map(|(i, piece)| format!("{}{piece}", if i == 0 { "  " } else { "    " }))
        .collect();
    if rows.is_empty() {
        vec![String::new()]
    } else {
        rows
    }
}

/// Total rows of the overlay's text in a text area `width` cells wide.
fn content_len(app: &App, head: usize, width: u16) -> usize {
    let room = message_room(width);
    head + app
        .skipped()
        .iter()
        .map(|m| message_len(m, room))
        .sum::<usize>()
}

/// How many rows the overlay's text has on a `width`×`height` screen, and
/// how many of them show at once: what `update` keeps the scroll within.
pub fn measure(app: &App, width: u16, height: u16) -> (usize, usize) {
    let inner = text_area(rect(Rect::new(0, 0, width, height)));
    let head = head_lines(app, app.theme(), inner.width).len();
    let n = content_len(app, head, inner.width);
    (n, usize::from(inner.height))
}

/// The rows `from..from + count` of the overlay's text; only the messages
/// on screen are wrapped and styled.
fn visible_lines(
    app: &App,
    theme: &Theme,
    head: Vec<Line<'static>>,
    width: u16,
    from: usize,
    count: usize,
) -> Vec<Line<'static>> {
    let room = message_room(width);
    let mut out: Vec<Line<'static>> = Vec::with_capacity(count);
    let mut row = head.len();
    out.extend(head.into_iter().skip(from).take(count));
    for msg in app.skipped() {
        if out.len() >= count {
            break;
        }
        let n = message_len(msg, room);
        if row + n > from {
            let skip = from.saturating_sub(row);
            let take = count - out.len();
            let rows = message_rows(msg, room);
            out.extend(
                rows.into_iter()
                    .skip(skip)
                    .take(take)
                    .map(|r| Line::styled(r, theme.dim)),
            );
        }
        row += n;
    }
    out
}

/// The `?` overlay, drawn over the panes in the rect [`rect`] gives.
pub struct HelpPane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for HelpPane<'_> {
    fn render(self, rect: Rect, buf: &mut Buffer) {
        let HelpPane { app, theme } = self;
        let full = text_area(rect);
        let head = head_lines(app, theme, full.width);
        let len = content_len(app, head.len(), full.width);
        Clear.render(rect, buf);
        let inner = text_area(rect);
        let shown = usize::from(inner.height);
        let max_scroll = len.saturating_sub(shown);
        let scroll = app.help_scroll().min(max_scroll);
        let title = if max_scroll > 0 {
            "Keys · j/k scroll · Esc close"
        } else {
            "Keys · Esc close"
        };
        let block = pane_block(title, true, theme).padding(Padding::horizontal(1));
        block.render(rect, buf);
        let lines = visible_lines(app, theme, head, full.width, scroll, shown);
        for (row, line) in lines.iter().enumerate() {
            let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
            put_line(buf, Rect::new(inner.x, y, inner.width, 1), line);
        }
        scrollbar(buf, rect, len, shown, scroll, theme.border_focused);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::Key;

    fn label_of(keymap: &KeyMap, what: &str) -> Option<String> {
        key_labels(keymap, &KeyMap::default())
            .into_iter()
            .flatten()
            .find(|(_, w)| *w == what)
            .map(|(k, _)| k)
    }

    #[test]
    fn default_keys_show_the_hand_picked_labels() {
        let map = KeyMap::default();
        assert_eq!(
            label_of(&map, "page down / up").as_deref(),
            Some("Space PgDn PgUp b")
        );
    }

    #[test]
    fn remapped_keys_show_in_the_help() {
        let mut map = KeyMap::default();
        map.bind(Action::NextQuote, &[Key::char('x')]);
        map.bind(Action::Quit, &[Key::char('Q')]);
        assert_eq!(
            label_of(&map, "next / previous quote").as_deref(),
            Some("x / [")
        );
        assert_eq!(
            label_of(&map, "quit (q and Esc close this help first)").as_deref(),
            Some("Q Ctrl-C")
        );
        // Untouched rows keep their labels.
        assert_eq!(
            label_of(&map, "top / bottom").as_deref(),
            Some("g G Home End")
        );
    }

    #[test]
    fn remapped_panes_are_listed_once() {
        let mut map = KeyMap::default();
        map.bind(Action::FocusNext, &[Key::char('L')]);
        assert_eq!(
            label_of(&map, "next / previous pane").as_deref(),
            Some("L / Shift-Tab ← h")
        );
        assert_eq!(label_of(&map, "pane to the right / left"), None);
    }
}
