//! The workspace's layering, checked on what cargo resolves rather than on
//! what the sources import: the core (model and loader) pulls in no
//! terminal, network, database or search crate, directly or through a
//! dependency, and the library no terminal crate. A dependency added to
//! the wrong crate, or a new dependency that brings one of these along,
//! fails here.
//!
//! `cargo tree --offline` reads the lock file and the crates already
//! downloaded for the build, so the test needs no network.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Crates that mean a terminal.
const TERMINAL: &[&str] = &["ratatui", "crossterm"];
/// Crates that mean the network, a database or the search index.
const IO: &[&str] = &["ureq", "rustls", "rusqlite", "tantivy"];

/// The names of the packages `package` depends on (normal dependencies
/// only, not dev or build ones), `depth` levels down (`None`: all).
fn dependencies(package: &str, depth: Option<u32>) -> BTreeSet<String> {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(["tree", "--offline", "-p", package, "-e", "normal"])
        .args(["--prefix", "none", "--format", "{p}"]);
    if let Some(depth) = depth {
        cmd.args(["--depth", &depth.to_string()]);
    }
    let out = cmd.output().expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree -p {package} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let names: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    assert!(names.contains(package), "{package} not in its own tree");
    names
}

fn assert_none(package: &str, found: &BTreeSet<String>, banned: &[&str], what: &str) {
    let bad: Vec<&&str> = banned.iter().filter(|b| found.contains(**b)).collect();
    assert!(bad.is_empty(), "{package} depends on {what} {bad:?}");
}

#[test]
fn the_core_has_no_terminal_network_database_or_search_dependency() {
    let all = dependencies("newsreader-core", None);
    assert_none("newsreader-core", &all, TERMINAL, "the terminal");
    assert_none("newsreader-core", &all, IO, "network, database or search");
    // url is a parser that feed-rs needs (its links are `Url`s), so it is
    // in the tree; the core itself must not use it, so not name it.
    let direct = dependencies("newsreader-core", Some(1));
    assert_none("newsreader-core", &direct, &["url"], "the network's");
    assert_none(
        "newsreader-core",
        &all,
        &["newsreader-library", "newsreader"],
        "a layer above it:",
    );
}

#[test]
fn the_library_has_no_terminal_dependency() {
    let all = dependencies("newsreader-library", None);
    assert_none("newsreader-library", &all, TERMINAL, "the terminal");
    assert_none(
        "newsreader-library",
        &all,
        &["newsreader"],
        "the application:",
    );
}

#[test]
fn the_corpus_generator_is_no_dependency_of_the_reader() {
    let all = dependencies("newsreader", None);
    assert!(
        !all.contains("newsreader-corpus"),
        "newsreader depends on newsreader-corpus outside its tests"
    );
}
