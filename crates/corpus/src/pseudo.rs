//! Invented words: pronounceable syllable strings, one per number, so the
//! vocabulary can grow past the few thousand real words the sources hold
//! (see [`super::zipf`]) without a word list.
//!
//! Word `i` has as many syllables (onset + vowel, 256 of them) as `i` has
//! digits in bijective base 256 (at least two), and spells in them a
//! shuffle of `i`'s place among the numbers of that length: a bijection
//! (odd multiplications and xor-shifts modulo 2^(8·syllables)), so that
//! neighbouring numbers do not look alike and yet two numbers never make
//! the same word. The consonant and vowel runs of a word give back its
//! syllables, so the distinct-word counts the generator is tuned to are not
//! eaten by collisions. A final consonant (a coda, picked by a hash) varies
//! the endings and changes nothing of that, since it is always the word's
//! last run.

/// Consonant onsets: 32 of them, so a syllable number splits in two.
const ONSETS: [&str; 32] = [
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
    "cr", "dr", "fr", "gr", "pr", "tr", "st", "sh", "ch", "th", "bl", "fl", "gl",
];

/// Vowel nuclei: 8, so 32 × 8 = 256 syllables.
const NUCLEI: [&str; 8] = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];

/// Word endings, mostly none.
const CODAS: [&str; 12] = ["", "", "", "", "n", "r", "s", "l", "t", "nd", "m", "ck"];

/// Which family of invented words: the same number gives unrelated words
/// in different families, so surnames and company names do not repeat the
/// common nouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Word = 0,
    Surname = 1,
    Company = 2,
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Appends invented word `i` of `family` to `out`, lowercase. Words
/// 0..65,536 have two syllables, the next 16.7 million three: the more
/// common a word (the lower its number), the shorter, as in real language.
pub(crate) fn push_word(out: &mut String, family: Family, i: usize) {
    // At least two syllables (a one-syllable word too often is a real
    // one: "ba", "to"): 65,536 words of two, then 16.7 million of three.
    let (mut len, mut place) = (2u32, i as u64);
    while len < 7 && place >> (8 * len) != 0 {
        place -= 1 << (8 * len);
        len += 1;
    }
    // Shuffle the place among the 2^(8·len) words of that length,
    // bijectively: odd multiplications and xor-shifts modulo a power of 2.
    let bits = 8 * len;
    let mask = (1u64 << bits) - 1;
    let salt = mix(family as u64 + u64::from(len));
    let mut x = place;
    x = (x.wrapping_mul(0x9E37_79B9_7F4A_7C15 | 1) ^ salt) & mask;
    x ^= x >> (bits / 2);
    x = x.wrapping_mul(0xD6E8_FEB8_6659_FD93 | 1) & mask;
    x ^= x >> (bits / 2 + 1);
    for k in (0..len).rev() {
        let s = (x >> (8 * k)) & 0xFF;
        out.push_str(ONSETS[(s % 32) as usize]);
        out.push_str(NUCLEI[(s / 32) as usize]);
    }
    let coda = mix(i as u64 ^ ((family as u64) << 56)) % CODAS.len() as u64;
    out.push_str(CODAS[coda as usize]);
}

/// Invented word `i` of `family` with a capital, as a name is written.
pub(crate) fn name(family: Family, i: usize) -> String {
    let mut word = String::with_capacity(12);
    push_word(&mut word, family, i);
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn word(i: usize) -> String {
        let mut w = String::new();
        push_word(&mut w, Family::Word, i);
        w
    }

    #[test]
    fn numbers_make_distinct_pronounceable_words() {
        let n = 200_000;
        let words: HashSet<String> = (0..n).map(word).collect();
        assert_eq!(words.len(), n, "two numbers made the same word");
        for w in words.iter().take(1000) {
            assert!(w.len() >= 4 && w.len() <= 14, "{w}");
            assert!(w.chars().all(|c| c.is_ascii_lowercase()), "{w}");
            // No more than three consonants in a row (onset + coda at most).
            let longest = w
                .split(|c| "aeiou".contains(c))
                .map(str::len)
                .max()
                .unwrap_or(0);
            assert!(longest <= 3, "{w}");
        }
        assert_ne!(word(1), word(2));
        assert_eq!(word(12_345), word(12_345));
    }

    #[test]
    fn common_words_are_shorter() {
        let mean = |r: std::ops::Range<usize>| {
            let n = r.len();
            r.map(|i| word(i).len()).sum::<usize>() as f64 / n as f64
        };
        assert!(mean(0..1000) + 1.0 < mean(100_000..101_000));
    }

    #[test]
    fn families_differ() {
        assert_ne!(name(Family::Surname, 5), name(Family::Company, 5));
        assert!(name(Family::Surname, 5).starts_with(char::is_uppercase));
    }
}
