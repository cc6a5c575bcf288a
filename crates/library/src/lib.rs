//! newsreader-library: everything between the loader and the reader that
//! touches the disk or the network.
//!
//! [`library`] is the user's folder of articles and the background index
//! of it; [`store`] the reading-state database (SQLite); [`search`] the
//! library-wide search index (tantivy); [`feeds`] the subscriptions and
//! their refresh, fetched with [`fetch`] (the HTTP transport). The model
//! and the loader come from `newsreader-core`.
//!
//! This crate must not depend, directly or through a dependency, on a
//! terminal (ratatui, crossterm): what the reader shows of it (its feeds
//! view, the refresh events) and what the command line prints are the
//! application's. `tests/layering.rs` at the workspace root checks it.
//!
//! The module notes are written for the people working on this code, so
//! the documentation is built with private items (`cargo doc
//! --document-private-items`), where their links resolve.
#![allow(rustdoc::private_intra_doc_links)]

pub mod feeds;
pub mod fetch;
pub mod library;
pub mod search;
pub mod store;
