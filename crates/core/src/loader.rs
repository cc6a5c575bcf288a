//! Source text → [`Article`]: the pure pipeline, then file and folder loading
//! on top of it. No terminal code lives here.
//!
//! The pipeline runs in stages, each in its own module, all working on byte
//! offsets into block text (cheap and natural in Rust); [`parse`] converts
//! to the contract's char offsets once, at the end:
//!
//! 1. [`text`] normalizes the raw text (BOM, line endings, stray spaces)
//!    and [`compose`] puts it in NFC, so offsets refer to composed text;
//! 2. [`layout`] splits it into blocks and takes off the headline, byline,
//!    dateline, lead caption and credit, dropping [`boilerplate`];
//! 3. [`quotes`] finds every quoted span;
//! 4. [`entities`] finds the names and merges their aliases;
//! 5. [`attribution`] gives each quote its speaker (or none).

pub mod abbreviations;
pub mod adversarial;
pub(crate) mod ascii;
pub mod attribution;
pub mod boilerplate;
pub mod calendar;
pub mod compose;
pub mod entities;
pub mod feed;
pub mod files;
pub mod html;
pub mod layout;
pub mod markdown;
pub mod quotes;
pub mod samples;
pub(crate) mod swar;
pub mod text;
pub mod tokenizer;
pub(crate) mod work;

pub use files::{load_file, load_paths, parse_bytes, LoadError, Loaded};

use crate::article::{Article, Cue, Entity, EntityKind, Quote, Span};

/// A place in the body in byte offsets: `blocks[block].text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ByteSpan {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    pub fn new(block: usize, start: usize, end: usize) -> Self {
        ByteSpan { block, start, end }
    }
}

/// An entity as the pipeline builds it, before char offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityDraft {
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub positions: Vec<ByteSpan>,
}

/// Structure `raw` (the whole text of one article) into an [`Article`].
///
/// Total: any input gives an article, never a panic.
pub fn parse(source: &str, raw: &str) -> Article {
    let text = compose::nfc(text::normalize(raw));
    structure(source, raw, layout::layout(&text))
}

/// The stages after layout: quotes, entities and attribution run on blocks
/// that some front end already made (plain text's [`layout`], or an HTML or
/// Markdown mapping that kept the page's own structure). `raw` is the input
/// as read, for [`Article::id`]; block texts must already be normalized
/// (see [`clean`]).
pub fn structure(source: &str, raw: &str, layout: layout::Layout) -> Article {
    let blocks = layout.blocks;
    let quote_spans = quotes::find(&blocks);
    let found = entities::find_ruled(&blocks);
    let found_kinds: Vec<_> = found
        .drafts
        .iter()
        .map(|d| d.kind)
        .zip(found.rules)
        .collect();
    let mut drafts = found.drafts;
    let speakers = attribution::attribute(&blocks, &quote_spans, &mut drafts);
    // An unmarked transcript turn whose label named nobody is no quote.
    // Both lists are filtered in place, pair by pair, where unzipping a
    // filtered iterator grew two new vectors from nothing.
    let (mut quote_spans, mut speakers) = (quote_spans, speakers);
    let mut kept = 0;
    for i in 0..quote_spans.len().min(speakers.len()) {
        let named = speakers.get(i).is_some_and(Option::is_some);
        if quote_spans.get(i).is_some_and(|q| !q.turn || named) {
            quote_spans.swap(kept, i);
            speakers.swap(kept, i);
            kept += 1;
        }
    }
    quote_spans.truncate(kept);
    speakers.truncate(kept);
    let kind_rules = entities::final_rules(&found_kinds, &drafts);
    entities::soften_capitals(&mut drafts);

    let offsets = CharOffsets::new(&blocks);
    let quotes = quote_spans
        .iter()
        .zip(speakers)
        .map(|(quote, speaker)| {
            let span = quote.span;
            let chars = offsets.span(span);
            let (speaker, cue) = match speaker {
                Some(found) => (
                    drafts.get(found.entity).map(|d| d.name.clone()),
                    Some(Cue {
                        rule: found.rule,
                        span: offsets.span(found.evidence),
                        verb: found.verb,
                    }),
                ),
                None => (None, None),
            };
            Quote {
                block: chars.block,
                start: chars.start,
                end: chars.end,
                text: blocks[span.block].text[span.start..span.end].to_string(),
                cue: speaker.as_ref().and(cue),
                speaker,
            }
        })
        .collect();
    // At most one entity per draft: a filtered iterator would grow the
    // vector from nothing. Each entity's char spans are made in place of
    // its byte spans, which have the same layout, so the draft's vector is
    // reused instead of a second one allocated.
    let mut entities: Vec<Entity> = Vec::with_capacity(drafts.len());
    entities.extend(
        drafts
            .into_iter()
            .zip(kind_rules)
            .filter(|(d, _)| !d.positions.is_empty())
            .map(|(d, kind_rule)| Entity {
                mentions: d.positions.len(),
                positions: d.positions.into_iter().map(|p| offsets.span(p)).collect(),
                name: d.name,
                kind: d.kind,
                kind_rule,
                aliases: d.aliases,
            }),
    );
    // Most mentioned first; ties in order of first appearance.
    entities.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.positions.first().cmp(&b.positions.first()))
    });

    Article {
        source: source.to_string(),
        id: crate::article::content_id(raw),
        title: layout.title,
        title_derived: layout.title_derived,
        byline: layout.byline,
        dateline: layout.dateline,
        caption: layout.caption,
        credit: layout.credit,
        blocks,
        quotes,
        entities,
        ..Article::default()
    }
}

/// One piece of text from a structured source (an HTML paragraph, a
/// Markdown heading, a feed title) made as plain-text input is before
/// layout: BOM and controls gone, every run of white space (line breaks
/// included: a block is one run of text) one space, trimmed, composed (NFC).
pub fn clean(raw: &str) -> String {
    let normalized = text::normalize(raw);
    let joined = normalized.split_whitespace().collect::<Vec<_>>().join(" ");
    compose::nfc(joined)
}

/// Byte → char offset conversion for every block, built once per article so
/// that converting each span is a binary search, not a rescan. Every
/// block's wide chars sit in one table, each block holding its range of
/// it: one vector per article where a vector per block cost an allocation
/// and its growth for each block that has a curly quote or a dash.
struct CharOffsets {
    blocks: Vec<BlockChars>,
    /// Each multi-byte char, block after block (see [`Wide::chars`]).
    chars: Vec<(usize, usize)>,
}

/// Where one block's wide chars are in [`CharOffsets::chars`].
struct BlockChars {
    len: usize,
    from: usize,
    to: usize,
}

/// One block's multi-byte chars: a byte offset less the continuation bytes
/// before it is its char offset. News text is nearly all ASCII, so a list
/// of its few wide chars (curly quotes, dashes, accented names) is a
/// fraction of a table with an entry per char, which cost more to build
/// than converting every span.
struct Wide<'c> {
    /// The block's length in bytes.
    len: usize,
    /// Each multi-byte char in order: its first byte, and the continuation
    /// bytes of it and of every wide char before it in the block.
    chars: &'c [(usize, usize)],
}

/// Append the wide chars of `text` to `chars` (see [`Wide::chars`]).
fn push_wide_chars(text: &str, chars: &mut Vec<(usize, usize)>) {
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let bytes = text.as_bytes();
    let mut continuations = 0;
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        // Eight ASCII bytes at a step, the common case.
        let eight = bytes
            .get(at..at + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok());
        if eight.is_some_and(|c| u64::from_le_bytes(c) & HIGH == 0) {
            at += 8;
            continue;
        }
        // `text` is UTF-8: a lead byte gives its char's length.
        let len = match lead {
            ..0x80 => 1,
            0xf0.. => 4,
            0xe0.. => 3,
            _ => 2,
        };
        if len > 1 {
            continuations += len - 1;
            chars.push((at, continuations));
        }
        at += len;
    }
}

impl Wide<'_> {
    /// The char offset of `byte`: how many char boundaries (the end
    /// included) lie before it, so a byte inside a char counts that char,
    /// and one past the end counts the end.
    fn char_index(&self, byte: usize) -> usize {
        let all = self.chars.last().map_or(0, |&(_, c)| c);
        if byte > self.len {
            return self.len - all + 1;
        }
        let n = self.chars.partition_point(|&(start, _)| start < byte);
        let Some(&(start, through)) = n.checked_sub(1).and_then(|k| self.chars.get(k)) else {
            return byte;
        };
        let before = n
            .checked_sub(2)
            .and_then(|k| self.chars.get(k))
            .map_or(0, |&(_, c)| c);
        // Only the last wide char before `byte` may hold it.
        byte - before - (through - before).min(byte - start - 1)
    }
}

impl CharOffsets {
    fn new(blocks: &[crate::article::Block]) -> Self {
        let mut chars = Vec::new();
        let blocks = blocks
            .iter()
            .map(|b| {
                let from = chars.len();
                push_wide_chars(&b.text, &mut chars);
                BlockChars {
                    len: b.text.len(),
                    from,
                    to: chars.len(),
                }
            })
            .collect();
        CharOffsets { blocks, chars }
    }

    fn wide(&self, block: usize) -> Option<Wide<'_>> {
        let b = self.blocks.get(block)?;
        Some(Wide {
            len: b.len,
            chars: self.chars.get(b.from..b.to)?,
        })
    }

    fn char_index(&self, block: usize, byte: usize) -> usize {
        self.wide(block).map_or(0, |w| w.char_index(byte))
    }

    fn span(&self, s: ByteSpan) -> Span {
        Span {
            block: s.block,
            start: self.char_index(s.block, s.start),
            end: self.char_index(s.block, s.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;
    use crate::article::{Block, BlockKind};

    /// The table of every char boundary that [`Wide`] replaced.
    fn by_table(text: &str, byte: usize) -> usize {
        let table: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        table.partition_point(|&i| i < byte)
    }

    /// Each block's text is converted as the table of its own boundaries
    /// would, whatever blocks share the flat table with it.
    #[test]
    fn wide_chars_convert_as_a_table_of_every_boundary_would() {
        let pieces = ["a", " ", "é", "“", "”", "—", "😀", "Ω", "ab", "\n"];
        let mut seed = 11u32;
        for len in [0, 1, 2, 7, 8, 9, 15, 16, 17, 40, 200] {
            for _ in 0..30 {
                // Three blocks: this length between two of other lengths.
                let blocks: Vec<Block> = [len, len / 3, len + 5]
                    .iter()
                    .map(|&n| {
                        let text: String = (0..n)
                            .map(|_| {
                                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                                pieces
                                    .get((seed >> 16) as usize % pieces.len())
                                    .copied()
                                    .unwrap_or("a")
                            })
                            .collect();
                        Block {
                            kind: BlockKind::Paragraph,
                            text,
                        }
                    })
                    .collect();
                let offsets = CharOffsets::new(&blocks);
                for (b, block) in blocks.iter().enumerate() {
                    let text = &block.text;
                    // Every byte, inside chars too, and past the end.
                    for byte in 0..text.len() + 4 {
                        assert_eq!(
                            offsets.char_index(b, byte),
                            by_table(text, byte),
                            "{text:?} {byte}"
                        );
                    }
                }
                assert_eq!(offsets.char_index(blocks.len(), 0), 0);
            }
        }
    }
}
