//! An indexer message made ready for the model on the indexer's thread
//! ([`Prepared`]): the list's entries built from cached summaries and
//! found files there, so the reader's thread only swaps them in.

use std::path::Path;
use std::sync::Arc;

use super::super::Entry;
use crate::library::index::{IndexMsg, Listed};
use crate::store::index::Summary;

impl Entry {
    /// The entry for a cached summary.
    pub fn from_summary(s: &Summary) -> Entry {
        let own_key = s
            .url
            .as_deref()
            .filter(|u| !u.trim().is_empty())
            .map(|url| {
                crate::store::key(crate::store::Origin {
                    url: Some(url),
                    hash: &s.id,
                    ..Default::default()
                })
                .into_boxed_str()
            });
        let mut entry = Entry {
            id: s.id.to_string(),
            entry: s.entry,
            path: Some(Arc::from(&*s.path)),
            source: String::new(),
            title: s.title.to_string(),
            dateline: s.dateline.as_deref().map(str::to_string),
            words: usize::try_from(s.words).unwrap_or(usize::MAX),
            pending: false,
            failed: false,
            ..Entry::default()
        };
        entry.set_own_key(own_key);
        entry.set_origin(s.url.as_deref(), s.feed.as_deref(), s.published.as_deref());
        entry.clean();
        entry
    }

    /// A file found but not yet structured: listed under its name, read
    /// as words where it is a slug ([`title_from_name`]).
    pub fn pending(path: &Arc<Path>) -> Entry {
        let title = path
            .file_stem()
            .map(|s| title_from_name(&s.to_string_lossy()))
            .unwrap_or_default();
        let mut entry = Entry {
            id: String::new(),
            entry: 0,
            path: Some(Arc::clone(path)),
            source: String::new(),
            title,
            dateline: None,
            words: 0,
            pending: true,
            failed: false,
            ..Entry::default()
        };
        entry.clean();
        entry
    }
}

/// A row's title from a file name while the file waits to be read: a
/// slug (`000123_record-heat-tests-power-grid`, `2024-03-05-council-votes`)
/// reads as its words (`Record heat tests power grid`), a number or date
/// in front dropped; any other name (`a099979`, `notes`) stays as it is.
/// Saved pages and feed entries are named by their headline's slug, so
/// the row says what the article is before indexing reaches it.
pub fn title_from_name(stem: &str) -> String {
    let words: Vec<&str> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let first_word = words
        .iter()
        .position(|w| w.chars().any(char::is_alphabetic))
        .unwrap_or(words.len());
    let words = words.get(first_word..).unwrap_or(&[]);
    let lettered = words.iter().filter(|w| w.chars().any(char::is_alphabetic));
    if lettered.count() < 2 {
        return stem.to_string();
    }
    let text = words.join(" ");
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => stem.to_string(),
    }
}

/// An indexer message made ready for the model on the indexer's thread:
/// building 100,000 entries takes a fifth of a second, time the reader's
/// thread spends answering keys instead.
#[derive(Debug)]
pub enum Prepared {
    /// The article the list will show first, sent ahead of the list
    /// ([`IndexMsg::First`], [`IndexMsg::FirstFile`]): opened at once,
    /// while the rest is read, walked and prepared.
    First(Entry),
    /// The list from the cache, and each entry's place as filed.
    Cached(Vec<Entry>, Vec<usize>),
    /// The files on disk are exactly the cached list, in order.
    ListedAsCached,
    /// The files on disk (cached entries and files being structured),
    /// and each one's place as filed.
    Listed(Vec<Entry>, Vec<usize>),
    /// Structured files, with their place in the list.
    Parsed(Vec<(usize, Entry)>),
    Other(IndexMsg),
}

impl Prepared {
    /// Prepare `msg` (call it on the indexer's thread).
    pub fn from_msg(msg: IndexMsg) -> Prepared {
        match msg {
            IndexMsg::First(summary) => Prepared::First(Entry::from_summary(&summary)),
            IndexMsg::FirstFile(path) => Prepared::First(Entry::pending(&path.into())),
            IndexMsg::Cached(summaries) => {
                let entries: Vec<Entry> = summaries.iter().map(Entry::from_summary).collect();
                let filed = super::super::order::filed_ranks(&entries);
                Prepared::Cached(entries, filed)
            }
            IndexMsg::Listed(cached, listed) => {
                let as_cached = listed.len() == cached.len()
                    && listed
                        .iter()
                        .enumerate()
                        .all(|(k, l)| matches!(l, Listed::Known(i) if *i == k));
                if as_cached {
                    return Prepared::ListedAsCached;
                }
                let entries: Vec<Entry> = listed
                    .iter()
                    .map(|l| match l {
                        Listed::Known(i) => cached
                            .get(*i)
                            .map_or_else(Entry::default, Entry::from_summary),
                        Listed::Pending(p) => Entry::pending(p),
                    })
                    .collect();
                let filed = super::super::order::filed_ranks(&entries);
                Prepared::Listed(entries, filed)
            }
            IndexMsg::Parsed(batch) => Prepared::Parsed(
                batch
                    .iter()
                    .map(|(pos, s)| (*pos, Entry::from_summary(s)))
                    .collect(),
            ),
            other => Prepared::Other(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_waiting_file_shares_its_path_with_the_indexer() {
        let path: Arc<Path> = Path::new("/lib/000123_record-heat.txt").into();
        let entry = Entry::pending(&path);
        assert!(entry.path.as_ref().is_some_and(|p| Arc::ptr_eq(p, &path)));
        assert_eq!(entry.source(), "/lib/000123_record-heat.txt");
        assert_eq!(entry.title, "Record heat");
        // Made printable when shown, as it was when it was kept.
        let evil = Entry::pending(&Path::new("/lib/a\x1b]0;PWNED\x07.txt").into());
        assert!(
            !evil.source().contains(['\x1b', '\x07']),
            "{}",
            evil.source()
        );
    }

    #[test]
    fn a_slug_reads_as_words_and_other_names_stay() {
        assert_eq!(
            title_from_name("000123_record-heat-tests-power-grid"),
            "Record heat tests power grid"
        );
        assert_eq!(title_from_name("2024-03-05-council-votes"), "Council votes");
        assert_eq!(title_from_name("école_fermée"), "École fermée");
        for same in ["a099979", "notes", "2024-03-05", "", "--", "x-1"] {
            assert_eq!(title_from_name(same), same);
        }
    }
}
