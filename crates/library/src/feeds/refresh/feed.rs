//! One feed's refresh, on a worker thread: a conditional GET with the
//! validators the last fetch kept, the feed parsed, and each entry not yet
//! in the library saved — its own content when the feed carries the whole
//! article, else its web page, fetched (and when that fails, its summary,
//! with a note). Nothing here touches the state database: the result goes
//! back to the calling thread, which records it.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Mutex;

use super::{failed_fetch, first_time, FeedOutcome, Status, MAX_NEW_PER_FEED};
use crate::feeds::save::{save_article, saved_hashes};
use crate::feeds::{names, relative, rfc3339, unix_secs, Context};
use crate::fetch::{Fetched, Response, Validators};
use crate::store::db::{FeedHead, FeedRecord, FetchRecord, SavedEntry};
use newsreader_core::loader::feed::{parse_feed, FeedEntry};
use newsreader_core::loader::files::origin::{Content, Origin};

/// One feed to refresh and what is known of it.
pub(super) struct Job {
    /// Its place in the urls file.
    pub index: usize,
    pub url: String,
    pub record: FeedRecord,
    /// Ids of its entries already saved.
    pub seen: HashSet<String>,
}

/// What every worker shares.
pub(super) struct Shared<'a> {
    pub ctx: &'a Context,
    /// Article URLs saved, from any feed, this refresh included: an
    /// article two feeds carry is saved once.
    pub urls: Mutex<HashSet<String>>,
    /// When this refresh started (unix seconds).
    pub fetched_at: i64,
}

/// A finished feed: the outcome to report and what to record (`None`:
/// nothing, it was not fetched).
pub(super) struct Done {
    pub outcome: FeedOutcome,
    pub fetch: Option<FetchRecord>,
    pub saved: Vec<SavedEntry>,
}

pub(super) fn run(shared: &Shared<'_>, job: Job) -> Done {
    let known_title = job.record.title.clone().filter(|t| !t.is_empty());
    let title = known_title.clone().unwrap_or_else(|| job.url.clone());
    let validators = Validators {
        etag: job.record.etag.clone(),
        last_modified: job.record.last_modified.clone(),
    };
    if let Some(until) = job.record.retry_after.filter(|&t| t > shared.fetched_at) {
        return Done {
            fetch: None,
            outcome: FeedOutcome {
                url: job.url.clone(),
                title,
                status: Status::Waiting { until },
                notes: Vec::new(),
            },
            saved: Vec::new(),
        };
    }
    let fail = |title: String, error: String, retry: Option<i64>| Done {
        fetch: Some(failed_fetch(shared.fetched_at, &error, retry)),
        outcome: FeedOutcome {
            url: job.url.clone(),
            title,
            status: Status::Error(error),
            notes: Vec::new(),
        },
        saved: Vec::new(),
    };
    let response = match shared.ctx.client.get(&job.url, &validators) {
        Ok(Fetched::Body(response)) => response,
        Ok(Fetched::NotModified) => {
            return Done {
                fetch: Some(FetchRecord {
                    at: shared.fetched_at,
                    error: None,
                    retry_after: None,
                    body: None,
                }),
                outcome: FeedOutcome {
                    url: job.url.clone(),
                    title,
                    status: Status::NoChange,
                    notes: Vec::new(),
                },
                saved: Vec::new(),
            }
        }
        Err(e) => {
            let retry = e.retry_after().map(|d| {
                let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
                shared.fetched_at.saturating_add(secs)
            });
            return fail(title, e.to_string(), retry);
        }
    };
    let doc = match parse_feed(&response.body, Some(&response.final_url)) {
        Ok(doc) => doc,
        Err(e) => return fail(title, format!("{}: {e}", job.url), None),
    };
    let title = Some(doc.title.clone())
        .filter(|t| !t.is_empty())
        .or(known_title)
        .unwrap_or_else(|| job.url.clone());
    let mut saver = Saver {
        shared,
        feed_url: &job.url,
        feed_title: &title,
        dir: shared
            .ctx
            .library
            .join("feeds")
            .join(names::feed_folder(&job.url)),
        saved: Vec::new(),
        notes: Vec::new(),
        new: 0,
    };
    let on_disk = saved_hashes(&saver.dir);
    let mut seen = job.seen;
    let mut more = 0;
    let mut error = None;
    for entry in &doc.entries {
        if !first_time(&mut seen, &entry.id) || saver.url_taken(entry) {
            continue;
        }
        if saver.new >= MAX_NEW_PER_FEED {
            more += 1;
            continue;
        }
        let key = format!("{}\n{}", job.url, entry.id);
        let name = names::entry_file(Some(&entry.title), &key);
        let hash = names::key_hash(&key);
        if on_disk.contains(&hash) {
            // Saved by a refresh killed before it recorded it.
            saver.remember(entry, &saver.dir.join(&name));
            continue;
        }
        if let Err(e) = saver.save(entry, &name) {
            error = Some(format!(
                "{}: could not save into {}: {e}",
                job.url,
                saver.dir.display()
            ));
            break;
        }
    }
    let head = FeedHead {
        title: (!doc.title.is_empty()).then(|| doc.title.clone()),
        site: doc.site.clone(),
        // Entries left for later: fetch the whole feed again next time.
        etag: response.validators.etag.clone().filter(|_| more == 0),
        last_modified: response
            .validators
            .last_modified
            .clone()
            .filter(|_| more == 0),
    };
    let status = match &error {
        Some(e) => Status::Error(e.clone()),
        None if saver.new == 0 => Status::NoChange,
        None => Status::New {
            saved: saver.new,
            more,
        },
    };
    Done {
        fetch: Some(FetchRecord {
            at: shared.fetched_at,
            error,
            retry_after: None,
            body: Some(head),
        }),
        outcome: FeedOutcome {
            url: job.url.clone(),
            title: title.clone(),
            status,
            notes: saver.notes,
        },
        saved: saver.saved,
    }
}

/// Saving one feed's entries.
struct Saver<'a> {
    shared: &'a Shared<'a>,
    feed_url: &'a str,
    feed_title: &'a str,
    dir: std::path::PathBuf,
    saved: Vec<SavedEntry>,
    notes: Vec<String>,
    new: usize,
}

impl Saver<'_> {
    /// Whether another entry (of any feed) already brought this article;
    /// claims its URL otherwise.
    fn url_taken(&self, entry: &FeedEntry) -> bool {
        let Some(url) = &entry.url else { return false };
        match self.shared.urls.lock() {
            Ok(mut urls) => !urls.insert(url.clone()),
            Err(_) => false,
        }
    }

    fn remember(&mut self, entry: &FeedEntry, path: &Path) {
        self.saved.push(SavedEntry {
            entry_id: entry.id.clone(),
            url: entry.url.clone(),
            path: relative(&self.shared.ctx.library, path),
        });
    }

    /// Save `entry` as `name`: its content, or its page.
    fn save(&mut self, entry: &FeedEntry, name: &str) -> std::io::Result<()> {
        let mut origin = Origin {
            content: Content::Entry,
            url: entry.url.clone(),
            feed: Some(self.feed_title.to_string()),
            feed_url: Some(self.feed_url.to_string()),
            entry_id: Some(entry.id.clone()),
            title: (!entry.title.is_empty()).then(|| entry.title.clone()),
            author: entry.author.clone(),
            published: entry.published.clone(),
            fetched: Some(rfc3339(self.shared.fetched_at)),
            content_type: Some("text/html; charset=utf-8".to_string()),
            ..Origin::default()
        };
        let own = entry
            .content
            .as_deref()
            .filter(|c| !c.trim().is_empty())
            .or(entry.summary.as_deref())
            .filter(|s| !s.trim().is_empty())
            .map_or_else(
                // An entry that is only a title (a link post whose page
                // failed, say) still reads as something.
                || format!("<p>{}</p>", quick_xml::escape::escape(entry.title.as_str())),
                str::to_string,
            );
        let page = match &entry.url {
            Some(url) if !carries_full_text(entry) => Some(self.fetch_page(url)),
            _ => None,
        };
        let path = match page {
            Some(Ok(response)) => {
                origin.content = Content::Page;
                origin.url = Some(response.final_url.clone());
                origin.fetched = Some(rfc3339(unix_secs(response.fetched_at)));
                origin.content_type = response.content_type.clone();
                origin.etag = response.validators.etag.clone();
                origin.last_modified = response.validators.last_modified.clone();
                save_article(&self.dir, name, &response.body, &origin)?
            }
            Some(Err(note)) => {
                self.notes.push(note);
                save_article(&self.dir, name, own.as_bytes(), &origin)?
            }
            None => save_article(&self.dir, name, own.as_bytes(), &origin)?,
        };
        self.remember(entry, &path);
        self.new += 1;
        Ok(())
    }

    fn fetch_page(&self, url: &str) -> Result<Response, String> {
        match self.shared.ctx.client.get(url, &Validators::default()) {
            Ok(Fetched::Body(response)) => Ok(response),
            Ok(Fetched::NotModified) => Err(format!("{url}: answered 304 to a plain request")),
            Err(e) => Err(format!("{e} (the feed's summary was saved instead)")),
        }
    }
}

/// Whether the feed carries the whole article for `entry`, so its page
/// need not be fetched: content longer than its summary, or more than two
/// paragraphs of it.
pub(crate) fn carries_full_text(entry: &FeedEntry) -> bool {
    let content = entry.content.as_deref().filter(|c| !c.trim().is_empty());
    let summary = entry.summary.as_deref().filter(|s| !s.trim().is_empty());
    if let (Some(c), Some(s)) = (content, summary) {
        if c.len() > s.len() {
            return true;
        }
    }
    content.or(summary).is_some_and(|text| paragraphs(text) > 2)
}

/// Paragraphs in an HTML fragment: `<p>` elements, else blank-line-parted
/// runs of text.
fn paragraphs(html: &str) -> usize {
    let lower = html.to_ascii_lowercase();
    let tags = lower.matches("<p>").count() + lower.matches("<p ").count();
    if tags > 0 {
        return tags;
    }
    html.split("\n\n").filter(|p| !p.trim().is_empty()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(content: Option<&str>, summary: Option<&str>) -> FeedEntry {
        FeedEntry {
            id: "1".into(),
            url: Some("https://a.example/1".into()),
            title: "t".into(),
            author: None,
            published: None,
            content: content.map(String::from),
            summary: summary.map(String::from),
        }
    }

    #[test]
    fn full_text_is_content_beyond_the_summary_or_several_paragraphs() {
        assert!(carries_full_text(&entry(
            Some("<p>a long one</p>"),
            Some("<p>a</p>")
        )));
        assert!(carries_full_text(&entry(
            None,
            Some("<p>a</p><P>b</p><p class=x>c</p>")
        )));
        assert!(!carries_full_text(&entry(None, Some("<p>a teaser</p>"))));
        assert!(!carries_full_text(&entry(
            Some("<p>same</p>"),
            Some("<p>same</p>")
        )));
        assert!(!carries_full_text(&entry(None, None)));
        assert!(carries_full_text(&entry(Some("one\n\ntwo\n\nthree"), None)));
    }
}
