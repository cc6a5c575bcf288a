//! The article list: two rows per article (unread marker, title and star;
//! source and reading time), the selection highlighted, scrolled by
//! `list_offset` through the articles the filter shows (`app.visible`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::quotes::QuotesPane;
use crate::tui::app::{App, Entry, Filter, Found, ListView, Lookup};
use crate::tui::draw::{counted_title, fill_entry, list_scrollbar, pane_block, put_line};
use crate::tui::theme::Theme;
use crate::tui::wrap::{cells, fits, head, truncate, wrap_ranges};

/// Words per minute for the reading-time estimate.
const WPM: usize = 230;

/// The list pane: the articles the filter or a search shows, or, in
/// the quotes view, one person's quotes (drawn by [`QuotesPane`]).
pub struct ListPane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for ListPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ListPane {
            app,
            theme,
            focused,
        } = self;
        let found = match app.list_view() {
            ListView::Quotes(quotes) => {
                return QuotesPane {
                    app,
                    quotes,
                    theme,
                    focused,
                }
                .render(area, buf)
            }
            ListView::Found(f) => Some(f),
            ListView::Articles => None,
        };
        let label = match found {
            Some(f) => found_label(f, !app.index_done()),
            None => match app.picked().label() {
                Some(feed) if app.filter() == Filter::All => feed,
                Some(feed) => format!("{feed} · {}", app.filter().label(false)),
                None => app.filter().label(app.showing_samples()).to_string(),
            },
        };
        let count = if app.visible().is_empty() {
            String::new()
        } else {
            format!("{}/{}", app.list_pos() + 1, app.visible().len())
        };
        let title = counted_title(&label, &count, area.width);
        let block = pane_block(&title, focused, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        if let (Some(f), true) = (found, app.visible().is_empty()) {
            let none = match (f.done, app.index_done()) {
                (true, true) => "No articles",
                (true, false) => "No articles indexed so far",
                (false, _) => "Searching…",
            };
            put_line(buf, inner, &Line::styled(none, theme.dim));
            return;
        }
        if app.visible().is_empty() && app.filter() == Filter::All {
            let none = if app.index_done() {
                "No articles"
            } else {
                "Indexing…"
            };
            put_line(buf, inner, &Line::styled(none, theme.dim));
            return;
        }
        if app.visible().is_empty() {
            let none = format!("No {} articles", label.to_lowercase());
            put_line(buf, inner, &Line::styled(none, theme.dim));
            if inner.height > 1 {
                let next = Rect::new(inner.x, inner.y + 1, inner.width, 1);
                let hint = match app.filter() {
                    Filter::Unread => "f shows the starred",
                    _ => "f shows all",
                };
                put_line(buf, next, &Line::styled(hint, theme.dim));
            }
            return;
        }
        let w = usize::from(inner.width);
        let rows = usize::from(inner.height) / 2;
        let shown = app.visible().get(app.list_offset()..).unwrap_or_default();
        for (slot, &i) in shown.iter().take(rows.max(1)).enumerate() {
            let count = found.and_then(|f| f.counts.get(app.list_offset() + slot).copied());
            let Some(article) = app.entries().get(i) else {
                break;
            };
            let y = inner.y + u16::try_from(slot * 2).unwrap_or(u16::MAX);
            if y >= inner.bottom() {
                break;
            }
            let state = app.state(i);
            let read = state.read;
            let marker = if read {
                Span::raw("  ")
            } else {
                Span::styled("● ", theme.unread_marker)
            };
            let mut title_style = if read {
                theme.list_title_read
            } else {
                theme.list_title
            };
            if i == app.selected() && !focused {
                // Unfocused: mark just the title, a quiet "you were here".
                title_style = title_style.patch(theme.selected);
            }
            // An empty file still loads; a blank row would look like a glitch.
            let title = if article.title.trim().is_empty() {
                "(no title)"
            } else {
                article.title.as_str()
            };
            // A star keeps the last two cells, like a flag in a mail client.
            let star_w = if state.starred { 2 } else { 0 };
            let room = w.saturating_sub(2 + star_w);
            // Where an article came from (its feed or site, its day) is worth
            // its row: the title keeps one row, cut. A local file's label is
            // a guess, so there the title goes on into the second row.
            let (title, rest) = if article.feed().is_some() || article.url().is_some() {
                (truncate(title, room), None)
            } else {
                split_title(title, room)
            };
            let top = Rect::new(inner.x, y, inner.width, 1);
            put_line(
                buf,
                top,
                &Line::from(vec![marker, Span::styled(title, title_style)]),
            );
            if state.starred && inner.width >= 3 {
                buf.set_span(inner.right() - 1, y, &Span::styled("★", theme.star), 1);
            }
            if y + 1 < inner.bottom() {
                let row = Rect::new(inner.x, y + 1, inner.width, 1);
                let (src, time) = meta(article, count, w);
                // A title too long for its row goes on in front of the source.
                let src = match &rest {
                    Some(rest) => {
                        let room = w.saturating_sub(2 + cells(&time) + 1);
                        let (rest, src) = continued(rest, &src, room);
                        let mut spans = vec![Span::styled(rest, title_style)];
                        spans.extend(src.map(|s| Span::styled(s, theme.list_meta)));
                        spans
                    }
                    None => vec![Span::styled(src, theme.list_meta)],
                };
                put_line(
                    buf,
                    Rect::new(row.x + 2, row.y, row.width.saturating_sub(2), 1),
                    &Line::from(src),
                );
                let tw = u16::try_from(cells(&time)).unwrap_or(0).min(row.width);
                buf.set_span(
                    row.right() - tw,
                    row.y,
                    &Span::styled(time, theme.list_meta),
                    tw,
                );
            }
            if i == app.selected() && focused {
                fill_entry(buf, inner, y, theme.selected_focused);
            }
        }
        let shown = (app.visible().len(), rows.max(1), app.list_offset());
        list_scrollbar(buf, area, shown, focused, theme);
    }
}

/// `title` cut at a word to fit `width` cells, and what is left of it
/// for the row below (`None` when it fits whole).
fn split_title(title: &str, width: usize) -> (String, Option<String>) {
    if fits(title, width) {
        return (title.to_string(), None);
    }
    // Only the head of the title decides where its first row ends: a
    // frame never wraps all of a title of any length.
    let head = head(title, width);
    let mut lines = wrap_ranges(head, width.max(1)).into_iter();
    match lines.next() {
        Some(first) if first.end < title.len() => {
            let rest = title[first.end..].trim_start();
            (title[first].trim_end().to_string(), Some(rest.to_string()))
        }
        _ => (truncate(title, width), None),
    }
}

/// The second row of an entry whose title goes on: the rest of the title,
/// and the source after it when both fit in `room` cells (the title
/// first: it is what a reader scans).
fn continued(rest: &str, src: &str, room: usize) -> (String, Option<String>) {
    let source = format!(" · {src}");
    if fits(rest, room.saturating_sub(cells(&source))) && cells(&source) <= room {
        return (rest.to_string(), Some(source));
    }
    (truncate(rest, room), None)
}

/// How the list's title names a found list; `partial` while the library
/// is still being indexed, when the answer only knows the articles indexed
/// so far (it is asked again when indexing ends).
pub(crate) fn found_label(found: &Found, partial: bool) -> String {
    let label = match &found.what {
        Lookup::Search { query, .. } => format!("Search \"{}\"", truncate(query, 24)),
        Lookup::Mentions { name, .. } => format!("Mentioning {}", truncate(name, 24)),
    };
    if partial {
        format!("{label} · partial")
    } else {
        label
    }
}

/// The row under the title: source (or date) and reading time, the
/// source cut so that both fit in `w` cells with the two-cell indent. In a
/// found list the time follows how often the article matched (`12×`).
fn meta(article: &Entry, count: Option<u32>, w: usize) -> (String, String) {
    let minutes = article.words.div_ceil(WPM).max(1);
    let time = match count {
        Some(n) => format!("{n}× · {minutes} min"),
        None => format!("{minutes} min"),
    };
    let room = w.saturating_sub(2 + cells(&time) + 1);
    (truncate(&source_label(article), room), time)
}

/// Where the article came from: the feed's name, else the web site's
/// host, with the day it was published (`Example News · 24 Apr 2019`).
/// Only a local file with neither falls back to [`file_label`].
pub fn source_label(article: &Entry) -> String {
    let day = article.published().and_then(crate::tui::origin::day);
    let name = match (article.feed(), article.url()) {
        (Some(feed), _) => Some(feed),
        (None, Some(url)) => crate::tui::origin::host(url),
        (None, None) => None,
    };
    match (name, day) {
        (Some(name), Some(day)) => format!("{name} · {day}"),
        (Some(name), None) => name.to_string(),
        (None, Some(day)) => format!("{} · {day}", file_label(article)),
        (None, None) => file_label(article),
    }
}

/// The dateline when there is one, else where the article came from: the
/// outlet in corpus names like `013_voa_slug.txt`, else the file stem.
pub fn file_label(article: &Entry) -> String {
    if let Some(d) = article.dateline.as_deref().filter(|d| !d.trim().is_empty()) {
        return d.to_string();
    }
    let source = article.source();
    let path = source.strip_prefix("sample:").unwrap_or(&source);
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let mut parts = stem.splitn(3, '_');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(n), Some(outlet), Some(_)) if n.chars().all(|c| c.is_ascii_digit()) => {
            outlet.to_string()
        }
        _ => stem.to_string(),
    }
}

#[cfg(test)]
mod tests;
