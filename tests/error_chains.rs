//! An error whose message already includes its cause must not also give
//! that cause as its `source()`: the binary prints errors with their chain
//! (`{:#}`), which would then say the same thing twice (`No such device or
//! address (os error 6): No such device or address (os error 6)`). Every
//! error type of the crate that wraps another is checked here, and the
//! binary is run without a terminal, where the reader's set-up fails.

use std::error::Error;
use std::io;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use newsreader::config::ConfigError;
use newsreader::library::AddError;
use newsreader::loader::LoadError;
use newsreader::search::SearchError;
use newsreader::store::StoreError;
use newsreader::tui::TuiError;

/// The error as the binary prints it, and the same with no repeated part.
fn assert_said_once(err: impl Error + Send + Sync + 'static, cause: &str) {
    let shown = format!("{:#}", anyhow::Error::new(err));
    assert_eq!(
        shown.matches(cause).count(),
        1,
        "the cause {cause:?} should appear once in {shown:?}"
    );
}

fn io_error() -> io::Error {
    io::Error::other("the disk caught fire")
}

#[test]
fn every_wrapping_error_names_its_cause_once() {
    let cause = "the disk caught fire";
    let path = || PathBuf::from("/x/y");
    assert_said_once(TuiError::Setup(io_error()), cause);
    assert_said_once(TuiError::Draw(io_error()), cause);
    assert_said_once(TuiError::Input(io_error()), cause);
    assert_said_once(
        ConfigError::Read {
            path: path(),
            cause: io_error(),
        },
        cause,
    );
    assert_said_once(
        AddError::Write {
            path: path(),
            cause: io_error(),
        },
        cause,
    );
    assert_said_once(
        LoadError::Io {
            path: path(),
            cause: io_error(),
        },
        cause,
    );
    assert_said_once(
        StoreError::Io {
            path: path(),
            cause: io_error(),
        },
        cause,
    );
    assert_said_once(
        StoreError::Sqlite {
            path: path(),
            cause: rusqlite::Error::InvalidQuery,
        },
        &rusqlite::Error::InvalidQuery.to_string(),
    );
    assert_said_once(
        SearchError::Io {
            path: path(),
            what: "reading",
            cause: io_error(),
        },
        cause,
    );
    let tv = || tantivy::TantivyError::InvalidArgument("a bad argument".into());
    assert_said_once(
        SearchError::Index {
            dir: path(),
            what: "reading",
            cause: tv(),
        },
        "a bad argument",
    );
}

/// Without a controlling terminal (`setsid`, no tty on any stream) the
/// reader cannot set the terminal up: one line says why, once.
#[test]
fn without_a_terminal_the_reason_is_said_once() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = Command::new("setsid")
        .arg(env!("CARGO_BIN_EXE_newsreader"))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("setsid runs the binary");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    let line = lines[0];
    assert!(
        line.starts_with("newsreader: setting up the terminal: "),
        "{line}"
    );
    let reason = line.trim_start_matches("newsreader: setting up the terminal: ");
    assert!(!reason.is_empty(), "{line}");
    assert_eq!(line.matches(reason).count(), 1, "said twice: {line}");
    assert!(!reason.contains(": "), "a repeated cause: {line}");
}
