//! Swapping in a fresh set of articles (`r`), keeping the reader where it
//! was: the same article stays selected when it is still there (found by
//! content id, else by file), and reading state comes from the store.

use std::collections::{HashMap, HashSet};

use super::{printable, App, Entry};
use crate::article::Article;
use crate::store::ArticleState;

impl App {
    /// Show `articles` (all held in memory) instead of the current ones;
    /// `states` is what the store remembers about them, `skipped` the
    /// files that failed.
    pub fn replace_articles(
        &mut self,
        mut articles: Vec<Article>,
        skipped: Vec<String>,
        states: &HashMap<String, ArticleState>,
    ) {
        articles.iter_mut().for_each(printable::clean_article);
        let entries = articles.iter().map(|a| Entry::of(a, None)).collect();
        self.resident = articles;
        self.current = None;
        self.replace_entries(entries, skipped, states);
    }

    /// Show `entries` instead of the current ones (their text is read when
    /// shown, unless `docs` holds it).
    pub fn replace_entries(
        &mut self,
        mut entries: Vec<Entry>,
        mut skipped: Vec<String>,
        states: &HashMap<String, ArticleState>,
    ) {
        entries.iter_mut().for_each(Entry::clean);
        skipped.iter_mut().for_each(printable::clean);
        let old: HashSet<&str> = self.entries.iter().map(|e| e.id.as_str()).collect();
        let new = entries
            .iter()
            .filter(|e| !old.contains(e.id.as_str()))
            .count();
        let current = self
            .entries
            .get(self.selected)
            .map(|e| (e.id.clone(), e.source.clone()));
        let keep = current.as_ref().and_then(|(id, source)| {
            entries
                .iter()
                .position(|e| &e.id == id)
                .or_else(|| entries.iter().position(|e| &e.source == source))
        });
        let same = keep.is_some_and(|i| current.as_ref().map(|c| &c.0) == Some(&entries[i].id));
        let scroll = self.reader_scroll;

        self.entries = entries;
        self.forget_history();
        self.skipped = skipped;
        self.kept_unread = None;
        self.doc_error = None;
        // Force the view to rebuild: index `selected` may now be another
        // article.
        self.view = Default::default();
        self.selected = keep.unwrap_or(0).min(self.entries.len().saturating_sub(1));
        self.states = self
            .entries
            .iter()
            .map(|e| states.get(&e.id).copied().unwrap_or_default())
            .collect();
        self.refresh_view();
        if same {
            self.reader_scroll = scroll.min(self.max_reader_scroll());
        } else {
            self.reader_scroll = 0;
            self.cursor = super::Cursor::None;
            self.highlight = None;
            self.restore_position();
        }
        self.apply_filter();
        self.message = Some(match (new, self.skipped.len()) {
            (0, 0) => "reloaded: nothing new".to_string(),
            (1, 0) => "reloaded: 1 new article".to_string(),
            (n, 0) => format!("reloaded: {n} new articles"),
            (n, s) => format!("reloaded: {n} new, {s} skipped (? lists them)"),
        });
    }
}
