//! The `?` overlay: every key, a legend for the marks, and any files that
//! could not be loaded. Drawn last, over the panes; Esc, `q` or `?` close it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use super::app::App;
use super::render::pane_block;
use super::theme::Theme;

/// (section, [(keys, what they do)]): the single source for the overlay.
pub const KEYS: &[(&str, &[(&str, &str)])] = &[
    (
        "Move",
        &[
            ("j k ↑ ↓", "move the selection or scroll"),
            ("Space PgDn PgUp b", "page down / up"),
            ("g G Home End", "top / bottom"),
            ("Tab Shift-Tab", "next / previous pane"),
            ("l h → ←", "pane to the right / left"),
            ("Enter", "open article · select entity"),
        ],
    ),
    (
        "Quotes and names",
        &[
            ("] [", "next / previous quote"),
            ("} {", "next / previous quote by another speaker"),
            ("n N", "next / previous quote or mention of the entity"),
            ("Esc", "clear the entity highlight"),
        ],
    ),
    (
        "View",
        &[
            ("e", "show / hide the entity sidebar"),
            ("?", "this help"),
            ("q Ctrl-C", "quit (q and Esc close this help first)"),
            ("mouse", "wheel scrolls · click selects, again opens"),
        ],
    ),
];

fn lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let key_w = KEYS
        .iter()
        .flat_map(|(_, ks)| ks.iter())
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for (section, keys) in KEYS {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(*section, theme.help_heading));
        for (k, what) in *keys {
            out.push(Line::from(vec![
                Span::styled(format!("  {k:<key_w$}  "), theme.help_key),
                Span::styled(*what, theme.help_text),
            ]));
        }
    }
    out.push(Line::raw(""));
    out.push(Line::styled("Marks", theme.help_heading));
    out.push(Line::styled(
        "  Quotes take their speaker's colour, with a │ in the margin.",
        theme.help_text,
    ));
    out.push(Line::styled(
        "  Sidebar: ❝ quotes attributed, then mentions. ● unread.",
        theme.help_text,
    ));
    if !app.skipped.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled("Skipped files", theme.help_heading));
        for s in &app.skipped {
            out.push(Line::styled(format!("  {s}"), theme.dim));
        }
    }
    out
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let content = lines(app, theme);
    let want_h = u16::try_from(content.len() + 2).unwrap_or(u16::MAX);
    let w = area.width.saturating_sub(4).clamp(area.width.min(1), 74);
    let h = want_h.min(area.height.saturating_sub(2).max(area.height.min(1)));
    let x = area.x + (area.width - w) / 2;
    let y = area.y + (area.height - h) / 2;
    let rect = Rect::new(x, y, w, h);
    Clear.render(rect, buf);
    let max_scroll = want_h.saturating_sub(h);
    let title = if max_scroll > 0 {
        "Keys · j/k scroll · Esc close"
    } else {
        "Keys · Esc close"
    };
    let block = pane_block(title, true, theme).padding(ratatui::widgets::Padding::horizontal(1));
    Paragraph::new(content)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((app.help_scroll.min(max_scroll), 0))
        .render(rect, buf);
}
