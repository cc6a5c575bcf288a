//! Feeds: subscribing, and fetching what they publish into the library.
//!
//! * The subscription list is the user's `urls` file ([`urls`]), imported
//!   from and exported to OPML ([`opml`]).
//! * What each feed's last fetch said (validators, time, error) and which
//!   entries are already saved live in the state database (store migration
//!   5), so a refresh sends a conditional GET and never saves an entry
//!   twice.
//! * [`refresh()`] fetches every feed on a small pool of threads sharing
//!   one [`fetch::Client`], and saves each new entry into the library under
//!   `feeds/<feed>/` as HTML with its sidecar ([`save`]); [`add_url`] saves
//!   one web page the same way. Every file is written whole or not at all.

pub mod manage;
pub mod names;
pub mod opml;
mod page;
pub mod refresh;
pub mod save;
pub mod urls;
mod write;

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::fetch;
use crate::library::Dirs;
use crate::store::StoreError;

pub use manage::{
    add_feed, export, import, list, remove_feed, tags_by_title, FeedInfo, ImportReport,
};
pub use refresh::{add_url, refresh, AddedPage, FeedOutcome, Progress, Report, Status};
pub use urls::{Subscription, UrlsFile};

/// What refreshing and subscribing need to know: where the files are and
/// the HTTP client to fetch with.
#[derive(Clone)]
pub struct Context {
    /// The `urls` file.
    pub urls: PathBuf,
    /// The library folder; feeds save under `feeds/` in it.
    pub library: PathBuf,
    /// The state database (feed state lives there).
    pub state_db: PathBuf,
    pub client: fetch::Client,
    /// Feeds fetched at once.
    pub workers: usize,
}

impl Context {
    /// The usual places: `urls` in the config dir, the state database in
    /// the data dir, `library` as configured; a client with default options.
    pub fn new(dirs: &Dirs, library: PathBuf) -> Context {
        Context {
            urls: urls_path(dirs),
            library,
            state_db: dirs.state_db(),
            client: fetch::Client::new(fetch::Options::default()),
            workers: DEFAULT_WORKERS,
        }
    }
}

/// Feeds fetched at once by default: enough to hide a few slow servers,
/// few enough to be polite (the client also limits connections per host).
pub const DEFAULT_WORKERS: usize = 6;

/// The subscription list: `urls` in the config folder, as newsboat has it.
pub fn urls_path(dirs: &Dirs) -> PathBuf {
    dirs.config.join("urls")
}

/// What can go wrong managing feeds. Each names the file or URL.
#[derive(Debug, thiserror::Error)]
pub enum FeedsError {
    #[error("{path}: {cause}")]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Opml { path: PathBuf, reason: String },
    #[error("{reason}: give a feed's address, starting with https:// or http://")]
    BadUrl { reason: String },
    #[error("{url} is already subscribed (in {path})")]
    Duplicate { url: String, path: PathBuf },
    #[error("{url} is not subscribed (see `newsreader feeds list`, or {path})")]
    NotSubscribed { url: String, path: PathBuf },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Fetch(#[from] crate::fetch::FetchError),
    #[error("{url}: could not save into {path}: {cause}")]
    Save {
        url: String,
        path: PathBuf,
        cause: std::io::Error,
    },
}

/// Seconds since the epoch now.
pub(crate) fn unix_now() -> i64 {
    unix_secs(SystemTime::now())
}

pub(crate) fn unix_secs(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// A path inside the library as stored: relative, `/`-separated.
pub(crate) fn relative(library: &Path, path: &Path) -> String {
    path.strip_prefix(library)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// `secs` as RFC 3339 in UTC: `2026-12-06T07:01:02Z`.
pub fn rfc3339(secs: i64) -> String {
    let (y, m, d) = crate::store::db::civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_in_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_901_589), "2026-11-28T21:33:09Z");
    }
}
