//! One pass over a block's text into word tokens with byte spans, the kind
//! of gap before each (space, hyphen or punctuation), sentence starts and
//! possessives. Everything after this works on tokens, never on raw text.

mod language;

pub use language::looks_english;

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

/// ASCII letters and digits, by byte: one load per letter instead of the
/// three range tests `u8::is_ascii_alphanumeric` makes, in the loop every
/// byte of every word goes through.
const ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

fn alnum(byte: u8) -> bool {
    ALNUM.get(usize::from(byte)).copied().unwrap_or(false)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn opens_quote(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '„')
}

/// `c.is_alphanumeric()`, answering the scripts these articles are written
/// in (Latin, Cyrillic, Hangul, CJK) from their ranges: the general lookup
/// is a table search per letter.
fn word_char(c: char) -> bool {
    match u32::from(c) {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0xd7 | 0xf7 => false,
        0xc0..=0x24f | 0x400..=0x481 | 0x48a..=0x52f | 0xac00..=0xd7a3 | 0x4e00..=0x9fff => true,
        _ => c.is_alphanumeric(),
    }
}

/// The char at byte `at` (which must be a boundary) and its length.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// Split `text` into word tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4 + 1);
    let mut pos = 0;
    let mut gap_start = 0;
    while let Some(&byte) = bytes.get(pos) {
        // ASCII is nearly all of the text: skip it without decoding.
        let starts_word = if byte.is_ascii() {
            alnum(byte) || byte == b'&'
        } else {
            match char_at(text, pos) {
                // Curly quotes and dashes are common; skip the Unicode tables.
                Some(c) if ('\u{2000}'..='\u{206f}').contains(&c) => {
                    pos += c.len_utf8();
                    continue;
                }
                Some(c) if word_char(c) => true,
                Some(c) => {
                    pos += c.len_utf8();
                    continue;
                }
                None => break,
            }
        };
        if !starts_word {
            pos += 1;
            continue;
        }
        let start = pos;
        let full_end = if byte == b'&' {
            pos + 1
        } else {
            word_end(text, pos)
        };
        let word = text.get(start..full_end).unwrap_or("");
        let mut end = full_end;
        let mut possessive = false;
        // A possessive suffix ends the name but not the word's span.
        if word.len() > 2 && matches!(word.as_bytes().last(), Some(b's' | b'S')) {
            for suffix in ["’s", "'s", "’S", "'S"] {
                if let Some(stem) = word.strip_suffix(suffix) {
                    if !stem.is_empty() {
                        end = start + stem.len();
                        possessive = true;
                    }
                    break;
                }
            }
        }
        let cap = if byte.is_ascii() {
            byte.is_ascii_uppercase()
        } else {
            word.chars().next().is_some_and(char::is_uppercase)
        };
        let gap_text = text.get(gap_start..start).unwrap_or("");
        // The commonest gaps answered at once; the general tests walk
        // the gap's chars twice.
        let (gap, sentence_start) = if toks.is_empty() {
            (Gap::Break, true)
        } else if gap_text == " " {
            (Gap::Space, false)
        } else if gap_text == ", " {
            (Gap::Break, false)
        } else if gap_text == ". " {
            (Gap::Break, true)
        } else {
            (
                classify_gap(gap_text, toks.is_empty()),
                toks.is_empty() || starts_sentence(gap_text),
            )
        };
        let linked = matches!(
            gap_text.as_bytes().last(),
            Some(b'#' | b'@' | b'/' | b'=' | b'_' | b'.')
        );
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
        pos = full_end.max(start + 1);
        gap_start = pos;
    }
    toks
}

/// The end of the word starting at `start`: letters and digits, inner
/// apostrophes (`O’Brien`), and the period of an initial (`P.`, `U.S.`) or
/// a known abbreviation (`Mr.`, `Corp.`).
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut letters = 0;
    while let Some(&byte) = bytes.get(end) {
        if alnum(byte) {
            end += 1;
            letters += 1;
            continue;
        }
        // Most words end at a space or plain punctuation: nothing to decode.
        if byte.is_ascii() && !matches!(byte, b'\'' | b'&' | b'.') {
            break;
        }
        let Some(c) = char_at(text, end) else { break };
        let at = end;
        let punctuation = ('\u{2000}'..='\u{206f}').contains(&c);
        if !punctuation && word_char(c) {
            end += c.len_utf8();
            letters += 1;
            continue;
        }
        // A mark with no precomposed form (`Mū́nez`) stays in its word.
        if letters > 0 && crate::loader::compose::is_mark(c) {
            end += c.len_utf8();
            continue;
        }
        let next = char_at(text, at + c.len_utf8());
        if is_apostrophe(c) && letters > 0 && next.is_some_and(char::is_alphanumeric) {
            end = at + c.len_utf8();
            continue;
        }
        if c == '&' && letters > 0 && next.is_some_and(char::is_alphanumeric) {
            // `AT&T`, `S&P`
            end = at + 1;
            continue;
        }
        if c == '.' {
            let word = text.get(start..end).unwrap_or("");
            let segment = word.rsplit('.').next().unwrap_or(word);
            let single = segment.chars().count() == 1 && segment.chars().all(char::is_alphabetic);
            if single && next.is_some_and(char::is_alphabetic) {
                // `U.S.`: keep reading the chain of initials.
                end = at + 1;
                continue;
            }
            if single || crate::loader::abbreviations::listed(word) {
                end = at + 1;
            }
        }
        break;
    }
    end
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

fn starts_sentence(gap: &str) -> bool {
    if gap
        .chars()
        .any(|c| matches!(c, '.' | '!' | '?' | ':' | '…' | '*' | '•' | '|'))
    {
        return true;
    }
    // An opening quote right before the word starts a quotation.
    gap.chars().last().is_some_and(opens_quote)
}

/// The token's text.
pub fn text_of<'a>(text: &'a str, tok: &Tok) -> &'a str {
    text.get(tok.start..tok.end).unwrap_or("")
}

/// First char uppercase: a candidate name word.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more letters, all uppercase (`UN`, `NATO`, `U.S.`).
pub fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
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

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| text_of(text, t)).collect()
    }

    #[test]
    fn initials_abbreviations_and_inner_apostrophes_stay_in_the_word() {
        assert_eq!(
            words("Mark P. Barry met Mr. O’Brien in the U.S. today."),
            [
                "Mark",
                "P.",
                "Barry",
                "met",
                "Mr.",
                "O’Brien",
                "in",
                "the",
                "U.S.",
                "today"
            ]
        );
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

    #[test]
    fn the_byte_table_is_ascii_alphanumeric() {
        for b in 0..=u8::MAX {
            assert_eq!(alnum(b), b.is_ascii_alphanumeric(), "{b}");
        }
    }

    #[test]
    fn word_char_agrees_with_the_unicode_tables() {
        for c in ('\0'..='\u{d7ff}').chain('\u{e000}'..='\u{ffff}') {
            assert_eq!(word_char(c), c.is_alphanumeric(), "{c:?}");
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
