//! `newsreader refresh` and `add URL` through the real binary, against
//! feeds and pages served on 127.0.0.1 by the test itself: what is saved
//! where, what is fetched and what is not, conditional GETs, duplicates,
//! failing feeds among good ones, a huge feed.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/http.rs"]
mod http;
#[path = "feeds_refresh/later.rs"]
mod later;

use std::path::{Path, PathBuf};
use std::process::Output;

use cli::{ok, stderr, stdout};

use http::{Reply, Server};
use newsreader::loader::files::origin::{sidecar_path, Content, Origin};

fn run(home: &Path, args: &[&str]) -> Output {
    cli::newsreader(home, args)
}

fn library(home: &Path) -> PathBuf {
    home.join("data/newsreader/articles")
}

fn subscribe(home: &Path, url: &str) {
    ok(&run(home, &["feeds", "add", url]));
}

/// Every saved article under `dir` (recursively), sorted, with its sidecar.
fn saved(dir: &Path) -> Vec<(PathBuf, Origin)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "html") {
                let meta = std::fs::read(sidecar_path(&path))
                    .unwrap_or_else(|_| panic!("{} has no sidecar", path.display()));
                let origin: Origin = serde_json::from_slice(&meta).unwrap();
                out.push((path, origin));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn para(n: usize) -> String {
    (0..n)
        .map(|i| format!("<p>Paragraph {i} of the whole story, with words.</p>"))
        .collect()
}

/// RSS 2.0 whose entries carry the whole story in `content:encoded`.
fn rss_full(title: &str, items: &[(&str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(guid, link)| {
            format!(
                "<item><title>Story {guid}</title><guid>{guid}</guid><link>{link}</link>\
                 <description>Teaser {guid}</description>\
                 <content:encoded><![CDATA[{}]]></content:encoded></item>",
                para(3)
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\
         <title>{title}</title><link>http://example.invalid/</link>{items}</channel></rss>"
    )
}

/// Atom whose entries carry only a one-line summary.
fn atom_summaries(title: &str, entries: &[(&str, &str)]) -> String {
    let entries: String = entries
        .iter()
        .map(|(id, link)| {
            format!(
                "<entry><id>{id}</id><title>Summary {id}</title><link href=\"{link}\"/>\
                 <updated>2026-12-01T10:00:00Z</updated><author><name>Ada</name></author>\
                 <summary>Only a teaser.</summary></entry>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <title>{title}</title><id>urn:feed</id><updated>2026-12-01T10:00:00Z</updated>\
         {entries}</feed>"
    )
}

fn page(title: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{}</article></body></html>",
        para(4)
    )
}

#[test]
fn full_content_is_saved_as_is_and_summaries_fetch_their_page() {
    let server = Server::start();
    let (p1, p2, p3) = (server.url("/p1"), server.url("/p2"), server.url("/p3"));
    server.route(
        "/full.rss",
        Reply::ok(rss_full("Full Feed", &[("r1", &p3)])).header("ETag", "\"r\""),
    );
    server.route(
        "/short.atom",
        Reply::ok(atom_summaries("Short Feed", &[("a1", &p1), ("a2", &p2)])),
    );
    let json = format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Json Feed","items":[
            {{"id":"j1","url":"{}","title":"Json one","content_html":"{}"}}]}}"#,
        server.url("/p4"),
        para(3)
    );
    server.route("/feed.json", Reply::ok(json));
    server.route(
        "/p1",
        Reply::ok(page("Page one")).header("Content-Type", "text/html; charset=iso-8859-1"),
    );
    server.route("/p2", Reply::ok(page("Page two")).header("ETag", "\"p2\""));
    let home = tempfile::tempdir().unwrap();
    for path in ["/full.rss", "/short.atom", "/feed.json"] {
        subscribe(home.path(), &server.url(path));
    }
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    let lines = stdout(&out);
    assert_eq!(
        lines,
        "Full Feed: 1 new\nShort Feed: 2 new\nJson Feed: 1 new\n",
        "{}",
        stderr(&out)
    );
    // Pages fetched for the summaries only.
    assert_eq!(server.requests_to("/p1").len(), 1);
    assert_eq!(server.requests_to("/p2").len(), 1);
    assert!(server.requests_to("/p3").is_empty());
    assert!(server.requests_to("/p4").is_empty());

    let all = saved(&library(home.path()).join("feeds"));
    assert_eq!(all.len(), 4);
    let by_id = |id: &str| {
        all.iter()
            .find(|(_, o)| o.entry_id.as_deref() == Some(id))
            .unwrap_or_else(|| panic!("{id} saved"))
    };
    let (path, origin) = by_id("r1");
    assert_eq!(origin.content, Content::Entry);
    assert_eq!(origin.feed.as_deref(), Some("Full Feed"));
    assert_eq!(
        origin.feed_url.as_deref(),
        Some(server.url("/full.rss").as_str())
    );
    assert_eq!(origin.title.as_deref(), Some("Story r1"));
    assert!(std::fs::read_to_string(path)
        .unwrap()
        .contains("Paragraph 2"));
    let (path, origin) = by_id("a1");
    assert_eq!(origin.content, Content::Page);
    assert_eq!(origin.url.as_deref(), Some(p1.as_str()));
    assert_eq!(origin.author.as_deref(), Some("Ada"));
    assert_eq!(origin.published.as_deref(), Some("2026-12-01T10:00:00Z"));
    assert_eq!(
        origin.content_type.as_deref(),
        Some("text/html; charset=iso-8859-1")
    );
    assert!(origin.fetched.is_some());
    assert_eq!(std::fs::read_to_string(path).unwrap(), page("Page one"));
    assert_eq!(by_id("a2").1.etag.as_deref(), Some("\"p2\""));
    assert_eq!(by_id("j1").1.content, Content::Entry);
    // Each feed in a folder of its own, names safe and distinct.
    let folders: std::collections::HashSet<_> = all
        .iter()
        .map(|(p, _)| p.parent().unwrap().to_path_buf())
        .collect();
    assert_eq!(folders.len(), 3);
}

#[test]
fn the_second_refresh_is_a_304_and_saves_nothing() {
    let server = Server::start();
    server.route(
        "/full.rss",
        Reply::ok(rss_full(
            "Full Feed",
            &[("r1", "http://x.invalid/1"), ("r2", "http://x.invalid/2")],
        ))
        .header("ETag", "\"v1\""),
    );
    let home = tempfile::tempdir().unwrap();
    subscribe(home.path(), &server.url("/full.rss"));
    ok(&run(home.path(), &["refresh"]));
    let first = saved(&library(home.path()));
    assert_eq!(first.len(), 2);
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    assert_eq!(stdout(&out), "Full Feed: no change\n");
    let requests = server.requests_to("/full.rss");
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("If-None-Match"), None);
    assert_eq!(requests[1].header("If-None-Match"), Some("\"v1\""));
    assert_eq!(saved(&library(home.path())), first);
    let list = stdout(&run(home.path(), &["feeds", "list"]));
    assert!(list.starts_with("Full Feed\n"), "{list}");
    assert!(list.contains("2 articles saved"), "{list}");
    assert!(list.contains("last fetch 20"), "{list}");
}

#[test]
fn an_entry_seen_twice_is_stored_once() {
    let server = Server::start();
    // No validators: every refresh gets the whole feed again.
    server.route(
        "/a.rss",
        Reply::ok(rss_full(
            "A",
            &[
                ("same", "http://x.invalid/1"),
                ("same", "http://x.invalid/1"),
            ],
        )),
    );
    // Another feed carrying the same article under its own id.
    server.route(
        "/b.rss",
        Reply::ok(rss_full("B", &[("other-id", "http://x.invalid/1")])),
    );
    let home = tempfile::tempdir().unwrap();
    subscribe(home.path(), &server.url("/a.rss"));
    subscribe(home.path(), &server.url("/b.rss"));
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    assert_eq!(saved(&library(home.path())).len(), 1, "{}", stdout(&out));
    let again = run(home.path(), &["refresh"]);
    ok(&again);
    assert_eq!(stdout(&again), "A: no change\nB: no change\n");
    assert_eq!(saved(&library(home.path())).len(), 1);
}

#[test]
fn failing_feeds_fail_alone_and_keep_their_error() {
    let server = Server::start();
    server.route(
        "/good.rss",
        Reply::ok(rss_full("Good", &[("g1", "http://x.invalid/g1")])),
    );
    server.route("/gone.rss", Reply::status(404));
    server.route("/broken.rss", Reply::status(500));
    server.route(
        "/garbage.rss",
        Reply::ok("<rss><channel><title>\u{1b}[31mEvil</title><item>"),
    );
    let home = tempfile::tempdir().unwrap();
    for path in ["/gone.rss", "/broken.rss", "/garbage.rss", "/good.rss"] {
        subscribe(home.path(), &server.url(path));
    }
    subscribe(home.path(), &http::refused_url());
    let out = run(home.path(), &["refresh"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let lines: Vec<String> = stdout(&out).lines().map(String::from).collect();
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert!(
        lines[0].contains("error:") && lines[0].contains("404"),
        "{lines:?}"
    );
    assert!(
        lines[1].contains("error:") && lines[1].contains("500"),
        "{lines:?}"
    );
    assert!(
        lines[2].contains("error:") && lines[2].contains("/garbage.rss"),
        "{lines:?}"
    );
    assert_eq!(lines[3], "Good: 1 new");
    assert!(
        lines[4].contains("error:") && lines[4].contains("refused"),
        "{lines:?}"
    );
    assert!(!stdout(&out).contains('\u{1b}'));
    assert_eq!(saved(&library(home.path())).len(), 1);

    let list = stdout(&run(home.path(), &["feeds", "list"]));
    assert_eq!(list.matches("last error:").count(), 4, "{list}");
    assert!(list.contains("404"), "{list}");
    // A good fetch clears the feed's error.
    server.route("/gone.rss", Reply::ok(rss_full("Back", &[])));
    let _ = run(home.path(), &["refresh"]);
    let list = stdout(&run(home.path(), &["feeds", "list"]));
    assert_eq!(list.matches("last error:").count(), 3, "{list}");
    assert!(list.contains("Back\n"), "{list}");
}

#[test]
fn a_page_that_cannot_be_fetched_leaves_its_summary() {
    let server = Server::start();
    let missing = server.url("/missing");
    server.route(
        "/s.atom",
        Reply::ok(atom_summaries("S", &[("s1", &missing)])),
    );
    let home = tempfile::tempdir().unwrap();
    subscribe(home.path(), &server.url("/s.atom"));
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    assert_eq!(stdout(&out), "S: 1 new\n");
    assert!(
        stderr(&out).contains("/missing") && stderr(&out).contains("summary"),
        "{}",
        stderr(&out)
    );
    let all = saved(&library(home.path()));
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].1.content, Content::Entry);
    assert!(std::fs::read_to_string(&all[0].0)
        .unwrap()
        .contains("Only a teaser."));

    // An entry that is only a title (and a link that fails) keeps its title.
    let link_post = format!(
        "<rss version=\"2.0\"><channel><title>T</title><item><title>Just a &lt;title&gt;</title>\
         <link>{}</link></item></channel></rss>",
        server.url("/also-missing")
    );
    server.route("/t.rss", Reply::ok(link_post));
    subscribe(home.path(), &server.url("/t.rss"));
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    assert_eq!(stdout(&out), "S: no change\nT: 1 new\n");
    let all = saved(&library(home.path()));
    let (path, _) = all
        .iter()
        .find(|(_, o)| o.feed.as_deref() == Some("T"))
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        "<p>Just a &lt;title&gt;</p>"
    );
}

#[test]
fn a_feed_of_100_000_entries_saves_a_bounded_batch_per_refresh() {
    let server = Server::start();
    let mut feed =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>");
    for i in 0..100_000 {
        feed.push_str(&format!(
            "<item><guid>{i}</guid><title>E{i}</title><description>&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;&lt;p&gt;c&lt;/p&gt;</description></item>"
        ));
    }
    feed.push_str("</channel></rss>");
    server.route("/huge.rss", Reply::ok(feed).header("ETag", "\"h\""));
    let home = tempfile::tempdir().unwrap();
    subscribe(home.path(), &server.url("/huge.rss"));
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    let max = newsreader::feeds::refresh::MAX_NEW_PER_FEED;
    assert_eq!(
        stdout(&out),
        format!("Huge: {max} new ({} more next refresh)\n", 100_000 - max)
    );
    assert_eq!(saved(&library(home.path())).len(), max);
    // Entries were left: the next refresh fetches the whole feed again
    // (no If-None-Match) and saves the next batch.
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    assert!(
        stdout(&out).starts_with(&format!("Huge: {max} new")),
        "{}",
        stdout(&out)
    );
    let requests = server.requests_to("/huge.rss");
    assert_eq!(requests[1].header("If-None-Match"), None);
    assert_eq!(saved(&library(home.path())).len(), 2 * max);
}
