//! Abbreviations whose period ends no sentence (`Sen.`, `Corp.`, `Jan.`),
//! read once from `assets/lexicon/abbreviations.txt`. The loader's one
//! tokenizer ([`crate::loader::tokenizer`]) asks here whether a period
//! stays with its word, so its sentence splitter, and every stage reading
//! words through it, agree on where a sentence ends.

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

/// Whether a period right after `word` is the word's own and ends no
/// sentence: a listed abbreviation, a single capital (an initial, `J.`) or
/// a dotted initialism (`U.S.`, `A.F.L.-C.I.O.`). The one test of a
/// sentence's end by its last word, asked by the one tokenizer.
pub fn keeps_period(word: &str) -> bool {
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    let dotted = word.len() <= 16
        && super::tokenizer::has_byte(word, b'.')
        && word
            .chars()
            .all(|c| c == '.' || c == '-' || c.is_uppercase());
    initial || dotted || listed(word)
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

    #[test]
    fn initials_and_dotted_initialisms_keep_their_period_words_do_not() {
        for w in ["J", "U.S", "N.Y", "A.F.L.-C.I.O", "Sen", "etc"] {
            assert!(keeps_period(w), "{w}");
        }
        for w in ["a", "I.e.g.", "Roe", "no", "said", "ROE", "", "U.S.-based"] {
            assert!(!keeps_period(w), "{w}");
        }
    }
}
