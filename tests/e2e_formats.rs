//! A feed file in the real reader: every entry is listed, and opening one
//! shows that entry (the reader structures only the entry it opens); the
//! same feed piped to `newsreader -`.

use std::fs;

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{home_env, quote, status_line, Reader, Tmux, TIMEOUT};

const FEED: &str = r#"<rss version="2.0"><channel><title>Wire</title>
<item><title>Alpha entry</title><guid>a</guid><description>Alpha body, said Ann Lee.</description></item>
<item><title>Beta entry</title><guid>b</guid><description>&lt;p&gt;“Beta wins,” said Bo Diaz.&lt;/p&gt;</description></item>
<item><title>Gamma entry</title><guid>c</guid><description>Gamma body text.</description></item>
</channel></rss>"#;

#[test]
fn each_entry_of_a_feed_file_is_listed_and_opens_as_itself() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("wire.xml");
    fs::write(&path, FEED).unwrap_or_else(|e| panic!("{e}"));
    let reader = Reader::start(120, 20, &[&path], &[]);
    reader.go();
    let tmux = &reader.tmux;
    tmux.wait_for("all three entries listed, the first open", |s| {
        [
            "Alpha entry",
            "Beta entry",
            "Gamma entry",
            "Alpha body, said Ann Lee.",
        ]
        .iter()
        .all(|t| s.contains(t))
            && status_line(s).starts_with(" 1/3")
    });
    tmux.keys(&["j", "j"]);
    tmux.wait_for("the third entry open", |s| {
        s.contains("Gamma body text.") && status_line(s).starts_with(" 3/3")
    });
    tmux.keys(&["k"]);
    tmux.wait_for("the second entry open, its quote attributed", |s| {
        s.contains("“Beta wins,” said Bo Diaz.")
            && s.contains("Bo Diaz")
            && status_line(s).starts_with(" 2/3")
    });
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}

#[test]
fn a_feed_piped_to_the_reader_is_read_and_its_spool_removed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let feed = dir.path().join("wire.xml");
    fs::write(&feed, FEED).unwrap_or_else(|e| panic!("{e}"));
    let tmp = dir.path().join("tmp");
    fs::create_dir(&tmp).unwrap_or_else(|e| panic!("{e}"));
    let exit = dir.path().join("exit");
    let command = format!(
        "cat {} | TMPDIR={} {} {} -; echo EXIT=$? > {}",
        quote(&feed.to_string_lossy()),
        quote(&tmp.to_string_lossy()),
        home_env(&dir.path().join("home")),
        quote(env!("CARGO_BIN_EXE_newsreader")),
        quote(&exit.to_string_lossy())
    );
    let tmux = Tmux::start(120, 20, &command, &[]);
    tmux.wait_for("the piped feed listed, keys read from the terminal", |s| {
        ["Alpha entry", "Beta entry", "Gamma entry"]
            .iter()
            .all(|t| s.contains(t))
            && status_line(s).starts_with(" 1/3")
    });
    tmux.keys(&["G"]);
    tmux.wait_for("the last entry open", |s| {
        s.contains("Gamma body text.") && status_line(s).starts_with(" 3/3")
    });
    tmux.keys(&["q"]);
    let start = std::time::Instant::now();
    while !fs::read_to_string(&exit).is_ok_and(|t| t.ends_with('\n')) {
        assert!(start.elapsed() < TIMEOUT, "no exit:\n{}", tmux.capture());
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    assert_eq!(
        fs::read_to_string(&exit).unwrap_or_default().trim(),
        "EXIT=0"
    );
    let left: Vec<_> = fs::read_dir(&tmp)
        .unwrap_or_else(|e| panic!("{e}"))
        .collect();
    assert!(left.is_empty(), "the spooled input is removed: {left:?}");
}
