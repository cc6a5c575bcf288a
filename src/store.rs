//! Reading state that survives restarts: which articles are read and
//! starred, and where the reader stopped in each.
//!
//! State is keyed by [`Article::id`](crate::article::Article::id), a hash
//! of the article's text, so renaming or moving a file keeps its state. The
//! TUI collects [`Update`]s as the user acts and the event loop hands them
//! to [`db::Store::apply`] before the next frame is drawn, so whatever the
//! screen shows as done is already on disk. Plain data here; SQLite lives
//! in [`db`].
//!
//! The same database caches the article list ([`index::Summary`] per
//! file), so a warm start shows every article without parsing any.

pub mod db;
pub mod index;

pub use db::{Opened, Store, StoreError};
pub use index::Summary;

/// Where the reader stood in an article: the first line shown starts at
/// char `offset` of `blocks[block]`. Kept in text positions, not screen
/// lines, so it survives a different terminal width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub block: usize,
    pub offset: usize,
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
}

/// A [`Change`] to the article with this id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub id: String,
    pub change: Change,
}
