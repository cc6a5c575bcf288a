//! Entity mentions per block, so resolving a name or a pronoun scans one
//! block (or walks back a few), never the whole article.
//! Each block's mentions are kept by [`Mentions`], which stays cheap when
//! attribution adds speakers to one enormous paragraph.

use super::mentions::{Mention, Mentions, Window};
use crate::article::EntityKind;
use crate::loader::{ByteSpan, EntityDraft};

/// An entity and where one of its mentions stands.
pub type ByteSpanOf = (usize, ByteSpan);

/// How far back (bytes) within one block a look-up for a speaker goes. News
/// paragraphs are far shorter, so for real text this changes nothing; for a
/// file that is one enormous paragraph it keeps every look-up bounded, so
/// attribution stays linear instead of rescanning the block per quote. No
/// reader links a pronoun to a name pages back either.
const LOOK_BACK: usize = 4096;

/// The mentions of `v` a look-up before `pos` may consider (`None`: the
/// block's end, for blocks before the one being read). The window is
/// counted back from the last mention before `pos`, not from `pos` itself,
/// so "before the end of the block" (`pos` past the end) still finds it.
fn look_back(v: &Mentions, pos: Option<usize>) -> Window<'_> {
    let end = v.last().map_or(0, |m| m.0 + 1);
    let to = pos.map_or(end, |p| p.min(end));
    v.starting_in(to.saturating_sub(LOOK_BACK), to)
}

/// Mentions per block, sorted by start: `(start, end, entity)`.
pub struct Index {
    blocks: Vec<Mentions>,
}

impl Index {
    pub fn new(blocks: usize, drafts: &[EntityDraft]) -> Self {
        // Counted first so each block's list is allocated once, not grown.
        let mut counts = vec![0usize; blocks];
        for p in drafts.iter().flat_map(|d| &d.positions) {
            if let Some(c) = counts.get_mut(p.block) {
                *c += 1;
            }
        }
        let mut per: Vec<Vec<Mention>> = counts.into_iter().map(Vec::with_capacity).collect();
        for (e, d) in drafts.iter().enumerate() {
            for p in &d.positions {
                if let Some(v) = per.get_mut(p.block) {
                    v.push((p.start, p.end, e));
                }
            }
        }
        Index {
            blocks: per.into_iter().map(Mentions::new).collect(),
        }
    }

    pub fn add(&mut self, span: ByteSpan, entity: usize) {
        if let Some(v) = self.blocks.get_mut(span.block) {
            v.insert((span.start, span.end, entity));
        }
    }

    /// Mentions in `block` overlapping `start..end`.
    pub fn overlapping(
        &self,
        block: usize,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &(usize, usize, usize)> {
        // A mention is a name, never kilobytes long, so one that overlaps
        // starts less than LOOK_BACK before `start`.
        self.blocks
            .get(block)
            .into_iter()
            .flat_map(move |v| v.starting_in(start.saturating_sub(LOOK_BACK), end))
            .filter(move |m| m.1 > start)
    }

    /// The first mention in `block` before byte `pos` whose kind fits.
    pub fn first_before(
        &self,
        drafts: &[EntityDraft],
        block: usize,
        pos: usize,
        fits: impl Fn(EntityKind) -> bool,
    ) -> Option<(usize, ByteSpan)> {
        look_back(self.blocks.get(block)?, Some(pos))
            .find(|m| drafts.get(m.2).is_some_and(|d| fits(d.kind)))
            .map(|m| (m.2, ByteSpan::new(block, m.0, m.1)))
    }

    /// Whether `entity` is mentioned in `block` before `pos`.
    pub fn mentioned_before(&self, entity: usize, block: usize, pos: usize) -> Option<ByteSpan> {
        look_back(self.blocks.get(block)?, Some(pos))
            .rev()
            .find(|m| m.2 == entity)
            .map(|m| ByteSpan::new(block, m.0, m.1))
    }

    /// Mentions before `(block, pos)`, latest first, over the last few
    /// blocks.
    pub fn recent_before(&self, block: usize, pos: usize) -> impl Iterator<Item = ByteSpanOf> + '_ {
        (block.saturating_sub(6)..=block).rev().flat_map(move |b| {
            let limit = (b == block).then_some(pos);
            self.blocks
                .get(b)
                .into_iter()
                .flat_map(move |v| look_back(v, limit).rev())
                .map(move |m| (m.2, ByteSpan::new(b, m.0, m.1)))
        })
    }
}
