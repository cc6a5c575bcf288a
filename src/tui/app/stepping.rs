//! Stepping through one entity's places in the article: Enter on a
//! sidebar entity highlights it and goes to its first stop, `n`/`N` walk
//! the stops (saying when they wrap or when there is only one), and `t`
//! switches a speaker between their quotes and their mentions.

use super::{App, Cursor, Pane, Stop};

/// Which of an entity's places `n`/`N` step through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stops {
    /// Its quotes when it has any (a speaker), else its mentions.
    Preferred,
    Quotes,
    Mentions,
}

impl App {
    /// Highlight entity `e`'s mentions and jump to the first stop: a
    /// speaker's first quote, else its first mention.
    pub(super) fn select_entity(&mut self, e: usize) {
        self.select_entity_stops(e, Stops::Preferred, None);
    }

    /// `t`: step through the entity's mentions instead of its quotes, or
    /// back, starting from the stop at or after the current one. With no
    /// entity being stepped through, the sidebar's selection's mentions.
    pub(super) fn toggle_stops(&mut self) {
        let side = self.selected_side_entity();
        let (e, stepping_quotes, at) = match &self.cursor {
            Cursor::Entity { entity, stops, pos }
                if self.focus != Pane::Sidebar || side == Some(*entity) =>
            {
                (
                    *entity,
                    stops.first().is_some_and(|s| s.quote.is_some()),
                    stops.get(*pos).map(|s| (s.block, s.start)),
                )
            }
            _ => match side {
                Some(e) => (e, true, None),
                None => {
                    self.message = Some("pick a name in the sidebar first".into());
                    return;
                }
            },
        };
        let want = if stepping_quotes {
            Stops::Mentions
        } else {
            Stops::Quotes
        };
        self.select_entity_stops(e, want, at);
    }

    /// Highlight entity `e` and step through its `want` stops from the
    /// first at or after `at` (block, char), else from the first.
    fn select_entity_stops(&mut self, e: usize, want: Stops, at: Option<(usize, usize)>) {
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
        let mentions = || {
            entity
                .positions
                .iter()
                .map(|p| Stop {
                    block: p.block,
                    start: p.start,
                    end: p.end,
                    quote: None,
                })
                .collect::<Vec<Stop>>()
        };
        let name = entity.name.clone();
        let mut note = None;
        let stops = match want {
            Stops::Preferred if !quotes.is_empty() => quotes,
            Stops::Quotes if !quotes.is_empty() => quotes,
            Stops::Quotes => {
                note = Some(format!("{name} has no quotes here"));
                mentions()
            }
            Stops::Preferred | Stops::Mentions => mentions(),
        };
        self.highlight = Some(e);
        if stops.is_empty() {
            self.cursor = Cursor::None;
            self.message = Some(format!("{name} is not in the body"));
            return;
        }
        let pos = at
            .and_then(|at| stops.iter().position(|s| (s.block, s.start) >= at))
            .unwrap_or(0);
        self.cursor = Cursor::Entity {
            entity: e,
            stops,
            pos,
        };
        self.show_stop();
        self.message = note;
    }

    /// `n`/`N`: the next stop of the selected entity, wrapping around and
    /// saying so; with no entity selected, the next quote.
    pub(super) fn step_match(&mut self, forward: bool) {
        match &mut self.cursor {
            Cursor::Entity { stops, pos, .. } => {
                let n = stops.len();
                if n == 0 {
                    return;
                }
                let what = if stops[0].quote.is_some() {
                    "quote"
                } else {
                    "mention"
                };
                let next = if forward {
                    (*pos + 1) % n
                } else {
                    (*pos + n - 1) % n
                };
                // With one stop every step wraps onto itself.
                let wrapped = if forward { next <= *pos } else { next >= *pos };
                *pos = next;
                self.show_stop();
                if n == 1 {
                    self.message = Some(format!("no other {what}"));
                } else if wrapped {
                    let end = if forward { "first" } else { "last" };
                    self.message = Some(format!("wrapped to the {end} {what}"));
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
}
