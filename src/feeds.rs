//! Feeds as the application uses them: everything of
//! `newsreader_library::feeds` (subscriptions, refresh, saving), re-exported
//! so `newsreader::feeds::…` paths keep working, plus the two faces the
//! library crate must not hold because they speak to the terminal:
//! [`command`], what the `feeds`, `refresh` and `add URL` commands print,
//! and [`view`], the reader's plain view of subscriptions and refreshes.

pub use newsreader_library::feeds::*;

pub mod command;
pub mod view;
