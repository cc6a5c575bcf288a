//! `newsreader add URL`: one web page fetched and saved into the library
//! under `pages/`, as a refresh saves an entry's page (the bytes as
//! fetched, with a [`Content::Page`] sidecar), so it reads offline and
//! re-parses after an upgrade. A page already saved is not fetched again.

use std::path::PathBuf;

use super::save::save_article;
use super::urls::check_url;
use super::{names, relative, rfc3339, unix_secs, Context, FeedsError};
use crate::fetch::{FetchError, Fetched, Validators};
use crate::loader::files::origin::{Content, Origin};
use crate::store::db::SavedEntry;
use crate::store::Store;

/// A page `add_url` saved (or found already saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedPage {
    pub url: String,
    /// The page's `<title>`, else its URL.
    pub title: String,
    pub path: PathBuf,
    /// It was in the library already; nothing was fetched.
    pub already: bool,
}

impl AddedPage {
    /// What `add URL` prints (through the escaping path: the title is a
    /// stranger's text).
    pub fn line(&self) -> String {
        if self.already {
            format!(
                "already in the library: {} ({})",
                self.title,
                self.path.display()
            )
        } else {
            format!("saved {} ({})", self.title, self.path.display())
        }
    }
}

/// Fetch `url` and save the page into the library.
pub fn add_url(ctx: &Context, url: &str) -> Result<AddedPage, FeedsError> {
    check_url(url).map_err(|reason| FeedsError::BadUrl { reason })?;
    let mut store = Store::open(&ctx.state_db)?.store;
    if let Some(path) = store.saved_path(url)? {
        let path = ctx.library.join(path);
        if path.exists() {
            let title = std::fs::read(&path)
                .ok()
                .and_then(|b| page_title(&b))
                .unwrap_or_else(|| url.to_string());
            return Ok(AddedPage {
                url: url.to_string(),
                title,
                path,
                already: true,
            });
        }
    }
    let response = match ctx.client.get(url, &Validators::default())? {
        Fetched::Body(response) => response,
        Fetched::NotModified => {
            return Err(FetchError::Status {
                url: url.to_string(),
                status: 304,
            }
            .into())
        }
    };
    let title = page_title(&response.body);
    let origin = Origin {
        content: Content::Page,
        url: Some(response.final_url.clone()),
        title: title.clone(),
        fetched: Some(rfc3339(unix_secs(response.fetched_at))),
        content_type: response.content_type.clone(),
        etag: response.validators.etag.clone(),
        last_modified: response.validators.last_modified.clone(),
        ..Origin::default()
    };
    let dir = ctx.library.join("pages");
    let name = names::entry_file(title.as_deref(), url);
    let path =
        save_article(&dir, &name, &response.body, &origin).map_err(|cause| FeedsError::Save {
            url: url.to_string(),
            path: dir.clone(),
            cause,
        })?;
    store.record_pages(&[SavedEntry {
        entry_id: url.to_string(),
        url: Some(url.to_string()),
        path: relative(&ctx.library, &path),
    }])?;
    Ok(AddedPage {
        url: url.to_string(),
        title: title.unwrap_or_else(|| url.to_string()),
        path,
        already: false,
    })
}

/// Bytes of a page searched for its `<title>`.
const TITLE_WINDOW: usize = 256 * 1024;
/// Longest title kept.
const MAX_TITLE: usize = 300;

/// The text of a page's `<title>` element, cleaned; `None` when it has
/// none. Only to name the page in a message: the loader extracts the
/// article's own title when the page is read.
pub fn page_title(body: &[u8]) -> Option<String> {
    let head = &body[..body.len().min(TITLE_WINDOW)];
    let lower = head.to_ascii_lowercase();
    let open = find(&lower, b"<title")?;
    let start = open + find(&lower[open..], b">")? + 1;
    let end = start + find(&lower[start..], b"</title")?;
    let raw = String::from_utf8_lossy(&head[start..end]);
    let text = unescape(&raw);
    let clean = crate::loader::clean(&text);
    let words: Vec<&str> = clean.split_whitespace().collect();
    let title: String = words.join(" ").chars().take(MAX_TITLE).collect();
    (!title.is_empty()).then_some(title)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The character references a title uses: named ones of XML and HTML's
/// `&nbsp;`, and numeric ones; anything else stays as written.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_element_cleaned() {
        let page = b"<html><head><TITLE lang=en>\n  Tom &amp; Jerry&#8217;s &#x2014; \x1b[31mnews </title></head>";
        assert_eq!(
            page_title(page).as_deref(),
            Some("Tom & Jerry\u{2019}s \u{2014} news")
        );
        assert_eq!(page_title(b"<html><title></title>"), None);
        assert_eq!(page_title(b"<html><title>never closed"), None);
        assert_eq!(page_title(b"no html at all"), None);
        assert_eq!(unescape("a & b &bogus; &#xZZ;"), "a & b &bogus; &#xZZ;");
    }
}
