//! Sizes through ratatui's `TestBackend`: 80×24 folds the sidebar, 50×20
//! shows one pane, every size down to 1×1 renders, and wide characters
//! never cross a border.

#[path = "support/tui.rs"]
mod support;

use newsreader::tui::action::Action;
use newsreader::tui::app::App;
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
    assert_eq!(app.focus, Pane::Sidebar);
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
