//! Names of people, places, organisations and other things, with aliases
//! merged: stage 4 of the loader pipeline, between quotes and attribution.
//!
//! [`context`] reads the whole article once for word statistics,
//! [`names`] turns capitalized runs into mentions (with [`kinds`] weighing
//! what each is), and [`aliases`] groups mentions into entities. The word
//! lists live as data under `assets/lexicon/`: [`lexicon`] holds the entity
//! finder's and reads the `[section]` format every such file shares
//! (`kinds`, `names`, attribution, the html and layout stages and the
//! calendar read their own files with it). The attribution
//! stage relies on every person-name token sequence being a position of the
//! right entity.

mod aliases;
mod capitals;
mod context;
mod kinds;
mod lexicon;

/// A given name in the lexicon (`Jane`, `Holger`), any case or accent.
pub fn given_name(word: &str) -> bool {
    lexicon::LEXICON.flags(word) & lexicon::flag::FIRST_NAME != 0
}
mod names;
mod table;
mod tokens;

pub use capitals::soften as soften_capitals;

/// Whether a given name is borne mostly by women (`Some(true)`) or by men
/// (`Some(false)`); `None` when unknown or borne by both.
pub fn given_name_gender(word: &str) -> Option<bool> {
    let lex = &*lexicon::LEXICON;
    let low = lexicon::lower(word);
    if lex.feminine_name.contains(low.as_str()) {
        Some(true)
    } else if lex.masculine_name.contains(low.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// A place in the gazetteer (`Ohio`, `North Korea`, `U.S.`), any case.
pub fn known_place(phrase: &str) -> bool {
    lexicon::LEXICON.places.contains_key(&phrase.to_lowercase())
}

/// One word that names nobody even where it speaks: a pronoun, a common
/// word (`Justice`), a group, faith or party (`Democrats`), or a plural
/// that speaks for many (`Experts`, `Mourners`). The attribution stage asks
/// before it adds a speaker the finder missed, so that such a word is never
/// made a person. Titles stay out: `King said` is as often Larry King.
pub fn names_nobody(word: &str) -> bool {
    let lex = &*lexicon::LEXICON;
    let low = lexicon::lower(word);
    let low = low.as_str();
    names::words::NAME_WORDS.function_word.contains(low)
        || lex.common.contains(low)
        || lex.group.contains(word)
        || lex.group_plural.contains(low)
        || low
            .strip_suffix('s')
            .is_some_and(|stem| !stem.ends_with('s') && lex.role.contains(stem))
}

#[cfg(test)]
pub(crate) use lexicon::sections::assert_sections_are_fields;
/// The fast word hasher and the word files' reader, shared with
/// attribution's word lists.
pub(crate) use lexicon::sections::{
    entries as word_entries, sections_of as word_sections, sets as word_sets, word_lists,
};
pub(crate) use lexicon::{FxMap, FxSet};

use super::EntityDraft;
use crate::article::{Block, EntityKind, KindRule};

/// Every entity named in the body, positions in reading order.
pub fn find(blocks: &[Block]) -> Vec<EntityDraft> {
    find_ruled(blocks).drafts
}

/// The entities found, each with the rule that decided its kind.
pub struct Found {
    pub drafts: Vec<EntityDraft>,
    /// `rules[i]` decided `drafts[i].kind`.
    pub rules: Vec<KindRule>,
}

/// Every entity named in the body, positions in reading order, with the
/// rule behind each kind.
pub fn find_ruled(blocks: &[Block]) -> Found {
    let ctx = context::Context::new(blocks);
    let mut mentions = names::mentions(&ctx);
    let (drafts, rules) = aliases::resolve(&mut mentions);
    Found { drafts, rules }
}

/// The rule behind each kind after the attribution stage, which may have
/// changed kinds (a speaker is a person, `Acme Corp` a company) and added
/// speakers the finder missed (after the found ones: it only appends).
pub fn final_rules(
    found_kinds: &[(EntityKind, KindRule)],
    drafts: &[EntityDraft],
) -> Vec<KindRule> {
    drafts
        .iter()
        .enumerate()
        .map(|(i, d)| match found_kinds.get(i) {
            Some(&(kind, rule)) if kind == d.kind => rule,
            Some(_) if d.kind == EntityKind::Organization => KindRule::CorporateSuffix,
            Some(_) => KindRule::Speaker,
            None => KindRule::AddedSpeaker,
        })
        .collect()
}

#[cfg(test)]
mod tests;
