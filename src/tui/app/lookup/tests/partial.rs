//! A search or mentions list answered while the library is still being
//! indexed: labelled partial, asked again when indexing ends.

use super::*;
use crate::library::index::IndexMsg;
use crate::tui::app::{Msg, Prepared};

#[test]
fn a_search_answered_while_indexing_says_partial_and_is_asked_again_at_the_end() {
    let (mut app, searcher) = app();
    app.update(Msg::IndexStarted { announce: false });
    app.update(Action::SearchStart);
    typed(&mut app, &searcher, "sanctions");
    app.update(Action::SearchSubmit);
    assert_eq!(titles(&app).len(), 2);
    let ListView::Found(found) = &app.list_view else {
        panic!("a found list");
    };
    assert_eq!(
        crate::tui::panes::list::found_label(found, !app.index_done()),
        "Search \"sanctions\" · partial"
    );
    // The reader moves to the second match, then indexing ends.
    app.update(Action::Down);
    let second = app.selected;
    app.update(Msg::Index(Prepared::Other(IndexMsg::Done)));
    let asked = app.take_requests();
    assert!(
        matches!(&asked[..], [Request::Search { query, .. }] if query == "sanctions"),
        "{asked:?}"
    );
    for r in asked {
        let _ = respond(&searcher, r, &mut || false, &mut |reply| {
            app.put_reply(reply);
            true
        });
    }
    // The complete answer keeps the article the reader was on.
    assert_eq!(app.selected, second);
    let ListView::Found(found) = &app.list_view else {
        panic!("a found list");
    };
    assert_eq!(
        crate::tui::panes::list::found_label(found, !app.index_done()),
        "Search \"sanctions\""
    );
}

#[test]
fn a_search_that_found_nothing_while_indexing_gets_its_best_match_at_the_end() {
    let (mut app, searcher) = app();
    // The reader is on the Europe article, which mentions Putin in its
    // body only.
    let europe = app
        .entries
        .iter()
        .position(|e| e.title.contains("Europe"))
        .unwrap();
    app.select_article(europe);
    app.update(Msg::IndexStarted { announce: false });
    app.update(Action::SearchStart);
    for c in "putin".chars() {
        app.update(Action::SearchInput(c));
    }
    // As if nothing were indexed yet: the answer is empty.
    app.take_requests();
    app.put_reply(Reply::Hits {
        gen: app.lookup_gen,
        hits: Vec::new(),
        keys: Vec::new(),
    });
    assert!(app.visible.is_empty());
    assert_eq!(app.selected, europe);
    app.update(Msg::Index(Prepared::Other(IndexMsg::Done)));
    serve(&mut app, &searcher);
    // The complete answer: the reader was on no match, so it gets the
    // best one, not the article it happened to show before the search.
    assert_eq!(titles(&app)[0], "Putin warns the West over new sanctions");
    assert_eq!(app.selected, app.visible[0]);
    assert_ne!(app.selected, europe);
}

#[test]
fn with_the_plain_list_showing_the_end_of_indexing_asks_nothing() {
    let (mut app, _searcher) = app();
    app.update(Msg::IndexStarted { announce: false });
    app.update(Msg::Index(Prepared::Other(IndexMsg::Done)));
    assert!(app.take_requests().is_empty());
    assert_eq!(app.list_view, ListView::Articles);
}
