//! The feed reader's keys in the real binary (tmux), each in a fresh home:
//! the list's order (`2_…` before `10_…`, `S` to sort by title), the
//! feeds view (`F`, Enter, Esc), marking everything read (`C` twice),
//! `o` and `R` where there is nothing to open or refresh, `y` copying a
//! quote through a `$NEWSREADER_COPY` stub, and `o` handing a feed
//! article's address to a `$BROWSER` stub. Stubs write their file whole
//! (a rename), and the tests wait for it, never for a fixed time.

#[path = "support/tmux.rs"]
mod tmux;

use std::path::{Path, PathBuf};

use tmux::{home_env, quote, status_line, stub, wait_file, Tmux};

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// A library of two text articles whose names sort wrongly as plain text.
fn library(dir: &Path) -> PathBuf {
    let lib = dir.join("lib");
    std::fs::create_dir_all(&lib).unwrap_or_else(|e| panic!("{e}"));
    write(
        &lib.join("2_zebra.txt"),
        "Zebra crossing repainted\n\n“We waited years for this,” said Ann Lee, a neighbour.\n",
    );
    write(
        &lib.join("10_apple.txt"),
        "Apple harvest begins early\n\nThe orchards opened a week ahead of schedule.\n",
    );
    lib
}

/// The reader on `path` in a fresh home under `dir`, with `env` set.
fn start(dir: &Path, path: &Path, env: &str) -> Tmux {
    let home = dir.join("home");
    let bin = env!("CARGO_BIN_EXE_newsreader");
    let command = format!(
        "{} {env} {} {}",
        home_env(&home),
        quote(bin),
        quote(&path.to_string_lossy())
    );
    Tmux::start(140, 30, &command, &[])
}

/// The screen row where the list pane (the left one) shows `text`.
fn row_of(screen: &str, text: &str) -> Option<usize> {
    screen
        .lines()
        .position(|l| l.split(['│', '╭']).next().unwrap_or("").contains(text))
}

fn list_title(screen: &str) -> String {
    screen.lines().next().unwrap_or_default().to_string()
}

#[test]
fn files_sort_by_number_and_s_sorts_by_title() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = library(dir.path());
    let tmux = start(dir.path(), &lib, "");
    tmux.wait_for("2_ listed before 10_", |s| {
        let status = status_line(s);
        matches!(
            (row_of(s, "Zebra crossing"), row_of(s, "Apple harvest")),
            (Some(z), Some(a)) if z < a
        ) && status.trim_start().starts_with("1/2")
    });
    tmux.keys(&["S"]);
    tmux.wait_for("sorted by title", |s| {
        matches!(
            (row_of(s, "Zebra crossing"), row_of(s, "Apple harvest")),
            (Some(z), Some(a)) if a < z
        ) && status_line(s).trim_start().starts_with("sorted by title")
    });
    tmux.keys(&["?"]);
    tmux.wait_for("the help", |s| s.contains("Keys ·"));
    tmux.keys(&["G"]);
    tmux.wait_for("the help's feed keys", |s| {
        s.contains("mark everything read (C again to confirm)")
            && s.contains("sort newest first / by title / as filed")
            && s.contains("quit (q and Esc close this help first)")
    });
}

#[test]
fn the_feeds_view_filters_and_c_twice_marks_everything_read() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = library(dir.path());
    let tmux = start(dir.path(), &lib, "");
    tmux.wait_for("the list", |s| {
        status_line(s).trim_start().starts_with("1/2")
    });
    tmux.keys(&["o"]);
    tmux.wait_for("no address to open", |s| {
        status_line(s)
            .trim_start()
            .starts_with("this article has no web address")
    });
    tmux.keys(&["R"]);
    tmux.wait_for("nothing to refresh", |s| {
        status_line(s)
            .trim_start()
            .starts_with("refresh: no feeds subscribed: add one with")
    });
    tmux.keys(&["F"]);
    tmux.wait_for("the feeds view", |s| {
        s.contains(" Feeds ") && s.contains("Local files") && s.contains("2 unread / 2")
    });
    tmux.keys(&["j", "Enter"]);
    tmux.wait_for("the list narrowed to the local files", |s| {
        list_title(s).contains("Local files")
            && status_line(s)
                .trim_start()
                .starts_with("Local files · 2 articles")
    });
    tmux.escape("all feeds again", |s| {
        status_line(s)
            .trim_start()
            .starts_with("all feeds · 2 articles")
    });
    tmux.keys(&["C"]);
    tmux.wait_for("a question first", |s| {
        status_line(s).contains("C again to confirm")
    });
    tmux.keys(&["C"]);
    tmux.wait_for("everything read", |s| {
        status_line(s)
            .trim_start()
            .starts_with("everything: 2 articles marked read")
    });
    tmux.keys(&["j"]);
    tmux.wait_for("the status counts none unread", |s| {
        status_line(s).contains("all read")
    });
}

#[test]
fn y_copies_the_current_quote_through_the_copy_command() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = library(dir.path());
    let out = dir.path().join("copied");
    let copier = stub(dir.path(), "copy.sh", "cat", &out);
    let env = format!("NEWSREADER_COPY={}", quote(&copier.to_string_lossy()));
    let tmux = start(dir.path(), &lib, &env);
    tmux.wait_for("the list", |s| {
        status_line(s).trim_start().starts_with("1/2")
    });
    tmux.keys(&["]"]);
    tmux.wait_for("the quote selected", |s| {
        status_line(s)
            .trim_start()
            .starts_with("quote 1/1 · Ann Lee")
    });
    tmux.keys(&["y"]);
    let copied = wait_file(&out, &tmux);
    assert_eq!(
        copied,
        "“We waited years for this,” — Ann Lee, Zebra crossing repainted"
    );
    tmux.wait_for("the status says what was copied", |s| {
        status_line(s).contains("quote 1/1 · Ann Lee · copied a quote of 5 words by Ann Lee")
    });
}

/// Needs feed files to load (`.rss` entries carry their link).
#[test]
fn o_hands_a_feed_articles_address_to_the_browser() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = dir.path().join("feeds");
    std::fs::create_dir_all(&lib).unwrap_or_else(|e| panic!("{e}"));
    write(
        &lib.join("example.rss"),
        r#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example News</title><link>http://127.0.0.1/</link>
<item><title>Council approves the budget</title><link>http://127.0.0.1:9/budget?a=1&amp;b=2</link>
<guid>budget-1</guid><pubDate>Wed, 24 Apr 2019 08:00:00 GMT</pubDate>
<description>The council approved the budget on Tuesday after a long debate.</description></item>
</channel></rss>
"#,
    );
    let out = dir.path().join("opened");
    let browser = stub(dir.path(), "browser.sh", "printf '%s' \"$1\"", &out);
    let env = format!("BROWSER={}", quote(&browser.to_string_lossy()));
    let tmux = start(dir.path(), &lib, &env);
    tmux.wait_for("the entry listed with its feed and date", |s| {
        s.contains("Council approves the budget")
            && s.contains("Example News · 24 Apr 2019")
            && status_line(s).trim_start().starts_with("1/1")
    });
    tmux.keys(&["o"]);
    assert_eq!(wait_file(&out, &tmux), "http://127.0.0.1:9/budget?a=1&b=2");
    tmux.wait_for("the status says it opened", |s| {
        status_line(s)
            .trim_start()
            .starts_with("opened in the browser: http://127.0.0.1:9/budget")
    });
}
