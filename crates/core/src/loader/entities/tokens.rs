//! The entity finder's view of the loader's one tokenizer
//! ([`crate::loader::tokenizer`]): a block's words with byte spans, the
//! kind of gap before each (space, hyphen or punctuation), sentence starts
//! and possessives. Everything after this works on tokens, never on raw
//! text.

mod language;
#[cfg(test)]
mod same_tokens;

pub use language::looks_english;

use crate::loader::tokenizer::{next_word, sentence_end, Word};

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Only spaces or tabs: the two can be parts of one name.
    Space,
    /// A single hyphen and nothing else (`Kim-Putin`, `Jae-in`).
    Hyphen,
    /// Punctuation, a line break, or the start of the block.
    Break,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Byte span of the word, possessive `’s` left out.
    pub start: usize,
    pub end: usize,
    pub gap: Gap,
    /// First word of a sentence, a line, or a quotation.
    pub sentence_start: bool,
    /// The word carried a possessive `’s` / `'s`, which ends any name.
    pub possessive: bool,
    /// Part of a hashtag, handle or URL (`#Bankia`, `@user`, `bit.ly/Xy`):
    /// words there are not names in prose.
    pub linked: bool,
    /// Starts with an uppercase letter: worth looking at as a name.
    pub cap: bool,
}

fn opens_quote(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '„')
}

/// Split `text` into word tokens (the tests' way in; the context pass
/// counts the capitals as it goes).
#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<Tok> {
    tokenize_counted(text).0
}

/// Split `text` into word tokens, and say how many of them are
/// capitalized (the tests' way in to [`tokenize_into`]).
#[cfg(test)]
pub fn tokenize_counted(text: &str) -> (Vec<Tok>, usize) {
    let mut toks = Vec::new();
    let caps = tokenize_into(text, &mut toks);
    (toks, caps)
}

/// Append the word tokens of `text` to `toks`, and say how many of them
/// are capitalized: the context pass sizes its word table by that count,
/// which it then need not take in a walk of its own over every token. It
/// appends, so that every block's tokens can share one vector.
pub fn tokenize_into(text: &str, toks: &mut Vec<Tok>) -> usize {
    // Word and gap are read as bytes: every test below is on ASCII bytes
    // or on the whole gap, and a `str` slice re-checks both ends for a
    // char boundary, twice per token.
    let bytes = text.as_bytes();
    let first = toks.len();
    let mut caps = 0;
    let mut gap_start = 0;
    // The tokenizer's words one call each, from where the last ended:
    // `words` with no iterator state between them, and a plain word (ASCII
    // letters and digits, most of them) marked so that what only other
    // words can have is not asked of it.
    while let Some(word) = next_word(text, gap_start) {
        let gap_bytes = bytes.get(gap_start..word.start).unwrap_or(&[]);
        // The commonest gaps answered at once, with no further test for a
        // link; the general tests walk the gap's chars twice.
        let (gap, sentence_start, linked) = match gap_bytes {
            _ if toks.len() == first => (Gap::Break, true, links(gap_bytes)),
            [b' '] => (Gap::Space, false, false),
            [b',', b' '] => (Gap::Break, false, false),
            [b'.', b' '] => (Gap::Break, true, false),
            _ => {
                let gap_text = text.get(gap_start..word.start).unwrap_or("");
                (
                    classify_gap(gap_text, false),
                    starts_sentence(gap_text),
                    links(gap_bytes),
                )
            }
        };
        let Word {
            start,
            end: full_end,
            plain,
        } = word;
        let (end, possessive, cap) = if plain {
            let first = bytes.get(start).copied().unwrap_or(0);
            (full_end, false, first.is_ascii_uppercase())
        } else {
            word_flags(text, start, full_end)
        };
        caps += usize::from(cap);
        crate::loader::work::tick(1 + full_end - gap_start);
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
        // Then the run of plain words after one space each, most of a
        // block's tokens, from one eight-byte load per word: the gap is a
        // plain space (no sentence start, no link) and a plain word has
        // no possessive. Any other word or gap leaves the run, for the
        // general step above, which finds the same word.
        while let Some(w) = crate::loader::swar::spaced_word(bytes, gap_start) {
            // As `word_from` decides: only these bytes can extend a word
            // past its letters.
            if w.stop
                .is_some_and(|b| !b.is_ascii() || matches!(b, b'\'' | b'&' | b'.'))
            {
                break;
            }
            let start = gap_start + 1;
            let end = start + w.run;
            let cap = w.first.is_ascii_uppercase();
            caps += usize::from(cap);
            crate::loader::work::tick(1 + end - gap_start);
            toks.push(Tok {
                start,
                end,
                gap: Gap::Space,
                sentence_start: false,
                possessive: false,
                linked: false,
                cap,
            });
            gap_start = end;
        }
    }
    caps
}

/// Whether a gap ending so makes the word after it part of a hashtag,
/// handle or URL.
fn links(gap: &[u8]) -> bool {
    matches!(gap.last(), Some(b'#' | b'@' | b'/' | b'=' | b'_' | b'.'))
}

/// The end of the word starting at `start` with its possessive left out,
/// whether it had one, and whether it starts with an uppercase letter:
/// asked only of words that are not plain ASCII letters and digits.
fn word_flags(text: &str, start: usize, full_end: usize) -> (usize, bool, bool) {
    let word = text.as_bytes().get(start..full_end).unwrap_or(&[]);
    let first = word.first().copied().unwrap_or(0);
    let mut end = full_end;
    let mut possessive = false;
    // A possessive suffix ends the name but not the word's span.
    if word.len() > 2 && matches!(word.last(), Some(b's' | b'S')) {
        if let Some(stem) = possessive_stem(word) {
            end = start + stem;
            possessive = true;
        }
    }
    let cap = if first.is_ascii() {
        first.is_ascii_uppercase()
    } else {
        text.get(start..)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    (end, possessive, cap)
}

/// The length of `word` without a possessive `’s` / `'s` (either case of
/// `s`), when it has one and something before it. Read from the bytes
/// before the final `s`: a loop over the four suffixes compared each in
/// turn, for every word ending in `s`.
fn possessive_stem(word: &[u8]) -> Option<usize> {
    let (&last, rest) = word.split_last()?;
    if !matches!(last, b's' | b'S') {
        return None;
    }
    let stem = if rest.last() == Some(&b'\'') {
        rest.len() - 1
    } else if rest.ends_with("’".as_bytes()) {
        rest.len() - "’".len()
    } else {
        return None;
    };
    (stem > 0).then_some(stem)
}

fn classify_gap(gap: &str, first: bool) -> Gap {
    if first {
        return Gap::Break;
    }
    if gap == "-" || gap == "‐" {
        return Gap::Hyphen;
    }
    // A single line break inside a block is hard wrapping, not structure.
    let spacing = |c: char| matches!(c, ' ' | '\t' | '\u{a0}' | '\n');
    if !gap.is_empty() && gap.chars().all(spacing) && gap.matches('\n').count() <= 1 {
        return Gap::Space;
    }
    Gap::Break
}

/// A new sentence, or a fresh start within one: after a list bullet, a
/// colon or a bar, or an opening quote.
fn starts_sentence(gap: &str) -> bool {
    if sentence_end(gap).is_some() || gap.chars().any(|c| matches!(c, ':' | '*' | '•' | '|')) {
        return true;
    }
    // An opening quote right before the word starts a quotation.
    gap.chars().last().is_some_and(opens_quote)
}

/// The token's text.
pub fn text_of<'a>(text: &'a str, tok: &Tok) -> &'a str {
    text.get(tok.start..tok.end).unwrap_or("")
}

/// The token's bytes: for the scans that test bytes only, which need no
/// char-boundary checks on the span (it is a word's, cut by the
/// tokenizer on boundaries).
pub fn bytes_of<'a>(text: &'a str, tok: &Tok) -> &'a [u8] {
    text.as_bytes().get(tok.start..tok.end).unwrap_or(&[])
}

/// First char uppercase: a candidate name word.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more letters, all uppercase (`UN`, `NATO`, `U.S.`).
pub fn is_acronym(word: &str) -> bool {
    // ASCII, nearly every name, by byte: each char was decoded and asked
    // the Unicode letter and case questions, for every mention grouped.
    // One pass, no `is_ascii` scan first: that scan's set-up cost more than
    // these few bytes; the first byte above ASCII hands over to the chars.
    let mut letters = 0;
    let mut ascii = true;
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            ascii = false;
            break;
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(b.is_ascii_uppercase());
    }
    if ascii {
        return letters >= 2;
    }
    letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// A single capital with a period: a middle initial (`P.`).
pub fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_abbreviation_keeps_its_period_and_starts_no_sentence() {
        for a in crate::loader::abbreviations::all() {
            let t = format!("{a}. Roe");
            let toks = tokenize(&t);
            assert_eq!(text_of(&t, &toks[0]), format!("{a}."), "{t}");
            assert!(!toks[1].sentence_start, "{t}");
        }
        let t = "He said no. Roe";
        assert!(tokenize(t)[3].sentence_start);
    }

    #[test]
    fn possessive_is_cut_and_flagged() {
        let text = "Putin’s plan and Kim's";
        let toks = tokenize(text);
        assert_eq!(text_of(text, &toks[0]), "Putin");
        assert!(toks[0].possessive);
        assert_eq!(text_of(text, &toks[3]), "Kim");
        assert!(toks[3].possessive);
        assert!(!toks[1].possessive);
    }

    #[test]
    fn hyphens_and_sentence_starts_are_recorded() {
        let text = "The Kim-Putin summit. Subsequent footage, “I come";
        let toks = tokenize(text);
        assert_eq!(toks[2].gap, Gap::Hyphen);
        assert_eq!(toks[1].gap, Gap::Space);
        assert!(toks[0].sentence_start);
        assert!(toks[4].sentence_start, "after a period");
        assert!(!toks[5].sentence_start);
        assert!(toks[6].sentence_start, "after an opening quote");
    }

    /// As the loop over the four suffixes it replaced decided.
    #[test]
    fn a_possessive_stem_is_as_the_suffix_list_says() {
        let by_list = |word: &[u8]| {
            for suffix in ["’s", "'s", "’S", "'S"] {
                if let Some(stem) = word.strip_suffix(suffix.as_bytes()) {
                    return (!stem.is_empty()).then_some(stem.len());
                }
            }
            None
        };
        for w in [
            "",
            "s",
            "'s",
            "’s",
            "a's",
            "a’s",
            "A'S",
            "É’S",
            "’’s",
            "''s",
            "as",
            "as's",
            "x‘s",
            "Kim’s",
            "Kim's",
            "bus",
            "it’",
            "e\u{2019}S",
            "\u{2018}s",
        ] {
            assert_eq!(possessive_stem(w.as_bytes()), by_list(w.as_bytes()), "{w}");
        }
    }

    /// As the char test it keeps for non-ASCII words says, for ASCII too.
    #[test]
    fn an_acronym_is_as_the_char_test_says() {
        let by_chars = |w: &str| {
            let mut letters = 0;
            for c in w.chars() {
                if c.is_alphabetic() {
                    if !c.is_uppercase() {
                        return false;
                    }
                    letters += 1;
                }
            }
            letters >= 2
        };
        for w in [
            "", "A", "UN", "U.S.", "NATO", "Nato", "nATO", "A1", "AB1", "G-7", "AT&T", "ÉU",
            "ÉTAT", "Été", "X’S", "X’s", "MI6", "uN", "A.B", "I",
        ] {
            assert_eq!(is_acronym(w), by_chars(w), "{w}");
        }
        for b in 0..=0x7fu8 {
            for c in [b'A', b'a', b'1'] {
                let w = String::from_utf8(vec![c, b, b'B']).unwrap();
                assert_eq!(is_acronym(&w), by_chars(&w), "{w:?}");
            }
        }
    }

    #[test]
    fn any_text_tokenizes_without_panic() {
        for s in ["", "’s", "'", "A.", "é’s", "-", "Ü.S.", "&", "a&", "x.’s"] {
            for t in tokenize(s) {
                assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            }
        }
    }
}
