//! How long one full frame takes: the sample article at 200×60 with a
//! quote selected and an entity highlighted, rendered from state through
//! ratatui's `TestBackend`. The target is well under a millisecond, so
//! redrawing on every key press is never felt.

use criterion::{criterion_group, criterion_main, Criterion};
use newsreader::loader::samples::load_samples;
use newsreader::tui::action::Action;
use newsreader::tui::app::App;
use newsreader::tui::render::render;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn frame(c: &mut Criterion) {
    let mut app = App::with_size(load_samples(), Vec::new(), 200, 60);
    // Exercise the highlight paths: a current quote and, when the loader
    // found any, a highlighted entity.
    app.update(Action::FocusPrev);
    app.update(Action::Enter);
    app.update(Action::NextSpeaker);
    app.update(Action::NextSpeaker);
    // TestBackend cannot fail: its error type is `Infallible`.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 60));
    // What a key press costs end to end: render, diff against the last
    // frame, hand the changes to the backend.
    c.bench_function("render 200x60 sample frame", |b| {
        b.iter(|| {
            if let Err(e) = terminal.draw(|f| render(&app, f)) {
                panic!("draw failed: {e}");
            }
        })
    });
    // Our share of it: drawing the panes into the buffer, no diff.
    c.bench_function("render 200x60 panes only", |b| {
        b.iter(|| {
            let mut frame = terminal.get_frame();
            render(&app, &mut frame);
        })
    });
}

criterion_group!(benches, frame);
criterion_main!(benches);
