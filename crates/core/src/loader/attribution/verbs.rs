//! The word lists attribution reads cues with: speech verbs (one list),
//! the adverbs that may stand between a speaker and the verb, titles and
//! descriptors that come before a name, and small closed classes. The
//! words live as data in `assets/lexicon/attribution.txt` (see [`lists`]);
//! all matching is ASCII-case-insensitive on one token, a hash probe with
//! no allocation, so lookups stay cheap.

mod lists;

use std::sync::LazyLock;

use crate::loader::calendar;
use crate::loader::entities::{FxMap, FxSet};

pub(in crate::loader::attribution) use lists::LISTS;

/// `word` lowercased (ASCII only, as the lists are) into `buf`; `None` when
/// it is too long to be in any list.
fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    crate::loader::ascii::lowered_into(word, buf)
}

/// Membership in a word list, case-insensitively, through the list's hash
/// set: attribution asks these questions for every token near a quote, so
/// the probe lowercases into a stack buffer rather than allocating.
fn is_in(set: &FxSet<&'static str>, word: &str) -> bool {
    let mut buf = [0u8; 24];
    lower(word, &mut buf).is_some_and(|w| set.contains(w))
}

pub fn speech_verb(word: &str) -> bool {
    is_in(&LISTS.speech_verb, word)
}

/// For verbs that only speak with a particle (`pointed out`, `went on`),
/// the particle they need; `None` for verbs that speak alone.
pub fn particle_of(word: &str) -> Option<&'static str> {
    let mut buf = [0u8; 24];
    match lower(word, &mut buf).unwrap_or("") {
        "pointed" | "points" => Some("out"),
        "went" | "goes" => Some("on"),
        "shot" => Some("back"),
        "summed" => Some("up"),
        // `as Roe put it, “…”`.
        "put" | "puts" => Some("it"),
        _ => None,
    }
}

pub fn participle(word: &str) -> bool {
    is_in(&LISTS.participle, word)
}

pub fn adverb(word: &str) -> bool {
    let lower_ly = word.len() > 4
        && word.ends_with("ly")
        && word.chars().next().is_some_and(char::is_lowercase);
    lower_ly || is_in(&LISTS.adverb, word)
}

pub fn title(word: &str) -> bool {
    is_in(&LISTS.title, word)
}

pub fn org_suffix(word: &str) -> bool {
    is_in(&LISTS.org_suffix, word)
}

/// Legal-form suffixes that only a company's name ends with (`Acme Corp`).
pub fn corporate(word: &str) -> bool {
    is_in(&LISTS.corporate, word)
}

/// What a speaker writes, standing for them: `Roe's statement said`.
pub fn document(word: &str) -> bool {
    is_in(&LISTS.document, word) || super::descriptions::document(word)
}

/// Plural nouns for groups of people who are never a name: `Critics said`.
pub fn group(word: &str) -> bool {
    is_in(&LISTS.group, word)
}

/// Plural nouns for people who speak for a body (`officials of the
/// ministry said`).
pub fn people(word: &str) -> bool {
    is_in(&LISTS.people, word)
}

pub fn org_noun(word: &str) -> bool {
    is_in(&LISTS.org_noun, word)
}

pub fn particle(word: &str) -> bool {
    is_in(&LISTS.particle, word)
}

pub fn function_word(word: &str) -> bool {
    is_in(&LISTS.function_word, word)
}

/// Verbs that put a quoted label on something (`called it “…”`).
pub fn characterises(word: &str) -> bool {
    is_in(&LISTS.characterises, word)
}

/// Verbs of judging whose `… as “…”` gives the judge's words: `X
/// characterized the attack as “…”`.
pub fn judges_as(word: &str) -> bool {
    is_in(&LISTS.judges_as, word)
}

/// Verbs of praise or blame whose object may be the quote itself: `X
/// thanked “the crews for their courage”`.
pub fn acts_on_quote(word: &str) -> bool {
    is_in(&LISTS.acts_on_quote, word)
}

/// Nouns that hold up a quoted term by name: `the hashtag “…”`. Not
/// `words` (`in her words, “…”` is speech).
pub fn naming_noun(word: &str) -> bool {
    is_in(&LISTS.naming_noun, word)
}

/// Finite auxiliaries and copulas: after a short quote they make it the
/// subject of a clause (`“COVID-19” is …`).
pub fn auxiliary(word: &str) -> bool {
    is_in(&LISTS.auxiliary, word)
}

/// Nouns for what someone said (`Roe’s response was: “…”`).
pub fn speech_noun(word: &str) -> bool {
    is_in(&LISTS.speech_noun, word)
}

/// People who speak for a body (`an Acme spokeswoman said`).
pub fn spokesperson(word: &str) -> bool {
    is_in(&LISTS.spokesperson, word)
}

/// Determiners and quantifiers that a quote may cut off: never a name.
pub fn determiner(word: &str) -> bool {
    is_in(&LISTS.determiner, word)
}

/// Prepositions that tie the name after them to what stands before.
pub fn place_preposition(word: &str) -> bool {
    is_in(&LISTS.place_preposition, word)
}

/// Common nouns whose appositive is a place (`the capital, Dover`).
pub fn place_noun(word: &str) -> bool {
    is_in(&LISTS.place_noun, word)
}

/// Nouns for works that a title in Title Case may follow: `his book “…”`.
pub fn work_noun(word: &str) -> bool {
    is_in(&LISTS.work_noun, word)
}

/// Words that introduce a title rather than speech: `a post called “…”`.
pub fn title_introducer(word: &str) -> bool {
    is_in(&LISTS.title_introducer, word)
}

/// Words after a verb that mean the clause goes on with a preposition or a
/// relative, not a descriptor: `said Klinger of the Heritage Foundation`.
pub fn clause_word(word: &str) -> bool {
    is_in(&LISTS.clause_word, word)
}

/// Roles whose holder is someone other than the people named so far: `the
/// spokesman said` is never the minister he speaks for.
pub fn anonymous_role(word: &str) -> bool {
    is_in(&LISTS.anonymous_role, word)
}

/// Nouns for a person already in the story that news style uses instead
/// of a name: `the candidate said`, `the 46-year-old said`.
pub fn person_noun(word: &str) -> bool {
    is_in(&LISTS.person_noun, word)
}

/// The `not_a_name` list with the month and weekday names in it: one
/// probe for a word instead of three (the weekdays are a list kept in
/// order, searched one by one), asked of nearly every capitalized word
/// near a quote.
static NOT_A_NAME: LazyLock<FxSet<&'static str>> = LazyLock::new(|| {
    let calendar = &*calendar::CALENDAR;
    LISTS
        .not_a_name
        .iter()
        .chain(&calendar.month)
        .chain(&calendar.weekday)
        .copied()
        .collect()
});

/// Capitalized words that are never a speaker's name.
pub fn not_a_name(word: &str) -> bool {
    is_in(&NOT_A_NAME, word)
}

/// Bits of [`classes`]: the lists a word is in, for questions that ask
/// about one word in several lists at once.
pub mod class {
    pub const NOT_A_NAME: u32 = 1;
    pub const PEOPLE: u32 = 1 << 1;
    pub const GROUP: u32 = 1 << 2;
    pub const SPEECH_VERB: u32 = 1 << 3;
}

/// Lowercase word → [`class`] bits.
static CLASSES: LazyLock<FxMap<&'static str, u32>> = LazyLock::new(|| {
    let lists: [(&FxSet<&'static str>, u32); 4] = [
        (&NOT_A_NAME, class::NOT_A_NAME),
        (&LISTS.people, class::PEOPLE),
        (&LISTS.group, class::GROUP),
        (&LISTS.speech_verb, class::SPEECH_VERB),
    ];
    let mut map = FxMap::default();
    for (set, bit) in lists {
        for &w in set {
            *map.entry(w).or_default() |= bit;
        }
    }
    map
});

/// The [`class`] bits of `word`, any ASCII case: one lowering and one
/// probe where asking each list would lower and probe once per list
/// (a name-like word is asked about four of them).
pub fn classes(word: &str) -> u32 {
    let mut buf = [0u8; 24];
    lower(word, &mut buf)
        .and_then(|w| CLASSES.get(w))
        .copied()
        .unwrap_or(0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she: a person.
    Person,
    /// it: an organisation.
    Thing,
    /// they: whoever spoke last.
    Plural,
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    let mut buf = [0u8; 24];
    match lower(word, &mut buf).unwrap_or("") {
        "he" | "she" => Some(Pronoun::Person),
        "it" => Some(Pronoun::Thing),
        "they" => Some(Pronoun::Plural),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_match_case_insensitively() {
        assert!(speech_verb("Said") && speech_verb("tweeted") && !speech_verb("walked"));
        assert!(speech_verb("revealed") && speech_verb("texted") && !speech_verb("watched"));
        assert_eq!(particle_of("pointed"), Some("out"));
        assert_eq!(particle_of("said"), None);
        assert!(participle("saying") && !participle("walking"));
        assert!(adverb("recently") && adverb("later") && adverb("quietly") && !adverb("Kelly"));
        assert!(title("President") && title("American") && !title("Klinger"));
        assert!(org_suffix("Group") && org_noun("company") && particle("van"));
        assert_eq!(pronoun("She"), Some(Pronoun::Person));
        assert_eq!(pronoun("it"), Some(Pronoun::Thing));
        assert_eq!(pronoun("Kim"), None);
    }

    #[test]
    fn not_a_name_takes_the_list_and_the_calendar() {
        let mut buf = [0u8; 24];
        let calendar = &*calendar::CALENDAR;
        let words = LISTS.not_a_name.iter().chain(&calendar.month);
        for w in words
            .chain(&calendar.weekday)
            .chain(&["Kim", "Mayor", "Sun", "It’s"])
        {
            for w in [w.to_string(), w.to_uppercase()] {
                let old = lower(&w, &mut buf).is_some_and(calendar::is_month_or_weekday)
                    || is_in(&LISTS.not_a_name, &w);
                assert_eq!(not_a_name(&w), old, "{w}");
            }
        }
        assert!(not_a_name("Sunday") && not_a_name("MAY") && !not_a_name("Kim"));
    }

    #[test]
    fn classes_answer_as_each_list() {
        let words = NOT_A_NAME.iter().chain(&LISTS.people).chain(&LISTS.group);
        let others = [
            "Kim",
            "said",
            "Officials",
            "CRITICS",
            "It’s",
            "a-very-long-word-past-24-bytes",
        ];
        for w in words.chain(&LISTS.speech_verb).chain(&others) {
            for w in [w.to_string(), w.to_uppercase()] {
                let c = classes(&w);
                assert_eq!(c & class::NOT_A_NAME != 0, not_a_name(&w), "{w}");
                assert_eq!(c & class::PEOPLE != 0, people(&w), "{w}");
                assert_eq!(c & class::GROUP != 0, group(&w), "{w}");
                assert_eq!(c & class::SPEECH_VERB != 0, speech_verb(&w), "{w}");
            }
        }
    }
}
