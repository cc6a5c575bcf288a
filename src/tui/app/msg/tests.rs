//! The model's one door on short made-up libraries: articles asked for
//! once and shown when they arrive, stale answers dropped, failed saves
//! kept for the next try, nothing but the save once quitting.

use std::path::PathBuf;

use super::{Effect, Msg};
use crate::article::Article;
use crate::store::{Change, Update};
use crate::tui::action::Action;
use crate::tui::app::{App, Entry};

fn article(n: usize) -> Article {
    let text = format!("Headline {n}\n\nAnn Lee said the council met {n} times.\n");
    crate::loader::parse(&format!("{n}.txt"), &text)
}

fn path(n: usize) -> PathBuf {
    PathBuf::from(format!("/lib/{n}.txt"))
}

fn library(n: usize) -> App {
    let entries = (0..n)
        .map(|i| Entry::of(&article(i), Some(path(i))))
        .collect();
    let mut app = App::from_entries(entries, vec![]);
    app.update(Action::Resize(120, 30));
    app
}

fn loads(effects: &[Effect]) -> Vec<(usize, PathBuf)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Load(read) => Some((read.listed, read.path.clone())),
            _ => None,
        })
        .collect()
}

fn doc(n: usize, article: Result<Article, String>) -> Msg {
    Msg::Doc {
        listed: n,
        path: path(n),
        article: Box::new(article),
    }
}

#[test]
fn an_article_is_asked_for_once_shown_as_loading_then_shown() {
    let mut app = library(3);
    assert_eq!(loads(&app.take_effects()), vec![(0, path(0))]);
    assert!(app.loading());
    let shown: String = crate::tui::panes::empty::lines(&app, &app.theme, 60, 10)
        .iter()
        .map(|l| l.to_string())
        .collect();
    assert!(shown.contains("Loading Headline 0…"), "{shown}");
    assert_eq!(loads(&app.take_effects()), vec![], "asked once");
    app.update(doc(0, Ok(article(0))));
    assert!(!app.loading());
    assert_eq!(app.article().map(|a| a.title.as_str()), Some("Headline 0"));
    assert_eq!(loads(&app.take_effects()), vec![]);
}

#[test]
fn an_answer_for_an_article_left_behind_is_dropped() {
    let mut app = library(3);
    let _ = app.take_effects();
    app.update(Action::Down);
    assert_eq!(loads(&app.take_effects()), vec![(1, path(1))]);
    app.update(doc(0, Ok(article(0))));
    assert_eq!(app.article(), None, "the reader has moved on");
    assert!(app.loading(), "still waiting for its own");
    app.update(doc(1, Ok(article(1))));
    assert_eq!(app.article().map(|a| a.title.as_str()), Some("Headline 1"));
    // Back to the first: its old answer was dropped, so it is asked again.
    app.update(Action::Up);
    assert_eq!(loads(&app.take_effects()), vec![(0, path(0))]);
}

#[test]
fn a_failed_read_is_said_and_not_asked_again() {
    let mut app = library(2);
    let _ = app.take_effects();
    app.update(doc(0, Err("/lib/0.txt: gone\u{1b}[2J".into())));
    assert!(!app.loading());
    let message = app.message.clone().unwrap_or_default();
    assert!(message.contains("gone") && !message.contains('\u{1b}'));
    assert_eq!(loads(&app.take_effects()), vec![], "no retry loop");
}

#[test]
fn a_failed_save_keeps_the_changes_for_the_next_try_oldest_first() {
    let mut app = library(1);
    let update = |key: &str| Update {
        key: key.into(),
        hash: String::new(),
        change: Change::Read(true),
    };
    app.updates = vec![update("a")];
    let saved = app.take_effects();
    assert_eq!(saved.first(), Some(&Effect::Save(vec![update("a")])));
    app.updates.push(update("b"));
    app.update(Msg::SaveFailed {
        updates: vec![update("a")],
        error: "disk full".into(),
    });
    assert_eq!(app.message.as_deref(), Some("not saved: disk full"));
    let again = app.take_effects();
    assert_eq!(
        again.first(),
        Some(&Effect::Save(vec![update("a"), update("b")]))
    );
}

#[test]
fn quitting_leaves_only_the_save() {
    let mut app = library(2);
    app.update(Msg::Signal);
    assert!(app.quitting());
    assert_eq!(app.take_effects(), vec![], "no load started on the way out");
}

#[test]
fn a_reload_started_by_r_says_so_and_one_for_new_articles_does_not() {
    let mut app = library(1);
    app.update(Msg::IndexStarted { announce: true });
    assert_eq!(app.message.as_deref(), Some("reloading…"));
    assert!(app.indexing.running && !app.index_done);
    app.update(Msg::Note("kept".into()));
    app.update(Msg::IndexStarted { announce: false });
    assert_eq!(app.message.as_deref(), Some("reloading… · kept"));
}
