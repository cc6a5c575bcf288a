//! Facts derived from one article that several panes and jumps need:
//! which quotes are attributed, the speakers' colour order, each quote's
//! highlight range, and the sidebar's rows. Built with the [`Doc`] when the
//! article or measure changes, so rendering never recomputes them.

use std::collections::HashMap;

use super::doc::Doc;
use crate::article::{Article, EntityKind};
use crate::tui::work::tick;

mod spans;

pub use spans::SpanIndex;

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
    /// Per entity, how many quotes are attributed to it.
    pub quote_counts: Vec<usize>,
    /// Digits in the largest mention count: the sidebar's count column.
    pub count_width: usize,
    /// What follows lets a frame look up only what it draws (see [`spans`]).
    speaker_of: HashMap<String, usize>,
    /// The attributed quote ranges in quote order, and their index.
    marked: Vec<QuoteRange>,
    marked_index: SpanIndex,
    /// Where the text names each attributed quote's speaker, in quote
    /// order: (start, end, speaker), and their index.
    cues: Vec<(usize, usize, usize)>,
    cue_index: SpanIndex,
    /// Per entity, its mentions' index.
    mentions: Vec<SpanIndex>,
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
        let mut speaker_of: HashMap<String, usize> = HashMap::new();
        let mut attributed = Vec::new();
        for (i, q) in article.quotes.iter().enumerate() {
            tick(1);
            if let Some(s) = &q.speaker {
                attributed.push(i);
                if !speaker_of.contains_key(s) {
                    speaker_of.insert(s.clone(), speakers.len());
                    speakers.push(s.clone());
                }
            }
        }
        // Each block's chars, listed once for the blocks that hold quotes,
        // so a quote's marks are looked at directly.
        let mut chars: Vec<Option<Vec<char>>> = vec![None; article.blocks.len()];
        let mut quote_ranges = vec![Vec::new(); article.blocks.len()];
        let mut marked = Vec::new();
        let mut cues = Vec::new();
        let mut quote_counts: HashMap<&str, usize> = HashMap::new();
        for (i, q) in article.quotes.iter().enumerate() {
            tick(1);
            let speaker = q.speaker.as_ref().and_then(|s| speaker_of.get(s).copied());
            if let (Some(name), Some(sp)) = (&q.speaker, speaker) {
                *quote_counts.entry(name.as_str()).or_default() += 1;
                if let Some(cue) = &q.cue {
                    cues.push((cue.span.block, cue.span.start, cue.span.end, sp));
                }
            }
            let (Some(block), Some(table), Some(ranges)) = (
                article.blocks.get(q.block),
                chars.get_mut(q.block),
                quote_ranges.get_mut(q.block),
            ) else {
                continue;
            };
            let table = table.get_or_insert_with(|| {
                tick(block.text.len());
                block.text.chars().collect()
            });
            let (start, end) = widen_to_marks(table, q.start, q.end);
            let range = QuoteRange {
                quote: i,
                start,
                end,
                speaker,
            };
            ranges.push(range);
            if speaker.is_some() {
                marked.push((q.block, range));
            }
        }
        let quote_counts: Vec<usize> = article
            .entities
            .iter()
            .map(|e| {
                tick(1);
                quote_counts.get(e.name.as_str()).copied().unwrap_or(0)
            })
            .collect();
        let count_width = article
            .entities
            .iter()
            .map(|e| e.mentions.to_string().len())
            .max()
            .unwrap_or(1);
        let mentions = article
            .entities
            .iter()
            .map(|e| SpanIndex::new(e.positions.iter().map(|p| (p.block, p.start, p.end))))
            .collect();
        let (side_rows, side_entities) = sidebar_rows(article, &quote_counts);
        ArticleView {
            article: index,
            doc: Doc::build(article, measure),
            attributed,
            speakers,
            quote_ranges,
            side_rows,
            side_entities,
            quote_counts,
            count_width,
            speaker_of,
            marked_index: SpanIndex::new(marked.iter().map(|(b, r)| (*b, r.start, r.end))),
            marked: marked.into_iter().map(|(_, r)| r).collect(),
            cue_index: SpanIndex::new(cues.iter().map(|c| (c.0, c.1, c.2))),
            cues: cues.into_iter().map(|c| (c.1, c.2, c.3)).collect(),
            mentions,
        }
    }

    pub fn speaker_index(&self, name: &str) -> Option<usize> {
        self.speaker_of.get(name).copied()
    }

    /// The attributed quote ranges of `block` overlapping chars
    /// `start..end`, in reading order.
    pub fn marked_in(&self, block: usize, start: usize, end: usize) -> Vec<&QuoteRange> {
        let found = self.marked_index.overlapping(block, start, end);
        found.iter().filter_map(|&i| self.marked.get(i)).collect()
    }

    /// The attributed quote ranges of `block` starting within chars
    /// `start..end`, in reading order.
    pub fn marked_starting_in(&self, block: usize, start: usize, end: usize) -> Vec<&QuoteRange> {
        let found = self.marked_index.starting_in(block, start, end);
        found.iter().filter_map(|&i| self.marked.get(i)).collect()
    }

    /// Where the text names a speaker within chars `start..end` of
    /// `block`: (start, end, speaker), in the order of their quotes.
    pub fn cues_in(&self, block: usize, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
        let found = self.cue_index.overlapping(block, start, end);
        found
            .iter()
            .filter_map(|&i| self.cues.get(i).copied())
            .collect()
    }

    /// Which of entity `e`'s positions overlap chars `start..end` of
    /// `block`, in reading order.
    pub fn mentions_in(&self, e: usize, block: usize, start: usize, end: usize) -> Vec<usize> {
        self.mentions
            .get(e)
            .map(|m| m.overlapping(block, start, end))
            .unwrap_or_default()
    }
}

/// Take in the quote marks around `start..end` of a block's `chars` so the
/// highlight covers the whole visible quotation.
fn widen_to_marks(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let before = start.checked_sub(1).and_then(|i| chars.get(i));
    let after = chars.get(end);
    let s = if before.is_some_and(|c| OPENING.contains(c)) {
        start - 1
    } else {
        start
    };
    let e = if after.is_some_and(|c| CLOSING.contains(c)) {
        end + 1
    } else {
        end
    };
    (s, e)
}

/// People first (speakers leading, by quote count), then places,
/// organizations and the rest, each by mentions.
fn sidebar_rows(article: &Article, quote_counts: &[usize]) -> (Vec<SideRow>, Vec<usize>) {
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
            .map(|(i, _)| {
                tick(1);
                (i, quote_counts.get(i).copied().unwrap_or(0))
            })
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
mod tests;
