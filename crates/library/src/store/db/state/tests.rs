//! Reading state rows: per-field writes, keys and hashes, and a database
//! written before keys existed (schema 4) opened by this version.

use std::path::Path;

use rusqlite::Connection;

use super::super::{APPLICATION_ID, MIGRATIONS};
use crate::store::{ArticleState, Change, Found, Position, Store, Update};

fn up(key: &str, hash: &str, change: Change) -> Update {
    Update {
        key: key.into(),
        hash: hash.into(),
        change,
    }
}

fn starred() -> ArticleState {
    ArticleState {
        starred: true,
        ..ArticleState::default()
    }
}

#[test]
fn per_field_updates_keep_other_fields() {
    let mut s = Store::in_memory().unwrap();
    let at = Position {
        block: 2,
        offset: 7,
        anchor: u64::MAX - 5,
    };
    s.apply(&[up("a", "h", Change::Starred(true))]).unwrap();
    s.apply(&[up("a", "h", Change::Position(Some(at)))])
        .unwrap();
    s.apply(&[up("a", "h", Change::Read(true))]).unwrap();
    let st = s.load(&["a", "b"]).unwrap();
    assert_eq!(st.len(), 1);
    let want = ArticleState {
        read: true,
        starred: true,
        position: Some(at),
    };
    assert_eq!(st["a"], want, "the anchor's every bit comes back");
    assert_eq!(s.load_all().unwrap().find("a", "h"), Some(Found::Key(want)));
}

#[test]
fn the_saved_hash_follows_the_text_so_a_move_after_an_edit_is_followed() {
    let mut s = Store::in_memory().unwrap();
    s.apply(&[up("file:/a.txt", "old", Change::Starred(true))])
        .unwrap();
    s.apply(&[up("file:/a.txt", "new", Change::Read(true))])
        .unwrap();
    let all = s.load_all().unwrap();
    let both = ArticleState {
        read: true,
        starred: true,
        position: None,
    };
    assert_eq!(all.find("file:/b.txt", "new"), Some(Found::Hash(both)));
    assert_eq!(all.find("file:/b.txt", "old"), None);
}

#[test]
fn noting_an_edited_text_changes_only_the_hash() {
    let mut s = Store::in_memory().unwrap();
    s.apply(&[up("k", "old", Change::Starred(true))]).unwrap();
    s.apply(&[
        up("k", "new", Change::Hash),
        up("none", "new", Change::Hash),
    ])
    .unwrap();
    let all = s.load_all().unwrap();
    assert_eq!(all.len(), 1, "no row is made for a key without state");
    assert_eq!(all.find("moved", "new"), Some(Found::Hash(starred())));
    assert_eq!(all.find("k", "new"), Some(Found::Key(starred())));
}

#[test]
fn adopting_never_overwrites_state_the_key_has() {
    let mut s = Store::in_memory().unwrap();
    s.apply(&[up("k", "h", Change::Read(true))]).unwrap();
    s.apply(&[up("k", "h", Change::Adopt(starred()))]).unwrap();
    let st = s.load(&["k"]).unwrap();
    assert!(st["k"].read && !st["k"].starred, "{:?}", st["k"]);
    s.apply(&[up("k2", "h", Change::Adopt(starred()))]).unwrap();
    assert_eq!(s.load(&["k2"]).unwrap()["k2"], starred());
    assert_eq!(
        s.load(&["k"]).unwrap().len(),
        1,
        "a keyed row is never dropped"
    );
}

/// A state file as schema 4 (the version before keys) left it: rows
/// keyed by text hash, positions without anchors.
/// A row as schema 4 kept it: text hash, read, starred, block and offset.
type OldRow<'a> = (&'a str, bool, bool, Option<(i64, i64)>);

fn write_schema_4(path: &Path, rows: &[OldRow<'_>]) {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    for step in &MIGRATIONS[..4] {
        conn.execute_batch(step).unwrap();
    }
    conn.pragma_update(None, "user_version", 4).unwrap();
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    for (id, read, starred, at) in rows {
        conn.execute(
            "INSERT INTO article_state (id, read, starred, block, \"offset\", updated)
             VALUES (?1, ?2, ?3, ?4, ?5, 1)",
            rusqlite::params![id, read, starred, at.map(|a| a.0), at.map(|a| a.1)],
        )
        .unwrap();
    }
}

#[test]
fn a_schema_4_database_keeps_its_state_for_moved_and_edited_articles() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    write_schema_4(
        &db,
        &[
            ("hash-moved", false, true, Some((3, 12))),
            ("hash-edited", true, false, None),
        ],
    );
    let opened = Store::open(&db).unwrap();
    assert_eq!(opened.notice, None, "migrated, not moved aside");
    let mut s = opened.store;

    // The moved file: a new key, the same text.
    let all = s.load_all().unwrap();
    let moved = all.find("file:/lib/new-name.txt", "hash-moved");
    let old_position = Some(Position {
        block: 3,
        offset: 12,
        anchor: 0,
    });
    let want = ArticleState {
        read: false,
        starred: true,
        position: old_position,
    };
    assert_eq!(moved, Some(Found::Hash(want)));

    // What the reader does on finding state by hash: save it under the
    // key. Then the edited file's text changes, and its key finds it.
    let edited = all.find("file:/lib/e.txt", "hash-edited").unwrap();
    s.apply(&[
        up("file:/lib/new-name.txt", "hash-moved", Change::Adopt(want)),
        up(
            "file:/lib/e.txt",
            "hash-edited",
            Change::Adopt(edited.state()),
        ),
    ])
    .unwrap();
    drop(s);
    let s = Store::open(&db).unwrap().store;
    let all = s.load_all().unwrap();
    assert_eq!(
        all.find("file:/lib/new-name.txt", "hash-moved"),
        Some(Found::Key(want))
    );
    let after_edit = all.find("file:/lib/e.txt", "hash-of-the-fixed-text");
    assert!(
        matches!(after_edit, Some(Found::Edited(st)) if st.read),
        "{after_edit:?}"
    );
    // Nothing was lost: the rows from before keys were taken over (and
    // dropped: the table is read whole at every start), and each text is
    // still found by its hash, from anywhere.
    assert!(s.load(&["hash-moved", "hash-edited"]).unwrap().is_empty());
    assert_eq!(
        all.find("file:/lib/a-copy.txt", "hash-moved"),
        Some(Found::Hash(want))
    );
    assert_eq!(all.len(), 2);
}
