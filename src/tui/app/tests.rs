//! `update` transitions on a small hand-made article, no terminal needed.

use super::*;
use crate::article::{Block, BlockKind, Entity, EntityKind, Quote, Span};
use crate::tui::panes::help;

mod skipped;

fn quote(block: usize, text: &str, body: &str, speaker: Option<&str>) -> Quote {
    let byte = body.find(text).unwrap_or(0);
    let start = body[..byte].chars().count();
    Quote {
        block,
        start,
        end: start + text.chars().count(),
        text: text.into(),
        speaker: speaker.map(Into::into),
        cue: None,
    }
}

fn article() -> Article {
    let filler = "Filler text. ".repeat(40);
    let paras = [
        "A “scare” word starts it.",
        "“One,” said Ann. “Two,” she added.",
        filler.as_str(),
        "“Three,” said Bob.",
        filler.as_str(),
        "“Four,” said Ann in Paris.",
    ];
    let blocks: Vec<Block> = paras
        .iter()
        .map(|t| Block {
            kind: BlockKind::Paragraph,
            text: t.to_string(),
        })
        .collect();
    let quotes = vec![
        quote(0, "scare", paras[0], None),
        quote(1, "One,", paras[1], Some("Ann")),
        quote(1, "Two,", paras[1], Some("Ann")),
        quote(3, "Three,", paras[3], Some("Bob")),
        quote(5, "Four,", paras[5], Some("Ann")),
    ];
    let paris = paras[5].find("Paris").unwrap_or(0);
    let entities = vec![
        Entity {
            name: "Ann".into(),
            kind: EntityKind::Person,
            kind_rule: Default::default(),
            aliases: vec![],
            mentions: 1,
            positions: vec![Span {
                block: 1,
                start: 12,
                end: 15,
            }],
        },
        Entity {
            name: "Paris".into(),
            kind: EntityKind::Place,
            kind_rule: Default::default(),
            aliases: vec![],
            mentions: 1,
            positions: vec![Span {
                block: 5,
                start: paris,
                end: paris + 5,
            }],
        },
    ];
    Article {
        source: "test".into(),
        title: "Title".into(),
        blocks,
        quotes,
        entities,
        ..Article::default()
    }
}

pub(super) fn app() -> App {
    let second = Article {
        title: "Second".into(),
        ..article()
    };
    App::with_size(vec![article(), second], vec![], 140, 20)
}

#[test]
fn starts_on_the_list_with_the_first_article_shown() {
    let app = app();
    assert_eq!(app.focus, Pane::List);
    assert_eq!(app.selected, 0);
    assert!(!app.view.doc.lines.is_empty());
}

#[test]
fn quote_jumps_skip_scare_quotes_and_count_attributed_ones() {
    let mut app = app();
    app.update(Action::NextQuote);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 1/4 · Ann"));
    app.update(Action::NextQuote);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 2/4 · Ann"));
    app.update(Action::PrevQuote);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 1/4 · Ann"));
    app.update(Action::PrevQuote);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 1/4 · Ann"));
    assert!(app.message.is_some());
}

#[test]
fn speaker_jumps_skip_runs_and_step_back_to_their_start() {
    let mut app = app();
    app.update(Action::NextSpeaker);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 1/4 · Ann"));
    app.update(Action::NextSpeaker);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 3/4 · Bob"));
    app.update(Action::NextSpeaker);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 4/4 · Ann"));
    app.update(Action::PrevSpeaker);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 3/4 · Bob"));
    app.update(Action::PrevSpeaker);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 1/4 · Ann"));
}

#[test]
fn jumping_scrolls_the_quote_into_view() {
    let mut app = app();
    app.update(Action::Bottom);
    app.update(Action::NextSpeaker);
    app.update(Action::NextSpeaker);
    let q = &app.doc(0).unwrap().quotes[3];
    let line = app.view.doc.line_of(q.block, q.start).unwrap_or(usize::MAX);
    assert!(line >= app.reader_scroll && line < app.reader_scroll + app.reader_height());
}

#[test]
fn entity_enter_highlights_and_n_steps_through_stops() {
    let mut app = app();
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Pane::Sidebar);
    app.update(Action::Enter);
    assert_eq!(app.highlight, Some(0));
    assert_eq!(app.cursor_status().as_deref(), Some("quote 1/3 · Ann"));
    app.update(Action::NextMatch);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 2/3 · Ann"));
    app.update(Action::PrevMatch);
    app.update(Action::PrevMatch);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 3/3 · Ann"));
    // From the speaker's quote, `[` continues with the attributed quotes.
    app.update(Action::PrevQuote);
    assert_eq!(app.cursor_status().as_deref(), Some("quote 3/4 · Bob"));
    app.update(Action::Down);
    app.update(Action::Enter);
    assert_eq!(app.cursor_status().as_deref(), Some("mention 1/1 · Paris"));
    assert!(app.current_mention().is_some());
    app.update(Action::Escape);
    assert_eq!(app.highlight, None);
    assert_eq!(app.cursor_status(), None);
}

#[test]
fn moving_in_the_list_previews_and_resets_the_reader() {
    let mut app = app();
    app.update(Action::NextQuote);
    app.update(Action::Down);
    assert_eq!(app.selected, 1);
    assert_eq!(app.view.article, 1);
    assert_eq!(app.cursor, Cursor::None);
    assert_eq!(app.reader_scroll, 0);
    assert!(!app.state(1).read, "previewing is not reading");
    assert_eq!(app.dwell_target(), None, "nor does it start the dwell");
    app.update(Action::Enter);
    assert_eq!(app.focus, Pane::Reader);
    assert_eq!(app.dwell_target(), Some(1), "opening starts it");
    assert!(!app.state(1).read, "opening alone is not reading yet");
    app.update(Action::Dwell);
    assert!(app.state(1).read);
    assert_eq!(app.dwell_target(), None);
}

#[test]
fn help_overlay_takes_escape_first() {
    let mut app = app();
    app.update(Action::NextQuote);
    app.update(Action::ToggleHelp);
    assert!(app.help_open);
    app.update(Action::Escape);
    assert!(!app.help_open);
    assert!(app.cursor_status().is_some(), "Esc only closed the overlay");
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn focus_cycles_over_visible_panes_and_sidebar_folds() {
    let mut app = app();
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Reader);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Sidebar);
    app.update(Action::ToggleSidebar);
    assert_eq!(app.focus, Pane::Reader, "hidden pane loses focus");
    app.update(Action::Resize(50, 20));
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::List, "narrow: Tab walks all three");
}

#[test]
fn resize_rewraps_and_keeps_the_reading_place() {
    let mut app = app();
    app.update(Action::FocusNext);
    app.update(Action::PageDown);
    let top = app.view.doc.lines[app.reader_scroll].clone();
    app.update(Action::Resize(70, 20));
    assert_ne!(app.view.doc.measure, 0);
    let now = &app.view.doc.lines[app.reader_scroll];
    assert_eq!(now.block, top.block);
    assert!(now.start <= top.start && top.start < now.end.max(now.start + 1));
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer_and_click_selects() {
    let mut app = app();
    let reader = app.panes().reader.unwrap_or_default();
    app.update(Action::Scroll {
        col: reader.x + 5,
        row: reader.y + 3,
        down: true,
    });
    assert_eq!(app.reader_scroll, 3);
    assert_eq!(app.focus, Pane::List, "the wheel does not move focus");
    let list = app.panes().list.unwrap_or_default();
    app.update(Action::Click {
        col: list.x + 3,
        row: list.y + 3,
    });
    assert_eq!(app.selected, 1);
    app.update(Action::Click {
        col: reader.x + 3,
        row: reader.y + 3,
    });
    assert_eq!(app.focus, Pane::Reader);
}

#[test]
fn no_articles_is_fine() {
    let mut app = App::with_size(vec![], vec!["x: unreadable".into()], 80, 24);
    for a in [
        Action::Down,
        Action::NextQuote,
        Action::PrevSpeaker,
        Action::Enter,
        Action::FocusNext,
        Action::Enter,
        Action::NextMatch,
        Action::Bottom,
    ] {
        app.update(a);
    }
    assert!(!app.quit);
}

#[test]
fn shrinking_keeps_the_selected_article_in_view() {
    let many: Vec<Article> = (0..30)
        .map(|i| Article {
            title: format!("Article {i}"),
            ..article()
        })
        .collect();
    let mut app = App::with_size(many, vec![], 140, 60);
    app.update(Action::Bottom);
    assert_eq!(app.selected, 29);
    app.update(Action::Resize(140, 12));
    assert!(app.selected >= app.list_offset && app.selected < app.list_offset + app.list_page());
}

#[test]
fn a_folded_sidebar_keeps_its_header_when_shown() {
    let mut app = App::with_size(vec![article()], vec![], 90, 30);
    assert!(app.panes().sidebar.is_none());
    app.update(Action::ToggleSidebar);
    assert_eq!(app.side_offset, 0, "PEOPLE header stays in view");
    // The sidebar took the list's place, so the reader has the focus.
    assert_eq!(app.focus, Pane::Reader);
    app.update(Action::Resize(50, 20));
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Sidebar);
    assert_eq!(app.side_offset, 0);
}
