//! The acceptance walk on the bundled sample article, through the real
//! loader: `]` from the top lands on Kim Jong Un's quote, `}` reaches Bruce
//! Klinger and then Mark P. Barry, `{` steps back; sidebar entities step
//! with `n`. Rendered through `TestBackend` so the status bar is checked as
//! the user sees it.

use newsreader::article::EntityKind;
use newsreader::loader::samples::load_samples;
use newsreader::tui::action::Action;
use newsreader::tui::app::App;
use newsreader::tui::render::render;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ratatui::Terminal;

fn draw(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.width(), app.height()))
        .unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|f| render(app, f))
        .unwrap_or_else(|e| panic!("{e}"));
    terminal.backend().buffer().clone()
}

fn status(app: &App) -> String {
    let buf = draw(app);
    let y = buf.area.height - 1;
    let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
    // The cursor text is left, the key hints right, two spaces apart.
    line.trim()
        .split("  ")
        .next()
        .unwrap_or_default()
        .to_string()
}

fn sample_app() -> App {
    let articles = load_samples();
    assert!(
        articles[0].source.contains("kim-jong-un-vladivostok"),
        "the seed article comes first"
    );
    App::with_size(articles, vec![], 140, 40)
}

fn assert_status(app: &App, index: Option<usize>, speaker: &str) {
    let s = status(app);
    let want_prefix = match index {
        Some(i) => format!("quote {i}/"),
        None => "quote ".to_string(),
    };
    assert!(
        s.starts_with(&want_prefix) && s.ends_with(&format!(" · {speaker}")),
        "status is {s:?}, want {want_prefix}N · {speaker}"
    );
}

#[test]
fn quote_and_speaker_jumps_walk_the_sample() {
    let mut app = sample_app();
    app.update(Action::NextQuote);
    assert_status(&app, Some(1), "Kim Jong Un");
    app.update(Action::NextSpeaker);
    assert_status(&app, Some(2), "Bruce Klinger");
    app.update(Action::NextSpeaker);
    assert_status(&app, None, "Mark P. Barry");
    app.update(Action::PrevSpeaker);
    assert_status(&app, Some(2), "Bruce Klinger");
    app.update(Action::PrevSpeaker);
    assert_status(&app, Some(1), "Kim Jong Un");
}

#[test]
fn speaker_jumps_work_from_any_pane_and_show_the_quote() {
    let mut app = sample_app();
    app.update(Action::FocusPrev);
    app.update(Action::NextSpeaker);
    app.update(Action::NextSpeaker);
    app.update(Action::NextSpeaker);
    assert_status(&app, None, "Mark P. Barry");
    let buf = draw(&app);
    let reader = app.panes().reader.unwrap_or_default();
    let on_screen = (reader.y..reader.bottom()).any(|y| {
        let line: String = (reader.x..reader.right())
            .map(|x| buf[(x, y)].symbol())
            .collect();
        line.contains("Putin will surely")
    });
    assert!(on_screen, "Barry's quote scrolled into view");
    let reversed = (reader.y..reader.bottom())
        .flat_map(|y| (reader.x..reader.right()).map(move |x| (x, y)))
        .filter(|&p| buf[p].modifier.contains(Modifier::REVERSED))
        .count();
    assert!(reversed > 20, "the current quote is marked");
}

#[test]
fn sidebar_speaker_and_place_step_with_n() {
    let mut app = sample_app();
    let article = app.doc(0).expect("held").clone();
    app.update(Action::FocusPrev);
    app.update(Action::Enter);
    // People come first, speakers leading: the first row is a speaker.
    let first = article
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Person && article.quote_count(&e.name) > 0)
        .map(|e| e.name.clone())
        .unwrap_or_default();
    let s = status(&app);
    assert!(s.starts_with("quote 1/") && s.contains(" · "), "{s}");
    assert!(!first.is_empty());
    let speaker = s.split(" · ").nth(1).unwrap_or_default().to_string();
    let n = article.quote_count(&speaker);
    assert_eq!(s, format!("quote 1/{n} · {speaker}"));
    app.update(Action::NextMatch);
    assert_eq!(status(&app), format!("quote 2/{n} · {speaker}"));

    let Some(vlad) = article.entity("Vladivostok") else {
        panic!("the sample names Vladivostok");
    };
    let row = app
        .view()
        .side_entities
        .iter()
        .position(|&r| {
            matches!(app.view().side_rows[r], newsreader::tui::view::SideRow::Entity(e)
                if article.entities[e].name == "Vladivostok")
        })
        .unwrap_or_else(|| panic!("Vladivostok in the sidebar"));
    app.update(Action::Top);
    for _ in 0..row {
        app.update(Action::Down);
    }
    app.update(Action::Enter);
    let m = vlad.mentions;
    assert_eq!(status(&app), format!("mention 1/{m} · Vladivostok"));
    app.update(Action::NextMatch);
    app.update(Action::NextMatch);
    assert_eq!(status(&app), format!("mention 3/{m} · Vladivostok"));
}
