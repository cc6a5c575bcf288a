//! A feed file in the real reader: every entry is listed, and opening one
//! shows that entry (the reader structures only the entry it opens); the
//! same feed piped to `newsreader -`.

use std::fs;
use std::path::{Path, PathBuf};

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{home_env, quote, status_line, Reader, Tmux, TIMEOUT};

const FEED: &str = r#"<rss version="2.0"><channel><title>Wire</title>
<item><title>Alpha entry</title><guid>a</guid><description>Alpha body, said Ann Lee.</description></item>
<item><title>Beta entry</title><guid>b</guid><description>&lt;p&gt;“Beta wins,” said Bo Diaz.&lt;/p&gt;</description></item>
<item><title>Gamma entry</title><guid>c</guid><description>Gamma body text.</description></item>
</channel></rss>"#;

#[test]
fn each_entry_of_a_feed_file_is_listed_and_opens_as_itself() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("wire.xml");
    fs::write(&path, FEED).unwrap_or_else(|e| panic!("{e}"));
    let reader = Reader::start(120, 20, &[&path], &[]);
    reader.go();
    let tmux = &reader.tmux;
    tmux.wait_for("all three entries listed, the first open", |s| {
        [
            "Alpha entry",
            "Beta entry",
            "Gamma entry",
            "Alpha body, said Ann Lee.",
        ]
        .iter()
        .all(|t| s.contains(t))
            && status_line(s).starts_with(" 1/3")
    });
    tmux.keys(&["j", "j"]);
    tmux.wait_for("the third entry open", |s| {
        s.contains("Gamma body text.") && status_line(s).starts_with(" 3/3")
    });
    tmux.keys(&["k"]);
    tmux.wait_for("the second entry open, its quote attributed", |s| {
        s.contains("“Beta wins,” said Bo Diaz.")
            && s.contains("Bo Diaz")
            && status_line(s).starts_with(" 2/3")
    });
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}

/// `cat INPUT | newsreader -` in tmux, with its own home and `TMPDIR`
/// under `dir`; the shell writes the exit status to the returned file.
fn piped(dir: &Path, input: &Path) -> (Tmux, PathBuf) {
    let tmp = dir.join("tmp");
    fs::create_dir_all(&tmp).unwrap_or_else(|e| panic!("{e}"));
    let exit = dir.join("exit");
    let command = format!(
        "cat {} | TMPDIR={} {} {} -; echo EXIT=$? > {}",
        quote(&input.to_string_lossy()),
        quote(&tmp.to_string_lossy()),
        home_env(&dir.join("home")),
        quote(env!("CARGO_BIN_EXE_newsreader")),
        quote(&exit.to_string_lossy())
    );
    (Tmux::start(120, 20, &command, &[]), exit)
}

/// `q`, then the exit status the shell wrote.
fn quit(tmux: &Tmux, exit: &Path) -> String {
    tmux.keys(&["q"]);
    let start = std::time::Instant::now();
    while !fs::read_to_string(exit).is_ok_and(|t| t.ends_with('\n')) {
        assert!(start.elapsed() < TIMEOUT, "no exit:\n{}", tmux.capture());
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    fs::read_to_string(exit)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn a_feed_piped_to_the_reader_is_read_and_its_spool_removed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let feed = dir.path().join("wire.xml");
    fs::write(&feed, FEED).unwrap_or_else(|e| panic!("{e}"));
    let (tmux, exit) = piped(dir.path(), &feed);
    tmux.wait_for("the piped feed listed, keys read from the terminal", |s| {
        ["Alpha entry", "Beta entry", "Gamma entry"]
            .iter()
            .all(|t| s.contains(t))
            && status_line(s).starts_with(" 1/3")
    });
    tmux.keys(&["G"]);
    tmux.wait_for("the last entry open", |s| {
        s.contains("Gamma body text.") && status_line(s).starts_with(" 3/3")
    });
    assert_eq!(quit(&tmux, &exit), "EXIT=0");
    let left = files_under(&dir.path().join("tmp"));
    assert!(left.is_empty(), "the spooled input is removed: {left:?}");
}

/// Text piped to the reader is `standard input` wherever its file name
/// would show (the list's second row), never the temporary file's name,
/// and nothing under the home (index cache, search index, reading state)
/// keeps that temporary name once the reader is gone.
#[test]
fn piped_text_is_called_standard_input_and_leaves_no_trace() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let story = dir.path().join("story");
    fs::write(
        &story,
        "Harbour reopens\n\nThe harbour reopened on Monday after a year of repairs.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (tmux, exit) = piped(dir.path(), &story);
    tmux.wait_for("the piped story listed as from standard input", |s| {
        s.contains("Harbour reopens")
            && s.contains("standard input")
            && s.contains("The harbour reopened on Monday")
            && status_line(s).starts_with(" 1/1")
    });
    let screen = tmux.capture();
    assert!(!screen.contains("newsreader-stdin"), "{screen}");
    // Starred: its reading state is saved.
    tmux.keys(&["s"]);
    tmux.wait_for("the story starred", |s| {
        s.contains("★") && status_line(s).starts_with(" starred")
    });
    assert_eq!(quit(&tmux, &exit), "EXIT=0");
    let home = dir.path().join("home");
    let files = files_under(&home);
    assert!(
        !files.is_empty(),
        "the reader kept its state under {home:?}"
    );
    for file in files {
        let bytes = fs::read(&file).unwrap_or_default();
        let named = bytes.windows(16).any(|w| w == b"newsreader-stdin");
        assert!(!named, "{file:?} keeps the spooled input's name");
    }
}

/// Standard input that holds no article says so, in the empty state, its
/// error and the status bar, naming it `standard input`.
#[test]
fn empty_standard_input_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let empty = dir.path().join("empty");
    fs::write(&empty, "\n\n").unwrap_or_else(|e| panic!("{e}"));
    let (tmux, exit) = piped(dir.path(), &empty);
    tmux.wait_for("no articles in standard input, and why", |s| {
        s.contains("No articles in standard input")
            && s.contains("standard input: empty (no readable text), skipped")
            && status_line(s).contains("No articles in standard input · 1 file skipped")
    });
    let screen = tmux.capture();
    assert!(!screen.contains("newsreader-stdin"), "{screen}");
    assert_eq!(quit(&tmux, &exit), "EXIT=0");
}
