//! The reading-state database from the outside: persistence, two
//! connections, and broken or foreign files. Every file lives under a
//! `tempfile::tempdir()`, never the real home. Several processes at once
//! (and a kill mid-write) are in `state_processes.rs`.

use std::path::{Path, PathBuf};

use newsreader::store::{ArticleState, Change, Found, Store, Update};

#[path = "support/store.rs"]
mod store;
use store::{open_clean, pos, up};

/// A store at `path` holding enough rows to span many pages.
fn write_real_db(path: &Path) {
    let mut s = open_clean(path);
    let updates: Vec<Update> = (0..2000)
        .map(|i| up(format!("{i:032x}"), Change::Starred(true)))
        .collect();
    s.apply(&updates).unwrap();
    // Dropping the last connection checkpoints and removes the -wal, so
    // the main file holds everything.
}

#[test]
fn state_persists_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data").join("state.db");
    {
        let mut s = open_clean(&db);
        s.apply(&[
            up("a", Change::Read(true)),
            up("a", Change::Position(pos(3, 14))),
            up("b", Change::Starred(true)),
        ])
        .unwrap();
    }
    let s = open_clean(&db);
    let st = s.load(&["a", "b", "c"]).unwrap();
    assert_eq!(
        st["a"],
        ArticleState {
            read: true,
            starred: false,
            position: pos(3, 14)
        }
    );
    assert_eq!(
        st["b"],
        ArticleState {
            read: false,
            starred: true,
            position: None
        }
    );
    assert!(!st.contains_key("c"));
    assert_eq!(s.load_all().unwrap(), st.into_iter().collect());
}

#[test]
fn a_moved_file_keeps_its_state() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let raw = "Headline\n\nSome body text that \"matters\", she said.\n";
    let old = dir.path().join("old.txt");
    std::fs::write(&old, raw).unwrap();
    let first = newsreader::loader::parse(
        &old.display().to_string(),
        &std::fs::read_to_string(&old).unwrap(),
    );
    open_clean(&db)
        .apply(&[up(first.id.clone(), Change::Starred(true))])
        .unwrap();

    let new = dir.path().join("elsewhere").join("renamed.txt");
    std::fs::create_dir_all(new.parent().unwrap()).unwrap();
    std::fs::rename(&old, &new).unwrap();
    let second = newsreader::loader::parse(
        &new.display().to_string(),
        &std::fs::read_to_string(&new).unwrap(),
    );
    assert_eq!(first.id, second.id);
    let st = open_clean(&db).load(&[&second.id]).unwrap();
    assert!(st[&second.id].starred);
}

#[test]
fn fields_merge_across_connections() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let mut a = open_clean(&db);
    let mut b = open_clean(&db);
    // Both have seen the article before either writes.
    assert!(a.load(&["x"]).unwrap().is_empty());
    assert!(b.load(&["x"]).unwrap().is_empty());
    a.apply(&[up("x", Change::Starred(true))]).unwrap();
    b.apply(&[up("x", Change::Read(true))]).unwrap();
    a.apply(&[up("x", Change::Position(pos(1, 2)))]).unwrap();
    let want = ArticleState {
        read: true,
        starred: true,
        position: pos(1, 2),
    };
    assert_eq!(a.load(&["x"]).unwrap()["x"], want);
    assert_eq!(b.load(&["x"]).unwrap()["x"], want);
}

/// Two readers open on state from before keys: each takes the old row
/// over under the article's key before changing anything, and neither
/// loses the other's change nor the old state.
#[test]
fn two_connections_taking_over_an_old_row_keep_each_others_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    open_clean(&db)
        .apply(&[up("hash", Change::Starred(true))])
        .unwrap();
    let mut a = open_clean(&db);
    let mut b = open_clean(&db);
    let (sa, sb) = (a.load_all().unwrap(), b.load_all().unwrap());
    let old = sa.find("file:/lib/x.txt", "hash").unwrap();
    assert!(matches!(old, Found::Hash(s) if s.starred));
    assert_eq!(sb.find("file:/lib/x.txt", "hash"), Some(old));
    let keyed = |change| Update {
        key: "file:/lib/x.txt".into(),
        hash: "hash".into(),
        change,
    };
    b.apply(&[keyed(Change::Adopt(old.state())), keyed(Change::Read(true))])
        .unwrap();
    a.apply(&[
        keyed(Change::Adopt(old.state())),
        keyed(Change::Position(pos(4, 0))),
    ])
    .unwrap();
    let want = ArticleState {
        read: true,
        starred: true,
        position: pos(4, 0),
    };
    for s in [&a, &b] {
        let all = s.load_all().unwrap();
        assert_eq!(all.find("file:/lib/x.txt", "hash"), Some(Found::Key(want)));
    }
}

// ---- Broken, foreign and unusable files ---------------------------------

/// Open `db`, which holds `bytes` that are not a usable store: the file
/// must be moved aside intact, a notice must name both paths, and the
/// fresh store must work.
fn assert_moved_aside(db: &Path, bytes: &[u8], kind: &str) {
    let opened = Store::open(db).expect("open moves the bad file aside");
    let notice = opened.notice.expect("a notice");
    eprintln!("notice: {notice}");
    let dir = db.parent().unwrap();
    let aside: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("state.db.{kind}-"))
        })
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), bytes, "kept intact");
    assert!(
        notice.contains(&db.display().to_string()),
        "old path in {notice:?}"
    );
    assert!(
        notice.contains(&aside[0].display().to_string()),
        "new path in {notice:?}"
    );
    assert!(notice.contains("starting fresh"), "{notice}");

    let mut s = opened.store;
    s.apply(&[up("fresh", Change::Read(true))]).unwrap();
    assert!(s.load(&["fresh"]).unwrap()["fresh"].read);
    drop(s);
    // And the fresh file is ours from now on.
    assert!(open_clean(db).load(&["fresh"]).unwrap()["fresh"].read);
}

#[test]
fn a_truncated_database_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    write_real_db(&db);
    let bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() > 8192, "several pages: {}", bytes.len());
    let half = &bytes[..bytes.len() / 2];
    std::fs::write(&db, half).unwrap();
    assert_moved_aside(&db, half, "corrupt");
}

#[test]
fn garbage_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    // Deterministic junk (xorshift), no rand dependency.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let junk: Vec<u8> = (0..10_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    std::fs::write(&db, &junk).unwrap();
    assert_moved_aside(&db, &junk, "corrupt");
}

#[test]
fn an_sqlite_header_followed_by_junk_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend((0..5000u32).map(|i| (i * 7 + 3) as u8));
    std::fs::write(&db, &bytes).unwrap();
    assert_moved_aside(&db, &bytes, "corrupt");
}

#[test]
fn another_programs_database_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("CREATE TABLE foo (x); INSERT INTO foo VALUES (1);")
            .unwrap();
    }
    let bytes = std::fs::read(&db).unwrap();
    assert_moved_aside(&db, &bytes, "foreign");
}

#[test]
fn a_database_from_a_newer_version_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    open_clean(&db)
        .apply(&[up("a", Change::Read(true))])
        .unwrap();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        // Back to a plain journal so the file alone holds everything.
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let bytes = std::fs::read(&db).unwrap();
    assert_moved_aside(&db, &bytes, "newer");
}

#[test]
fn an_empty_file_is_a_fresh_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    std::fs::write(&db, b"").unwrap();
    let mut s = open_clean(&db);
    s.apply(&[up("a", Change::Starred(true))]).unwrap();
    assert!(s.load(&["a"]).unwrap()["a"].starred);
    assert_eq!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .contains(".corrupt-")
            })
            .count(),
        0
    );
}

#[test]
fn a_directory_that_cannot_exist_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    // A regular file where the data directory should be: fails for root
    // too, unlike a chmod.
    let blocker = dir.path().join("data");
    std::fs::write(&blocker, b"not a directory").unwrap();
    let db = blocker.join("state.db");
    let err = Store::open(&db).expect_err("cannot open under a file");
    let msg = err.to_string();
    assert!(msg.contains(&blocker.display().to_string()), "{msg}");
    assert_eq!(std::fs::read(&blocker).unwrap(), b"not a directory");
}

#[cfg(unix)]
#[test]
fn an_unwritable_directory_is_an_error_or_works_for_root() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o500)).unwrap();
    // Root ignores the mode bits; find out which world this is.
    let probe = ro.join("probe");
    let privileged = std::fs::write(&probe, b"").is_ok();
    let _ = std::fs::remove_file(&probe);
    let db = ro.join("state.db");
    let result = Store::open(&db);
    if privileged {
        let opened = result.expect("root can write anyway");
        assert_eq!(opened.notice, None);
    } else {
        let msg = result.expect_err("unwritable").to_string();
        assert!(msg.contains(&db.display().to_string()), "{msg}");
        assert!(!db.exists());
    }
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn in_memory_works() {
    let mut s = Store::in_memory().unwrap();
    s.apply(&[up("m", Change::Position(pos(0, 5)))]).unwrap();
    assert_eq!(s.load(&["m"]).unwrap()["m"].position, pos(0, 5));
}

#[test]
fn trouble_that_is_not_corruption_moves_nothing_aside() {
    let dir = tempfile::tempdir().unwrap();
    // A directory where the file should be: cannot open, but it is not a
    // broken database, so it must be reported, not moved.
    let db = dir.path().join("state.db");
    std::fs::create_dir(&db).unwrap();
    let msg = Store::open(&db).expect_err("a directory").to_string();
    assert!(msg.contains(&db.display().to_string()), "{msg}");
    assert!(db.is_dir());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
