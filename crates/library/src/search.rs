//! Search across the library: which articles hold a query, and which
//! mention a person, place or organisation or quote a speaker.
//!
//! The domain side only, no terminal: the reader's list asks through the
//! event loop and gets [`Hit`]s back, ranked with [`rank_key`].
//!
//! The index is tantivy, used low-level: [`SearchIndex`] opens (or
//! rebuilds) it, one [`SearchWriter`] adds articles by path from many
//! indexing threads, and a [`Searcher`] answers by walking postings and
//! counting, not by scoring. The pieces:
//! - `fold`: how text and queries are cut into folded words;
//! - `schema`: the fields, and the version marker of a dir;
//! - `open`: opening, creating and replacing an index dir;
//! - `writer`: an article into a document;
//! - `merges`: which segments merge (small ones, a few at a time);
//! - `query`: words, entities and speakers back to [`Hit`]s;
//! - `person`: entity keys and the cross-article person merge;
//! - `quotes`: each article's attributed quotes, stored for a person's
//!   quotes view.

mod fold;
mod merges;
mod open;
mod person;
mod query;
mod quotes;
mod schema;
mod writer;

#[cfg(test)]
mod index_tests;

use std::cmp::Reverse;
use std::path::PathBuf;

pub use fold::{fold_char, query_words, QueryWords};
pub use open::SearchIndex;
pub use person::{entity_key, quotes_by, same_person};
pub use query::{IdHasher, Searcher, PREFIX_TERMS};
pub use quotes::{QuoteDocs, StoredQuote};
pub use writer::{DocMaker, Prepared, SearchWriter};

/// A map keyed by article id ([`id_of`]), hashed by [`IdHasher`]: the ids
/// are hashes already.
pub type IdMap<V> = std::collections::HashMap<u128, V, std::hash::BuildHasherDefault<IdHasher>>;

/// What can go wrong with the index. Each names the index dir (or file)
/// and what was being done; `(in memory)` stands for [`SearchIndex::in_ram`].
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index {}: {what}: {cause}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        /// In the message, so not a `source()`: a printed chain would repeat it.
        cause: std::io::Error,
    },
    #[error(
        "{} holds files but is not a newsreader search index (no {} file in it); \
         not touching it",
        dir.display(),
        schema::MARKER
    )]
    NotOurs { dir: PathBuf },
    #[error("search index {} is being written by another newsreader", dir.display())]
    Busy { dir: PathBuf },
    #[error("search index {}: {what}: {cause}", dir.display())]
    Index {
        dir: PathBuf,
        what: &'static str,
        /// In the message, so not a `source()`: a printed chain would repeat it.
        cause: tantivy::TantivyError,
    },
}

/// One article that matches, by [`newsreader_core::article::Article::id`] as a number
/// ([`id_of`]), with how often the query occurs in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    pub id: u128,
    /// Occurrences in the title.
    pub title_hits: u32,
    /// Occurrences in title and body together: the count the list shows.
    pub hits: u32,
}

impl SearchError {
    /// The same error, saying it happened while doing `what`.
    pub(crate) fn with_what(self, what: &'static str) -> SearchError {
        match self {
            SearchError::Index { dir, cause, .. } => SearchError::Index { dir, what, cause },
            SearchError::Io { path, cause, .. } => SearchError::Io { path, what, cause },
            other => other,
        }
    }
}

/// The number behind an article id (32 hex digits); `None` for anything
/// else.
pub fn id_of(hex: &str) -> Option<u128> {
    if hex.len() != 32 {
        return None;
    }
    u128::from_str_radix(hex, 16).ok()
}

/// What hits are sorted by, best first: articles with the query in their
/// title before the rest, then by hits. Ties keep list order, given as
/// `order`.
pub fn rank_key(hit: &Hit, order: usize) -> (Reverse<bool>, Reverse<u32>, usize) {
    (Reverse(hit.title_hits > 0), Reverse(hit.hits), order)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_hits_rank_first_then_hits_then_list_order() {
        let h = |id, title_hits, hits| Hit {
            id,
            title_hits,
            hits,
        };
        let mut hits = [
            (h(1, 0, 9), 0),
            (h(2, 1, 1), 1),
            (h(3, 0, 9), 2),
            (h(4, 2, 3), 3),
            (h(5, 0, 12), 4),
        ];
        hits.sort_by_key(|(hit, order)| rank_key(hit, *order));
        let ids: Vec<u128> = hits.iter().map(|(h, _)| h.id).collect();
        assert_eq!(ids, [4, 2, 5, 1, 3]);
    }

    #[test]
    fn ids_are_32_hex_digits() {
        let id = newsreader_core::article::content_id("text");
        assert_eq!(id_of(&id).map(|n| format!("{n:032x}")), Some(id));
        assert_eq!(id_of("abc"), None);
        assert_eq!(id_of(&"g".repeat(32)), None);
    }
}
