//! `R`: refreshing the feeds in the background while reading goes on.
//!
//! The reader does not know how feeds are fetched: the caller injects a
//! [`Refresher`] in the [`Session`](super::Session), a function the loop
//! runs on a thread of its own for each `R`, which reports through the
//! [`RefreshEvent`]s it sends. The model counts them for the status bar
//! (`refreshing 12/40 feeds · 87 new`) and asks the loop to index the
//! library again when new articles were saved, so they appear in the list
//! as they arrive.

use std::sync::mpsc::Sender;
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
    /// subscriptions file, say).
    Finished {
        total: usize,
        new: usize,
        failed: usize,
        error: Option<String>,
    },
}

/// Fetches every feed, sending progress; runs on a thread of its own,
/// once per `R`. It must end with [`RefreshEvent::Finished`] (the loop
/// also ends the run if the function returns without one).
pub type Refresher = Arc<dyn Fn(Sender<RefreshEvent>) + Send + Sync>;

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
    pub fn apply_refresh(&mut self, event: RefreshEvent) {
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
            } => {
                self.refreshing.running = false;
                if new > 0 {
                    self.reindex_wanted = true;
                }
                let feeds = |n: usize| if n == 1 { "feed" } else { "feeds" };
                let text = match (error, failed) {
                    (Some(e), _) => format!("refresh: {e}"),
                    (None, 0) => format!("refreshed {total} {} · {new} new", feeds(total)),
                    (None, f) => format!(
                        "refresh: {f} {} failed — see newsreader feeds list · {new} new",
                        feeds(f)
                    ),
                };
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
        });
        assert!(!app.refreshing.running);
        assert_eq!(
            app.message.as_deref(),
            Some("refresh: 2 feeds failed — see newsreader feeds list · 0 new")
        );
        assert!(!app.reindex_wanted);
    }

    #[test]
    fn without_a_refresher_r_says_how_to_subscribe() {
        let mut app = App::with_size(Vec::new(), Vec::new(), 100, 20);
        app.update(Action::RefreshFeeds);
        assert!(!app.refresh_feeds_requested);
        assert!(app.message.as_deref().unwrap_or("").contains("feeds add"));
    }
}
