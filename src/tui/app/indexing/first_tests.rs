//! The article sent ahead of the list ([`Prepared::First`]): opened
//! before the list is there, kept selected and open when it arrives, and
//! keys working meanwhile. Driven through the model's messages, as the
//! loop drives it: no timing.

use std::path::PathBuf;
use std::sync::Arc;

use super::tests::app;
use super::*;
use crate::library::index::Listed;
use crate::store::index::Summary;
use crate::tui::action::Action;
use crate::tui::app::{Effect, Msg};

/// The text of file `name`.
fn article(name: &str) -> crate::article::Article {
    let text = format!("Headline of {name}\n\nAnn Lee said the council met.\n");
    crate::loader::parse(name, &text)
}

/// Its summary as the cache holds it.
fn summary(name: &str, published: Option<&str>) -> Summary {
    Summary {
        path: PathBuf::from(format!("/lib/{name}")).into_boxed_path(),
        id: article(name).id.into(),
        title: format!("Title {name}").into(),
        words: 230,
        published: published.map(Into::into),
        ..Summary::default()
    }
}

/// The files the model asked the loop to read.
fn loads(app: &mut App) -> Vec<PathBuf> {
    app.take_effects()
        .into_iter()
        .filter_map(|e| match e {
            Effect::Load(read) => Some(read.path),
            _ => None,
        })
        .collect()
}

/// The loop's answer: the article read from `name`'s file, for entry `i`.
fn read(app: &mut App, i: usize, name: &str) {
    app.update(Msg::Doc {
        listed: i,
        path: PathBuf::from(format!("/lib/{name}")),
        article: Box::new(Ok(article(name))),
    });
}

#[test]
fn the_cached_first_article_opens_before_the_list_and_stays_open() {
    let mut app = app();
    let newest = summary("b.txt", Some("2024-03-05T10:00:00Z"));
    app.apply_index(Prepared::from_msg(IndexMsg::First(newest.clone())));
    assert!(app.indexing.head, "the list is still to come");
    assert_eq!(
        loads(&mut app),
        [PathBuf::from("/lib/b.txt")],
        "read at once"
    );
    read(&mut app, 0, "b.txt");
    assert!(
        app.article().is_some() && !app.loading(),
        "its text is shown"
    );
    // Keys work while the list is on its way, and the article stays.
    app.update(Action::Down);
    app.update(Action::Up);
    assert!(app.article().is_some());

    let list = vec![summary("a.txt", None), newest, summary("c.txt", None)];
    app.apply_index(Prepared::from_msg(IndexMsg::Cached(Arc::new(list))));
    assert!(!app.indexing.head);
    assert_eq!(app.entries.len(), 3);
    assert_eq!(app.selected, 1, "the same article, in its place");
    assert_eq!(app.list_pos(), 0, "first in the list, as it was sent");
    assert!(app.article().is_some() && !app.loading(), "still open");
    assert!(loads(&mut app).is_empty(), "not read again");
}

#[test]
fn the_first_file_found_opens_and_the_walked_list_keeps_it() {
    let mut app = app();
    app.apply_index(Prepared::from_msg(IndexMsg::FirstFile(PathBuf::from(
        "/lib/a.txt",
    ))));
    assert_eq!(app.entries.len(), 1);
    assert_eq!(loads(&mut app), [PathBuf::from("/lib/a.txt")]);
    read(&mut app, 0, "a.txt");
    assert!(app.article().is_some());

    let listed = ["a.txt", "b.txt", "c.txt"]
        .iter()
        .map(|n| Listed::Pending(PathBuf::from(format!("/lib/{n}")).into()))
        .collect();
    app.apply_index(Prepared::from_msg(IndexMsg::Listed(
        Arc::new(Vec::new()),
        listed,
    )));
    assert_eq!(app.entries.len(), 3);
    assert_eq!(app.selected, 0);
    assert!(
        app.article().is_some() && !app.loading(),
        "what was read stands"
    );
    assert!(loads(&mut app).is_empty(), "not read again");
    app.update(Action::Down);
    assert_eq!(app.selected, 1, "the rest of the list is there to move to");
}

#[test]
fn an_article_sent_first_never_replaces_a_list_already_shown() {
    let mut app = app();
    let list = vec![summary("a.txt", None), summary("b.txt", None)];
    app.apply_index(Prepared::from_msg(IndexMsg::Cached(Arc::new(list))));
    app.apply_index(Prepared::from_msg(IndexMsg::FirstFile(PathBuf::from(
        "/lib/z.txt",
    ))));
    assert_eq!(app.entries.len(), 2);
    assert!(!app.indexing.head);
}
