//! Swapping in a fresh set of articles (`r`), keeping the reader where it
//! was: the same article stays selected when it is still there (found by
//! content id, else by file), and reading state comes from the store.

use std::collections::{HashMap, HashSet};

use super::{printable, App};
use crate::article::Article;
use crate::store::ArticleState;

impl App {
    /// Show `articles` instead of the current ones; `states` is what the
    /// store remembers about them, `skipped` the files that failed.
    pub fn replace_articles(
        &mut self,
        mut articles: Vec<Article>,
        mut skipped: Vec<String>,
        states: &HashMap<String, ArticleState>,
    ) {
        articles.iter_mut().for_each(printable::clean_article);
        skipped.iter_mut().for_each(printable::clean);
        let old: HashSet<&str> = self.articles.iter().map(|a| a.id.as_str()).collect();
        let new = articles
            .iter()
            .filter(|a| !old.contains(a.id.as_str()))
            .count();
        let current = self.article().map(|a| (a.id.clone(), a.source.clone()));
        let keep = current.and_then(|(id, source)| {
            articles
                .iter()
                .position(|a| a.id == id)
                .or_else(|| articles.iter().position(|a| a.source == source))
        });
        let scroll = self.reader_scroll;
        let same = keep.is_some_and(|i| self.article().map(|a| &a.id) == Some(&articles[i].id));

        self.word_counts = articles.iter().map(Article::word_count).collect();
        self.articles = articles;
        self.skipped = skipped;
        self.kept_unread = None;
        // Force the view to rebuild: index `selected` may now be another
        // article.
        self.view = Default::default();
        self.selected = keep.unwrap_or(0).min(self.articles.len().saturating_sub(1));
        self.states = self
            .articles
            .iter()
            .map(|a| states.get(&a.id).copied().unwrap_or_default())
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
