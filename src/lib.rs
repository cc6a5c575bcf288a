//! newsreader: a terminal news reader.
//!
//! [`article`] is the model, [`loader`] turns source text into it (no
//! terminal code), and [`tui`] is the reader on top. The binary in
//! `main.rs` only parses the command line and wires these together.

pub mod article;
pub mod config;
pub mod loader;
pub mod store;
pub mod tui;
