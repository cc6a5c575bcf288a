//! What the reader pane says when there is nothing to read: an empty
//! folder, a library where every file was skipped, or an article whose
//! file is still being read. It names what was
//! opened and why nothing loaded, so an empty screen is never a mystery.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::tui::app::App;
use crate::tui::draw::put_line;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, wrap_lines};

/// The headline: `Indexing PATH…` while the list is still coming,
/// `No articles in PATH`, or just `No articles`.
pub fn headline(app: &App) -> String {
    if !app.index_done() && app.visible().is_empty() {
        return match app.origin() {
            "" => "Indexing…".to_string(),
            origin => format!("Indexing {origin}…"),
        };
    }
    if app.origin().is_empty() {
        "No articles".to_string()
    } else {
        format!("No articles in {}", app.origin())
    }
}

/// The empty state's lines for a `width`-cell area `height` rows tall: the
/// headline, then as many skip reasons as fit, then how to see the rest
/// and how to leave.
pub fn lines(app: &App, theme: &Theme, width: u16, height: u16) -> Vec<Line<'static>> {
    let w = usize::from(width.max(1));
    let h = usize::from(height);
    if let Some(title) = loading(app) {
        // Its file is being read off the loop's thread: the keys work
        // meanwhile, and the text replaces this when it arrives.
        return wrap_lines(&format!("Loading {title}…"), w)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim))
            .collect();
    }
    let mut out: Vec<Line<'static>> = wrap_lines(&headline(app), w)
        .into_iter()
        .map(|l| Line::styled(l, theme.headline))
        .collect();
    out.push(Line::raw(""));
    let n = app.skipped().len();
    if let Some(error) = app.doc_error().filter(|_| !app.visible().is_empty()) {
        // An article is listed but its file could not be read now.
        for l in wrap_lines(error, w) {
            out.push(Line::styled(l, theme.body));
        }
    } else if !app.index_done() && app.visible().is_empty() {
        for l in wrap_lines("Articles appear here as they are found.", w) {
            out.push(Line::styled(l, theme.body));
        }
    } else if n == 0 && !app.subscribed().is_empty() {
        let hint = match app.subscribed().len() {
            1 => "No articles yet: R fetches the feed you subscribed to.".to_string(),
            many => format!("No articles yet: R fetches the {many} feeds you subscribed to."),
        };
        for l in wrap_lines(&hint, w) {
            out.push(Line::styled(l, theme.body));
        }
    } else if n == 0 {
        for l in wrap_lines("Nothing there could be read as an article.", w) {
            out.push(Line::styled(l, theme.body));
        }
    } else {
        let what = if n == 1 {
            "1 file was skipped:".to_string()
        } else {
            format!("{n} files were skipped:")
        };
        out.push(Line::styled(truncate(&what, w), theme.body));
        // Keep two rows for a blank and the key hint, and one more for the
        // "… more" line when not all of them fit.
        let room = h.saturating_sub(out.len() + 2);
        let shown = if room >= n { n } else { room.saturating_sub(1) };
        for s in app.skipped().iter().take(shown) {
            out.push(Line::styled(truncate(&format!("  {s}"), w), theme.dim));
        }
        if shown < n {
            let more = format!("  … {} more: ? lists them all", n - shown);
            out.push(Line::styled(truncate(&more, w), theme.dim));
        }
    }
    out.push(Line::raw(""));
    out.push(Line::styled(truncate("? help · q quit", w), theme.dim));
    out
}

/// The selected article's title while its file is being read.
fn loading(app: &App) -> Option<&str> {
    if app.visible().is_empty() || !app.loading() {
        return None;
    }
    let entry = app.entries().get(app.selected())?;
    Some(if entry.title.trim().is_empty() {
        "the article"
    } else {
        entry.title.as_str()
    })
}

/// The empty state, drawn inside the reader pane's border.
pub struct EmptyPane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for EmptyPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let EmptyPane { app, theme } = self;
        // The same cell of margin the reader keeps around article text, when
        // there is room for it.
        let inner = if area.width > 8 {
            Rect::new(area.x + 1, area.y, area.width - 2, area.height)
        } else {
            area
        };
        let rows = lines(app, theme, inner.width, inner.height);
        for (row, line) in rows.iter().take(usize::from(inner.height)).enumerate() {
            let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
            put_line(buf, Rect::new(inner.x, y, inner.width, 1), line);
        }
    }
}
