//! Reading state that survives restarts: which articles are read and
//! starred, and where the reader stopped in each.
//!
//! State is kept under what identifies an article ([`key()`]: its url,
//! else its library file, else its feed entry id), with the hash of its
//! text beside it ([`States`]), so a corrected text keeps its state and a
//! moved file finds it by the hash; the reading position is anchored to
//! the words there ([`anchor`]) and follows them through edits. The
//! TUI collects [`Update`]s as the user acts and the event loop hands them
//! to [`db::Store::apply`] before the next frame is drawn, so whatever the
//! screen shows as done is already on disk. Plain data here; SQLite lives
//! in [`db`].
//!
//! The same database caches the article list ([`index::Summary`] per
//! file), so a warm start shows every article without parsing any.

pub mod anchor;
pub mod db;
pub mod index;
pub mod key;
pub mod states;

pub use db::{Opened, Store, StoreError};
pub use index::Summary;
pub use key::{key, Origin};
pub use states::{Found, States};

/// Where the reader stood in an article: the first line shown starts at
/// char `offset` of `blocks[block]`. Kept in text positions, not screen
/// lines, so it survives a different terminal width. `anchor` ties it to
/// the words there, so it survives edits of the text too
/// ([`Position::at`], [`Position::place_in`]); 0 when it has none (saved
/// by an older version, or nothing there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub block: usize,
    pub offset: usize,
    pub anchor: u64,
}

/// What is remembered about one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ArticleState {
    pub read: bool,
    pub starred: bool,
    /// `None`: never scrolled, or back at the top.
    pub position: Option<Position>,
}

/// One field of one article's state changing. Each is written on its own,
/// so two processes changing different fields of the same article both
/// keep their change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Read(bool),
    Starred(bool),
    Position(Option<Position>),
    /// State found only under the article's text hash (see
    /// [`Found::Hash`]), saved under its key unless the key has state
    /// already: the re-keying of a moved file or an old row. A row from
    /// before keys (keyed by the hash itself) is then dropped, the keyed
    /// row being found by the same hash; a moved file's old row stays.
    Adopt(ArticleState),
    /// The article's text is now the update's hash (it was edited since
    /// its state was saved; see [`Found::Edited`]): only the saved hash
    /// changes, so a move after the edit is followed.
    Hash,
}

/// A [`Change`] to the article with this [`key()`] and text hash
/// ([`Article::id`](newsreader_core::article::Article::id)), which is saved with it
/// to find the state again after a move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub key: String,
    pub hash: String,
    pub change: Change,
}

/// The reading-state database at `path`, or one in memory with a note
/// saying state will not be kept when the file cannot be opened (or there
/// is no home to keep it in): reading goes on either way. `Err` only when
/// not even the in-memory one opens.
pub fn open_or_memory(
    path: Option<&std::path::Path>,
) -> Result<(Store, Option<String>), StoreError> {
    let note = match path.map(Store::open) {
        Some(Ok(opened)) => return Ok((opened.store, opened.notice)),
        Some(Err(e)) => format!("reading state will not be kept: {e}"),
        None => "reading state will not be kept: no home directory".to_string(),
    };
    Ok((Store::in_memory()?, Some(note)))
}
