//! HTML → article. A whole page is decoded ([`mod@decode`]), its main content
//! found by `dom_smoothie` (a Readability port; chosen on the measurements
//! in docs/extraction.md), and that content's own structure mapped into
//! blocks ([`walk`]): headings, paragraphs, list items, figures with their
//! captions and credits. Title, byline, date and address come from the
//! page's metadata ([`meta`]). The later stages (quotes, entities,
//! attribution) then run on those blocks as on plain text's.
//!
//! Everything is bounded: nesting is capped before parsing ([`nesting`]),
//! a page is parsed once into an arena (no recursion), the walk is
//! iterative, and a page still nested too deep for the extractor's
//! recursive scoring is read whole instead.

use dom_query::{Document, NodeRef};

use crate::article::{Article, Block, BlockKind, Format};
use crate::loader::layout::{caption, dates, head, Layout};
use crate::loader::{boilerplate, clean};

mod chrome;
mod date;
mod decode;
mod furniture;
mod meta;
mod nesting;
mod site;
mod walk;
mod words;

pub use decode::decode;
pub use meta::web_address;

/// What is known about a page besides its bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The address it was fetched from.
    pub url: Option<&'a str>,
    /// The HTTP `Content-Type` header it came with.
    pub content_type: Option<&'a str>,
}

/// Why a page gave no article.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HtmlError {
    #[error("the page is empty")]
    Empty,
    #[error(
        "this is not a web page (binary data); check that the address or file is an HTML page"
    )]
    Binary,
    #[error(
        "no article text found on the page (it may need JavaScript, or be an index or login page)"
    )]
    NoContent,
}

/// Deepest element nesting handed to the extractor, whose scoring walks
/// ancestors and descendants recursively; a deeper page is read whole.
const MAX_EXTRACT_DEPTH: usize = 256;

/// Bytes looked at for NUL bytes that mark binary data.
const SNIFF: usize = 4096;

/// The blocks of an HTML fragment that is already the article's content
/// (a feed entry's `content:encoded`, an Atom `content`): headings,
/// paragraphs, list items and captions as blocks, scripts, styles, frames
/// and chrome dropped, entities decoded, text cleaned with [`clean`].
pub fn fragment(html: &str) -> Vec<Block> {
    let doc = Document::fragment(nesting::limit(html).as_ref());
    let root = doc.root();
    let walked = walk::walk(
        &root,
        walk::Options {
            lead_figure: false,
            title: None,
            drop_link_blocks: false,
        },
    );
    walked.blocks
}

/// A whole web page → [`Article`]: `source` names it (path or address),
/// `bytes` are the page as read or fetched.
pub fn page(source: &str, bytes: &[u8], hints: &Hints) -> Result<Article, HtmlError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(HtmlError::Empty);
    }
    if encoding_rs::Encoding::for_bom(bytes).is_none()
        && bytes[..bytes.len().min(SNIFF)].contains(&0)
    {
        return Err(HtmlError::Binary);
    }
    let (text, repaired) = decode(bytes, hints.content_type);
    let doc = Document::from(nesting::limit(&text).as_ref());
    let meta = meta::read(&doc, hints.url);
    let title = meta.title.clone();
    let options = walk::Options {
        lead_figure: true,
        title: title.as_deref(),
        drop_link_blocks: true,
    };
    let mut walked = extract(doc, hints.url, options);
    tidy(&mut walked.blocks);
    if walked.blocks.iter().all(|b| b.kind != BlockKind::Paragraph) {
        return Err(HtmlError::NoContent);
    }
    let found_byline = take_head_lines(&mut walked.blocks);
    let dateline = take_dateline(&mut walked.blocks);
    let byline = meta.byline.or(found_byline);
    if let Some(author) = &byline {
        drop_author_note(&mut walked.blocks, author);
    }
    let (title, title_derived) = match title {
        Some(t) => (t, false),
        None => (derived_title(&walked.blocks), true),
    };
    let layout = Layout {
        title,
        title_derived,
        byline,
        dateline,
        caption: walked.caption,
        credit: walked.credit,
        blocks: walked.blocks,
    };
    let mut article = crate::loader::structure(source, &text, layout);
    article.format = Format::Html;
    article.url = meta.url;
    article.published = meta.published;
    article.repaired = repaired;
    Ok(article)
}

/// The main content of `doc` as blocks: the extractor's choice, or the
/// whole body (chrome still left out) when it finds none or the page is
/// too deep for it.
fn extract(doc: Document, url: Option<&str>, options: walk::Options) -> walk::Walked {
    if depth(&doc.root()) <= MAX_EXTRACT_DEPTH {
        let config = dom_smoothie::Config {
            keep_classes: true,
            ..Default::default()
        };
        let url = url.and_then(web_address);
        // The extractor refuses a relative or odd address; it only uses it
        // to resolve links, which the blocks do not keep.
        let readability =
            dom_smoothie::Readability::with_document(doc.clone(), url.as_deref(), Some(config))
                .or_else(|_| dom_smoothie::Readability::with_document(doc.clone(), None, None));
        if let Ok(mut readability) = readability {
            if let Ok(article) = readability.parse() {
                let content = Document::fragment(article.content.to_string());
                let walked = walk::walk(&content.root(), options);
                if walked.blocks.iter().any(|b| b.kind == BlockKind::Paragraph) {
                    return walked;
                }
            }
        }
    }
    let body = doc.select("body");
    match body.nodes().first() {
        Some(body) => walk::walk(body, options),
        None => walk::walk(&doc.root(), options),
    }
}

/// The deepest element nesting under `root`, counted without recursion;
/// stops counting past [`MAX_EXTRACT_DEPTH`].
fn depth(root: &NodeRef) -> usize {
    let mut deepest = 0;
    let mut level = 0;
    let Some(mut node) = root.first_child() else {
        return 0;
    };
    'walk: loop {
        if let Some(child) = node.first_child() {
            level += 1;
            deepest = deepest.max(level);
            if deepest > MAX_EXTRACT_DEPTH {
                return deepest;
            }
            node = child;
            continue;
        }
        loop {
            if let Some(next) = node.next_sibling() {
                node = next;
                break;
            }
            match node.parent() {
                Some(parent) if parent.id != root.id && level > 0 => {
                    level -= 1;
                    node = parent;
                }
                _ => break 'walk,
            }
        }
    }
    deepest
}

/// Drop boilerplate paragraphs (share prompts, "Advertisement", copyright
/// lines), page furniture ([`furniture`]) and, in the second half of the body, everything from the first
/// paragraph that starts the page furniture after an article (comments,
/// related links).
fn tidy(blocks: &mut Vec<Block>) {
    let half = blocks.len() / 2;
    if let Some(end) = blocks
        .iter()
        .enumerate()
        .skip(half.max(1))
        .find(|(_, b)| {
            boilerplate::find(&b.text).is_some_and(|p| p.tail)
                || furniture::is_more_heading(&b.text)
        })
        .map(|(i, _)| i)
    {
        blocks.truncate(end);
    }
    blocks.retain(|b| !boilerplate::is_boilerplate(&b.text));
    // Share rows, slide counters and publication stamps anywhere; credits
    // and contact lines only after the story (the second half), where a
    // page prints them.
    let half = blocks.len() / 2;
    let mut at = 0;
    blocks.retain(|b| {
        let tail = at >= half;
        at += 1;
        let t = &b.text;
        b.kind == BlockKind::Caption
            || !(furniture::is_share_row(t)
                || furniture::is_counter(t)
                || furniture::is_stamp(t)
                || furniture::is_follow_line(t)
                || furniture::is_sign_up(t)
                || furniture::is_link_line(t)
                || furniture::is_reading_time(t)
                || (tail && (furniture::is_credit(t) || furniture::is_contact(t))))
    });
    // A heading left with nothing after it introduced removed chrome.
    while blocks.last().is_some_and(|b| b.kind == BlockKind::Heading) {
        blocks.pop();
    }
}

/// How many blocks at the top may be a byline or a date line.
const HEAD_LINES: usize = 4;

/// Bylines and date lines the page prints above the story (`By Jane Doe`,
/// `Updated 5:27 am, Wednesday, November 20, 2019`) leave the body; the
/// first byline is returned. Paragraphs that are photo captions with a
/// credit (`… (Image: Getty)`) become captions.
fn take_head_lines(blocks: &mut Vec<Block>) -> Option<String> {
    let mut byline = None;
    let mut at = 0;
    let mut seen = 0;
    while at < blocks.len() && seen < HEAD_LINES {
        let text = &blocks[at].text;
        if blocks[at].kind == BlockKind::Paragraph {
            seen += 1;
            if let Some(b) = head::byline(text) {
                byline = byline.or(Some(b));
                blocks.remove(at);
                continue;
            }
            if dates::is_date_line(text) || furniture::is_date_stamp(text) {
                blocks.remove(at);
                continue;
            }
            if let Some(b) = dated_byline(text) {
                byline = byline.or(Some(b));
                blocks.remove(at);
                continue;
            }
            if let Some(b) = furniture::role_byline(text) {
                byline = byline.or((!b.is_empty()).then_some(b));
                blocks.remove(at);
                continue;
            }
        }
        at += 1;
    }
    for block in blocks.iter_mut() {
        if block.kind == BlockKind::Paragraph
            && (caption::is_caption(&block.text)
                || furniture::is_photo_credit(&block.text)
                || furniture::is_labelled_caption(&block.text))
        {
            block.kind = BlockKind::Caption;
        }
    }
    byline
}

/// How many paragraphs at the end may be a note about the author.
const AUTHOR_NOTE_LINES: usize = 2;

/// A note about the author among the last paragraphs (`Jane Roe is a
/// freelance writer…`) leaves the body, with a heading that named it.
fn drop_author_note(blocks: &mut Vec<Block>, author: &str) {
    let start = blocks.len().saturating_sub(AUTHOR_NOTE_LINES).max(1);
    let Some(at) = (start..blocks.len()).find(|&i| {
        blocks[i].kind == BlockKind::Paragraph && furniture::is_author_note(&blocks[i].text, author)
    }) else {
        return;
    };
    blocks.truncate(at);
    while blocks.last().is_some_and(|b| b.kind == BlockKind::Heading) {
        blocks.pop();
    }
}

/// Longest line (bytes) read as a byline with a date.
const MAX_DATED_BYLINE: usize = 160;

/// `By Jane Roe - 11/18/19 11:04 PM EST`, `by Jane Roe September 15,
/// 2014`, `By Jane Roe, John Doe on Monday, November 18th, 2019 at 11:08
/// a.m.`: a byline, then the date; the byline is returned.
fn dated_byline(text: &str) -> Option<String> {
    if text.len() > MAX_DATED_BYLINE {
        return None;
    }
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    // Each split point once; the line is short, so this is a few dozen
    // checks of a few words each.
    (2..words.len()).find_map(|i| {
        let (at, _) = words[i];
        let rest = text[at..].trim_start_matches(['-', '|', '·', '—', '–', ' ']);
        let rest = rest
            .strip_prefix("on ")
            .or_else(|| rest.strip_prefix("On "))
            .unwrap_or(rest);
        let head = text[..at]
            .trim_end()
            .trim_end_matches([',', '-', '|', '·', '—', '–', ' ']);
        let dated = dates::is_date_line(rest) || furniture::is_date_stamp(rest);
        dated.then(|| head::byline(head)).flatten()
    })
}

/// A wire dateline (`WASHINGTON (Reuters) -`) opening the first paragraph.
fn take_dateline(blocks: &mut [Block]) -> Option<String> {
    let first = blocks.iter_mut().find(|b| b.kind == BlockKind::Paragraph)?;
    let (dateline, rest) = dates::split_dateline(&first.text)?;
    let rest = rest.to_string();
    first.text = rest;
    Some(dateline)
}

fn derived_title(blocks: &[Block]) -> String {
    blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph)
        .map(|b| head::derive_title(&b.text))
        .map(|t| clean(&t))
        .unwrap_or_default()
}

#[cfg(test)]
mod hostile;
#[cfg(test)]
mod tests;
