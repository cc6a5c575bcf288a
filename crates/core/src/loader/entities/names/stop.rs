//! Which capitalized words can be part of a name: stop words (sentence
//! openers, months, contractions) never are, though a shouted stop word
//! that is a place or an organisation (`US`, `WHO`) still is.

use super::super::lexicon::{flag, LEXICON};
use super::super::tokens::{is_acronym, is_capitalized, text_of, Tok};
use super::lower;

/// Capitalized words that are never names.
fn is_stop(word: &str) -> bool {
    stop_given(word, LEXICON.flags(word))
}

/// [`is_stop`] with the word's flag bits already looked up.
pub(in super::super) fn stop_given(word: &str, flags: u32) -> bool {
    let lex = &*LEXICON;
    // One char: ended by the second, never counting the rest.
    let mut chars = word.chars();
    if chars.next().is_some() && chars.next().is_none() {
        return true;
    }
    // Contractions (`I’m`, `Don’t`, `We’ll`) are never names.
    // Found on bytes: a two-char pattern decodes every char of the word;
    // only a `'` or the lead byte of `’` is looked at twice.
    let bytes = word.as_bytes();
    let apostrophe = bytes.iter().enumerate().position(|(i, &b)| {
        b == b'\'' || (b == 0xe2 && bytes.get(i..i + 3) == Some("’".as_bytes()))
    });
    if let Some(pos) = apostrophe {
        let tail = word
            .get(pos..)
            .unwrap_or("")
            .trim_start_matches(['\'', '’']);
        if tail.len() <= 2 && tail.chars().all(char::is_lowercase) {
            return true;
        }
    }
    // Only a word as short as the longest listed one can be listed.
    if word.len() <= lex.stop_exact_longest && lex.stop_exact.contains(word) {
        return true;
    }
    // `Feb.`, `Sept.`, `No.`: an abbreviation keeps its dot, and is a stop
    // word when the word without it is one; an initial (`A.`) is not.
    let flags = match word.strip_suffix('.') {
        Some(stem) if flags & flag::STOP == 0 && stem.len() > 1 && !stem.contains('.') => {
            lex.flags(stem)
        }
        _ => flags,
    };
    if flags & flag::STOP == 0 {
        return false;
    }
    // Shouted stop words (`TO THOSE WHO`) are still stop words, but `US` is
    // a place and `WHO` an organisation.
    !(is_acronym(word)
        && (lex.places.contains_key(lower(word).as_str()) || lex.org_name.contains(word)))
}

pub(crate) fn is_name_word(word: &str) -> bool {
    is_capitalized(word) && !is_stop(word)
}

/// The flag bits of a token that can be part of a name, else `None`.
pub(super) fn name_flags(text: &str, tok: &Tok) -> Option<u32> {
    if !tok.cap || tok.linked {
        return None;
    }
    let word = text_of(text, tok);
    name_flags_given(word, tok, LEXICON.flags(word))
}

/// [`name_flags`] of a token with its word's flag bits already looked up.
pub(in super::super) fn name_flags_given(word: &str, tok: &Tok, flags: u32) -> Option<u32> {
    (tok.cap && !tok.linked && !stop_given(word, flags)).then_some(flags)
}

pub(crate) fn is_name_tok(text: &str, tok: &Tok) -> bool {
    name_flags(text, tok).is_some()
}
