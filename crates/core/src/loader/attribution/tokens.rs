//! A small tokenizer for the text around one quote: words and punctuation
//! with their byte spans in the block. Attribution only ever tokenizes a
//! bounded window beside a quote, never the whole article.

/// One token: a word, or one punctuation char (`\n` included, as a sentence
/// break: wiki speaker labels stand one per line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub word: bool,
}

impl Tok<'_> {
    pub fn is(&self, s: &str) -> bool {
        self.text.eq_ignore_ascii_case(s)
    }

    pub fn punct(&self, c: char) -> bool {
        !self.word && self.text.starts_with(c)
    }

    /// Capitalized word (or one starting with a digit-free letter in upper
    /// case), the shape of a name.
    pub fn capitalized(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Ends a sentence: `.`, `!`, `?`, `…` or a line break.
    pub fn sentence_end(&self) -> bool {
        !self.word && matches!(self.text, "." | "!" | "?" | "…" | "\n")
    }
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '’' | '\'' | '&' | '@' | '_' | '#')
}

/// Tokens of `text[from..to]` (clamped to char boundaries).
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    tokenize_until(text, from, to, false)
}

/// Tokens of `text[from..to]`, stopping after the first sentence end when
/// `one_sentence` (a cue after a quote never reaches past its sentence).
/// Walks bytes and decodes a char only where a byte is not ASCII: nearly
/// every char of prose is, and decoding each one was most of the cost.
pub fn tokenize_until(text: &str, from: usize, to: usize, one_sentence: bool) -> Vec<Tok<'_>> {
    let to = floor_boundary(text, to.min(text.len()));
    let from = floor_boundary(text, from.min(to));
    // About one token per six bytes of prose: sized so it rarely regrows.
    let mut out = Vec::with_capacity((to - from) / 6 + 4);
    let slice = text.get(from..to).unwrap_or("");
    // The char at slice offset `i` (a boundary) and its length in bytes.
    let char_at = |i: usize| -> Option<(char, usize)> {
        match slice.as_bytes().get(i) {
            Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
            Some(_) => slice.get(i..)?.chars().next().map(|c| (c, c.len_utf8())),
            None => None,
        }
    };
    let mut i = 0;
    let mut depth = 0usize;
    while let Some((c, len)) = char_at(i) {
        crate::loader::work::tick(1);
        if one_sentence && out.last().is_some_and(Tok::sentence_end) {
            break;
        }
        let start = from + i;
        i += len;
        if word_char(c) {
            let mut end = start + len;
            while let Some((d, dlen)) = char_at(i) {
                // The char after a period is only looked at for a period,
                // not decoded again for every letter of every word.
                let next_is_word = || char_at(i + 1).is_some_and(|(n, _)| n.is_alphanumeric());
                if word_char(d)
                    || crate::loader::compose::is_mark(d)
                    || (d == '.' && next_is_word())
                {
                    crate::loader::work::tick(1);
                    i += dlen;
                    end = from + i;
                } else {
                    break;
                }
            }
            // Take a trailing period into initials and abbreviations.
            let word = text.get(start..end).unwrap_or("");
            if slice.as_bytes().get(i) == Some(&b'.') {
                // A period with a comma right after it closes an
                // abbreviation, not a sentence: `Jane Roe, R-Wis., said`.
                let comma_next = matches!(slice.as_bytes().get(i + 1), Some(b',' | b';'));
                if crate::loader::abbreviations::keeps_period(word) || comma_next {
                    end = from + i + 1;
                    i += 1;
                }
            }
            // Quote-like chars at a word's edge are not part of it.
            let mut w = text.get(start..end).unwrap_or("");
            let trimmed = w.trim_end_matches(['’', '\'']);
            let trail = w.len() - trimmed.len();
            w = trimmed.trim_start_matches(['’', '\'']);
            let lead = trimmed.len() - w.len();
            if !w.is_empty() {
                out.push(Tok {
                    text: w,
                    start: start + lead,
                    end: end - trail,
                    word: true,
                });
            }
        } else if c == '\n' {
            // Source line wrapping is only whitespace; a line break is a
            // sentence break after end punctuation or before a wiki `:` label.
            let before = text
                .get(..start)
                .and_then(|t| t.trim_end().chars().next_back());
            let after = text
                .get(start..)
                .and_then(|t| t.trim_start().chars().next());
            let ends =
                before.is_some_and(|b| matches!(b, '.' | '!' | '?' | ':' | '"' | '”' | '’' | '»'));
            if ends || after == Some(':') {
                out.push(Tok {
                    text: "\n",
                    start,
                    end: start + 1,
                    word: false,
                });
            }
        } else if !c.is_whitespace() {
            // Inside parentheses a period is an abbreviation's (`D-Calif.`),
            // never the end of the sentence around it.
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                '.' if depth > 0 => continue,
                _ => {}
            }
            let end = start + len;
            out.push(Tok {
                text: text.get(start..end).unwrap_or(""),
                start,
                end,
                word: false,
            });
        }
    }
    out
}

/// The largest char boundary at or before `i`.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The word without a possessive ending (`Kim’s` → `Kim`).
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_listed_abbreviation_ends_the_sentence() {
        for a in crate::loader::abbreviations::all() {
            let t = format!("{a}. Roe said");
            let toks = tokenize(&t, 0, t.len());
            assert!(!toks.iter().any(Tok::sentence_end), "{t}: {toks:?}");
        }
        let t = "He said no. Roe said";
        assert!(tokenize(t, 0, t.len()).iter().any(Tok::sentence_end));
    }

    fn words(t: &str) -> Vec<&str> {
        tokenize(t, 0, t.len()).iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_punctuation_and_initials() {
        assert_eq!(
            words("said Mark P. Barry, an analyst."),
            ["said", "Mark", "P.", "Barry", ",", "an", "analyst", "."]
        );
        assert_eq!(
            words("the U.S. and Forex.com"),
            ["the", "U.S.", "and", "Forex.com"]
        );
        assert_eq!(
            words("Kim’s train\n:Name:"),
            ["Kim’s", "train", "\n", ":", "Name", ":"]
        );
        assert_eq!(
            words("wrapped\nline. Done.\nNext"),
            ["wrapped", "line", ".", "Done", ".", "\n", "Next"]
        );
        assert_eq!(words("Moon Jae-in said"), ["Moon", "Jae-in", "said"]);
        // Neither period of a hyphenated initialism ends the sentence.
        assert_eq!(
            words("director of the A.F.L.-C.I.O. and organizer"),
            [
                "director",
                "of",
                "the",
                "A.F.L.",
                "-C.I.O.",
                "and",
                "organizer"
            ]
        );
    }

    #[test]
    fn spans_are_in_bounds_and_on_boundaries() {
        let t = "é “Ünïcode” said Ölaf.";
        for tok in tokenize(t, 0, t.len()) {
            assert_eq!(t.get(tok.start..tok.end), Some(tok.text));
        }
        assert!(tokenize(t, 1, 3)
            .iter()
            .all(|k| t.get(k.start..k.end).is_some()));
        assert!(tokenize(t, 50, 99).is_empty());
    }

    #[test]
    fn possessives() {
        assert_eq!(strip_possessive("Kim’s"), "Kim");
        assert_eq!(strip_possessive("Kim"), "Kim");
    }
}
