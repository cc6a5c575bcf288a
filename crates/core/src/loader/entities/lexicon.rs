//! The entity finder's word lists and gazetteer, parsed once from the data
//! files under `assets/` (embedded at build time) into hash sets and maps.
//!
//! Keeping the words as data in one place lets them grow without touching
//! the rules; every lookup is a hash probe on a borrowed `&str`.

use std::sync::LazyLock;

mod cuts;
mod keys;
pub(super) mod sections;
mod wordset;

pub use cuts::phrase_key_cuts;
pub(super) use keys::tail_le;
pub use keys::{lower, phrase_key, phrase_key_small, splits_key, FxMap, FxSet, WordKey};
pub use wordset::WordSet;

const WORDS: &str = include_str!("../../../assets/lexicon/words.txt");
const PLACES: &str = include_str!("../../../assets/gazetteer/places.txt");
const DEMONYMS: &str = include_str!("../../../assets/gazetteer/demonyms.txt");

/// The longest place or demonym, in words, so phrase lookups stay bounded.
pub const MAX_PHRASE_WORDS: usize = 5;

/// Bits of [`Lexicon::word_flags`]: which lowercase lists a word is in,
/// so a name's word is looked up once and then tested bit by bit.
pub mod flag {
    pub const STOP: u32 = 1;
    pub const TITLE: u32 = 1 << 1;
    pub const MODIFIER: u32 = 1 << 2;
    pub const FIRST_NAME: u32 = 1 << 3;
    pub const ORG_CUE: u32 = 1 << 4;
    pub const PLACE_CUE: u32 = 1 << 5;
    pub const OTHER_CUE: u32 = 1 << 6;
    pub const PLACE_FIRST: u32 = 1 << 7;
    pub const SOFT_STOP: u32 = 1 << 8;
    /// The first word of a place or demonym of several words: without
    /// it, a place that starts with the word is that word alone.
    pub const PLACE_MULTI: u32 = 1 << 9;
    /// A place or demonym of this one word: without it, the word alone
    /// names none.
    pub const PLACE_ALONE: u32 = 1 << 10;
    pub const CUE: u32 = ORG_CUE | PLACE_CUE | OTHER_CUE;
}

/// All word lists, keyed as the data file's `[section]`s.
pub struct Lexicon {
    /// Never names, compared lowercased.
    pub stop: WordSet,
    /// Never names, compared as written (`TV`, `I`).
    pub stop_exact: WordSet,
    /// The longest of them in bytes: a longer word needs no lookup.
    pub stop_exact_longest: usize,
    /// Stop words that may continue a name after a given name (`Theresa May`).
    pub soft_stop: WordSet,
    pub title: WordSet,
    pub title_modifier: WordSet,
    pub role: WordSet,
    pub speech: WordSet,
    pub first_name: WordSet,
    /// Given names borne mostly by women, and by men (lowercase), so a
    /// pronoun of the other kind is not read as them.
    pub feminine_name: WordSet,
    pub masculine_name: WordSet,
    pub particle: WordSet,
    pub connector: WordSet,
    pub suffix: WordSet,
    pub org_cue: WordSet,
    pub place_cue: WordSet,
    pub other_cue: WordSet,
    pub org_name: WordSet,
    pub other_name: WordSet,
    /// Common words that a capital alone does not make a name.
    pub common: WordSet,
    /// Nationalities, languages, faiths and ethnic groups with no country of
    /// their own (`Swahili`, `Sunni`): never people, no entity alone.
    pub group: WordSet,
    /// Plural and collective nouns that speak but name nobody (`experts`).
    pub group_plural: WordSet,
    /// Number words ending a series or season name (`Season Two`).
    pub number_word: WordSet,
    /// Several-word names that are indices, licences or page furniture
    /// (`dow jones`, `rights reserved`), lowercased, one space apart.
    pub other_phrase: WordSet,
    /// Page furniture in capitals that names nothing (`rights reserved`).
    pub furniture_phrase: WordSet,
    /// Several-word organisations shaped like people (`goldman sachs`),
    /// lowercased, one space apart.
    pub org_phrase: WordSet,
    /// First words that make a name an organisation (`caja`, `banco`).
    pub org_first: WordSet,
    /// Lowercase nouns right before a name that make it an organisation.
    pub org_noun: WordSet,
    /// People one word names (`Stalin`), case-sensitive.
    pub person_name: WordSet,
    /// Lowercased place phrase (`north korea`, `u.s.`) → canonical name.
    pub places: FxMap<String, &'static str>,
    /// Lowercase word → [`flag`] bits, keyed inline so a lookup needs no
    /// `&str` of the lowered word.
    pub word_flags: FxMap<WordKey, u32>,
    /// Lowercased demonym phrase (`north korean`) → canonical place.
    pub demonyms: FxMap<String, &'static str>,
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

impl Lexicon {
    /// The [`flag`] bits of a word, any case.
    pub fn flags(&self, word: &str) -> u32 {
        self.flags_keyed(word, &WordKey::lowered(word))
    }

    /// [`Lexicon::flags`] with the word's `WordKey::lowered` key already
    /// built (the capitals pass builds it for its own map).
    pub fn flags_keyed(&self, word: &str, key: &WordKey) -> u32 {
        match self.word_flags.get(key) {
            Some(&f) => f,
            // `Jéssica`, `Nicolás` written with or without accents: a given
            // name is one however it is accented.
            // Nothing to take off (`don’t`): the same key, the same miss.
            None if !word.is_ascii() && !nfd_unchanged(word) => {
                let plain = unaccented(word);
                self.word_flags
                    .get(&WordKey::lowered(&plain))
                    .map_or(0, |&f| f & flag::FIRST_NAME)
            }
            None => 0,
        }
    }
}

/// Whether `word` is its own NFD with no combining mark in it: then taking
/// accents off changes nothing, and the decomposer and its copy can be
/// skipped. Most non-ASCII words only hold a curly apostrophe or dash.
pub fn nfd_unchanged(word: &str) -> bool {
    use unicode_normalization::char::{
        canonical_combining_class, decompose_canonical, is_combining_mark,
    };
    word.chars().all(|c| {
        if c.is_ascii() {
            return true;
        }
        let mut same = true;
        decompose_canonical(c, |d| same &= d == c);
        same && canonical_combining_class(c) == 0 && !is_combining_mark(c)
    })
}

/// `word` with its accents taken off (`Jéssica` → `Jessica`).
fn unaccented(word: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    word.nfd().filter(|&c| !is_combining_mark(c)).collect()
}

fn build() -> Lexicon {
    let places = phrase_map(PLACES);
    let demonyms = phrase_map(DEMONYMS);
    let mut sections = sections::sets(WORDS);
    let mut take = |name: &str| WordSet::from(sections.remove(name).unwrap_or_default());
    let mut lex = Lexicon {
        stop: take("stop"),
        stop_exact: take("stop_exact"),
        stop_exact_longest: 0,
        soft_stop: take("soft_stop"),
        title: take("title"),
        title_modifier: take("title_modifier"),
        role: take("role"),
        speech: take("speech"),
        first_name: take("first_name"),
        feminine_name: take("feminine_name"),
        masculine_name: take("masculine_name"),
        particle: take("particle"),
        connector: take("connector"),
        suffix: take("suffix"),
        org_cue: take("org_cue"),
        place_cue: take("place_cue"),
        other_cue: take("other_cue"),
        org_name: take("org_name"),
        other_name: take("other_name"),
        common: take("common"),
        group: take("group"),
        group_plural: take("group_plural"),
        number_word: take("number_word"),
        other_phrase: take("other_phrase"),
        furniture_phrase: take("furniture_phrase"),
        org_phrase: take("org_phrase"),
        org_first: take("org_first"),
        org_noun: take("org_noun"),
        person_name: take("person_name"),
        places,
        demonyms,
        word_flags: FxMap::default(),
    };
    let mut flags: FxMap<WordKey, u32> = FxMap::default();
    let lists: [(&WordSet, u32); 8] = [
        (&lex.stop, flag::STOP),
        (&lex.title, flag::TITLE),
        (&lex.title_modifier, flag::MODIFIER),
        (&lex.first_name, flag::FIRST_NAME),
        (&lex.org_cue, flag::ORG_CUE),
        (&lex.place_cue, flag::PLACE_CUE),
        (&lex.other_cue, flag::OTHER_CUE),
        (&lex.soft_stop, flag::SOFT_STOP),
    ];
    let place_keys = lex.places.len() + lex.demonyms.len();
    let words = lists.iter().map(|(set, _)| set.len()).sum::<usize>() + place_keys;
    flags.reserve(words);
    for (set, bit) in lists {
        for w in set.iter() {
            *flags.entry(WordKey::new(w)).or_default() |= bit;
        }
    }
    // The first words of places and demonyms, to skip phrase lookups
    // early, flagged straight from the keys just made: a set of them, each
    // word copied into its own `String` first, was built only for this.
    for key in lex.places.keys().chain(lex.demonyms.keys()) {
        let mut words = key.split(' ');
        let first = words.next().unwrap_or("");
        let bits = match words.next() {
            Some(_) => flag::PLACE_FIRST | flag::PLACE_MULTI,
            None => flag::PLACE_FIRST | flag::PLACE_ALONE,
        };
        *flags.entry(WordKey::new(first)).or_default() |= bits;
    }
    lex.word_flags = flags;
    lex.stop_exact_longest = lex.stop_exact.iter().map(|w| w.len()).max().unwrap_or(0);
    lex
}

/// `Canonical|variant|…` lines → every form (canonical included) lowercased.
fn phrase_map(data: &'static str) -> FxMap<String, &'static str> {
    // About two forms a line: sized once instead of regrown at every start.
    let mut map = FxMap::with_capacity_and_hasher(2 * data.lines().count(), Default::default());
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut forms = line.split('|').map(str::trim);
        let Some(canonical) = forms.next() else {
            continue;
        };
        map.insert(phrase_key(canonical), canonical);
        for form in forms.filter(|f| !f.is_empty()) {
            map.insert(phrase_key(form), canonical);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_left_as_it_is_only_when_unaccenting_keeps_it() {
        for w in ["don’t", "Trump’s", "—", "Roe", "«Kim»"] {
            assert!(nfd_unchanged(w), "{w}");
            assert_eq!(unaccented(w), w);
        }
        // Precomposed and combining accents, Hangul, a singleton
        // decomposition (the ohm sign is omega).
        for w in ["Jéssica", "Je\u{301}ssica", "한국", "\u{2126}", "Nicolás"] {
            assert!(!nfd_unchanged(w), "{w}");
            assert_ne!(unaccented(w), w);
        }
    }

    #[test]
    fn sections_and_gazetteer_load() {
        let lex = &*LEXICON;
        assert!(lex.stop.contains("however"));
        assert!(lex.title.contains("president"));
        assert!(lex.first_name.contains("bruce"));
        // A given name is one with or without its accents.
        assert_ne!(lex.flags("Jéssica") & flag::FIRST_NAME, 0);
        assert_eq!(lex.flags("Jéssicà") & flag::STOP, 0);
        assert!(lex.org_cue.contains("foundation"));
        assert_eq!(lex.places.get("u.s."), Some(&"United States"));
        assert_eq!(lex.places.get("north korea"), Some(&"North Korea"));
        assert_eq!(lex.demonyms.get("north korean"), Some(&"North Korea"));
        assert_eq!(phrase_key("Kim  Jong-Un’s"), "kim jong un's");
        for phrase in [
            "Kim  Jong-Un's",
            " -North Korea- ",
            "U.S.",
            "",
            "Ab\tC\nD",
            "Jong-Un’s",
        ] {
            assert_eq!(
                phrase_key_small(phrase).as_str(),
                phrase_key(phrase),
                "{phrase:?}"
            );
        }
    }

    #[test]
    fn one_word_people_are_no_place_or_company() {
        // `Darwin` is a city and `Kohl's` a store: a name the lexicon knows
        // as a person must not be one of its places or organisations too.
        let lex = &*LEXICON;
        for name in lex.person_name.iter() {
            assert!(!lex.places.contains_key(&phrase_key(name)), "{name}");
            assert!(!lex.org_name.contains(name), "{name}");
            assert!(!lex.other_name.contains(name), "{name}");
        }
    }

    /// A word is flagged as a place's first word exactly when a place or
    /// demonym key starts with it.
    #[test]
    fn place_first_words_are_the_keys_first_words() {
        let lex = &*LEXICON;
        let firsts: std::collections::HashSet<&str> = lex
            .places
            .keys()
            .chain(lex.demonyms.keys())
            .map(|k| k.split(' ').next().unwrap())
            .collect();
        for first in &firsts {
            assert_ne!(lex.flags(first) & flag::PLACE_FIRST, 0, "{first}");
        }
        let flagged = lex
            .word_flags
            .iter()
            .filter(|(_, &f)| f & flag::PLACE_FIRST != 0)
            .count();
        assert_eq!(flagged, firsts.len());
    }

    /// `PLACE_MULTI` marks exactly the first words of the phrases of
    /// several words, `PLACE_ALONE` exactly the phrases of one word, and
    /// both only words that start a place at all.
    #[test]
    fn multi_word_places_mark_their_first_words() {
        let lex = &*LEXICON;
        let firsts: std::collections::HashSet<&str> = lex
            .places
            .keys()
            .chain(lex.demonyms.keys())
            .filter_map(|k| k.split_once(' ').map(|(first, _)| first))
            .collect();
        for first in &firsts {
            assert_ne!(lex.flags(first) & flag::PLACE_MULTI, 0, "{first}");
        }
        for &f in lex.word_flags.values() {
            assert!(f & (flag::PLACE_MULTI | flag::PLACE_ALONE) == 0 || f & flag::PLACE_FIRST != 0);
        }
        let alone = lex
            .places
            .keys()
            .chain(lex.demonyms.keys())
            .filter(|k| !k.contains(' '))
            .inspect(|k| assert_ne!(lex.flags(k) & flag::PLACE_ALONE, 0, "{k}"))
            .collect::<std::collections::HashSet<_>>();
        let flagged = lex
            .word_flags
            .values()
            .filter(|&&f| f & flag::PLACE_ALONE != 0)
            .count();
        assert_eq!(flagged, alone.len());
        let flagged = lex
            .word_flags
            .values()
            .filter(|&&f| f & flag::PLACE_MULTI != 0)
            .count();
        assert_eq!(flagged, firsts.len());
    }

    #[test]
    fn phrases_fit_the_lookup_window() {
        let lex = &*LEXICON;
        for key in lex.places.keys().chain(lex.demonyms.keys()) {
            assert!(key.split(' ').count() <= MAX_PHRASE_WORDS, "{key}");
        }
    }
}
