//! Unit tests of the store's file handling: migrations, identification,
//! moving aside.

use super::aside::*;
use super::check::*;
use super::*;

#[test]
fn dates_from_days() {
    assert_eq!(civil_from_days(0), (1970, 1, 1));
    assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    assert_eq!(civil_from_days(-1), (1969, 12, 31));
    let t = UNIX_EPOCH + Duration::from_secs(1_795_901_589);
    assert_eq!(timestamp(t), "20261128-213309");
}

#[test]
fn schema_version_counts_migrations() {
    assert_eq!(SCHEMA_VERSION, 6);
    assert_eq!(SCHEMA_VERSION as usize, MIGRATIONS.len());
}

#[test]
fn migrate_marks_a_new_database_and_is_idempotent() {
    let mut conn = Connection::open_in_memory().unwrap();
    assert_eq!(inspect(&conn, true).unwrap(), None, "empty is fine");
    migrate(&mut conn).unwrap().unwrap();
    migrate(&mut conn).unwrap().unwrap();
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    let v: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!((app, v), (APPLICATION_ID, SCHEMA_VERSION));
    assert_eq!(inspect(&conn, true).unwrap(), None, "ours is fine");
}

#[test]
fn another_programs_database_is_foreign() {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch("CREATE TABLE foo (x)").unwrap();
    assert_eq!(
        inspect(&conn, true).unwrap().unwrap().kind,
        BadKind::Foreign
    );

    let conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "application_id", 0x1234).unwrap();
    let bad = inspect(&conn, true).unwrap().unwrap();
    assert_eq!(bad.kind, BadKind::Foreign);
    assert!(bad.reason.contains("0x00001234"), "{}", bad.reason);
}

#[test]
fn a_newer_schema_is_refused() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrate(&mut conn).unwrap().unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    assert_eq!(inspect(&conn, true).unwrap().unwrap().kind, BadKind::Newer);
    assert_eq!(
        migrate(&mut conn).unwrap().unwrap_err().kind,
        BadKind::Newer
    );
}

#[test]
fn moving_aside_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    std::fs::write(&db, b"first").unwrap();
    std::fs::write(with_suffix(&db, "-wal"), b"first wal").unwrap();
    let a = move_aside(&db, BadKind::Corrupt).unwrap();
    std::fs::write(&db, b"second").unwrap();
    let b = move_aside(&db, BadKind::Corrupt).unwrap();
    assert_ne!(a, b);
    assert!(!db.exists());
    assert!(!with_suffix(&db, "-wal").exists());
    assert_eq!(std::fs::read(&a).unwrap(), b"first");
    assert_eq!(
        std::fs::read(with_suffix(&a, "-wal")).unwrap(),
        b"first wal"
    );
    assert_eq!(std::fs::read(&b).unwrap(), b"second");
    let name = a.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("state.db.corrupt-"), "{name}");
}

/// Another process mid-transaction on a fresh (rollback-journal) file:
/// `PRAGMA journal_mode=WAL` then fails with SQLITE_BUSY at once, without
/// calling the busy handler. Two newsreaders started together met this.
/// Opening must wait for the lock like any other statement does.
#[test]
fn opening_waits_for_a_writer_that_holds_a_fresh_file() {
    for thorough in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.db");
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("BEGIN IMMEDIATE").unwrap();
        // The holder lets go a little later, from another thread; the
        // open below must neither fail nor give up before then.
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            holder.execute_batch("COMMIT").unwrap();
        });
        let opened = Store::open_checked(&path, thorough);
        release.join().unwrap();
        let opened = opened.unwrap_or_else(|e| panic!("thorough={thorough}: {e}"));
        assert_eq!(opened.notice, None);
    }
}
