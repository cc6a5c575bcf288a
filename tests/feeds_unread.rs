//! `feeds list`'s unread counts, through the real binary against feeds
//! served on 127.0.0.1: an article marked read under the key the reader
//! uses for it (a fetched page's final address after redirects, not the
//! entry's link) counts one fewer.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/http.rs"]
mod http;

use std::path::{Path, PathBuf};
use std::process::Output;

use cli::ok;

use http::{Reply, Server};
use newsreader::store::{key, Change, Origin, Store, Update};

fn run(home: &Path, args: &[&str]) -> Output {
    cli::newsreader(home, args)
}

/// Atom whose entries carry only a teaser, so each page is fetched.
fn atom(title: &str, entries: &[(&str, &str)]) -> String {
    let entries: String = entries
        .iter()
        .map(|(id, link)| {
            format!(
                "<entry><id>{id}</id><title>Story {id}</title><link href=\"{link}\"/>\
                 <updated>2026-12-01T10:00:00Z</updated><summary>Only a teaser.</summary></entry>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <title>{title}</title><id>urn:{title}</id><updated>2026-12-01T10:00:00Z</updated>\
         {entries}</feed>"
    )
}

fn page(title: &str) -> String {
    let paras: String = (0..4)
        .map(|i| format!("<p>Paragraph {i} of {title}, with words.</p>"))
        .collect();
    format!("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paras}</article></body></html>")
}

/// The `.html` files saved under `dir`.
fn saved_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "html") {
                out.push(path);
            }
        }
    }
    out
}

/// The line of `feeds list` that follows the feed's address.
fn state_line(list: &str, url: &str) -> String {
    let mut lines = list.lines();
    lines.find(|l| l.trim() == url);
    lines.next().unwrap_or_default().trim().to_string()
}

#[test]
fn marking_an_article_read_under_the_readers_key_counts_one_fewer_unread() {
    let server = Server::start();
    // Entry a1's link redirects: the article is read (and keyed) at /final.
    server.route(
        "/news.atom",
        Reply::ok(atom(
            "News",
            &[("a1", &server.url("/moved")), ("a2", &server.url("/p2"))],
        )),
    );
    server.route("/moved", Reply::redirect(301, "/final"));
    server.route("/final", Reply::ok(page("Final")));
    server.route("/p2", Reply::ok(page("Two")));
    server.route("/other.atom", Reply::ok(atom("Other", &[])));
    let home = tempfile::tempdir().unwrap();
    let (news, other) = (server.url("/news.atom"), server.url("/other.atom"));
    for url in [&news, &other] {
        ok(&run(home.path(), &["feeds", "add", url]));
    }
    ok(&run(home.path(), &["refresh"]));

    let list = ok(&run(home.path(), &["feeds", "list"]));
    assert!(
        state_line(&list, &news).contains(" · 2 unread · 2 articles saved"),
        "{list}"
    );
    assert!(
        state_line(&list, &other).contains(" · 0 unread · 0 articles saved"),
        "{list}"
    );

    // Read the saved page as the reader does, and mark it read under the
    // reader's key for it.
    let library = home.path().join("data/newsreader/articles");
    let file = saved_files(&library)
        .into_iter()
        .find(|p| std::fs::read_to_string(p).unwrap().contains("of Final"))
        .expect("the redirected page is saved");
    let article = newsreader::loader::load_file(&file).unwrap().remove(0);
    assert_eq!(article.url.as_deref(), Some(server.url("/final").as_str()));
    let reader_key = key(Origin {
        url: article.url.as_deref(),
        path: Some(&file),
        entry_id: article.entry_id.as_deref(),
        feed: article.feed.as_deref(),
        hash: &article.id,
        entry: 0,
    });
    assert_eq!(reader_key, format!("url:{}", server.url("/final")));
    let mut store = Store::open(&home.path().join("data/newsreader/state.db"))
        .unwrap()
        .store;
    store
        .apply(&[Update {
            key: reader_key,
            hash: article.id.clone(),
            change: Change::Read(true),
        }])
        .unwrap();
    drop(store);

    let list = ok(&run(home.path(), &["feeds", "list"]));
    assert!(
        state_line(&list, &news).contains(" · 1 unread · 2 articles saved"),
        "{list}"
    );
}
