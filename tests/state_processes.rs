//! The reading-state database shared by several processes: two writing at
//! once, and one killed mid-write. Every file lives under a
//! `tempfile::tempdir()`, never the real home.
//!
//! The other processes are this same executable started again with an
//! environment variable naming its part. That is why this target has its
//! own `main` (`harness = false` in Cargo.toml): the child parts are entry
//! points, not tests, so they never run, pass or count as a test on their
//! own. Arguments that do not start with `-` select tests by substring,
//! as with the standard harness.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};

use newsreader::store::{ArticleState, Change, Store, Update};

#[path = "support/store.rs"]
mod store;
use store::{open_clean, pos, up};

/// Set in a child to `PATH,PREFIX`: be one of the two writers.
const CHILD_WRITER: &str = "NEWSREADER_TEST_CHILD";
/// Set in a child to `PATH`: write until killed.
const CHILD_KILLED: &str = "NEWSREADER_TEST_KILLED";
/// Set in a child (to anything): open each path read from stdin.
const CHILD_OPENER: &str = "NEWSREADER_TEST_OPENER";

const TESTS: &[(&str, fn())] = &[
    (
        "two_processes_creating_one_file_at_once_both_open_it",
        two_processes_creating_one_file_at_once_both_open_it,
    ),
    (
        "two_processes_writing_at_once_lose_nothing",
        two_processes_writing_at_once_lose_nothing,
    ),
    (
        "a_kill_mid_write_loses_nothing_reported_saved",
        a_kill_mid_write_loses_nothing_reported_saved,
    ),
];

fn main() -> ExitCode {
    if let Ok(spec) = std::env::var(CHILD_WRITER) {
        child_writer(&spec);
        return ExitCode::SUCCESS;
    }
    if let Ok(path) = std::env::var(CHILD_KILLED) {
        child_killed(&path);
        return ExitCode::SUCCESS;
    }
    if std::env::var_os(CHILD_OPENER).is_some() {
        child_opener();
        return ExitCode::SUCCESS;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let exact = args.iter().any(|a| a == "--exact");
    let chosen: Vec<_> = TESTS
        .iter()
        .filter(|(name, _)| {
            filters.is_empty()
                || filters.iter().any(|f| {
                    if exact {
                        name == f
                    } else {
                        name.contains(f.as_str())
                    }
                })
        })
        .collect();
    if args.iter().any(|a| a == "--list") {
        for (name, _) in &chosen {
            println!("{name}: test");
        }
        return ExitCode::SUCCESS;
    }
    println!("\nrunning {} tests", chosen.len());
    let mut failed = Vec::new();
    for (name, test) in &chosen {
        let ok = catch_unwind(AssertUnwindSafe(test)).is_ok();
        println!("test {name} ... {}", if ok { "ok" } else { "FAILED" });
        if !ok {
            failed.push(*name);
        }
    }
    let result = if failed.is_empty() { "ok" } else { "FAILED" };
    println!(
        "\ntest result: {result}. {} passed; {} failed\n",
        chosen.len() - failed.len(),
        failed.len()
    );
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        for name in failed {
            println!("failed: {name}");
        }
        ExitCode::FAILURE
    }
}

/// This executable again, as the child part `env`.
fn spawn_child(env: &str, value: &str) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .env(env, value)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn child")
}

/// Read the child's stdout until a line equal to `want`.
fn wait_for_line(lines: &mut impl Iterator<Item = std::io::Result<String>>, want: &str) {
    for line in lines {
        if line.unwrap().trim_end() == want {
            return;
        }
    }
    panic!("child ended before printing {want:?}");
}

fn say(line: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{line}").unwrap();
    out.flush().unwrap();
}

fn wait_for_go() {
    let mut go = String::new();
    std::io::stdin().read_line(&mut go).unwrap();
}

// ---- Two processes at once --------------------------------------------

/// Child part of [`two_processes_creating_one_file_at_once_both_open_it`]:
/// for each path read from stdin, open the store there and say how that
/// went in one line.
fn child_opener() {
    for path in std::io::stdin().lines() {
        let path = path.unwrap();
        let line = match Store::open(Path::new(&path)) {
            Ok(opened) => match opened.notice {
                None => "opened".to_string(),
                Some(notice) => format!("notice: {notice}"),
            },
            Err(e) => format!("error: {e}"),
        };
        say(&line);
    }
}

/// Two newsreaders started at once, with no state file yet: both create
/// it, and both must open it as a good, fresh file (no error, and neither
/// takes the other's half-made file for a broken one and moves it aside).
/// Many fresh files per run, each given to both children at once, as the
/// race is narrow.
fn two_processes_creating_one_file_at_once_both_open_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut children: Vec<(Child, _)> = (0..2)
        .map(|_| {
            let mut child = spawn_child(CHILD_OPENER, "1");
            let lines = BufReader::new(child.stdout.take().unwrap()).lines();
            (child, lines)
        })
        .collect();
    for round in 0..25 {
        let db = dir.path().join(format!("{round}/state.db"));
        for (child, _) in &mut children {
            writeln!(child.stdin.as_mut().unwrap(), "{}", db.display()).unwrap();
        }
        for (_, lines) in &mut children {
            let line = lines.next().expect("a line from the child").unwrap();
            assert_eq!(line, "opened", "round {round}");
        }
    }
    for (mut child, _) in children {
        drop(child.stdin.take());
        assert!(child.wait().unwrap().success());
    }
}

const PER_CHILD: usize = 300;

/// What child `prefix` writes: its own ids, plus on shared ids a field
/// that depends on which child it is, so the two touch the same rows.
fn child_updates(prefix: &str) -> Vec<Update> {
    (0..PER_CHILD)
        .map(|i| {
            if i % 2 == 0 {
                up(format!("{prefix}-{i}"), Change::Position(pos(i, i + 1)))
            } else if prefix == "a" {
                up(format!("shared-{i}"), Change::Starred(true))
            } else {
                up(format!("shared-{i}"), Change::Read(true))
            }
        })
        .collect()
}

/// Child part of [`two_processes_writing_at_once_lose_nothing`]: say
/// "started", wait for a line, open (so both open at once), say "ready",
/// wait for a line, then write in batches of one to three updates.
fn child_writer(spec: &str) {
    let (path, prefix) = spec.split_once(',').expect("PATH,PREFIX");
    say("started");
    wait_for_go();
    // A file the other child is creating is never taken for a broken one.
    let mut store = open_clean(Path::new(path));
    say("ready");
    wait_for_go();
    let updates = child_updates(prefix);
    // Many small transactions of 1, 2 or 3 updates.
    let mut rest = &updates[..];
    let mut size = 1;
    while !rest.is_empty() {
        let (batch, tail) = rest.split_at(size.min(rest.len()));
        store.apply(batch).expect("child apply");
        rest = tail;
        size = size % 3 + 1;
    }
    say("done");
}

fn two_processes_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // Neither child finds a database: they also race to create it.
    let db = dir.path().join("state.db");
    let mut children: Vec<(Child, _)> = ["a", "b"]
        .iter()
        .map(|prefix| {
            let mut child = spawn_child(CHILD_WRITER, &format!("{},{prefix}", db.display()));
            let lines = BufReader::new(child.stdout.take().unwrap()).lines();
            (child, lines)
        })
        .collect();
    // Each step starts in both children together: first creating and
    // opening the one file, then writing to it.
    for (before, after) in [("started", "ready"), ("ready", "done")] {
        for (_, lines) in &mut children {
            wait_for_line(lines, before);
        }
        for (child, _) in &mut children {
            writeln!(child.stdin.as_mut().unwrap(), "go").unwrap();
        }
        if after == "done" {
            for (child, lines) in &mut children {
                wait_for_line(lines, after);
                assert!(child.wait().unwrap().success());
            }
        }
    }

    let s = open_clean(&db);
    let all = s.load_all().unwrap();
    let mut want: HashMap<String, ArticleState> = HashMap::new();
    for prefix in ["a", "b"] {
        for u in child_updates(prefix) {
            let e = want.entry(u.key).or_default();
            match u.change {
                Change::Read(v) => e.read = v,
                Change::Starred(v) => e.starred = v,
                Change::Position(p) => e.position = p,
                Change::Adopt(s) => *e = s,
                Change::Hash => {}
            }
        }
    }
    assert_eq!(all.len(), want.len());
    for (id, w) in &want {
        assert_eq!(all.get(id), Some(*w), "{id}");
    }
}

// ---- Killed mid-write -------------------------------------------------

/// Child part of [`a_kill_mid_write_loses_nothing_reported_saved`]: write
/// one update per transaction forever, printing how many are committed
/// after each.
fn child_killed(path: &str) {
    let mut store = Store::open(Path::new(path)).expect("child open").store;
    for n in 0usize.. {
        store
            .apply(&[
                up(format!("k-{n}"), Change::Read(true)),
                up(format!("k-{n}"), Change::Position(pos(n, n))),
            ])
            .expect("child apply");
        say(&format!("committed {}", n + 1));
    }
}

fn a_kill_mid_write_loses_nothing_reported_saved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let mut child = spawn_child(CHILD_KILLED, &db.display().to_string());
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut reported = 0;
    while reported < 200 {
        let line = lines.next().expect("child still writing").unwrap();
        if let Some((_, n)) = line.split_once("committed ") {
            reported = n.trim().parse().unwrap();
        }
    }
    // SIGKILL on Unix: no destructors, no checkpoint, mid-transaction.
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        PathBuf::from(format!("{}-wal", db.display())).exists(),
        "the kill should leave a -wal behind to recover from"
    );

    let s = open_clean(&db);
    let all = s.load_all().unwrap();
    assert!(all.len() >= reported, "{} < {reported}", all.len());
    for n in 0..reported {
        assert_eq!(
            all.get(&format!("k-{n}")),
            Some(ArticleState {
                read: true,
                starred: false,
                position: pos(n, n)
            }),
            "k-{n}"
        );
    }
}
