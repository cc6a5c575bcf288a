//! Everything the binary prints, on either stream, in every command,
//! reaches the terminal with no control character in it: config errors of
//! each kind (an unknown action or key name, an unknown colour, a syntax
//! error on a line holding raw escapes), the config path, `dump` and `add`
//! messages about hostile file names, the library path `add` names, and
//! usage errors that echo an argument. Hostile text shows as visible
//! `<U+001B>` escapes instead.

use std::process::Output;

use tempfile::TempDir;

#[path = "support/cli.rs"]
mod cli;
use cli::newsreader;

/// OSC 52 (write the clipboard), OSC 2 (retitle), the 8-bit OSC and ST,
/// a CSI clear, a right-to-left override and an Arabic letter mark.
const HOSTILE: &str =
    "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]2;PWNED\u{1b}\\\u{9d}2;T\u{9c}\u{9b}2J\u{202e}gpj.\u{61c}";

/// The same, written as TOML escapes (a TOML string cannot hold a raw
/// control character).
const HOSTILE_TOML: &str =
    r"\u001b]52;c;cHduZWQ=\u0007\u001b]2;PWNED\u001b\\\u009d2;T\u009c\u009b2J\u202egpj.\u061c";

/// Characters a terminal acts on or that reorder text: every C0 control
/// but the line break, DEL, C1, and the bidi controls. Written out here
/// rather than taken from the crate, so the test checks the crate.
fn is_control(c: char) -> bool {
    (c < ' ' && c != '\n')
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Both streams are free of controls; returns stderr and stdout as text.
fn assert_clean(what: &str, out: &Output) -> (String, String) {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let std = String::from_utf8_lossy(&out.stdout).into_owned();
    for (stream, text) in [("stderr", &err), ("stdout", &std)] {
        let bad: Vec<char> = text.chars().filter(|&c| is_control(c)).collect();
        assert!(
            bad.is_empty(),
            "{what}: {stream} holds {bad:?}:\n{}",
            text.escape_debug()
        );
    }
    (err, std)
}

/// `s` as the inside of a TOML basic string.
fn toml_string(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\\' | '"' => format!("\\{c}"),
            c if c.is_control() => format!("\\u{:04x}", u32::from(c)),
            c => c.to_string(),
        })
        .collect()
}

fn config_file(home: &TempDir, name: &str, text: &str) -> String {
    let path = home.path().join(name);
    std::fs::write(&path, text).expect("write config");
    path.to_string_lossy().into_owned()
}

fn bad_config_says(what: &str, text: &str, expected: &str) {
    let home = tempfile::tempdir().expect("tempdir");
    let path = config_file(&home, "c.toml", text);
    let out = newsreader(home.path(), &["--config", &path, "dump"]);
    assert_eq!(out.status.code(), Some(2), "{what}");
    let (err, _) = assert_clean(what, &out);
    assert!(err.contains(expected), "{what}: {err}");
}

#[test]
fn an_unknown_action_under_keys_is_printed_escaped() {
    bad_config_says(
        "unknown action",
        &format!("[keys]\n\"{HOSTILE_TOML}\" = [\"x\"]\n"),
        r"keys.<U+001B>]52;c;cHduZWQ=<U+0007>",
    );
}

#[test]
fn an_unknown_key_under_colors_is_printed_escaped() {
    bad_config_says(
        "unknown colour",
        &format!("[colors]\n\"{HOSTILE_TOML}\" = \"red\"\n"),
        r"colors.<U+001B>]52;c;cHduZWQ=<U+0007>",
    );
}

#[test]
fn a_syntax_error_on_a_line_of_raw_escapes_is_printed_escaped() {
    bad_config_says(
        "syntax error",
        &format!("{HOSTILE} = 1\nthis is not toml\n"),
        r"<U+001B>]52;c;cHduZWQ",
    );
}

#[test]
fn a_hostile_config_path_is_printed_escaped() {
    let home = tempfile::tempdir().expect("tempdir");
    // Missing: the read error names it.
    let missing = home.path().join(format!("absent{HOSTILE}.toml"));
    let out = newsreader(
        home.path(),
        &["--config", &missing.to_string_lossy(), "dump"],
    );
    assert_eq!(out.status.code(), Some(2));
    let (err, _) = assert_clean("missing --config", &out);
    assert!(err.contains(r"absent<U+001B>]52;"), "{err}");

    // Present and valid: `newsreader config` names it on stdout.
    let present = config_file(&home, &format!("mine{HOSTILE}.toml"), "");
    let out = newsreader(home.path(), &["--config", &present, "config"]);
    assert_eq!(out.status.code(), Some(0));
    let (_, std) = assert_clean("newsreader config", &out);
    assert!(std.contains(r"mine<U+001B>]52;"), "{std}");
}

#[test]
fn dump_and_add_messages_about_hostile_names_are_escaped() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join(format!("empty{HOSTILE}.txt")), "").expect("empty file");
    std::fs::write(dir.join("good.txt"), "A title\n\nSome text.\n").expect("good file");
    let missing = dir.join(format!("gone{HOSTILE}.txt"));
    let dir_arg = dir.to_string_lossy().into_owned();
    let missing_arg = missing.to_string_lossy().into_owned();

    let out = newsreader(home.path(), &["dump", &dir_arg, &missing_arg]);
    let (err, _) = assert_clean("dump", &out);
    assert!(err.contains(r"empty<U+001B>]52;"), "{err}");
    assert!(err.contains(r"gone<U+001B>]52;"), "{err}");

    // A library whose own path is hostile: the summary names it.
    let library = home.path().join(format!("lib{HOSTILE}"));
    let config = config_file(
        &home,
        "c.toml",
        &format!(
            "library = \"{}\"\n",
            toml_string(&library.to_string_lossy())
        ),
    );
    let out = newsreader(
        home.path(),
        &["--config", &config, "add", &dir_arg, &missing_arg],
    );
    let (err, std) = assert_clean("add", &out);
    assert!(err.contains(r"empty<U+001B>]52;"), "{err}");
    assert!(std.contains("added 1 article to"), "{std}");
    assert!(std.contains(r"lib<U+001B>]52;"), "{std}");
}

#[test]
fn usage_errors_echoing_a_hostile_argument_are_escaped() {
    let home = tempfile::tempdir().expect("tempdir");
    // `config` takes no paths, so clap echoes the argument back.
    let out = newsreader(home.path(), &["config", HOSTILE]);
    assert_eq!(out.status.code(), Some(2));
    let (err, _) = assert_clean("usage error", &out);
    assert!(err.contains("unexpected argument"), "{err}");
    assert!(err.contains(r"<U+202E>gpj."), "{err}");
}
