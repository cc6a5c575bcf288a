//! `feeds add`, `remove`, `list`, `import` and `export`: the subscription
//! list and what the state database remembers of each feed.

use std::collections::HashMap;
use std::path::Path;

use super::opml::{self, ExportFeed};
use super::urls::{check_url, BadLine, Subscription, UrlsFile};
use super::FeedsError;
use crate::store::db::FeedRecord;
use crate::store::Store;
use newsreader_core::loader::feed::safe_url;
use newsreader_core::loader::files::origin::read_sidecar;

/// Subscribe to `url` with `tags`: appended to the urls file at `urls`.
pub fn add_feed(urls: &Path, url: &str, tags: &[String]) -> Result<Vec<BadLine>, FeedsError> {
    check_url(url).map_err(|reason| FeedsError::BadUrl { reason })?;
    let mut file = UrlsFile::load(urls)?;
    let mut clean: Vec<String> = Vec::new();
    for tag in tags.iter().map(|t| t.trim()) {
        if !tag.is_empty() && !clean.iter().any(|t| t == tag) {
            clean.push(tag.to_string());
        }
    }
    let sub = Subscription {
        url: url.to_string(),
        tags: clean,
    };
    if !file.push(sub) {
        return Err(FeedsError::Duplicate {
            url: url.to_string(),
            path: urls.to_path_buf(),
        });
    }
    file.save()?;
    Ok(file.bad)
}

/// Unsubscribe from `url`. What was saved from it stays in the library.
pub fn remove_feed(urls: &Path, url: &str) -> Result<Vec<BadLine>, FeedsError> {
    let mut file = UrlsFile::load(urls)?;
    if !file.remove(url) {
        return Err(FeedsError::NotSubscribed {
            url: url.to_string(),
            path: urls.to_path_buf(),
        });
    }
    file.save()?;
    Ok(file.bad)
}

/// One subscription and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedInfo {
    pub sub: Subscription,
    /// `None`: never fetched (or no state database to ask).
    pub record: Option<FeedRecord>,
}

/// Every subscription with its record, and the urls file's bad lines.
/// `state_db` is only read; a missing one means nothing fetched yet.
pub fn list(urls: &Path, state_db: &Path) -> Result<(Vec<FeedInfo>, Vec<BadLine>), FeedsError> {
    let file = UrlsFile::load(urls)?;
    let mut records = if state_db.exists() {
        Store::open(state_db)?.store.feed_records()?
    } else {
        Default::default()
    };
    let feeds = file
        .subscriptions()
        .map(|sub| FeedInfo {
            sub: sub.clone(),
            record: records.remove(&sub.url),
        })
        .collect();
    Ok((feeds, file.bad))
}

/// Each fetched feed's tags under the title its articles carry (what the
/// reader's feeds view groups by). Feeds never fetched have no title yet
/// and so no articles to group; a feed without tags is left out.
pub fn tags_by_title(feeds: &[FeedInfo]) -> HashMap<String, Vec<String>> {
    feeds
        .iter()
        .filter(|f| !f.sub.tags.is_empty())
        .filter_map(|f| Some((f.record.as_ref()?.title.clone()?, f.sub.tags.clone())))
        .collect()
}

/// How many articles saved from each feed (by feed URL) are not marked
/// read. Each is looked up under the key the reader keeps its state under
/// ([`crate::store::key()`]): the address its sidecar gives, which for a
/// fetched page is where the redirects ended (not the entry's link), else
/// its file. An entry whose file is gone from the library is not counted.
pub fn unread_by_feed(
    library: &Path,
    state_db: &Path,
) -> Result<HashMap<String, usize>, FeedsError> {
    let mut unread = HashMap::new();
    if !state_db.exists() {
        return Ok(unread);
    }
    let store = Store::open(state_db)?.store;
    let states = store.load_all()?;
    for (feed_url, entry) in store.feed_entries()? {
        let file = library.join(&entry.path);
        if !file.is_file() {
            continue;
        }
        let url = match read_sidecar(&file) {
            Some(origin) => origin.url.as_deref().and_then(safe_url).map(str::to_string),
            None => entry.url,
        };
        let key = crate::store::key(crate::store::Origin {
            url: url.as_deref(),
            path: Some(&file),
            ..crate::store::Origin::default()
        });
        let read = states.get(&key).is_some_and(|s| s.read);
        *unread.entry(feed_url).or_insert(0) += usize::from(!read);
    }
    Ok(unread)
}

/// What `feeds import` did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    pub added: usize,
    /// Already subscribed (or twice in the OPML file).
    pub duplicates: usize,
    /// Feeds with an address that is not http(s), not imported.
    pub refused: Vec<String>,
    /// Lines of the urls file that could not be read (kept as they were).
    pub bad_lines: Vec<BadLine>,
}

/// Subscribe to every feed in the OPML file `opml_path`.
pub fn import(urls: &Path, opml_path: &Path) -> Result<ImportReport, FeedsError> {
    let bytes = std::fs::read(opml_path).map_err(|cause| FeedsError::Io {
        path: opml_path.to_path_buf(),
        cause,
    })?;
    let (feeds, refused) = opml::parse(opml_path, &bytes)?;
    let mut file = UrlsFile::load(urls)?;
    let mut report = ImportReport {
        refused,
        ..ImportReport::default()
    };
    for feed in feeds {
        if file.push(feed.sub) {
            report.added += 1;
        } else {
            report.duplicates += 1;
        }
    }
    if report.added > 0 {
        file.save()?;
    }
    report.bad_lines = file.bad;
    Ok(report)
}

/// The subscriptions as an OPML 2.0 document, with the feed titles the
/// last fetches found.
pub fn export(urls: &Path, state_db: &Path) -> Result<(String, Vec<BadLine>), FeedsError> {
    let (feeds, bad) = list(urls, state_db)?;
    let export: Vec<ExportFeed<'_>> = feeds
        .iter()
        .map(|f| ExportFeed {
            sub: &f.sub,
            title: f.record.as_ref().and_then(|r| r.title.as_deref()),
            site: f.record.as_ref().and_then(|r| r.site.as_deref()),
        })
        .collect();
    Ok((opml::render(&export), bad))
}

/// `feeds list`'s lines for one feed: its title and tags, its address,
/// then when it was last fetched, how many of its articles are unread (of
/// `unread_by_feed`) and its last error. (Printed through the escaping
/// path: titles come from strangers.)
pub fn describe(info: &FeedInfo, unread: &HashMap<String, usize>) -> Vec<String> {
    let record = info.record.as_ref();
    let title = record
        .and_then(|r| r.title.as_deref())
        .unwrap_or("(not fetched yet)");
    let mut head = title.to_string();
    if !info.sub.tags.is_empty() {
        head.push_str(&format!("  [{}]", info.sub.tags.join(", ")));
    }
    let mut lines = vec![head, format!("    {}", info.sub.url)];
    let mut state = match record.and_then(|r| r.last_fetch) {
        Some(at) => format!("    last fetch {}", super::rfc3339(at)),
        None => "    never fetched".to_string(),
    };
    let saved = record.map_or(0, |r| r.saved);
    let articles = if saved == 1 { "article" } else { "articles" };
    let unread = unread.get(&info.sub.url).copied().unwrap_or(0);
    state.push_str(&format!(" · {unread} unread · {saved} {articles} saved"));
    lines.push(state);
    if let Some(err) = record.and_then(|r| r.last_error.as_deref()) {
        lines.push(format!("    last error: {err}"));
    }
    if let Some(until) = record
        .and_then(|r| r.retry_after)
        .filter(|&t| t > super::unix_now())
    {
        lines.push(format!(
            "    not fetched before {} (the server asked)",
            super::rfc3339(until)
        ));
    }
    lines
}
