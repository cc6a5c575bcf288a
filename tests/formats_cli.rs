//! Every input format through the real binary: feeds, pages, Markdown and
//! standard input (`-`) for `dump` and `add`, and the origin fields the
//! dump JSON gained (`url`, `feed`, `published`, `format`).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Wire</title>
<item><title>Council votes</title><link>https://w.example/1</link><guid>g1</guid>
<pubDate>Wed, 24 Apr 2019 08:00:00 GMT</pubDate>
<description>&lt;p&gt;“We will win,” said Jane Doe.&lt;/p&gt;</description></item>
<item><title>Second</title><link>javascript:alert(1)</link><guid>g2</guid>
<description>Another body.</description></item>
</channel></rss>"#;

/// The binary in a fresh home, `stdin` on its standard input.
fn run(home: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsreader binary runs");
    let mut pipe = child.stdin.take().expect("stdin piped");
    let input = stdin.to_vec();
    // Written from another thread, so a large output never deadlocks.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("it ends");
    let _ = writer.join();
    out
}

fn articles(out: &Output) -> Vec<Value> {
    let doc: Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    doc["articles"].as_array().expect("articles").clone()
}

#[test]
fn a_feed_on_standard_input_dumps_one_article_per_entry_with_its_origin() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["dump", "-"], RSS.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a = articles(&out);
    assert_eq!(a.len(), 2);
    assert_eq!(a[0]["source"], "-");
    assert_eq!(a[0]["title"], "Council votes");
    assert_eq!(a[0]["format"], "rss");
    assert_eq!(a[0]["feed"], "The Wire");
    assert_eq!(a[0]["url"], "https://w.example/1");
    assert_eq!(a[0]["published"], "2019-04-24T08:00:00Z");
    assert_eq!(a[0]["entry_id"], "g1");
    assert_eq!(a[0]["quotes"][0]["speaker"], "Jane Doe");
    assert_eq!(a[1]["url"], Value::Null, "a javascript: link is no url");
    assert_eq!(a[1]["published"], Value::Null);
}

#[test]
fn text_and_samples_have_null_origins_and_format_text() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        home.path(),
        &["dump", "-"],
        b"Headline\n\nSome body text.\n",
    );
    let a = articles(&out);
    assert_eq!(a.len(), 1);
    for field in ["url", "feed", "published"] {
        assert_eq!(a[0][field], Value::Null, "{field}");
    }
    assert_eq!(a[0]["format"], "text");
    let samples = run(home.path(), &["dump"], b"");
    for a in articles(&samples) {
        assert_eq!(a["format"], "text");
        for field in ["url", "feed", "published"] {
            assert!(a.get(field).is_some_and(Value::is_null), "{field}: {a}");
        }
    }
}

#[test]
fn html_on_standard_input_is_sniffed_and_markdown_is_known_by_name() {
    let home = tempfile::tempdir().unwrap();
    let page = b"<!DOCTYPE html><html><body><h1>Page title</h1><p>Body.</p></body></html>";
    let a = articles(&run(home.path(), &["dump", "-"], page));
    assert_eq!(
        (a[0]["format"].as_str(), a[0]["title"].as_str()),
        (Some("html"), Some("Page title"))
    );
    let md = home.path().join("story.md");
    std::fs::write(&md, "# Story title\n\n- a list item\n").unwrap();
    let a = articles(&run(home.path(), &["dump", &md.to_string_lossy()], b""));
    assert_eq!(a[0]["format"], "markdown");
    assert_eq!(a[0]["title"], "Story title");
    assert_eq!(a[0]["blocks"][0]["text"], "a list item");
}

#[test]
fn bad_feeds_are_named_and_fail() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        home.path(),
        &["dump", "-"],
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("-: "), "names standard input: {stderr}");
    let empty = home.path().join("quiet.xml");
    std::fs::write(
        &empty,
        "<rss version=\"2.0\"><channel><title>Q</title></channel></rss>",
    )
    .unwrap();
    let out = run(home.path(), &["dump", &empty.to_string_lossy()], b"");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("quiet.xml: a feed with no entries"),
        "{stderr}"
    );
}

#[test]
fn add_from_standard_input_stores_the_sniffed_format() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["add", "-"], RSS.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let library = home.path().join("data/newsreader/articles");
    let names: Vec<String> = std::fs::read_dir(&library)
        .unwrap_or_else(|e| panic!("{}: {e}", library.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["council-votes.xml"]);
    // And the library reads it back as the feed it is.
    let a = articles(&run(home.path(), &["dump"], b""));
    assert_eq!(a.len(), 2);
    assert_eq!(a[1]["title"], "Second");
}

#[test]
fn a_json_feed_on_standard_input_is_sniffed() {
    let home = tempfile::tempdir().unwrap();
    let feed = br#"{"version": "https://jsonfeed.org/version/1.1", "title": "J",
        "items": [{"id": "1", "title": "Item one", "content_html": "<p>Body.</p>",
                   "date_published": "2022-02-03T04:05:06Z"}]}"#;
    let out = run(home.path(), &["dump", "-"], feed);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a = articles(&out);
    assert_eq!(a[0]["format"], "json-feed");
    assert_eq!(a[0]["feed"], "J");
    assert_eq!(a[0]["published"], "2022-02-03T04:05:06Z");
    assert_eq!(a[0]["blocks"][0]["text"], "Body.");
}
