//! Properties of the reader's state and drawing over arbitrary input:
//! article text full of terminal escapes (through the real loader, and
//! straight into the model as other callers could), hostile file names and
//! skip messages, terminal sizes from 1×1 to 400×200, and any sequence of
//! keys, mouse events and resizes, interleaved, for a library, with what
//! the background threads send (index batches, articles read or not,
//! search replies, stale ones among them; see `tui_props/background.rs`).
//! After every step, applied through the same mapping and `App::update`
//! the binary uses, with the model's effects carried out as its loop does,
//! and drawn into a `TestBackend`: nothing panics, every index stays in
//! range, and no cell or status line holds a character a terminal would
//! act on.

#[path = "tui_props/background.rs"]
mod background;
#[path = "support/proptest_cases.rs"]
mod proptest_cases;
#[path = "tui_props/strategies.rs"]
mod strategies;

use background::{entry_of, step, Loop, Step};
use newsreader::article::{Article, Block, BlockKind};
use newsreader::loader::parse;
use newsreader::tui::action::{action_for_event, Action};
use newsreader::tui::app::App;
use newsreader::tui::panes::help;
use newsreader::tui::panes::status::status_text;
use newsreader::tui::printable::is_unsafe;
use newsreader::tui::render::render;
use proptest::prelude::*;
use proptest_cases::cases;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use strategies::{articles, event, size, skipped};

/// Everything that must hold between any two events.
fn check(app: &App, terminal: &Terminal<TestBackend>) -> Result<(), TestCaseError> {
    let n = app.entries().len();
    prop_assert!(
        n == 0 && app.selected() == 0 || app.selected() < n,
        "selected {} of {n}",
        app.selected()
    );
    // The list shows `visible` (the filtered or found articles) from
    // `list_offset`: the selection's place is its position there, which
    // is its index in `entries` only while every article is shown.
    if !app.visible().is_empty() {
        prop_assert!(
            app.visible().contains(&app.selected()),
            "selected article {} not in the list {:?}",
            app.selected(),
            app.visible()
        );
    }
    let pos = app.list_pos();
    prop_assert!(app.list_offset() <= pos, "list offset past the selection");
    if app.panes().list.is_some() {
        prop_assert!(
            pos < app.list_offset() + app.list_page(),
            "selection scrolled out of the list"
        );
    }
    prop_assert!(
        app.reader_scroll() <= app.max_reader_scroll(),
        "reader scrolled past the end"
    );
    let entities = app.view().side_entities.len();
    prop_assert!(entities == 0 && app.side_selected() == 0 || app.side_selected() < entities);
    prop_assert!(app.side_offset() <= app.view().side_rows.len());
    if app.help_open() {
        let (len, shown) = help::measure(app, app.width(), app.height());
        prop_assert!(
            app.help_scroll() <= len.saturating_sub(shown),
            "help scrolled past its end"
        );
    }
    let status = status_text(app);
    prop_assert!(!status.chars().any(is_unsafe), "status line {status:?}");
    // A file's source is its path, made printable when asked for.
    let sources: Vec<String> = app
        .entries()
        .iter()
        .map(|e| e.source().into_owned())
        .collect();
    let entries = app
        .entries()
        .iter()
        .zip(&sources)
        .flat_map(|(e, source)| [source, &e.title].into_iter().chain(e.dateline.as_ref()));
    let docs = app.held().flat_map(|a| {
        [&a.source, &a.title]
            .into_iter()
            .chain(a.blocks.iter().map(|b| &b.text))
    });
    for s in app.skipped().iter().chain(entries).chain(docs) {
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
    let app = App::with_size(articles, skipped, w, h).with_origin("/news/\x1b]0;PWNED\x07");
    let steps: Vec<Step> = events.iter().cloned().map(Step::Input).collect();
    run_steps(app, &[], (w, h), &steps)
}

/// Feed `steps` to `app` at `w`×`h` as the binary's loop does: input
/// through the key map, background messages as they come (made from
/// `pool`, the articles the library's files hold), the model's effects
/// carried out before each frame; checking the invariants after each.
fn run_steps(
    mut app: App,
    pool: &[Article],
    (w, h): (u16, u16),
    steps: &[Step],
) -> Result<(), TestCaseError> {
    let mut work = Loop::default();
    let mut terminal =
        Terminal::new(TestBackend::new(w, h)).map_err(|e| TestCaseError::fail(e.to_string()))?;
    work.effects(&mut app);
    terminal
        .draw(|f| render(&app, f))
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    check(&app, &terminal)?;
    for step in steps {
        if app.quitting() {
            break;
        }
        match step {
            Step::Input(event) => {
                if let Event::Resize(w, h) = event {
                    terminal.backend_mut().resize(*w, *h);
                }
                if let Some(action) = action_for_event(event, app.key_context(), app.keymap()) {
                    app.update(action);
                }
            }
            other => {
                if let Some(msg) = work.message(other, pool) {
                    app.update(msg);
                }
            }
        }
        work.effects(&mut app);
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

    /// A library (articles read from files when shown) filling in while
    /// the keys go on: the list replaced, extended and failed under the
    /// selection, articles arriving for the selection or for one it left,
    /// search replies for the newest question or an overtaken one.
    #[test]
    fn a_library_with_background_messages_among_the_keys(
        pool in articles(),
        skipped in skipped(),
        size in size(),
        listed in proptest::collection::vec(0usize..8, 0..6),
        steps in proptest::collection::vec(step(), 0..32),
    ) {
        let entries = listed.iter().filter_map(|&k| entry_of(&pool, k)).collect();
        let mut app = App::from_entries(entries, skipped).with_origin("/lib/\x1b]0;PWNED\x07");
        app.update(Action::Resize(size.0, size.1));
        run_steps(app, &pool, size, &steps)?;
    }
}
