//! An indexer message made ready for the model on the indexer's thread
//! ([`Prepared`]): the list's entries built from cached summaries and
//! found files there, so the reader's thread only swaps them in.

use std::path::Path;

use super::super::Entry;
use crate::library::index::{IndexMsg, Listed};
use crate::loader::files::display_path;
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
            own_key,
            entry: s.entry,
            path: Some(s.path.to_path_buf()),
            source: display_path(&s.path),
            title: s.title.to_string(),
            dateline: s.dateline.as_deref().map(str::to_string),
            words: usize::try_from(s.words).unwrap_or(usize::MAX),
            pending: false,
            failed: false,
            ..Entry::default()
        };
        entry.set_origin(s.url.as_deref(), s.feed.as_deref(), s.published.as_deref());
        entry.clean();
        entry
    }

    /// A file found but not yet structured: listed under its name.
    pub fn pending(path: &Path) -> Entry {
        let title = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut entry = Entry {
            id: String::new(),
            own_key: None,
            entry: 0,
            path: Some(path.to_path_buf()),
            source: display_path(path),
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

/// An indexer message made ready for the model on the indexer's thread:
/// building 100,000 entries takes a fifth of a second, time the reader's
/// thread spends answering keys instead.
#[derive(Debug)]
pub enum Prepared {
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
