//! End to end: the real binary in a real terminal (tmux, 140×40). Opens the
//! bundled sample, checks the three panes, walks the speaker jumps through
//! the status line, resizes, quits with `q`, and checks the exit status and
//! that the alternate screen was left.
//!
//! tmux must be installed (CI's `.ci/run` installs it); without it this test
//! fails with a message rather than passing or skipping silently.

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;

use tmux::{status_line, Reader};

/// The reader on the bundled samples, running.
fn start_reader(width: u16, height: u16) -> Reader {
    let reader = Reader::start(width, height, &[], &[]);
    reader.go();
    reader
}

#[test]
fn remapped_keys_from_the_config_drive_the_reader_and_its_help() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[keys]\nquit = [\"x\"]\nhelp = [\"f1\"]\n")
        .unwrap_or_else(|e| panic!("write config: {e}"));
    // Tall enough for the whole key table, quit's row last.
    let reader = Reader::start(90, 45, &[Path::new("--config"), &config], &[]);
    reader.go();
    let tmux = &reader.tmux;
    tmux.wait_for("the reader", |s| s.contains("Reader"));
    tmux.keys(&["F1"]);
    // A capture can catch a frame half written: wait for the whole row.
    tmux.wait_for("the help showing the new quit key", |s| {
        s.contains("Keys") && s.contains("x Ctrl-C")
    });
    // Over the help the quit key closes it first, like Esc.
    tmux.keys(&["x"]);
    tmux.wait_for("the help closed", |s| !s.contains("Keys ·"));
    // `q` is no longer bound: the reader is still there to open the help
    // again (had `q` quit, the overlay would never show).
    tmux.keys(&["q", "F1"]);
    tmux.wait_for("the help again", |s| s.contains("Keys"));
    // (Not Esc then `x`: sent together they read as Alt-x.)
    tmux.keys(&["x"]);
    tmux.wait_for("the help closed again", |s| !s.contains("Keys ·"));
    tmux.keys(&["x"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}

#[test]
fn with_no_path_the_configured_library_is_opened() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let library = dir.path().join("shelf");
    std::fs::create_dir(&library).unwrap_or_else(|e| panic!("mkdir: {e}"));
    let config = dir.path().join("config.toml");
    let text = format!("library = {:?}\n", library.to_string_lossy());
    std::fs::write(&config, text).unwrap_or_else(|e| panic!("write config: {e}"));
    let reader = Reader::start(90, 30, &[Path::new("--config"), &config], &[]);
    reader.go();
    // An empty library: the empty state names it instead of the samples.
    reader
        .tmux
        .wait_for("the empty library", |s| s.contains("shelf"));
    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}

#[test]
fn ctrl_c_quits_cleanly_even_over_the_help() {
    let reader = start_reader(90, 30);
    let tmux = &reader.tmux;
    tmux.wait_for("the reader", |s| s.contains("Reader"));
    tmux.keys(&["?"]);
    tmux.wait_for("the help overlay", |s| s.contains("Keys"));
    tmux.keys(&["C-c"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    assert_eq!(tmux.display("#{alternate_on}"), "0");
}

#[test]
fn reader_opens_sample_walks_speakers_and_quits_cleanly() {
    let reader = start_reader(140, 40);
    let tmux = &reader.tmux;
    let screen = tmux.wait_for("the three panes", |s| {
        s.contains("Samples") && s.contains("Reader") && s.contains("Entities")
    });
    assert!(
        screen.contains("Vladivostok"),
        "sample shown at once:\n{screen}"
    );
    assert_eq!(
        tmux.display("#{alternate_on}"),
        "1",
        "runs on the alternate screen"
    );
    // A fresh home has an empty library: the samples stand in, and the
    // status bar says so until the first key.
    let s = tmux.wait_status("showing the bundled samples");
    assert!(s.contains("newsreader add"), "status bar: {s}");
    assert!(screen.contains("Samples 1/6"), "list title:\n{screen}");
    tmux.keys(&["Escape"]);
    let s = tmux.wait_status("1/6");
    assert!(
        s.contains("6 unread") && s.contains("words") && s.contains("? help"),
        "status bar: {s}"
    );

    tmux.keys(&["]"]);
    let s = tmux.wait_status("quote 1/");
    assert!(s.contains("· Kim Jong Un"), "{s}");
    tmux.keys(&["}"]);
    let s = tmux.wait_status("quote 2/");
    assert!(s.contains("· Bruce Klinger"), "{s}");
    tmux.keys(&["}"]);
    let s = tmux.wait_for("Mark P. Barry in the status", |s| {
        status_line(s).contains("· Mark P. Barry")
    });
    assert!(status_line(&s).trim_start().starts_with("quote "), "{s}");
    tmux.keys(&["{"]);
    tmux.wait_for("back to Bruce Klinger", |s| {
        status_line(s).contains("· Bruce Klinger")
    });

    // Narrower: the sidebar folds at once; wider again: it is back.
    tmux.run(&["resize-window", "-x", "90", "-y", "30"]);
    tmux.wait_for("the sidebar to fold at 90 columns", |s| {
        s.contains("Reader") && !s.contains("Entities")
    });
    tmux.run(&["resize-window", "-x", "140", "-y", "40"]);
    tmux.wait_for("the sidebar back at 140 columns", |s| {
        s.contains("Entities")
    });

    tmux.keys(&["?"]);
    tmux.wait_for("the help overlay", |s| s.contains("Keys"));
    tmux.keys(&["q"]);
    tmux.wait_for("q to close the help first", |s| {
        !s.contains("Keys ·") && s.contains("Reader")
    });

    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    assert_eq!(
        tmux.display("#{alternate_on}"),
        "0",
        "alternate screen left on exit"
    );
    let screen = tmux.capture();
    assert!(
        !screen.contains("Entities"),
        "reader screen not left behind:\n{screen}"
    );
}
