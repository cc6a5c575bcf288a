//! The library views through ratatui's `TestBackend`: the search prompt
//! and the list it filters, the articles mentioning an entity, the quotes
//! view and the jump history. Keys go through the real key mapping, and
//! every question the model asks is answered by the real search index
//! over real parsed articles, as the search thread answers it.

#[path = "support/tui.rs"]
mod support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use newsreader::article::Article;
use newsreader::search::Searcher;
use newsreader::tui::action::action_for;
use newsreader::tui::app::{App, ListView};
use newsreader::tui::searching::{open, respond, Source};
use newsreader::tui::view::SideRow;
use support::{draw, status, text};

const W: u16 = 120;
const H: u16 = 30;

fn articles() -> Vec<Article> {
    let texts = [
        ("putin.txt", include_str!("fixtures/search/putin.txt")),
        ("europe.txt", include_str!("fixtures/search/europe.txt")),
        ("garden.txt", include_str!("fixtures/search/garden.txt")),
    ];
    texts
        .iter()
        .map(|(name, text)| newsreader::loader::parse(name, text))
        .collect()
}

struct Session {
    app: App,
    searcher: Searcher,
}

impl Session {
    fn new() -> Session {
        let articles = articles();
        let searcher = open(Source::Articles(articles.clone())).expect("an index in memory");
        let app = App::with_size(articles, vec![], W, H);
        Session { app, searcher }
    }

    /// Press keys as the terminal would send them, answering the model's
    /// questions after each, as the loop does before the next frame.
    fn keys(&mut self, keys: &[KeyCode]) {
        for &code in keys {
            let key = KeyEvent::new(code, KeyModifiers::NONE);
            if let Some(action) = action_for(key, self.app.key_context(), &self.app.keymap) {
                self.app.update(action);
            }
            self.serve();
        }
    }

    fn typed(&mut self, text: &str) {
        let codes: Vec<KeyCode> = text.chars().map(KeyCode::Char).collect();
        self.keys(&codes);
    }

    fn serve(&mut self) {
        loop {
            let requests = self.app.take_requests();
            if requests.is_empty() {
                return;
            }
            for request in requests {
                let app = &mut self.app;
                let answered = respond(&self.searcher, request, &mut || false, &mut |reply| {
                    app.put_reply(reply);
                    true
                });
                assert_eq!(answered, Ok(true));
            }
        }
    }

    fn screen(&self) -> String {
        text(&draw(&self.app, W, H))
    }

    fn status(&self) -> String {
        status(&draw(&self.app, W, H))
    }
}

#[test]
fn the_search_prompt_filters_the_list_as_you_type() {
    let mut s = Session::new();
    s.keys(&[KeyCode::Char('/')]);
    s.typed("sanction");
    insta::assert_snapshot!("search_prompt", s.screen());
    let status = s.status();
    assert!(status.contains("/sanction▏ · 2 articles"), "{status}");
    let screen = s.screen();
    assert!(screen.contains("Search \"sanction\" 1/2"), "{screen}");
    assert!(!screen.contains("garden"), "{screen}");
}

#[test]
fn enter_opens_the_best_match_with_the_words_highlighted() {
    let mut s = Session::new();
    s.keys(&[KeyCode::Char('/')]);
    s.typed("tomatoes");
    s.keys(&[KeyCode::Enter]);
    let screen = s.screen();
    assert!(screen.contains("Volunteers planted tomatoes"), "{screen}");
    let status = s.status();
    assert!(status.contains("match 1/1"), "{status}");
    // One Esc undoes one thing: the highlights, then the found list.
    s.keys(&[KeyCode::Char('h'), KeyCode::Esc]);
    assert!(s.app.search.is_none());
    assert!(matches!(s.app.list_view, ListView::Found(_)));
    s.keys(&[KeyCode::Esc]);
    assert_eq!(s.app.list_view, ListView::Articles);
    assert_eq!(s.app.visible.len(), 3);
}

/// Focus the sidebar and select the entity named `name`.
fn pick(s: &mut Session, name: &str) {
    s.keys(&[KeyCode::Tab, KeyCode::Tab]);
    for _ in 0..20 {
        let app = &s.app;
        let row = app.view.side_entities.get(app.side_selected);
        let entity = match row.and_then(|&r| app.view.side_rows.get(r)) {
            Some(SideRow::Entity(e)) => app.article().and_then(|a| a.entities.get(*e)),
            _ => None,
        };
        if entity.is_some_and(|e| e.name == name) {
            return;
        }
        s.keys(&[KeyCode::Char('j')]);
    }
    panic!("{name} never selected:\n{}", s.screen());
}

#[test]
fn m_lists_the_articles_that_mention_an_entity() {
    let mut s = Session::new();
    pick(&mut s, "Vladimir Putin");
    s.keys(&[KeyCode::Char('m')]);
    insta::assert_snapshot!("mentions_list", s.screen());
    let status = s.status();
    assert!(
        status.contains("mentioning Vladimir Putin · 2 articles"),
        "{status}"
    );
}

#[test]
fn the_quotes_view_and_the_jump_history() {
    let mut s = Session::new();
    pick(&mut s, "Vladimir Putin");
    let before = s.screen();
    s.keys(&[KeyCode::Char('"')]);
    let quotes = s.screen();
    insta::assert_snapshot!("quotes_view", quotes);
    assert!(s
        .status()
        .contains("quotes by Vladimir Putin · 2 quotes in 2 articles"));
    // The second quote is in the other article: Enter reads on from it.
    s.keys(&[KeyCode::Char('j')]);
    let second = s.screen();
    s.keys(&[KeyCode::Enter]);
    let reading = s.screen();
    assert!(reading.contains("We have heard nothing"), "{reading}");
    assert!(s.status().contains("quote"), "{}", s.status());
    // Back: the quotes view as it was, then where we started.
    s.keys(&[KeyCode::Backspace]);
    assert_eq!(strip_status(&s.screen()), strip_status(&second));
    s.keys(&[KeyCode::Backspace]);
    // As before, but for the article read meanwhile losing its marker.
    let unread = |screen: &str| strip_status(screen).replace('●', " ");
    assert_eq!(unread(&s.screen()), unread(&before));
    assert_eq!(s.app.unread_count(), 2, "only the article read on is read");
    assert!(quotes.contains("┏ Quotes · Vladimir"), "{quotes}");
}

/// The screen without its status line (which says "back").
fn strip_status(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    lines[..lines.len().saturating_sub(1)].join("\n")
}

/// The quotes view shows every quote whole, wrapped over as many rows as
/// it needs in the list pane, and its title and dateline too.
#[test]
fn the_quotes_view_shows_each_quote_whole() {
    let mut s = Session::new();
    pick(&mut s, "Vladimir Putin");
    s.keys(&[KeyCode::Char('"')]);
    let list = s.app.panes().list.unwrap_or_default();
    let screen = s.screen();
    let words: Vec<&str> = screen
        .lines()
        .skip(usize::from(list.y) + 1)
        .take(usize::from(list.height.saturating_sub(2)))
        .flat_map(|l| {
            let inside: String = l
                .chars()
                .skip(usize::from(list.x) + 1)
                .take(usize::from(list.width.saturating_sub(2)))
                .collect();
            inside
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .map(|w| &*Box::leak(w.into_boxed_str()))
        .collect();
    let shown = words.join(" ");
    for whole in [
        "“We will respond to every step they take,”",
        "“We have heard nothing new,”",
        "Putin warns the West over new sanctions · MOSCOW",
    ] {
        assert!(shown.contains(whole), "{whole:?} in {shown}");
    }
}
