//! `the governor said` when the governor was introduced further back than
//! the nearby mentions [`Resolver::described`] reads: the one person of the
//! last few paragraphs whom the article ever gave that title (`former
//! Florida Gov. Jane Roe`), if they are also the person named last. Two
//! such people, or none, or another person named since, and nobody is
//! named this way.

use super::{names, Resolver, Run};
use crate::article::EntityKind;
use crate::loader::attribution::tokens::floor_boundary;

/// How many paragraphs back (the quote's own included) the person must be
/// mentioned to be the one meant.
const BLOCKS_BACK: usize = 3;

/// How many of a person's mentions are read for the title.
const MENTIONS: usize = 40;

impl Resolver<'_> {
    pub(super) fn introduced(&self, block: usize, pos: usize, r: Run) -> Option<usize> {
        let title = self.run_lower(block, r)?;
        let short = super::nouns::title_short(&title);
        let first = block.saturating_sub(BLOCKS_BACK - 1);
        // The description's own words (`the Lincoln actor`) are no
        // introduction.
        let own = |b: usize, start: usize| {
            b == block && start + 60 >= r.start && start <= r.end.saturating_add(60)
        };
        let mut nearby: Vec<usize> = self
            .index
            .recent_before(block, pos)
            .take_while(|(_, at)| at.block >= first)
            .filter(|(_, at)| !own(at.block, at.start))
            .map(|(e, _)| e)
            .filter(|&e| {
                self.drafts
                    .get(e)
                    .is_some_and(|d| d.kind == EntityKind::Person)
            })
            .take(60)
            .collect();
        // The person named last may have that title without the article
        // saying so (`Roe … the senator said`, Roe never called `Sen.`):
        // only they can be meant.
        let latest = *nearby.first()?;
        nearby.sort_unstable();
        nearby.dedup();
        let mut fits = nearby.into_iter().filter(|&e| {
            self.drafts.get(e).is_some_and(|d| {
                d.positions.iter().take(MENTIONS).any(|at| {
                    if own(at.block, at.start) {
                        return false;
                    }
                    let text = self.blocks.get(at.block).map_or("", |b| b.text.as_str());
                    let from = floor_boundary(text, at.start.saturating_sub(48));
                    let to = floor_boundary(text, at.end.saturating_add(48).min(text.len()));
                    let before = text.get(from..at.start).unwrap_or("");
                    let after = text.get(at.end..to).unwrap_or("");
                    [Some(title.as_str()), short]
                        .into_iter()
                        .flatten()
                        .any(|w| names::titled(before, after, w))
                })
            })
        });
        let one = fits.next()?;
        (fits.next().is_none() && one == latest).then_some(one)
    }
}
