//! Runs stopped while a file is still being structured, with a stand-in
//! parser the test holds: what is checked is what waits for what, never
//! how long anything takes.

use std::sync::mpsc::{channel, Receiver};
use std::sync::Mutex;
use std::time::Duration;

use super::*;
use newsreader_core::article::Article;
use newsreader_core::loader::files::LoadError;

/// Only a failing run waits this long.
const HANG: Duration = Duration::from_secs(60);

fn library(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    for name in names {
        let text = format!("Headline {name}\n\nAnn Lee said the council met.\n");
        std::fs::write(dir.path().join(name), text).unwrap_or_else(|e| panic!("{e}"));
    }
    dir
}

/// A parser that says when it starts on a file and structures it only
/// when the test lets it, logging both.
fn held_parser(
    name: &'static str,
    log: Arc<Mutex<Vec<String>>>,
) -> (Arc<Parse>, Receiver<()>, std::sync::mpsc::Sender<()>) {
    let (started_tx, started) = channel();
    let (release, released) = channel::<()>();
    let released = Mutex::new(released);
    let started_tx = Mutex::new(started_tx);
    let parse = move |path: &Path| -> Result<Vec<Article>, LoadError> {
        let note = |what: &str| {
            if let Ok(mut log) = log.lock() {
                log.push(format!("{name} {what}"));
            }
        };
        note("starts");
        let _ = started_tx.lock().map(|tx| tx.send(()));
        let _ = released.lock().map(|r| r.recv_timeout(HANG));
        note("ends");
        load_file(path)
    };
    (Arc::new(parse), started, release)
}

#[test]
fn stopping_a_run_does_not_wait_for_the_file_in_hand() {
    let dir = library(&["a.txt"]);
    let log = Arc::new(Mutex::new(Vec::new()));
    let (parse, started, release) = held_parser("first", Arc::clone(&log));
    let roots = vec![dir.path().to_path_buf()];
    let first = spawn_parsing(roots.clone(), None, None, None, parse, |_| true);
    assert!(started.recv_timeout(HANG).is_ok(), "structuring began");

    // Returns with the file still in hand (it is held until released).
    let stopping = first.stop();
    assert!(!stopping.is_finished(), "the run is still on its file");

    // A run started now begins only once the stopped one has ended.
    let (parse, second_started, second_release) = held_parser("second", Arc::clone(&log));
    let (tx, rx) = channel();
    let second = spawn_parsing(roots, None, None, Some(stopping), parse, move |m| {
        tx.send(matches!(m, IndexMsg::Done)).is_ok()
    });
    let _ = release.send(());
    assert!(
        second_started.recv_timeout(HANG).is_ok(),
        "second run began"
    );
    let _ = second_release.send(());
    let done = rx.iter().any(|done| done);
    assert!(done, "the second run went to the end");
    second.stop().wait();
    let log = log.lock().map(|l| l.clone()).unwrap_or_default();
    assert_eq!(
        log,
        ["first starts", "first ends", "second starts", "second ends"]
    );
}

fn feed(n: usize) -> String {
    let items: String = (0..n)
        .map(|i| {
            format!(
                "<item><title>Entry {i}</title><guid>g{i}</guid>\
                 <description>Body {i}, said Ann Lee.</description></item>"
            )
        })
        .collect();
    format!("<rss version=\"2.0\"><channel><title>Wire</title>{items}</channel></rss>")
}

/// One whole run over `root` with the cache at `db`: every message.
fn run_all(root: &Path, db: &Path) -> Vec<IndexMsg> {
    let msgs = Mutex::new(Vec::new());
    run(
        &[root.to_path_buf()],
        Some(db),
        None,
        &AtomicBool::new(false),
        &|m| msgs.lock().map(|mut v| v.push(m)).is_ok(),
    );
    msgs.into_inner().unwrap_or_default()
}

/// The list as the receiver ends up with it: the last `Cached` or
/// `Listed`, with the `Parsed` after it; (file name, entry, title).
fn final_list(msgs: &[IndexMsg]) -> Vec<(String, u32, String)> {
    let mut list: Vec<Option<Summary>> = Vec::new();
    for m in msgs {
        match m {
            IndexMsg::Cached(cached) => list = cached.iter().cloned().map(Some).collect(),
            IndexMsg::Listed(cached, listed) => {
                list = listed
                    .iter()
                    .map(|l| match l {
                        Listed::Known(i) => cached.get(*i).cloned(),
                        Listed::Pending(_) => None,
                    })
                    .collect()
            }
            IndexMsg::Parsed(batch) => {
                for (pos, s) in batch {
                    list[*pos] = Some(s.clone());
                }
            }
            _ => {}
        }
    }
    list.into_iter()
        .map(|s| {
            let s = s.unwrap_or_default();
            let name = s.path.file_name().map(|n| n.to_string_lossy().into_owned());
            (name.unwrap_or_default(), s.entry, s.title.to_string())
        })
        .collect()
}

#[test]
fn each_entry_of_a_feed_file_is_listed_and_cached_in_its_place() {
    let dir = library(&["a.txt", "c.txt"]);
    let db = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = db.path().join("index.db");
    let wire = dir.path().join("b.xml");
    std::fs::write(&wire, feed(3)).unwrap_or_else(|e| panic!("{e}"));
    let want = |n: usize| {
        let mut v = vec![("a.txt".to_string(), 0, "Headline a.txt".to_string())];
        v.extend((0..n).map(|i| ("b.xml".to_string(), i as u32, format!("Entry {i}"))));
        v.push(("c.txt".to_string(), 0, "Headline c.txt".to_string()));
        v
    };
    let cold = run_all(dir.path(), &db);
    assert_eq!(final_list(&cold), want(3));
    // The expanded list comes as `Cached`: a `Listed` of known rows only
    // reads to the receiver as the cache it already shows.
    let last = cold
        .iter()
        .rev()
        .find(|m| matches!(m, IndexMsg::Cached(_) | IndexMsg::Listed(..)));
    assert!(
        matches!(last, Some(IndexMsg::Cached(list)) if list.len() == 5),
        "{last:?}"
    );

    // Warm: the cache alone lists every entry, nothing is read again.
    let warm = run_all(dir.path(), &db);
    assert!(!warm.iter().any(|m| matches!(m, IndexMsg::Parsed(_))));
    assert_eq!(final_list(&warm), want(3));

    // The feed file loses an entry: its old third row goes.
    std::fs::write(&wire, feed(2)).unwrap_or_else(|e| panic!("{e}"));
    let when = std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
    std::fs::File::options()
        .write(true)
        .open(&wire)
        .and_then(|f| f.set_modified(when))
        .unwrap_or_else(|e| panic!("{e}"));
    let changed = run_all(dir.path(), &db);
    assert_eq!(final_list(&changed), want(2));
    let store = Store::open_cache(&db)
        .unwrap_or_else(|e| panic!("{e}"))
        .store;
    let rows = store.index_list().unwrap_or_default();
    assert_eq!(rows.len(), 4, "{rows:?}");
    let again = run_all(dir.path(), &db);
    assert_eq!(final_list(&again), want(2));
}
