//! Facts derived from one article that several panes and jumps need:
//! which quotes are attributed, the speakers' colour order, each quote's
//! highlight range, and the sidebar's rows. Built with the [`Doc`] when the
//! article or measure changes, so rendering never recomputes them.

use super::doc::Doc;
use crate::article::{Article, EntityKind};

/// A sidebar row: a section header or an entity (index into `entities`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideRow {
    Header(EntityKind, usize),
    /// Space between sections.
    Gap,
    Entity(usize),
}

/// A range of a block to highlight as a quote, quote marks included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteRange {
    pub quote: usize,
    pub start: usize,
    pub end: usize,
    /// Index into [`ArticleView::speakers`]; `None` for a scare quote.
    pub speaker: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ArticleView {
    pub article: usize,
    pub doc: Doc,
    /// Indices of quotes that have a speaker, in reading order: what `]`/`[`
    /// walk and what "quote i/N" counts.
    pub attributed: Vec<usize>,
    /// Speaker names in order of first quote; the position is the colour.
    pub speakers: Vec<String>,
    /// Per block, its quote ranges in order.
    pub quote_ranges: Vec<Vec<QuoteRange>>,
    pub side_rows: Vec<SideRow>,
    /// Where each selectable entity sits in `side_rows`, in display order.
    pub side_entities: Vec<usize>,
}

const OPENING: &[char] = &['“', '"', '‘', '\'', '«', '„', '‹', '「', '『'];
const CLOSING: &[char] = &['”', '"', '’', '\'', '»', '“', '›', '」', '』'];

impl ArticleView {
    pub fn build(article: Option<&Article>, index: usize, measure: u16) -> ArticleView {
        let Some(article) = article else {
            return ArticleView {
                article: index,
                ..ArticleView::default()
            };
        };
        let mut speakers: Vec<String> = Vec::new();
        let mut attributed = Vec::new();
        for (i, q) in article.quotes.iter().enumerate() {
            if let Some(s) = &q.speaker {
                attributed.push(i);
                if !speakers.contains(s) {
                    speakers.push(s.clone());
                }
            }
        }
        let mut quote_ranges = vec![Vec::new(); article.blocks.len()];
        for (i, q) in article.quotes.iter().enumerate() {
            let Some(block) = article.blocks.get(q.block) else {
                continue;
            };
            let (start, end) = widen_to_marks(&block.text, q.start, q.end);
            let speaker = q
                .speaker
                .as_ref()
                .and_then(|s| speakers.iter().position(|x| x == s));
            if let Some(ranges) = quote_ranges.get_mut(q.block) {
                ranges.push(QuoteRange {
                    quote: i,
                    start,
                    end,
                    speaker,
                });
            }
        }
        let (side_rows, side_entities) = sidebar_rows(article);
        ArticleView {
            article: index,
            doc: Doc::build(article, measure),
            attributed,
            speakers,
            quote_ranges,
            side_rows,
            side_entities,
        }
    }

    pub fn speaker_index(&self, name: &str) -> Option<usize> {
        self.speakers.iter().position(|s| s == name)
    }
}

/// Take in the quote marks around `start..end` so the highlight covers the
/// whole visible quotation.
fn widen_to_marks(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut chars = text.chars().skip(start.saturating_sub(1));
    let before = if start > 0 { chars.next() } else { None };
    let after = text.chars().nth(end);
    let s = if before.is_some_and(|c| OPENING.contains(&c)) {
        start - 1
    } else {
        start
    };
    let e = if after.is_some_and(|c| CLOSING.contains(&c)) {
        end + 1
    } else {
        end
    };
    (s, e)
}

/// People first (speakers leading, by quote count), then places,
/// organizations and the rest, each by mentions.
fn sidebar_rows(article: &Article) -> (Vec<SideRow>, Vec<usize>) {
    let mut rows = Vec::new();
    let mut selectable = Vec::new();
    for kind in [
        EntityKind::Person,
        EntityKind::Place,
        EntityKind::Organization,
        EntityKind::Other,
    ] {
        let mut members: Vec<(usize, usize)> = article
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == kind)
            .map(|(i, e)| (i, article.quote_count(&e.name)))
            .collect();
        if members.is_empty() {
            continue;
        }
        // Stable sort keeps the loader's most-mentioned-first order as the
        // tie-break.
        members.sort_by_key(|m| std::cmp::Reverse(m.1));
        if !rows.is_empty() {
            rows.push(SideRow::Gap);
        }
        rows.push(SideRow::Header(kind, members.len()));
        for (i, _) in members {
            selectable.push(rows.len());
            rows.push(SideRow::Entity(i));
        }
    }
    (rows, selectable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_takes_in_the_quote_marks() {
        let text = "Kim said, “I come.” Then";
        // "I come." is chars 11..18.
        assert_eq!(widen_to_marks(text, 11, 18), (10, 19));
        assert_eq!(widen_to_marks("plain", 0, 5), (0, 5));
    }
}
