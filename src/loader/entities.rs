//! Names of people, places, organisations and other things, with aliases
//! merged: stage 4 of the loader pipeline, between quotes and attribution.
//!
//! [`context`] reads the whole article once for word statistics,
//! [`names`] turns capitalized runs into mentions (with [`kinds`] weighing
//! what each is), and [`aliases`] groups mentions into entities. All word
//! lists live as data in [`lexicon`]. The attribution stage relies on every
//! person-name token sequence being a position of the right entity.

mod aliases;
mod context;
mod kinds;
mod lexicon;
mod names;
mod tokens;

/// The fast word hasher, shared with attribution's word lists.
pub(crate) use lexicon::{FxMap, FxSet};

use super::EntityDraft;
use crate::article::Block;

/// Every entity named in the body, positions in reading order.
pub fn find(blocks: &[Block]) -> Vec<EntityDraft> {
    let ctx = context::Context::new(blocks);
    let mentions = names::mentions(&ctx);
    aliases::resolve(&mentions)
}

#[cfg(test)]
mod tests;
