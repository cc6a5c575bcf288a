//! newsreader: a terminal news reader.
//!
//! [`article`] is the model, [`loader`] turns source text into it (no
//! terminal code), [`tui`] is the reader on top, and [`config`] turns the
//! user's `config.toml` into the keymap, theme and settings the reader
//! uses. The binary in `main.rs` only parses the command line and wires
//! these together.
//!
//! The module notes are written for the people working on this code, so
//! the documentation is built with private items (`cargo doc
//! --document-private-items`), where their links resolve.
#![allow(rustdoc::private_intra_doc_links)]

pub mod config;
pub mod feeds;
pub mod output;
pub mod tui;

/// The model and the loader live in the core crate (crates/core), which
/// can pull in no terminal, network, database or search code; re-exported
/// so `newsreader::article` and `newsreader::loader` keep their paths.
pub use newsreader_core::{article, loader};

/// Files, fetching, the state database and the search index live in the
/// library crate (crates/library), which can pull in no terminal code;
/// re-exported so their paths stay. `feeds` is the app's own module on top
/// of the library's (its command-line and reader faces).
pub use newsreader_library::{fetch, library, search, store};
