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
    tmux.wait_display("#{alternate_on}", "0");
}

#[test]
fn reader_opens_sample_walks_speakers_and_quits_cleanly() {
    let reader = start_reader(140, 40);
    let tmux = &reader.tmux;
    // A fresh home has an empty library: the samples stand in, and the
    // status bar says so until the first key.
    tmux.wait_for("the three panes, the sample, the note", |s| {
        let status = status_line(s);
        s.contains("Samples 1/6")
            && s.contains("Reader")
            && s.contains("Entities")
            && s.contains("Vladivostok")
            && status
                .trim_start()
                .starts_with("showing the bundled samples")
            && status.contains("newsreader add")
    });
    assert_eq!(
        tmux.display("#{alternate_on}"),
        "1",
        "runs on the alternate screen"
    );
    tmux.escape("the position in place of the note", |s| {
        let s = status_line(s);
        s.trim_start().starts_with("1/6")
            && s.contains("6 unread")
            && s.contains("words")
            && s.contains("? help")
    });

    let status_has = |start: &'static str, then: &'static str| {
        move |s: &str| {
            let s = status_line(s);
            s.trim_start().starts_with(start) && s.contains(then)
        }
    };
    tmux.keys(&["]"]);
    tmux.wait_for(
        "Kim Jong Un's quote",
        status_has("quote 1/", "· Kim Jong Un"),
    );
    tmux.keys(&["}"]);
    tmux.wait_for("Bruce Klinger's", status_has("quote 2/", "· Bruce Klinger"));
    tmux.keys(&["}"]);
    tmux.wait_for("Mark P. Barry's", status_has("quote ", "· Mark P. Barry"));
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
    // The alternate screen left on exit, and the reader's screen with it.
    tmux.wait_display("#{alternate_on}", "0");
    tmux.wait_for("the reader's screen gone", |s| !s.contains("Entities"));
}

/// The harness refuses a lone Escape among other keys (or on its own,
/// outside `Tmux::escape`): a slow reader gets Escape and the next key in
/// one read, as Alt-that-key.
#[test]
fn the_harness_refuses_escape_without_waiting_for_it() {
    let tmux = tmux::Tmux::start(40, 10, "cat", &[]);
    for keys in [&["Escape", "o"][..], &["Escape"], &["C-["], &["\x1b"]] {
        let sent = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| tmux.keys(keys)));
        assert!(sent.is_err(), "{keys:?} was sent");
    }
    tmux.keys(&["a", "Enter"]);
    tmux.wait_for("the other keys", |s| s.contains('a'));
}
