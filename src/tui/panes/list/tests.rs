//! The list pane's rows as drawn: where an article came from, titles
//! that go on or are cut, the untitled.

use super::*;
use crate::article::Article;

/// The list pane's rows as drawn for a model of `width` × 20 holding
/// `articles`, the list focused.
fn rows(articles: Vec<Article>, width: u16) -> Vec<String> {
    let app = App::with_size(articles, vec![], width, 20);
    let mut buf = Buffer::empty(Rect::new(0, 0, width, 20));
    let area = app.panes().list.unwrap_or_default();
    ListPane {
        app: &app,
        theme: &Theme::default(),
        focused: true,
    }
    .render(area, &mut buf);
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn source_label_prefers_outlet_from_corpus_names() {
    let mut a = Entry {
        source: "sample:013_voa_gerald-ford.txt".into(),
        ..Entry::default()
    };
    assert_eq!(source_label(&a), "voa");
    a.source = "/news/kim-jong-un.txt".into();
    assert_eq!(source_label(&a), "kim-jong-un");
    a.dateline = Some("SEOUL".into());
    assert_eq!(source_label(&a), "SEOUL");
}

#[test]
fn the_source_is_the_feed_or_site_and_the_day_never_the_file_name() {
    let mut a = Entry {
        source: "/lib/feeds/013_voa_slug.html".into(),
        ..Entry::default()
    };
    a.set_origin(
        Some("https://www.example.com/news/1"),
        Some("Example News"),
        Some("2019-04-24T08:00:00+02:00"),
    );
    assert_eq!(source_label(&a), "Example News · 24 Apr 2019");
    a.set_origin(Some("https://www.example.com/news/1"), None, None);
    assert_eq!(source_label(&a), "example.com");
    a.set_origin(None, None, Some("2020-01-02T00:00:00Z"));
    assert_eq!(source_label(&a), "voa · 2 Jan 2020");
    a.set_origin(None, None, None);
    assert_eq!(source_label(&a), "voa");
}

#[test]
fn the_second_row_shows_the_feed_and_date() {
    let article = Article {
        title: "Short".into(),
        source: "/lib/x/1.html".into(),
        feed: Some("Example News".into()),
        url: Some("https://example.com/a".into()),
        published: Some("2019-04-24T08:00:00Z".into()),
        ..Article::default()
    };
    let row = &rows(vec![article], 200)[2];
    assert!(row.contains("Example News · 24 Apr 2019"), "{row}");
}

#[test]
fn a_long_title_from_a_feed_keeps_one_row_and_the_source_its_own() {
    let article = Article {
        title: format!(
            "Port strike ends after nine days {}",
            "of talks ".repeat(20)
        ),
        source: "/lib/x/1.html".into(),
        feed: Some("Harbour Times".into()),
        published: Some("2026-12-05T10:00:00Z".into()),
        ..Article::default()
    };
    let shown = rows(vec![article], 200);
    let row = |y: usize| shown[y].as_str();
    assert!(
        row(1).contains("Port strike") && row(1).contains('…'),
        "{}",
        row(1)
    );
    assert!(row(2).contains("Harbour Times · 5 Dec 2026"), "{}", row(2));
}

#[test]
fn an_untitled_article_is_listed_as_such() {
    let row = &rows(vec![Article::default()], 100)[1];
    assert!(row.contains("(no title)"), "{row}");
}

#[test]
fn a_long_title_goes_on_in_front_of_the_source() {
    let title = "Internal emails expose Boeing-Air Force contract discussions";
    let (first, rest) = split_title(title, 40);
    assert_eq!(first, "Internal emails expose Boeing-Air Force");
    assert_eq!(rest.as_deref(), Some("contract discussions"));
    assert_eq!(
        continued("contract discussions", "voa", 30),
        (
            "contract discussions".to_string(),
            Some(" · voa".to_string())
        )
    );
    // No room for the source: the title keeps the row, cut.
    assert_eq!(
        continued("contract discussions", "voa", 12),
        ("contract di…".to_string(), None)
    );
    // A title that fits stays on its row.
    assert_eq!(split_title("Short", 40), ("Short".to_string(), None));
}
