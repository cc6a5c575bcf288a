//! newsreader: a terminal news reader — the application crate.
//!
//! The workspace holds the layers as crates, each depending only on those
//! below it:
//! - `newsreader-core` (crates/core): [`article`], the model, and
//!   [`loader`], which turns source text into it. No terminal, network,
//!   database or search code.
//! - `newsreader-library` (crates/library): the library folder
//!   ([`library`]), reading state ([`store`], SQLite), the search index
//!   ([`search`], tantivy), feeds and their fetching ([`feeds`],
//!   [`fetch`]). No terminal code.
//! - this crate: [`tui`], the reader on top; [`config`], which turns the
//!   user's `config.toml` into the keymap, theme and settings the reader
//!   uses; [`output`], everything the binary prints; the feeds' command
//!   and reader faces ([`feeds::command`], [`feeds::view`]). The binary in
//!   `main.rs` only parses the command line and wires these together.
//!
//! The lower crates' modules are re-exported here under their old names,
//! so `newsreader::loader::…` or `newsreader::store::…` work from tests,
//! benches and examples. `tests/layering.rs` checks that the lower crates
//! keep out what they must not depend on. The generated corpora for
//! benchmarks are in the dev-only `newsreader-corpus` (crates/corpus).
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
