//! The whole way news comes in, as a new user meets it, in the real
//! binary (tmux) against a feed and a page served on 127.0.0.1 by the test:
//! subscribe with `feeds add`, open the reader on the still-empty library,
//! press `R`, watch the new articles arrive, read one, walk its quotes to
//! their speaker, and hand its address to a `$BROWSER` stub with `o`.
//! Every step waits for what the screen shows (or for the stub's file),
//! never for a fixed time.

#[path = "support/http.rs"]
mod http;
#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use std::process::Command;

use http::{Reply, Server};
use tmux::{home_env, quote, status_line, stub, wait_file, Tmux};

/// A feed of two stories: the newer carries its whole text (two quotes by
/// the mayor), the older only a teaser, so its page is fetched.
fn feed(server: &Server) -> String {
    format!(
        r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Riverside Gazette</title><link>{site}</link>
<item><title>Bridge to be rebuilt by 2028</title><guid>bridge-1</guid>
<link>{site}bridge</link><pubDate>Sat, 05 Dec 2026 09:00:00 GMT</pubDate>
<description>The old bridge will be replaced.</description>
<content:encoded><![CDATA[<p>The council voted on Friday to replace the Mill Street bridge.</p>
<p>“We will rebuild the bridge before the floods come back,” said Maria Lopez, the mayor of Riverside.</p>
<p>Engineers found cracks in two of its piers last spring.</p>
<p>“It will take two years, and it will be worth it,” Lopez said.</p>]]></content:encoded></item>
<item><title>Library opens late on Sundays</title><guid>library-2</guid>
<link>{site}library</link><pubDate>Fri, 04 Dec 2026 09:00:00 GMT</pubDate>
<description>Longer hours from January.</description></item>
</channel></rss>
"#,
        site = server.url("/")
    )
}

fn library_page() -> &'static str {
    "<html><head><title>Library opens late on Sundays | Riverside Gazette</title></head>\
     <body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>\
     <h1>Library opens late on Sundays</h1>\
     <p>The central library will stay open until nine on Sundays from January.</p>\
     <p>“Evenings are when people can come,” said Tom Reyes, the head librarian.</p>\
     </article><footer>Share this article</footer></body></html>"
}

#[test]
fn subscribe_press_r_read_the_new_article_walk_its_quotes_and_open_it() {
    let server = Server::start();
    server.route(
        "/news.rss",
        Reply::ok(feed(&server)).header("Content-Type", "application/rss+xml"),
    );
    server.route(
        "/library",
        Reply::ok(library_page()).header("Content-Type", "text/html; charset=utf-8"),
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let home = dir.path().join("home");
    let feed_url = server.url("/news.rss");

    // The same home as the reader's below (tmux::home_env's folders).
    let added = Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .args(["feeds", "add", &feed_url])
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        added.status.success(),
        "feeds add failed: {}",
        String::from_utf8_lossy(&added.stderr)
    );

    let opened = dir.path().join("opened");
    let browser = stub(dir.path(), "browser.sh", "printf '%s' \"$1\"", &opened);
    let command = format!(
        "{} BROWSER={} {}",
        home_env(&home),
        quote(&browser.to_string_lossy()),
        quote(env!("CARGO_BIN_EXE_newsreader"))
    );
    let tmux = Tmux::start(140, 30, &command, &[]);
    tmux.wait_for("the empty library says R fetches the feed", |s| {
        s.contains("No articles yet: R fetches the feed you subscribed to.")
    });

    tmux.keys(&["R"]);
    let screen = tmux.wait_for("both stories listed after the refresh", |s| {
        s.contains("Bridge to be rebuilt by 2028")
            && s.contains("Library opens late on Sundays")
            && status_line(s).contains("refreshed 1 feed · 2 new")
    });
    assert!(
        screen.contains("Riverside Gazette · 5 Dec 2026"),
        "the list names the feed and the day:\n{screen}"
    );
    // Newest first: the bridge story is selected and shown, with its
    // source under the headline.
    tmux.wait_for("the bridge story in the reader", |s| {
        s.contains("council voted on Friday") && s.contains(&server.url("/bridge"))
    });

    tmux.keys(&["]"]);
    tmux.wait_for("the first quote, by the mayor", |s| {
        status_line(s).contains("quote 1/2 · Maria Lopez")
    });
    tmux.keys(&["]"]);
    tmux.wait_for("the second quote, by the mayor too", |s| {
        status_line(s).contains("quote 2/2 · Maria Lopez")
    });

    tmux.keys(&["o"]);
    assert_eq!(wait_file(&opened, &tmux), server.url("/bridge"));

    // The older story came as a teaser: its page was fetched and read,
    // the site's chrome left out and its quote attributed.
    tmux.keys(&["j"]);
    tmux.wait_for("the library story, read from its fetched page", |s| {
        s.contains("stay open until nine")
            && !s.contains("Share this article")
            && status_line(s).trim_start().starts_with("2/2")
    });
    tmux.keys(&["]"]);
    tmux.wait_for("its quote, by the librarian", |s| {
        status_line(s).contains("quote 1/1 · Tom Reyes")
    });
}

/// Run `newsreader ARGS` with the reader's home (tmux::home_env's folders).
fn cli(home: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_feed_that_fails_on_r_says_its_error_in_the_feeds_view() {
    let server = Server::start();
    server.route(
        "/news.rss",
        Reply::ok(feed(&server)).header("Content-Type", "application/rss+xml"),
    );
    server.route("/library", Reply::ok(library_page()));
    server.route("/missing.rss", Reply::status(404));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let home = dir.path().join("home");
    let missing = server.url("/missing.rss");
    cli(&home, &["feeds", "add", &server.url("/news.rss")]);
    cli(&home, &["feeds", "add", &missing]);

    let command = format!(
        "{} {}",
        home_env(&home),
        quote(env!("CARGO_BIN_EXE_newsreader"))
    );
    let tmux = Tmux::start(140, 30, &command, &[]);
    // The status bar, drawn last, says the (empty) library is read.
    tmux.wait_for("the empty library says R fetches the feeds", |s| {
        s.contains("R fetches the 2 feeds you subscribed to")
            && status_line(s).contains("No articles in")
    });
    // Before any fetch both subscriptions are listed, by address.
    tmux.keys(&["F"]);
    tmux.wait_for("both feeds, not fetched yet", |s| {
        s.contains(&server.url("/news.rss"))
            && s.contains(&missing)
            && s.matches("not fetched yet").count() == 2
    });
    tmux.escape("the feeds view closed", |s| !s.contains("not fetched yet"));

    tmux.keys(&["R"]);
    tmux.wait_for("the good feed's stories, and the failure counted", |s| {
        s.contains("Bridge to be rebuilt by 2028")
            && status_line(s).contains("refresh: 1 feed failed — F shows why · 2 new")
    });
    tmux.keys(&["F"]);
    // Its error on the line under it, and none under the feed that worked.
    tmux.wait_for("the failing feed with its error under it", |s| {
        let lines: Vec<&str> = s.lines().collect();
        let under = |name: &str| {
            lines
                .iter()
                .position(|l| l.contains(name))
                .and_then(|i| lines.get(i + 1))
                .copied()
                .unwrap_or_default()
        };
        let error = under(&missing);
        error.contains("! ")
            && error.contains("404")
            && !under("Riverside Gazette").contains("! ")
            && s.matches("! ").count() == 1
    });
}
