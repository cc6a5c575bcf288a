//! What the screen says of files that could not be read: every one in the
//! `?` help, the empty state's where and why, and names made printable.

use super::*;

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
    assert!(!unsafe_in(&app.entries[0].source()));
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
    let status = crate::tui::panes::status::status_text(&app);
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

#[test]
fn failed_index_writes_are_said_not_dropped() {
    use crate::library::index::IndexMsg;
    use crate::tui::app::Prepared;
    let mut app = App::with_size(vec![article()], vec![], 160, 30);
    app.apply_index(Prepared::from_msg(IndexMsg::WriteFailed {
        count: 3,
        first: "adding to the search index: disk full\x1b[2J".into(),
    }));
    let status = crate::tui::panes::status::status_text(&app);
    assert!(
        status.contains("search may miss articles: 3 index writes failed"),
        "{status}"
    );
    assert!(
        status.contains("first: adding to the search index: disk full"),
        "{status}"
    );
    assert!(!status.chars().any(printable::is_unsafe), "{status}");
}
