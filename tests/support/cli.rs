//! Running the real binary from a test: a fresh home for its config and
//! data, and none of the caller's environment that changes its output.

// Each test file uses the helpers it needs.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Run the binary with `home` as HOME and the XDG folders under it, and
/// no NO_COLOR from the caller's environment.
pub fn newsreader(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("NO_COLOR")
        .output()
        .expect("the newsreader binary runs")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Assert the command succeeded (saying what it printed when not) and
/// give its standard output.
pub fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}\n{}",
        stdout(out),
        stderr(out)
    );
    stdout(out)
}
