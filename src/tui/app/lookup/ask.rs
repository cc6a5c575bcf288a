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
    /// Read these articles (place in the list, file) and pick out the
    /// quotes of the person known by `keys`.
    Quotes {
        gen: u64,
        keys: Vec<String>,
        files: Vec<(usize, PathBuf)>,
    },
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
