//! Where a library file came from, kept beside it: `NAME.EXT.meta`, a small
//! JSON file that `refresh` and `add URL` write next to each page or feed
//! entry they save, so that reading works offline and re-parsing after an
//! upgrade still knows the address, the feed, the dates and the charset the
//! server declared. A person can delete it: the file still reads, it only
//! loses what the network said about it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The sidecar's extension, added to the whole file name.
pub const SIDECAR_EXTENSION: &str = "meta";

/// Sidecars larger than this are not read: they hold a few short fields.
pub const MAX_SIDECAR_BYTES: u64 = 64 * 1024;

/// What the file beside the sidecar holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Content {
    /// A whole web page as fetched: extract the article from it.
    #[default]
    Page,
    /// A feed entry's own content (HTML that already is the article):
    /// the title, author and dates come from the sidecar.
    Entry,
}

/// The sidecar's fields. All optional but `content`, so a hand-written one
/// with a single field is valid.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Origin {
    pub content: Content,
    /// The article's address (the page fetched, or the entry's link).
    pub url: Option<String>,
    /// The feed's title and address, when it came by a feed.
    pub feed: Option<String>,
    pub feed_url: Option<String>,
    /// The entry's id in its feed.
    pub entry_id: Option<String>,
    /// The entry's title and author as the feed gave them.
    pub title: Option<String>,
    pub author: Option<String>,
    /// RFC 3339.
    pub published: Option<String>,
    pub fetched: Option<String>,
    /// The HTTP `Content-Type` the page was served with (its charset
    /// decides how the bytes decode).
    pub content_type: Option<String>,
    /// HTTP validators, for a conditional re-fetch.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// The sidecar beside `file`, when there is one that reads: a missing,
/// oversized, unreadable or malformed sidecar is as none (the file still
/// loads, only without what the network said about it).
pub fn read_sidecar(file: &Path) -> Option<Origin> {
    use std::io::Read;
    let path = sidecar_path(file);
    let meta = std::fs::metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > MAX_SIDECAR_BYTES {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&path)
        .ok()?
        .take(MAX_SIDECAR_BYTES + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_SIDECAR_BYTES) {
        return None;
    }
    serde_json::from_slice(&bytes).ok()
}

/// The sidecar path of `file`: `story.html` → `story.html.meta`.
pub fn sidecar_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(SIDECAR_EXTENSION);
    PathBuf::from(name)
}
