//! The entity finder's word lists as sets answered by integer compares.
//!
//! Nearly every word the finder asks its lists about is a few bytes long
//! (`said`, `the`, `of`, `Inc`), and asking an `FxSet<&str>` hashed the
//! bytes, then called `memcmp` on the candidate it found: the compare cost
//! more than the word. A word of up to seven bytes is packed into one
//! integer, with its length in the top byte, and looked up in an
//! open-addressed table of such integers, so a probe is a multiply, a
//! shift and a few integer compares. Longer words keep the hash set.
//!
//! The table is built so that every word sits within [`WINDOW`] slots of
//! the slot it hashes to, and a lookup compares the whole window at once:
//! a probe loop that stopped at the word, at an empty slot or went on
//! branched on what it found, and that went either way at random.

use super::{tail_le, FxSet};

/// The longest word packed into the table; the top byte holds its length.
const SHORT: usize = 7;

/// Slots compared per lookup: every word is at most this many slots
/// minus one past the slot it hashes to. Eight: with four, linear
/// probing left some word of a list of hundreds further away unless the
/// table had over ten slots per word.
const WINDOW: usize = 8;

/// A list of words, probed exactly as written (case-sensitive).
#[derive(Clone, Default)]
pub struct WordSet {
    /// Packed short words, open addressing, 0 an empty slot (never a
    /// packed word: the length byte has its high bit set): a power of two
    /// of home slots, at least twice the words, and [`WINDOW`] `- 1` more
    /// so that no window wraps.
    short: Vec<u64>,
    /// How far a packed word's product is shifted to index `short`.
    shift: u32,
    /// Words longer than [`SHORT`] bytes.
    long: FxSet<&'static str>,
    /// Every word once, for the few lists read in full.
    words: Vec<&'static str>,
}

/// A short word (at most [`SHORT`] bytes) as one nonzero integer: its
/// bytes little-endian, its length and a set high bit in the top byte,
/// so two words pack alike exactly when they are equal.
fn pack(word: &[u8]) -> u64 {
    tail_le(word) | ((0x80 | word.len() as u64) << 56)
}

impl WordSet {
    /// Whether `word` is listed, as written.
    #[inline]
    pub fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        let word = word.as_ref();
        if word.len() > SHORT {
            return !self.long.is_empty() && self.long.contains(word);
        }
        let key = pack(word.as_bytes());
        let slot = self.slot(key);
        // `|`, not `||`: the window is compared whole, with no branch.
        self.short
            .get(slot..slot + WINDOW)
            .is_some_and(|window| window.iter().fold(false, |hit, &e| hit | (e == key)))
    }

    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// Every word, each once, in no particular order.
    pub fn iter(&self) -> std::slice::Iter<'_, &'static str> {
        self.words.iter()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// This empty table with every short word of `words` in it, or `None`
    /// when one would land a window or more past its slot.
    fn filled(mut self, words: &[&'static str]) -> Option<WordSet> {
        for w in words.iter().filter(|w| w.len() <= SHORT) {
            let key = pack(w.as_bytes());
            let home = self.slot(key);
            let window = self.short.get_mut(home..home + WINDOW)?;
            let free = window.iter().position(|&e| e == 0 || e == key)?;
            window[free] = key;
        }
        Some(self)
    }
}

impl From<FxSet<&'static str>> for WordSet {
    fn from(set: FxSet<&'static str>) -> Self {
        let words: Vec<&'static str> = set.into_iter().collect();
        let short_words = words.iter().filter(|w| w.len() <= SHORT).count();
        let mut size = (2 * short_words).next_power_of_two().max(2);
        let long = words.iter().filter(|w| w.len() > SHORT).copied().collect();
        // Doubled until every word lands within a window of its slot:
        // for the lexicon's lists, at most twice.
        let mut table = loop {
            let table = WordSet {
                short: vec![0; size + WINDOW - 1],
                shift: 64 - size.trailing_zeros(),
                long: FxSet::default(),
                words: Vec::new(),
            };
            if let Some(table) = table.filled(&words) {
                break table;
            }
            size *= 2;
        };
        table.long = long;
        table.words = words;
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(words: &[&'static str]) -> WordSet {
        WordSet::from(words.iter().copied().collect::<FxSet<_>>())
    }

    #[test]
    fn answers_as_a_hash_set() {
        let listed = [
            "of", "the", "Inc", "said", "seven7", "sevenXY", "eightchr", "Mr.", "’s", "é", "a",
        ];
        let s = set(&listed);
        assert_eq!(s.len(), listed.len());
        for w in listed {
            assert!(s.contains(w), "{w}");
        }
        for w in [
            "",
            "o",
            "The",
            "of ",
            "sevenX",
            "sevenXYZ",
            "eightch",
            "eightchrs",
            "Mr",
            "é’",
            "b",
            "the\0",
        ] {
            assert!(!s.contains(w), "{w:?}");
        }
        let empty = set(&[]);
        assert!(!empty.contains("") && !empty.contains("of") && !empty.contains("eightchr"));
        assert_eq!(empty.len(), 0);
    }

    /// Every word of every list the finder reads, and each with a letter
    /// taken off or added: the table answers as the set it was made from.
    #[test]
    fn every_listed_word_answers_as_its_set() {
        let data = [
            include_str!("../../../../assets/lexicon/words.txt"),
            include_str!("../../../../assets/lexicon/kinds.txt"),
            include_str!("../../../../assets/lexicon/names.txt"),
        ];
        let mut asked = 0;
        for text in data {
            let sets = super::super::sections::sets(text);
            let all: Vec<&str> = sets.values().flatten().copied().collect();
            for hashed in sets.values() {
                let packed = WordSet::from(hashed.clone());
                assert_eq!(packed.len(), hashed.len());
                for w in &all {
                    let shorter = w.get(..w.len().saturating_sub(1)).unwrap_or("");
                    let longer = format!("{w}s");
                    for q in [*w, shorter, longer.as_str()] {
                        assert_eq!(packed.contains(q), hashed.contains(q), "{q:?}");
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked > 10_000, "{asked}");
    }

    /// The windows stay small tables: no list needs its table doubled
    /// more than twice past twice its words.
    #[test]
    fn tables_stay_within_eight_slots_per_word() {
        let data = [
            include_str!("../../../../assets/lexicon/words.txt"),
            include_str!("../../../../assets/lexicon/kinds.txt"),
            include_str!("../../../../assets/lexicon/names.txt"),
        ];
        for text in data {
            for hashed in super::super::sections::sets(text).values() {
                let short = hashed.iter().filter(|w| w.len() <= SHORT).count();
                let packed = WordSet::from(hashed.clone());
                let slots = packed.short.len() - (WINDOW - 1);
                assert!(slots <= 8 * short.max(1), "{slots} slots for {short} words");
            }
        }
    }
}
