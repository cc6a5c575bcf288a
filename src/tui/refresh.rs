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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::app::{App, Effect, Msg};

    fn app() -> App {
        App::with_size(Vec::new(), Vec::new(), 100, 20).with_refresh(true)
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
            app.update(Msg::Refresh(e));
            seen.push(crate::tui::panes::status::status_text(&app));
        }
        assert!(
            seen[0].starts_with("refreshing 1/2 feeds · 3 new"),
            "{seen:?}"
        );
        assert_eq!(app.message(), Some("refreshed 2 feeds · 6 new"));
        assert!(app.take_effects().contains(&Effect::Reindex));
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
}
