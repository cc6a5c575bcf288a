//! Reading state across runs of the real binary in tmux, each run with a
//! temporary home of its own (never the real one): what was read, starred
//! and reached is there again on the next start, also after the file was
//! moved and renamed, or its text corrected.

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;

use tmux::{status_line, Reader};

/// The reader pane's position indicator (`Top`, `42%`, `Bot`), read off
/// its bottom border.
fn indicator(screen: &str) -> Option<String> {
    let border = screen
        .lines()
        .find(|l| l.contains('╰') || l.contains('┗'))?;
    let words: Vec<&str> = border
        .split(|c: char| !(c.is_alphanumeric() || c == '%'))
        .filter(|w| !w.is_empty())
        .collect();
    words.first().map(|w| w.to_string())
}

fn percent(screen: &str) -> Option<usize> {
    indicator(screen)?.strip_suffix('%')?.parse().ok()
}

/// The first list row (marker and title) of the first article.
fn first_row(screen: &str) -> String {
    screen.lines().nth(1).unwrap_or_default().to_string()
}

fn first_is_unread(screen: &str) -> bool {
    first_row(screen).contains('●')
}

fn first_is_starred(screen: &str) -> bool {
    let row = first_row(screen);
    // The star sits at the right edge of the list column.
    let list = row.split(['│', '┃']).nth(1).unwrap_or_default();
    list.contains('★')
}

/// The text in the reader's rows, for comparing what is on screen: the
/// columns under the reader pane's title, wherever the layout puts it.
fn reader_text(screen: &str) -> Vec<String> {
    let top = screen.lines().next().unwrap_or_default();
    let at = top.find(" Reader ").map_or(0, |b| top[..b].chars().count());
    screen
        .lines()
        .skip(1)
        .take(10)
        .map(|l| l.chars().skip(at).take(60).collect())
        .collect()
}

#[test]
fn read_star_and_place_survive_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let reader = Reader::start_at(Some(home.path()), 140, 40, &[], &[]);
    reader.go();
    let tmux = &reader.tmux;
    tmux.wait_for("the samples, the first unread", |s| {
        s.contains("Samples 1/6") && first_is_unread(s)
    });

    // Open the first article; after a moment it counts as read.
    tmux.keys(&["Enter"]);
    tmux.wait_for("the dwell to mark it read", |s| !first_is_unread(s));
    tmux.keys(&["s"]);
    tmux.wait_for("the star in the list and the status", |s| {
        status_line(s).trim_start().starts_with("starred") && first_is_starred(s)
    });

    // Scroll to about halfway, one line at a time: each `j` only once the
    // last one shows, and the place read off a screen that has settled
    // (the status bar does not change while scrolling, so it cannot
    // show that the frame is whole).
    let mut screen = tmux.wait_settled("the reader's place", |s| indicator(s).is_some());
    while percent(&screen).is_none_or(|p| p < 50) {
        assert_ne!(indicator(&screen).as_deref(), Some("Bot"), "{screen}");
        tmux.keys(&["j"]);
        let before = (indicator(&screen), reader_text(&screen));
        // A line of a long article may not move the percentage: the text
        // moving is the scroll too.
        screen = tmux.wait_settled("the reader to scroll", |s| {
            indicator(s).is_some() && (indicator(s), reader_text(s)) != before
        });
    }
    let place = indicator(&screen);
    let text = reader_text(&screen);
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");

    // Everything at once: read, starred, the same place and text (the
    // samples note in the status bar shows the first frame is whole).
    let again = Reader::start_at(Some(home.path()), 140, 40, &[], &[]);
    again.go();
    again.tmux.wait_for(
        &format!("the samples again, read, starred, at {place:?} showing {text:#?}"),
        |s| {
            status_line(s).contains("showing the bundled samples")
                && s.contains("Samples 1/6")
                && !first_is_unread(s)
                && first_is_starred(s)
                && indicator(s) == place
                && reader_text(s) == text
        },
    );
    // Esc puts the position in place of the note: five of six unread.
    again.tmux.escape("the count of unread articles", |s| {
        let status = status_line(s);
        status.trim_start().starts_with("1/6") && status.contains("5 unread")
    });
    again.tmux.keys(&["q"]);
    assert_eq!(again.wait_exit(), "EXIT=0");
}

#[test]
fn a_moved_and_renamed_file_keeps_its_star() {
    let home = tempfile::tempdir().unwrap();
    let (a, b) = (home.path().join("a"), home.path().join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/assets/articles");
    let first = std::fs::read_dir(&sample)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    std::fs::copy(&first, a.join("story.txt")).unwrap();

    let reader = Reader::start_at(Some(home.path()), 120, 30, &[&a], &[]);
    reader.go();
    // The article is read off the reader's thread; star it once it is
    // there (its word count is on the status bar).
    reader.tmux.wait_for("the article", |s| {
        s.contains("Articles 1/1") && !status_line(s).contains(" 0 words")
    });
    reader.tmux.keys(&["s"]);
    reader.tmux.wait_for("the star", first_is_starred);
    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");

    std::fs::rename(a.join("story.txt"), b.join("renamed.txt")).unwrap();
    let again = Reader::start_at(Some(home.path()), 120, 30, &[&b], &[]);
    again.go();
    // The star follows the text once the moved file is read.
    again.tmux.wait_for("the moved article, starred", |s| {
        s.contains("Articles 1/1") && first_is_starred(s)
    });
    again.tmux.keys(&["q"]);
    assert_eq!(again.wait_exit(), "EXIT=0");
}

#[test]
fn a_garbage_state_file_is_moved_aside_and_the_reader_starts() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join(".local/share/newsreader");
    std::fs::create_dir_all(&data).unwrap();
    let garbage = b"this is not a database, just some bytes \x00\x01\x02".repeat(200);
    std::fs::write(data.join("state.db"), &garbage).unwrap();

    let reader = Reader::start_at(Some(home.path()), 200, 40, &[], &[]);
    reader.go();
    // The status bar says what happened.
    reader.tmux.wait_for("the note about the moved file", |s| {
        let status = status_line(s);
        status.trim_start().starts_with('/')
            && status.contains("state.db was not a newsreader database")
            && status.contains("moved it to")
    });
    // The reader works, and saves to the fresh file.
    reader.tmux.keys(&["s"]);
    reader.tmux.wait_for("the star", first_is_starred);
    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");

    let moved: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("state.db.corrupt-"))
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(
        std::fs::read(&moved[0]).unwrap(),
        garbage,
        "the old bytes are kept"
    );

    let again = Reader::start_at(Some(home.path()), 120, 30, &[], &[]);
    again.go();
    // State saved in the fresh file.
    again.tmux.wait_for("the samples, the first starred", |s| {
        s.contains("Samples 1/6") && first_is_starred(s)
    });
    again.tmux.keys(&["q"]);
    assert_eq!(again.wait_exit(), "EXIT=0");
}

/// A sample article with a typo in its first paragraph, written to `dir`.
fn story_with_a_typo(dir: &Path) -> (std::path::PathBuf, String) {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join(
        "crates/core/assets/articles/010_wikinews_internal-emails-expose-boeing-air-force-contract-d.txt",
    );
    let text = std::fs::read_to_string(sample).unwrap();
    assert!(text.contains("Emails exchanged among"));
    // The same length as the fix, so every line wraps the same after it.
    let typo = text.replacen("Emails exchanged among", "Emails exchnaged among", 1);
    let path = dir.join("boeing.txt");
    std::fs::write(&path, &typo).unwrap();
    (path, typo)
}

/// Scroll the open article to about halfway; the place and text then.
fn scroll_to_the_middle(tmux: &tmux::Tmux) -> (Option<String>, Vec<String>) {
    let mut screen = tmux.wait_settled("the reader's place", |s| indicator(s).is_some());
    while percent(&screen).is_none_or(|p| p < 50) {
        assert_ne!(indicator(&screen).as_deref(), Some("Bot"), "{screen}");
        tmux.keys(&["j"]);
        let before = (indicator(&screen), reader_text(&screen));
        screen = tmux.wait_settled("the reader to scroll", |s| {
            indicator(s).is_some() && (indicator(s), reader_text(s)) != before
        });
    }
    (indicator(&screen), reader_text(&screen))
}

/// The reader on `lib` (state under `home`) with its one article starred.
fn starred_reader(home: &Path, lib: &Path) -> Reader {
    let reader = Reader::start_at(Some(home), 120, 30, &[lib], &[]);
    reader.go();
    reader.tmux.wait_for("the article", |s| {
        s.contains("Articles 1/1") && !status_line(s).contains(" 0 words")
    });
    reader.tmux.keys(&["s"]);
    reader.tmux.wait_for("the star", |s| {
        status_line(s).trim_start().starts_with("starred") && first_is_starred(s)
    });
    reader
}

#[test]
fn a_fixed_typo_keeps_the_star_and_the_place() {
    let home = tempfile::tempdir().unwrap();
    let lib = home.path().join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    let (path, typo) = story_with_a_typo(&lib);

    let reader = starred_reader(home.path(), &lib);
    reader.tmux.keys(&["Enter"]);
    let (place, text) = scroll_to_the_middle(&reader.tmux);
    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");

    // The typo, far above the place reached, is fixed: other text, so
    // another text hash.
    let fixed = typo.replacen("Emails exchnaged among", "Emails exchanged among", 1);
    std::fs::write(&path, fixed).unwrap();

    let again = Reader::start_at(Some(home.path()), 120, 30, &[&lib], &[]);
    again.go();
    again.tmux.wait_for(
        &format!("the fixed article, starred, at {place:?} showing {text:#?}"),
        |s| {
            s.contains("Articles 1/1")
                && first_is_starred(s)
                && indicator(s) == place
                && reader_text(s) == text
        },
    );
    // And it is the fixed text that is shown.
    again.tmux.keys(&["Enter", "g"]);
    again.tmux.wait_for("the fixed first paragraph", |s| {
        s.contains("Emails exchanged among") && !s.contains("exchnaged")
    });
    again.tmux.keys(&["q"]);
    assert_eq!(again.wait_exit(), "EXIT=0");
}

#[test]
fn reloading_after_an_edit_says_so_and_keeps_the_star() {
    let home = tempfile::tempdir().unwrap();
    let lib = home.path().join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    let (path, typo) = story_with_a_typo(&lib);

    let reader = starred_reader(home.path(), &lib);

    // Corrected while the reader runs, then `r`.
    let fixed = typo.replacen("Emails exchnaged among", "Emails exchanged among", 1);
    std::fs::write(&path, fixed).unwrap();
    reader.tmux.keys(&["r"]);
    reader.tmux.wait_for(
        "the reload to name the changed article, still starred",
        |s| {
            status_line(s).contains("reloaded: 1 changed")
                && s.contains("Emails exchanged among")
                && first_is_starred(s)
        },
    );
    reader.tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}
