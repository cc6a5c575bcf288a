//! The words around a name or inside a handle that say what it is or
//! whether it is one at all (function words, directions, posting verbs,
//! handle parts, modifiers after a hyphen), read once from
//! `assets/lexicon/names.txt` (embedded at build time), so a word is added
//! there rather than in the rules of [`names`](super).

use std::sync::LazyLock;

use crate::loader::entities::word_lists;

const DATA: &str = include_str!("../../../../assets/lexicon/names.txt");

word_lists!(
    sets crate::loader::entities::lexicon::WordSet;
    /// One list per `[section]` of the data file, named as the section:
    /// sets for the words probed exactly, the handle parts in file order
    /// (each is looked for inside a handle).
    pub(in crate::loader::entities) struct NameWords {
        function_word,
        direction,
        posting,
        posting_verb,
        hyphen_adjective,
        topic_head,
    }
    in_order {
        group_part,
    }
);

pub(in crate::loader::entities) static NAME_WORDS: LazyLock<NameWords> =
    LazyLock::new(|| NameWords::read(DATA));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_read_and_none_is_empty() {
        crate::loader::entities::assert_sections_are_fields(DATA, NameWords::SECTIONS);
        assert!(NAME_WORDS.function_word.contains("somebody"));
        assert!(NAME_WORDS.group_part.contains(&"news"));
    }
}
