//! Quote and speaker jumps: `]`/`[`, `}`/`{` (an entity's stops are in
//! [`super::stepping`]). Each moves the [`Cursor`] and scrolls the reader so
//! the target is in view; the status line reads the cursor back.

use super::{App, Cursor, Stop};
use crate::tui::wrap::head;

/// See [`App::position`].
struct Position {
    on: Option<usize>,
    next: usize,
    before: usize,
}

impl App {
    /// The quote under the cursor (index into `article.quotes`).
    pub fn current_quote(&self) -> Option<usize> {
        match &self.cursor {
            Cursor::Quote(i) => self.view.attributed.get(*i).copied(),
            Cursor::Entity { stops, pos, .. } => stops.get(*pos).and_then(|s| s.quote),
            Cursor::None => None,
        }
    }

    /// The mention under the cursor, when stepping through mentions.
    pub fn current_mention(&self) -> Option<Stop> {
        match &self.cursor {
            Cursor::Entity { stops, pos, .. } => {
                stops.get(*pos).filter(|s| s.quote.is_none()).copied()
            }
            _ => None,
        }
    }

    /// `quote 2/8 · Bruce Klinger` or `mention 3/5 · Vladivostok`.
    /// A search, while one is up, comes first: it is what `n`/`N` step.
    pub fn cursor_status(&self) -> Option<String> {
        if let Some(s) = self.search_status() {
            return Some(s);
        }
        let article = self.article()?;
        // The status bar shows no more of a name than the terminal is
        // wide (a name can be as long as the article); unsized, all of it
        // that any terminal could.
        let w = usize::from(match self.width {
            0 => u16::MAX,
            w => w,
        });
        match &self.cursor {
            Cursor::None => None,
            Cursor::Quote(i) => {
                let q = article.quotes.get(*self.view.attributed.get(*i)?)?;
                let who = head(q.speaker.as_deref().unwrap_or("unattributed"), w);
                Some(format!(
                    "quote {}/{} · {who}",
                    i + 1,
                    self.view.attributed.len()
                ))
            }
            Cursor::Entity { entity, stops, pos } => {
                let name = head(&article.entities.get(*entity)?.name, w);
                let what = if stops.first()?.quote.is_some() {
                    "quote"
                } else {
                    "mention"
                };
                Some(format!("{what} {}/{} · {name}", pos + 1, stops.len()))
            }
        }
    }

    fn quote_at(&self, attributed_pos: usize) -> Option<&crate::article::Quote> {
        let q = *self.view.attributed.get(attributed_pos)?;
        self.article()?.quotes.get(q)
    }

    fn speaker_at(&self, attributed_pos: usize) -> Option<&str> {
        self.quote_at(attributed_pos)?.speaker.as_deref()
    }

    /// Where the cursor stands among the attributed quotes: the one it is
    /// on (if any), the first one after it and how many lie before it. With
    /// no cursor, the top of the reader's view is the position.
    fn position(&self) -> Position {
        let n = self.view.attributed.len();
        let on = match &self.cursor {
            Cursor::Quote(i) => Some(*i),
            Cursor::Entity { stops, pos, .. } => stops
                .get(*pos)
                .and_then(|s| s.quote)
                .and_then(|q| self.view.attributed.iter().position(|&a| a == q)),
            Cursor::None => None,
        };
        if let Some(i) = on {
            return Position {
                on,
                next: i + 1,
                before: i,
            };
        }
        let places: Vec<(usize, usize)> = (0..n)
            .filter_map(|i| self.quote_at(i).map(|q| (q.block, q.start)))
            .collect();
        let before = match &self.cursor {
            Cursor::Entity { stops, pos, .. } => match stops.get(*pos) {
                Some(s) => places.partition_point(|p| *p < (s.block, s.start)),
                None => 0,
            },
            _ => {
                let top = self.reader_scroll;
                places.partition_point(|&(b, c)| self.view.doc.line_of(b, c).unwrap_or(0) < top)
            }
        };
        Position {
            on: None,
            next: before,
            before,
        }
    }

    pub(super) fn next_quote(&mut self) {
        let next = self.position().next;
        if next < self.view.attributed.len() {
            self.go_quote(next);
        } else {
            self.message = Some("no more quotes".into());
        }
    }

    pub(super) fn prev_quote(&mut self) {
        match self.position().before.checked_sub(1) {
            Some(i) => self.go_quote(i),
            None => self.message = Some("no earlier quote".into()),
        }
    }

    fn speaker_of(&self, on: Option<usize>) -> Option<String> {
        on.and_then(|i| self.speaker_at(i)).map(str::to_owned)
    }

    pub(super) fn next_speaker(&mut self) {
        let pos = self.position();
        let current = self.speaker_of(pos.on);
        let n = self.view.attributed.len();
        match (pos.next..n).find(|&j| self.speaker_of(Some(j)) != current) {
            Some(j) => self.go_quote(j),
            None => self.message = Some("no other speaker below".into()),
        }
    }

    /// Back to the start of the previous run of quotes by someone else, so
    /// that `{` undoes `}`.
    pub(super) fn prev_speaker(&mut self) {
        let pos = self.position();
        let current = self.speaker_of(pos.on);
        let Some(mut j) = (0..pos.before)
            .rev()
            .find(|&j| self.speaker_of(Some(j)) != current)
        else {
            self.message = Some("no other speaker above".into());
            return;
        };
        let theirs = self.speaker_of(Some(j));
        while j > 0 && self.speaker_of(Some(j - 1)) == theirs {
            j -= 1;
        }
        self.go_quote(j);
    }

    fn go_quote(&mut self, i: usize) {
        self.cursor = Cursor::Quote(i);
        if let Some(q) = self.quote_at(i) {
            let (b, s, e) = (q.block, q.start, q.end);
            self.scroll_to(b, s, e);
        }
        self.mark_read();
    }

    /// After a re-wrap, bring back into view what the status bar names:
    /// the current search match, else the quote or mention the cursor is
    /// on. With none, the line that was at the top stays there.
    pub(super) fn keep_cursor_in_view(&mut self) {
        let target = match (&self.search, &self.cursor) {
            (Some(s), _) => s.current().map(|m| (m.block, m.start, m.end)),
            (None, Cursor::Quote(i)) => self.quote_at(*i).map(|q| (q.block, q.start, q.end)),
            (None, Cursor::Entity { stops, pos, .. }) => {
                stops.get(*pos).map(|s| (s.block, s.start, s.end))
            }
            (None, Cursor::None) => None,
        };
        if let Some((block, start, end)) = target {
            self.scroll_to(block, start, end);
        }
    }

    /// Bring chars `start..end` of `block` into view; when they are not
    /// already fully visible, put them a quarter down the pane so the
    /// context above stays readable.
    pub(super) fn scroll_to(&mut self, block: usize, start: usize, end: usize) {
        let doc = &self.view.doc;
        let Some(first) = doc.line_of(block, start) else {
            return;
        };
        let last = doc.line_of(block, end.saturating_sub(1)).unwrap_or(first);
        let h = self.reader_height().max(1);
        let visible = first >= self.reader_scroll && last < self.reader_scroll + h;
        if !visible {
            self.reader_scroll = first.saturating_sub(h / 4);
        }
        self.reader_scroll = self.reader_scroll.min(self.max_reader_scroll());
    }
}
