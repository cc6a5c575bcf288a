//! The view's own behaviour, and its growth on every [`adversarial`] text
//! counted in steps of work (never timed): building it runs on the UI
//! thread when an article arrives and on every resize, so it must stay
//! linear; drawing a frame must not grow with the article at all.

use super::*;
use crate::loader::{adversarial, parse};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::work::count;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

#[test]
fn highlight_takes_in_the_quote_marks() {
    let text: Vec<char> = "Kim said, “I come.” Then".chars().collect();
    // "I come." is chars 11..18.
    assert_eq!(widen_to_marks(&text, 11, 18), (10, 19));
    let plain: Vec<char> = "plain".chars().collect();
    assert_eq!(widen_to_marks(&plain, 0, 5), (0, 5));
}

/// Work for 4n over work for n. Linear is 4; n log n at these sizes is
/// under 4.6; quadratic is 16.
const BUILD_BOUND: f64 = 5.0;

/// A frame draws one screenful: lookups may cost a log factor, the
/// article's size nothing more. Linear would be 4.
const FRAME_BOUND: f64 = 2.0;

const N: usize = 12_000;

fn build_steps(article: &Article) -> u64 {
    count(|| ArticleView::build(Some(article), 0, 76)).0
}

/// One 120×40 frame with the sidebar's first entity highlighted and the
/// cursor on its first stop: every per-line and per-row path is drawn.
fn frame_steps(article: Article) -> u64 {
    let mut app = App::with_size(vec![article], Vec::new(), 120, 40);
    app.update(Action::FocusPrev);
    app.update(Action::Enter);
    draw_steps(&app)
}

/// One 120×40 frame with the matches of a `/` search marked.
fn search_frame_steps(article: Article) -> u64 {
    let mut app = App::with_size(vec![article], Vec::new(), 120, 40);
    app.update(Action::SearchStart);
    app.update(Action::SearchInput('e'));
    app.update(Action::SearchSubmit);
    draw_steps(&app)
}

fn draw_steps(app: &App) -> u64 {
    // TestBackend cannot fail: its error type is `Infallible`.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(120, 40));
    count(|| {
        terminal
            .draw(|f| crate::tui::render::render(app, f))
            .is_ok()
    })
    .0
}

fn growth(steps: impl Fn(Article) -> u64, bound: f64) -> Vec<String> {
    let mut failures = Vec::new();
    for a in adversarial::ALL {
        let small = steps(parse("x.txt", &(a.make)(N))).max(1);
        let big = steps(parse("x.txt", &(a.make)(4 * N)));
        let ratio = big as f64 / small as f64;
        if ratio > bound {
            failures.push(format!("{}: {small} → {big} steps (×{ratio:.1})", a.name));
        }
    }
    failures
}

#[test]
fn building_the_view_grows_linearly_on_every_adversary() {
    let failures = growth(|a| build_steps(&a), BUILD_BOUND);
    assert!(failures.is_empty(), "superlinear:\n{}", failures.join("\n"));
}

#[test]
fn a_frame_does_not_grow_with_the_article() {
    let mut failures = growth(frame_steps, FRAME_BOUND);
    failures.extend(growth(search_frame_steps, FRAME_BOUND));
    assert!(failures.is_empty(), "grows:\n{}", failures.join("\n"));
}

#[test]
fn the_counter_sees_the_work() {
    // A growth test whose counter saw nothing would pass on anything.
    let one = parse("x.txt", "“We will go,” said John Smith.\n\nSmith left.");
    let many = parse(
        "x.txt",
        &"“We will go,” said John Smith.\n\nSmith left.\n\n".repeat(8),
    );
    let (b1, b8) = (build_steps(&one), build_steps(&many));
    assert!(b1 > 10 && b8 > 4 * b1, "{b1} {b8}");
    let (f1, f8) = (frame_steps(one.clone()), frame_steps(many.clone()));
    assert!(f1 > 10 && f8 > f1, "{f1} {f8}");
    let (s1, s8) = (search_frame_steps(one), search_frame_steps(many));
    assert!(s1 > 0 && s8 > s1, "{s1} {s8}");
}
