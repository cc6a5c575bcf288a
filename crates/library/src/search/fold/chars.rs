//! What the index's analysis asks of one char: is it part of a word, is
//! it a word of its own, and what it folds to.
//!
//! The definitions are the Unicode ones (`is_alphanumeric`, combining
//! marks, full lowercase and canonical decomposition). They cost a table
//! search or a decomposition per char, and news text is full of chars
//! that ask them: curly quotes and dashes between words, accented letters
//! in names. So the answers for the chars below U+3000 (every alphabet
//! written with spaces, and all that punctuation) are worked out once, from
//! those very definitions, and read from tables after.

use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Chars below this have their answers in the tables.
const TABLED: u32 = 0x3000;

/// Whether `c` is a word of its own (scripts written without spaces).
pub(super) fn stands_alone(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF          // Hiragana, Katakana
        | 0x31F0..=0x31FF        // Katakana phonetic extensions
        | 0x3400..=0x4DBF        // CJK extension A
        | 0x4E00..=0x9FFF        // CJK unified ideographs
        | 0xF900..=0xFAFF        // CJK compatibility ideographs
        | 0xFF66..=0xFF9F        // half-width Katakana
        | 0x20000..=0x3FFFF) // CJK extensions B and on
}

/// Whether `c` is part of a word: a letter or digit, or a combining mark
/// (which stays with the char it follows).
pub(super) fn in_word(c: char) -> bool {
    match tables().in_word.get(c as usize / 64) {
        Some(bits) => bits >> (c as u32 % 64) & 1 == 1,
        None => in_word_by_definition(c),
    }
}

fn in_word_by_definition(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The fold of one char, each folded char handed to `emit` (none for a
/// combining mark, two for `ǆ`). The one definition of folding: the index,
/// entity keys and the in-article search (the application's `tui::search`)
/// all fold through it, so `/` in the list and in the reader agree.
pub fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    match tables().fold(c) {
        Some(folded) => folded.chars().for_each(emit),
        None => fold_by_definition(c, emit),
    }
}

fn fold_by_definition(c: char, mut emit: impl FnMut(char)) {
    for d in c.to_lowercase().nfd().filter(|d| !is_combining_mark(*d)) {
        // Final sigma is only a spelling of sigma at a word's end.
        emit(if d == 'ς' { 'σ' } else { d });
    }
}

/// The fold of one char, appended to `out`: [`fold_char`], without a
/// char at a time from the tables.
#[inline]
pub(crate) fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match tables().fold(c) {
        Some(folded) => out.push_str(folded),
        None => fold_by_definition(c, |d| out.push(d)),
    }
}

struct Tables {
    /// Bit `c % 64` of word `c / 64`: [`in_word`] of `c`.
    in_word: Vec<u64>,
    /// [`fold_char`] of each char below [`TABLED`], one after another
    /// (surrogates, which are no chars, fold to nothing)...
    folds: String,
    /// ...and where each ends in it.
    fold_ends: Vec<u32>,
}

impl Tables {
    fn fold(&self, c: char) -> Option<&str> {
        let n = c as usize;
        let end = *self.fold_ends.get(n)? as usize;
        let start = match n.checked_sub(1) {
            Some(before) => *self.fold_ends.get(before)? as usize,
            None => 0,
        };
        self.folds.get(start..end)
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let chars = || (0..TABLED).map(char::from_u32);
        let mut in_word = vec![0u64; TABLED as usize / 64];
        for (n, c) in chars().enumerate() {
            if c.is_some_and(in_word_by_definition) {
                if let Some(bits) = in_word.get_mut(n / 64) {
                    *bits |= 1 << (n % 64);
                }
            }
        }
        let mut folds = String::new();
        let mut fold_ends = Vec::with_capacity(TABLED as usize);
        for c in chars() {
            if let Some(c) = c {
                fold_by_definition(c, |d| folds.push(d));
            }
            fold_ends.push(u32::try_from(folds.len()).unwrap_or(u32::MAX));
        }
        Tables {
            in_word,
            folds,
            fold_ends,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(c: char, by: fn(char, &mut String)) -> String {
        let mut s = String::new();
        by(c, &mut s);
        s
    }

    #[test]
    fn the_tables_answer_as_the_definitions_do_for_every_char() {
        // Above the tables the definitions answer themselves.
        for c in (0..TABLED + 0x100).filter_map(char::from_u32) {
            assert_eq!(in_word(c), in_word_by_definition(c), "{c:?}");
            assert_eq!(
                folded(c, |c, s| fold_char(c, |d| s.push(d))),
                folded(c, |c, s| fold_by_definition(c, |d| s.push(d))),
                "{c:?}"
            );
        }
    }

    #[test]
    fn punctuation_is_no_word_and_accents_fold_away() {
        for c in ['’', '“', '—', '\u{a0}', '«'] {
            assert!(!in_word(c), "{c:?}");
        }
        for c in ['é', 'ß', 'ł', '\u{301}', '²'] {
            assert!(in_word(c), "{c:?}");
        }
        assert_eq!(folded('É', fold_char_into), "e");
        assert_eq!(folded('İ', fold_char_into), "i");
        assert_eq!(folded('\u{301}', fold_char_into), "");
        assert_eq!(folded('ς', fold_char_into), "σ");
    }
}
