//! Feed state (migration 5): what each feed's last fetch said, and which
//! of its entries are already in the library. Written once per feed per
//! refresh, in one transaction with the entries saved, so a feed's record
//! and its entries never disagree.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};

/// What is remembered about one feed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FeedRecord {
    pub title: Option<String>,
    pub site: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Unix seconds of the last fetch, successful or not.
    pub last_fetch: Option<i64>,
    /// The last fetch's error; `None` after a success.
    pub last_error: Option<String>,
    /// Unix seconds before which the server asked not to be fetched.
    pub retry_after: Option<i64>,
    /// Entries saved into the library from it.
    pub saved: usize,
}

/// One fetch of a feed, to remember.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FetchRecord {
    /// Unix seconds.
    pub at: i64,
    pub error: Option<String>,
    /// Unix seconds the server asked to wait until (`Retry-After`).
    pub retry_after: Option<i64>,
    /// What a fetch with a body said (title, site, validators); `None`
    /// (a 304 or an error) keeps what was known.
    pub body: Option<FeedHead>,
}

/// The parts of a fetched feed kept between refreshes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FeedHead {
    pub title: Option<String>,
    pub site: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Store {
    /// Every feed's record, by feed URL.
    pub fn feed_records(&self) -> Result<HashMap<String, FeedRecord>, StoreError> {
        let err = |e| self.sqlite_err(e);
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT feed_url, COUNT(*) FROM feed_entry GROUP BY feed_url")
            .map_err(err)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .map_err(err)?;
        for row in rows {
            let (url, n) = row.map_err(err)?;
            counts.insert(url, usize::try_from(n).unwrap_or(0));
        }
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT url, title, site, etag, last_modified, last_fetch, last_error,
                    retry_after
                 FROM feed_state",
            )
            .map_err(err)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, record_from(r, 1)?)))
            .map_err(err)?;
        let mut out = HashMap::new();
        for row in rows {
            let (url, mut record) = row.map_err(err)?;
            record.saved = counts.remove(&url).unwrap_or(0);
            out.insert(url, record);
        }
        for (url, saved) in counts {
            out.insert(
                url,
                FeedRecord {
                    saved,
                    ..FeedRecord::default()
                },
            );
        }
        Ok(out)
    }

    /// The record of one feed, if it was ever fetched.
    pub fn feed_record(&self, url: &str) -> Result<Option<FeedRecord>, StoreError> {
        let err = |e| self.sqlite_err(e);
        self.conn
            .prepare_cached(
                "SELECT title, site, etag, last_modified, last_fetch, last_error,
                    retry_after
                 FROM feed_state WHERE url = ?1",
            )
            .map_err(err)?
            .query_row([url], |r| record_from(r, 0))
            .optional()
            .map_err(err)
    }

    /// The ids of the entries of `feed_url` already saved.
    pub fn saved_ids(&self, feed_url: &str) -> Result<HashSet<String>, StoreError> {
        let err = |e| self.sqlite_err(e);
        let mut stmt = self
            .conn
            .prepare_cached("SELECT entry_id FROM feed_entry WHERE feed_url = ?1")
            .map_err(err)?;
        let rows = stmt
            .query_map([feed_url], |r| r.get::<_, String>(0))
            .map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }

    /// Every article URL already saved, from any feed or `add URL`.
    pub fn saved_urls(&self) -> Result<HashSet<String>, StoreError> {
        let err = |e| self.sqlite_err(e);
        let mut stmt = self
            .conn
            .prepare_cached("SELECT url FROM feed_entry WHERE url IS NOT NULL")
            .map_err(err)?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }

    /// Every entry saved from a feed (not `add URL`'s pages), with the
    /// feed's URL: what `feeds list` counts unread articles over.
    pub fn feed_entries(&self) -> Result<Vec<(String, SavedEntry)>, StoreError> {
        let err = |e| self.sqlite_err(e);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT feed_url, entry_id, url, path FROM feed_entry WHERE feed_url != ''",
            )
            .map_err(err)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    SavedEntry {
                        entry_id: r.get(1)?,
                        url: r.get(2)?,
                        path: r.get(3)?,
                    },
                ))
            })
            .map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }

    /// Where the article at `url` was saved, if it was.
    pub fn saved_path(&self, url: &str) -> Result<Option<String>, StoreError> {
        let err = |e| self.sqlite_err(e);
        self.conn
            .prepare_cached("SELECT path FROM feed_entry WHERE url = ?1 LIMIT 1")
            .map_err(err)?
            .query_row([url], |r| r.get(0))
            .optional()
            .map_err(err)
    }

    /// Remember a fetch of `feed_url` and the entries it saved, all in one
    /// transaction.
    pub fn record_fetch(
        &mut self,
        feed_url: &str,
        fetch: &FetchRecord,
        saved: &[SavedEntry],
    ) -> Result<(), StoreError> {
        self.write(|tx, now| {
            tx.prepare_cached(
                "INSERT INTO feed_state (url, last_fetch, last_error, retry_after)
                    VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(url) DO UPDATE SET
                    last_fetch = excluded.last_fetch, last_error = excluded.last_error,
                    retry_after = excluded.retry_after",
            )?
            .execute(params![feed_url, fetch.at, fetch.error, fetch.retry_after])?;
            if let Some(head) = &fetch.body {
                tx.prepare_cached(
                    "UPDATE feed_state SET title = COALESCE(?2, title),
                        site = COALESCE(?3, site), etag = ?4, last_modified = ?5
                     WHERE url = ?1",
                )?
                .execute(params![
                    feed_url,
                    head.title,
                    head.site,
                    head.etag,
                    head.last_modified
                ])?;
            }
            record_entries(tx, feed_url, saved, now)
        })
    }

    /// Remember pages saved by `add URL` (feed '').
    pub fn record_pages(&mut self, saved: &[SavedEntry]) -> Result<(), StoreError> {
        self.write(|tx, now| record_entries(tx, "", saved, now))
    }
}

/// An entry saved into the library: its id in its feed (the URL for a
/// page), its URL, and its path inside the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedEntry {
    pub entry_id: String,
    pub url: Option<String>,
    pub path: String,
}

fn record_entries(
    tx: &rusqlite::Transaction<'_>,
    feed_url: &str,
    saved: &[SavedEntry],
    now: i64,
) -> rusqlite::Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO feed_entry (feed_url, entry_id, url, path, saved)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for e in saved {
        insert.execute(params![feed_url, e.entry_id, e.url, e.path, now])?;
    }
    Ok(())
}

/// A [`FeedRecord`] from the columns `title, site, etag, last_modified,
/// last_fetch, last_error, retry_after`, the first at `at`; `saved` is
/// counted apart.
fn record_from(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<FeedRecord> {
    Ok(FeedRecord {
        title: r.get(at)?,
        site: r.get(at + 1)?,
        etag: r.get(at + 2)?,
        last_modified: r.get(at + 3)?,
        last_fetch: r.get(at + 4)?,
        last_error: r.get(at + 5)?,
        retry_after: r.get(at + 6)?,
        saved: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_fetch_keeps_what_the_last_good_one_said() {
        let mut store = Store::in_memory().unwrap();
        let good = FetchRecord {
            at: 10,
            error: None,
            retry_after: None,
            body: Some(FeedHead {
                title: Some("Feed".into()),
                site: None,
                etag: Some("\"v1\"".into()),
                last_modified: None,
            }),
        };
        let saved = [SavedEntry {
            entry_id: "1".into(),
            url: Some("https://f/1".into()),
            path: "feeds/f/a.html".into(),
        }];
        store.record_fetch("https://f/rss", &good, &saved).unwrap();
        store.record_fetch("https://f/rss", &good, &saved).unwrap();
        let failed = FetchRecord {
            at: 20,
            error: Some("HTTP 500".into()),
            retry_after: Some(3620),
            body: None,
        };
        store.record_fetch("https://f/rss", &failed, &[]).unwrap();
        let records = store.feed_records().unwrap();
        let r = &records["https://f/rss"];
        assert_eq!(r.title.as_deref(), Some("Feed"));
        assert_eq!(r.etag.as_deref(), Some("\"v1\""));
        assert_eq!(r.last_fetch, Some(20));
        assert_eq!(r.last_error.as_deref(), Some("HTTP 500"));
        assert_eq!(r.saved, 1);
        assert_eq!(r.retry_after, Some(3620));
        let ids = store.saved_ids("https://f/rss").unwrap();
        assert_eq!(ids, HashSet::from(["1".to_string()]));
        assert!(store.saved_ids("https://other/rss").unwrap().is_empty());
        assert!(store.saved_urls().unwrap().contains("https://f/1"));
        assert_eq!(
            store.saved_path("https://f/1").unwrap().as_deref(),
            Some("feeds/f/a.html")
        );
        store
            .record_pages(&[SavedEntry {
                entry_id: "https://p/1".into(),
                url: Some("https://p/1".into()),
                path: "pages/p.html".into(),
            }])
            .unwrap();
        assert_eq!(
            store.feed_entries().unwrap(),
            vec![("https://f/rss".to_string(), saved[0].clone())],
            "a feed's entries, not add URL's pages"
        );
    }
}
