//! The token scan against the one it replaced: every token and flag the
//! same on every text the tokenizer's own tests scan.

use super::*;
use crate::loader::tokenizer::{tests::edge_texts, words};

/// The tokenizer before plain words were told apart: each word from the
/// `words` iterator, every flag asked of every word.
fn by_words(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::new();
    let mut gap_start = 0;
    for (start, full_end) in words(text, 0, text.len()) {
        let word = bytes.get(start..full_end).unwrap_or(&[]);
        let mut end = full_end;
        let mut possessive = false;
        if let Some(stem) = possessive_stem(word) {
            end = start + stem;
            possessive = true;
        }
        let cap = is_capitalized(&text[start..]);
        let gap_text = &text[gap_start..start];
        let (gap, sentence_start) = if toks.is_empty() {
            (Gap::Break, true)
        } else {
            (classify_gap(gap_text, false), starts_sentence(gap_text))
        };
        let linked = matches!(
            gap_text.as_bytes().last(),
            Some(b'#' | b'@' | b'/' | b'=' | b'_' | b'.')
        );
        toks.push(Tok {
            start,
            end,
            gap,
            sentence_start,
            possessive,
            linked,
            cap,
        });
        gap_start = full_end.max(start + 1);
    }
    toks
}

#[test]
fn every_token_and_flag_is_as_the_word_by_word_scan_says() {
    for text in edge_texts() {
        let (toks, caps) = tokenize_counted(&text);
        let want = by_words(&text);
        assert_eq!(caps, want.iter().filter(|t| t.cap).count(), "{text:?}");
        assert_eq!(toks, want, "{text:?}");
    }
}

/// Every ASCII byte at every offset of a line of short words, so each
/// byte class lands at every place of the eight-byte load that reads a
/// word after a space, and at the end of the text where no load fits.
#[test]
fn every_ascii_byte_anywhere_gives_the_word_by_word_tokens() {
    let base = "a Bc def Ghij klmno Pqrstu vwxyzAB c9 Dd’s e'f G.H. Mr. x";
    for b in 0..0x80u8 {
        for at in 0..base.len() {
            if !base.is_char_boundary(at) {
                continue;
            }
            let mut text = String::from(base);
            text.insert(at, char::from(b));
            for cut in [text.len(), at + 1, at.saturating_sub(1)] {
                let t = &text[..crate::loader::tokenizer::floor_boundary(&text, cut)];
                let (toks, caps) = tokenize_counted(t);
                let want = by_words(t);
                assert_eq!(caps, want.iter().filter(|t| t.cap).count(), "{t:?}");
                assert_eq!(toks, want, "{t:?}");
            }
        }
    }
}

/// Appended after another text's tokens, a text's tokens are the ones it
/// has alone: the first token is told by where the append began, not by
/// an empty vector.
#[test]
fn tokens_appended_to_others_are_the_tokens_alone() {
    let texts = edge_texts();
    let mut shared = Vec::new();
    for text in &texts {
        let from = shared.len();
        let caps = tokenize_into(text, &mut shared);
        let (alone, alone_caps) = tokenize_counted(text);
        assert_eq!(caps, alone_caps, "{text:?}");
        assert_eq!(shared.get(from..), Some(alone.as_slice()), "{text:?}");
    }
    assert!(!shared.is_empty());
}
