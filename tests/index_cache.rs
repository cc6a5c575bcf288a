//! The index cache from the outside: summaries survive a reopen exactly
//! (odd paths, unicode, empty lists), upserts replace, forgetting removes,
//! a version-1 database gains the table without losing reading state, and
//! `Summary::from_article` on a real article. Every file lives under a
//! `tempfile::tempdir()`, never the real home.

use std::path::{Path, PathBuf};

use newsreader::loader::samples::load_samples;
use newsreader::store::db::{APPLICATION_ID, SCHEMA_VERSION};
use newsreader::store::index::{Names, Speakers};
use newsreader::store::{ArticleState, Store, Summary};

fn open_clean(path: &Path) -> Store {
    let opened = Store::open(path).expect("open");
    assert_eq!(opened.notice, None, "unexpected notice");
    opened.store
}

fn sorted(mut v: Vec<Summary>) -> Vec<Summary> {
    v.sort_by(|a, b| a.path.cmp(&b.path));
    v
}

fn full(path: PathBuf) -> Summary {
    Summary {
        path: path.into_boxed_path(),
        size: 4321,
        mtime_ns: 1_795_901_589_123_456_789,
        id: "0123456789abcdef0123456789abcdef".into(),
        title: "Ким встретился с Путиным — 金正恩 «on time» 🚆".into(),
        title_derived: true,
        dateline: Some("VLADIVOSTOK, Russia".into()),
        byline: Some("By Somebody Ünïcode".into()),
        words: 812,
        quotes: 9,
        people: Names::new(["Kim Jong Un", "Vladimir Putin"]),
        speakers: Speakers::new([("Bruce Klinger", 6), ("Kim Jong Un", 1)]),
        places: Names::new(["Vladivostok", "North Korea"]),
        orgs: Names::new(["Heritage Foundation"]),
        entry: 3,
        url: Some("https://example.org/news/kim-arrives".into()),
        feed: Some("Example «News» 🚆".into()),
        published: Some("2019-04-24T08:00:00Z".into()),
    }
}

fn bare(path: &str) -> Summary {
    Summary {
        path: Path::new(path).into(),
        id: "ffffffffffffffffffffffffffffffff".into(),
        title: String::new().into(),
        ..Summary::default()
    }
}

#[test]
fn summaries_survive_a_reopen_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let mut expect = vec![
        full(dir.path().join("articles/ünïcode name.txt")),
        bare("relative/empty-lists.txt"),
    ];
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        // Latin-1 bytes: a valid Unix file name that is not UTF-8.
        let odd = std::ffi::OsStr::from_bytes(b"/tmp/caf\xe9\xff.txt");
        assert!(odd.to_str().is_none());
        expect.push(full(PathBuf::from(odd)));
        // Its lossy twin must stay a different key.
        expect.push(bare("/tmp/caf\u{fffd}\u{fffd}.txt"));
    }
    {
        let mut s = open_clean(&db);
        s.index_put(&expect).unwrap();
    }
    let s = open_clean(&db);
    let got = sorted(s.index_all().unwrap());
    assert_eq!(got, sorted(expect));
    let empty = got
        .iter()
        .find(|s| s.path.as_ref() == Path::new("relative/empty-lists.txt"))
        .unwrap();
    assert!(empty.people.is_empty() && empty.speakers.is_empty());
    assert_eq!(empty.dateline, None);
}

#[test]
fn put_replaces_by_path_and_forget_removes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let mut s = open_clean(&db);
    let a = full(PathBuf::from("a.txt"));
    let b = full(PathBuf::from("b.txt"));
    s.index_put(&[a.clone(), b.clone()]).unwrap();

    let a2 = Summary {
        size: 1,
        mtime_ns: 2,
        id: "changed".into(),
        title: "Edited".into(),
        byline: None,
        people: Names::default(),
        ..a.clone()
    };
    s.index_put(std::slice::from_ref(&a2)).unwrap();
    assert_eq!(sorted(s.index_all().unwrap()), [a2.clone(), b.clone()]);

    s.index_forget(&[PathBuf::from("b.txt"), PathBuf::from("never-there")])
        .unwrap();
    assert_eq!(s.index_all().unwrap(), [a2]);
    s.index_forget(&[]).unwrap();
    s.index_put(&[]).unwrap();
}

#[test]
fn a_version_1_database_migrates_and_keeps_its_state() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    {
        // Exactly what the first released schema wrote.
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "CREATE TABLE article_state (
                id TEXT PRIMARY KEY,
                read INTEGER NOT NULL DEFAULT 0,
                starred INTEGER NOT NULL DEFAULT 0,
                block INTEGER,
                \"offset\" INTEGER,
                updated INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            INSERT INTO article_state (id, read, starred, updated) VALUES ('x', 1, 0, 5);
            INSERT INTO article_state (id, read, starred, updated) VALUES ('y', 0, 1, 6);",
        )
        .unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let mut s = open_clean(&db);
    let state = s.load_all().unwrap();
    assert_eq!(state.len(), 2);
    assert_eq!(
        state["x"],
        ArticleState {
            read: true,
            ..ArticleState::default()
        }
    );
    assert!(state["y"].starred);
    assert!(s.index_all().unwrap().is_empty());
    s.index_put(&[bare("z.txt")]).unwrap();
    drop(s);

    let conn = rusqlite::Connection::open(&db).unwrap();
    let v: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    assert_eq!(v, 6);
    let indexes: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'file_index_id'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 1);
}

#[test]
fn summary_of_the_kim_sample() {
    let kim = load_samples()
        .into_iter()
        .find(|a| a.source.contains("kim"))
        .expect("the Kim sample");
    let s = Summary::from_article(Path::new("kim.txt"), 123, 456, &kim);
    assert_eq!(&*s.path, Path::new("kim.txt"));
    assert_eq!((s.size, s.mtime_ns), (123, 456));
    assert_eq!(&*s.id, kim.id);
    assert_eq!(&*s.title, kim.title);
    assert_eq!(s.words as usize, kim.word_count());
    assert_eq!(s.quotes as usize, kim.quotes.len());
    let speakers: Vec<(&str, u32)> = s.speakers.iter().collect();
    assert_eq!(
        speakers,
        [
            ("Bruce Klinger", 6),
            ("Kim Jong Un", 1),
            ("Mark P. Barry", 1)
        ]
    );
    let people: Vec<&str> = s.people.iter().collect();
    assert!(people.contains(&"Vladimir Putin"), "{people:?}");
    assert!(people.len() <= 8);
    assert!(!s.places.is_empty());
    eprintln!(
        "kim summary: {} bytes (size_of {}), people {people:?}, places {:?}, orgs {:?}",
        s.footprint(),
        std::mem::size_of::<Summary>(),
        s.places.iter().collect::<Vec<_>>(),
        s.orgs.iter().collect::<Vec<_>>()
    );
}
