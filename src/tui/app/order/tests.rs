use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::library::index::{IndexMsg, Listed};
use crate::store::index::Summary;
use crate::tui::action::Action;
use crate::tui::app::Prepared;

fn summary(name: &str, published: Option<&str>) -> Summary {
    Summary {
        path: PathBuf::from(format!("/lib/{name}")).into_boxed_path(),
        id: format!("id-{name}").into(),
        title: format!("Title {name}").into(),
        words: 230,
        published: published.map(Into::into),
        feed: published.map(|_| "Example News".into()),
        ..Summary::default()
    }
}

fn titles(app: &App) -> Vec<String> {
    app.visible
        .iter()
        .map(|&i| app.entries[i].title.clone())
        .collect()
}

fn library(summaries: Vec<Summary>) -> App {
    let mut app = App::from_entries(Vec::new(), Vec::new());
    app.update(Action::Resize(120, 12));
    app.apply_index(Prepared::from_msg(IndexMsg::Cached(Arc::new(summaries))));
    app
}

#[test]
fn dated_articles_come_newest_first_then_the_undated_as_filed() {
    let app = library(vec![
        summary("10_old.html", Some("2019-01-01T00:00:00Z")),
        summary("11_plain.txt", None),
        summary("2_new.html", Some("2019-04-24T08:00:00+02:00")),
        summary("3_plain.txt", None),
    ]);
    assert_eq!(
        titles(&app),
        [
            "Title 2_new.html",
            "Title 10_old.html",
            "Title 3_plain.txt",
            "Title 11_plain.txt"
        ]
    );
    assert_eq!(app.entries[app.selected].title, "Title 2_new.html");
}

#[test]
fn s_cycles_title_and_as_filed_order_and_says_so() {
    let mut app = library(vec![
        summary("10_b.txt", Some("2020-01-01T00:00:00Z")),
        summary("2_c.txt", None),
        summary("3_a.txt", Some("2021-01-01T00:00:00Z")),
    ]);
    let selected = app.selected;
    app.update(Action::CycleSort);
    assert_eq!(app.message.as_deref(), Some("sorted by title"));
    assert_eq!(
        titles(&app),
        ["Title 10_b.txt", "Title 2_c.txt", "Title 3_a.txt"]
    );
    assert_eq!(app.selected, selected, "the selection stays");
    assert!(
        crate::tui::panes::status::status_text(&app).contains("by title") || app.message.is_some()
    );
    app.update(Action::CycleSort);
    assert_eq!(app.message.as_deref(), Some("sorted as filed"));
    assert_eq!(
        titles(&app),
        ["Title 2_c.txt", "Title 3_a.txt", "Title 10_b.txt"]
    );
    app.update(Action::Down);
    assert!(crate::tui::panes::status::status_text(&app).contains(" · as filed"));
    app.update(Action::CycleSort);
    assert_eq!(
        titles(&app),
        ["Title 3_a.txt", "Title 10_b.txt", "Title 2_c.txt"]
    );
    // Moving walks the sorted order.
    app.update(Action::Top);
    app.update(Action::Down);
    assert_eq!(app.entries[app.selected].title, "Title 10_b.txt");
}

#[test]
fn new_articles_arriving_above_do_not_move_the_selected_row() {
    let many: Vec<Summary> = (0..40)
        .map(|i| {
            summary(
                &format!("{i}.txt"),
                Some(&format!("2019-01-{:02}T00:00:00Z", i % 28 + 1)),
            )
        })
        .collect();
    let mut app = library(many.clone());
    for _ in 0..3 {
        app.update(Action::Down);
    }
    let chosen = app.entries[app.selected].path.clone();
    let row = app.list_pos() - app.list_offset;
    // A refresh saved newer articles: the indexer lists them with the rest.
    let mut listed: Vec<Listed> = (0..many.len()).map(Listed::Known).collect();
    listed.push(Listed::Pending(PathBuf::from("/lib/new1.html").into()));
    listed.push(Listed::Pending(PathBuf::from("/lib/new2.html").into()));
    app.apply_index(Prepared::from_msg(IndexMsg::Listed(Arc::new(many), listed)));
    let n = app.entries.len();
    app.apply_index(Prepared::from_msg(IndexMsg::Parsed(vec![
        (n - 2, summary("new1.html", Some("2030-01-01T00:00:00Z"))),
        (n - 1, summary("new2.html", Some("2030-01-02T00:00:00Z"))),
    ])));
    assert_eq!(app.entries[app.selected].path, chosen, "same article");
    assert_eq!(app.list_pos() - app.list_offset, row, "same row on screen");
    assert_eq!(titles(&app)[0], "Title new2.html", "the newest on top");
}
