//! The workers against files that are slow or huge, with a stand-in
//! parser the test controls: nothing here depends on how fast the machine
//! is, only on what the parser is waiting for.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::mpsc::channel;
use std::sync::Arc;

use super::*;

/// Long enough for a loaded machine; only a failing run waits this long.
const HANG: Duration = Duration::from_secs(60);

fn todo(files: &[(&str, u64)]) -> Vec<(usize, Arc<Path>, u64, i64)> {
    files
        .iter()
        .enumerate()
        .map(|(i, (name, size))| (i, Path::new(name).into(), *size, 1))
        .collect()
}

fn article(path: &Path) -> Article {
    newsreader_core::loader::parse(
        &path.to_string_lossy(),
        "Headline\n\nAnn Lee said the council met.\n",
    )
}

#[test]
fn done_files_are_handed_on_while_a_slow_one_is_still_structured() {
    let (release, released) = channel::<()>();
    let released = Mutex::new(released);
    // `slow.txt` is structured only once the test has seen the others.
    let parse = move |path: &Path| -> Result<Vec<Article>, LoadError> {
        if path == Path::new("slow.txt") {
            let _ = released.lock().map(|r| r.recv_timeout(HANG));
        }
        Ok(vec![article(path)])
    };
    let files = todo(&[("slow.txt", 10), ("a.txt", 10), ("b.txt", 10)]);
    let (seen_tx, seen_rx) = channel::<Vec<usize>>();
    let stop = AtomicBool::new(false);
    thread::scope(|scope| {
        scope.spawn(|| {
            structure(
                &files,
                None,
                &WriteFailures::default(),
                &stop,
                &parse,
                2,
                |batch, _, _| {
                    let _ = seen_tx.send(batch.iter().map(|(pos, _)| *pos).collect());
                    true
                },
            )
        });
        let mut seen = Vec::new();
        while seen.len() < 2 {
            match seen_rx.recv_timeout(HANG) {
                Ok(batch) => seen.extend(batch),
                Err(_) => break,
            }
        }
        let _ = release.send(());
        seen.sort_unstable();
        assert_eq!(seen, [1, 2], "a.txt and b.txt before slow.txt");
        let rest = seen_rx.recv_timeout(HANG).unwrap_or_default();
        assert_eq!(rest, [0], "slow.txt comes last");
    });
}

/// The most file bytes that were being structured at once, when files
/// start in pairs: each parse waits (up to `linger`) until a second file
/// has started beside it.
fn most_bytes_at_once(files: &[(&str, u64)], workers: usize, linger: Duration) -> u64 {
    let sizes: HashMap<PathBuf, u64> = files.iter().map(|(n, s)| (PathBuf::from(n), *s)).collect();
    let now = AtomicU64::new(0);
    let most = AtomicU64::new(0);
    let started = Mutex::new(0u64);
    let more = Condvar::new();
    let parse = |path: &Path| -> Result<Vec<Article>, LoadError> {
        let size = sizes.get(path).copied().unwrap_or(0);
        let at = now.fetch_add(size, Ordering::SeqCst) + size;
        most.fetch_max(at, Ordering::SeqCst);
        let mut count = started.lock().unwrap_or_else(|p| p.into_inner());
        *count += 1;
        let pair_end = count.div_ceil(2) * 2;
        more.notify_all();
        // The gate must be what keeps a second file out, not luck.
        let _ = more.wait_timeout_while(count, linger, |c| *c < pair_end);
        now.fetch_sub(size, Ordering::SeqCst);
        Ok(vec![article(path)])
    };
    let stop = AtomicBool::new(false);
    let mut handed = 0;
    structure(
        &todo(files),
        None,
        &WriteFailures::default(),
        &stop,
        &parse,
        workers,
        |batch, _, _| {
            handed += batch.len();
            true
        },
    );
    assert_eq!(handed, files.len(), "every file is structured");
    most.load(Ordering::SeqCst)
}

#[test]
fn huge_files_are_structured_one_at_a_time() {
    let huge = 6 * 1024 * 1024;
    let files = [("h1", huge), ("h2", huge), ("h3", huge), ("h4", huge)];
    let most = most_bytes_at_once(&files, 4, Duration::from_millis(200));
    assert_eq!(most, huge, "never two 6 MB files at once");
}

#[test]
fn small_files_still_use_every_worker() {
    // The budget bounds bytes, not count: small files go side by side
    // (each parse waits until another has started).
    let files = [("a", 1000), ("b", 1000), ("c", 1000), ("d", 1000)];
    let most = most_bytes_at_once(&files, 2, HANG);
    assert_eq!(most, 2000);
}

#[test]
fn the_gate_lets_a_file_over_budget_in_alone() {
    let gate = Gate::new(100);
    let stop = AtomicBool::new(false);
    let big = gate.take(500, &stop);
    assert!(big.is_some(), "nothing held: anything fits");
    stop.store(true, Ordering::SeqCst);
    assert!(gate.take(1, &stop).is_none(), "a stopped run takes nothing");
    drop(big);
    assert!(gate.take(100, &stop).is_some(), "given back on drop");
}

#[test]
fn a_stop_while_slow_files_are_in_hand_ends_the_workers_after_them() {
    let stop = Arc::new(AtomicBool::new(false));
    let calls = AtomicUsize::new(0);
    let parse = |path: &Path| -> Result<Vec<Article>, LoadError> {
        calls.fetch_add(1, Ordering::SeqCst);
        stop.store(true, Ordering::SeqCst);
        Ok(vec![article(path)])
    };
    let files = todo(&[("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1)]);
    structure(
        &files,
        None,
        &WriteFailures::default(),
        &stop,
        &parse,
        1,
        |_, _, _| true,
    );
    assert_eq!(calls.load(Ordering::SeqCst), 1, "no file after the stop");
}
