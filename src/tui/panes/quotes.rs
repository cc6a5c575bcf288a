//! The quotes view, drawn in the list pane: one person's quotes across the
//! library, each quote wrapped over as many rows as it needs and then
//! the article's title and dateline,
//! the selected one highlighted. The rows come from the model
//! ([`Quotes`]); this only draws them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::app::{App, Entry, QuoteRow, Quotes};
use crate::tui::draw::{counted_title, fill, list_scrollbar, pane_block, put_line};
use crate::tui::theme::Theme;
#[cfg(test)]
use crate::tui::wrap::cells;
use crate::tui::wrap::{truncate, wrap_lines};

/// The rows one quote takes in a list `width` cells wide, at most `max`
/// of them: the quote wrapped under its opening mark, then the article's
/// title and dateline wrapped under a deeper indent. Only a quote taller
/// than the pane is cut (with `…`): the reader shows it whole. `true`
/// marks the title rows.
pub fn entry_lines(
    entries: &[Entry],
    row: &QuoteRow,
    width: usize,
    max: usize,
) -> Vec<(String, bool)> {
    let max = max.max(1);
    let mut quote = wrap_lines(
        &format!("“{}”", row.text.trim()),
        width.saturating_sub(2).max(1),
    );
    let entry = entries.get(row.entry);
    let title = entry.map_or("", |e| e.title.as_str());
    let meta = match entry.and_then(|e| e.dateline.as_deref()) {
        Some(d) if !d.trim().is_empty() => format!("{title} · {d}"),
        _ => title.to_string(),
    };
    let mut meta = wrap_lines(&meta, width.saturating_sub(4).max(1));
    if quote.len() + meta.len() > max {
        let meta_keep = meta.len().min(max.saturating_sub(1).max(1));
        cut(&mut meta, meta_keep, width.saturating_sub(4));
        cut(&mut quote, max - meta_keep, width.saturating_sub(2));
    }
    let quote = quote.into_iter().map(|l| (format!("  {l}"), false));
    let meta = meta.into_iter().map(|l| (format!("    {l}"), true));
    quote.chain(meta).collect()
}

/// Keep the first `keep` of `lines`, marking the cut with `…` within
/// `width` cells.
fn cut(lines: &mut Vec<String>, keep: usize, width: usize) {
    if lines.len() <= keep {
        return;
    }
    lines.truncate(keep);
    if let Some(last) = lines.last_mut() {
        *last = truncate(&format!("{last}…"), width.max(1));
    }
}

/// The quotes view in the list pane's place.
pub struct QuotesPane<'a> {
    pub app: &'a App,
    pub quotes: &'a Quotes,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for QuotesPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let QuotesPane {
            app,
            quotes: q,
            theme,
            focused,
        } = self;
        let count = match q.rows.len() {
            0 => String::new(),
            n => format!("{}/{n}", q.selected + 1),
        };
        let title = counted_title(&format!("Quotes · {}", q.name), &count, area.width);
        let block = pane_block(&title, focused, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        if q.rows.is_empty() {
            let none = if q.done {
                format!("No quotes by {}", q.name)
            } else {
                "Finding quotes…".to_string()
            };
            // Wrapped, never cut: the name is the point of the message.
            for (i, l) in wrap_lines(&none, usize::from(inner.width))
                .iter()
                .enumerate()
            {
                let y = inner.y + u16::try_from(i).unwrap_or(u16::MAX);
                if y >= inner.bottom() {
                    break;
                }
                let row = Rect::new(inner.x, y, inner.width, 1);
                put_line(buf, row, &Line::styled(l.clone(), theme.dim));
            }
            return;
        }
        let w = usize::from(inner.width);
        let h = usize::from(inner.height);
        let mut y = inner.y;
        let mut drawn = 0;
        for (slot, row) in q.rows.iter().enumerate().skip(q.offset) {
            if y >= inner.bottom() {
                break;
            }
            let selected = slot == q.selected;
            let mut style = theme.list_title;
            if selected && !focused {
                style = style.patch(theme.selected);
            }
            let top = y;
            for (text, is_meta) in entry_lines(app.entries(), row, w, h) {
                if y >= inner.bottom() {
                    break;
                }
                let line_style = if is_meta { theme.list_meta } else { style };
                put_line(
                    buf,
                    Rect::new(inner.x, y, inner.width, 1),
                    &Line::from(Span::styled(text, line_style)),
                );
                y += 1;
            }
            if selected && focused {
                fill(
                    buf,
                    Rect::new(inner.x, top, inner.width, y - top),
                    theme.selected_focused,
                );
            }
            drawn += 1;
        }
        list_scrollbar(buf, area, (q.rows.len(), drawn, q.offset), focused, theme);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(buf: &Buffer) -> String {
        let mut words = Vec::new();
        for y in 0..buf.area.height {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            let inside = row.trim_matches(|c| matches!(c, '│' | '┃' | ' '));
            words.extend(inside.split_whitespace().map(str::to_string));
        }
        words.join(" ")
    }

    /// However narrow the pane, the view's own message is never cut.
    #[test]
    fn no_quotes_names_the_person_whole() {
        let app = App::with_size(vec![], vec![], 80, 24);
        let mut q = Quotes::new("Vladimir Vladimirovich Putin".into());
        q.done = true;
        for w in [12, 20, 26, 60] {
            let area = Rect::new(0, 0, w, 10);
            let mut buf = Buffer::empty(area);
            QuotesPane {
                app: &app,
                quotes: &q,
                theme: &Theme::default(),
                focused: true,
            }
            .render(area, &mut buf);
            // A word longer than the pane breaks inside itself.
            let text: String = shown(&buf).split_whitespace().collect();
            assert!(
                text.contains("NoquotesbyVladimirVladimirovichPutin"),
                "{w}: {text}"
            );
        }
    }

    /// A quote wraps; only one taller than the pane is cut, and then its
    /// article's title still shows.
    #[test]
    fn a_quote_wraps_and_keeps_its_title() {
        let entries = vec![Entry {
            title: "Putin warns the West".into(),
            ..Entry::default()
        }];
        let row = QuoteRow {
            entry: 0,
            block: 0,
            start: 0,
            end: 0,
            text: "We will respond to every step they take, and soon.".into(),
        };
        let lines = entry_lines(&entries, &row, 20, 10);
        let quote: Vec<&str> = lines
            .iter()
            .filter(|(_, meta)| !meta)
            .map(|(l, _)| l.trim())
            .collect();
        assert_eq!(
            quote.join(" "),
            "“We will respond to every step they take, and soon.”"
        );
        assert!(lines.iter().all(|(l, _)| cells(l) <= 20));
        let short = entry_lines(&entries, &row, 20, 2);
        assert_eq!(short.len(), 2);
        assert!(short[0].0.ends_with('…') && short[1].1, "{short:?}");
    }
}
