//! The subscribed feeds as the feeds view knows them: each one is listed
//! even before it has articles, and says its last error. The caller
//! injects them at start (from the state database); each finished `R`
//! updates them from what the run reported, so a new failure shows and a
//! feed that worked again loses its error.

use super::super::App;
use crate::tui::refresh::FeedResult;

/// One subscription, for the feeds view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Subscribed {
    /// Its address, as in the urls file: what a refresh reports it by.
    pub url: String,
    /// Its title as its articles carry it (what the view groups by), else
    /// its address; printable.
    pub name: String,
    /// The last fetch's error, printable and on one line; `None` after a
    /// success or before any fetch.
    pub error: Option<String>,
    pub never_fetched: bool,
}

impl Subscribed {
    /// The feed at `url`, titled `title` when a fetch found one. Both
    /// came from strangers: made printable here, the title exactly as an
    /// article's feed name is, so the two meet in one row.
    pub fn new(url: &str, title: Option<&str>, error: Option<&str>, never_fetched: bool) -> Self {
        let title = title
            .map(crate::loader::clean)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| url.to_string());
        Subscribed {
            url: url.to_string(),
            name: crate::output::visible(&title).into_owned(),
            error: error.map(|e| one_line(e, url)),
            never_fetched,
        }
    }
}

/// An error as one printable line, without the feed's address in front
/// (errors name what failed; under its row that is said already, and the
/// view is narrow).
fn one_line(error: &str, url: &str) -> String {
    let own = error
        .strip_prefix(url)
        .and_then(|rest| rest.strip_prefix(": "))
        .unwrap_or(error);
    let joined = own.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::output::visible(&joined).into_owned()
}

impl App {
    /// What a finished refresh said about each feed it fetched: its title
    /// (a first fetch names it) and its error, or none now.
    pub(in crate::tui::app) fn apply_feed_results(&mut self, results: Vec<FeedResult>) {
        for r in results {
            let fresh = Subscribed::new(&r.url, Some(&r.title), r.error.as_deref(), false);
            match self.subscribed.iter_mut().find(|s| s.url == r.url) {
                Some(sub) => *sub = fresh,
                None => self.subscribed.push(fresh),
            }
        }
    }

    /// The subscription listed as `name` that has an error, else any
    /// listed as `name`.
    pub(super) fn subscribed_as(&self, name: &str) -> Option<&Subscribed> {
        let mut same = self.subscribed.iter().filter(|s| s.name == name);
        let first = same.clone().next();
        same.find(|s| s.error.is_some()).or(first)
    }
}
