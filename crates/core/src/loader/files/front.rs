//! The bytes of one file → its articles, by the front end its kind needs
//! ([`super::format`]): plain text, an HTML page, Markdown, or a feed (one
//! article per entry). A sidecar ([`super::origin`]) beside the file adds
//! what the network said about it: the address, the feed, the dates.

use std::path::Path;

use super::format::{self, Input};
use super::origin::{Content, Origin};
use super::{decode, display_path, LoadError};
use crate::article::{Article, Format};
use crate::loader::feed::{self, FeedDoc, FeedEntry};

/// Structure `bytes`, read from `path`, with `origin` from its sidecar.
/// The kind is the extension's, else sniffed from the bytes.
pub fn parse_with(
    path: &Path,
    bytes: &[u8],
    origin: Option<&Origin>,
) -> Result<Vec<Article>, LoadError> {
    let input = format::by_name(path).unwrap_or_else(|| format::sniff(bytes));
    let source = display_path(path);
    if input == Input::Feed {
        return feed_articles(path, &source, bytes, origin.and_then(|o| o.url.as_deref()));
    }
    let entry_content = origin.is_some_and(|o| o.content == Content::Entry);
    if input == Input::Html && !entry_content {
        // A page decodes itself: its charset may be in its own markup or
        // in the HTTP header the sidecar kept.
        let mut article = html_page(
            path,
            &source,
            bytes,
            origin.and_then(|o| o.url.as_deref()),
            origin.and_then(|o| o.content_type.as_deref()),
        )?;
        if article.blocks.is_empty() && article.title.trim().is_empty() {
            return Err(empty(path));
        }
        if let Some(o) = origin {
            apply(o, &mut article);
        }
        return Ok(vec![article]);
    }
    let decoded = decode::decode(bytes).ok_or_else(|| LoadError::Binary {
        path: path.to_path_buf(),
    })?;
    if decoded.text.trim().is_empty() {
        return Err(empty(path));
    }
    let mut article = match (input, origin) {
        (Input::Html, Some(o)) => entry(&source, &decoded.text, o),
        (Input::Markdown, _) => crate::loader::markdown::parse(&source, &decoded.text),
        _ => crate::loader::parse(&source, &decoded.text),
    };
    // Text made only of control sequences or markup sanitizes to nothing.
    if article.blocks.is_empty() && article.title.trim().is_empty() {
        return Err(empty(path));
    }
    article.repaired = decoded.repaired;
    if let Some(o) = origin {
        apply(o, &mut article);
    }
    Ok(vec![article])
}

fn empty(path: &Path) -> LoadError {
    LoadError::Empty {
        path: path.to_path_buf(),
    }
}

/// Every entry of a feed file as an article.
fn feed_articles(
    path: &Path,
    source: &str,
    bytes: &[u8],
    url: Option<&str>,
) -> Result<Vec<Article>, LoadError> {
    let doc = feed::parse_feed(bytes, url).map_err(|cause| LoadError::Feed {
        path: path.to_path_buf(),
        cause,
    })?;
    if doc.entries.is_empty() {
        return Err(LoadError::NoEntries {
            path: path.to_path_buf(),
        });
    }
    Ok(doc
        .entries
        .iter()
        .map(|e| feed::entry_article(&doc, e, source))
        .collect())
}

/// The entry at `entry` of a feed file, or, when `id` is given, the one
/// whose article id it is (the list knows an entry by its id, and a feed
/// file rewritten since it was listed may have moved it): only that entry
/// is structured.
pub fn feed_entry(
    path: &Path,
    bytes: &[u8],
    entry: usize,
    id: Option<&str>,
) -> Result<Article, LoadError> {
    let doc = feed::parse_feed(bytes, None).map_err(|cause| LoadError::Feed {
        path: path.to_path_buf(),
        cause,
    })?;
    let found = match id {
        Some(id) => doc.entries.iter().find(|e| feed::entry_content_id(e) == id),
        None => doc.entries.get(entry),
    };
    let found = found.ok_or_else(|| LoadError::NoSuchEntry {
        path: path.to_path_buf(),
        entry,
    })?;
    Ok(feed::entry_article(&doc, found, &display_path(path)))
}

/// A whole web page: the HTML front end finds the story and keeps its
/// structure; its errors become the file's.
fn html_page(
    path: &Path,
    source: &str,
    bytes: &[u8],
    url: Option<&str>,
    content_type: Option<&str>,
) -> Result<Article, LoadError> {
    use crate::loader::html::{self, Hints, HtmlError};
    html::page(source, bytes, &Hints { url, content_type }).map_err(|e| {
        let path = path.to_path_buf();
        match e {
            HtmlError::Empty => LoadError::Empty { path },
            HtmlError::Binary => LoadError::Binary { path },
            other => LoadError::Html {
                path,
                reason: other.to_string(),
            },
        }
    })
}

/// A feed entry's own content saved as a file: the HTML is the article,
/// the sidecar holds the rest.
fn entry(source: &str, html: &str, o: &Origin) -> Article {
    let line = |s: &Option<String>| {
        s.as_deref()
            .map(crate::loader::clean)
            .filter(|s| !s.is_empty())
    };
    let doc = FeedDoc {
        title: line(&o.feed).unwrap_or_default(),
        site: None,
        kind: Format::Html,
        entries: Vec::new(),
    };
    let e = FeedEntry {
        id: line(&o.entry_id).unwrap_or_default(),
        url: o
            .url
            .as_deref()
            .and_then(feed::safe_url)
            .map(str::to_string),
        title: line(&o.title).unwrap_or_default(),
        author: line(&o.author),
        published: o
            .published
            .as_deref()
            .and_then(crate::loader::markdown::rfc3339),
        content: Some(html.to_string()),
        summary: None,
    };
    feed::entry_article(&doc, &e, source)
}

/// What a sidecar adds to an article read from its file. The address,
/// feed and entry id are the sidecar's (the file cannot know them); the
/// file's own title, byline and date win over the sidecar's.
fn apply(o: &Origin, a: &mut Article) {
    let line = |s: &Option<String>| {
        s.as_deref()
            .map(crate::loader::clean)
            .filter(|s| !s.is_empty())
    };
    if let Some(url) = o.url.as_deref().and_then(feed::safe_url) {
        a.url = Some(url.to_string());
    }
    if let Some(feed) = line(&o.feed) {
        a.feed = Some(feed);
    }
    if let Some(id) = line(&o.entry_id) {
        a.entry_id = Some(id);
    }
    if a.title_derived || a.title.is_empty() {
        if let Some(title) = line(&o.title) {
            a.title = title;
            a.title_derived = false;
        }
    }
    if a.byline.is_none() {
        a.byline = line(&o.author);
    }
    if a.published.is_none() {
        a.published = o
            .published
            .as_deref()
            .and_then(crate::loader::markdown::rfc3339);
    }
}

#[cfg(test)]
mod tests;
