//! The quotes view: one person's quotes across the library, each shown in
//! the reader as it is selected, Enter to read on from it.

use super::{App, Arrival, ListView, Quoting, Request};
use crate::article::{Article, EntityKind};
use crate::search::{id_of, quotes_by};
use crate::tui::layout::Pane;
use crate::tui::panes::quotes;
use crate::tui::printable;

/// A person's quotes across the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotes {
    pub name: String,
    pub rows: Vec<QuoteRow>,
    pub selected: usize,
    pub offset: usize,
    /// Every article quoting them has been read.
    pub done: bool,
    /// How many articles the rows come from, counted as they arrive (in
    /// list order), not on every frame.
    pub articles: usize,
}

impl Quotes {
    /// The view of `name`'s quotes before any has been found.
    pub fn new(name: String) -> Quotes {
        Quotes {
            name,
            rows: Vec::new(),
            selected: 0,
            offset: 0,
            done: false,
            articles: 0,
        }
    }
}

/// One quote in the quotes view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRow {
    /// The article's place in `App::entries`.
    pub entry: usize,
    pub block: usize,
    pub start: usize,
    pub end: usize,
    /// The quote, made printable.
    pub text: String,
}

impl App {
    /// `"`: the quotes view of the person in question.
    pub(in crate::tui::app) fn show_quotes(&mut self) {
        let person = self
            .entity_in_question()
            .filter(|(_, kind)| *kind == EntityKind::Person)
            .map(|(name, _)| name)
            .or_else(|| self.quote_speaker());
        let Some(name) = person else {
            self.message = Some("pick a person in the sidebar, or a quote".into());
            return;
        };
        self.push_place();
        self.list_view = ListView::Quotes(Quotes::new(name.clone()));
        self.focus_list();
        self.ask(|gen| Request::Quoted { gen, name });
    }

    /// The speaker of the quote the cursor is on.
    fn quote_speaker(&self) -> Option<String> {
        let q = self.current_quote()?;
        self.article()?.quotes.get(q)?.speaker.clone()
    }

    pub(in crate::tui::app) fn put_quote_rows(&mut self, rows: Vec<QuoteRow>, done: bool) {
        let ListView::Quotes(q) = &mut self.list_view else {
            return;
        };
        let first = q.rows.is_empty() && !rows.is_empty();
        for mut r in rows {
            if q.rows.last().is_none_or(|last| last.entry != r.entry) {
                q.articles += 1;
            }
            printable::clean(&mut r.text);
            q.rows.push(r);
        }
        q.done = done;
        if first {
            self.preview_quote();
        }
    }

    /// Move the selection in the quotes view, showing that quote in the
    /// reader.
    pub(in crate::tui::app) fn step_quotes(&mut self, delta: isize) {
        let ListView::Quotes(q) = &mut self.list_view else {
            return;
        };
        let last = q.rows.len().saturating_sub(1);
        q.selected = crate::tui::app::navigate::offset(q.selected, delta, last);
        self.keep_quote_visible();
        self.preview_quote();
    }

    /// Scroll the quotes view so the selected quote shows whole: quotes
    /// take as many rows as they wrap to at the list's width.
    pub(in crate::tui::app) fn keep_quote_visible(&mut self) {
        let area = self.panes().list.map(crate::tui::layout::inner);
        let ListView::Quotes(q) = &self.list_view else {
            return;
        };
        let (selected, offset) = (q.selected, q.offset);
        let Some(area) = area else {
            // Hidden: only keep the offset from passing the selection.
            if let ListView::Quotes(q) = &mut self.list_view {
                q.offset = offset.min(selected);
            }
            return;
        };
        let (w, h) = (usize::from(area.width), usize::from(area.height));
        // The highest first row that still shows the selection whole.
        let mut lowest = selected;
        let mut used = 0;
        while let Some(row) = q.rows.get(lowest) {
            used += quotes::entry_lines(&self.entries, row, w, h).len();
            if used > h || lowest == 0 {
                if used > h && lowest < selected {
                    lowest += 1;
                }
                break;
            }
            lowest -= 1;
        }
        let new = offset.min(selected).max(lowest);
        if let ListView::Quotes(q) = &mut self.list_view {
            q.offset = new;
        }
    }

    /// The quote drawn on row `y` of the list's inside, if any.
    pub(in crate::tui::app) fn quote_at_row(&self, y: usize) -> Option<usize> {
        let ListView::Quotes(q) = &self.list_view else {
            return None;
        };
        let area = self.panes().list.map(crate::tui::layout::inner)?;
        let (w, h) = (usize::from(area.width), usize::from(area.height));
        let mut top = 0;
        for (i, row) in q.rows.iter().enumerate().skip(q.offset) {
            top += quotes::entry_lines(&self.entries, row, w, h).len();
            if y < top {
                return Some(i);
            }
            if top >= h {
                break;
            }
        }
        None
    }

    /// Show the selected quote of the quotes view in the reader.
    pub(in crate::tui::app) fn preview_quote(&mut self) {
        let ListView::Quotes(q) = &self.list_view else {
            return;
        };
        let Some(row) = q.rows.get(q.selected).cloned() else {
            return;
        };
        if row.entry != self.selected {
            self.select_article(row.entry);
        }
        self.arrival = Some(Arrival::Quote {
            block: row.block,
            start: row.start,
        });
        self.arrive();
    }

    /// Enter in the quotes view: read on from the selected quote.
    pub(in crate::tui::app) fn open_quote(&mut self) {
        let ListView::Quotes(q) = &self.list_view else {
            return;
        };
        if q.rows.is_empty() {
            return;
        }
        self.push_place();
        self.focus = Pane::Reader;
        self.refresh_view();
        self.preview_quote();
        self.mark_read();
    }

    /// The hits of a `Quoted` question: pick the quotes out of the held
    /// articles, or ask for their quotes stored in the index (a library).
    pub(in crate::tui::app) fn put_quoted(&mut self, entries: Vec<usize>, keys: Vec<String>) {
        let mut entries = entries;
        entries.sort_unstable();
        if self.resident.is_empty() {
            let articles: Vec<Quoting> = entries
                .iter()
                .filter_map(|&listed| {
                    let id = id_of(&self.entries.get(listed)?.id)?;
                    Some(Quoting { listed, id })
                })
                .collect();
            if articles.is_empty() {
                self.put_quote_rows(Vec::new(), true);
            } else {
                self.ask(|gen| Request::Quotes {
                    gen,
                    keys,
                    articles,
                });
            }
        } else {
            let rows = entries
                .into_iter()
                .filter_map(|i| self.resident.get(i).map(|a| (i, a)))
                .flat_map(|(i, a)| quote_rows(i, a, &keys))
                .collect();
            self.put_quote_rows(rows, true);
        }
    }
}

/// The quotes of the person known by `keys` in `article`, the list's
/// entry `entry`.
pub fn quote_rows(entry: usize, article: &Article, keys: &[String]) -> Vec<QuoteRow> {
    quotes_by(article, keys)
        .into_iter()
        .filter_map(|q| article.quotes.get(q))
        .map(|q| QuoteRow {
            entry,
            block: q.block,
            start: q.start,
            end: q.end,
            text: q.text.clone(),
        })
        .collect()
}
