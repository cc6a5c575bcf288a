//! `newsreader refresh`: every subscribed feed fetched by a small pool of
//! threads sharing one [`Client`](crate::fetch::Client) (which also bounds
//! connections overall and per host), each feed's new entries saved into
//! the library as they come ([`feed`]), and each feed's outcome recorded in
//! the state database by the calling thread as soon as that feed is done.
//!
//! One feed failing (an HTTP error, garbage instead of XML, a disk error)
//! is that feed's outcome and never stops the others. The TUI can run
//! [`refresh`] on a background thread and show [`Progress`] as feeds
//! finish; the command line prints [`FeedOutcome::line`] per feed.

mod feed;

use std::collections::{HashSet, VecDeque};
use std::panic::AssertUnwindSafe;
use std::sync::{mpsc, Mutex};

use super::urls::{BadLine, Subscription, UrlsFile};
use super::{Context, FeedsError};
use crate::store::db::FetchRecord;
use crate::store::Store;

pub use super::page::{add_url, AddedPage};

/// Most new entries saved from one feed in one refresh. A feed of 100,000
/// entries then costs at most this many files (and page fetches) per run;
/// its validators are not kept while entries are left, so the next refresh
/// fetches it again and saves the next batch.
pub const MAX_NEW_PER_FEED: usize = 500;

/// Reported as each feed finishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Feeds finished so far, of `total`.
    pub done: usize,
    pub total: usize,
    /// New articles saved so far, over all feeds.
    pub new: usize,
    /// The feed just finished (its title, else its URL).
    pub feed: String,
}

/// How one feed's refresh ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Fetched and parsed; this many new articles saved. `more`: entries
    /// left over [`MAX_NEW_PER_FEED`] for the next refresh.
    New { saved: usize, more: usize },
    /// 304, or nothing in the feed that is not in the library.
    NoChange,
    /// Not fetched: the server asked (`Retry-After`) to wait until then
    /// (unix seconds). Not a failure of this refresh.
    Waiting { until: i64 },
    /// Failed; the message names the feed.
    Error(String),
}

/// One feed's refresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedOutcome {
    pub url: String,
    /// The feed's title (from this fetch, else the last), else its URL.
    pub title: String,
    pub status: Status,
    /// What went wrong with single entries while the feed as a whole
    /// worked (a page that could not be fetched: its summary was saved).
    pub notes: Vec<String>,
}

impl FeedOutcome {
    /// `Title: 3 new`, `Title: no change`, `Title: error: …`. Print it
    /// through the application's `output` (or [`newsreader_core::visible`]):
    /// the title is a stranger's text.
    pub fn line(&self) -> String {
        match &self.status {
            Status::New { saved, more: 0 } => format!("{}: {saved} new", self.title),
            Status::New { saved, more } => {
                format!("{}: {saved} new ({more} more next refresh)", self.title)
            }
            Status::NoChange => format!("{}: no change", self.title),
            Status::Waiting { until } => format!(
                "{}: not fetched: the server asked to wait until {}",
                self.title,
                super::rfc3339(*until)
            ),
            Status::Error(e) => format!("{}: error: {e}", self.title),
        }
    }

    pub fn failed(&self) -> bool {
        matches!(self.status, Status::Error(_))
    }

    pub fn new_articles(&self) -> usize {
        match self.status {
            Status::New { saved, .. } => saved,
            _ => 0,
        }
    }
}

/// A whole refresh: every feed's outcome in the urls file's order, and the
/// lines of that file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub feeds: Vec<FeedOutcome>,
    pub bad_lines: Vec<BadLine>,
}

impl Report {
    /// Whether any feed failed.
    pub fn failed(&self) -> bool {
        self.feeds.iter().any(FeedOutcome::failed)
    }

    pub fn new_articles(&self) -> usize {
        self.feeds.iter().map(FeedOutcome::new_articles).sum()
    }
}

/// Refresh every feed in `ctx.urls`, calling `on_progress` on this thread
/// as each finishes. `Err` only when the urls file or the state database
/// cannot be opened at all; everything else is in the [`Report`].
pub fn refresh(ctx: &Context, on_progress: &mut dyn FnMut(Progress)) -> Result<Report, FeedsError> {
    let urls = UrlsFile::load(&ctx.urls)?;
    let subs: Vec<Subscription> = urls.subscriptions().cloned().collect();
    let mut store = Store::open(&ctx.state_db)?.store;
    let mut jobs = VecDeque::new();
    for (index, sub) in subs.iter().enumerate() {
        let record = store.feed_record(&sub.url)?.unwrap_or_default();
        let seen = store.saved_ids(&sub.url)?;
        jobs.push_back(feed::Job {
            index,
            url: sub.url.clone(),
            record,
            seen,
        });
    }
    let shared = feed::Shared {
        ctx,
        urls: Mutex::new(store.saved_urls()?),
        fetched_at: super::unix_now(),
    };
    let total = jobs.len();
    let mut outcomes: Vec<Option<FeedOutcome>> = vec![None; total];
    let workers = ctx.workers.clamp(1, total.max(1));
    let queue = Mutex::new(jobs);
    let mut new = 0;
    std::thread::scope(|scope| {
        let (sent, results) = mpsc::channel();
        for _ in 0..workers {
            let sent = sent.clone();
            let (queue, shared) = (&queue, &shared);
            scope.spawn(move || loop {
                let job = match queue.lock() {
                    Ok(mut q) => q.pop_front(),
                    Err(_) => None,
                };
                let Some(job) = job else { break };
                let index = job.index;
                // A panic in one feed's parsing is that feed's failure, not
                // the refresh's: it sends nothing, and is reported below.
                let run = std::panic::catch_unwind(AssertUnwindSafe(|| feed::run(shared, job)));
                let Ok(done) = run else { continue };
                if sent.send((index, done)).is_err() {
                    break;
                }
            });
        }
        drop(sent);
        for (done, (index, result)) in results.iter().enumerate() {
            let outcome = record(&mut store, result);
            new += outcome.new_articles();
            on_progress(Progress {
                done: done + 1,
                total,
                new,
                feed: outcome.title.clone(),
            });
            outcomes[index] = Some(outcome);
        }
    });
    let feeds = outcomes
        .into_iter()
        .zip(&subs)
        .map(|(outcome, sub)| {
            // A feed whose worker panicked sent nothing.
            outcome.unwrap_or_else(|| {
                let error = format!("{}: reading this feed failed unexpectedly", sub.url);
                let fetch = Some(failed_fetch(shared.fetched_at, &error, None));
                record(
                    &mut store,
                    feed::Done {
                        outcome: FeedOutcome {
                            url: sub.url.clone(),
                            title: sub.url.clone(),
                            status: Status::Error(error),
                            notes: Vec::new(),
                        },
                        fetch,
                        saved: Vec::new(),
                    },
                )
            })
        })
        .collect();
    Ok(Report {
        feeds,
        bad_lines: urls.bad,
    })
}

/// Write one feed's result to the store; its outcome for the report.
fn record(store: &mut Store, result: feed::Done) -> FeedOutcome {
    let feed::Done {
        mut outcome,
        fetch,
        saved,
    } = result;
    let Some(fetch) = fetch else {
        return outcome;
    };
    if let Err(e) = store.record_fetch(&outcome.url, &fetch, &saved) {
        // The files are in the library; the next refresh finds them by name.
        outcome.status = Status::Error(format!(
            "{}: saved, but the feed's state could not be recorded: {e}",
            outcome.url
        ));
    }
    outcome
}

/// The record for a fetch that failed with `error`.
pub(super) fn failed_fetch(at: i64, error: &str, retry_after: Option<i64>) -> FetchRecord {
    FetchRecord {
        at,
        error: Some(error.to_string()),
        retry_after,
        body: None,
    }
}

/// Ids already handled in this refresh, so a feed listing an entry twice
/// saves it once.
pub(super) fn first_time(seen: &mut HashSet<String>, id: &str) -> bool {
    seen.insert(id.to_string())
}
