//! `update` transitions on a small hand-made article, no terminal needed.

use super::*;
use crate::article::{Block, BlockKind, Entity, EntityKind, Quote, Span};
use crate::tui::help;

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

fn screen(app: &App) -> String {
    let backend = ratatui::backend::TestBackend::new(app.width, app.height);
    let mut terminal = ratatui::Terminal::new(backend).unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|f| crate::tui::render::render(app, f))
        .unwrap_or_else(|e| panic!("{e}"));
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn help_scroll_stops_at_the_end_of_thousands_of_skipped_files() {
    let skipped: Vec<String> = (0..5000)
        .map(|i| format!("/library/{i:04}.txt: looks like binary data"))
        .collect();
    let mut app = App::with_size(vec![article()], skipped, 100, 30);
    app.update(Action::ToggleHelp);
    app.update(Action::Bottom);
    let (len, shown) = help::measure(&app, 100, 30);
    let max = len - shown;
    assert!(len > 5000, "every skipped file has a line: {len}");
    assert_eq!(app.help_scroll, max);
    assert!(screen(&app).contains("/library/4999.txt"));
    // Holding j past the end must not bank presses that k then has to undo.
    for _ in 0..50 {
        app.update(Action::Down);
    }
    assert_eq!(app.help_scroll, max);
    app.update(Action::Up);
    assert_eq!(app.help_scroll, max - 1);
    app.update(Action::Top);
    assert!(screen(&app).contains("Move"));
    // A taller screen shows more at once, so the last page starts earlier.
    app.update(Action::Bottom);
    app.update(Action::Resize(100, 60));
    let (len, shown) = help::measure(&app, 100, 60);
    assert_eq!(app.help_scroll, len - shown);
}

#[test]
fn hostile_names_and_messages_are_made_printable() {
    let evil = Article {
        source: "/news/evil\x1b]0;PWNED\x07.txt".into(),
        title: "Title \x1b]52;c;cHduZWQ=\x07".into(),
        ..article()
    };
    let skipped = vec!["/news/bad\x1b[2J\u{9b}.txt: unreadable".to_string()];
    let app = App::with_size(vec![evil], skipped, 120, 30).with_origin("/news/\x1b]2;x\x07");
    let unsafe_in = |s: &str| s.chars().any(printable::is_unsafe);
    assert!(!unsafe_in(&app.entries[0].source));
    assert!(!unsafe_in(&app.entries[0].title));
    let doc = app.doc(0).expect("held");
    assert!(!unsafe_in(&doc.source) && !unsafe_in(&doc.title));
    assert!(!unsafe_in(&app.skipped[0]));
    assert!(!unsafe_in(&app.origin));
    let shown = screen(&app);
    // Names hide nothing: each control shows as a visible escape.
    assert!(shown.contains("evil<U+001B>]"), "{shown}");
    assert!(
        shown.contains("skipped: /news/bad<U+001B>[2J<U+009B>.txt"),
        "{shown}"
    );
    assert!(!unsafe_in(&shown.replace('\n', "")));
}

#[test]
fn an_empty_library_says_where_and_why() {
    let skipped: Vec<String> = (0..40).map(|i| format!("/lib/{i}.txt: binary")).collect();
    let mut app = App::with_size(vec![], skipped, 120, 30).with_origin("/lib");
    let shown = screen(&app);
    assert!(shown.contains("No articles in /lib"), "{shown}");
    assert!(shown.contains("40 files were skipped:"), "{shown}");
    assert!(shown.contains("/lib/0.txt: binary"), "{shown}");
    assert!(shown.contains("more: ? lists them all"), "{shown}");
    // The status line keeps saying so after the first key.
    app.update(Action::Down);
    let status = crate::tui::status::status_text(&app);
    assert!(
        status.contains("No articles in /lib · 40 files skipped"),
        "{status}"
    );
    let empty = App::with_size(vec![], vec![], 80, 24).with_origin("/empty");
    let shown = screen(&empty);
    assert!(shown.contains("No articles in /empty"), "{shown}");
    assert!(shown.contains("Nothing there could be read"), "{shown}");
    let mut app = empty;
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn a_long_skip_message_wraps_and_its_end_can_be_scrolled_to() {
    let long = format!(
        "/deep/{}/end-of-path.txt: permission denied",
        "folder/".repeat(30)
    );
    let mut app = App::with_size(vec![article()], vec![long, "/x.txt: binary".into()], 80, 24);
    app.update(Action::ToggleHelp);
    let (short_len, _) = help::measure(&App::with_size(vec![], vec!["a".into()], 80, 24), 80, 24);
    let (len, _) = help::measure(&app, 80, 24);
    assert!(len >= short_len + 3, "the long message takes several rows");
    app.update(Action::Bottom);
    let shown = screen(&app);
    assert!(shown.contains("permission denied"), "{shown}");
    assert!(shown.contains("/x.txt: binary"), "{shown}");
}
