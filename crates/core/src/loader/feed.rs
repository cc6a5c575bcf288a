//! Feeds → articles: RSS 0.9x, 1.0 (RDF) and 2.0, Atom and JSON Feed, read
//! with `feed-rs`, each entry one article. Feeds are written by strangers,
//! so everything taken from one is cleaned here ([`super::clean`]) and only
//! `http`/`https` addresses become an article's `url`: a `javascript:`,
//! `file:` or `data:` link is dropped, never followed or shown.
//!
//! [`parse_feed`] is the pure part both the file loader and `refresh` use;
//! [`entry_article`] structures one entry with the same quote, entity and
//! attribution stages as plain text. XML entity-expansion bombs are
//! harmless: `feed-rs` resolves only XML's predefined entities and
//! character references, never a DTD's own (see the tests).

use chrono::SecondsFormat;
use thiserror::Error;

use crate::article::{Article, BlockKind, Format};

/// A parsed feed: its own title and site, and its entries in feed order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedDoc {
    /// The feed's title, cleaned; empty when the feed has none.
    pub title: String,
    /// The feed's web site (`http`/`https` only).
    pub site: Option<String>,
    /// [`Format::Rss`], [`Format::Atom`] or [`Format::JsonFeed`].
    pub kind: Format,
    pub entries: Vec<FeedEntry>,
}

/// One entry of a feed, every text field cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEntry {
    /// The entry's id in its feed (RSS `guid`, Atom `id`, JSON Feed `id`);
    /// when the feed gives none, the link, else a hash of the entry's
    /// title, date and text, so the same entry has the same id on every
    /// refresh.
    pub id: String,
    /// The entry's link (`http`/`https` only).
    pub url: Option<String>,
    pub title: String,
    /// The authors' names, joined with ", ".
    pub author: Option<String>,
    /// RFC 3339 in UTC (`2019-04-24T08:00:00Z`): published, else updated.
    pub published: Option<String>,
    /// The entry's full content as HTML (a plain-text content is escaped
    /// into paragraphs), uncleaned: [`entry_article`] takes it apart.
    pub content: Option<String>,
    /// The entry's summary (RSS `description`), HTML as `content`.
    pub summary: Option<String>,
}

/// Why bytes are not a feed. The message names no file or URL: the caller
/// puts its own name in front.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum FeedError {
    #[error("not an RSS, Atom or JSON feed (no feed element at its start)")]
    NotAFeed,
    #[error("malformed XML: {0}")]
    Xml(String),
    #[error("malformed JSON feed: {0}")]
    Json(String),
    #[error("unsupported JSON Feed version {0}")]
    JsonVersion(String),
    #[error("malformed feed: {0}")]
    Malformed(String),
}

/// Parse the bytes of a feed. `url` is where it came from, if known: it
/// resolves relative links. An empty feed is a feed (with no entries);
/// whether that is an error is the caller's to say.
pub fn parse_feed(bytes: &[u8], url: Option<&str>) -> Result<FeedDoc, FeedError> {
    let base = url.filter(|u| safe_url(u).is_some());
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base)
        // The default falls back to a random UUID, which would make an
        // entry without id or link new on every refresh: ids are made
        // here instead, from what the entry holds.
        .id_generator(|_, _, _| String::new())
        .build();
    let feed = parser.parse(bytes).map_err(error)?;
    let kind = match feed.feed_type {
        feed_rs::model::FeedType::Atom => Format::Atom,
        feed_rs::model::FeedType::JSON => Format::JsonFeed,
        feed_rs::model::FeedType::RSS0
        | feed_rs::model::FeedType::RSS1
        | feed_rs::model::FeedType::RSS2 => Format::Rss,
    };
    let site = best_link(&feed.links);
    let title = feed.title.as_ref().map(text_line).unwrap_or_default();
    let entries = feed.entries.into_iter().map(entry).collect();
    Ok(FeedDoc {
        title,
        site,
        kind,
        entries,
    })
}

/// The article for one entry of `feed`: its content (else its summary) as
/// the body, structured like any article, with the entry's title, authors,
/// date, link, id and the feed's title. `source` names it (a path, or
/// `URL#entry-id`).
pub fn entry_article(feed: &FeedDoc, entry: &FeedEntry, source: &str) -> Article {
    let html = entry
        .content
        .as_deref()
        .or(entry.summary.as_deref())
        .unwrap_or("");
    let mut blocks = super::html::fragment(html);
    // Many feeds repeat the title as the content's first heading.
    if blocks
        .first()
        .is_some_and(|b| b.kind == BlockKind::Heading && b.text == entry.title)
    {
        blocks.remove(0);
    }
    let title_derived = entry.title.is_empty();
    let title = if title_derived {
        blocks
            .first()
            .map(|b| super::layout::derive_title(&b.text))
            .unwrap_or_default()
    } else {
        entry.title.clone()
    };
    let layout = super::layout::Layout {
        title,
        title_derived,
        byline: entry.author.clone(),
        blocks,
        ..Default::default()
    };
    let mut article = super::structure(source, &entry_raw(entry), layout);
    article.url = entry.url.clone();
    article.feed = (!feed.title.is_empty()).then(|| feed.title.clone());
    article.published = entry.published.clone();
    article.format = feed.kind;
    article.entry_id = (!entry.id.is_empty()).then(|| entry.id.clone());
    article
}

/// The [`Article::id`] [`entry_article`] gives `entry`, without
/// structuring it: how one entry of a many-article file is found again.
pub fn entry_content_id(entry: &FeedEntry) -> String {
    crate::article::content_id(&entry_raw(entry))
}

/// The text an entry's article id hashes: what identifies the entry and
/// what it says, so a re-published correction reads as changed.
fn entry_raw(entry: &FeedEntry) -> String {
    let html = entry
        .content
        .as_deref()
        .or(entry.summary.as_deref())
        .unwrap_or("");
    format!("{}\n{}\n{}", entry.id, entry.title, html)
}

/// `url` if it is an `http` or `https` address a terminal can show as it
/// is (no white space or control characters), else `None`.
pub fn safe_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme = url.split_once(':')?.0;
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let plain = !url
        .chars()
        .any(|c| c.is_whitespace() || crate::is_hidden(c));
    (web && plain && url.len() > scheme.len() + 3).then_some(url)
}

fn entry(e: feed_rs::model::Entry) -> FeedEntry {
    let title = e.title.as_ref().map(text_line).unwrap_or_default();
    let url = best_link(&e.links).or_else(|| safe_url(&e.id).map(str::to_string));
    let author = e
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref().map(super::clean))
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let published = e
        .published
        .or(e.updated)
        .map(|d| d.to_rfc3339_opts(SecondsFormat::Secs, true));
    let content = e.content.and_then(|c| {
        let plain = c.content_type.essence().to_string() == "text/plain";
        c.body.map(|b| if plain { escape_text(&b) } else { b })
    });
    let summary = e.summary.map(|t| {
        if t.content_type.essence().to_string() == "text/plain" {
            escape_text(&t.content)
        } else {
            t.content
        }
    });
    let id = match super::clean(&e.id) {
        id if !id.is_empty() => id,
        _ => match &url {
            Some(url) => url.clone(),
            None => crate::article::content_id(&format!(
                "{title}\n{}\n{}\n{}",
                published.as_deref().unwrap_or(""),
                content.as_deref().unwrap_or(""),
                summary.as_deref().unwrap_or("")
            )),
        },
    };
    FeedEntry {
        id,
        url,
        title,
        author: (!author.is_empty()).then_some(author),
        published,
        content,
        summary,
    }
}

/// The link a person would open: the first plain or `alternate` one that
/// is a safe web address, else any safe one.
fn best_link(links: &[feed_rs::model::Link]) -> Option<String> {
    let alternate = |l: &&feed_rs::model::Link| {
        l.rel
            .as_deref()
            .is_none_or(|r| r.eq_ignore_ascii_case("alternate"))
    };
    links
        .iter()
        .filter(alternate)
        .chain(links.iter())
        .find_map(|l| safe_url(&l.href).map(str::to_string))
}

/// A title-like text as one clean line; HTML-typed text loses its markup.
fn text_line(t: &feed_rs::model::Text) -> String {
    if t.content_type.essence().to_string() == "text/plain" {
        super::clean(&t.content)
    } else {
        let blocks = super::html::fragment(&t.content);
        let parts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        super::clean(&parts.join(" "))
    }
}

/// Plain text as HTML paragraphs, so the content field is always HTML.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        out.push_str("<p>");
        for c in para.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                _ => out.push(c),
            }
        }
        out.push_str("</p>\n");
    }
    out
}

fn error(e: feed_rs::parser::ParseFeedError) -> FeedError {
    use feed_rs::parser::{ParseErrorKind, ParseFeedError};
    let shown = |s: String| crate::visible(&s).into_owned();
    match e {
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => FeedError::NotAFeed,
        ParseFeedError::ParseError(kind) => FeedError::Malformed(shown(kind.to_string())),
        ParseFeedError::IoError(e) => FeedError::Malformed(shown(e.to_string())),
        ParseFeedError::JsonSerde(e) => FeedError::Json(shown(e.to_string())),
        ParseFeedError::JsonUnsupportedVersion(v) => FeedError::JsonVersion(shown(v)),
        ParseFeedError::XmlReader(e) => FeedError::Xml(shown(e.to_string())),
    }
}

#[cfg(test)]
mod tests;
