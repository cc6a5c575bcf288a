//! The quotes view, drawn in the list pane: one person's quotes across the
//! library, two rows each (the quote; the article's title and dateline),
//! the selected one highlighted. The rows come from the model
//! ([`Quotes`]); this only draws them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::{App, Quotes};
use super::render::{fill_entry, list_scrollbar, pane_block, put_line};
use super::theme::Theme;
use super::wrap::truncate;

pub fn render(app: &App, q: &Quotes, theme: &Theme, area: Rect, focused: bool, buf: &mut Buffer) {
    let name = truncate(&q.name, 24);
    let title = match q.rows.len() {
        0 => format!("Quotes · {name}"),
        n => format!("Quotes · {name} {}/{n}", q.selected + 1),
    };
    let block = pane_block(&title, focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    if q.rows.is_empty() {
        let none = if q.done {
            format!("No quotes by {name}")
        } else {
            "Finding quotes…".to_string()
        };
        put_line(buf, inner, &Line::styled(none, theme.dim));
        return;
    }
    let w = usize::from(inner.width);
    let rows = (usize::from(inner.height) / 2).max(1);
    for (slot, row) in q.rows.iter().skip(q.offset).take(rows).enumerate() {
        let y = inner.y + u16::try_from(slot * 2).unwrap_or(u16::MAX);
        if y >= inner.bottom() {
            break;
        }
        let selected = q.offset + slot == q.selected;
        let mut style = theme.list_title;
        if selected && !focused {
            style = style.patch(theme.selected);
        }
        let text = truncate(&format!("“{}”", row.text.trim()), w.saturating_sub(2));
        put_line(
            buf,
            Rect::new(inner.x, y, inner.width, 1),
            &Line::from(vec![Span::raw("  "), Span::styled(text, style)]),
        );
        if y + 1 < inner.bottom() {
            let entry = app.entries.get(row.entry);
            let title = entry.map_or("", |e| e.title.as_str());
            let meta = match entry.and_then(|e| e.dateline.as_deref()) {
                Some(d) if !d.trim().is_empty() => format!("{title} · {d}"),
                _ => title.to_string(),
            };
            let meta = truncate(&meta, w.saturating_sub(4));
            put_line(
                buf,
                Rect::new(inner.x, y + 1, inner.width, 1),
                &Line::from(vec![Span::raw("    "), Span::styled(meta, theme.list_meta)]),
            );
        }
        if selected && focused {
            fill_entry(buf, inner, y, theme.selected_focused);
        }
    }
    list_scrollbar(buf, area, (q.rows.len(), rows, q.offset), focused, theme);
}
