use std::fs;

use super::super::origin::sidecar_path;
use super::super::{load_entry, load_file, load_paths};
use super::*;

const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><guid>g1</guid><link>https://w.example/1</link>
<description>&lt;p&gt;“We will win,” said Jane Doe.&lt;/p&gt;</description></item>
<item><title>Two</title><guid>g2</guid><description>Second body.</description></item>
</channel></rss>"#;

#[test]
fn a_feed_file_gives_one_article_per_entry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wire.rss");
    fs::write(&path, RSS).unwrap();
    let articles = load_file(&path).unwrap();
    let titles: Vec<_> = articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["One", "Two"]);
    assert!(articles.iter().all(|a| a.feed.as_deref() == Some("Wire")));
    assert_eq!(articles[0].quotes[0].speaker.as_deref(), Some("Jane Doe"));
    assert_eq!(articles[0].url.as_deref(), Some("https://w.example/1"));
    // The same entry again, by place or by id; only it is structured.
    let second = load_entry(&path, 1, None).unwrap();
    assert_eq!(second, articles[1]);
    let by_id = load_entry(&path, 0, Some(&articles[1].id)).unwrap();
    assert_eq!(by_id, articles[1]);
    let gone = load_entry(&path, 0, Some("0123")).unwrap_err();
    assert!(matches!(gone, LoadError::NoSuchEntry { .. }), "{gone}");
    assert!(matches!(
        load_entry(&path, 2, None),
        Err(LoadError::NoSuchEntry { .. })
    ));
}

#[test]
fn a_feed_with_an_unknown_extension_is_sniffed_and_folders_walk_feeds() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("wire.feed");
    fs::write(&odd, RSS).unwrap();
    assert_eq!(load_file(&odd).unwrap().len(), 2);
    fs::write(dir.path().join("w.xml"), RSS).unwrap();
    // Only `w.xml` is walked: `wire.feed` is read only when named.
    let loaded = load_paths(&[dir.path()]);
    assert_eq!(loaded.articles.len(), 2, "{:?}", loaded.errors);
}

#[test]
fn malformed_and_empty_feeds_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xml");
    fs::write(
        &bad,
        "<rss version=\"2.0\"><channel><item><title>x</oops></channel>",
    )
    .unwrap();
    let err = load_file(&bad).unwrap_err();
    assert!(matches!(err, LoadError::Feed { .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.starts_with(&format!("{}: ", bad.display())), "{msg}");
    assert!(msg.contains("XML") || msg.contains("feed"), "{msg}");
    let empty = dir.path().join("empty.atom");
    fs::write(
        &empty,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Q</title></feed>",
    )
    .unwrap();
    let err = load_file(&empty).unwrap_err();
    assert!(matches!(err, LoadError::NoEntries { .. }), "{err}");
    assert!(err
        .to_string()
        .ends_with("empty.atom: a feed with no entries, skipped"));
    let json = dir.path().join("notes.json");
    fs::write(&json, "{\"not\": \"a feed\"}").unwrap();
    assert!(matches!(load_file(&json), Err(LoadError::Feed { .. })));
}

#[test]
fn markdown_and_html_files_take_their_front_ends() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("s.markdown");
    fs::write(&md, "# Heading title\n\n- one\n- two\n").unwrap();
    let a = load_file(&md).unwrap().remove(0);
    assert_eq!(
        (a.title.as_str(), a.format),
        ("Heading title", Format::Markdown)
    );
    assert_eq!(a.blocks.len(), 2);
    let html = dir.path().join("p.htm");
    fs::write(
        &html,
        "<html><body><h1>Page</h1><p>Para &amp; more.</p></body></html>",
    )
    .unwrap();
    let a = load_file(&html).unwrap().remove(0);
    assert_eq!((a.title.as_str(), a.format), ("Page", Format::Html));
    assert_eq!(a.blocks[0].text, "Para & more.");
    let txt = dir.path().join("t.txt");
    fs::write(&txt, "# Not markdown\n\nBody.").unwrap();
    assert_eq!(load_file(&txt).unwrap()[0].format, Format::Text);
}

#[test]
fn an_entry_sidecar_gives_title_author_date_and_origin() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.html");
    fs::write(&path, "<p>“We will win,” said Jane Doe.</p>").unwrap();
    let side = r#"{"content":"entry","url":"https://x.example/e","feed":"Wire",
        "entry_id":"g7","title":"From the feed","author":"Ann Reporter",
        "published":"2019-04-24T10:00:00+02:00"}"#;
    fs::write(sidecar_path(&path), side).unwrap();
    let a = load_file(&path).unwrap().remove(0);
    assert_eq!(a.title, "From the feed");
    assert_eq!(a.byline.as_deref(), Some("Ann Reporter"));
    assert_eq!(a.published.as_deref(), Some("2019-04-24T08:00:00Z"));
    assert_eq!(a.url.as_deref(), Some("https://x.example/e"));
    assert_eq!(a.feed.as_deref(), Some("Wire"));
    assert_eq!(a.entry_id.as_deref(), Some("g7"));
    assert_eq!(a.format, Format::Html);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_page_sidecar_adds_origin_but_the_page_title_wins() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.html");
    fs::write(&path, "<h1>Own title</h1><p>Body.</p>").unwrap();
    let side = r#"{"url":"https://x.example/p","feed":"Wire","entry_id":"p1",
        "title":"Feed title","published":"2020-01-01","content_type":"text/html"}"#;
    fs::write(sidecar_path(&path), side).unwrap();
    let a = load_file(&path).unwrap().remove(0);
    assert_eq!(a.title, "Own title");
    assert_eq!(a.url.as_deref(), Some("https://x.example/p"));
    assert_eq!(a.feed.as_deref(), Some("Wire"));
    assert_eq!(a.entry_id.as_deref(), Some("p1"));
    assert_eq!(a.published.as_deref(), Some("2020-01-01T00:00:00Z"));
}

#[test]
fn a_broken_or_hostile_sidecar_never_stops_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.txt");
    fs::write(&path, "Headline\n\nBody.").unwrap();
    for side in [
        "not json".to_string(),
        "{\"content\": \"nonsense\"}".to_string(),
        format!("{{\"url\": \"https://x.example/{}\"}}", "a".repeat(70_000)),
    ] {
        fs::write(sidecar_path(&path), &side).unwrap();
        let a = load_file(&path).unwrap().remove(0);
        assert_eq!((a.title.as_str(), a.url.as_deref()), ("Headline", None));
    }
    let hostile = r#"{"url":"javascript:alert(1)","feed":"Evil\u001b[2J feed","title":"x"}"#;
    fs::write(sidecar_path(&path), hostile).unwrap();
    let a = load_file(&path).unwrap().remove(0);
    assert_eq!(a.url, None, "a javascript: address is never the url");
    assert_eq!(a.feed.as_deref(), Some("Evil feed"));
    assert_eq!(a.title, "Headline", "the file's own title wins");
}
