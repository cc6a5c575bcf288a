//! `newsreader feeds …` through the real binary, in a fresh home each: the
//! urls file a person edits and the commands that edit it, OPML in and out.
//! No network: nothing here fetches.

#[path = "support/cli.rs"]
mod cli;

use std::path::{Path, PathBuf};
use std::process::Output;

use cli::{ok, stderr, stdout};

fn run(home: &Path, args: &[&str]) -> Output {
    cli::newsreader(home, args)
}

fn urls_file(home: &Path) -> PathBuf {
    home.join("config/newsreader/urls")
}

#[test]
fn add_list_remove_keep_the_users_comments() {
    let home = tempfile::tempdir().unwrap();
    let urls = urls_file(home.path());
    std::fs::create_dir_all(urls.parent().unwrap()).unwrap();
    let mine = "# my feeds, by hand\n\nhttps://kept.example/rss  local   # my note\n";
    std::fs::write(&urls, mine).unwrap();

    ok(&run(
        home.path(),
        &[
            "feeds",
            "add",
            "https://a.example/feed.xml",
            "--tag",
            "news",
            "--tag",
            "long reads",
        ],
    ));
    let text = std::fs::read_to_string(&urls).unwrap();
    assert_eq!(
        text,
        format!("{mine}https://a.example/feed.xml news \"long reads\"\n")
    );

    let listed = run(home.path(), &["feeds", "list"]);
    ok(&listed);
    let shown = stdout(&listed);
    assert!(shown.contains("https://kept.example/rss"), "{shown}");
    assert!(shown.contains("https://a.example/feed.xml"), "{shown}");
    assert!(shown.contains("[news, long reads]"), "{shown}");
    assert!(shown.contains("never fetched"), "{shown}");

    ok(&run(
        home.path(),
        &["feeds", "remove", "https://kept.example/rss"],
    ));
    let text = std::fs::read_to_string(&urls).unwrap();
    assert_eq!(
        text,
        "# my feeds, by hand\n\nhttps://a.example/feed.xml news \"long reads\"\n"
    );
}

#[test]
fn duplicates_and_non_web_addresses_are_refused_with_a_reason() {
    let home = tempfile::tempdir().unwrap();
    ok(&run(
        home.path(),
        &["feeds", "add", "https://a.example/rss"],
    ));
    let again = run(home.path(), &["feeds", "add", "https://a.example/rss"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("https://a.example/rss is already subscribed"),
        "{}",
        stderr(&again)
    );
    for bad in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "example.com/rss",
    ] {
        let out = run(home.path(), &["feeds", "add", bad]);
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(stderr(&out).contains("http"), "{bad}: {}", stderr(&out));
    }
    let gone = run(home.path(), &["feeds", "remove", "https://b.example/rss"]);
    assert_eq!(gone.status.code(), Some(1));
    assert!(stderr(&gone).contains("not subscribed"));
    let text = std::fs::read_to_string(urls_file(home.path())).unwrap();
    assert_eq!(text, "https://a.example/rss\n");
}

#[test]
fn a_broken_line_is_named_and_the_others_still_work() {
    let home = tempfile::tempdir().unwrap();
    let urls = urls_file(home.path());
    std::fs::create_dir_all(urls.parent().unwrap()).unwrap();
    std::fs::write(
        &urls,
        "https://a.example/rss\nftp://old.example/feed\nhttps://b.example/rss \"unclosed\n\u{1b}[31mhttps://c.example\n",
    )
    .unwrap();
    let out = run(home.path(), &["feeds", "list"]);
    ok(&out);
    let err = stderr(&out);
    let name = urls.display().to_string();
    assert!(err.contains(&format!("{name}:2: ")), "{err}");
    assert!(
        err.contains(&format!("{name}:3: a quote is not closed")),
        "{err}"
    );
    assert!(err.contains(&format!("{name}:4: ")), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "escapes are shown, not sent: {err:?}"
    );
    assert!(stdout(&out).contains("https://a.example/rss"));
    // Adding keeps the broken lines for the person to fix.
    ok(&run(
        home.path(),
        &["feeds", "add", "https://d.example/rss"],
    ));
    let text = std::fs::read_to_string(&urls).unwrap();
    assert!(
        text.starts_with("https://a.example/rss\nftp://old.example/feed\n"),
        "{text}"
    );
    assert!(text.ends_with("https://d.example/rss\n"));
}

const OPML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>From another reader</title></head>
  <body>
    <outline text="News">
      <outline text="World">
        <outline type="rss" text="A" xmlUrl="https://a.example/rss"/>
      </outline>
      <outline type="rss" text="B" xmlUrl="https://b.example/atom.xml"/>
    </outline>
    <outline type="rss" text="C &amp; D" xmlUrl="https://c.example/feed.json?x=1&amp;y=2"/>
    <outline type="rss" text="Local" xmlUrl="file:///home/me/feed.xml"/>
  </body>
</opml>"#;

#[test]
fn import_makes_folders_tags_and_skips_what_is_there() {
    let home = tempfile::tempdir().unwrap();
    ok(&run(
        home.path(),
        &["feeds", "add", "https://b.example/atom.xml"],
    ));
    let opml = home.path().join("subs.opml");
    std::fs::write(&opml, OPML).unwrap();
    let out = run(home.path(), &["feeds", "import", opml.to_str().unwrap()]);
    ok(&out);
    assert!(
        stdout(&out).contains("imported 2 feeds"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("(1 already subscribed)"),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("file:///home/me/feed.xml"),
        "{}",
        stderr(&out)
    );
    let text = std::fs::read_to_string(urls_file(home.path())).unwrap();
    assert_eq!(
        text,
        "https://b.example/atom.xml\nhttps://a.example/rss News World\nhttps://c.example/feed.json?x=1&y=2\n"
    );
    // Importing again adds nothing.
    let out = run(home.path(), &["feeds", "import", opml.to_str().unwrap()]);
    assert!(
        stdout(&out).contains("imported 0 feeds"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn export_then_import_gives_the_same_subscriptions() {
    let home = tempfile::tempdir().unwrap();
    ok(&run(
        home.path(),
        &[
            "feeds",
            "add",
            "https://a.example/rss",
            "-t",
            "news",
            "-t",
            "a \"b\" & <c>",
        ],
    ));
    ok(&run(
        home.path(),
        &["feeds", "add", "https://b.example/atom?x=1&y=2"],
    ));
    ok(&run(
        home.path(),
        &[
            "feeds",
            "add",
            "http://c.example/feed",
            "-t",
            "a \"b\" & <c>",
        ],
    ));
    let exported = run(home.path(), &["feeds", "export"]);
    ok(&exported);
    let doc = stdout(&exported);
    assert!(
        doc.starts_with("<?xml") && doc.contains("<opml version=\"2.0\">"),
        "{doc}"
    );

    let other = tempfile::tempdir().unwrap();
    let opml = other.path().join("out.opml");
    std::fs::write(&opml, &doc).unwrap();
    ok(&run(
        other.path(),
        &["feeds", "import", opml.to_str().unwrap()],
    ));
    let mut before: Vec<String> = std::fs::read_to_string(urls_file(home.path()))
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let mut after: Vec<String> = std::fs::read_to_string(urls_file(other.path()))
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    before.sort();
    after.sort();
    assert_eq!(before, after);
}

#[test]
fn a_broken_opml_file_is_named() {
    let home = tempfile::tempdir().unwrap();
    let opml = home.path().join("broken.opml");
    std::fs::write(&opml, "<opml><body><outline text=\"x></body>").unwrap();
    let out = run(home.path(), &["feeds", "import", opml.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("broken.opml"), "{}", stderr(&out));
    assert!(!urls_file(home.path()).exists());
}
