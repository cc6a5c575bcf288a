//! What the reader is told about feeds: the subscriptions with their
//! last errors at start ([`subscriptions_view`]), and how a refresh it
//! ran ended ([`finished`]). The reader knows nothing of fetching; these
//! turn the feeds' own types into its plain ones.

use std::path::Path;

use super::{list, FeedInfo, FeedsError, Report, Status};
use crate::tui::app::Subscribed;
use crate::tui::refresh::{FeedResult, RefreshEvent};

/// The subscriptions as the reader's feeds view shows them: title (else
/// address), last error, whether ever fetched. Read at the reader's
/// start; a urls file or database that cannot be read gives none (the
/// view still lists the feeds that have articles).
pub fn subscriptions_view(urls: &Path, state_db: &Path) -> Vec<Subscribed> {
    list(urls, state_db).map_or_else(|_| Vec::new(), |(feeds, _)| subscribed(&feeds))
}

/// The reader's rows for subscriptions already read with [`list`].
pub fn subscribed(feeds: &[FeedInfo]) -> Vec<Subscribed> {
    feeds
        .iter()
        .map(|f| {
            let record = f.record.as_ref();
            Subscribed::new(
                &f.sub.url,
                record.and_then(|r| r.title.as_deref()),
                record.and_then(|r| r.last_error.as_deref()),
                record.and_then(|r| r.last_fetch).is_none(),
            )
        })
        .collect()
}

/// A refresh's outcome per feed fetched, for the reader (a feed left
/// alone because its server asked to wait is not: its error stands).
pub fn results(report: &Report) -> Vec<FeedResult> {
    report
        .feeds
        .iter()
        .filter(|f| !matches!(f.status, Status::Waiting { .. }))
        .map(|f| FeedResult {
            url: f.url.clone(),
            title: f.title.clone(),
            error: match &f.status {
                Status::Error(e) => Some(e.clone()),
                _ => None,
            },
        })
        .collect()
}

/// How a refresh the reader ran ended, as the event that tells it.
pub fn finished(outcome: Result<Report, FeedsError>) -> RefreshEvent {
    let failed = |error: String| RefreshEvent::Finished {
        total: 0,
        new: 0,
        failed: 0,
        error: Some(error),
        results: Vec::new(),
    };
    match outcome {
        Ok(report) if report.feeds.is_empty() => {
            failed("no feeds subscribed: add one with `newsreader feeds add URL`".to_string())
        }
        Ok(report) => RefreshEvent::Finished {
            total: report.feeds.len(),
            new: report.new_articles(),
            failed: report.feeds.iter().filter(|f| f.failed()).count(),
            error: None,
            results: results(&report),
        },
        Err(e) => failed(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{add_feed, FeedOutcome};
    use super::*;
    use crate::store::Store;

    #[test]
    fn results_say_each_fetched_feeds_error_and_leave_out_those_not_fetched() {
        let outcome = |url: &str, status| FeedOutcome {
            url: url.into(),
            title: format!("T {url}"),
            status,
            notes: Vec::new(),
        };
        let report = Report {
            feeds: vec![
                outcome("a", Status::New { saved: 2, more: 0 }),
                outcome("b", Status::Error("b: HTTP 404".into())),
                outcome("c", Status::Waiting { until: 99 }),
                outcome("d", Status::NoChange),
            ],
            bad_lines: Vec::new(),
        };
        let got: Vec<(String, String, Option<String>)> = results(&report)
            .into_iter()
            .map(|r| (r.url, r.title, r.error))
            .collect();
        assert_eq!(
            got,
            [
                ("a".into(), "T a".into(), None),
                ("b".into(), "T b".into(), Some("b: HTTP 404".into())),
                ("d".into(), "T d".into(), None),
            ]
        );
    }

    #[test]
    fn a_run_ends_in_one_event_with_its_counts_or_why_it_could_not_start() {
        let report = Report {
            feeds: vec![
                FeedOutcome {
                    url: "a".into(),
                    title: "A".into(),
                    status: Status::New { saved: 3, more: 0 },
                    notes: Vec::new(),
                },
                FeedOutcome {
                    url: "b".into(),
                    title: "b".into(),
                    status: Status::Error("b: gone".into()),
                    notes: Vec::new(),
                },
            ],
            bad_lines: Vec::new(),
        };
        match finished(Ok(report.clone())) {
            RefreshEvent::Finished {
                total: 2,
                new: 3,
                failed: 1,
                error: None,
                results,
            } => assert_eq!(results, super::results(&report)),
            other => panic!("{other:?}"),
        }
        match finished(Ok(Report::default())) {
            RefreshEvent::Finished {
                error: Some(e),
                results,
                ..
            } => assert!(e.contains("feeds add") && results.is_empty(), "{e}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_readers_view_of_subscriptions_comes_from_the_urls_file_and_the_state() {
        let dir = tempfile::tempdir().unwrap();
        let (urls, db) = (dir.path().join("urls"), dir.path().join("state.db"));
        add_feed(&urls, "https://a.example/rss", &[]).unwrap();
        add_feed(&urls, "https://b.example/rss", &[]).unwrap();
        let mut store = Store::open(&db).unwrap().store;
        let failed = crate::store::db::FetchRecord {
            at: 5,
            error: Some("https://b.example/rss: HTTP 500".into()),
            ..Default::default()
        };
        store
            .record_fetch("https://b.example/rss", &failed, &[])
            .unwrap();
        let view = subscriptions_view(&urls, &db);
        assert_eq!(view.len(), 2);
        assert_eq!(view[0].name, "https://a.example/rss");
        assert!(view[0].never_fetched && view[0].error.is_none());
        assert!(!view[1].never_fetched);
        assert_eq!(view[1].error.as_deref(), Some("HTTP 500"));
        assert!(subscriptions_view(&dir.path().join("none"), &db).is_empty());
    }
}
