//! Blocks and the article's head: headline, byline, dateline, lead caption.
//!
//! Works on text that [`text::normalize`](super::text::normalize) has
//! cleaned (LF only, no controls, single spaces). The head is read from the
//! first few paragraphs, the rest become body blocks; [`boilerplate`] is
//! dropped on the way, and the quote, entity and attribution stages then
//! run on the blocks.

pub(crate) mod caption;
pub(crate) mod dates;
pub(crate) mod head;
mod words;

use super::boilerplate;
use crate::article::{Block, BlockKind};
/// Structured front ends (feeds, Markdown) make a title the same way when
/// the input has none.
pub use head::derive_title;

/// The article's head fields and body blocks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    pub title: String,
    pub title_derived: bool,
    pub byline: Option<String>,
    pub dateline: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub blocks: Vec<Block>,
}

/// How many leading paragraphs may hold head material (title, byline, date,
/// lead caption, site notes) before the body starts.
const HEAD_WINDOW: usize = 6;

/// Split normalized text into its head and body blocks.
pub fn layout(text: &str) -> Layout {
    let paragraphs = paragraphs(text);
    let mut out = Layout::default();
    let body_start = read_head(&paragraphs, &mut out);
    out.blocks = body(paragraphs, body_start);

    if let Some(first) = out
        .blocks
        .iter_mut()
        .find(|b| b.kind == BlockKind::Paragraph)
    {
        if let Some((dateline, rest)) = dates::split_dateline(&first.text) {
            if out.dateline.is_none() {
                out.dateline = Some(dateline);
            }
            first.text = rest.to_string();
        }
    }
    if out.title.is_empty() {
        let source = out
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)
            .or_else(|| out.blocks.first())
            .map(|b| b.text.as_str())
            .or(out.caption.as_deref())
            .unwrap_or("");
        out.title = head::derive_title(source);
        out.title_derived = true;
    }
    out
}

/// A paragraph with its lines joined.
#[derive(Debug, Default)]
struct Para {
    text: String,
    /// A scraped photo caption, known from its shape (see [`undouble`]).
    photo: bool,
}

impl Para {
    fn new(text: String) -> Self {
        Para { text, photo: false }
    }
}

/// Paragraphs with their lines joined. Blank lines separate paragraphs; a
/// text with no blank line at all has one paragraph per line.
fn paragraphs(text: &str) -> Vec<Para> {
    let text = text.trim_matches('\n');
    let has_blank_line = text.split('\n').any(|l| l.trim().is_empty());
    if !has_blank_line {
        return text
            .split('\n')
            .map(clean_line)
            .filter(|l| !l.is_empty())
            .map(|l| match undouble(l) {
                Some(once) => Para {
                    text: once.to_string(),
                    photo: true,
                },
                None => Para::new(l.to_string()),
            })
            .collect();
    }
    let mut out = Vec::new();
    // The open paragraph's lines, joined when it ends: its text is then
    // allocated once at its final length, where pushing line after line
    // grew it a few times in every paragraph.
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        super::work::tick(1 + line.len());
        let line = clean_line(line);
        if line.is_empty() {
            close_paragraph(&mut current, &mut out);
            continue;
        }
        if let Some(once) = undouble(line) {
            close_paragraph(&mut current, &mut out);
            out.push(Para {
                text: once.to_string(),
                photo: true,
            });
            continue;
        }
        // A headline, byline or date line may sit right above the text
        // at the top: keep it apart instead of joining it in.
        if let [only] = current.as_slice() {
            if out.len() < 3 && starts_own_paragraph(only, line, out.is_empty()) {
                close_paragraph(&mut current, &mut out);
            }
        }
        current.push(line);
    }
    close_paragraph(&mut current, &mut out);
    out
}

/// End the open paragraph, if any: its lines joined by single spaces.
fn close_paragraph(current: &mut Vec<&str>, out: &mut Vec<Para>) {
    if !current.is_empty() {
        out.push(Para::new(current.join(" ")));
        current.clear();
    }
}

/// `S S` → `S`: a line that is one phrase of three or more words twice over.
/// Scrapers produce it from a photo's alt text followed by its caption, so
/// such a line is a caption however it reads.
fn undouble(line: &str) -> Option<&str> {
    if line.len().is_multiple_of(2) {
        return None;
    }
    let mid = line.len() / 2;
    let (first, second) = (line.get(..mid)?, line.get(mid + 1..)?);
    (line.get(mid..=mid) == Some(" ") && first == second && first.split_whitespace().count() >= 3)
        .then_some(first)
}

/// A line, trimmed, without a leftover wiki indent (`:Speaker: "…"`).
fn clean_line(line: &str) -> &str {
    let line = line.trim();
    match line.strip_prefix(':') {
        Some(rest) if !rest.starts_with(':') && !rest.is_empty() => rest.trim_start(),
        _ => line,
    }
}

/// Whether `line`, following the one-line paragraph so far `current` near
/// the top of the text, begins a new paragraph rather than continuing it.
/// Only the very first line (`top`) may be a headline.
fn starts_own_paragraph(current: &str, line: &str, top: bool) -> bool {
    if head::byline(line).is_some()
        || dates::is_date_line(line)
        || head::byline(current).is_some()
        || dates::is_date_line(current)
    {
        return true;
    }
    // A wrapped line is full: had the next word fitted, it would be on it.
    // So a short headline-like line is a line of its own.
    let next_word = line.split(' ').next().unwrap_or("");
    let width = line.chars().count().max(60);
    top && head::is_headline(current, Some(line))
        && current.chars().count() + 1 + next_word.chars().count() <= width
}

/// Read title, byline, date line and lead caption from the top; returns the
/// index of the first body paragraph.
fn read_head(paragraphs: &[Para], out: &mut Layout) -> usize {
    let mut i = 0;
    while let Some(para) = paragraphs.get(i) {
        if i >= HEAD_WINDOW {
            break;
        }
        let p = para.text.as_str();
        let next = paragraphs.get(i + 1).map(|n| n.text.as_str());
        if boilerplate::find(p).is_some_and(|pat| !pat.tail) {
            // Site notes and player prompts above the story.
        } else if out.byline.is_none() && head::byline(p).is_some() {
            out.byline = head::byline(p);
        } else if out.dateline.is_none() && dates::is_date_line(p) {
            out.dateline = Some(p.to_string());
        } else if let Some(c) = caption_here(para, out, next) {
            out.caption = (!c.text.is_empty()).then_some(c.text);
            out.credit = (!c.credit.is_empty()).then_some(c.credit);
        } else if out.title.is_empty()
            && i == first_content(paragraphs)
            && head::is_headline(p, next)
        {
            out.title = p.to_string();
        } else {
            break;
        }
        i += 1;
    }
    i
}

/// The index of the first paragraph that is not boilerplate.
fn first_content(paragraphs: &[Para]) -> usize {
    paragraphs
        .iter()
        .position(|p| !boilerplate::is_boilerplate(&p.text))
        .unwrap_or(0)
}

/// The lead caption, if `p` is one: a caption with a credit, or (right
/// under the headline) a photo description ending in a date, the way wire
/// captions do (`… in Pyongyang, North Korea, May 8, 2016.`).
fn caption_here(para: &Para, out: &Layout, next: Option<&str>) -> Option<caption::Caption> {
    if out.caption.is_some() || out.credit.is_some() || next.is_none() {
        return None;
    }
    let p = para.text.as_str();
    if para.photo {
        return Some(caption::Caption {
            text: p.to_string(),
            credit: String::new(),
        });
    }
    if let Some(c) = caption::split(p) {
        return Some(c);
    }
    if !out.title.is_empty() && ends_with_date(p) && p.len() < 300 {
        return Some(caption::Caption {
            text: p.to_string(),
            credit: String::new(),
        });
    }
    None
}

/// Whether `p` ends with a full date set off by a comma, caption style
/// (`… in Pyongyang, North Korea, May 8, 2016.`); a lead sentence says
/// `… on May 8, 2016.` instead.
fn ends_with_date(p: &str) -> bool {
    let t = p.trim_end_matches('.');
    let mut words = t.rsplitn(4, ' ');
    let (Some(year), Some(day), Some(month), Some(before)) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    before.ends_with(',') && dates::is_date_line(&format!("{month} {day} {year}"))
}

/// Body blocks from the paragraphs from `start` on. Takes the paragraphs so
/// their text moves into the blocks instead of being copied.
fn body(mut paragraphs: Vec<Para>, start: usize) -> Vec<Block> {
    let n = paragraphs.len().saturating_sub(start);
    let mut blocks: Vec<Block> = Vec::with_capacity(n);
    for i in 0..n {
        let at = start + i;
        let Some(para) = paragraphs.get(at) else {
            break;
        };
        let p = para.text.as_str();
        super::work::tick(1 + p.len());
        if let Some(pat) = boilerplate::find(p) {
            // Furniture after the article (comments, glossary, related
            // links) ends it; in the first half it is only a stray line.
            if pat.tail && 2 * i >= n {
                break;
            }
            continue;
        }
        let kind = if para.photo || caption::is_caption(p) {
            BlockKind::Caption
        } else if is_heading(
            p,
            blocks.last(),
            paragraphs.get(at + 1).map(|n| n.text.as_str()),
        ) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        // Only later paragraphs are read from here on, so the text can move.
        let text = paragraphs
            .get_mut(at)
            .map(|para| std::mem::take(&mut para.text))
            .unwrap_or_default();
        blocks.push(Block { kind, text });
    }
    // A heading with nothing under it is not one.
    if let Some(last) = blocks.last_mut() {
        if last.kind == BlockKind::Heading {
            last.kind = BlockKind::Paragraph;
        }
    }
    blocks
}

/// Longest section heading, in bytes and words.
const MAX_HEADING_LEN: usize = 80;
const MAX_HEADING_WORDS: usize = 8;

/// A section heading: a short line without sentence punctuation, standing
/// between paragraphs, with a longer paragraph under it. Lines that follow a
/// paragraph ending in `:` are quoted material, not headings.
fn is_heading(p: &str, prev: Option<&Block>, next: Option<&str>) -> bool {
    let (Some(prev), Some(next)) = (prev, next) else {
        return false;
    };
    // Length first: counting words decodes every char of every paragraph.
    if p.len() > MAX_HEADING_LEN {
        return false;
    }
    let words = p.split_whitespace().count();
    if words == 0 || words > MAX_HEADING_WORDS {
        return false;
    }
    if prev.kind == BlockKind::Paragraph && prev.text.trim_end().ends_with(':') {
        return false;
    }
    if next.len() < 2 * p.len() || boilerplate::is_boilerplate(next) {
        return false;
    }
    let starts_well = p
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let sentence_inside = [". ", "? ", "! ", "; ", ": "].iter().any(|s| p.contains(s));
    let first_person = p.starts_with("I ") || p.starts_with("I’m ") || p.starts_with("I'm ");
    starts_well
        && !sentence_inside
        && !first_person
        && !p.contains(['@', '#', '|', '/'])
        && !p.ends_with(['.', ',', ';', ':', '!', '?', '"', '”'])
}

#[cfg(test)]
mod tests;
