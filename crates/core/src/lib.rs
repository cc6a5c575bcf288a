//! newsreader-core: the model and the loader.
//!
//! [`article`] is the model (plain serde data, the dump's contract) and
//! [`loader`] turns source text (plain text, HTML, Markdown, feeds,
//! folders of them) into it, with the word lists and sample articles it
//! reads from `assets/`. [`visible`] and [`is_hidden`] show a stranger's
//! text safely; the loader's errors use them and so does everything the
//! application prints.
//!
//! This crate must not depend, directly or through a dependency, on a
//! terminal (ratatui, crossterm), the network (ureq, rustls), the state
//! database (rusqlite) or the search index (tantivy); nor name url
//! itself (feed-rs brings it, as a parser). `tests/layering.rs` at the
//! workspace root checks it.
//!
//! The module notes are written for the people working on this code, so
//! the documentation is built with private items (`cargo doc
//! --document-private-items`), where their links resolve.
#![allow(rustdoc::private_intra_doc_links)]

pub mod article;
#[cfg(test)]
mod bundled_texts;
mod escape;
pub mod loader;

pub use escape::{is_hidden, visible};
