//! Canonical composition (NFC) of the text entering the loader.
//!
//! Some systems write accents as a base letter plus a combining mark
//! (`Jose\u{301}`, NFD); others precompose them (`José`). Read apart, the
//! two spellings of one name would be two words to every later stage, and
//! a combining mark, not being a letter, would cut a name in two. Composing
//! once here makes both spellings the same text, so every offset `dump`
//! reports refers to the composed text. Marks with no precomposed form
//! survive composition; the word tests keep them inside their word.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `text` in NFC; text already composed (nearly all of it) is returned as
/// is, after one quick check, without copying.
pub fn nfc(text: String) -> String {
    crate::loader::work::tick(text.len());
    if surely_composed(text.as_bytes()) || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text;
    }
    text.nfc().collect()
}

/// Whether every char is below U+0300, Greek (U+0370..U+03FF but three
/// that decompose, U+0374, U+037E, U+0387), Cyrillic (U+0400..U+04FF but
/// its combining marks), in U+2002..U+20BF (curly quotes, dashes,
/// ellipses, currency signs), a mathematical operator (U+2200..U+22FF) or
/// a Hangul syllable (U+AC00..U+D77F): such chars never change under NFC
/// and never combine with a char before them (a syllable composes only
/// with a following jamo, which is not in the list), and they are nearly
/// all of a news text, so the exact check, a table look-up per char, runs
/// only for other scripts. Korean and Greek were a third of the loader's
/// NFC work on a generated corpus.
fn surely_composed(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(at) = next_high(bytes, i) {
        i = at;
        let second = bytes.get(i + 1).copied().unwrap_or(0);
        let third = bytes.get(i + 2).copied().unwrap_or(0);
        let len = match (bytes.get(i).copied().unwrap_or(0), second) {
            // Greek; U+0340..U+036F are combining marks.
            (0xcd, s) if s >= 0xb0 && s != 0xb4 && s != 0xbe => 2,
            (0xce, s) if s != 0x87 => 2,
            (0xcf, _) => 2,
            // Cyrillic; U+0483..U+0489 are combining marks.
            (0xd0 | 0xd1 | 0xd3, _) => 2,
            (0xd2, s) if !(0x83..=0x89).contains(&s) => 2,
            // U+2000 and U+2001 alone here decompose (to U+2002, U+2003).
            (0xe2, 0x80) if third > 0x81 => 3,
            (0xe2, 0x81 | 0x82) => 3,
            // Mathematical operators.
            (0xe2, 0x88..=0x8b) => 3,
            // Hangul syllables U+AC00..U+D77F (the last few, to U+D7A3,
            // take the exact check).
            (0xea, 0xb0..) | (0xeb | 0xec, _) | (0xed, ..=0x9d) => 3,
            _ => return false,
        };
        i += len;
    }
    true
}

/// The first index from `from` of a byte of 0xCC or above. Bytes below
/// are ASCII, continuation bytes or lead bytes of U+0080..U+02FF: skipped
/// eight at a time (a byte-by-byte search cost ~5 instructions a byte).
fn next_high(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    const OFFSET: u64 = u64::from_le_bytes([0x34; 8]);
    let mut chunks = bytes.get(from..)?.chunks_exact(8);
    let mut base = from;
    for c in chunks.by_ref() {
        let x = c.try_into().map_or(0, u64::from_le_bytes);
        // A byte is 0xCC or above when its high bit is set and its low
        // seven bits plus 0x34 reach 0x80 (no carry leaves a byte).
        let high = ((x & !HIGH) + OFFSET) & x & HIGH;
        if high != 0 {
            return Some(base + (high.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b >= 0xcc)
        .map(|i| base + i)
}

/// A combining mark: it belongs to the word of the letter before it.
pub fn is_mark(c: char) -> bool {
    !c.is_ascii() && unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast answer never says yes where the exact one would not (nor
    /// where NFC would change the text), for every char alone and after a
    /// letter, over the ranges the fast path names and their neighbours.
    #[test]
    fn surely_composed_agrees_with_the_exact_check() {
        let ranges = [0..0x600u32, 0x1100..0x1200, 0x2000..0x2400, 0xac00..0xd800];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            for text in [c.to_string(), format!("a{c}"), format!("{c}\u{301}")] {
                if surely_composed(text.as_bytes()) {
                    assert_eq!(
                        is_nfc_quick(text.chars()),
                        IsNormalized::Yes,
                        "{:?}",
                        text.escape_unicode().to_string()
                    );
                    assert_eq!(text.nfc().collect::<String>(), text);
                }
            }
        }
    }

    #[test]
    fn next_high_finds_the_first_high_byte_from_anywhere() {
        let mut bytes: Vec<u8> = (0..=255u8).collect();
        bytes.extend("plain prose, then Jose\u{301} and more, 한국 ∞ ξ".as_bytes());
        for from in 0..=bytes.len() + 1 {
            let slow = bytes
                .get(from..)
                .and_then(|r| r.iter().position(|&b| b >= 0xcc))
                .map(|i| from + i);
            assert_eq!(next_high(&bytes, from), slow, "from {from}");
        }
    }

    #[test]
    fn decomposed_text_is_composed_and_composed_text_kept() {
        assert_eq!(nfc("Jose\u{301} Marti\u{301}nez".into()), "José Martínez");
        assert_eq!(nfc("José Martínez".into()), "José Martínez");
        assert_eq!(nfc("plain".into()), "plain");
        // No precomposed form for u with macron and acute: the acute stays.
        assert_eq!(nfc("Mu\u{304}\u{301}nez".into()), "M\u{16b}\u{301}nez");
        assert!(surely_composed("“Café” — ‘naïve’…".as_bytes()));
        assert!(!surely_composed("Jose\u{301}".as_bytes()));
        assert!(surely_composed("한국 ξ ∞ ϒ".as_bytes()));
        // U+0374 and U+037E decompose; a jamo may join the syllable before.
        assert!(!surely_composed("\u{374}".as_bytes()));
        assert!(!surely_composed("\u{37e}".as_bytes()));
        assert!(!surely_composed("\u{387}".as_bytes()));
        assert!(!surely_composed("가\u{11a8}".as_bytes()));
        assert!(!surely_composed("\u{4e00}".as_bytes()));
        assert!(surely_composed("Москва €5".as_bytes()));
        assert!(!surely_composed("и\u{306}".as_bytes()));
        assert!(!surely_composed("\u{483}".as_bytes()));
        assert!(!surely_composed("a\u{2000}b".as_bytes()));
        assert_eq!(nfc("a\u{2000}b".into()), "a\u{2002}b");
        assert!(is_mark('\u{301}'));
        assert!(!is_mark('e'));
    }

    /// The speaker of the article's quote, and the entity names.
    fn read(name: &str, surname: &str) -> (Option<String>, Vec<String>) {
        let text = format!(
            "Vote count begins\n\n“We will win the vote in the end,” said {name}, a lawyer.\n\n\
             {surname} spoke in Madrid on Monday, and {name} left.\n"
        );
        let a = crate::loader::parse("accents.txt", &text);
        // Offsets are char offsets into the composed block text.
        for e in &a.entities {
            for p in &e.positions {
                let block: Vec<char> = a.blocks[p.block].text.chars().collect();
                let at: String = block[p.start..p.end].iter().collect();
                assert!(
                    e.name.ends_with(&at) || e.aliases.contains(&at),
                    "{at} in {e:?}"
                );
            }
        }
        let speaker = a.quotes.first().and_then(|q| q.speaker.clone());
        (speaker, a.entities.into_iter().map(|e| e.name).collect())
    }

    #[test]
    fn every_accent_form_gives_the_same_speaker_and_entity() {
        let forms = [
            // Precomposed, decomposed, and mixed.
            ("José Martínez", "Martínez", "José Martínez"),
            (
                "Jose\u{301} Marti\u{301}nez",
                "Marti\u{301}nez",
                "José Martínez",
            ),
            ("José Marti\u{301}nez", "Martínez", "José Martínez"),
            // u with macron and acute has no precomposed form: whichever way
            // it is written, the acute survives NFC inside the word.
            (
                "Jose\u{301} Mu\u{304}\u{301}nez",
                "Mu\u{304}\u{301}nez",
                "José M\u{16b}\u{301}nez",
            ),
            (
                "José M\u{16b}\u{301}nez",
                "M\u{16b}\u{301}nez",
                "José M\u{16b}\u{301}nez",
            ),
        ];
        for (name, surname, composed) in forms {
            let (speaker, entities) = read(name, surname);
            assert_eq!(speaker.as_deref(), Some(composed), "{name:?}");
            assert!(
                entities.iter().any(|e| e == composed),
                "{name:?}: {entities:?}"
            );
            assert!(
                entities.iter().all(|e| !e.ends_with(['e', 'i', 'M', 'u'])),
                "{name:?} cut at an accent: {entities:?}"
            );
        }
    }
}
