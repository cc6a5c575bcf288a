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
pub mod corpus;
pub mod feeds;
pub mod fetch;
pub mod library;
pub mod output;
pub mod search;
pub mod store;
pub mod tui;

/// The model and the loader live in the core crate (crates/core), which
/// can pull in no terminal, network, database or search code; re-exported
/// so `newsreader::article` and `newsreader::loader` keep their paths.
pub use newsreader_core::{article, loader};
