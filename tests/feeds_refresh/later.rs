//! `add URL`, `refresh` cut short and resumed, progress as each feed
//! finishes, RDF feeds and strangers' titles, and servers asking to wait.

use super::*;

#[test]
fn add_url_saves_the_page_once_and_names_a_failure() {
    let server = Server::start();
    server.route(
        "/story",
        Reply::ok(page("A \u{1b}[2J story"))
            .header("Last-Modified", "Sun, 06 Dec 2026 06:00:00 GMT"),
    );
    let home = tempfile::tempdir().unwrap();
    let url = server.url("/story");
    let out = run(home.path(), &["add", &url]);
    ok(&out);
    assert!(
        stdout(&out).starts_with("saved A story ("),
        "{}",
        stdout(&out)
    );
    let all = saved(&library(home.path()).join("pages"));
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].1.content, Content::Page);
    assert_eq!(all[0].1.url.as_deref(), Some(url.as_str()));
    assert_eq!(
        all[0].1.last_modified.as_deref(),
        Some("Sun, 06 Dec 2026 06:00:00 GMT")
    );
    let again = run(home.path(), &["add", &url]);
    ok(&again);
    assert!(
        stdout(&again).starts_with("already in the library"),
        "{}",
        stdout(&again)
    );
    assert_eq!(server.requests_to("/story").len(), 1);

    let missing = server.url("/nothing");
    let out = run(home.path(), &["add", &missing]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&missing) && stderr(&out).contains("404"),
        "{}",
        stderr(&out)
    );
    assert_eq!(saved(&library(home.path())).len(), 1);
}

#[test]
fn a_refresh_killed_half_way_leaves_whole_files_and_the_next_one_finishes() {
    const ENTRIES: usize = 12;
    const FAST: usize = 4;
    let server = Server::start();
    let links: Vec<String> = (0..ENTRIES)
        .map(|i| server.url(&format!("/p{i}")))
        .collect();
    let ids: Vec<String> = (0..ENTRIES).map(|i| format!("e{i}")).collect();
    let entries: Vec<(&str, &str)> = ids
        .iter()
        .zip(&links)
        .map(|(id, link)| (id.as_str(), link.as_str()))
        .collect();
    server.route("/s.atom", Reply::ok(atom_summaries("Slow", &entries)));
    // The first pages come at once, the next one a byte at a time: the
    // refresh is surely in the middle of that one when it is killed.
    for i in 0..ENTRIES {
        let reply = Reply::ok(page(&format!("Page {i}")));
        let reply = if i < FAST {
            reply
        } else {
            reply.trickle(std::time::Duration::from_millis(200))
        };
        server.route(&format!("/p{i}"), reply);
    }
    let home = tempfile::tempdir().unwrap();
    subscribe(home.path(), &server.url("/s.atom"));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .arg("refresh")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait (bounded) for the slow page to be asked for: the fast ones are
    // saved by then.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while server.requests_to(&format!("/p{FAST}")).is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the refresh never got to the slow page"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the refresh ended early"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let lib = library(home.path());
    let got = saved(&lib);
    assert_eq!(got.len(), FAST);
    for (path, origin) in &got {
        let i: usize = origin.entry_id.as_deref().unwrap()[1..].parse().unwrap();
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            page(&format!("Page {i}"))
        );
    }
    // Nothing else but articles, their sidecars and at most stray temp
    // files that nothing reads.
    for e in std::fs::read_dir(got[0].0.parent().unwrap()).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        assert!(
            name.ends_with(".html") || name.ends_with(".html.meta") || name.starts_with('.'),
            "{name}"
        );
    }

    for i in FAST..ENTRIES {
        server.route(&format!("/p{i}"), Reply::ok(page(&format!("Page {i}"))));
    }
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    assert_eq!(stdout(&out), format!("Slow: {} new\n", ENTRIES - FAST));
    let all = saved(&lib);
    assert_eq!(all.len(), ENTRIES);
    let mut seen: Vec<_> = all
        .iter()
        .map(|(_, o)| o.entry_id.clone().unwrap())
        .collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), ENTRIES);
    // What the killed run saved was not fetched again.
    for i in 0..FAST {
        assert_eq!(server.requests_to(&format!("/p{i}")).len(), 1, "p{i}");
    }
    let list = stdout(&run(home.path(), &["feeds", "list"]));
    assert!(
        list.contains(&format!("{ENTRIES} articles saved")),
        "{list}"
    );
}

#[test]
fn the_library_call_reports_progress_as_each_feed_finishes() {
    use newsreader::feeds::{self, Context, Progress, Status};
    let server = Server::start();
    server.route(
        "/one.rss",
        Reply::ok(rss_full("One", &[("1", "http://x.invalid/1")])),
    );
    server.route(
        "/two.rss",
        Reply::ok(rss_full(
            "Two",
            &[("2", "http://x.invalid/2"), ("3", "http://x.invalid/3")],
        )),
    );
    let dir = tempfile::tempdir().unwrap();
    let urls = dir.path().join("urls");
    std::fs::write(
        &urls,
        format!(
            "{}\n{}\n{}\n",
            server.url("/one.rss"),
            server.url("/missing.rss"),
            server.url("/two.rss")
        ),
    )
    .unwrap();
    let ctx = Context {
        urls,
        library: dir.path().join("lib"),
        state_db: dir.path().join("state.db"),
        client: newsreader::fetch::Client::new(newsreader::fetch::Options::default()),
        workers: 2,
    };
    let mut seen: Vec<Progress> = Vec::new();
    let report = feeds::refresh(&ctx, &mut |p| seen.push(p)).unwrap();
    assert_eq!(seen.len(), 3);
    assert_eq!(
        seen.iter().map(|p| (p.done, p.total)).collect::<Vec<_>>(),
        vec![(1, 3), (2, 3), (3, 3)]
    );
    assert!(seen.windows(2).all(|w| w[0].new <= w[1].new));
    assert_eq!(seen[2].new, 3);
    assert_eq!(report.new_articles(), 3);
    assert!(report.failed());
    let statuses: Vec<_> = report.feeds.iter().map(|f| f.status.clone()).collect();
    assert_eq!(statuses[0], Status::New { saved: 1, more: 0 });
    assert!(matches!(statuses[1], Status::Error(_)));
    assert_eq!(statuses[2], Status::New { saved: 2, more: 0 });
    let mut names: Vec<_> = seen.iter().map(|p| p.feed.clone()).collect();
    names.sort();
    assert_eq!(
        names,
        vec!["One".to_string(), "Two".into(), server.url("/missing.rss")]
    );
}

#[test]
fn rdf_feeds_refresh_too_and_strangers_titles_are_escaped() {
    let server = Server::start();
    let rdf = format!(
        r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="{0}"><title>RDF &#x202E;Feed&#x1B;[2J</title><link>{0}</link><description>d</description></channel>
  <item rdf:about="{1}"><title>One</title><link>{1}</link><description>{2}</description></item>
</rdf:RDF>"#,
        server.url("/rdf"),
        server.url("/r1"),
        "First paragraph.\n\nSecond paragraph.\n\nThird paragraph."
    );
    server.route("/rdf", Reply::ok(rdf));
    let home = tempfile::tempdir().unwrap();
    subscribe(home.path(), &server.url("/rdf"));
    let out = run(home.path(), &["refresh"]);
    ok(&out);
    let line = stdout(&out);
    assert!(line.ends_with(": 1 new\n"), "{line}");
    assert!(
        !line.contains('\u{1b}') && !line.contains('\u{202e}'),
        "{line:?}"
    );
    assert!(
        server.requests_to("/r1").is_empty(),
        "three paragraphs are the whole story"
    );
    let all = saved(&library(home.path()));
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].1.entry_id.as_deref(),
        Some(server.url("/r1").as_str())
    );
    // The file name is made from the title, safely.
    let name = all[0].0.file_name().unwrap().to_str().unwrap().to_string();
    assert!(
        name.starts_with("one-") && name.ends_with(".html"),
        "{name}"
    );
    let folder = all[0]
        .0
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        folder.starts_with("127-0-0-1-") && !folder.contains(".."),
        "{folder}"
    );
}

#[test]
fn a_server_asking_to_wait_is_not_fetched_until_then() {
    let server = Server::start();
    server.route(
        "/busy.rss",
        Reply::status(503).header("Retry-After", "3600"),
    );
    server.route("/fine.rss", Reply::ok(rss_full("Fine", &[])));
    let home = tempfile::tempdir().unwrap();
    subscribe(home.path(), &server.url("/busy.rss"));
    subscribe(home.path(), &server.url("/fine.rss"));
    let out = run(home.path(), &["refresh"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error:"), "{}", stdout(&out));
    let again = run(home.path(), &["refresh"]);
    ok(&again);
    let shown = stdout(&again);
    assert!(
        shown.contains("not fetched: the server asked to wait until 20"),
        "{shown}"
    );
    assert_eq!(shown.lines().count(), 2);
    assert_eq!(server.requests_to("/busy.rss").len(), 1);
    assert_eq!(server.requests_to("/fine.rss").len(), 2);
    let list = stdout(&run(home.path(), &["feeds", "list"]));
    assert!(
        list.contains("last error:") && list.contains("503"),
        "{list}"
    );
    assert!(list.contains("(the server asked)"), "{list}");
}
