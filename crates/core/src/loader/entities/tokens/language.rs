//! Whether a block is English, from its first words: so that foreign
//! quotes (common in Global Voices) don't make every capitalized word a
//! name. Runs on the tokens, with function words compared as integers.

use super::super::lexicon::tail_le;
use super::{bytes_of, text_of, Tok};

/// A word of up to eight bytes packed into an integer, so that a word list
/// is one integer `match` (a jump table) instead of string comparisons;
/// longer words pack to 0, which no listed word does.
const fn pack(word: &[u8]) -> u64 {
    if word.len() > 8 {
        return 0;
    }
    let mut v = 0u64;
    let mut rest = word;
    let mut shift = 0;
    while let [b, tail @ ..] = rest {
        v |= (*b as u64) << shift;
        shift += 8;
        rest = tail;
    }
    v
}

/// English function words, [`pack`]ed at compile time, in packed order
/// (so a test sees that none is listed twice).
const ENGLISH: [u64; 37] = [
    pack("be".as_bytes()),
    pack("he".as_bytes()),
    pack("we".as_bytes()),
    pack("of".as_bytes()),
    pack("an".as_bytes()),
    pack("in".as_bytes()),
    pack("on".as_bytes()),
    pack("to".as_bytes()),
    pack("or".as_bytes()),
    pack("as".as_bytes()),
    pack("is".as_bytes()),
    pack("at".as_bytes()),
    pack("it".as_bytes()),
    pack("by".as_bytes()),
    pack("and".as_bytes()),
    pack("she".as_bytes()),
    pack("the".as_bytes()),
    pack("are".as_bytes()),
    pack("her".as_bytes()),
    pack("for".as_bytes()),
    pack("has".as_bytes()),
    pack("was".as_bytes()),
    pack("his".as_bytes()),
    pack("its".as_bytes()),
    pack("not".as_bytes()),
    pack("but".as_bytes()),
    pack("you".as_bytes()),
    pack("said".as_bytes()),
    pack("were".as_bytes()),
    pack("have".as_bytes()),
    pack("with".as_bytes()),
    pack("will".as_bytes()),
    pack("from".as_bytes()),
    pack("this".as_bytes()),
    pack("that".as_bytes()),
    pack("they".as_bytes()),
    pack("which".as_bytes()),
];

/// Spanish, French, Portuguese and Russian function words, packed, in
/// packed order.
const FOREIGN: [u64; 40] = [
    pack("y".as_bytes()),
    pack("da".as_bytes()),
    pack("la".as_bytes()),
    pack("de".as_bytes()),
    pack("le".as_bytes()),
    pack("se".as_bytes()),
    pack("el".as_bytes()),
    pack("em".as_bytes()),
    pack("en".as_bytes()),
    pack("un".as_bytes()),
    pack("do".as_bytes()),
    pack("es".as_bytes()),
    pack("os".as_bytes()),
    pack("et".as_bytes()),
    pack("du".as_bytes()),
    pack("с".as_bytes()),
    pack("в".as_bytes()),
    pack("и".as_bytes()),
    pack("una".as_bytes()),
    pack("que".as_bytes()),
    pack("qui".as_bytes()),
    pack("del".as_bytes()),
    pack("com".as_bytes()),
    pack("con".as_bytes()),
    pack("por".as_bytes()),
    pack("las".as_bytes()),
    pack("des".as_bytes()),
    pack("les".as_bytes()),
    pack("los".as_bytes()),
    pack("est".as_bytes()),
    pack("para".as_bytes()),
    pack("não".as_bytes()),
    pack("pour".as_bytes()),
    pack("dans".as_bytes()),
    pack("на".as_bytes()),
    pack("не".as_bytes()),
    pack("по".as_bytes()),
    pack("как".as_bytes()),
    pack("что".as_bytes()),
    pack("это".as_bytes()),
];

/// No listed word is longer than this, in bytes.
const LONGEST_FUNCTION_WORD: usize = 6;

/// Slots in [`TABLE`]: a power of two with room enough that a
/// multiplier giving every listed word a slot of its own is found in a
/// few hundred tries.
const SLOTS: usize = 512;

/// Which list a slot's word is in, kept in the top byte of the slot (a
/// packed word has at most six bytes, so the top two are free).
const IS_ENGLISH: u64 = 1 << 56;
const IS_FOREIGN: u64 = 2 << 56;
const WORD_BITS: u64 = (1 << 56) - 1;

/// Every listed word, packed, with its list's tag.
const fn listed(i: usize) -> u64 {
    if i < ENGLISH.len() {
        ENGLISH[i] | IS_ENGLISH
    } else {
        FOREIGN[i - ENGLISH.len()] | IS_FOREIGN
    }
}

const LISTED: usize = ENGLISH.len() + FOREIGN.len();

/// The slot of a packed word under `multiplier`.
const fn slot_under(packed: u64, multiplier: u64) -> usize {
    (packed.wrapping_mul(multiplier) >> 55) as usize % SLOTS
}

/// A multiplier under which no two listed words share a slot, so a word
/// is found or not in one probe, with no branch on what the probe finds
/// (a probe loop's branches went either way at random, word by word).
/// Found by trying odd multipliers; [`TABLE`] fails to compile if a
/// change to the lists makes two words collide, and the test
/// `a_multiplier_is_found_for_the_lists` then prints a new one.
const MULTIPLIER: u64 = 0x546a_2687_d5e4_56f5;

/// Whether no two listed words share a slot under `m`.
const fn no_collision(m: u64) -> bool {
    let mut used = [false; SLOTS];
    let mut i = 0;
    while i < LISTED {
        let slot = slot_under(listed(i) & WORD_BITS, m);
        if used[slot] {
            return false;
        }
        used[slot] = true;
        i += 1;
    }
    true
}

/// Both lists in one table, each word in its own slot, built at compile
/// time.
const TABLE: [u64; SLOTS] = {
    assert!(no_collision(MULTIPLIER), "two listed words share a slot");
    let mut table = [0u64; SLOTS];
    let mut i = 0;
    while i < LISTED {
        table[slot_under(listed(i) & WORD_BITS, MULTIPLIER)] = listed(i);
        i += 1;
    }
    table
};

/// [`IS_ENGLISH`] or [`IS_FOREIGN`] for a listed packed word, else 0.
fn list_of(packed: u64) -> u64 {
    let entry = TABLE
        .get(slot_under(packed, MULTIPLIER))
        .copied()
        .unwrap_or(0);
    // A select, not a branch: an empty slot's tag is 0 as well.
    (entry & !WORD_BITS) * u64::from(entry & WORD_BITS == packed)
}

/// A word's bytes packed as [`pack`] packs them when it has at most
/// [`LONGEST_FUNCTION_WORD`] bytes, else 0 (which no listed word is).
/// Read with one eight-byte load from the text where eight bytes remain
/// from the word's start, as they do for all but a text's last words.
fn packed_short(text: &[u8], tok: &Tok) -> u64 {
    let len = tok.end.saturating_sub(tok.start);
    let short = u64::from(len <= LONGEST_FUNCTION_WORD);
    let word = match text.get(tok.start..tok.start + 8) {
        Some(eight) => {
            let eight = <[u8; 8]>::try_from(eight).map_or(0, u64::from_le_bytes);
            // The word's bytes alone; a long word's are masked out below.
            let bits = 8 * len.min(LONGEST_FUNCTION_WORD) as u32;
            eight & ((1u64 << bits) - 1)
        }
        None => {
            let w = text.get(tok.start..tok.end).unwrap_or(&[]);
            tail_le(w.get(..LONGEST_FUNCTION_WORD).unwrap_or(w))
        }
    };
    word * short
}

/// Whether a block reads as English, so that foreign-language quotes
/// (common in Global Voices) don't turn every capitalized word into a name:
/// English function words must not be outnumbered by Spanish, French,
/// Portuguese or Russian ones, and most letters must be Latin.
pub fn looks_english(text: &str, toks: &[Tok]) -> bool {
    let (mut english, mut foreign, mut latin, mut other) = (0usize, 0usize, 0usize, 0usize);
    // The first fifty words tell the language as well as all of them.
    for t in toks.iter().take(50) {
        // Bytes: the lists are matched as integers, and a `str` slice
        // would check its ends for char boundaries first.
        let w = bytes_of(text, t);
        // Counted, not branched on: whether a word is listed goes either
        // way at random.
        let list = list_of(packed_short(text.as_bytes(), t));
        english += usize::from(list == IS_ENGLISH);
        foreign += usize::from(list == IS_FOREIGN);
        // Nearly every word starts with an ASCII letter: no decoding then.
        if w.first().is_some_and(u8::is_ascii_alphabetic) {
            latin += 1;
        } else if let Some(c) = text_of(text, t).chars().find(|&c| letter(c)) {
            if c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c) {
                latin += 1;
            } else {
                other += 1;
            }
        }
    }
    other <= latin && !(foreign >= 3 && foreign > english)
}

/// `c.is_alphabetic()`, answering the scripts these articles are written
/// in (Latin, Cyrillic, Hangul, CJK) from their ranges, as the tokenizer's
/// `word_char` does: the general lookup is a table search per letter.
fn letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7f => c.is_ascii_alphabetic(),
        0xd7 | 0xf7 => false,
        0xc0..=0x24f | 0x400..=0x481 | 0x48a..=0x52f | 0xac00..=0xd7a3 | 0x4e00..=0x9fff => true,
        _ => c.is_alphabetic(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenize;
    use super::*;

    #[test]
    fn function_word_lists_are_sorted_and_fit() {
        for list in [&ENGLISH[..], &FOREIGN[..]] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
            for &p in list {
                assert!(p != 0 && p < 1 << (8 * LONGEST_FUNCTION_WORD));
            }
        }
    }

    #[test]
    fn words_pack_at_run_time_as_at_compile_time() {
        for w in ["", "y", "de", "the", "said", "which", "não", "это"] {
            assert_eq!(tail_le(w.as_bytes()), pack(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn the_table_answers_as_the_lists_do() {
        for &p in &ENGLISH {
            assert_eq!(list_of(p), IS_ENGLISH);
        }
        for &p in &FOREIGN {
            assert_eq!(list_of(p), IS_FOREIGN);
        }
        for w in [
            "", "a", "the", "ther", "los", "lo", "which", "whichx", "saiD",
        ] {
            let p = pack(w.as_bytes());
            let want = if ENGLISH.contains(&p) {
                IS_ENGLISH
            } else if FOREIGN.contains(&p) {
                IS_FOREIGN
            } else {
                0
            };
            assert_eq!(list_of(p), want, "{w}");
        }
    }

    #[test]
    fn a_multiplier_is_found_for_the_lists() {
        // What to put in MULTIPLIER if the lists change: the same search
        // that found it, from the golden ratio's by a linear congruence.
        let mut m = 0x9e37_79b9_7f4a_7c15u64;
        while !no_collision(m) {
            m = m
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407)
                | 1;
        }
        assert_eq!(m, MULTIPLIER, "set MULTIPLIER to {m:#x}");
    }

    #[test]
    fn every_listed_word_has_a_slot_of_its_own() {
        let filled = TABLE.iter().filter(|&&e| e != 0).count();
        assert_eq!(filled, LISTED);
    }

    /// Every token of `text`, packed with one load or without, is what
    /// [`pack`] makes of a short word and 0 for a longer one.
    fn assert_packs_as_pack(text: &str) {
        for t in tokenize(text) {
            let w = bytes_of(text, &t);
            let want = if w.len() <= LONGEST_FUNCTION_WORD {
                pack(w)
            } else {
                0
            };
            assert_eq!(packed_short(text.as_bytes(), &t), want, "{text:?} {t:?}");
        }
    }

    #[test]
    fn short_words_pack_with_one_load_as_pack_packs_them() {
        // Words of every length at the text's end, where fewer than eight
        // bytes remain, and in the middle; non-ASCII words too.
        for text in [
            "a",
            "I said so",
            "the end of it",
            "said which whichever",
            "Él dijo que no, pour les élèves и это",
            "не знаю, что это такое",
            "x yy zzz wwww vvvvv uuuuuu ttttttt",
        ] {
            assert_packs_as_pack(text);
        }
        for text in crate::bundled_texts::bundled_texts() {
            text.lines().for_each(assert_packs_as_pack);
        }
    }

    #[test]
    fn letter_is_is_alphabetic() {
        for c in (0..0xa000u32).filter_map(char::from_u32) {
            assert_eq!(letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn foreign_blocks_are_not_english() {
        let es = "El proyecto de ley de Identidad de Género ingresó por primera vez al Parlamento argentino de la mano";
        assert!(!looks_english(es, &tokenize(es)));
        let en = "The plan for a Gender Identity law was submitted for the first time to the Argentine Parliament by";
        assert!(looks_english(en, &tokenize(en)));
    }
}
