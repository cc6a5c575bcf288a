//! Gazetteer places and demonyms at the start of a run of name pieces:
//! the whole run (`North Korea`), or its longest leading place (`United
//! States` in `United States Dow Jones`). The first word's flag bits
//! settle most lookups before any key is built, and one key serves every
//! length tried.

use super::super::lexicon::{
    flag, phrase_key_cuts, phrase_key_small, splits_key, LEXICON, MAX_PHRASE_WORDS,
};
use super::Piece;

/// How many of the first `pieces` a place or demonym starting at the
/// first can span: none unless a place can start there, where the flag
/// settles nearly every lookup without a search. Only a piece of several
/// tokens can hold a hyphen (the tokenizer never puts one inside a word,
/// and pieces join tokens only across one), so a one-token piece needs no
/// scan; the hyphen is looked for byte by byte. A one-token piece that a
/// space or hyphen ends is its key's whole first word, so with no place
/// of several words starting with it, a place there is that word alone.
/// `None` when the piece is out of the text.
fn place_reach(text: &str, pieces: &[Piece]) -> Option<usize> {
    let f = pieces.first()?;
    if f.flags & flag::PLACE_FIRST == 0 {
        let w = text.get(f.start..f.end)?;
        let hyphened = f.first != f.last && w.bytes().any(|b| b == b'-');
        return Some(if hyphened { pieces.len() } else { 0 });
    }
    let alone = f.first == f.last
        && f.flags & flag::PLACE_MULTI == 0
        && text.as_bytes().get(f.end).is_some_and(|&b| splits_key(b));
    Some(if alone { 1 } else { pieces.len() })
}

/// The canonical place (and whether it was a demonym) a phrase key names.
fn place_of_key(key: &str) -> Option<(&'static str, bool)> {
    if let Some(c) = LEXICON.places.get(key) {
        return Some((c, false));
    }
    LEXICON.demonyms.get(key).map(|c| (*c, true))
}

/// The canonical place (and whether it was a demonym) of `pieces[..n]`.
pub(in super::super) fn lookup_place(
    text: &str,
    pieces: &[Piece],
    n: usize,
) -> Option<(&'static str, bool)> {
    let (f, l) = (pieces.first()?, pieces.get(n.checked_sub(1)?)?);
    if n > place_reach(text, pieces)? {
        return None;
    }
    // No place has more words than the window: a phrase of more words
    // between ASCII spaces and hyphens alone (other whitespace only
    // splits it more) names none, and its key, built on the heap when
    // the phrase is long or not ASCII, is never built.
    let phrase = text.get(f.start..l.end)?;
    let heaped = phrase.len() > 32 || !phrase.is_ascii();
    if heaped && ascii_words(phrase) > MAX_PHRASE_WORDS {
        return None;
    }
    // One token of ASCII with nothing the key splits on is its key's one
    // word, whose flags say whether it names a place alone.
    if n == 1 && f.first == f.last && f.flags & flag::PLACE_ALONE == 0 {
        let w = text.get(f.start..f.end)?;
        let one_word = w.bytes().all(|b| b.is_ascii() && !splits_key(b));
        if one_word {
            return None;
        }
    }
    place_of_key(&phrase_key_small(phrase))
}

/// The words of `phrase` between ASCII whitespace and hyphens, as the
/// phrase key splits an ASCII phrase.
fn ascii_words(phrase: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for b in phrase.bytes() {
        let sep = splits_key(b);
        words += usize::from(!sep && !in_word);
        in_word = !sep;
    }
    words
}

/// The longest place or demonym at the start of `pieces`, in pieces.
pub(in super::super) fn place_prefix(
    text: &str,
    pieces: &[Piece],
) -> Option<(usize, &'static str, bool)> {
    let m = pieces
        .len()
        .min(MAX_PHRASE_WORDS)
        .min(place_reach(text, pieces)?);
    let (f, l) = (pieces.first()?, pieces.get(m.checked_sub(1)?)?);
    if m == 1 {
        return lookup_place(text, pieces, 1).map(|(c, d)| (1, c, d));
    }
    // Each length's key cut from one key of the longest phrase.
    let mut cuts = [0; MAX_PHRASE_WORDS];
    for (cut, p) in cuts.iter_mut().zip(pieces) {
        *cut = p.end.saturating_sub(f.start);
    }
    let mut ends = [0; MAX_PHRASE_WORDS];
    // Pieces come in reading order; were they not, each keys its own.
    let ordered = cuts
        .get(..m)
        .is_some_and(|c| c.windows(2).all(|w| matches!(w, [a, b] if a <= b)));
    let whole = text
        .get(f.start..l.end)
        .filter(|_| ordered)
        .and_then(|phrase| phrase_key_cuts(phrase, cuts.get(..m)?, ends.get_mut(..m)?));
    let Some(whole) = whole else {
        return (1..=m)
            .rev()
            .find_map(|n| lookup_place(text, pieces, n).map(|(c, d)| (n, c, d)));
    };
    (1..=m).rev().find_map(|n| {
        // A piece ending before the first starts has no phrase.
        let end = pieces.get(n - 1).filter(|p| p.end >= f.start)?;
        text.get(f.start..end.end)?;
        let key = whole.as_str().get(..*ends.get(n - 1)?)?;
        place_of_key(key).map(|(c, d)| (n, c, d))
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::lexicon::phrase_key;
    use super::*;

    /// The count never exceeds the key's words, so a phrase it puts over
    /// the window is over it.
    #[test]
    fn ascii_words_are_at_most_the_key_words() {
        for p in [
            "",
            " ",
            "Kim",
            "Kim Jong-Un",
            "  U.S.  Army ",
            "Côte d’Ivoire",
            "A\u{a0}B\u{2003}C",
            "a-b - c--d\te",
            "One Two Three Four Five Six",
        ] {
            let key = phrase_key(p);
            let key_words = if key.is_empty() {
                0
            } else {
                key.split(' ').count()
            };
            assert!(ascii_words(p) <= key_words, "{p}");
        }
        assert_eq!(ascii_words("One Two Three Four Five Six"), 6);
        assert_eq!(ascii_words(" a-b\t c "), 3);
    }
}
