//! The loader's one tokenizer and its one sentence splitter. A block's text
//! is words and the gaps between them: [`words`] finds the words, with one
//! definition of where a word ends (inner apostrophes, `&` between
//! letters, chains of initials, the period an abbreviation keeps), and
//! [`sentence_end`] reads a gap for the end of a sentence. The entity
//! finder's tokens, attribution's tokens beside a quote and the derived
//! headline's first sentence are views of these two, so the stages cannot
//! disagree on what a word is or where a sentence ends.

use crate::loader::abbreviations::keeps_period;

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

/// Bytes a gap between words ends at: an ASCII letter or digit, `&`, or
/// any byte of a non-ASCII char (which is decoded to tell). The skip over
/// a gap is then one table load per byte.
const GAP_ENDS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = ALNUM[b] || b == b'&' as usize || b >= 0x80;
        b += 1;
    }
    table
};

fn ends_gap(byte: u8) -> bool {
    GAP_ENDS.get(usize::from(byte)).copied().unwrap_or(true)
}

/// `c.is_alphanumeric()`, answering the scripts these articles are written
/// in (Latin, Cyrillic, Hangul, CJK) from their ranges: the general lookup
/// is a table search per letter.
pub fn word_char(c: char) -> bool {
    match u32::from(c) {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0xd7 | 0xf7 => false,
        0xc0..=0x24f | 0x400..=0x481 | 0x48a..=0x52f | 0xac00..=0xd7a3 | 0x4e00..=0x9fff => true,
        _ => c.is_alphanumeric(),
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The char at byte `at` (which must be a boundary).
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
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

/// The byte spans of the words of `text[from..to]` (both clamped to char
/// boundaries), in order. A word never reaches past `to`.
pub fn words(text: &str, from: usize, to: usize) -> Words<'_> {
    let to = floor_boundary(text, to);
    let from = floor_boundary(text, from.min(to));
    Words {
        text: text.get(..to).unwrap_or(""),
        pos: from,
    }
}

/// The iterator [`words`] returns.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    /// The text up to the end of the range: spans stay offsets into the
    /// whole text, and no word can run past the range.
    text: &'a str,
    pos: usize,
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        let text = self.text;
        let bytes = text.as_bytes();
        // A local position: the compiler keeps it in a register, where
        // `self.pos` would be stored back for every byte skipped.
        let mut pos = self.pos;
        loop {
            // ASCII is nearly all of the text: its gap bytes are skipped
            // in one tight loop, without decoding.
            // Most gaps are one space before a letter: stepped over at once.
            if bytes.get(pos) == Some(&b' ') && bytes.get(pos + 1).is_some_and(|&b| alnum(b)) {
                pos += 1;
            } else {
                let rest = bytes.get(pos..).unwrap_or(&[]);
                pos += rest.iter().position(|&b| ends_gap(b)).unwrap_or(rest.len());
            }
            let Some(&byte) = bytes.get(pos) else { break };
            let starts_word = if byte.is_ascii() {
                alnum(byte) || byte == b'&'
            } else {
                match char_at(text, pos) {
                    // Curly quotes and dashes are common; skip the tables.
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
            let end = if byte == b'&' {
                pos + 1
            } else {
                word_end(text, pos)
            };
            self.pos = end.max(pos + 1);
            return Some((pos, end));
        }
        self.pos = bytes.len();
        None
    }
}

/// A word [`next_word`] found: its byte span, and whether it is plain,
/// ASCII letters and digits only (so no possessive, and its first byte
/// tells its case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub plain: bool,
}

/// The first word at or after `pos` (a char boundary) of all of `text`:
/// what `words(text, pos, text.len()).next()` gives. The commonest word,
/// ASCII letters and digits after a gap of ASCII bytes and before a byte
/// that cannot extend it, is found in one scan with no decoding and no
/// iterator state; anything else goes the general way.
#[inline(always)]
pub fn next_word(text: &str, pos: usize) -> Option<Word> {
    let bytes = text.as_bytes();
    let rest = bytes.get(pos..)?;
    // No gap end at all: the general scan would find no word either.
    let skip = rest.iter().position(|&b| ends_gap(b))?;
    let start = pos + skip;
    let first = *rest.get(skip)?;
    if !alnum(first) {
        // `&` or a non-ASCII char: `start` is a boundary (only ASCII gap
        // bytes were skipped), where the general scan arrives too.
        let (start, end) = Words { text, pos: start }.next()?;
        return Some(Word {
            start,
            end,
            plain: false,
        });
    }
    Some(word_from(text, start))
}

/// The word starting at `start`, which must hold an ASCII letter or digit
/// (so it starts a word wherever the gap before it began): [`next_word`]
/// past its gap, for a caller that has already seen the gap end there.
#[inline(always)]
pub fn word_from(text: &str, start: usize) -> Word {
    let bytes = text.as_bytes();
    let run_end = start + crate::loader::swar::alnum_run(bytes, start);
    // As `word_end`'s first step decides: only these bytes can extend a
    // word past its letters.
    let plain = match bytes.get(run_end) {
        None => true,
        Some(&b) => b.is_ascii() && !matches!(b, b'\'' | b'&' | b'.'),
    };
    let end = if plain {
        run_end
    } else {
        word_end(text, start)
    };
    Word { start, end, plain }
}

/// The end of the word starting at `start`: letters and digits, inner
/// apostrophes (`O’Brien`), `&` between letters (`AT&T`), and the period
/// of a chain of initials (`U.S.`) or of a word that keeps its period
/// ([`keeps_period`]).
#[inline(always)]
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut letters = 0;
    loop {
        // The run of ASCII letters and digits, most of every word, eight
        // bytes a step: the general step below re-tested each byte's
        // bounds and kind for every letter.
        let run = crate::loader::swar::alnum_run(bytes, end);
        end += run;
        letters += run;
        let Some(&byte) = bytes.get(end) else { break };
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
            end = at + 1;
            continue;
        }
        if c == '.' {
            let word = text.get(start..end).unwrap_or("");
            // The part after the last period, found on bytes, and whether
            // it is one letter: a char searcher's set-up and a count of
            // every char cost more than the test, for each word a period
            // ends.
            let mut segment = after_last(word, b'.').chars();
            let single = matches!(
                (segment.next(), segment.next()),
                (Some(c), None) if c.is_alphabetic()
            );
            if single && next.is_some_and(char::is_alphabetic) {
                // `U.S.`: keep reading the chain of initials.
                end = at + 1;
                continue;
            }
            if keeps_period(word) {
                end = at + 1;
            }
        }
        break;
    }
    end
}

/// Chars that end a sentence.
fn terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Chars that close what a sentence's end punctuation belongs to: a
/// quotation or a parenthesis (`“We will.” He`, `(as planned.) It`).
fn closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// What follows the last `sep` (an ASCII byte) in `s`, or all of `s`:
/// `s.rsplit(sep).next()`, found on bytes. The stages ask it of names and
/// words a few bytes long, for which a char searcher's set-up cost more
/// than the search.
pub fn after_last(s: &str, sep: u8) -> &str {
    match s.bytes().rposition(|b| b == sep) {
        Some(at) => s.get(at + 1..).unwrap_or(""),
        None => s,
    }
}

/// Whether `s` holds the ASCII byte `b`, found without a searcher.
pub fn has_byte(s: &str, b: u8) -> bool {
    s.bytes().any(|c| c == b)
}

/// Whether a period with `after` right after it closes an abbreviation the
/// word lists do not hold, and so ends no sentence: a comma or semicolon
/// follows (`Jane Roe, R-Wis., said`).
pub fn period_before_comma(after: &str) -> bool {
    after.starts_with([',', ';'])
}

/// Where a sentence ends in `gap`, the text between two words (or after
/// the last): the byte offset just past its end punctuation and the
/// quotes and brackets closing on it, or `None` when the gap ends none.
/// The loader's one sentence splitter: a period is in a gap only when the
/// word before did not keep it (an abbreviation's, an initial's), and a
/// period with a word right after it (`Forex.com`, `3.5`) or a comma
/// ([`period_before_comma`]) ends nothing.
pub fn sentence_end(gap: &str) -> Option<usize> {
    for (i, c) in gap.char_indices() {
        if !terminator(c) {
            continue;
        }
        let after = i + c.len_utf8();
        if c == '.' && after == gap.len() {
            // Straight into the next word: inside one (`Forex.com`).
            return None;
        }
        let rest = gap.get(after..).unwrap_or("");
        if c == '.' && period_before_comma(rest) {
            continue;
        }
        let run = rest.len()
            - rest
                .trim_start_matches(|c| terminator(c) || closer(c))
                .len();
        return Some(after + run);
    }
    None
}

#[cfg(test)]
pub(crate) mod tests;
