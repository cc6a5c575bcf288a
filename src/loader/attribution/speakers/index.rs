//! Entity mentions per block, so resolving a name or a pronoun scans one
//! block (or walks back a few), never the whole article.

use crate::article::EntityKind;
use crate::loader::{ByteSpan, EntityDraft};

/// An entity and where one of its mentions stands.
pub type ByteSpanOf = (usize, ByteSpan);

/// Mentions per block, sorted by start: `(start, end, entity)`.
pub struct Index {
    blocks: Vec<Vec<(usize, usize, usize)>>,
}

impl Index {
    pub fn new(blocks: usize, drafts: &[EntityDraft]) -> Self {
        let mut per: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); blocks];
        for (e, d) in drafts.iter().enumerate() {
            for p in &d.positions {
                if let Some(v) = per.get_mut(p.block) {
                    v.push((p.start, p.end, e));
                }
            }
        }
        for v in &mut per {
            v.sort_unstable();
        }
        Index { blocks: per }
    }

    pub fn add(&mut self, span: ByteSpan, entity: usize) {
        if let Some(v) = self.blocks.get_mut(span.block) {
            let at = v.partition_point(|m| m.0 < span.start);
            v.insert(at, (span.start, span.end, entity));
        }
    }

    /// Mentions in `block` overlapping `start..end`.
    pub fn overlapping(
        &self,
        block: usize,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &(usize, usize, usize)> {
        self.blocks
            .get(block)
            .into_iter()
            .flatten()
            .filter(move |m| m.0 < end && m.1 > start)
    }

    /// The first mention in `block` before byte `pos` whose kind fits.
    pub fn first_before(
        &self,
        drafts: &[EntityDraft],
        block: usize,
        pos: usize,
        fits: impl Fn(EntityKind) -> bool,
    ) -> Option<(usize, ByteSpan)> {
        self.blocks
            .get(block)?
            .iter()
            .take_while(|m| m.0 < pos)
            .find(|m| drafts.get(m.2).is_some_and(|d| fits(d.kind)))
            .map(|m| {
                (
                    m.2,
                    ByteSpan {
                        block,
                        start: m.0,
                        end: m.1,
                    },
                )
            })
    }

    /// Whether `entity` is mentioned in `block` before `pos`.
    pub fn mentioned_before(&self, entity: usize, block: usize, pos: usize) -> Option<ByteSpan> {
        self.blocks
            .get(block)?
            .iter()
            .take_while(|m| m.0 < pos)
            .filter(|m| m.2 == entity)
            .last()
            .map(|m| ByteSpan {
                block,
                start: m.0,
                end: m.1,
            })
    }

    /// Mentions before `(block, pos)`, latest first, over the last few
    /// blocks.
    pub fn recent_before(&self, block: usize, pos: usize) -> impl Iterator<Item = ByteSpanOf> + '_ {
        (block.saturating_sub(6)..=block).rev().flat_map(move |b| {
            let limit = if b == block { pos } else { usize::MAX };
            self.blocks
                .get(b)
                .into_iter()
                .flat_map(move |v| {
                    let n = v.partition_point(|m| m.0 < limit);
                    v.get(..n).unwrap_or(&[]).iter().rev()
                })
                .map(move |m| {
                    (
                        m.2,
                        ByteSpan {
                            block: b,
                            start: m.0,
                            end: m.1,
                        },
                    )
                })
        })
    }

    /// The most recent mention before `(block, pos)` whose kind fits,
    /// looking back at most a few blocks.
    pub fn latest_before(
        &self,
        drafts: &[EntityDraft],
        block: usize,
        pos: usize,
        fits: impl Fn(EntityKind) -> bool,
    ) -> Option<(usize, ByteSpan)> {
        for b in (block.saturating_sub(6)..=block).rev() {
            let limit = if b == block { pos } else { usize::MAX };
            let found = self
                .blocks
                .get(b)?
                .iter()
                .take_while(|m| m.0 < limit)
                .filter(|m| drafts.get(m.2).is_some_and(|d| fits(d.kind)))
                .last();
            if let Some(m) = found {
                return Some((
                    m.2,
                    ByteSpan {
                        block: b,
                        start: m.0,
                        end: m.1,
                    },
                ));
            }
        }
        None
    }
}
