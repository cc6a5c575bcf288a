//! Names that stand for what a company makes or a market it runs: `the
//! Boeing 737 jet` (a model), `The Nasdaq fell 82.65 points` (an index).

use super::super::names::Piece;
use super::super::tokens::{is_acronym, text_of, Gap, Tok};
use super::words::KIND_WORDS;
use super::Hint;
use crate::article::{EntityKind, KindRule};

/// `82.65`, `1,299.59`: a figure with decimals, as index moves are quoted
/// (scores and polls count whole points).
fn decimal(w: &str) -> bool {
    w.split_once('.').is_some_and(|(whole, frac)| {
        !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && !frac.is_empty()
            && frac.bytes().all(|b| b.is_ascii_digit())
    })
}

/// `The Nasdaq fell 82.65 points`, `to close down 74.15 points`: a name
/// that moves by points in its own clause is a market index. `after` is
/// the text after the name.
fn index_by_points(after: &str) -> Option<Hint> {
    let (mut prev2, mut prev) = ("", "");
    for w in clause_words(after).take(12) {
        let w = w.trim_end_matches([',', ';']);
        if matches!(w, "points" | "point")
            && decimal(prev)
            && KIND_WORDS.market_move.contains(prev2)
        {
            return Some(Hint::new(EntityKind::Other, 2, KindRule::Index));
        }
        (prev2, prev) = (prev, w);
    }
    None
}

/// The words of `after` up to its first `. ` (the clause), as
/// `after.split(". ").next()` split on whitespace, found word by word:
/// the search for `. ` ran over the rest of the block for every name
/// asked about, though only the first words are read.
fn clause_words(after: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(after);
    std::iter::from_fn(move || loop {
        let r = rest?.trim_start();
        let len = word_len(r);
        let (word, tail) = (r.get(..len)?, r.get(len..)?);
        rest = Some(tail);
        // A `. ` can only start at a word's last byte: a period with a
        // space after it ends the clause, and is no part of its last word.
        let word = match word.strip_suffix('.') {
            Some(stem) if tail.starts_with(' ') => {
                rest = None;
                stem
            }
            _ => word,
        };
        if !word.is_empty() {
            return Some(word);
        }
        if r.is_empty() {
            return None;
        }
    })
}

/// `s.find(char::is_whitespace)` or its length, reading ASCII as bytes
/// and decoding only the chars that start with a byte of 0x80 and up.
fn word_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            // The ASCII chars `char::is_whitespace` accepts.
            if matches!(b, b'\t'..=b'\r' | b' ') {
                return at;
            }
            at += 1;
            continue;
        }
        match s.get(at..).and_then(|rest| rest.chars().next()) {
            Some(c) if c.is_whitespace() => return at,
            Some(c) => at += c.len_utf8(),
            None => break,
        }
    }
    bytes.len()
}

/// `the Boeing 737 jet`: three digits after a maker's name are a model
/// number (years have four, counts are not glued to a name).
fn model_number(next: &str) -> bool {
    next.len() == 3 && next.bytes().all(|b| b.is_ascii_digit())
}

/// A one-word name that stands for a product or an index rather than its
/// maker or exchange: before a model number (only a known `body`, and
/// weaker than the maker named alone elsewhere), or moving by points (a
/// known body or an acronym).
pub(super) fn product_or_index(text: &str, toks: &[Tok], last: &Piece, body: bool) -> Option<Hint> {
    if !body && !is_acronym(text.get(last.start..last.end).unwrap_or("")) {
        return None;
    }
    if let Some(hint) = index_by_points(text.get(last.end..).unwrap_or("")) {
        return Some(hint);
    }
    let next = toks.get(last.last + 1).filter(|t| t.gap == Gap::Space);
    (body && next.is_some_and(|t| model_number(text_of(text, t))))
        .then(|| Hint::new(EntityKind::Other, 2, KindRule::ModelNumber))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_words_are_those_of_the_split_clause() {
        for after in [
            "",
            " ",
            ".",
            ". ",
            " fell 82.65 points. It rose",
            " fell 82.65 points.It rose",
            " fell . 82.65 points",
            " a.  b. c",
            " a\u{a0}b. c",
            " a.\tb. c",
            " Forex.com said. Then",
            "x.. y",
            " . . a",
        ] {
            let clause = after.split(". ").next().unwrap_or("");
            let want: Vec<&str> = clause.split_whitespace().collect();
            let got: Vec<&str> = clause_words(after).collect();
            assert_eq!(got, want, "{after:?}");
        }
    }

    #[test]
    fn word_len_finds_the_first_whitespace() {
        for s in [
            "",
            "abc",
            "ab cd",
            "ab\u{b}cd",
            "ab\u{a0}cd",
            "é\u{2009}x",
            "ab\u{3000}",
            "\u{85}x",
            "x\u{1f}y",
            "日本 語",
        ] {
            assert_eq!(
                word_len(s),
                s.find(char::is_whitespace).unwrap_or(s.len()),
                "{s:?}"
            );
        }
    }

    #[test]
    fn an_index_moves_by_points() {
        let rule = |a: &str| index_by_points(a).map(|h| (h.kind, h.rule));
        let index = Some((EntityKind::Other, KindRule::Index));
        assert_eq!(rule(" fell 82.65 points, or 3%."), index);
        assert_eq!(
            rule(" also took heavy losses to close down 74.15 points"),
            index
        );
        // Whole points are scores and polls; no move verb, no index.
        assert!(rule(" scored 30 points.").is_none());
        assert!(rule(" leads by 2.5 points").is_none());
        // Only in its own sentence.
        assert!(rule(" said so. Shares fell 3.10 points").is_none());
    }

    #[test]
    fn three_digits_are_a_model() {
        assert!(model_number("737"));
        assert!(!model_number("2019"));
        assert!(!model_number("A32"));
    }
}
