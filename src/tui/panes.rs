//! The screen's panes and overlays, a file each. Each is a ratatui
//! [`Widget`](ratatui::widgets::Widget) that borrows the model (and the
//! theme) for one frame, so a pane can read the model but never change it,
//! and [`render`](super::render) composes them without knowing how any of
//! them draws. What several panes draw alike is in [`draw`](super::draw),
//! which imports no pane.

pub mod empty;
pub mod feeds;
pub mod help;
pub mod list;
pub mod quotes;
pub mod reader;
pub mod sidebar;
pub mod status;

pub use empty::EmptyPane;
pub use feeds::FeedsPane;
pub use help::HelpPane;
pub use list::ListPane;
pub use quotes::QuotesPane;
pub use reader::ReaderPane;
pub use sidebar::SidebarPane;
pub use status::StatusPane;
