//! The reader and the store together, across versions of a file: state
//! written before keys existed (under the text hash) is found and saved
//! under the article's key; then a corrected text, and a move after it,
//! keep it. Every file lives under a `tempfile::tempdir()`.

use std::path::Path;

use newsreader::article::Article;
use newsreader::store::Update;
use newsreader::store::{Change, Store};
use newsreader::tui::action::Action;
use newsreader::tui::app::{App, Effect, Entry, Msg};

#[path = "support/store.rs"]
mod store;
use store::{open_clean, up};

const TEXT: &str = "Council approves budget\n\n\
    The council met on Tuesday to discuss the new budget.\n\n\
    Ann Lee said the plan would cost more than expected this year.\n";

fn article(text: &str) -> Article {
    newsreader::loader::parse("story.txt", text)
}

/// The reading-state changes the model wants saved.
fn saves(app: &mut App) -> Vec<Update> {
    app.take_effects()
        .into_iter()
        .flat_map(|e| match e {
            Effect::Save(updates) => updates,
            _ => Vec::new(),
        })
        .collect()
}

/// The reader's model over one library file holding `text` at `path`,
/// with what `store` remembers; the changes it would save are applied.
fn open(store: &mut Store, path: &Path, text: &str) -> App {
    let a = article(text);
    let mut app = App::from_entries(vec![Entry::of(&a, Some(path.to_path_buf()))], vec![])
        .with_states(&store.load_all().unwrap());
    store.apply(&saves(&mut app)).unwrap();
    app
}

#[test]
fn state_from_before_keys_follows_an_edit_and_then_a_move() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let lib = dir.path().join("lib");
    // As the version before keys saved it: under the text hash alone.
    let old_id = article(TEXT).id;
    open_clean(&db)
        .apply(&[up(old_id.clone(), Change::Starred(true))])
        .unwrap();

    let mut s = open_clean(&db);
    let first = open(&mut s, &lib.join("story.txt"), TEXT);
    assert!(first.state(0).starred, "found by its text");
    let key = first.entries()[0].key();
    assert!(key.starts_with("file:"), "{key}");
    assert!(
        s.load(&[&key]).unwrap()[&key].starred,
        "and saved under its key"
    );

    // A typo fixed: another text hash, the same file.
    let fixed = TEXT.replace("Tuesday", "Wednesday");
    assert_ne!(article(&fixed).id, old_id);
    let edited = open(&mut s, &lib.join("story.txt"), &fixed);
    assert!(edited.state(0).starred, "found by its key");

    // Then moved: found by the corrected text's hash.
    let moved = open(&mut s, &lib.join("elsewhere/renamed.txt"), &fixed);
    assert!(moved.state(0).starred, "found by the new text");
    drop(s);

    // All of it is in the file, for the next start.
    let mut s = open_clean(&db);
    let mut again = open(&mut s, &lib.join("elsewhere/renamed.txt"), &fixed);
    assert!(again.state(0).starred);
    assert!(saves(&mut again).is_empty(), "nothing left to save");
}

#[test]
fn an_unstar_after_the_edit_is_not_undone_by_the_old_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let path = dir.path().join("lib/story.txt");
    let mut s = open_clean(&db);
    let mut app = open(&mut s, &path, TEXT);
    app.update(Action::ToggleStar);
    s.apply(&saves(&mut app)).unwrap();

    let fixed = TEXT.replace("Tuesday", "Wednesday");
    let mut app = open(&mut s, &path, &fixed);
    assert!(app.state(0).starred);
    app.update(Action::ToggleStar);
    s.apply(&saves(&mut app)).unwrap();
    assert!(!open(&mut s, &path, &fixed).state(0).starred);
    assert!(
        !open(&mut s, &path, TEXT).state(0).starred,
        "the file's key decides, whatever its text"
    );
}

/// A long article: `n` paragraphs, each naming its number.
fn long_text(n: usize) -> String {
    let paragraphs: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "Paragraph {i} begins here. The committee heard evidence from \
                 witnesses number {i} about the harbour, the road and the school."
            )
        })
        .collect();
    format!("Harbour inquiry\n\n{}\n", paragraphs.join("\n\n"))
}

/// The reader's model over `text` at `path`, the article read and shown.
fn reading(store: &mut Store, path: &Path, text: &str) -> App {
    let mut app = open(store, path, text);
    app.update(Action::Resize(100, 20));
    app.update(Msg::Doc {
        listed: 0,
        path: path.to_path_buf(),
        article: Box::new(Ok(article(text))),
    });
    app
}

/// The body text at the top of the reader, and the whole paragraph it
/// is in (the ends of these paragraphs are all alike).
fn top_line(app: &App) -> (String, String) {
    let line = &app.view().doc.lines[app.reader_scroll()];
    let block = line.block.expect("a body line");
    let paragraph = app.article().unwrap().blocks[block].text.clone();
    (line.text.clone(), paragraph)
}

/// A long article under `dir`, opened and read 25 lines down: the store,
/// its path, its text and the reader.
fn scrolled_into(dir: &Path) -> (Store, std::path::PathBuf, String, App) {
    let path = dir.join("lib/inquiry.txt");
    let text = long_text(30);
    let mut s = open_clean(&dir.join("state.db"));
    let mut app = reading(&mut s, &path, &text);
    app.update(Action::Enter);
    for _ in 0..25 {
        app.update(Action::Down);
    }
    (s, path, text, app)
}

#[test]
fn a_paragraph_added_above_keeps_the_reader_on_the_same_words() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path, text, mut app) = scrolled_into(dir.path());
    let was = top_line(&app);
    let line = &app.view().doc.lines[app.reader_scroll()];
    assert!(line.start > 0, "inside a paragraph: {was:?}");
    s.apply(&saves(&mut app)).unwrap();

    // A correction note goes in on top, and a typo is fixed below.
    let corrected = text
        .replacen(
            "Harbour inquiry\n\n",
            "Harbour inquiry\n\nCorrection: an earlier version named the wrong school.\n\n",
            1,
        )
        .replace("Paragraph 0 begins", "Paragraph 0 started");
    let again = reading(&mut s, &path, &corrected);
    assert_eq!(top_line(&again), was);
    assert!(
        again.reader_scroll() > app.reader_scroll(),
        "one paragraph further down"
    );
}

#[test]
fn the_paragraph_read_deleted_puts_the_reader_nearby() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path, _, mut app) = scrolled_into(dir.path());
    s.apply(&saves(&mut app)).unwrap();
    let block = app.view().doc.lines[app.reader_scroll()].block.unwrap();

    // Everything from the paragraph read on is cut.
    let cut = long_text(block.saturating_sub(1).max(1));
    let again = reading(&mut s, &path, &cut);
    assert!(again.reader_scroll() < again.view().doc.lines.len());
    assert!(
        again.reader_scroll() > 0,
        "near the end, not back at the top"
    );
}
