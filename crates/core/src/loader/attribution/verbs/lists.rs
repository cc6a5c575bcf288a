//! The word lists themselves, read once from
//! `assets/lexicon/attribution.txt` (embedded at build time) into the Fx
//! hash sets [`super`] probes with a lowercased token, and, for the rules
//! elsewhere in attribution whose lists are ordered or compared ignoring
//! case, into `Vec`s in file order.
//!
//! The words are data, as the entity finder's are, so a list grows without
//! touching the rules and one test checks every word file for a word listed
//! twice. What stays in code pairs a word with something, which a set
//! cannot hold: the particle a verb speaks with in `super::particle_of`
//! (`pointed` → `out`) and the kind of each pronoun in `super::pronoun`.

use std::sync::LazyLock;

use crate::loader::entities::word_lists;

const DATA: &str = include_str!("../../../../assets/lexicon/attribution.txt");

word_lists!(
    /// One set per `[section]` of the data file, named as the section and
    /// (but for the last two) as the function of [`super`] that asks it;
    /// then the lists whose order matters (first match wins, phrases that
    /// open a text) or that are compared ignoring case, in file order,
    /// each asked by the module its section's comment names.
    pub struct Lists {
        speech_verb,
        participle,
        adverb,
        title,
        org_suffix,
        org_noun,
        particle,
        function_word,
        judges_as,
        acts_on_quote,
        naming_noun,
        work_noun,
        auxiliary,
        people,
        corporate,
        document,
        group,
        speech_noun,
        spokesperson,
        determiner,
        place_preposition,
        place_noun,
        not_a_name,
        characterises,
        title_introducer,
        clause_word,
        anonymous_role,
        person_noun,
        title_small_word,
        transcript_label_word,
    }
    in_order {
        subordinator,
        puts_out,
        title_lower_word,
        day_part,
        period,
        more_document,
        press,
        masthead,
        putting_out,
        between,
        for_them,
    }
);

pub static LISTS: LazyLock<Lists> = LazyLock::new(|| Lists::read(DATA));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::entities::word_entries;

    #[test]
    fn every_section_is_read_and_every_word_can_be_found() {
        crate::loader::entities::assert_sections_are_fields(DATA, Lists::SECTIONS);
        for (section, word) in &word_entries(DATA) {
            // The probe is the token with its ASCII letters lowercased, in
            // a 24-byte buffer: a capital or a longer word never matches.
            assert!(
                !word.bytes().any(|b| b.is_ascii_uppercase()) && word.len() <= 24,
                "[{section}] {word}"
            );
        }
        assert!(LISTS.speech_verb.contains("said") && LISTS.not_a_name.contains("it’s"));
    }
}
