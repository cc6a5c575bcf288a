//! Properties of the reader's state and drawing over arbitrary input:
//! article text full of terminal escapes (through the real loader, and
//! straight into the model as other callers could), hostile file names and
//! skip messages, terminal sizes from 1×1 to 400×200, and any sequence of
//! keys, mouse events and resizes. After every event, applied through the
//! same mapping and `App::update` the binary uses and drawn into a
//! `TestBackend`: nothing panics, every index stays in range, and no cell
//! or status line holds a character a terminal would act on.

#[path = "support/proptest_cases.rs"]
mod proptest_cases;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use newsreader::article::{Article, Block, BlockKind};
use newsreader::loader::parse;
use newsreader::tui::action::action_for_event;
use newsreader::tui::app::App;
use newsreader::tui::help;
use newsreader::tui::printable::is_unsafe;
use newsreader::tui::render::render;
use newsreader::tui::status::status_text;
use proptest::prelude::*;
use proptest_cases::cases;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// Pieces hostile text is made of: escapes of every family, raw controls,
/// and enough ordinary prose (quotes, names, speech verbs) that the loader
/// finds quotes and entities for the jumps to walk.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\x1b]0;PWNED\x07".to_string()),
        Just("\x1b]2;PWNED\x1b\\".to_string()),
        Just("\x1b]52;c;cHduZWQ=\x07".to_string()),
        Just("\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\".to_string()),
        Just("\x1b[2J\x1b[H".to_string()),
        Just("\x1b[31m".to_string()),
        Just("\u{9b}2J".to_string()),
        Just("\u{9d}0;PWNED\u{9c}".to_string()),
        Just("\r".to_string()),
        Just("\x08\x08".to_string()),
        Just("\u{202E}".to_string()),
        Just("\x1b".to_string()),
        Just("\n\n".to_string()),
        Just("“I come in peace,” said Kim Jong Un. ".to_string()),
        Just("Bruce Klinger, an analyst, said: “It is a signal.” ".to_string()),
        Just("North Korean leader Kim Jong Un met Vladimir Putin in Vladivostok. ".to_string()),
        Just("北朝鮮 🎉 e\u{301}te\u{301} ".to_string()),
        "[a-zA-Z ,.]{0,40}",
        any::<String>().prop_map(|s| s.chars().take(24).collect()),
        proptest::collection::vec(0u8..0x20, 0..6)
            .prop_map(|b| b.into_iter().map(char::from).collect()),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..24).prop_map(|v| v.concat())
}

/// A file name as Linux allows it: anything but `/` and NUL.
fn hostile_name() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..4)
        .prop_map(|v| format!("/news/{}.txt", v.concat().replace(['/', '\0'], "_")))
}

/// Articles as the loader makes them from hostile text and names, plus one
/// built directly with raw controls everywhere (the model must clean what
/// it is given, whoever gives it).
fn articles() -> impl Strategy<Value = Vec<Article>> {
    let parsed = (hostile_name(), hostile_text()).prop_map(|(name, text)| parse(&name, &text));
    let raw =
        (hostile_name(), hostile_text(), hostile_text()).prop_map(|(name, title, body)| Article {
            source: name,
            title,
            byline: Some("\x1b]0;PWNED\x07 staff".into()),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                text: body,
            }],
            ..Article::default()
        });
    proptest::collection::vec(prop_oneof![4 => parsed, 1 => raw], 0..5)
}

fn skipped() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        3 => proptest::collection::vec(hostile_name(), 0..3)
            .prop_map(|v| v.into_iter().map(|n| format!("{n}: looks like binary data")).collect()),
        1 => (0usize..400).prop_map(|n| (0..n).map(|i| format!("/bad/{i}.txt: unreadable")).collect()),
    ]
}

/// Every key the reader maps, and some it does not.
fn key_code() -> impl Strategy<Value = KeyCode> {
    let mapped: Vec<KeyCode> = "q?lhjkgG b][}{nNe"
        .chars()
        .map(KeyCode::Char)
        .chain([
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Enter,
        ])
        .collect();
    prop_oneof![
        6 => proptest::sample::select(mapped),
        1 => any::<char>().prop_map(KeyCode::Char),
        1 => (1u8..=24).prop_map(KeyCode::F),
        1 => Just(KeyCode::Backspace),
    ]
}

fn key_event() -> impl Strategy<Value = Event> {
    let modifiers = prop_oneof![
        6 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::ALT),
    ];
    let kind = prop_oneof![
        6 => Just(KeyEventKind::Press),
        1 => Just(KeyEventKind::Repeat),
        1 => Just(KeyEventKind::Release),
    ];
    (key_code(), modifiers, kind).prop_map(|(code, modifiers, kind)| {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind,
            state: KeyEventState::NONE,
        })
    })
}

fn mouse_event() -> impl Strategy<Value = Event> {
    let kind = prop_oneof![
        Just(MouseEventKind::ScrollDown),
        Just(MouseEventKind::ScrollUp),
        Just(MouseEventKind::Down(MouseButton::Left)),
        Just(MouseEventKind::Down(MouseButton::Right)),
        Just(MouseEventKind::Up(MouseButton::Left)),
        Just(MouseEventKind::Drag(MouseButton::Left)),
        Just(MouseEventKind::Moved),
    ];
    // Positions may lie outside the screen: terminals report stale ones
    // around a resize.
    (kind, 0u16..=450, 0u16..=250).prop_map(|(kind, column, row)| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    })
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        8 => key_event(),
        2 => mouse_event(),
        2 => size().prop_map(|(w, h)| Event::Resize(w, h)),
        1 => Just(Event::FocusGained),
    ]
}

/// Any size up to 400×200, but mostly the small and ordinary ones where
/// layouts change: a 400×200 frame costs tens of milliseconds to draw and
/// diff in a debug build, and the whole run should take seconds.
fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        1 => (1u16..=400, 1u16..=200),
        2 => (1u16..=12, 1u16..=6),
        2 => (13u16..=160, 7u16..=50),
    ]
}

/// Everything that must hold between any two events.
fn check(app: &App, terminal: &Terminal<TestBackend>) -> Result<(), TestCaseError> {
    let n = app.entries.len();
    prop_assert!(
        n == 0 && app.selected == 0 || app.selected < n,
        "selected {} of {n}",
        app.selected
    );
    // The list shows `visible` (the filtered or found articles) from
    // `list_offset`: the selection's place is its position there, which
    // is its index in `entries` only while every article is shown.
    if !app.visible.is_empty() {
        prop_assert!(
            app.visible.contains(&app.selected),
            "selected article {} not in the list {:?}",
            app.selected,
            app.visible
        );
    }
    let pos = app.list_pos();
    prop_assert!(app.list_offset <= pos, "list offset past the selection");
    if app.panes().list.is_some() {
        prop_assert!(
            pos < app.list_offset + app.list_page(),
            "selection scrolled out of the list"
        );
    }
    prop_assert!(
        app.reader_scroll <= app.max_reader_scroll(),
        "reader scrolled past the end"
    );
    let entities = app.view.side_entities.len();
    prop_assert!(entities == 0 && app.side_selected == 0 || app.side_selected < entities);
    prop_assert!(app.side_offset <= app.view.side_rows.len());
    if app.help_open {
        let (len, shown) = help::measure(app, app.width, app.height);
        prop_assert!(
            app.help_scroll <= len.saturating_sub(shown),
            "help scrolled past its end"
        );
    }
    let status = status_text(app);
    prop_assert!(!status.chars().any(is_unsafe), "status line {status:?}");
    let entries = app
        .entries
        .iter()
        .flat_map(|e| [&e.source, &e.title].into_iter().chain(e.dateline.as_ref()));
    let docs = app.resident.iter().chain(&app.current).flat_map(|a| {
        [&a.source, &a.title]
            .into_iter()
            .chain(a.blocks.iter().map(|b| &b.text))
    });
    for s in app.skipped.iter().chain(entries).chain(docs) {
        prop_assert!(!s.chars().any(is_unsafe), "model holds {s:?}");
    }
    let buf = terminal.backend().buffer();
    for (i, cell) in buf.content.iter().enumerate() {
        prop_assert!(
            !cell.symbol().chars().any(is_unsafe),
            "cell {i} holds {:?}",
            cell.symbol()
        );
    }
    Ok(())
}

/// Feed `events` to an app on `articles` at `w`×`h` as the binary does,
/// checking the invariants after each.
fn run_events(
    articles: Vec<Article>,
    skipped: Vec<String>,
    (w, h): (u16, u16),
    events: &[Event],
) -> Result<(), TestCaseError> {
    let mut app = App::with_size(articles, skipped, w, h).with_origin("/news/\x1b]0;PWNED\x07");
    let mut terminal =
        Terminal::new(TestBackend::new(w, h)).map_err(|e| TestCaseError::fail(e.to_string()))?;
    terminal
        .draw(|f| render(&app, f))
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    check(&app, &terminal)?;
    for event in events {
        if app.quit {
            break;
        }
        if let Event::Resize(w, h) = event {
            terminal.backend_mut().resize(*w, *h);
        }
        if let Some(action) = action_for_event(event, app.key_context(), &app.keymap) {
            app.update(action);
        }
        terminal
            .draw(|f| render(&app, f))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        check(&app, &terminal)?;
    }
    Ok(())
}

fn press(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// The case the property below shrank to (issue 13): at 1×1 the reader
/// has no rows, so `G` scrolls to the last line; growing the terminal
/// taller without changing the measure left it scrolled past the end.
#[test]
fn a_taller_terminal_pulls_the_reader_back_from_past_the_end() {
    let article = Article {
        source: "/news/.txt".into(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            text: "link".into(),
        }],
        ..Article::default()
    };
    let events = [
        press(KeyCode::Right),
        press(KeyCode::Char('G')),
        Event::Resize(1, 4),
    ];
    if let Err(e) = run_events(vec![article], vec![], (1, 1), &events) {
        panic!("{e}");
    }
}

/// A case the property below found with 10,000 cases: with a filter on,
/// the list's rows are the filtered articles, so the selection's row is
/// not its index among all articles (the check had compared the two).
#[test]
fn a_filtered_list_keeps_its_selection_in_view() {
    let articles = vec![
        parse("/news/.txt", "“I come in peace,” said Kim Jong Un."),
        Article {
            source: "/news/.txt".into(),
            ..Article::default()
        },
    ];
    let shift = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT));
    let events = [shift('}'), shift('f'), Event::Resize(1, 2)];
    if let Err(e) = run_events(articles, vec![], (1, 1), &events) {
        panic!("{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(64), ..ProptestConfig::default() })]

    #[test]
    fn any_input_any_size_any_keys(
        articles in articles(),
        skipped in skipped(),
        size in size(),
        events in proptest::collection::vec(event(), 0..24),
    ) {
        run_events(articles, skipped, size, &events)?;
    }
}
