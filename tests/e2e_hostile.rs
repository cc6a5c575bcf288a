//! End to end on hostile and broken input: the real binary in tmux over a
//! folder the test writes. Article text and a file *name* carry every kind
//! of terminal escape an attacker would try (window titles, OSC 52
//! clipboard writes, OSC 8 links, screen clears, 8-bit C1 controls, `\r`
//! overwrites, backspaces), next to an empty file, a binary file and a good
//! article. With tmux accepting clipboard writes and the pane titled
//! `clean`, walking every article must leave the title `clean` and no
//! tmux buffer behind. A second test holds a key down over a folder of
//! 3,000 articles through a resize storm and checks no key was lost.

#[path = "support/tmux.rs"]
mod tmux;

use std::fs;
use std::path::Path;

use tmux::{status_line, Reader};

const GOOD: &str = "kim-jong-un-vladivostok.txt";

/// (file name, bytes) of every hostile file.
fn hostile_files() -> Vec<(String, Vec<u8>)> {
    let text = |title: &str, body: &str| format!("{title}\n\n{body}\n").into_bytes();
    vec![
        (
            "osc-title.txt".into(),
            text(
                "Window title",
                "Retitle \x1b]0;PWNED\x07 the window, twice \x1b]2;PWNED\x1b\\ over.",
            ),
        ),
        (
            "osc52.txt".into(),
            text(
                "Clipboard",
                "Copy \x1b]52;c;cHduZWQ=\x07 this to the clipboard.",
            ),
        ),
        (
            "osc8.txt".into(),
            text(
                "Hyperlink",
                "A \x1b]8;;https://evil.example/\x1b\\fake link\x1b]8;;\x1b\\ here.",
            ),
        ),
        (
            "csi-clear.txt".into(),
            text(
                "Clear screen",
                "\x1b[2J\x1b[HThe screen was cleared \x1b[31mred\x1b[0m.",
            ),
        ),
        (
            "c1.txt".into(),
            text(
                "Eight bit",
                "C1 clear \u{9b}2J and title \u{9d}0;PWNED\u{9c} end.",
            ),
        ),
        (
            "overwrite.txt".into(),
            text(
                "Overwrite",
                "Innocent line\rPWNED overwrite and back\x08\x08\x08space.",
            ),
        ),
        (
            "evil\x1b]0;PWNED\x07.txt".into(),
            text(
                "Evil name",
                "The name of this file retitles a terminal that prints it.",
            ),
        ),
        (
            "binary\x1b]0;PWNED\x07.txt".into(),
            b"\x7fELF\x00\x00\x01\x1b]0;PWNED\x07binary".to_vec(),
        ),
        ("empty.txt".into(), Vec::new()),
        (
            "binary.txt".into(),
            b"\x00\x01\x02\x1b]52;c;cHduZWQ=\x07".to_vec(),
        ),
    ]
}

fn write_folder(dir: &Path) {
    for (name, bytes) in hostile_files() {
        fs::write(dir.join(&name), bytes).unwrap_or_else(|e| panic!("writing {name:?}: {e}"));
    }
    let good = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/core/assets/articles")
        .join(GOOD);
    fs::copy(&good, dir.join(GOOD)).unwrap_or_else(|e| panic!("copying {good:?}: {e}"));
}

/// `Articles i/n` from the list's title, when the list is on screen.
fn list_position(screen: &str) -> Option<(usize, usize)> {
    let at = screen.find("Articles ")? + "Articles ".len();
    let rest = screen.get(at..)?;
    let end = rest.find(' ')?;
    let (i, n) = rest.get(..end)?.split_once('/')?;
    Some((i.parse().ok()?, n.parse().ok()?))
}

/// The title and buffers tmux would have if an escape got through.
fn assert_terminal_untouched(reader: &Reader, when: &str) {
    let title = reader.tmux.display("#{pane_title}");
    assert_eq!(
        title,
        "clean",
        "{when}: the pane title changed, an escape sequence reached the terminal; screen:\n{}",
        reader.tmux.capture()
    );
    let buffers = reader.tmux.run(&["list-buffers"]);
    let buffers = String::from_utf8_lossy(&buffers.stdout);
    assert!(
        buffers.trim().is_empty(),
        "{when}: a tmux buffer was written (OSC 52 got through): {buffers}"
    );
}

#[test]
fn hostile_folder_cannot_retitle_the_terminal_or_write_the_clipboard() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    write_folder(dir.path());
    let good = newsreader::loader::files::load_entry(&dir.path().join(GOOD), 0, None)
        .unwrap_or_else(|e| panic!("the good article must load: {e}"));
    // The opening words of the good article: its headline, or the body's
    // first sentence when the title was derived from it.
    let good_words: String = good
        .title
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");

    let reader = Reader::start(
        140,
        40,
        &[dir.path()],
        &[
            &["set-option", "-g", "set-clipboard", "on"],
            &["select-pane", "-T", "clean"],
        ],
    );
    assert_eq!(reader.tmux.display("#{pane_title}"), "clean");
    reader.go();
    // Files are structured in the background; the binary ones drop out of
    // the list and the status bar reports them once indexing ends.
    let screen = reader
        .tmux
        .wait_for("the article list, skips reported", |s| {
            list_position(s).is_some() && status_line(s).contains("skipped")
        });
    let (_, n) = list_position(&screen).unwrap_or_default();
    assert!(
        n >= 8,
        "the hostile articles and the good one load:\n{screen}"
    );
    assert!(
        status_line(&screen).contains("skipped"),
        "the binary files are reported as skipped:\n{screen}"
    );
    assert_terminal_untouched(&reader, "at start");

    let mut saw_good = false;
    let mut saw_evil_name = false;
    for i in 1..=n {
        if i > 1 {
            reader.tmux.keys(&["j"]);
        }
        // The status bar (drawn last) names the position once the key is
        // read, so the whole frame is there; before any key it holds the
        // skip report, waited for above.
        let screen = reader.tmux.wait_for(&format!("article {i}/{n}"), |s| {
            list_position(s) == Some((i, n))
                && s.contains("Reader")
                && (i == 1
                    || status_line(s)
                        .trim_start()
                        .starts_with(&format!("{i}/{n} ")))
        });
        assert_terminal_untouched(&reader, &format!("at article {i}/{n}"));
        saw_good |= screen.contains(&good_words);
        // The evil name shows as inert text, all of it: the loader shows
        // each control of the name as a visible escape.
        saw_evil_name |= screen.contains("evil<U+001B>]0;");
    }
    assert!(
        saw_good,
        "the good article's title {good_words:?} was shown"
    );
    assert!(saw_evil_name, "the evil file name is listed, made inert");

    // The help overlay lists the skipped files, names and all.
    reader.tmux.keys(&["?"]);
    reader.tmux.keys(&["G"]);
    let screen = reader.tmux.wait_for("the skipped files in the help", |s| {
        s.contains("Skipped files") && s.contains("binary.txt")
    });
    assert!(
        screen.contains("binary.txt") || screen.contains("binary\u{FFFD}]0;PWNED\u{FFFD}.txt"),
        "the skipped evil name is shown inert:\n{screen}"
    );
    assert_terminal_untouched(&reader, "with the help open");

    reader.tmux.keys(&["q"]);
    reader
        .tmux
        .wait_for("the help to close", |s| !s.contains("Skipped files"));
    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    reader.tmux.wait_display("#{alternate_on}", "0");
    assert_terminal_untouched(&reader, "after quitting");
}

#[test]
fn an_empty_folder_opens_says_so_and_quits() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let reader = Reader::start(100, 30, &[dir.path()], &[]);
    reader.go();
    let shown = dir.path().display().to_string();
    reader
        .tmux
        .wait_for("the empty state naming the folder", |s| {
            s.contains("No articles in")
                && s.contains("Reader")
                && s.contains(&shown[..shown.len().min(40)])
        });
    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    reader.tmux.wait_display("#{alternate_on}", "0");
}

#[test]
fn every_file_skipped_still_opens_and_lists_why() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    for i in 0..3 {
        fs::write(dir.path().join(format!("bin{i}.txt")), b"\x00\x01")
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let reader = Reader::start(120, 30, &[dir.path()], &[]);
    reader.go();
    reader.tmux.wait_for("the empty state and why", |s| {
        s.contains("No articles in")
            && s.contains("3 files were skipped")
            && s.contains("bin0.txt: looks like binary")
    });
    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    reader.tmux.wait_display("#{alternate_on}", "0");
}

#[test]
fn held_key_through_a_resize_storm_over_3000_articles_loses_nothing() {
    const FILES: usize = 3000;
    const PRESSES: usize = 200;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    for i in 0..FILES {
        let body = format!(
            "Article number {i}\n\nOfficials said on Monday that report {i} was \
             filed. “It is routine,” said Jane Doe, a spokeswoman.\n"
        );
        fs::write(dir.path().join(format!("a{i:05}.txt")), body).unwrap_or_else(|e| panic!("{e}"));
    }
    let reader = Reader::start(140, 40, &[dir.path()], &[]);
    reader.go();
    reader
        .tmux
        .wait_for("the list of 3000", |s| list_position(s) == Some((1, FILES)));

    // Half the presses, a storm of resizes, the other half: all queued at
    // once, the way a held key and a dragged window corner deliver them.
    let half = vec!["j"; PRESSES / 2];
    reader.tmux.keys(&half);
    for (w, h) in [(60, 20), (200, 60), (30, 8), (100, 30), (61, 12), (180, 50)]
        .iter()
        .cycle()
        .take(24)
    {
        let (w, h) = (w.to_string(), h.to_string());
        reader.tmux.run(&["resize-window", "-x", &w, "-y", &h]);
    }
    reader.tmux.keys(&half);
    reader.tmux.run(&["resize-window", "-x", "140", "-y", "40"]);
    let want = PRESSES + 1;
    // The reader shows the selected article.
    reader
        .tmux
        .wait_for(&format!("Articles {want}/{FILES}"), |s| {
            list_position(s) == Some((want, FILES))
                && s.contains(&format!("Article number {PRESSES}"))
        });

    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    reader.tmux.wait_display("#{alternate_on}", "0");
}
