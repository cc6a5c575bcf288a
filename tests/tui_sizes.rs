//! Sizes through ratatui's `TestBackend`: 80×24 folds the sidebar, 50×20
//! shows one pane, every size down to 1×1 renders, and wide characters
//! never cross a border.

#[path = "support/tui.rs"]
mod support;

use newsreader::tui::action::Action;
use newsreader::tui::app::{App, Msg};
use newsreader::tui::layout::Pane;
use support::{app, draw, find, fixture, status, text};

#[test]
fn medium_80x24_folds_the_sidebar() {
    let mut app = app(80, 24);
    let buf = draw(&app, 80, 24);
    insta::assert_snapshot!("medium_80x24", text(&buf));
    assert!(find(&buf, "Entities").is_none());
    assert!(find(&buf, "Articles").is_some() && find(&buf, "Reader").is_some());
    app.update(Action::ToggleSidebar);
    let buf = draw(&app, 80, 24);
    assert!(find(&buf, "Entities").is_some(), "e shows the sidebar");
}

#[test]
fn narrow_50x20_shows_one_pane_and_tab_switches() {
    let mut app = app(50, 20);
    let buf = draw(&app, 50, 20);
    insta::assert_snapshot!("narrow_50x20", text(&buf));
    assert!(
        status(&buf).contains("Tab pane"),
        "Tab hinted when panes are hidden"
    );
    assert!(find(&buf, "Articles").is_some() && find(&buf, "Reader").is_none());
    app.update(Action::FocusNext);
    let buf = draw(&app, 50, 20);
    assert!(find(&buf, "Reader").is_some() && find(&buf, "Articles").is_none());
    app.update(Action::FocusNext);
    let buf = draw(&app, 50, 20);
    assert!(find(&buf, "Entities").is_some());
    assert_eq!(app.focus(), Pane::Sidebar);
}

#[test]
fn tiny_sizes_render_without_panic() {
    for w in 1..=20 {
        for h in 1..=10 {
            let mut app = app(w, h);
            draw(&app, w, h);
            app.update(Action::NextSpeaker);
            app.update(Action::FocusNext);
            draw(&app, w, h);
            app.update(Action::ToggleHelp);
            draw(&app, w, h);
        }
    }
    let app = App::with_size(vec![], vec![], 1, 1);
    draw(&app, 1, 1);
}

#[test]
fn rendering_at_a_size_update_has_not_seen_still_fits() {
    // The cached wrap is for 140 columns; drawing at 70 must re-wrap, not
    // overflow or panic.
    let app = app(140, 40);
    let buf = draw(&app, 70, 20);
    assert!(find(&buf, "Reader").is_some());
}

#[test]
fn cjk_and_emoji_never_cross_the_pane_border() {
    for w in [60u16, 73, 101, 140] {
        let mut app = app(w, 40);
        app.update(Action::FocusNext);
        app.update(Action::Bottom);
        let buf = draw(&app, w, 40);
        let reader = app.panes().reader.unwrap_or_default();
        let right = reader.right() - 1;
        for y in reader.y + 1..reader.bottom() - 1 {
            let sym = buf[(right, y)].symbol();
            assert!(
                ["│", "┃", "█", "║", " "].contains(&sym),
                "row {y} at width {w}: border cell is {sym:?}\n{}",
                text(&buf)
            );
        }
        assert!(text(&buf).contains("北朝鮮"), "{}", text(&buf));
    }
}

#[test]
fn skipped_files_are_reported_in_status_and_help() {
    let skipped = vec![
        "missing.txt: No such file or directory".to_string(),
        "binary.bin: not UTF-8 text".to_string(),
    ];
    let mut app = App::with_size(vec![fixture()], skipped, 100, 30);
    let s = status(&draw(&app, 100, 30));
    assert!(s.contains("skipped 2 files"), "{s}");
    app.update(Action::ToggleHelp);
    for _ in 0..30 {
        app.update(Action::Down);
    }
    let t = text(&draw(&app, 100, 30));
    assert!(t.contains("missing.txt: No such file"), "{t}");
}

#[test]
fn no_articles_still_draws_every_pane() {
    let app = App::with_size(vec![], vec!["empty.txt: no text".into()], 140, 40);
    let buf = draw(&app, 140, 40);
    let t = text(&buf);
    assert!(
        t.contains("No articles") && t.contains("Reader") && t.contains("Entities"),
        "{t}"
    );
}

/// The inside of the rows `from..to` of a screen, words joined by one
/// space: text wrapped over rows reads as one run.
fn words(buf: &ratatui::buffer::Buffer, from: u16, to: u16) -> String {
    let mut out: Vec<String> = Vec::new();
    for y in from..to {
        let r = support::row(buf, y);
        let inside = r.trim_matches(|c| matches!(c, '┃' | '█' | '│' | ' '));
        out.extend(inside.split_whitespace().map(str::to_string));
    }
    out.join(" ")
}

/// At every size the help covers every row above the status bar, edge to
/// edge (no pane border or reader text beside or under it), and scrolling
/// through it shows every key row's text whole, wrapped where it must be.
#[test]
fn help_covers_the_panes_and_every_line_fits_at_any_size() {
    for (w, h) in [(140, 40), (100, 30), (80, 24), (60, 20), (50, 20), (40, 16)] {
        let mut app = app(w, h);
        app.update(Action::ToggleHelp);
        let mut seen = String::new();
        let mut first = true;
        loop {
            let buf = draw(&app, w, h);
            assert!(support::row(&buf, 0).starts_with("┏ Keys"), "{w}×{h}");
            assert!(support::row(&buf, h - 2).starts_with('┗'), "{w}×{h}");
            for y in 1..h - 2 {
                let r = support::row(&buf, y);
                assert!(r.starts_with('┃'), "{w}×{h} row {y}: {r}");
                assert!(r.ends_with('┃') || r.ends_with('█'), "{w}×{h}: {r}");
            }
            assert!(find(&buf, "Vladivostok").is_none(), "reader text shows");
            // One row at a time: the first page whole, then each row that
            // scrolls in at the bottom.
            let fresh = if first {
                words(&buf, 1, h - 2)
            } else {
                words(&buf, h - 3, h - 2)
            };
            first = false;
            seen = format!("{seen} {fresh}");
            let at = app.help_scroll();
            app.update(Action::Down);
            if app.help_scroll() == at {
                break;
            }
        }
        for (_, rows) in newsreader::tui::panes::help::sections() {
            for r in &rows {
                assert!(seen.contains(r.what), "{w}×{h}: {:?} in {seen}", r.what);
            }
        }
    }
}

/// However long the note on the status bar, `? help` stays visible, so a
/// newcomer always learns where the keys are.
#[test]
fn the_help_hint_shows_whatever_the_status_says() {
    for (w, h) in [(140, 40), (120, 30), (80, 24), (50, 20), (24, 10)] {
        let mut app = app(w, h);
        app.update(Msg::Note(format!(
            "showing the bundled samples: {}",
            "x".repeat(200)
        )));
        let buf = draw(&app, w, h);
        assert!(status(&buf).contains("? help"), "{w}: {}", status(&buf));
    }
}

/// A note that matters (a state file moved aside) stays readable: the
/// status bar says where it is whole, and after the next key the `?`
/// help lists it, wrapped, at any size.
#[test]
fn a_note_stays_readable_in_the_help() {
    let note = "/home/u/.local/share/newsreader/state.db was not a newsreader \
                database (file is not a database); moved it to \
                /home/u/.local/share/newsreader/state.db.bad-1733400000; starting fresh";
    for (w, h) in [(140, 40), (80, 24), (50, 20)] {
        let mut app = app(w, h);
        app.update(Msg::Note(note.to_string()));
        let buf = draw(&app, w, h);
        assert!(status(&buf).contains("(see ?)"), "{}", status(&buf));
        app.update(Action::Down);
        assert!(!status(&draw(&app, w, h)).contains("moved it"));
        app.update(Action::ToggleHelp);
        app.update(Action::Bottom);
        let buf = draw(&app, w, h);
        // A path longer than the line breaks inside itself: compare
        // without the breaks.
        let shown: String = words(&buf, 1, h - 2).split_whitespace().collect();
        let whole: String = note.split_whitespace().collect();
        assert!(shown.contains(&whole), "{w}×{h}: {shown}");
    }
}

/// After a resize the reader keeps in view what the status bar names: the
/// current quote, the current mention, the current search match.
#[test]
fn a_resize_keeps_the_current_quote_in_view() {
    let mut app = app(140, 40);
    for _ in 0..4 {
        app.update(Action::NextQuote);
    }
    let before = draw(&app, 140, 40);
    assert!(status(&before).starts_with(" quote 4/4 · Mark P. Barry"));
    for (w, h) in [(80, 12), (60, 10), (50, 8), (100, 14)] {
        app.update(Action::Resize(w, h));
        if app.panes().reader.is_none() {
            app.update(Action::FocusNext);
        }
        let buf = draw(&app, w, h);
        assert!(status(&buf).starts_with(" quote 4/4"), "{}", status(&buf));
        assert!(
            find(&buf, "Putin will").is_some(),
            "{w}×{h}: the current quote left the screen:\n{}",
            text(&buf)
        );
    }
}

/// The same for a search match: after the resize the match the status bar
/// counts is on screen.
#[test]
fn a_resize_keeps_the_current_match_in_view() {
    let mut app = app(140, 40);
    app.update(Action::FocusNext);
    app.update(Action::SearchStart);
    for c in "alternatives".chars() {
        app.update(Action::SearchInput(c));
    }
    app.update(Action::SearchSubmit);
    assert!(status(&draw(&app, 140, 40)).starts_with(" match 1/1"));
    for (w, h) in [(80, 10), (60, 8), (50, 7)] {
        app.update(Action::Resize(w, h));
        let buf = draw(&app, w, h);
        assert!(status(&buf).starts_with(" match 1/1"), "{}", status(&buf));
        // In the panes, not the status bar, which quotes the query.
        let panes = (0..h - 1).any(|y| support::row(&buf, y).contains("alternatives"));
        assert!(panes, "{w}×{h}: the match left the screen:\n{}", text(&buf));
    }
}

/// Where the sidebar stands in the list's place (below 100 columns), a
/// view shown in the list (a person's quotes, an entity's mentions) folds
/// it so the view is on screen.
#[test]
fn a_list_view_shows_where_the_sidebar_took_the_lists_place() {
    for action in [Action::Quotes, Action::Mentions] {
        let mut app = app(80, 24);
        app.update(Action::ToggleSidebar);
        assert!(app.panes().list.is_none() && app.panes().sidebar.is_some());
        app.update(Action::FocusNext);
        assert_eq!(app.focus(), Pane::Sidebar);
        app.update(Action::Enter);
        app.update(action);
        assert_eq!(app.focus(), Pane::List, "{action:?}");
        assert!(app.panes().list.is_some(), "{action:?}: the view is hidden");
    }
}
