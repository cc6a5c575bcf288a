//! The library as a new user meets it: `newsreader add` fills it, and with
//! no PATH the reader and `dump` open it instead of the samples. Every run
//! gets a temporary home; the real one is never touched.

#[path = "support/tmux.rs"]
mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tmux::Reader;

struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where the XDG data dir puts the library.
    fn library(&self) -> PathBuf {
        self.path().join(".local/share/newsreader/articles")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_newsreader"))
            .args(args)
            .env("HOME", self.path())
            .env("XDG_DATA_HOME", self.path().join(".local/share"))
            .env("XDG_CONFIG_HOME", self.path().join(".config"))
            .output()
            .expect("the newsreader binary runs")
    }

    /// A sample article copied out of the repository under `name`.
    fn article(&self, sample: &str, name: &str) -> String {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("crates/core/assets/articles")
            .join(sample);
        let to = self.path().join(name);
        std::fs::copy(from, &to).unwrap();
        to.to_string_lossy().into_owned()
    }
}

fn titles(out: &Output) -> Vec<String> {
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn add_fills_the_library_that_dump_then_opens() {
    let home = Home::new();
    let samples = home.run(&["dump"]);
    assert_eq!(titles(&samples).len(), 6, "an empty library: the samples");

    let kim = home.article("kim-jong-un-vladivostok.txt", "kim");
    let out = home.run(&["add", &kim]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let library = home.library();
    assert_eq!(
        text(&out.stdout).trim(),
        format!("added 1 article to {}", library.display())
    );
    assert!(
        library.join("kim.txt").is_file(),
        "named so the reader walks it"
    );

    let dumped = home.run(&["dump"]);
    assert!(dumped.status.success());
    let titles = titles(&dumped);
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(titles[0].contains("Russian Far East"), "{titles:?}");

    let again = home.run(&["add", &kim]);
    assert!(again.status.success());
    assert!(text(&again.stdout).contains("(1 already there)"));
}

#[test]
fn add_refuses_what_is_not_an_article_and_says_which() {
    let home = Home::new();
    let empty = home.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let good = home.article("kim-jong-un-vladivostok.txt", "good.txt");
    let out = home.run(&["add", empty.to_str().unwrap(), &good]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
    assert!(
        text(&out.stdout).contains("added 1 article"),
        "the good one still goes in"
    );
    assert!(!home.library().join("empty.txt").exists());

    let usage = home.run(&["add"]);
    assert_eq!(usage.status.code(), Some(2), "add needs a FILE");
}

#[test]
fn the_reader_opens_the_library_and_r_picks_up_new_files() {
    let home = Home::new();
    let kim = home.article("kim-jong-un-vladivostok.txt", "kim.txt");
    assert!(home.run(&["add", &kim]).status.success());

    let reader = Reader::start_at(Some(home.path()), 120, 30, &[], &[]);
    reader.go();
    let tmux = &reader.tmux;
    // The article is read off the reader's thread: wait for its text too.
    tmux.wait_for("the library", |s| {
        s.contains("Articles 1/1") && s.contains("Russian Far East")
    });

    let ford = home.article("013_voa_gerald-ford-unelected.txt", "ford.txt");
    assert!(home.run(&["add", &ford]).status.success());
    tmux.keys(&["r"]);
    let status = tmux.wait_status("reloaded: 1 new");
    assert!(!status.is_empty());
    // The new file sorts first; the article being read stays selected.
    let screen = tmux.wait_for("both articles", |s| s.contains("Articles 2/2"));
    assert!(screen.contains("Gerald Ford"), "{screen}");
    assert!(screen.contains("Russian Far East"), "{screen}");
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}
