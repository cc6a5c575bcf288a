//! Attribution's view of the loader's one tokenizer
//! ([`crate::loader::tokenizer`]) for the text around one quote: words and
//! punctuation with their byte spans in the block. Attribution only ever
//! tokenizes a bounded window beside a quote, never the whole article.

pub use crate::loader::tokenizer::floor_boundary;
use crate::loader::tokenizer::{period_before_comma, words};

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

/// Chars that join the tokenizer's words into one token here, and make a
/// token of their own between spaces: hyphens (`Jae-in`, `R-Wis.`, ` - `),
/// apostrophes, `&`, handles and hashtags.
fn joiner(c: char) -> bool {
    matches!(c, '-' | '’' | '\'' | '&' | '@' | '_' | '#')
}

/// Whether the text between two of the tokenizer's words makes them one
/// token: nothing, joiners only, or a period straight into the second
/// (`Forex.com`, `3.5`).
fn joins(gap: &str) -> bool {
    let body = gap.strip_suffix('.').unwrap_or(gap);
    body.chars().all(joiner)
}

/// How much of the gap after a word still belongs to it: joiners
/// (`Jones’`), and a period that ends no sentence (`R-Wis.,`).
fn word_tail(gap: &str) -> usize {
    let joiners = gap.len() - gap.trim_start_matches(joiner).len();
    let rest = gap.get(joiners..).unwrap_or("");
    match rest.strip_prefix('.') {
        Some(after) if period_before_comma(after) => joiners + 1,
        _ => joiners,
    }
}

/// Tokens of `text[from..to]` (clamped to char boundaries).
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    tokenize_until(text, from, to, false)
}

/// Tokens of `text[from..to]`, stopping after the first sentence end when
/// `one_sentence` (a cue after a quote never reaches past its sentence).
/// A view of the loader's one tokenizer: its words, joined where only
/// joiners separate them, and the punctuation between them one char each.
pub fn tokenize_until(text: &str, from: usize, to: usize, one_sentence: bool) -> Vec<Tok<'_>> {
    let to = floor_boundary(text, to.min(text.len()));
    let from = floor_boundary(text, from.min(to));
    let mut out = Out {
        text,
        // About one token per six bytes of prose: sized so it rarely regrows.
        toks: Vec::with_capacity((to - from) / 6 + 4),
        depth: 0,
        one_sentence,
        done: false,
    };
    // The word being joined, and the end of what has been read.
    let mut word: Option<(usize, usize)> = None;
    let mut read = from;
    for (start, end) in words(text, from, to) {
        crate::loader::work::tick(1 + end - read);
        // Most gaps are one space: the word before is whole and nothing
        // lies between. Asked of the byte, before the gap is sliced.
        if start == read + 1 && text.as_bytes().get(read) == Some(&b' ') {
            if let Some((first, last)) = word {
                out.word(first, last);
            }
            word = Some((start, end));
            read = end;
            continue;
        }
        let gap = text.get(read..start).unwrap_or("");
        let lead = match word {
            Some((first, _)) if joins(gap) => {
                word = Some((first, end));
                read = end;
                continue;
            }
            Some((first, last)) => {
                let lead = word_tail(gap);
                out.word(first, last + lead);
                lead
            }
            None => 0,
        };
        let rest = gap.get(lead..).unwrap_or("");
        let trail = rest.len() - rest.trim_end_matches(joiner).len();
        out.gap(read + lead, start - trail);
        if out.done {
            return out.toks;
        }
        word = Some((start - trail, end));
        read = end;
    }
    let mut lead = 0;
    if let Some((first, last)) = word {
        lead = word_tail(text.get(read..to).unwrap_or(""));
        out.word(first, last + lead);
    }
    out.gap(read + lead, to);
    out.toks
}

/// The tokens made so far, and what making the next ones depends on.
struct Out<'a> {
    text: &'a str,
    toks: Vec<Tok<'a>>,
    /// Open parentheses: inside them a period is an abbreviation's
    /// (`D-Calif.`), never the end of the sentence around them.
    depth: usize,
    one_sentence: bool,
    /// A sentence ended and only one was asked for.
    done: bool,
}

impl<'a> Out<'a> {
    fn push(&mut self, start: usize, end: usize, word: bool) {
        let text = self.text.get(start..end).unwrap_or("");
        let tok = Tok {
            text,
            start,
            end,
            word,
        };
        self.done |= self.one_sentence && tok.sentence_end();
        self.toks.push(tok);
    }

    /// A word, without quote-like chars at its edges. Nearly every word
    /// has none: it is pushed as sliced, here, and only the rest is
    /// trimmed ([`Out::quoted_word`]). A word never ends a sentence, so
    /// `done` stays as it is. Always inlined: once per word, and left to
    /// itself the compiler kept it a call that cost as much as the path.
    #[inline(always)]
    fn word(&mut self, start: usize, end: usize) {
        let w = self.text.get(start..end).unwrap_or("");
        let quote = |b: Option<&u8>| matches!(b, Some(b'\'' | 0xe2));
        if !quote(w.as_bytes().first()) && !matches!(w.as_bytes().last(), Some(b'\'' | 0x99)) {
            // No apostrophe at either edge (`’` is e2 80 99 in UTF-8).
            self.toks.push(Tok {
                text: w,
                start,
                end,
                word: true,
            });
            return;
        }
        self.quoted_word(w, start, end);
    }

    /// A word with a quote-like byte at an edge: its apostrophes trimmed.
    #[cold]
    fn quoted_word(&mut self, w: &'a str, start: usize, end: usize) {
        let trimmed = w.trim_end_matches(['’', '\'']);
        let trail = w.len() - trimmed.len();
        let w = trimmed.trim_start_matches(['’', '\'']);
        let lead = trimmed.len() - w.len();
        if !w.is_empty() {
            self.push(start + lead, end - trail, true);
        }
    }

    /// The punctuation, joiners and line breaks in `text[from..to]`.
    fn gap(&mut self, from: usize, to: usize) {
        let text = self.text;
        let Some(gap) = text.get(from..to) else {
            return;
        };
        let mut chars = gap.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if self.done {
                return;
            }
            let start = from + i;
            if joiner(c) {
                let mut end = start + c.len_utf8();
                while let Some((j, d)) = chars.next_if(|&(_, d)| joiner(d)) {
                    end = from + j + d.len_utf8();
                }
                self.word(start, end);
            } else if c == '\n' {
                // Source line wrapping is only whitespace; a line break is a
                // sentence break after end punctuation or before a wiki `:`
                // label.
                let before = text
                    .get(..start)
                    .and_then(|t| t.trim_end().chars().next_back());
                let after = text
                    .get(start..)
                    .and_then(|t| t.trim_start().chars().next());
                let ends = before
                    .is_some_and(|b| matches!(b, '.' | '!' | '?' | ':' | '"' | '”' | '’' | '»'));
                if ends || after == Some(':') {
                    self.push(start, start + 1, false);
                }
            } else if !c.is_whitespace() {
                match c {
                    '(' => self.depth += 1,
                    ')' => self.depth = self.depth.saturating_sub(1),
                    '.' if self.depth > 0 => continue,
                    _ => {}
                }
                self.push(start, start + c.len_utf8(), false);
            }
        }
    }
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
        // A hyphenated initialism is one word, and neither period ends the
        // sentence.
        assert_eq!(
            words("director of the A.F.L.-C.I.O. and organizer"),
            ["director", "of", "the", "A.F.L.-C.I.O.", "and", "organizer"]
        );
        assert_eq!(
            words("Jane Roe, R-Wis., said. “#MeToo,” @roe wrote - ’90s"),
            [
                "Jane", "Roe", ",", "R-Wis.", ",", "said", ".", "“", "#MeToo", ",", "”", "@roe",
                "wrote", "-", "90s"
            ]
        );
        assert_eq!(
            words("AT& T rock’n’roll 3.5% Forex.com."),
            ["AT&", "T", "rock’n’roll", "3.5", "%", "Forex.com", "."]
        );
    }

    #[test]
    fn one_sentence_stops_at_its_end_and_past_abbreviations() {
        let t = "said Sen. Roe, R-Wis., today. He left.";
        let toks = tokenize_until(t, 0, t.len(), true);
        let texts: Vec<&str> = toks.iter().map(|k| k.text).collect();
        assert_eq!(
            texts,
            ["said", "Sen.", "Roe", ",", "R-Wis.", ",", "today", "."]
        );
        let t = "said Roe! “Yes,” he";
        assert_eq!(tokenize_until(t, 0, t.len(), true).len(), 3);
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
