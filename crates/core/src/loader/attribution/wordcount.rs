//! How many words a quote has, as `split_whitespace` counts them, read
//! from its bytes. Attribution asks it of nearly every quote (`is it
//! longer than twelve words?`, `than six?`), and the iterator it replaces
//! paid a searcher's round per word: most quotes are long, so most asks
//! walked the full count.

/// Whether `text` holds more than `n` words: `text.split_whitespace()
/// .nth(n).is_some()`, stopping at the word that decides it.
pub fn more_words_than(text: &str, n: usize) -> bool {
    let bytes = text.as_bytes();
    let mut words = 0usize;
    let mut in_word = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b < 0x80 {
            // `char::is_whitespace` below U+0080: tab to carriage return
            // and the space.
            (matches!(b, b' ' | b'\t'..=b'\r'), 1)
        } else if matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3) {
            // Only these lead bytes start a Unicode space (U+0085, U+00A0,
            // U+1680, U+2000 to U+205F, U+3000): decode the char.
            match text.get(i..).and_then(|t| t.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => (false, 1),
            }
        } else {
            // Any other lead or continuation byte is inside a char that is
            // no space: in a word, one byte at a time.
            (false, 1)
        };
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
        i += len;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The count through the standard library, for every `n` that could
    /// change the answer.
    fn check(text: &str) {
        let count = text.split_whitespace().count();
        for n in 0..count + 2 {
            assert_eq!(
                more_words_than(text, n),
                text.split_whitespace().nth(n).is_some(),
                "{text:?} {n}"
            );
        }
    }

    #[test]
    fn counts_as_split_whitespace_on_every_space_and_edge() {
        // Every char that is whitespace, and neighbours that are not.
        let spaces: Vec<char> = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        let others = ['a', 'é', '’', '—', '\u{1c}', '\u{200b}', '\u{feff}', '中'];
        for &s in &spaces {
            for &o in &others {
                for t in [
                    format!("{o}{s}{o}"),
                    format!("{s}{o}{s}{s}{o}{o}{s}"),
                    format!("{o}{o}{s}"),
                    format!("{s}"),
                    format!("{o}"),
                ] {
                    check(&t);
                }
            }
        }
        // Every char below U+3100 between two words.
        for c in (0..=0x3100u32).filter_map(char::from_u32) {
            check(&format!("one{c}two three"));
        }
        check("");
        check("  \t\n ");
        check("“Yes, we will,” she said. “No.”\u{a0}Roe\u{2009}said");
    }

    #[test]
    fn counts_as_split_whitespace_on_every_bundled_text() {
        for raw in crate::bundled_texts::bundled_texts() {
            // Whole texts, and every line (a quote is shorter).
            for n in [0, 4, 6, 12, 1000] {
                assert_eq!(
                    more_words_than(&raw, n),
                    raw.split_whitespace().nth(n).is_some()
                );
            }
            for line in raw.lines() {
                check(line);
            }
        }
    }
}
