//! The list pane's other views: a search of the whole library (`/` from the
//! list), the articles that mention an entity (`m` on a sidebar entity) and
//! one person's quotes across the library (`"` on a person).
//!
//! `update` never searches: it leaves a [`Request`] in `App::requests`, the
//! event loop hands it to the search thread, and the answer comes back as a
//! [`Reply`] through [`App::put_reply`], tagged with the request's number so
//! an answer to a query the user has since typed past is dropped. Typing
//! therefore never waits for the index, whatever the library's size.

mod ask;
mod quotes;

pub use ask::{Quoting, Reply, Request, ToRead};
pub use quotes::{quote_rows, QuoteRow, Quotes};

use super::{App, Cursor};
use crate::article::EntityKind;
use crate::search::{id_of, rank_key, Hit, IdMap};
use crate::tui::layout::Pane;
use crate::tui::printable;

/// What the list pane shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ListView {
    /// The articles, as the filter (`f`) lets through.
    #[default]
    Articles,
    /// Articles found by a search or mentioning an entity, best first.
    Found(Found),
    /// One person's quotes across the library.
    Quotes(Quotes),
}

/// What a [`ListView::Found`] list answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// A library search; `editing` while the prompt takes keys.
    Search { query: String, editing: bool },
    /// Articles mentioning an entity.
    Mentions { name: String, kind: EntityKind },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub what: Lookup,
    /// Per listed article (parallel to `App::visible`): how often it
    /// matches.
    pub counts: Vec<u32>,
    /// The answer to the current question has arrived.
    pub done: bool,
    /// The question is asked again (the library changed under it): its
    /// answer keeps the reader on the match it was on, rather than jumping
    /// to the best match as typing does.
    pub again: bool,
}

impl App {
    /// A new question: any answer to an older one is now stale.
    fn ask(&mut self, request: impl FnOnce(u64) -> Request) {
        self.lookup_gen += 1;
        self.requests.push(request(self.lookup_gen));
    }

    /// `/` in the list: a prompt whose query searches the whole library.
    pub(super) fn library_search_start(&mut self) {
        let query = match &self.list_view {
            ListView::Found(Found {
                what: Lookup::Search { query, .. },
                ..
            }) => query.clone(),
            _ => String::new(),
        };
        let searching = matches!(
            self.list_view,
            ListView::Found(Found {
                what: Lookup::Search { .. },
                ..
            })
        );
        if !searching {
            self.before_search = Some((self.selected, self.list_offset));
        }
        self.focus_list();
        self.list_view = ListView::Found(Found {
            what: Lookup::Search {
                query,
                editing: true,
            },
            counts: Vec::new(),
            done: false,
            again: false,
        });
        self.research();
    }

    /// The library search prompt is open.
    pub fn library_prompt_open(&self) -> bool {
        matches!(
            &self.list_view,
            ListView::Found(Found {
                what: Lookup::Search { editing: true, .. },
                ..
            })
        )
    }

    /// A key typed into the library search prompt (`None`: Backspace).
    pub(super) fn library_search_edit(&mut self, typed: Option<char>) {
        let ListView::Found(Found {
            what: Lookup::Search { query, .. },
            ..
        }) = &mut self.list_view
        else {
            return;
        };
        match typed {
            Some(c) if !printable::is_unsafe(c) => query.push(c),
            Some(_) => return,
            None => {
                query.pop();
            }
        }
        self.research();
    }

    /// Ask again for the current query; a blank one lists everything.
    fn research(&mut self) {
        let ListView::Found(Found {
            what: Lookup::Search { query, .. },
            ..
        }) = &self.list_view
        else {
            return;
        };
        let query = query.clone();
        if query.trim().is_empty() {
            self.lookup_gen += 1;
            self.all_articles_found();
            return;
        }
        if let ListView::Found(found) = &mut self.list_view {
            // The list keeps the last answer meanwhile, but no longer
            // claims to answer this query.
            found.done = false;
        }
        self.ask(|gen| Request::Search { gen, query });
    }

    /// A blank query: every article, in list order, no counts.
    fn all_articles_found(&mut self) {
        self.visible = self
            .order
            .iter()
            .copied()
            .filter(|&i| !self.entries[i].failed)
            .collect();
        if let ListView::Found(found) = &mut self.list_view {
            found.counts = Vec::new();
            found.done = true;
        }
        self.list_offset = 0;
        self.keep_list_selection_visible();
    }

    /// Enter in the library prompt: keep the results and open the best
    /// one at its first match.
    pub(super) fn library_search_submit(&mut self) {
        let ListView::Found(Found {
            what: Lookup::Search { query, editing },
            ..
        }) = &mut self.list_view
        else {
            return;
        };
        *editing = false;
        if query.trim().is_empty() {
            self.leave_view();
            return;
        }
        if let Some(&first) = self.visible.first() {
            if first != self.selected {
                self.select_article(first);
            }
            self.open_found();
        }
    }

    /// Esc in the library prompt: back to the list as it was before `/`.
    pub(super) fn library_search_cancel(&mut self) {
        self.leave_view();
        if let Some((selected, offset)) = self.before_search.take() {
            self.select_article(selected);
            self.list_offset = offset;
            self.keep_list_selection_visible();
        }
    }

    /// Back to the plain article list, keeping the selected article.
    pub(super) fn leave_view(&mut self) {
        self.lookup_gen += 1;
        self.list_view = ListView::Articles;
        self.apply_filter();
    }

    /// Enter on an article of a found list: open it in the reader, at the
    /// first match of the search that found it, or at the entity's first
    /// mention.
    pub(super) fn open_found(&mut self) {
        self.push_place();
        self.arrival = match &self.list_view {
            ListView::Found(Found {
                what: Lookup::Search { query, .. },
                ..
            }) => Some(Arrival::Search(query.clone())),
            ListView::Found(Found {
                what: Lookup::Mentions { name, .. },
                ..
            }) => Some(Arrival::Entity(name.clone())),
            _ => None,
        };
        self.focus = Pane::Reader;
        self.refresh_view();
        self.arrive();
    }

    /// The entity selected in the sidebar, by name and kind.
    fn side_entity(&self) -> Option<(String, EntityKind)> {
        let e = self.selected_side_entity()?;
        let entity = self.article()?.entities.get(e)?;
        Some((entity.name.clone(), entity.kind))
    }

    /// The entity in question: the sidebar's selection when the sidebar
    /// has focus, else the one being stepped through in the reader.
    fn entity_in_question(&self) -> Option<(String, EntityKind)> {
        if self.focus != Pane::Sidebar {
            if let Cursor::Entity { entity, .. } = &self.cursor {
                let e = self.article()?.entities.get(*entity)?;
                return Some((e.name.clone(), e.kind));
            }
        }
        self.side_entity()
    }

    /// `m`: list every article that mentions the entity in question.
    pub(super) fn show_mentions(&mut self) {
        let Some((name, kind)) = self.entity_in_question() else {
            self.message = Some("pick a person, place or organisation in the sidebar".into());
            return;
        };
        self.push_place();
        self.list_view = ListView::Found(Found {
            what: Lookup::Mentions {
                name: name.clone(),
                kind,
            },
            counts: Vec::new(),
            done: false,
            again: false,
        });
        self.focus_list();
        self.ask(|gen| Request::Mentions { gen, kind, name });
    }

    /// An answer from the search thread.
    pub(super) fn put_reply(&mut self, reply: Reply) {
        match reply {
            Reply::Hits { gen, hits, keys } if gen == self.lookup_gen => self.put_hits(hits, keys),
            Reply::Quotes { gen, rows, done } if gen == self.lookup_gen => {
                self.put_quote_rows(rows, done)
            }
            Reply::Failed { gen, message } if gen == self.lookup_gen => {
                let mut message = message;
                // It names the index folder: escaped as names are.
                printable::clean_name(&mut message);
                self.message = Some(message);
            }
            _ => {}
        }
    }

    /// Where each article id is listed. Rebuilt when a lookup finds the
    /// map out of date, so a changed list can never send a hit to the
    /// wrong article.
    fn entries_by_id(&mut self) -> &IdMap<usize> {
        let with_id = |e: &&super::Entry| !e.failed && !e.id.is_empty();
        let count = self.entries.iter().filter(with_id).count();
        let stale = self.ids_from != count
            || self.ids.iter().take(64).any(|(id, &i)| {
                self.entries
                    .get(i)
                    .and_then(|e| id_of(&e.id))
                    .is_none_or(|x| x != *id)
            });
        if stale {
            self.ids_from = count;
            self.ids = self
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| with_id(e))
                .filter_map(|(i, e)| id_of(&e.id).map(|id| (id, i)))
                .collect();
        }
        &self.ids
    }

    fn put_hits(&mut self, hits: Vec<Hit>, keys: Vec<String>) {
        let by_id = self.entries_by_id();
        let mut found: Vec<(Hit, usize)> = hits
            .into_iter()
            .filter_map(|h| by_id.get(&h.id).map(|&i| (h, i)))
            .collect();
        // Each key holds the entry's place, so no two are equal and the
        // unstable sort gives the stable one's order, faster.
        found.sort_unstable_by_key(|(hit, i)| rank_key(hit, *i));
        match &mut self.list_view {
            ListView::Found(f) => {
                f.counts = found.iter().map(|(h, _)| h.hits).collect();
                f.done = true;
                // Asked again, the answer keeps the reader on the match it
                // was on; a reader on no match yet gets the best one.
                let again = std::mem::take(&mut f.again) && self.visible.contains(&self.selected);
                self.visible = found.iter().map(|(_, i)| *i).collect();
                self.list_offset = 0;
                let searching = matches!(f.what, Lookup::Search { .. }) && !again;
                if let Some(&first) = self.visible.first() {
                    // As you type, the best match is previewed; a mentions
                    // list, or any list asked again, keeps the article it
                    // was on when it is there.
                    if searching || !self.visible.contains(&self.selected) {
                        self.select_article(first);
                    }
                }
                self.keep_list_selection_visible();
            }
            ListView::Quotes(_) => {
                let entries = found.iter().map(|(_, i)| *i).collect();
                self.put_quoted(entries, keys);
            }
            ListView::Articles => {}
        }
    }

    /// The list changed under a view (a new indexing run): ask again, since
    /// the places in the answer may have moved.
    pub(super) fn relook(&mut self) {
        if let ListView::Found(found) = &mut self.list_view {
            found.again = true;
        }
        match self.list_view.clone() {
            ListView::Articles => {}
            ListView::Found(Found {
                what: Lookup::Search { .. },
                ..
            }) => self.research(),
            ListView::Found(Found {
                what: Lookup::Mentions { name, kind },
                ..
            }) => self.ask(|gen| Request::Mentions { gen, kind, name }),
            ListView::Quotes(q) => {
                self.list_view = ListView::Quotes(Quotes::new(q.name.clone()));
                self.ask(|gen| Request::Quoted { gen, name: q.name });
            }
        }
    }

    /// Take the questions for the search thread.
    #[cfg(test)]
    pub(super) fn take_requests(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.requests)
    }
}

/// Where to put the reader once an article opened from a view is shown
/// (for a library, after its file has been read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// At the first match of a library search, the matches highlighted.
    Search(String),
    /// At an entity's first mention (or quote), highlighted.
    Entity(String),
    /// On a quote.
    Quote { block: usize, start: usize },
    /// Where the reader stood (block, char offset of the top line).
    Position { block: usize, offset: usize },
}

#[cfg(test)]
mod tests;
