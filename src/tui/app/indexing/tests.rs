//! The model taking in the indexer's messages: the list filling in, state
//! following an article's id, nothing kept that a lookup answers.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::*;
use crate::library::index::Listed;
use crate::store::index::Summary;
use crate::tui::action::Action;

fn summary(name: &str, title: &str) -> Summary {
    Summary {
        path: PathBuf::from(format!("/lib/{name}")).into_boxed_path(),
        id: format!("id-{name}").into(),
        title: title.into(),
        words: 230,
        ..Summary::default()
    }
}

/// An empty reader whose library is still being indexed.
pub(super) fn app() -> App {
    let mut app = App::from_entries(Vec::new(), Vec::new());
    app.index_done = false;
    app.update(Action::Resize(120, 30));
    app
}

#[test]
fn the_list_fills_from_cache_then_disk_then_parsing() {
    let mut app = app();
    let cached = Arc::new(vec![summary("a.txt", "A"), summary("c.txt", "C")]);
    app.apply_index(Prepared::from_msg(IndexMsg::Cached(Arc::clone(&cached))));
    assert_eq!(app.visible.len(), 2);
    assert_eq!(app.entries[1].title, "C");

    // On disk: a new file b.txt between the two; c.txt still cached.
    app.update(Action::Down);
    let listed = vec![
        Listed::Known(0),
        Listed::Pending(PathBuf::from("/lib/b.txt").into()),
        Listed::Known(1),
    ];
    app.apply_index(Prepared::from_msg(IndexMsg::Listed(cached, listed)));
    assert_eq!(app.entries.len(), 3);
    assert!(app.entries[1].pending && app.entries[1].title == "b");
    assert_eq!(app.selected, 2, "c.txt stays selected at its new place");

    app.apply_index(Prepared::from_msg(IndexMsg::Parsed(vec![(
        1,
        summary("b.txt", "B"),
    )])));
    assert_eq!(app.entries[1].title, "B");
    assert!(!app.entries[1].pending);

    app.apply_index(Prepared::from_msg(IndexMsg::Failed(vec![(
        0,
        "bad".into(),
    )])));
    assert_eq!(app.visible, [1, 2], "a failed file leaves the list");
    app.apply_index(Prepared::from_msg(IndexMsg::Progress { done: 1, total: 1 }));
    assert!(app.indexing.running);
    app.apply_index(Prepared::from_msg(IndexMsg::Done));
    assert!(!app.indexing.running && app.index_done);
}

#[test]
fn a_disk_list_equal_to_the_cache_changes_nothing() {
    let cached = Arc::new(vec![summary("a.txt", "A")]);
    let msg = IndexMsg::Listed(Arc::clone(&cached), vec![Listed::Known(0)]);
    assert!(matches!(Prepared::from_msg(msg), Prepared::ListedAsCached));
}

#[test]
fn a_star_given_while_the_file_is_read_is_kept_and_saved() {
    let mut app = app();
    let listed = vec![Listed::Pending(PathBuf::from("/lib/b.txt").into())];
    app.apply_index(Prepared::from_msg(IndexMsg::Listed(
        Arc::new(Vec::new()),
        listed,
    )));
    app.update(Action::ToggleStar);
    assert!(app.state(0).starred, "shown at once");
    app.apply_index(Prepared::from_msg(IndexMsg::Parsed(vec![(
        0,
        summary("b.txt", "B"),
    )])));
    assert!(app.state(0).starred, "kept when the id arrives");
    let saved = Update {
        key: "file:/lib/b.txt".to_string(),
        hash: "id-b.txt".to_string(),
        change: Change::Starred(true),
    };
    assert!(app.updates.contains(&saved), "{:?}", app.updates);
    assert_eq!(app.known.len(), 1, "the star is remembered");
}

#[test]
fn files_arriving_with_nothing_to_remember_add_nothing_to_the_state_map() {
    let mut app = app();
    let paths: Vec<Arc<Path>> = (0..3)
        .map(|i| PathBuf::from(format!("/lib/{i}.txt")).into())
        .collect();
    let listed = paths
        .iter()
        .map(|p| Listed::Pending(Arc::clone(p)))
        .collect();
    app.apply_index(Prepared::from_msg(IndexMsg::Listed(
        Arc::new(Vec::new()),
        listed,
    )));
    let parsed = (0..3)
        .map(|i| (i, summary(&format!("{i}.txt"), "T")))
        .collect();
    app.apply_index(Prepared::from_msg(IndexMsg::Parsed(parsed)));
    assert!(app.entries.iter().all(|e| !e.pending));
    // Each path is still the one the indexer shares, not a copy.
    for (e, p) in app.entries.iter().zip(&paths) {
        assert!(e.path.as_ref().is_some_and(|ep| Arc::ptr_eq(ep, p)));
    }
    assert!(app.known.is_empty(), "{:?}", app.known);
    assert!(app.updates.is_empty(), "{:?}", app.updates);
    // Reading one is remembered as before.
    app.update(Action::ToggleRead);
    assert_eq!(app.known.len(), 1);
    assert!(app.state(app.selected).read);
}

#[test]
fn state_follows_the_id_when_a_file_is_structured() {
    let mut app = app();
    let mut known = crate::store::States::default();
    known.insert(
        "file:/lib/b.txt",
        "id-b.txt",
        crate::store::ArticleState {
            starred: true,
            ..Default::default()
        },
    );
    app.set_states(&known);
    let listed = vec![Listed::Pending(PathBuf::from("/lib/b.txt").into())];
    app.apply_index(Prepared::from_msg(IndexMsg::Listed(
        Arc::new(Vec::new()),
        listed,
    )));
    assert!(!app.state(0).starred, "no id yet");
    app.apply_index(Prepared::from_msg(IndexMsg::Parsed(vec![(
        0,
        summary("b.txt", "B"),
    )])));
    assert!(app.state(0).starred);
}
