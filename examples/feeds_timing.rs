//! How long the list's feed-reader work takes on the UI thread at library
//! scale: building the order of N entries (natural file order, newest
//! first), each sort key (`S`), a batch of parsed files arriving with
//! dates, opening the feeds view (`F`, unread counts per feed), `.` (next
//! unread), and one frame: `cargo run --release --example feeds_timing [N]`.

use std::path::PathBuf;
use std::time::Instant;

use newsreader::tui::action::Action;
use newsreader::tui::app::{filed_ranks, App, Entry, Msg, Prepared};
use newsreader::tui::render::render;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn entry(i: usize) -> Entry {
    let mut e = Entry {
        id: format!("{i:032x}"),
        path: Some(
            PathBuf::from(format!(
                "/home/user/.local/share/newsreader/articles/feed{}/{i}_story-number-{i}.html",
                i % 200
            ))
            .into(),
        ),
        source: format!("/lib/{i}.html"),
        title: format!("Headline number {} about something", (i * 7919) % 100_003),
        words: 600,
        ..Entry::default()
    };
    let published = (!i.is_multiple_of(3)).then(|| {
        format!(
            "20{:02}-{:02}-{:02}T{:02}:00:00Z",
            10 + i % 15,
            1 + i % 12,
            1 + i % 28,
            i % 24
        )
    });
    let feed = format!("Feed number {}", i % 200);
    e.set_origin(
        Some(&format!("https://example{}.com/{i}", i % 200)),
        Some(&feed),
        published.as_deref(),
    );
    e
}

fn time<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    println!("{what:<40} {:>9.2} ms", t.elapsed().as_secs_f64() * 1e3);
    out
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let mut entries: Vec<Entry> = (0..n).map(entry).collect();
    // As the indexer lists them: by path.
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    let filed = time("filed order (indexer's thread)", || filed_ranks(&entries));
    let mut app = App::from_entries(Vec::new(), Vec::new());
    app.update(Action::Resize(160, 50));
    time(&format!("the cached list of {n} arrives"), || {
        app.update(Msg::Index(Prepared::Cached(entries.clone(), filed)))
    });
    // 512 files structured, now dated: one re-sort for the batch.
    let batch: Vec<(usize, Entry)> = (0..512)
        .map(|k| {
            let pos = k * (n / 512);
            let mut e = entries[pos].clone();
            e.set_origin(None, Some("New feed"), Some("2031-01-01T00:00:00Z"));
            (pos, e)
        })
        .collect();
    time("a batch of 512 parsed, dated", || {
        app.update(Msg::Index(Prepared::Parsed(batch)))
    });
    for _ in 0..3 {
        time("S (next sort)", || app.update(Action::CycleSort));
    }
    time("F (feeds view, counts)", || app.update(Action::Feeds));
    time("j in the feeds view (recount)", || app.update(Action::Down));
    time("Esc (close)", || app.update(Action::Escape));
    time(". (next unread)", || app.update(Action::NextUnread));
    time("j (move)", || app.update(Action::Down));
    let mut terminal = Terminal::new(TestBackend::new(160, 50)).expect("terminal");
    time("one frame", || {
        terminal.draw(|f| render(&app, f)).expect("draw");
    });
}
