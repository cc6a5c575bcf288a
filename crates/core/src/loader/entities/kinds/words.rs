//! The word lists that weigh a name's kind from its neighbours (nouns
//! before, after or owned by a name, apposition heads, prepositions), read
//! once from `assets/lexicon/kinds.txt` (embedded at build time) into Fx
//! hash sets, so the rules in [`kinds`](super) read without them and a
//! list grows without touching them.
//!
//! Lists matched as suffixes or prefixes (`common_ending`, `credit_mark`,
//! `story_credit`, `standing`) or ignoring case (`gathering`) are read in
//! file order into a `Vec` instead; the sentence openers (`intro_opener`)
//! are kept as written, capitalised and with their commas.

use std::sync::LazyLock;

use crate::loader::entities::lexicon::{FxSet, WordSet};
use crate::loader::entities::word_lists;

const DATA: &str = include_str!("../../../../assets/lexicon/kinds.txt");

word_lists!(
    sets crate::loader::entities::lexicon::WordSet;
    /// One list per `[section]` of the data file, named as the section.
    pub(in crate::loader::entities) struct KindWords {
        personal_noun,
        leading_place_cue,
        article,
        place_noun,
        org_noun,
        of_place_noun,
        org_noun_after,
        possessive_business,
        object_preposition,
        place_preposition,
        org_head,
        place_head,
        corporate_possession,
        holding,
        staff_after,
        personal_role,
        body_role,
        index_noun,
        place_noun_after,
        event_noun_after,
        material,
        ordinal,
        market_move,
        role_follower,
        intro_opener,
    }
    in_order {
        standing,
        gathering,
        credit_mark,
        story_credit,
        common_ending,
    }
);

pub(super) static KIND_WORDS: LazyLock<KindWords> = LazyLock::new(|| KindWords::read(DATA));

/// `common_ending` as one set and the lengths of its endings, so a word's
/// few tails are looked up instead of every ending compared to its end.
static ENDINGS: LazyLock<(WordSet, Vec<usize>)> = LazyLock::new(|| {
    let list = &KIND_WORDS.common_ending;
    let mut lengths: Vec<usize> = list.iter().map(|e| e.len()).collect();
    lengths.sort_unstable();
    lengths.dedup();
    (
        WordSet::from(list.iter().copied().collect::<FxSet<_>>()),
        lengths,
    )
});

/// Whether `lw` ends in a `common_ending`. A tail that is not cut on a
/// char boundary matches no ending: an ending's bytes are whole chars.
pub(super) fn has_common_ending(lw: &str) -> bool {
    let (set, lengths) = &*ENDINGS;
    lengths.iter().any(|&n| {
        lw.len()
            .checked_sub(n)
            .and_then(|cut| lw.get(cut..))
            .is_some_and(|tail| set.contains(tail))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As every ending compared to the word's end: each ending alone and
    /// inside words, near misses, and words shorter than the endings.
    #[test]
    fn common_endings_answer_as_the_list_does() {
        let by_list = |w: &str| KIND_WORDS.common_ending.iter().any(|e| w.ends_with(e));
        let mut words: Vec<String> = ["", "a", "s", "y", "ty", "nation", "é", "aé", "ityé", "ning"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for e in &KIND_WORDS.common_ending {
            for w in [
                e.to_string(),
                format!("x{e}"),
                format!("é{e}"),
                format!("{e}x"),
                e.get(1..).unwrap_or("").to_string(),
                e.get(..e.len() - 1).unwrap_or("").to_string(),
                format!("{}q", e.get(..e.len() - 1).unwrap_or("")),
            ] {
                words.push(w);
            }
        }
        for w in &words {
            assert_eq!(has_common_ending(w), by_list(w), "{w}");
        }
    }

    #[test]
    fn every_section_is_read_and_none_is_empty() {
        crate::loader::entities::assert_sections_are_fields(DATA, KindWords::SECTIONS);
        assert!(
            KIND_WORDS.org_head.contains("think-tank")
                && KIND_WORDS.leading_place_cue.contains("plaça")
        );
    }
}
