//! Library search and the cross-library views in the real binary (tmux),
//! as a new user would try them: a library in a fresh home, `/` in the
//! list, Enter into the best match, then a person's mentions and quotes
//! across the library and back again. A second start searches the index
//! kept from the first, without re-reading the files.

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{status_line, Reader};

fn list_title(screen: &str) -> String {
    screen.lines().next().unwrap_or_default().to_string()
}

/// Wait until the status bar starts with `text`; the whole screen.
fn until_status(tmux: &tmux::Tmux, text: &str) -> String {
    tmux.wait_for(&format!("status {text:?}"), |s| {
        status_line(s).trim_start().starts_with(text)
    })
}

/// The reader on `lib` in a fresh home, once it has indexed the library.
fn indexed(home: &std::path::Path, lib: &std::path::Path) -> Reader {
    let reader = Reader::start_at(Some(home), 140, 40, &[lib], &[]);
    reader.go();
    reader.tmux.wait_for("indexing to end", |s| {
        let status = status_line(s);
        !status.contains("indexing") && status.trim_start().starts_with("1/3")
    });
    reader
}

fn library(home: &std::path::Path) -> std::path::PathBuf {
    let lib = home.join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    for name in ["putin.txt", "europe.txt", "garden.txt"] {
        let text = std::fs::read_to_string(format!("tests/fixtures/search/{name}")).unwrap();
        std::fs::write(lib.join(name), text).unwrap();
    }
    lib
}

#[test]
fn search_mentions_quotes_and_back_in_the_real_binary() {
    let home = tempfile::tempdir().unwrap();
    let lib = library(home.path());
    let reader = indexed(home.path(), &lib);
    let tmux = &reader.tmux;

    tmux.keys(&["/"]);
    for c in ["b", "o", "r", "d"] {
        tmux.keys(&[c]);
    }
    let screen = until_status(tmux, "/bord▏ · 2 articles");
    assert!(
        list_title(&screen).contains("Search \"bord\" 1/2"),
        "{screen}"
    );
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the best match open at its first match", |s| {
        status_line(s).contains("match 1/")
    });
    assert!(screen.contains("border"), "{screen}");

    // Back to the list, then the person quoted in the open article.
    tmux.keys(&["Escape"]);
    tmux.keys(&["o"]);
    tmux.wait_status("search \"bord\"");
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("the whole list", |s| list_title(s).contains("Articles"));
    assert!(list_title(&screen).contains("/3"), "{screen}");
}

#[test]
fn a_persons_quotes_across_the_library_and_a_warm_start() {
    let home = tempfile::tempdir().unwrap();
    let lib = library(home.path());
    let reader = indexed(home.path(), &lib);
    let tmux = &reader.tmux;
    // The Putin article: find it, then its first person in the sidebar.
    tmux.keys(&["/"]);
    for c in ["k", "r", "e", "m", "l"] {
        tmux.keys(&[c]);
    }
    tmux.wait_status("/kreml▏ · 1 article");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the article", |s| s.contains("Vladimir Putin said"));
    tmux.keys(&["Tab"]);
    tmux.keys(&["\""]);
    let screen = until_status(tmux, "quotes by Vladimir Putin · 2 quotes in 2 articles");
    assert!(screen.contains("We will respond"), "{screen}");
    assert!(screen.contains("We have heard nothing new"), "{screen}");
    // In list order: the other article's quote comes first.
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the quote in the other article", |s| {
        status_line(s).contains("quote") && s.contains("Europe widens sanctions")
    });
    assert!(screen.contains("heard nothing new"), "{screen}");
    tmux.keys(&["BSpace"]);
    tmux.wait_status("quotes by Vladimir Putin");
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");

    // A second start: everything from the cache, and search still finds.
    let reader = Reader::start_at(Some(home.path()), 140, 40, &[&lib], &[]);
    reader.go();
    let tmux = &reader.tmux;
    tmux.wait_for("the list", |s| {
        status_line(s).trim_start().starts_with("1/3")
    });
    tmux.keys(&["/"]);
    for c in ["t", "o", "m", "a", "t"] {
        tmux.keys(&[c]);
    }
    until_status(tmux, "/tomat▏ · 1 article");
    // The article found is read off the reader's thread: wait for its text.
    tmux.wait_for("the article found", |s| {
        s.contains("A garden grows on the roof")
    });
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}

#[test]
fn an_unusable_search_folder_is_named_and_search_still_works() {
    let home = tempfile::tempdir().unwrap();
    let lib = library(home.path());
    let data = home.path().join(".local/share/newsreader");
    std::fs::create_dir_all(&data).unwrap();
    // A file where the search index's folder should be.
    std::fs::write(data.join("search"), "not a folder").unwrap();
    let reader = Reader::start_at(Some(home.path()), 140, 40, &[&lib], &[]);
    reader.go();
    let tmux = &reader.tmux;
    let screen = tmux.wait_for("the note about the search folder", |s| {
        status_line(s).contains("searching from memory this run")
    });
    assert!(status_line(&screen).contains("search"), "{screen}");
    // The note stays up until a key; then the position shows, once
    // indexing is over.
    tmux.keys(&["j"]);
    tmux.wait_for("indexing to end", |s| {
        status_line(s).trim_start().starts_with("2/3")
    });
    tmux.keys(&["/"]);
    for c in ["g", "a", "r", "d"] {
        tmux.keys(&[c]);
    }
    until_status(tmux, "/gard▏ · 1 article");
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    assert_eq!(
        std::fs::read_to_string(data.join("search")).unwrap(),
        "not a folder",
        "the file is left as it was"
    );
}
