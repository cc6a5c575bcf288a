//! Reading state through `update`: what is marked, what is recorded for
//! the store, and what the filter shows.

use super::*;
use crate::article::Article;
use crate::store::{Change, States};
use crate::tui::action::Action;

fn articles(n: usize) -> Vec<Article> {
    (0..n)
        .map(|i| {
            let paragraphs: Vec<String> = (0..12)
                .map(|j| {
                    format!(
                        "The council met on Tuesday for the {j}th time this year, and the \
                         mayor, Ann Lee, told reporters that the budget for item {i} would \
                         be settled before the summer recess, whatever the opposition said."
                    )
                })
                .collect();
            let text = format!("Headline number {i}\n\n{}\n", paragraphs.join("\n\n"));
            crate::loader::parse(&format!("{i}.txt"), &text)
        })
        .collect()
}

fn app(n: usize) -> App {
    App::with_size(articles(n), vec![], 120, 30)
}

fn changes(app: &mut App) -> Vec<(String, Change)> {
    std::mem::take(&mut app.updates)
        .into_iter()
        .map(|u| (u.key, u.change))
        .collect()
}

#[test]
fn star_and_read_toggle_and_are_recorded_for_the_store() {
    let mut app = app(3);
    let id = app.entries[0].id.clone();
    app.update(Action::ToggleStar);
    app.update(Action::ToggleRead);
    assert!(app.state(0).starred && app.state(0).read);
    assert_eq!(
        changes(&mut app),
        [
            (id.clone(), Change::Starred(true)),
            (id.clone(), Change::Read(true))
        ]
    );
    app.update(Action::ToggleRead);
    assert!(!app.state(0).read);
    assert_eq!(changes(&mut app), [(id, Change::Read(false))]);
    assert_eq!(app.unread_count(), 3);
}

#[test]
fn marked_unread_stays_unread_while_open() {
    let mut app = app(2);
    app.update(Action::Enter);
    app.update(Action::Dwell);
    assert!(app.state(0).read);
    app.update(Action::ToggleRead);
    assert_eq!(app.dwell_target(), None);
    app.update(Action::Down);
    app.update(Action::Dwell);
    assert!(
        !app.state(0).read,
        "scrolling does not undo the user's choice"
    );
    // Leaving and coming back is a new reading.
    app.update(Action::FocusPrev);
    app.update(Action::Down);
    app.update(Action::Up);
    app.update(Action::Enter);
    assert_eq!(app.dwell_target(), Some(0));
}

#[test]
fn scrolling_saves_a_position_that_reopening_restores() {
    let mut app = app(2);
    app.update(Action::Enter);
    app.updates.clear();
    for _ in 0..5 {
        app.update(Action::Down);
    }
    let scroll = app.reader_scroll;
    assert!(scroll > 0);
    let saved = app.state(0).position.expect("a position once scrolled");
    // One write for the run of scrolls (and the read mark they made).
    let positions: Vec<_> = changes(&mut app)
        .into_iter()
        .filter(|(_, c)| matches!(c, Change::Position(_)))
        .collect();
    assert_eq!(
        positions,
        [(app.entries[0].id.clone(), Change::Position(Some(saved)))]
    );

    app.update(Action::FocusPrev);
    app.update(Action::Down);
    assert_eq!(app.reader_scroll, 0, "the other article opens at its top");
    app.update(Action::Up);
    assert_eq!(app.reader_scroll, scroll, "back where we stopped");

    // Another width wraps differently; the same text stays on top.
    let top = app.view.doc.lines[app.reader_scroll].clone();
    app.update(Action::Resize(90, 30));
    let now = &app.view.doc.lines[app.reader_scroll];
    assert_eq!(now.block, top.block);
    assert!(now.start <= top.start && top.start < now.end.max(now.start + 1));
}

#[test]
fn state_from_the_store_restores_position_of_the_first_article() {
    let mut first = app(2);
    first.update(Action::Enter);
    for _ in 0..4 {
        first.update(Action::Down);
    }
    let scroll = first.reader_scroll;
    let known: States = first
        .entries
        .iter()
        .zip(&first.states)
        .map(|(a, s)| (a.id.clone(), *s))
        .collect();
    let mut second = app(2);
    second.set_states(&known);
    assert_eq!(second.reader_scroll, scroll);
    assert!(second.state(0).read);
    assert!(second.updates.is_empty(), "restoring is not a change");
}

#[test]
fn filters_show_unread_then_starred_then_all() {
    let mut app = app(4);
    let mut known = States::default();
    let s = |read, starred| ArticleState {
        read,
        starred,
        position: None,
    };
    known.insert(&app.entries[0].key(), &app.entries[0].id, s(true, false));
    known.insert(&app.entries[1].key(), &app.entries[1].id, s(true, true));
    known.insert(&app.entries[3].key(), &app.entries[3].id, s(false, true));
    app.set_states(&known);
    assert_eq!(app.unread_count(), 2);

    app.update(Action::CycleFilter);
    assert_eq!(app.filter, Filter::Unread);
    assert_eq!(app.visible, [2, 3]);
    assert_eq!(app.selected, 2, "the selection moves to a shown article");
    app.update(Action::Down);
    assert_eq!(app.selected, 3);
    app.update(Action::Down);
    assert_eq!(app.selected, 3, "the list ends at the last shown article");

    app.update(Action::CycleFilter);
    assert_eq!(app.visible, [1, 3]);
    assert_eq!(app.selected, 3, "still shown: it stays selected");
    assert_eq!(app.list_pos(), 1);

    app.update(Action::CycleFilter);
    assert_eq!(app.filter, Filter::All);
    assert_eq!(app.visible, [0, 1, 2, 3]);
}

#[test]
fn an_empty_filter_says_so_and_keys_still_work() {
    let mut app = app(2);
    app.update(Action::CycleFilter);
    app.update(Action::CycleFilter);
    assert_eq!(app.filter, Filter::Starred);
    assert!(app.visible.is_empty());
    assert_eq!(app.message.as_deref(), Some("no starred articles · f: all"));
    for action in [
        Action::Down,
        Action::Up,
        Action::Bottom,
        Action::Enter,
        Action::ToggleStar,
    ] {
        app.update(action);
    }
    assert!(app.selected < app.entries.len());
}
