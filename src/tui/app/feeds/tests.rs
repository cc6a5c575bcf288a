use super::*;
use crate::article::Article;
use crate::tui::action::Action;
use crate::tui::panes::status::status_text;

fn article(title: &str, feed: Option<&str>, url: Option<&str>) -> Article {
    Article {
        id: format!("id-{title}"),
        source: format!("/lib/{title}.html"),
        title: title.into(),
        feed: feed.map(Into::into),
        url: url.map(Into::into),
        ..Article::default()
    }
}

fn app() -> App {
    App::with_size(
        vec![
            article("a1", Some("Alpha"), Some("https://alpha.example/1")),
            article("b1", Some("Beta\u{1b}[2J"), Some("https://beta.example/1")),
            article("a2", Some("Alpha"), Some("https://alpha.example/2")),
            article("page", None, Some("https://www.site.example/p")),
            article("local", None, None),
        ],
        vec![],
        120,
        30,
    )
}

fn draw(app: &App) -> String {
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    // TestBackend cannot fail: its error type is `Infallible`.
    let Ok(mut t) = Terminal::new(TestBackend::new(app.width, app.height));
    let _ = t.draw(|f| crate::tui::render::render(app, f));
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

fn names(app: &App) -> Vec<(String, usize)> {
    app.feeds
        .as_ref()
        .map(|v| v.rows.iter().map(|r| (r.name.clone(), r.unread)).collect())
        .unwrap_or_default()
}

#[test]
fn the_feeds_view_counts_unread_per_feed_and_filters_the_list() {
    let mut app = app();
    app.update(Action::Feeds);
    let rows = names(&app);
    assert_eq!(rows[0], ("All".to_string(), 5));
    assert!(rows.contains(&("Alpha".to_string(), 2)), "{rows:?}");
    assert!(rows.contains(&("site.example".to_string(), 1)), "{rows:?}");
    assert!(rows.contains(&(LOCAL.to_string(), 1)), "{rows:?}");
    // Network text is shown made safe.
    assert!(rows.iter().all(|(n, _)| !n.contains('\u{1b}')), "{rows:?}");
    let alpha = rows.iter().position(|(n, _)| n == "Alpha").unwrap_or(0);
    for _ in 0..alpha {
        app.update(Action::Down);
    }
    app.update(Action::Enter);
    assert!(app.feeds.is_none());
    let shown: Vec<&str> = app
        .visible
        .iter()
        .map(|&i| app.entries[i].title.as_str())
        .collect();
    assert_eq!(shown, ["a1", "a2"]);
    let buf = draw(&app);
    assert!(buf.contains("Alpha"), "{buf}");
    // Esc in the list widens it again.
    app.update(Action::Escape);
    assert_eq!(app.visible.len(), 5);
    assert_eq!(app.picked, Picked::All);
}

/// Open the feeds view and move to the row named `name`.
fn select_in_feeds_view(app: &mut App, name: &str) {
    app.update(Action::Feeds);
    let row = names(app).iter().position(|(n, _)| n == name).unwrap_or(0);
    for _ in 0..row {
        app.update(Action::Down);
    }
}

#[test]
fn counts_follow_read_state_and_a_marks_the_feed_read() {
    let mut app = app();
    select_in_feeds_view(&mut app, "Alpha");
    app.update(Action::MarkFeedRead);
    assert!(names(&app).contains(&("Alpha".to_string(), 0)));
    assert_eq!(names(&app)[0], ("All".to_string(), 3));
    assert_eq!(
        app.message.as_deref(),
        Some("Alpha: 2 articles marked read")
    );
    assert_eq!(app.updates.len(), 2, "saved");
}

#[test]
fn c_asks_before_marking_everything_read() {
    let mut app = app();
    app.update(Action::MarkAllRead);
    assert_eq!(app.unread_count(), 5, "not yet");
    assert!(status_text(&app).contains("C again to confirm"));
    app.update(Action::Down);
    app.update(Action::MarkAllRead);
    assert_eq!(app.unread_count(), 5, "another key cancelled");
    app.update(Action::MarkAllRead);
    assert_eq!(app.unread_count(), 0);
    assert_eq!(
        app.message.as_deref(),
        Some("everything: 5 articles marked read")
    );
}

#[test]
fn dot_goes_to_the_next_unread_across_feeds() {
    let mut app = app();
    select_in_feeds_view(&mut app, "Alpha");
    app.update(Action::Enter);
    let first = app.selected;
    app.update(Action::ToggleRead);
    app.update(Action::NextUnread);
    assert_eq!(app.entries[app.selected].title, "a2");
    app.update(Action::ToggleRead);
    app.update(Action::NextUnread);
    // Alpha is all read: it goes on in another feed and the list widens.
    assert_ne!(app.selected, first);
    assert_eq!(app.picked, Picked::All);
    assert!(!app.state(app.selected).read);
    assert!(app
        .message
        .as_deref()
        .unwrap_or("")
        .starts_with("next unread · "));
    app.update(Action::MarkAllRead);
    app.update(Action::MarkAllRead);
    app.update(Action::NextUnread);
    assert_eq!(app.message.as_deref(), Some("no unread articles"));
}

#[test]
fn tags_from_the_subscriptions_group_feeds() {
    let mut app = app();
    app.feed_tags
        .insert("Alpha".to_string(), vec!["tech".to_string()]);
    app.update(Action::Feeds);
    assert_eq!(names(&app)[1], ("#tech".to_string(), 2));
    app.update(Action::Down);
    app.update(Action::Enter);
    assert_eq!(app.visible.len(), 2);
    assert!(app
        .message
        .as_deref()
        .unwrap_or("")
        .starts_with("#tech · 2 articles"));
}

#[test]
fn the_feeds_view_is_drawn_over_the_panes_with_counts() {
    let mut app = app();
    app.update(Action::Feeds);
    let screen = draw(&app);
    assert!(screen.contains("Feeds"), "{screen}");
    assert!(screen.contains("5 unread / 5"), "{screen}");
    assert!(
        screen.contains("Alpha") && screen.contains("2 unread / 2"),
        "{screen}"
    );
    app.update(Action::Escape);
    assert!(!draw(&app).contains("5 unread / 5"));
}

#[test]
fn a_in_the_list_marks_the_selected_articles_feed_read() {
    let mut app = app();
    let feed = group(&app.entries[app.selected]).to_string();
    app.update(Action::MarkFeedRead);
    let left: Vec<&str> = (0..app.entries.len())
        .filter(|&i| !app.state(i).read)
        .map(|i| group(&app.entries[i]))
        .collect();
    assert!(
        !left.contains(&feed.as_str()),
        "{feed} still unread: {left:?}"
    );
    assert_eq!(left.len(), 5 - app.updates.len());
    assert!(app.message.as_deref().unwrap_or("").starts_with(&feed));
}

fn row<'a>(app: &'a App, name: &str) -> &'a FeedRow {
    app.feeds
        .as_ref()
        .and_then(|v| v.rows.iter().find(|r| r.name == name))
        .unwrap_or_else(|| panic!("no row {name}"))
}

#[test]
fn subscribed_feeds_are_listed_before_they_have_articles_with_their_error() {
    let mut app = app();
    app.subscribed = vec![
        Subscribed::new("https://gamma.example/rss", None, None, true),
        Subscribed::new(
            "https://alpha.example/rss",
            Some("Alpha"),
            Some("https://alpha.example/rss: HTTP 500\nserver\u{1b}[2J error"),
            false,
        ),
        Subscribed::new("https://delta.example/rss", None, Some("HTTP 404"), false),
    ];
    app.update(Action::Feeds);
    let gamma = row(&app, "https://gamma.example/rss");
    assert!(gamma.never_fetched && gamma.error.is_none() && gamma.total == 0);
    let alpha = row(&app, "Alpha");
    assert_eq!(alpha.total, 2, "merged with its articles' row");
    assert_eq!(
        alpha.error.as_deref(),
        Some("HTTP 500 server<U+001B>[2J error"),
        "one printable line, without the address its row names"
    );
    assert_eq!(
        row(&app, "https://delta.example/rss").error.as_deref(),
        Some("HTTP 404")
    );
    assert_eq!(names(&app)[0], ("All".to_string(), 5), "no articles added");
    let screen = draw(&app);
    assert!(screen.contains("not fetched yet"), "{screen}");
    assert!(screen.contains("! HTTP 500 server"), "{screen}");
    assert!(screen.contains("! HTTP 404"), "{screen}");
    assert!(!screen.contains('\u{1b}'), "{screen}");
    // The error line is under its feed's row.
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines.iter().position(|l| l.contains("Alpha")).unwrap_or(0);
    assert!(lines[at + 1].contains("! HTTP 500"), "{screen}");
}

#[test]
fn a_finished_refresh_shows_new_errors_and_clears_those_of_feeds_that_worked() {
    use crate::tui::refresh::{FeedResult, RefreshEvent};
    let mut app = app();
    app.can_refresh = true;
    app.subscribed = vec![
        Subscribed::new(
            "https://alpha.example/rss",
            Some("Alpha"),
            Some("HTTP 500"),
            false,
        ),
        Subscribed::new("https://new.example/rss", None, None, true),
        Subscribed::new("https://gone.example/rss", Some("Gone"), None, false),
        Subscribed::new(
            "https://wait.example/rss",
            Some("Wait"),
            Some("HTTP 429"),
            false,
        ),
    ];
    app.update(Action::Feeds);
    app.update(Action::RefreshFeeds);
    let result = |url: &str, title: &str, error: Option<&str>| FeedResult {
        url: url.into(),
        title: title.into(),
        error: error.map(Into::into),
    };
    app.apply_refresh(RefreshEvent::Finished {
        total: 4,
        new: 0,
        failed: 1,
        error: None,
        results: vec![
            result("https://alpha.example/rss", "Alpha", None),
            result("https://new.example/rss", "New\u{7} Feed", None),
            result(
                "https://gone.example/rss",
                "Gone",
                Some("gone: HTTP 404 Not Found"),
            ),
        ],
    });
    assert_eq!(row(&app, "Alpha").error, None, "worked: its error cleared");
    assert_eq!(
        row(&app, "Gone").error.as_deref(),
        Some("gone: HTTP 404 Not Found")
    );
    assert_eq!(
        row(&app, "Wait").error.as_deref(),
        Some("HTTP 429"),
        "not fetched: kept"
    );
    // Named as its articles will be: the loader drops control characters.
    let named = row(&app, "New Feed");
    assert!(!named.never_fetched && named.error.is_none());
    assert!(names(&app)
        .iter()
        .all(|(n, _)| n != "https://new.example/rss"));
    assert_eq!(
        app.message.as_deref(),
        Some("refresh: 1 feed failed — F shows why · 0 new")
    );
    let screen = draw(&app);
    assert!(screen.contains("! gone: HTTP 404 Not Found"), "{screen}");
    assert!(!screen.contains("HTTP 500"), "{screen}");
}

#[test]
fn rows_with_errors_scroll_so_the_selected_one_shows_whole() {
    let mut app = App::with_size(Vec::new(), Vec::new(), 60, 10);
    app.subscribed = (0..12)
        .map(|i| {
            let url = format!("https://f{i:02}.example/rss");
            Subscribed::new(&url, None, Some(&format!("error {i:02}")), false)
        })
        .collect();
    app.update(Action::Feeds);
    app.update(Action::Bottom);
    let screen = draw(&app);
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("https://f11.example/rss"))
        .unwrap_or_else(|| panic!("last row shown:\n{screen}"));
    assert!(lines[at + 1].contains("! error 11"), "{screen}");
    app.update(Action::Top);
    assert!(draw(&app).contains("All"));
}
