//! `update` transitions of the `/` search on the small hand-made article
//! of the app tests.

use crate::tui::action::Action;
use crate::tui::app::App;

/// The test article open in the reader, where `/` searches the article
/// (in the list it searches the library).
fn app() -> App {
    let mut app = super::super::tests::app();
    app.update(Action::Enter);
    app
}

fn type_in(app: &mut App, text: &str) {
    text.chars()
        .for_each(|c| app.update(Action::SearchInput(c)));
}

#[test]
fn typing_builds_matches_and_backspace_undoes() {
    let mut app = app();
    app.update(Action::SearchStart);
    assert!(app.key_context().prompt_open);
    assert_eq!(app.cursor_status().as_deref(), Some("/▏ · no match"));
    type_in(&mut app, "SAID");
    assert_eq!(app.cursor_status().as_deref(), Some("/SAID▏ · match 1/3"));
    type_in(&mut app, "x");
    assert_eq!(app.cursor_status().as_deref(), Some("/SAIDx▏ · no match"));
    app.update(Action::SearchBackspace);
    let s = app.search.as_ref().map(|s| s.matches.len());
    assert_eq!(s, Some(3));
    // Control chars never reach the query (and so the status line).
    app.update(Action::SearchInput('\u{1b}'));
    assert_eq!(app.search.as_ref().map(|s| s.query.as_str()), Some("SAID"));
}

#[test]
fn matches_scroll_into_view_as_you_type() {
    let mut app = app();
    app.update(Action::SearchStart);
    type_in(&mut app, "four");
    let m = app.search.as_ref().and_then(|s| s.current());
    let m = m.map(|m| (m.block, m.start));
    assert_eq!(m, Some((5, 1)));
    let line = app.view.doc.line_of(5, 1).unwrap_or(0);
    let h = app.reader_height();
    assert!(app.reader_scroll <= line && line < app.reader_scroll + h);
    assert!(app.reader_scroll > 0, "the match is far down");
    // Esc in the prompt goes back to where the search started.
    app.update(Action::SearchCancel);
    assert_eq!(app.search, None);
    assert_eq!(app.reader_scroll, 0);
}

#[test]
fn submit_keeps_matches_and_n_wraps() {
    let mut app = app();
    app.update(Action::SearchStart);
    type_in(&mut app, "said");
    app.update(Action::SearchSubmit);
    assert!(!app.key_context().prompt_open);
    assert_eq!(app.cursor_status().as_deref(), Some("match 1/3 · \"said\""));
    app.update(Action::NextMatch);
    app.update(Action::NextMatch);
    assert_eq!(app.cursor_status().as_deref(), Some("match 3/3 · \"said\""));
    app.update(Action::NextMatch);
    assert_eq!(app.cursor_status().as_deref(), Some("match 1/3 · \"said\""));
    assert_eq!(app.message.as_deref(), Some("wrapped to the first"));
    app.update(Action::PrevMatch);
    assert_eq!(app.cursor_status().as_deref(), Some("match 3/3 · \"said\""));
    // Esc once the prompt is closed drops the search; `n` is back to
    // quotes.
    app.update(Action::Escape);
    assert_eq!(app.search, None);
    app.update(Action::NextMatch);
    assert!(app.cursor_status().is_some_and(|s| s.starts_with("quote ")));
}

#[test]
fn a_search_with_no_match_says_so() {
    let mut app = app();
    app.update(Action::SearchStart);
    type_in(&mut app, "zebra");
    app.update(Action::SearchSubmit);
    assert_eq!(app.cursor_status().as_deref(), Some("no match · \"zebra\""));
    app.update(Action::NextMatch);
    assert_eq!(app.message.as_deref(), Some("no match for \"zebra\""));
}

#[test]
fn an_empty_submit_closes_the_prompt() {
    let mut app = app();
    app.update(Action::SearchStart);
    app.update(Action::SearchSubmit);
    assert_eq!(app.search, None);
}

#[test]
fn switching_article_clears_the_search() {
    let mut app = app();
    app.update(Action::SearchStart);
    type_in(&mut app, "ann");
    app.update(Action::SearchSubmit);
    assert!(app.search.is_some());
    app.update(Action::FocusPrev);
    app.update(Action::Down);
    assert_eq!(app.selected, 1);
    assert_eq!(app.search, None);
}
