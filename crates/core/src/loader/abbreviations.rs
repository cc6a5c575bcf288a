//! Abbreviations whose period ends no sentence (`Sen.`, `Corp.`, `Jan.`),
//! read once from `assets/lexicon/abbreviations.txt`. Every tokenizer and
//! sentence splitter of the loader asks here, so they cannot disagree on
//! where a sentence ends: attribution's window tokenizer, the entity
//! finder's tokenizer and the derived headline's first sentence.

use std::sync::LazyLock;

use crate::loader::entities::{word_sets, FxSet};

const DATA: &str = include_str!("../../assets/lexicon/abbreviations.txt");

/// Every section's words in one set: the sections only order the file.
static LISTED: LazyLock<FxSet<&'static str>> =
    LazyLock::new(|| word_sets(DATA).into_values().flatten().collect());

/// Every listed abbreviation, for the tests of each reader of the list.
#[cfg(test)]
pub fn all() -> impl Iterator<Item = &'static str> {
    LISTED.iter().copied()
}

/// Whether `word`, its period left off, is a listed abbreviation, exactly
/// as written there (`Sen`, `etc`, `U.S`).
pub fn listed(word: &str) -> bool {
    LISTED.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_months_and_firms_are_listed_as_written() {
        for w in [
            "Sen", "Mr", "Adm", "Corp", "Jan", "Sept", "etc", "U.S", "No",
        ] {
            assert!(listed(w), "{w}");
        }
        for w in ["no", "said", "SEN", "sen", "Roe", ""] {
            assert!(!listed(w), "{w}");
        }
    }
}
