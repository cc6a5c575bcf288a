//! Stepping through a person's places with `n`/`N` and `t`, through
//! ratatui's `TestBackend` on the fixture article.

#[path = "support/tui.rs"]
mod support;

use newsreader::tui::action::Action;
use support::{app, draw, status, text};

/// Enter on a person in the sidebar, then `n`/`N`: a lone quote says
/// there is no other, `t` switches to their mentions (saying when `n`
/// wraps) and back, and the key is in the help and the default config.
#[test]
fn n_says_when_it_wraps_and_t_steps_through_a_speakers_mentions() {
    let mut app = app(140, 40);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), newsreader::tui::layout::Pane::Sidebar);
    app.update(Action::Down);
    app.update(Action::Enter);
    let st = |app: &newsreader::tui::app::App| status(&draw(app, 140, 40));
    assert!(
        st(&app).starts_with(" quote 1/1 · Kim Jong Un"),
        "{}",
        st(&app)
    );
    app.update(Action::NextMatch);
    assert!(st(&app).contains("quote 1/1 · Kim Jong Un · no other quote"));
    app.update(Action::ToggleStops);
    let s = st(&app);
    assert!(
        s.starts_with(" mention ") && s.contains("/4 · Kim Jong Un"),
        "{s}"
    );
    let mut wraps = 0;
    for _ in 0..4 {
        app.update(Action::NextMatch);
        if st(&app).contains("wrapped to the first mention") {
            wraps += 1;
        }
    }
    assert_eq!(wraps, 1, "four steps through four mentions wrap once");
    app.update(Action::ToggleStops);
    assert!(
        st(&app).starts_with(" quote 1/1 · Kim Jong Un"),
        "{}",
        st(&app)
    );
    app.update(Action::ToggleHelp);
    let help = text(&draw(&app, 140, 40));
    assert!(help.contains("n N: mentions instead of quotes"), "{help}");
    assert!(newsreader::config::default_toml().contains("toggle_mentions = [\"t\"]"));
}
