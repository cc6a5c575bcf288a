//! The model's side of `R` (see [`crate::tui::refresh`]): asking the loop
//! for a refresh, and counting what the running one reports for the
//! status bar, asking for the library to be indexed again when it saved
//! new articles.

use super::App;
use crate::tui::refresh::{RefreshEvent, Refreshing};

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
    use crate::tui::app::Msg;

    fn app() -> App {
        App::with_size(Vec::new(), Vec::new(), 100, 20).with_refresh(true)
    }

    #[test]
    fn r_starts_one_refresh_and_a_second_says_it_runs() {
        let mut app = app();
        app.update(Action::RefreshFeeds);
        assert!(app.refresh_feeds_requested && app.refreshing.running);
        app.refresh_feeds_requested = false;
        app.update(Msg::Refresh(RefreshEvent::Progress {
            done: 12,
            total: 40,
            new: 87,
            feed: None,
        }));
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
        app.update(Msg::Refresh(RefreshEvent::Finished {
            total: 40,
            new: 0,
            failed: 2,
            error: None,
            results: Vec::new(),
        }));
        assert!(!app.refreshing.running);
        assert_eq!(
            app.message.as_deref(),
            Some("refresh: 2 feeds failed — F shows why · 0 new")
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
