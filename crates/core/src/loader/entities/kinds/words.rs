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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_read_and_none_is_empty() {
        crate::loader::entities::assert_sections_are_fields(DATA, KindWords::SECTIONS);
        assert!(
            KIND_WORDS.org_head.contains("think-tank")
                && KIND_WORDS.leading_place_cue.contains("plaça")
        );
    }
}
