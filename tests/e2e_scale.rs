//! A generated library in the real binary (tmux): the list shows before
//! the articles are structured, keys work while indexing runs, and a
//! second start lists everything from the cache without indexing again.

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{status_line, Reader};

/// Enough articles that the debug build is still indexing while keys are
/// pressed, few enough to stay quick.
const ARTICLES: usize = 1500;

fn list_title(screen: &str) -> String {
    screen.lines().next().unwrap_or_default().to_string()
}

#[test]
fn keys_work_while_indexing_and_a_warm_start_needs_none() {
    let home = tempfile::tempdir().unwrap();
    let lib = home.path().join("lib");
    newsreader_corpus::write_corpus(&lib, ARTICLES, 7).unwrap();

    let reader = Reader::start_at(Some(home.path()), 140, 40, &[&lib], &[]);
    reader.go();
    let tmux = &reader.tmux;
    let of = format!("/{ARTICLES}");
    tmux.wait_for("the list while indexing", |s| {
        list_title(s).contains(&format!("Articles 1{of}")) && status_line(s).contains("indexing")
    });
    tmux.keys(&["j"]);
    tmux.keys(&["j"]);
    // Keys answered while indexing still ran: the status bar says both.
    tmux.wait_for("the selection to move while indexing", |s| {
        let status = status_line(s);
        list_title(s).contains(&format!("Articles 3{of}"))
            && status.contains("indexing")
            && status.contains(&format!(" 3{of} "))
    });
    // The article opened mid-indexing is shown in full.
    tmux.keys(&["Enter"]);
    tmux.wait_for("the third article in the reader", |s| {
        s.contains("┏ Reader")
    });
    tmux.wait_for("indexing to end", |s| {
        let status = status_line(s);
        !status.contains("indexing")
            && status.trim_start().starts_with(&format!("3{of} "))
            && list_title(s).contains(&format!("Articles 3{of}"))
    });
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    assert!(home
        .path()
        .join(".local/share/newsreader/index.db")
        .is_file());

    // Warm: the whole list comes from the cache; nothing is indexed.
    let again = Reader::start_at(Some(home.path()), 140, 40, &[&lib], &[]);
    again.go();
    // The status bar puts "indexing" before the position while it runs.
    again.tmux.wait_for("the cached list, not indexing", |s| {
        list_title(s).contains(&format!("Articles 1{of}"))
            && status_line(s).trim_start().starts_with("1/")
    });
    again.tmux.keys(&["q"]);
    assert_eq!(again.wait_exit(), "EXIT=0");
}
