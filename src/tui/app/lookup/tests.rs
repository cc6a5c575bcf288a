//! The list's views driven by keys, answered by a real search index over
//! real parsed articles, as the search thread would answer them.

use super::*;
use crate::article::Article;
use crate::search::Searcher;
use crate::tui::action::Action;
use crate::tui::app::Entry;
use crate::tui::searching::{open, respond, Source};

const PUTIN: &str = include_str!("../../../../tests/fixtures/search/putin.txt");
const EUROPE: &str = include_str!("../../../../tests/fixtures/search/europe.txt");
const GARDEN: &str = include_str!("../../../../tests/fixtures/search/garden.txt");

fn articles() -> Vec<Article> {
    [
        ("putin.txt", PUTIN),
        ("europe.txt", EUROPE),
        ("garden.txt", GARDEN),
    ]
    .iter()
    .map(|(name, text)| crate::loader::parse(name, text))
    .collect()
}

fn app() -> (App, Searcher) {
    let articles = articles();
    let searcher = open(Source::Articles(articles.clone())).expect("index in memory");
    let mut app = App::new(articles, vec![]);
    app.update(Action::Resize(140, 40));
    (app, searcher)
}

/// Hand every question to the searcher and every answer back, as the
/// loop and the search thread do.
fn serve(app: &mut App, searcher: &Searcher) {
    loop {
        let requests = app.take_requests();
        if requests.is_empty() {
            return;
        }
        let mut replies = Vec::new();
        for r in requests {
            let ok = respond(searcher, r, &mut || false, &mut |reply| {
                replies.push(reply);
                true
            });
            assert_eq!(ok, Ok(true));
        }
        replies.into_iter().for_each(|r| app.put_reply(r));
    }
}

fn typed(app: &mut App, searcher: &Searcher, text: &str) {
    for c in text.chars() {
        app.update(Action::SearchInput(c));
        serve(app, searcher);
    }
}

fn titles(app: &App) -> Vec<String> {
    app.visible
        .iter()
        .map(|&i| app.entries[i].title.clone())
        .collect()
}

#[test]
fn slash_in_the_list_searches_the_library_as_you_type() {
    let (mut app, searcher) = app();
    app.update(Action::SearchStart);
    assert!(app.key_context().prompt_open, "the prompt takes keys");
    typed(&mut app, &searcher, "sanct");
    // Both sanctions articles (the last word is the start of one); the
    // garden is gone.
    assert_eq!(titles(&app).len(), 2, "{:?}", titles(&app));
    assert!(!titles(&app).iter().any(|t| t.contains("garden")));
    let ListView::Found(found) = &app.list_view else {
        panic!("a found list");
    };
    assert!(found.done);
    assert!(found.counts.iter().all(|&n| n >= 2), "{:?}", found.counts);
    typed(&mut app, &searcher, "ions border");
    assert_eq!(titles(&app).len(), 2, "both words in both");
    typed(&mut app, &searcher, " kremlin");
    assert_eq!(titles(&app), ["Putin warns the West over new sanctions"]);
}

#[test]
fn title_hits_rank_first() {
    let (mut app, searcher) = app();
    app.update(Action::SearchStart);
    typed(&mut app, &searcher, "putin ");
    // Putin is in the first article's title and both bodies.
    assert_eq!(titles(&app)[0], "Putin warns the West over new sanctions");
    assert_eq!(titles(&app).len(), 2);
}

#[test]
fn an_answer_to_an_older_query_is_dropped() {
    let (mut app, searcher) = app();
    app.update(Action::SearchStart);
    app.update(Action::SearchInput('g'));
    let old = app.take_requests();
    typed(&mut app, &searcher, "arden");
    let before = titles(&app);
    for r in old {
        let _ = respond(&searcher, r, &mut || false, &mut |reply| {
            app.put_reply(reply);
            true
        });
    }
    assert_eq!(titles(&app), before);
    assert_eq!(before, ["A garden grows on the roof"]);
}

#[test]
fn enter_opens_the_best_match_at_its_first_match_and_back_returns() {
    let (mut app, searcher) = app();
    app.update(Action::SearchStart);
    typed(&mut app, &searcher, "tomatoes");
    app.update(Action::SearchSubmit);
    assert_eq!(app.focus, Pane::Reader);
    assert_eq!(
        app.article().map(|a| a.title.as_str()),
        Some("A garden grows on the roof")
    );
    let s = app.search.as_ref().expect("the words are highlighted");
    assert_eq!(s.matches.len(), 1);
    assert!(!app.key_context().prompt_open);
    app.update(Action::Back);
    assert_eq!(app.focus, Pane::List);
    assert_eq!(
        titles(&app),
        ["A garden grows on the roof"],
        "the results again"
    );
    assert!(matches!(app.list_view, ListView::Found(_)));
}

#[test]
fn esc_in_the_prompt_puts_the_list_back() {
    let (mut app, searcher) = app();
    app.update(Action::Down);
    app.update(Action::SearchStart);
    typed(&mut app, &searcher, "garden");
    assert_eq!(app.visible.len(), 1);
    app.update(Action::SearchCancel);
    assert_eq!(app.list_view, ListView::Articles);
    assert_eq!(app.visible.len(), 3);
    assert_eq!(app.selected, 1, "the selection before the search");
}

#[test]
fn a_query_with_no_match_says_so() {
    let (mut app, searcher) = app();
    app.update(Action::SearchStart);
    typed(&mut app, &searcher, "zebra");
    assert!(app.visible.is_empty());
    let status = crate::tui::panes::status::status_text(&app);
    assert!(status.starts_with("/zebra▏ · 0 articles"), "{status}");
}

/// Select the sidebar entity named `name`.
fn pick(app: &mut App, name: &str) {
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Sidebar);
    for _ in 0..app.view.side_entities.len() {
        let e = app.selected_side_entity().expect("an entity row");
        if app.article().map(|a| a.entities[e].name.as_str()) == Some(name) {
            return;
        }
        app.update(Action::Down);
    }
    panic!("no {name} in the sidebar");
}

#[test]
fn m_lists_the_articles_mentioning_an_entity_across_the_library() {
    let (mut app, searcher) = app();
    pick(&mut app, "Vladimir Putin");
    app.update(Action::Mentions);
    serve(&mut app, &searcher);
    assert_eq!(app.focus, Pane::List);
    let mut found = titles(&app);
    found.sort();
    assert_eq!(
        found,
        [
            "Europe widens sanctions as talks stall",
            "Putin warns the West over new sanctions"
        ],
        "“Putin” in the other article is the same person"
    );
    assert!(crate::tui::panes::status::status_text(&app)
        .starts_with("mentioning Vladimir Putin · 2 articles"));
    app.update(Action::Back);
    assert_eq!(app.focus, Pane::Sidebar);
    assert_eq!(app.list_view, ListView::Articles);
}

#[test]
fn the_quotes_view_lists_a_persons_quotes_and_enter_jumps_there() {
    let (mut app, searcher) = app();
    pick(&mut app, "Vladimir Putin");
    app.update(Action::Quotes);
    serve(&mut app, &searcher);
    let ListView::Quotes(q) = &app.list_view else {
        panic!("the quotes view");
    };
    let texts: Vec<&str> = q.rows.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("heard nothing new")));
    assert!(texts.iter().any(|t| t.contains("respond to every step")));
    assert!(q.done);
    // Go to the quote in the other article and read it.
    let other = q
        .rows
        .iter()
        .position(|r| r.text.contains("heard nothing"))
        .unwrap_or(0);
    for _ in 0..other {
        app.update(Action::Down);
    }
    app.update(Action::Enter);
    assert_eq!(app.focus, Pane::Reader);
    assert_eq!(
        app.article().map(|a| a.title.as_str()),
        Some("Europe widens sanctions as talks stall")
    );
    let quote = app
        .current_quote()
        .and_then(|q| app.article()?.quotes.get(q));
    assert!(quote.is_some_and(|q| q.text.contains("heard nothing new")));
    // Back to the quotes view, same row; back again to where we started.
    app.update(Action::Back);
    assert_eq!(app.focus, Pane::List);
    let ListView::Quotes(q) = &app.list_view else {
        panic!("the quotes view again");
    };
    assert_eq!(q.selected, other);
    app.update(Action::Back);
    assert_eq!(app.list_view, ListView::Articles);
    assert_eq!(app.focus, Pane::Sidebar);
    assert_eq!(
        app.article().map(|a| a.title.as_str()),
        Some("Putin warns the West over new sanctions")
    );
    app.update(Action::Back);
    assert_eq!(app.message.as_deref(), Some("nothing to go back to"));
}

/// A library's quotes view asks for the quoting articles' stored quotes,
/// and gets them with no file left to read.
#[test]
fn a_library_reads_the_quoting_articles_quotes_from_the_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut entries = Vec::new();
    for (name, text) in [("a.txt", PUTIN), ("b.txt", EUROPE)] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        entries.push(Entry::of(&crate::loader::parse(name, text), Some(path)));
    }
    let searcher = open(Source::Articles(articles())).expect("index");
    let mut app = App::from_entries(entries, vec![]);
    app.update(Action::Resize(140, 40));
    let first = crate::loader::files::load_entry(&dir.path().join("a.txt"), 0, None).expect("read");
    app.put_doc(0, first);
    pick(&mut app, "Vladimir Putin");
    app.update(Action::Quotes);
    let quoted = app.take_requests();
    assert!(matches!(quoted.as_slice(), [Request::Quoted { .. }]));
    for r in quoted {
        let _ = respond(&searcher, r, &mut || false, &mut |reply| {
            app.put_reply(reply);
            true
        });
    }
    let asked = app.requests.clone();
    let Some(Request::Quotes { articles, keys, .. }) = asked.first() else {
        panic!("the quoting articles: {asked:?}");
    };
    let listed: Vec<usize> = articles.iter().map(|a| a.listed).collect();
    assert_eq!(listed, [0, 1]);
    assert!(keys.contains(&"putin".to_string()), "{keys:?}");
    // Nothing is read again: the files may as well be gone.
    std::fs::remove_file(dir.path().join("a.txt")).expect("rm");
    std::fs::remove_file(dir.path().join("b.txt")).expect("rm");
    serve(&mut app, &searcher);
    let ListView::Quotes(q) = &app.list_view else {
        panic!("the quotes view");
    };
    assert_eq!(q.rows.len(), 2);
    assert!(q.done);
}

#[test]
fn a_quote_jumped_to_shows_its_place_not_an_old_search() {
    let (mut app, searcher) = app();
    app.update(Action::SearchStart);
    typed(&mut app, &searcher, "kremlin");
    app.update(Action::SearchSubmit);
    assert!(app.search.is_some(), "the words highlighted");
    app.update(Action::FocusPrev);
    pick(&mut app, "Vladimir Putin");
    app.update(Action::Quotes);
    serve(&mut app, &searcher);
    let ListView::Quotes(q) = &app.list_view else {
        panic!("the quotes view");
    };
    let here = q
        .rows
        .iter()
        .position(|r| r.text.contains("respond"))
        .unwrap_or(0);
    for _ in 0..here {
        app.update(Action::Down);
    }
    app.update(Action::Enter);
    assert_eq!(app.search, None);
    let status = app.cursor_status().unwrap_or_default();
    assert!(status.starts_with("quote "), "{status}");
}

mod partial;
