//! A feed file in the real reader: every entry is listed, and opening one
//! shows that entry (the reader structures only the entry it opens).

use std::fs;

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{status_line, Reader};

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
