//! How long the reader's per-article view takes to build (on the UI thread,
//! when an article arrives and on every resize) for each hostile text and
//! for the bundled samples, and how long one frame of it takes to draw:
//! `cargo run --release --example view_timing [MB] [name-filter]`.

use std::time::Instant;

use newsreader::loader::{adversarial, parse, samples::SAMPLES};
use newsreader::tui::action::Action;
use newsreader::tui::app::App;
use newsreader::tui::render::render;
use newsreader::tui::view::ArticleView;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn main() {
    let megabytes: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1.0);
    let filter = std::env::args().nth(2).unwrap_or_default();
    let n = (megabytes * 1e6) as usize;
    let mut texts: Vec<(String, String)> = SAMPLES
        .iter()
        .map(|(name, text)| (format!("sample {name}"), text.to_string()))
        .collect();
    texts.extend(
        adversarial::ALL
            .iter()
            .map(|a| (a.name.to_string(), (a.make)(n))),
    );
    for (name, text) in texts.iter().filter(|(name, _)| name.contains(&filter)) {
        let article = parse("x.txt", text);
        let start = Instant::now();
        let view = ArticleView::build(Some(&article), 0, 76);
        let build = start.elapsed().as_secs_f64();
        let (quotes, entities, lines) = (
            article.quotes.len(),
            article.entities.len(),
            view.doc.lines.len(),
        );
        let frame = frame_time(article);
        println!(
            "{name:40} {:>8} B  build {:>9.3} ms  frame {:>8.3} ms  ({quotes} quotes, {entities} entities, {lines} lines)",
            text.len(),
            build * 1e3,
            frame * 1e3,
        );
    }
}

/// One frame at 200×60 with the first speaker's quotes stepped through
/// and highlighted, at the middle of the article: the slowest case.
fn frame_time(article: newsreader::article::Article) -> f64 {
    let mut app = App::with_size(vec![article], Vec::new(), 200, 60);
    app.update(Action::FocusPrev);
    app.update(Action::Enter);
    for _ in 0..3 {
        app.update(Action::NextSpeaker);
    }
    // TestBackend cannot fail: its error type is `Infallible`.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 60));
    let runs = 5;
    let start = Instant::now();
    for _ in 0..runs {
        let _ = terminal.draw(|f| render(&app, f));
    }
    start.elapsed().as_secs_f64() / f64::from(runs)
}
