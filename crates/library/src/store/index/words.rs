//! An article's word count for its summary, counted on bytes.
//!
//! The list shows every article's reading time, so a cold start counts
//! the words of every file; [`Article::word_count`]'s
//! `split_whitespace` decodes each char to ask whether it is whitespace,
//! which cost a fiftieth of all cold indexing. Here only the lead bytes
//! that can start a non-ASCII whitespace char are decoded: the count is
//! the same, word for word.
//!
//! [`Article::word_count`]: newsreader_core::article::Article::word_count

use newsreader_core::article::Article;

/// [`Article::word_count`], faster.
pub fn word_count(article: &Article) -> usize {
    article.blocks.iter().map(|b| words(&b.text)).sum()
}

/// `text.split_whitespace().count()`.
fn words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while let Some(&b) = bytes.get(i) {
        let (space, len) = match b {
            // Rust's (and Unicode's) ASCII whitespace: tab to carriage
            // return, and space.
            b'\t'..=b'\r' | b' ' => (true, 1),
            // Every non-ASCII White_Space char (U+0085, U+00A0, U+1680,
            // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000)
            // starts with one of these.
            0xC2 | 0xE1 | 0xE2 | 0xE3 => match text.get(i..).and_then(|t| t.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => (false, 1),
            },
            // Any other byte is in a char that is not whitespace.
            _ => (false, 1),
        };
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
        i += len;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_kind_of_whitespace_separates() {
        let all_space: String = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        for sep in all_space.chars() {
            let text = format!("a{sep}bé{sep}{sep}ü {sep}");
            assert_eq!(words(&text), 3, "{:?}", sep);
        }
        assert_eq!(words(""), 0);
        assert_eq!(words(" \u{3000}\u{85} "), 0);
        // Near misses: chars sharing a lead byte with whitespace.
        assert_eq!(words("a\u{a1}b\u{2010}c\u{3001}d\u{1681}e"), 1);
    }

    proptest! {
        #[test]
        fn counts_as_split_whitespace(text in "[a \u{a0}\u{85}\u{2000}-\u{2030}\u{3000}\u{1680}é\t\n\u{b}\u{1c}x-z]{0,40}") {
            prop_assert_eq!(words(&text), text.split_whitespace().count());
        }

        #[test]
        fn counts_any_text_as_split_whitespace(text in any::<String>()) {
            prop_assert_eq!(words(&text), text.split_whitespace().count());
        }
    }
}
