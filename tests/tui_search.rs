//! The library views through ratatui's `TestBackend`: the search prompt
//! and the list it filters, the articles mentioning an entity, the quotes
//! view and the jump history. Keys go through the real key mapping, and
//! every question the model asks is answered by the real search index
//! over real parsed articles, as the search thread answers it.

#[path = "support/tui.rs"]
mod support;

use newsreader::article::Article;
use newsreader::search::Searcher;
use newsreader::tui::action::action_for;
use newsreader::tui::app::{App, Effect, Entry, ListView, Msg, ToRead};
use newsreader::tui::searching::{open, respond, Source};
use newsreader::tui::view::SideRow;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
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
    /// The article file the model asked to have read, not read yet.
    load: Option<ToRead>,
}

impl Session {
    fn new() -> Session {
        let articles = articles();
        let searcher = open(Source::Articles(articles.clone())).expect("an index in memory");
        let app = App::with_size(articles, vec![], W, H);
        Session {
            app,
            searcher,
            load: None,
        }
    }

    /// Press keys as the terminal would send them, answering the model's
    /// questions after each, as the loop does before the next frame.
    fn keys(&mut self, keys: &[KeyCode]) {
        for &code in keys {
            let key = KeyEvent::new(code, KeyModifiers::NONE);
            if let Some(action) = action_for(key, self.app.key_context(), self.app.keymap()) {
                self.app.update(action);
            }
            self.serve();
        }
    }

    fn typed(&mut self, text: &str) {
        let codes: Vec<KeyCode> = text.chars().map(KeyCode::Char).collect();
        self.keys(&codes);
    }

    /// Carry out the model's effects as the loop does: questions are
    /// answered at once, an article to read waits for [`Session::read_doc`].
    fn serve(&mut self) {
        loop {
            let effects = self.app.take_effects();
            if effects.is_empty() {
                return;
            }
            for effect in effects {
                match effect {
                    Effect::Ask(request) => {
                        let app = &mut self.app;
                        let answered =
                            respond(&self.searcher, request, &mut || false, &mut |reply| {
                                app.update(Msg::Search(reply));
                                true
                            });
                        assert_eq!(answered, Ok(true));
                    }
                    Effect::Load(wanted) => self.load = Some(wanted),
                    _ => {}
                }
            }
        }
    }

    /// Read the article the reader wants from its file, as the loop's
    /// reading threads do (a library's articles are not held in memory).
    fn read_doc(&mut self) {
        self.serve();
        if let Some(wanted) = self.load.take() {
            let article = wanted.load().map_err(|e| e.to_string());
            assert!(article.is_ok(), "the article reads: {article:?}");
            self.app.update(Msg::Doc {
                listed: wanted.listed,
                path: wanted.path,
                article: Box::new(article),
            });
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
    assert!(s.app.search().is_none());
    assert!(matches!(s.app.list_view(), ListView::Found(_)));
    s.keys(&[KeyCode::Esc]);
    assert_eq!(*s.app.list_view(), ListView::Articles);
    assert_eq!(s.app.visible().len(), 3);
}

/// Focus the sidebar and select the entity named `name`.
fn pick(s: &mut Session, name: &str) {
    s.keys(&[KeyCode::Tab, KeyCode::Tab]);
    for _ in 0..20 {
        let app = &s.app;
        let row = app.view().side_entities.get(app.side_selected());
        let entity = match row.and_then(|&r| app.view().side_rows.get(r)) {
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

/// A feed file of three entries, only the third quoting Ann Lee.
const FEED: &str = r#"<rss version="2.0"><channel><title>Wire</title>
<item><title>Harbour vote delayed</title><guid>a</guid><description>The council met on Monday. Officials said the vote would wait.</description></item>
<item><title>Market prices rise</title><guid>b</guid><description>&lt;p&gt;“Prices will fall soon,” said Bo Diaz, a trader.&lt;/p&gt;</description></item>
<item><title>Bridge to reopen</title><guid>c</guid><description>&lt;p&gt;Mayor Ann Lee spoke at the harbour on Friday.&lt;/p&gt;&lt;p&gt;“We will rebuild the bridge by spring,” said Ann Lee.&lt;/p&gt;</description></item>
</channel></rss>"#;

/// A library holding `FEED` as one file, indexed as the indexer indexes a
/// file of many, listed as the library lists it (one entry per article,
/// each with its place in the file), nothing held in memory.
fn feed_library(dir: &std::path::Path) -> Session {
    let path = dir.join("news.rss");
    std::fs::write(&path, FEED).expect("write the feed");
    let articles = newsreader::loader::files::load_file(&path).expect("the feed reads");
    assert_eq!(articles.len(), 3);
    let index = newsreader::search::SearchIndex::in_ram();
    let mut writer = index.writer().expect("writer");
    writer.add_entries(&path, &articles).expect("indexed");
    writer.commit().expect("committed");
    let searcher = open(Source::Index(index)).expect("searcher");
    let entries = articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut e = Entry::of(a, Some(path.clone()));
            e.entry = u32::try_from(i).expect("few entries");
            e
        })
        .collect();
    let mut app = App::from_entries(entries, vec![]);
    app.update(newsreader::tui::action::Action::Resize(W, H));
    let mut s = Session {
        app,
        searcher,
        load: None,
    };
    s.read_doc();
    s
}

/// A match in a feed file's third entry finds that entry, Enter opens
/// it, and its speaker's quotes across the library are read from that
/// entry (not the file's first) and listed under its title.
#[test]
fn a_feed_files_third_entry_is_found_opened_and_its_quotes_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = feed_library(dir.path());
    assert_eq!(
        s.app.article().map(|a| a.title.as_str()),
        Some("Harbour vote delayed")
    );
    s.keys(&[KeyCode::Char('/')]);
    s.typed("rebuild");
    assert_eq!(s.app.visible(), vec![2], "the third entry alone matches");
    s.keys(&[KeyCode::Enter]);
    s.read_doc();
    assert_eq!(s.app.selected(), 2);
    assert_eq!(
        s.app.article().map(|a| a.title.as_str()),
        Some("Bridge to reopen")
    );
    let reading = s.screen();
    assert!(
        reading.contains("“We will rebuild the bridge by spring,”"),
        "{reading}"
    );

    pick(&mut s, "Ann Lee");
    s.keys(&[KeyCode::Char('"')]);
    let ListView::Quotes(q) = &s.app.list_view() else {
        panic!("the quotes view:\n{}", s.screen());
    };
    let rows: Vec<(usize, &str)> = q.rows.iter().map(|r| (r.entry, r.text.as_str())).collect();
    assert_eq!(rows, vec![(2, "We will rebuild the bridge by spring,")]);
    assert!(q.done);
    let screen = s.screen();
    assert!(screen.contains("Bridge to reopen"), "{screen}");
    let status = s.status();
    assert!(
        status.contains("quotes by Ann Lee · 1 quote in 1 article"),
        "{status}"
    );
}
