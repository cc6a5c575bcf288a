//! The named speakers behind two kinds of common noun (worded in
//! [`crate::loader::attribution::descriptions`]): `the newspaper wrote` is
//! the latest newspaper named just before; `the email said` after `Roe’s
//! campaign sent out an email` is Roe. Nothing named nearby, nobody.

use super::Resolver;
use crate::article::EntityKind;
use crate::loader::attribution::descriptions::{campaign_follows, masthead, ties_through};
use crate::loader::attribution::tokens::floor_boundary;
use crate::loader::attribution::verbs::LISTS;
use crate::loader::ByteSpan;

/// How many paragraphs back (the quote's own included) the newspaper must
/// be named: further back, `the paper` may be another one.
const PRESS_BLOCKS: usize = 2;

/// How many paragraphs back a document's issuer may stand, as for a plain
/// tie.
const ISSUER_BLOCKS: usize = 3;

impl Resolver<'_> {
    /// The newspaper `the newspaper` stands for: the latest body named
    /// like one in this paragraph or the one before, if any.
    pub(super) fn press(&self, block: usize, pos: usize, r: super::Run) -> Option<usize> {
        let noun = self.blocks.get(block)?.text.get(r.start..r.end)?;
        let first = block.saturating_sub(PRESS_BLOCKS - 1);
        self.index
            .recent_before(block, pos)
            .take_while(|(_, at)| at.block >= first)
            .take(40)
            .find(|(e, at)| {
                // `the pro-Roe Daily Bugle`: a name glued to a prefix may
                // have taken a word of it, and would be shown misnamed.
                let glued = self
                    .blocks
                    .get(at.block)
                    .and_then(|b| b.text.get(..at.start))
                    .is_some_and(|t| t.ends_with('-'));
                !glued
                    && self.drafts.get(*e).is_some_and(|d| {
                        matches!(d.kind, EntityKind::Organization | EntityKind::Other)
                            && masthead(&d.name, noun)
                    })
            })
            .map(|(e, _)| e)
    }

    /// The person or body whose campaign put out the document `noun`, or
    /// who was putting it out (`Roe is releasing an ad`), before `pos` in
    /// `block` or in the paragraphs just before.
    pub(super) fn campaign_issuer(&self, block: usize, pos: usize, noun: &str) -> Option<usize> {
        self.speaker_tied(block, pos, ISSUER_BLOCKS, (0, 80), |_, after| {
            ties_through(after, noun, &LISTS.puts_out)
        })
    }

    /// The candidate (or body) a campaign speaks for: the name itself in
    /// `Roe’s campaign said`, if known as a person or organisation; for
    /// `the campaign said`, the latest one the text gave a campaign (`Roe’s
    /// campaign`, `the Roe campaign`) in this paragraph or the two before.
    pub(super) fn campaign(
        &mut self,
        block: usize,
        pos: usize,
        r: super::Run,
    ) -> Option<(usize, ByteSpan)> {
        let word = self.blocks.get(block)?.text.get(r.start..r.end)?;
        if !word.eq_ignore_ascii_case("campaign") {
            let (e, span) = self.name(block, r, false)?;
            return self.has_campaign(e).then_some((e, span));
        }
        let first = block.saturating_sub(ISSUER_BLOCKS - 1);
        self.index
            .recent_before(block, pos)
            .take_while(|(_, at)| at.block >= first)
            .find(|&(e, at)| {
                let text = self.blocks.get(at.block).map_or("", |b| b.text.as_str());
                let to = floor_boundary(text, at.end.saturating_add(16).min(text.len()));
                self.has_campaign(e) && campaign_follows(text.get(at.end..to).unwrap_or(""))
            })
            .map(|(e, _)| (e, ByteSpan::new(block, r.start, r.end)))
    }

    /// A body, or a person whose surname no other person shares: with two
    /// Roes known, `Mrs. Roe’s campaign` may have gone to the wrong one.
    fn has_campaign(&self, e: usize) -> bool {
        let Some(d) = self.drafts.get(e) else {
            return false;
        };
        let last = d.name.rsplit(' ').next();
        let namesakes = self
            .drafts
            .iter()
            .filter(|o| o.kind == EntityKind::Person && o.name.rsplit(' ').next() == last)
            .count();
        d.kind == EntityKind::Organization || (d.kind == EntityKind::Person && namesakes < 2)
    }
}
