//! Quote, speaker and entity jumps: `]`/`[`, `}`/`{`, Enter on a sidebar
//! entity and `n`/`N`. Each moves the [`Cursor`] and scrolls the reader so
//! the target is in view; the status line reads the cursor back.

use super::{App, Cursor, Stop};

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
        match &self.cursor {
            Cursor::None => None,
            Cursor::Quote(i) => {
                let q = article.quotes.get(*self.view.attributed.get(*i)?)?;
                let who = q.speaker.as_deref().unwrap_or("unattributed");
                Some(format!(
                    "quote {}/{} · {who}",
                    i + 1,
                    self.view.attributed.len()
                ))
            }
            Cursor::Entity { entity, stops, pos } => {
                let name = &article.entities.get(*entity)?.name;
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

    /// Highlight entity `e`'s mentions and jump to the first stop: a
    /// speaker's first quote, else its first mention.
    pub(super) fn select_entity(&mut self, e: usize) {
        let Some(article) = self.article() else {
            return;
        };
        let Some(entity) = article.entities.get(e) else {
            return;
        };
        let quotes: Vec<Stop> = article
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.speaker.as_deref() == Some(entity.name.as_str()))
            .map(|(i, q)| Stop {
                block: q.block,
                start: q.start,
                end: q.end,
                quote: Some(i),
            })
            .collect();
        let stops = if quotes.is_empty() {
            entity
                .positions
                .iter()
                .map(|p| Stop {
                    block: p.block,
                    start: p.start,
                    end: p.end,
                    quote: None,
                })
                .collect()
        } else {
            quotes
        };
        let name = entity.name.clone();
        self.highlight = Some(e);
        if stops.is_empty() {
            self.cursor = Cursor::None;
            self.message = Some(format!("{name} is not in the body"));
            return;
        }
        self.cursor = Cursor::Entity {
            entity: e,
            stops,
            pos: 0,
        };
        self.show_stop();
    }

    /// `n`/`N`: the next stop of the selected entity, wrapping around; with
    /// no entity selected, the next quote.
    pub(super) fn step_match(&mut self, forward: bool) {
        match &mut self.cursor {
            Cursor::Entity { stops, pos, .. } => {
                let n = stops.len();
                if n == 0 {
                    return;
                }
                let next = if forward {
                    (*pos + 1) % n
                } else {
                    (*pos + n - 1) % n
                };
                let wrapped = (forward && next < *pos) || (!forward && next > *pos);
                *pos = next;
                self.show_stop();
                if wrapped {
                    self.message = Some(if forward {
                        "wrapped to the first".into()
                    } else {
                        "wrapped to the last".into()
                    });
                }
            }
            _ if forward => self.next_quote(),
            _ => self.prev_quote(),
        }
    }

    fn show_stop(&mut self) {
        if let Cursor::Entity { stops, pos, .. } = &self.cursor {
            if let Some(s) = stops.get(*pos).copied() {
                self.scroll_to(s.block, s.start, s.end);
            }
        }
        self.mark_read();
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
