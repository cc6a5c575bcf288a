//! The background indexer against real files and a real cache database:
//! a cold run structures everything, a warm run lists everything from the
//! cache and structures nothing, a changed file is structured again, a
//! removed one is forgotten, and an unreadable one is reported in place.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use newsreader::library::index::{run, IndexMsg, Listed, SearchTarget};
use newsreader::search::SearchIndex;

fn write(dir: &Path, name: &str, n: usize) -> PathBuf {
    let text = format!(
        "Headline number {n}\n\n“We met {n} times,” said Ann Lee, the mayor of Lima.\n\nMore text for article {n}.\n"
    );
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Everything one run said, in order.
fn index(roots: &[PathBuf], db: &Path) -> Vec<IndexMsg> {
    index_into(roots, db, None)
}

/// Everything one run adding to `search` said, in order.
fn index_into(roots: &[PathBuf], db: &Path, search: Option<SearchTarget>) -> Vec<IndexMsg> {
    let said = Mutex::new(Vec::new());
    let stop = AtomicBool::new(false);
    run(roots, Some(db), search, &stop, &|m| {
        said.lock().unwrap().push(m);
        true
    });
    said.into_inner().unwrap()
}

fn listed(msgs: &[IndexMsg]) -> Vec<(String, bool)> {
    let Some(IndexMsg::Listed(cached, list)) =
        msgs.iter().find(|m| matches!(m, IndexMsg::Listed(..)))
    else {
        panic!("no Listed in {msgs:?}");
    };
    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    list.iter()
        .map(|l| match l {
            Listed::Known(i) => (name(&cached[*i].path), true),
            Listed::Pending(p) => (name(p), false),
        })
        .collect()
}

fn parsed(msgs: &[IndexMsg]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = msgs
        .iter()
        .flat_map(|m| match m {
            IndexMsg::Parsed(batch) => batch
                .iter()
                .map(|(pos, s)| (*pos, s.title.to_string()))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    out.sort();
    out
}

#[test]
fn cold_then_warm_then_changed_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    std::fs::create_dir_all(lib.join("sub")).unwrap();
    for i in 0..5 {
        write(&lib, &format!("a{i}.txt"), i);
    }
    write(&lib.join("sub"), "b.txt", 9);
    let db = dir.path().join("index.db");
    let roots = vec![lib.clone()];

    let cold = index(&roots, &db);
    assert!(
        !cold.iter().any(|m| matches!(m, IndexMsg::Cached(_))),
        "no cache yet"
    );
    // Before the walk: the file listed first as filed, to open at once.
    assert!(
        matches!(cold.first(), Some(IndexMsg::FirstFile(p)) if *p == lib.join("a0.txt")),
        "{:?}",
        cold.first()
    );
    let list = listed(&cold);
    assert_eq!(list.len(), 6);
    assert!(
        list.iter().all(|(_, known)| !known),
        "all pending: {list:?}"
    );
    let titles = parsed(&cold);
    assert_eq!(titles.len(), 6);
    assert_eq!(titles[0], (0, "Headline number 0".to_string()));
    assert!(matches!(cold.last(), Some(IndexMsg::Done)));
    assert!(cold
        .iter()
        .any(|m| matches!(m, IndexMsg::Progress { done: 6, total: 6 })));

    let warm = index(&roots, &db);
    // The list's first article first, stored beside the list.
    assert!(
        matches!(warm.first(), Some(IndexMsg::First(s)) if *s.path == *lib.join("a0.txt")),
        "{:?}",
        warm.first()
    );
    let Some(IndexMsg::Cached(cached)) = warm.get(1) else {
        panic!("a warm run starts with the cache: {warm:?}");
    };
    assert_eq!(cached.len(), 6);
    assert!(listed(&warm).iter().all(|(_, known)| *known));
    assert!(parsed(&warm).is_empty(), "nothing structured again");

    // Change one (a different size, so the mtime's resolution does not
    // matter), remove one, add one.
    std::fs::write(
        lib.join("a1.txt"),
        "Changed headline\n\nNew text, much longer than before.\n",
    )
    .unwrap();
    std::fs::remove_file(lib.join("a3.txt")).unwrap();
    write(&lib, "a5.txt", 5);
    let third = index(&roots, &db);
    let list = listed(&third);
    let names: Vec<&str> = list.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["a0.txt", "a1.txt", "a2.txt", "a4.txt", "a5.txt", "b.txt"]
    );
    let pending: Vec<&str> = list
        .iter()
        .filter(|(_, k)| !k)
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(pending, ["a1.txt", "a5.txt"]);
    assert_eq!(
        parsed(&third),
        [
            (1, "Changed headline".to_string()),
            (4, "Headline number 5".to_string())
        ]
    );

    // The removed file is forgotten by the cache.
    let fourth = index(&roots, &db);
    let Some(IndexMsg::Cached(cached)) = fourth.get(1) else {
        panic!("the first article, then the cache expected: {fourth:?}");
    };
    assert_eq!(cached.len(), 6 - 1 + 1);
    assert!(cached.iter().all(|s| !s.path.ends_with("a3.txt")));
}

#[test]
fn unreadable_files_are_reported_at_their_place() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", 1);
    std::fs::write(dir.path().join("b.txt"), "").unwrap();
    std::fs::write(
        dir.path().join("c.txt"),
        [0u8, 1, 2, 3, 0, 0, 0, 9].repeat(64),
    )
    .unwrap();
    let msgs = index(&[dir.path().to_path_buf()], &dir.path().join("index.db"));
    let mut failed: Vec<usize> = msgs
        .iter()
        .flat_map(|m| match m {
            IndexMsg::Failed(f) => f.iter().map(|(pos, _)| *pos).collect(),
            _ => Vec::new(),
        })
        .collect();
    failed.sort_unstable();
    assert_eq!(failed, [1, 2]);
    let Some(IndexMsg::Skipped(skipped)) = msgs.iter().find(|m| matches!(m, IndexMsg::Skipped(_)))
    else {
        panic!("skips are summed up: {msgs:?}");
    };
    assert_eq!(skipped.len(), 2);
    assert!(
        skipped
            .iter()
            .any(|s| s.contains("b.txt") && s.contains("empty")),
        "{skipped:?}"
    );
}

#[test]
fn a_receiver_that_is_gone_stops_the_run() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..50 {
        write(dir.path(), &format!("{i:02}.txt"), i);
    }
    let said = Mutex::new(0usize);
    let stop = AtomicBool::new(false);
    run(&[dir.path().to_path_buf()], None, None, &stop, &|_| {
        *said.lock().unwrap() += 1;
        false
    });
    assert_eq!(
        *said.lock().unwrap(),
        1,
        "nothing more after the first refusal"
    );
}

/// The search index in `dir`, as the reader opens it at start.
fn search_in(dir: &Path) -> SearchTarget {
    let (index, fresh) = SearchIndex::open(dir).unwrap();
    SearchTarget {
        index,
        fresh,
        persistent: true,
    }
}

fn found(dir: &Path, query: &str) -> usize {
    let (index, _) = SearchIndex::open(dir).unwrap();
    index.searcher().unwrap().search(query).unwrap().len()
}

#[test]
fn what_the_cache_knows_is_searchable_and_a_new_search_index_reads_all_again() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    for i in 0..4 {
        write(&lib, &format!("a{i}.txt"), i);
    }
    let db = dir.path().join("index.db");
    let search = dir.path().join("search");
    let roots = vec![lib.clone()];

    let cold = index_into(&roots, &db, Some(search_in(&search)));
    assert_eq!(parsed(&cold).len(), 4);
    assert_eq!(found(&search, "mayor lima"), 4, "every file searchable");
    assert_eq!(found(&search, "number 2"), 1);

    // Warm: nothing read again, the index as it was.
    let warm = index_into(&roots, &db, Some(search_in(&search)));
    assert!(parsed(&warm).is_empty());
    assert_eq!(found(&search, "mayor"), 4);

    // A changed file replaces its old text; a removed one leaves.
    std::fs::write(lib.join("a1.txt"), "Rewritten\n\nThe harbour froze over.\n").unwrap();
    std::fs::remove_file(lib.join("a3.txt")).unwrap();
    index_into(&roots, &db, Some(search_in(&search)));
    assert_eq!(found(&search, "harbour"), 1);
    assert_eq!(found(&search, "mayor"), 2);

    // The search index lost: the cache alone would leave it empty, so
    // every file is read again.
    std::fs::remove_dir_all(&search).unwrap();
    let again = index_into(&roots, &db, Some(search_in(&search)));
    assert!(
        listed(&again).iter().all(|(_, known)| !known),
        "{:?}",
        listed(&again)
    );
    assert_eq!(parsed(&again).len(), 3);
    assert_eq!(found(&search, "mayor"), 2);
    assert_eq!(found(&search, "harbour"), 1);
}

#[test]
fn without_a_cache_the_search_index_is_still_committed() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..3 {
        write(dir.path(), &format!("a{i}.txt"), i);
    }
    let index = SearchIndex::in_ram();
    let target = SearchTarget {
        index: index.clone(),
        fresh: true,
        persistent: false,
    };
    let stop = AtomicBool::new(false);
    run(
        &[dir.path().to_path_buf()],
        None,
        Some(target),
        &stop,
        &|_| true,
    );
    let found = index.searcher().unwrap().search("mayor").unwrap();
    assert_eq!(found.len(), 3);
}

#[test]
fn a_file_given_twice_to_a_new_search_index_is_found_once() {
    // A new index is filled without replacing anything: a folder and a
    // file in it, both given, make two documents of one article, which
    // must still read as one, and go together.
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    let twice = write(&lib, "a0.txt", 0);
    write(&lib, "a1.txt", 1);
    let search = dir.path().join("search");
    let roots = vec![lib.clone(), twice];
    let cold = index_into(
        &roots,
        &dir.path().join("index.db"),
        Some(search_in(&search)),
    );
    assert_eq!(parsed(&cold).len(), 3, "listed as given: twice");
    assert_eq!(found(&search, "number 0"), 1);
    assert_eq!(found(&search, "mayor"), 2);
    std::fs::write(&roots[1], "Rewritten\n\nThe harbour froze over.\n").unwrap();
    index_into(
        &roots,
        &dir.path().join("index.db"),
        Some(search_in(&search)),
    );
    assert_eq!(found(&search, "number 0"), 0, "both documents replaced");
    assert_eq!(found(&search, "harbour"), 1);
}
