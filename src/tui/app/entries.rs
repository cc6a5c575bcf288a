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
    /// Its own key, url, feed and publication time, when it has any
    /// ([`Entry::set_origin`], [`Entry::set_own_key`]): a local file has
    /// none, so a big library of files holds one empty pointer per
    /// article instead of four (5.6 MB at 100,000).
    pub provenance: Option<Box<Provenance>>,
    /// `published` read once into seconds since the epoch, for sorting.
    pub date: Option<i64>,
}

/// What few local files have: see [`Entry::provenance`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Provenance {
    /// What its reading state is kept under when that is not its file
    /// (its url, feed entry id or text hash): see [`Entry::key`].
    own_key: Option<Box<str>>,
    /// Where it came from ([`Article::url`], [`Article::feed`],
    /// [`Article::published`]), made printable: they came over the network.
    url: Option<Box<str>>,
    feed: Option<Box<str>>,
    published: Option<Box<str>>,
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
        entry.set_own_key(own_key);
        entry.set_origin(
            article.url.as_deref(),
            article.feed.as_deref(),
            article.published.as_deref(),
        );
        entry.clean();
        entry
    }

    /// Its own key ([`Provenance::own_key`]), if any.
    pub fn own_key(&self) -> Option<&str> {
        self.provenance.as_ref()?.own_key.as_deref()
    }

    /// Its web address, if any.
    pub fn url(&self) -> Option<&str> {
        self.provenance.as_ref()?.url.as_deref()
    }

    /// The feed it came in, if any.
    pub fn feed(&self) -> Option<&str> {
        self.provenance.as_ref()?.feed.as_deref()
    }

    /// When it was published, as given, if known.
    pub fn published(&self) -> Option<&str> {
        self.provenance.as_ref()?.published.as_deref()
    }

    pub fn set_own_key(&mut self, key: Option<Box<str>>) {
        self.with_provenance(|p| p.own_key = key);
    }

    /// Change the provenance, dropping it when nothing is left.
    fn with_provenance(&mut self, change: impl FnOnce(&mut Provenance)) {
        let mut p = self.provenance.take().unwrap_or_default();
        change(&mut p);
        if *p != Provenance::default() {
            self.provenance = Some(p);
        }
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
        match self.own_key() {
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
        self.with_provenance(|p| {
            p.url = keep(url);
            p.feed = keep(feed);
            p.published = keep(published);
        });
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
        if let Some(p) = &mut self.provenance {
            for field in [&mut p.url, &mut p.feed, &mut p.published] {
                if let Some(text) = field {
                    if let Cow::Owned(fixed) = crate::output::visible(text) {
                        *field = Some(fixed.into());
                    }
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
                fresh.set_own_key(listed.own_key().map(Box::from));
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

    #[test]
    fn a_local_file_holds_no_provenance_and_a_web_article_keeps_its_own() {
        let file = Entry::of(&article(1), Some(PathBuf::from("/lib/1.txt")));
        assert_eq!(file.provenance, None);
        assert_eq!(
            (file.url(), file.feed(), file.own_key()),
            (None, None, None)
        );
        // The list entry is what a big library holds 100,000 of.
        assert!(
            std::mem::size_of::<Entry>() <= 160,
            "{}",
            std::mem::size_of::<Entry>()
        );

        let mut web = article(2);
        web.url = Some("https://example.com/a\x1b[31m".into());
        web.feed = Some("Example News".into());
        let entry = Entry::of(&web, Some(PathBuf::from("/lib/2.html")));
        assert_eq!(entry.feed(), Some("Example News"));
        assert!(
            entry.url().is_some_and(|u| !u.contains('\x1b')),
            "made printable"
        );
        assert!(entry.own_key().is_some(), "kept under its address");
        let mut cleared = entry.clone();
        cleared.set_origin(None, None, None);
        cleared.set_own_key(None);
        assert_eq!(cleared.provenance, None, "nothing left, nothing held");
    }

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
