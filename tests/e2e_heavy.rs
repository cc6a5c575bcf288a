//! The real binary in tmux over a library where some files take far
//! longer to structure than the rest: the good articles are listed and
//! every key answers while the heavy files are still being structured,
//! and quitting then ends the process at once with the terminal restored.
//!
//! Deterministic by construction, not by timing: each heavy file is 6 MB
//! of 150,000 people, seconds of work even in a release build, so while
//! the screen shows the two small articles structured the status bar
//! still says `indexing`, and every check waits for what the screen shows.

#[path = "support/tmux.rs"]
mod tmux;

use std::fs;
use std::path::Path;

use tmux::{status_line, Reader};

const HEAVY: usize = 4;

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("writing {name}: {e}"));
}

fn good(dir: &Path, n: usize) {
    write(
        dir,
        &format!("a{n}-good.txt"),
        &format!(
            "Council Approves Budget {n}\n\nThe council met on Tuesday. \
             \u{201c}We will build the bridge,\u{201d} said Mayor Ann Lee.\n\n\
             John Smith said the vote was close.\n"
        ),
    );
}

/// 150,000 different capitalised names, each with `said`: one entity
/// and one speaker per sentence, 6 MB in all.
fn heavy(dir: &Path, seed: usize) {
    let syl = [
        "ka", "lo", "mi", "ra", "ne", "to", "vi", "sa", "du", "pe", "ga", "ri", "zo", "be", "fu",
        "ha",
    ];
    let mut text = format!("A Crowd Of Witnesses {seed}\n\n");
    for i in 0..150_000 {
        let k = i + seed * 1_000_003;
        let part = |shift: usize| syl[(k >> shift) % 16];
        let first = format!("{}{}{}", part(0), part(4), part(8)).to_uppercase();
        let last = format!("{}{}{}son", part(12), part(16), part(20));
        // Capitalised, not shouted: Ka… Lo….
        let (f, l) = (capitalise(&first.to_lowercase()), capitalise(&last));
        text.push_str(&format!("{f} {l} said the day was long."));
        text.push_str(if i % 5 == 4 { "\n\n" } else { " " });
    }
    write(dir, &format!("z-heavy{seed}.txt"), &text);
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    good(dir.path(), 0);
    good(dir.path(), 1);
    for seed in 0..HEAVY {
        heavy(dir.path(), seed);
    }
    dir
}

/// Both small articles listed with their titles (the list cuts them; the
/// reader shows the selected one whole).
fn good_titles_listed(screen: &str) -> bool {
    screen.matches("Council Approv").count() >= 3
}

fn indexing(screen: &str) -> bool {
    status_line(screen).contains("indexing")
}

/// The reader open on `dir`, once the small articles are listed while
/// the heavy files are still being structured.
fn started(dir: &Path) -> Reader {
    let reader = Reader::start(120, 30, &[dir], &[]);
    reader.go();
    // No heavy file is done yet: the two small ones did not wait for them.
    // One wait for all of it, so a frame still being drawn is not judged.
    reader.tmux.wait_for(
        &format!("the good titles while indexing 2 / {}", HEAVY + 2),
        |s| {
            good_titles_listed(s)
                && indexing(s)
                && status_line(s).contains(&format!("indexing 2 / {}", HEAVY + 2))
        },
    );
    reader
}

#[test]
fn good_articles_list_and_keys_answer_while_heavy_files_are_structured() {
    let dir = library();
    let reader = started(dir.path());
    let tmux = &reader.tmux;

    tmux.keys(&["j"]);
    tmux.wait_for("the second article while indexing", |s| {
        s.contains("Approves Budget 1") && indexing(s)
    });
    // Open a heavy article before its turn: it is read and structured
    // off the reader's thread, so the keys still answer meanwhile.
    tmux.keys(&["G"]);
    tmux.wait_for("the last entry selected", |s| {
        status_line(s).contains(&format!("{0}/{0}", HEAVY + 2))
    });
    tmux.keys(&["g"]);
    tmux.wait_for("the first article again while indexing", |s| {
        s.contains("Approves Budget 0") && status_line(s).contains(&format!("1/{}", HEAVY + 2))
    });

    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    assert_eq!(tmux.display("#{alternate_on}"), "0");
}

#[test]
fn ctrl_c_while_heavy_files_are_structured_ends_the_reader() {
    let dir = library();
    let reader = started(dir.path());
    reader.tmux.keys(&["C-c"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    assert_eq!(reader.tmux.display("#{alternate_on}"), "0");
}

#[test]
fn reload_says_what_was_added_changed_and_removed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    for n in 0..3 {
        good(dir.path(), n);
    }
    let reader = Reader::start(120, 30, &[dir.path()], &[]);
    reader.go();
    let tmux = &reader.tmux;
    tmux.wait_for("the three articles indexed", |s| {
        s.matches("Council Approv").count() >= 4 && !indexing(s)
    });

    tmux.keys(&["r"]);
    tmux.wait_status("reloaded: no changes");

    fs::remove_file(dir.path().join("a2-good.txt")).unwrap_or_else(|e| panic!("{e}"));
    write(
        dir.path(),
        "a1-good.txt",
        "Budget Vote Delayed\n\nThe vote moved.\n",
    );
    good(dir.path(), 3);
    good(dir.path(), 4);
    tmux.keys(&["r"]);
    tmux.wait_status("reloaded: 2 new · 1 changed · 1 removed");

    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}
