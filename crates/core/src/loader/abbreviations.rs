//! Abbreviations whose period ends no sentence (`Sen.`, `Corp.`, `Jan.`),
//! read once from `assets/lexicon/abbreviations.txt`. The loader's one
//! tokenizer ([`crate::loader::tokenizer`]) asks here whether a period
//! stays with its word, so its sentence splitter, and every stage reading
//! words through it, agree on where a sentence ends.

use std::sync::LazyLock;

use crate::loader::entities::{word_sets, FxSet};

const DATA: &str = include_str!("../../assets/lexicon/abbreviations.txt");

/// Every section's words in one set: the sections only order the file.
static LISTED: LazyLock<Listed> = LazyLock::new(|| {
    let words: FxSet<&'static str> = word_sets(DATA).into_values().flatten().collect();
    let mut first = [false; 256];
    for w in &words {
        if let Some(slot) = w.bytes().next().and_then(|b| first.get_mut(usize::from(b))) {
            *slot = true;
        }
    }
    let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
    Listed {
        words,
        first,
        longest,
    }
});

/// The listed words, with what a word must share with one of them to be
/// worth hashing: every word a period follows is asked about, and most
/// (`said.`, `year.`) fail on their length or first byte.
struct Listed {
    words: FxSet<&'static str>,
    /// Whether some listed word starts with this byte.
    first: [bool; 256],
    longest: usize,
}

/// Every listed abbreviation, for the tests of each reader of the list.
#[cfg(test)]
pub fn all() -> impl Iterator<Item = &'static str> {
    LISTED.words.iter().copied()
}

/// Whether `word`, its period left off, is a listed abbreviation, exactly
/// as written there (`Sen`, `etc`, `U.S`).
pub fn listed(word: &str) -> bool {
    let listed = &*LISTED;
    word.len() <= listed.longest
        && word
            .bytes()
            .next()
            .is_some_and(|b| listed.first.get(usize::from(b)) == Some(&true))
        && listed.words.contains(word)
}

/// Whether a period right after `word` is the word's own and ends no
/// sentence: a listed abbreviation, a single capital (an initial, `J.`) or
/// a dotted initialism (`U.S.`, `A.F.L.-C.I.O.`). The one test of a
/// sentence's end by its last word, asked by the one tokenizer.
pub fn keeps_period(word: &str) -> bool {
    // A lowercase ASCII start is neither an initial nor in a dotted
    // initialism: only the list can keep the period, and it is asked
    // first by its cheap tests.
    if word.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) {
        return listed(word);
    }
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

    /// The length and first-byte filters only skip the hash: every listed
    /// word passes them, and `listed` answers as the set does for words
    /// around them.
    #[test]
    fn the_filters_before_the_set_change_no_answer() {
        for w in all() {
            assert!(listed(w), "{w}");
            assert!(keeps_period(w), "{w}");
            for other in [
                w.to_lowercase(),
                w.to_uppercase(),
                format!("{w}x"),
                format!("x{w}"),
            ] {
                assert_eq!(
                    listed(&other),
                    LISTED.words.contains(other.as_str()),
                    "{other}"
                );
            }
        }
        for w in [
            "e.g", "i.e", "etc", "vs", "v", "approx", "Approx", "é", "É", "x.y",
        ] {
            assert_eq!(listed(w), LISTED.words.contains(w), "{w}");
        }
    }
}
