//! The messages between the list's views and the search thread: what the
//! model asks ([`Request`]) and what comes back ([`Reply`]), plain data
//! so the search thread needs nothing of the model.

use std::path::PathBuf;

use super::QuoteRow;
use crate::article::EntityKind;
use crate::search::Hit;

/// A question for the search thread, numbered (`gen`) so that only the
/// answer to the newest is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    Search {
        gen: u64,
        query: String,
    },
    Mentions {
        gen: u64,
        kind: EntityKind,
        name: String,
    },
    /// The articles quoting a person, and the keys their name goes by.
    Quoted {
        gen: u64,
        name: String,
    },
    /// The quotes of the person known by `keys` in these articles, read
    /// from the index (nothing is read or structured again).
    Quotes {
        gen: u64,
        keys: Vec<String>,
        articles: Vec<Quoting>,
    },
}

impl Request {
    /// Its number: only the answer to the newest question is shown.
    pub fn gen(&self) -> u64 {
        match self {
            Request::Search { gen, .. }
            | Request::Mentions { gen, .. }
            | Request::Quoted { gen, .. }
            | Request::Quotes { gen, .. } => *gen,
        }
    }
}

/// One listed article for a [`Request::Quotes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoting {
    /// Its place in `App::entries`.
    pub listed: usize,
    /// Its content id as a number ([`crate::search::id_of`]): what the
    /// index knows it by.
    pub id: u128,
}

/// One listed article to read (the one being opened): a file may hold
/// many (a feed file), so the article is named within it too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToRead {
    /// Its place in `App::entries`.
    pub listed: usize,
    pub path: PathBuf,
    /// Its place in the file (`Entry::entry`).
    pub entry: u32,
    /// Its content id (`Entry::id`), empty when not yet known: in a feed
    /// file it finds the entry even after entries before it came or went.
    pub id: String,
}

impl ToRead {
    /// Read and structure the article; in a feed file only that entry.
    pub fn load(&self) -> Result<crate::article::Article, crate::loader::files::LoadError> {
        let id = (!self.id.is_empty()).then_some(self.id.as_str());
        crate::loader::files::load_entry(&self.path, self.entry as usize, id)
    }
}

/// The search thread's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Articles found, with (for `Quoted`) the keys the person goes by.
    Hits {
        gen: u64,
        hits: Vec<Hit>,
        keys: Vec<String>,
    },
    /// Quotes found in some of the files asked about; `done` with the
    /// last batch.
    Quotes {
        gen: u64,
        rows: Vec<QuoteRow>,
        done: bool,
    },
    Failed {
        gen: u64,
        message: String,
    },
}
