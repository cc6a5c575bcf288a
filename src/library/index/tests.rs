//! Runs stopped while a file is still being structured, with a stand-in
//! parser the test holds: what is checked is what waits for what, never
//! how long anything takes.

use std::sync::mpsc::{channel, Receiver};
use std::sync::Mutex;
use std::time::Duration;

use super::*;
use crate::article::Article;
use crate::loader::files::LoadError;

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
