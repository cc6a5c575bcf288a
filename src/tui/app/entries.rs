//! What the list holds per article, and the full articles held beside it.
//!
//! An [`Entry`] is the little the list needs (title, source, words, id,
//! where the file is), so a library of 100,000 articles costs a few tens of
//! megabytes. Full [`Article`]s are held beside them: all of them for a
//! small set opened as a whole (the samples, tests: `App::resident`), and
//! for a library only the one being read (`App::current`). The model asks
//! for it ([`App::wanted_doc`], as an `Effect::Load`), the loop has that
//! file read and parsed off its own thread (a millisecond for a news
//! article, seconds for a huge one) and hands it back as a `Msg::Doc`,
//! dropped if the reader has moved on; `update` itself never does I/O.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{printable, App};
use crate::article::Article;
use crate::loader::files::display_path;

/// One article as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// The article's content id ([`Article::id`]).
    pub id: String,
    /// What its reading state is kept under when that is not its file
    /// (its url, feed entry id or text hash): see [`Entry::key`]. `None`
    /// for a file without a url, by far the most, so a big library
    /// holds no key per article.
    pub own_key: Option<Box<str>>,
    /// Its place in a file that holds many (`Summary::entry`).
    pub entry: u32,
    /// Where to read it again; `None` when its text is held in memory.
    /// Shared with the indexer's to-do list while the file waits.
    pub path: Option<Arc<Path>>,
    /// Where it came from as shown (printable), or `sample:NAME`; left
    /// empty for a file, whose path says it ([`Entry::source`]): at
    /// 100,000 files a second copy of every path is 8 MB.
    pub source: String,
    pub title: String,
    pub dateline: Option<String>,
    pub words: usize,
    /// Found but not yet structured: the title is the file name.
    pub pending: bool,
    /// Found, but not a readable article: not listed (the `?` help says
    /// why).
    pub failed: bool,
    /// Where it came from ([`Article::url`], [`Article::feed`],
    /// [`Article::published`]), made printable: they came over the network.
    pub url: Option<Box<str>>,
    pub feed: Option<Box<str>>,
    pub published: Option<Box<str>>,
    /// `published` read once into seconds since the epoch, for sorting.
    pub date: Option<i64>,
}

impl Entry {
    /// The entry for an article, made printable.
    pub fn of(article: &Article, path: Option<PathBuf>) -> Entry {
        let has_url = article.url.as_deref().is_some_and(|u| !u.trim().is_empty());
        let own_key = (has_url || path.is_none()).then(|| {
            crate::store::key(crate::store::Origin {
                url: article.url.as_deref(),
                path: None,
                entry: 0,
                feed: article.feed.as_deref(),
                entry_id: article.entry_id.as_deref(),
                hash: &article.id,
            })
            .into_boxed_str()
        });
        let mut entry = Entry {
            id: article.id.clone(),
            own_key,
            entry: 0,
            path: path.map(Arc::from),
            source: article.source.clone(),
            title: article.title.clone(),
            dateline: article.dateline.clone(),
            words: article.word_count(),
            pending: false,
            failed: false,
            ..Entry::default()
        };
        entry.set_origin(
            article.url.as_deref(),
            article.feed.as_deref(),
            article.published.as_deref(),
        );
        entry.clean();
        entry
    }

    /// Where it came from as shown: its path, printable, or what
    /// `source` holds instead.
    pub fn source(&self) -> Cow<'_, str> {
        match &self.path {
            Some(path) if self.source.is_empty() => Cow::Owned(display_path(path)),
            _ => Cow::Borrowed(&self.source),
        }
    }

    /// What its reading state is kept under ([`crate::store::key()`]).
    pub fn key(&self) -> String {
        match &self.own_key {
            Some(key) => key.to_string(),
            None => crate::store::key(crate::store::Origin {
                path: self.path.as_deref(),
                entry: self.entry,
                hash: &self.id,
                ..Default::default()
            }),
        }
    }

    /// Take where the article came from, reading its date once.
    pub fn set_origin(&mut self, url: Option<&str>, feed: Option<&str>, published: Option<&str>) {
        let keep = |s: Option<&str>| s.filter(|s| !s.trim().is_empty()).map(Box::from);
        self.url = keep(url);
        self.feed = keep(feed);
        self.published = keep(published);
        // The indexer picks the list's first article by the same reading.
        self.date = crate::library::dates::published_at(published);
    }

    /// Make every string printable: entries also come from the index
    /// cache, which is only as clean as whoever wrote it.
    pub fn clean(&mut self) {
        printable::clean_name(&mut self.source);
        printable::clean(&mut self.title);
        if let Some(d) = &mut self.dateline {
            printable::clean(d);
        }
        for field in [&mut self.url, &mut self.feed, &mut self.published] {
            if let Some(text) = field {
                if let std::borrow::Cow::Owned(fixed) = crate::output::visible(text) {
                    *field = Some(fixed.into());
                }
            }
        }
    }
}

impl App {
    /// The full article behind entry `i`, when it is held.
    pub fn doc(&self, i: usize) -> Option<&Article> {
        if !self.resident.is_empty() {
            return self.resident.get(i);
        }
        let entry = self.entries.get(i)?;
        self.current.as_ref().filter(|a| a.id == entry.id)
    }

    /// The entry whose file the loop should read and parse now: the
    /// selected one, when its text is not held and has not failed.
    pub fn wanted_doc(&self) -> Option<(usize, PathBuf)> {
        let entry = self.entries.get(self.selected)?;
        if self.doc(self.selected).is_some() || self.doc_error.is_some() {
            return None;
        }
        entry
            .path
            .as_deref()
            .map(|p| (self.selected, p.to_path_buf()))
    }

    /// How to read listed article `i` again from its file, naming it
    /// within a file of many; `None` when its text is held in memory.
    pub fn to_read(&self, i: usize) -> Option<super::ToRead> {
        let e = self.entries.get(i)?;
        Some(super::ToRead {
            listed: i,
            path: e.path.as_deref()?.to_path_buf(),
            entry: e.entry,
            id: e.id.clone(),
        })
    }

    /// The loop read entry `i`'s file: show it. The file may have changed
    /// since it was listed; the entry then takes the new text's title and
    /// id. Articles no longer shown are dropped: only the open one is held.
    pub(super) fn put_doc(&mut self, i: usize, mut article: Article) {
        let Some(old_id) = self.entries.get(i).map(|e| e.id.clone()) else {
            return;
        };
        printable::clean_article(&mut article);
        if old_id != article.id {
            let mut fresh = self.entries.get(i).map_or_else(Entry::default, |e| {
                Entry::of(&article, e.path.as_deref().map(Path::to_path_buf))
            });
            // The list's key (from the index cache, which knows the
            // entry's place in its file) stays: it is what state is under.
            if let Some(listed) = self.entries.get(i).filter(|e| e.path.is_some()) {
                fresh.own_key.clone_from(&listed.own_key);
                fresh.entry = listed.entry;
            }
            let state = self.state_on_arrival(i, &fresh.key(), &article.id);
            if let Some(entry) = self.entries.get_mut(i) {
                *entry = fresh;
            }
            self.keeping_row(|app| {
                app.resort_shown();
            });
            if let Some(s) = self.states.get_mut(i) {
                *s = state;
            }
        }
        if let Some(held) = self.resident.get_mut(i) {
            *held = article;
        } else {
            self.current = Some(article);
        }
        self.doc_error = None;
        if i == self.selected {
            // The view was built without the text; build it now and put
            // the reader where it was left.
            self.view = Default::default();
            self.refresh_view();
            self.restore_position();
            self.arrive();
        }
    }

    /// The loop could not read entry `i`'s file.
    pub(super) fn doc_failed(&mut self, i: usize, message: String) {
        if i == self.selected {
            let mut message = message;
            printable::clean(&mut message);
            self.message = Some(message.clone());
            self.doc_error = Some(message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;

    fn article(n: usize) -> Article {
        let text = format!("Headline {n}\n\nAnn Lee said the council met {n} times.\n");
        crate::loader::parse(&format!("{n}.txt"), &text)
    }

    fn library(n: usize) -> App {
        let entries = (0..n)
            .map(|i| Entry::of(&article(i), Some(PathBuf::from(format!("/lib/{i}.txt")))))
            .collect();
        let mut app = App::from_entries(entries, vec![]);
        app.update(Action::Resize(120, 30));
        app
    }

    #[test]
    fn a_library_holds_only_the_article_being_read() {
        let mut app = library(3);
        assert_eq!(app.article(), None);
        assert_eq!(app.wanted_doc(), Some((0, PathBuf::from("/lib/0.txt"))));
        app.put_doc(0, article(0));
        assert_eq!(app.wanted_doc(), None);
        assert!(app
            .view
            .doc
            .lines
            .iter()
            .any(|l| l.text.contains("Headline 0")));

        app.update(Action::Down);
        assert_eq!(app.wanted_doc(), Some((1, PathBuf::from("/lib/1.txt"))));
        app.put_doc(1, article(1));
        assert_eq!(app.article().map(|a| a.title.as_str()), Some("Headline 1"));
        assert_eq!(app.doc(0), None, "the other article's text is let go");
    }

    #[test]
    fn a_file_changed_since_listing_updates_its_entry() {
        let mut app = library(2);
        let changed = crate::loader::parse("0.txt", "New headline\n\nOther text here.\n");
        app.put_doc(0, changed.clone());
        assert_eq!(app.entries[0].id, changed.id);
        assert_eq!(app.entries[0].title, "New headline");
        assert_eq!(
            app.entries[0].path.as_deref(),
            Some(Path::new("/lib/0.txt"))
        );
        assert!(app.article().is_some());
    }

    #[test]
    fn a_file_that_cannot_be_read_is_said_once_not_retried() {
        let mut app = library(2);
        app.doc_failed(0, "/lib/0.txt: gone\u{1b}[2J".to_string());
        assert_eq!(app.wanted_doc(), None, "no retry loop");
        let message = app.message.clone().unwrap_or_default();
        assert!(
            message.contains("gone") && !message.contains('\u{1b}'),
            "{message}"
        );
        app.update(Action::Down);
        assert!(app.wanted_doc().is_some(), "another article is tried");
    }
}
