//! `R`: refreshing the feeds in the background while reading goes on.
//!
//! The reader does not know how feeds are fetched: the caller injects a
//! [`Refresher`] in the [`Session`](super::Session), a function the loop
//! runs on a thread of its own for each `R`, which reports through the
//! [`RefreshEvent`]s it sends. The model counts them for the status bar
//! (`refreshing 12/40 feeds · 87 new`) and asks the loop to index the
//! library again when new articles were saved, so they appear in the list
//! as they arrive.

use std::sync::mpsc::{self, Sender};
use std::sync::Arc;

use super::app::App;

/// What a refresh run says as it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefreshEvent {
    /// `done` of `total` feeds fetched, `new` articles saved so far;
    /// `feed` is the one just done.
    Progress {
        done: usize,
        total: usize,
        new: usize,
        feed: Option<String>,
    },
    /// The run ended: `failed` of `total` feeds could not be fetched.
    /// `error` is set when the run could not start at all (no
    /// subscriptions file, say). `results`: how each feed fetched ended
    /// (a feed not fetched, because its server asked to wait, is left
    /// out: its last error still stands).
    Finished {
        total: usize,
        new: usize,
        failed: usize,
        error: Option<String>,
        results: Vec<FeedResult>,
    },
}

/// How one feed's fetch ended, for the feeds view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedResult {
    /// Its address, as in the urls file.
    pub url: String,
    /// Its title, else its address.
    pub title: String,
    /// Why it failed; `None`: it worked.
    pub error: Option<String>,
}

/// Fetches every feed, sending progress; runs on a thread of its own,
/// once per `R`. It must end with [`RefreshEvent::Finished`] (the loop
/// also ends the run if the function returns without one).
pub type Refresher = Arc<dyn Fn(Sender<RefreshEvent>) + Send + Sync>;

/// Run `refresher` on a thread of its own, handing each event to `sink`
/// (which says whether anyone still listens). A run that returns, or
/// panics, without saying it finished is ended for it, so the status bar
/// never says "refreshing" for ever.
pub fn start(refresher: Refresher, sink: impl Fn(RefreshEvent) -> bool + Send + 'static) {
    let _ = std::thread::Builder::new()
        .name("refresh".into())
        .spawn(move || {
            let (events, rx) = mpsc::channel();
            let runner = std::thread::Builder::new()
                .name("refresh-run".into())
                .spawn(move || refresher(events));
            let mut finished = false;
            // Ends when the refresher drops its sender: returned or panicked.
            for event in rx {
                finished |= matches!(event, RefreshEvent::Finished { .. });
                if !sink(event) {
                    return;
                }
            }
            let ended = runner.map(|r| r.join().is_ok());
            if !finished {
                let error = match ended {
                    Ok(true) => "the refresh ended without a result",
                    _ => "the refresh stopped on an internal error",
                };
                sink(RefreshEvent::Finished {
                    total: 0,
                    new: 0,
                    failed: 0,
                    error: Some(error.to_string()),
                    results: Vec::new(),
                });
            }
        });
}

/// Where a refresh run stands, for the status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Refreshing {
    pub running: bool,
    pub done: usize,
    pub total: usize,
    pub new: usize,
}

impl Refreshing {
    /// The status bar's words for a run in progress.
    pub fn status(&self) -> Option<String> {
        if !self.running {
            return None;
        }
        if self.total == 0 {
            return Some("refreshing feeds…".to_string());
        }
        Some(format!(
            "refreshing {}/{} feeds · {} new",
            self.done, self.total, self.new
        ))
    }
}

impl App {
    /// `R`: ask the loop to start a refresh, unless one is running or
    /// there is nothing to refresh with.
    pub(super) fn request_refresh(&mut self) {
        if !self.can_refresh {
            self.message = Some(
                "no feeds to refresh here: subscribe with `newsreader feeds add URL`".to_string(),
            );
            return;
        }
        if self.refreshing.running {
            let at = self.refreshing.status().unwrap_or_default();
            self.message = Some(format!("refresh already running ({at})"));
            return;
        }
        self.refreshing = Refreshing {
            running: true,
            ..Refreshing::default()
        };
        self.refresh_feeds_requested = true;
    }

    /// Apply one event of the running refresh.
    pub(super) fn apply_refresh(&mut self, event: RefreshEvent) {
        match event {
            RefreshEvent::Progress {
                done, total, new, ..
            } => {
                if new > self.refreshing.new {
                    self.reindex_wanted = true;
                }
                self.refreshing = Refreshing {
                    running: true,
                    done,
                    total,
                    new,
                };
            }
            RefreshEvent::Finished {
                total,
                new,
                failed,
                error,
                results,
            } => {
                self.refreshing.running = false;
                if new > 0 {
                    self.reindex_wanted = true;
                }
                let feeds = |n: usize| if n == 1 { "feed" } else { "feeds" };
                let text = match (error, failed) {
                    (Some(e), _) => format!("refresh: {e}"),
                    (None, 0) => format!("refreshed {total} {} · {new} new", feeds(total)),
                    (None, f) => {
                        format!("refresh: {f} {} failed — F shows why · {new} new", feeds(f))
                    }
                };
                self.apply_feed_results(results);
                self.message = Some(crate::output::visible(&text).into_owned());
            }
        }
        self.refresh_feeds();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;

    fn app() -> App {
        let mut app = App::with_size(Vec::new(), Vec::new(), 100, 20);
        app.can_refresh = true;
        app
    }

    #[test]
    fn r_starts_one_refresh_and_a_second_says_it_runs() {
        let mut app = app();
        app.update(Action::RefreshFeeds);
        assert!(app.refresh_feeds_requested && app.refreshing.running);
        app.refresh_feeds_requested = false;
        app.apply_refresh(RefreshEvent::Progress {
            done: 12,
            total: 40,
            new: 87,
            feed: None,
        });
        app.update(Action::RefreshFeeds);
        assert!(!app.refresh_feeds_requested, "not started twice");
        assert_eq!(
            app.message.as_deref(),
            Some("refresh already running (refreshing 12/40 feeds · 87 new)")
        );
        assert!(app.reindex_wanted, "new articles get indexed");
    }

    #[test]
    fn a_run_ends_in_a_message_naming_failures() {
        let mut app = app();
        app.update(Action::RefreshFeeds);
        app.apply_refresh(RefreshEvent::Finished {
            total: 40,
            new: 0,
            failed: 2,
            error: None,
            results: Vec::new(),
        });
        assert!(!app.refreshing.running);
        assert_eq!(
            app.message.as_deref(),
            Some("refresh: 2 feeds failed — F shows why · 0 new")
        );
        assert!(!app.reindex_wanted);
    }

    /// Everything `start` hands on, once the run has ended.
    fn run(refresher: Refresher) -> Vec<RefreshEvent> {
        let (tx, rx) = mpsc::channel();
        start(refresher, move |e| tx.send(e).is_ok());
        let mut got = Vec::new();
        for e in rx.iter() {
            let last = matches!(e, RefreshEvent::Finished { .. });
            got.push(e);
            if last {
                break;
            }
        }
        got
    }

    #[test]
    fn a_fake_refresher_reports_through_the_loop_into_the_model() {
        let events = run(Arc::new(|tx: Sender<RefreshEvent>| {
            for done in 1..=2 {
                let _ = tx.send(RefreshEvent::Progress {
                    done,
                    total: 2,
                    new: done * 3,
                    feed: Some(format!("feed {done}")),
                });
            }
            let _ = tx.send(RefreshEvent::Finished {
                total: 2,
                new: 6,
                failed: 0,
                error: None,
                results: Vec::new(),
            });
        }));
        assert_eq!(events.len(), 3);
        let mut app = app();
        app.update(Action::RefreshFeeds);
        let mut seen = Vec::new();
        for e in events {
            app.apply_refresh(e);
            seen.push(crate::tui::status::status_text(&app));
        }
        assert!(
            seen[0].starts_with("refreshing 1/2 feeds · 3 new"),
            "{seen:?}"
        );
        assert_eq!(app.message.as_deref(), Some("refreshed 2 feeds · 6 new"));
        assert!(app.reindex_wanted);
    }

    #[test]
    fn a_refresher_that_panics_or_says_nothing_still_ends() {
        let panics = run(Arc::new(|_tx: Sender<RefreshEvent>| panic!("boom")));
        let silent = run(Arc::new(|_tx: Sender<RefreshEvent>| {}));
        for (events, why) in [(panics, "internal error"), (silent, "without a result")] {
            match events.last() {
                Some(RefreshEvent::Finished { error: Some(e), .. }) => {
                    assert!(e.contains(why), "{e}")
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn without_a_refresher_r_says_how_to_subscribe() {
        let mut app = App::with_size(Vec::new(), Vec::new(), 100, 20);
        app.update(Action::RefreshFeeds);
        assert!(!app.refresh_feeds_requested);
        assert!(app.message.as_deref().unwrap_or("").contains("feeds add"));
    }
}
