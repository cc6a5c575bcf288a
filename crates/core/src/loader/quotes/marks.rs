//! Which characters are quote marks, and whether a given `'`/`’` is a quote
//! mark at all or an apostrophe. The scanner in [`super`] asks these questions
//! with the characters on either side of the mark; nothing here looks further
//! than a few characters, so every call is constant time.

/// A quote mark as found in the text, before deciding whether it opens,
/// closes or is no quote at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// `“`: opens in English, closes after `„` (German).
    LeftDouble,
    /// `”`: closes; opens the Swedish `”…”` style.
    RightDouble,
    /// `„`: always opens.
    LowDouble,
    /// `«`.
    LeftGuillemet,
    /// `»`.
    RightGuillemet,
    /// `‹`.
    LeftSingleGuillemet,
    /// `›`.
    RightSingleGuillemet,
    /// `"`.
    StraightDouble,
    /// ` `` ` (PTB-style opening, two chars).
    Backticks,
    /// `''` (PTB-style closing, two chars).
    TwoApostrophes,
    /// `‘`.
    LeftSingle,
    /// `’`.
    RightSingle,
    /// `'`.
    StraightSingle,
}

impl Mark {
    /// The mark starting with `c`, given the char after it (for the two-char
    /// PTB marks). Returns the mark and its length in bytes.
    pub fn at(c: char, next: Option<char>) -> Option<(Mark, usize)> {
        let mark = match c {
            '“' => Mark::LeftDouble,
            '”' => Mark::RightDouble,
            '„' => Mark::LowDouble,
            '«' => Mark::LeftGuillemet,
            '»' => Mark::RightGuillemet,
            '‹' => Mark::LeftSingleGuillemet,
            '›' => Mark::RightSingleGuillemet,
            '"' => Mark::StraightDouble,
            '`' if next == Some('`') => return Some((Mark::Backticks, 2)),
            '`' => Mark::LeftSingle,
            '\'' if next == Some('\'') => return Some((Mark::TwoApostrophes, 2)),
            '‘' => Mark::LeftSingle,
            '’' => Mark::RightSingle,
            '\'' => Mark::StraightSingle,
            _ => return None,
        };
        Some((mark, c.len_utf8()))
    }

    /// Marks that can open a paragraph that continues a double-quoted one.
    pub fn opens_double(self) -> bool {
        matches!(
            self,
            Mark::LeftDouble
                | Mark::LowDouble
                | Mark::LeftGuillemet
                | Mark::RightGuillemet
                | Mark::StraightDouble
                | Mark::Backticks
                | Mark::RightDouble
        )
    }

    /// Marks that can open a paragraph that continues a single-quoted one.
    pub fn opens_single(self) -> bool {
        matches!(
            self,
            Mark::LeftSingle | Mark::StraightSingle | Mark::LeftSingleGuillemet
        )
    }
}

/// The bytes a quote mark can start with: the ASCII marks, 0xE2 (U+2018
/// to U+203A) and 0xC2 (« »), so the scanner can skip plain text without
/// decoding it.
pub fn lead_byte(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xE2 | 0xC2)
}

/// A letter or digit, or a combining mark on one (which NFC leaves where a
/// letter has no precomposed form): an apostrophe after it is inside a word.
pub fn wordish(c: char) -> bool {
    c.is_alphanumeric() || crate::loader::compose::is_mark(c)
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '"' | '`' | '\'' | '‘' | '’'
    )
}

/// A mark here could open a quote: start of text or after a space, an
/// opening bracket, a dash or another mark, and followed by something.
pub fn opener_context(prev: Option<char>, next: Option<char>) -> bool {
    let before = match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | ';')
                || is_quote_char(p)
        }
    };
    before && next.is_some_and(|n| !n.is_whitespace())
}

/// A mark here could close a quote: after something that is not a space,
/// and followed by the end, a space, punctuation or another mark.
pub fn closer_context(prev: Option<char>, next: Option<char>) -> bool {
    let after = match next {
        None => true,
        Some(n) => n.is_whitespace() || (!n.is_alphanumeric() && n != '_'),
    };
    after && prev.is_some_and(|p| !p.is_whitespace())
}

/// Words that are spelt with a leading apostrophe: `’em`, `’til`, `’90s`.
/// `rest` is the text right after the mark.
pub fn elided_word(rest: &str) -> bool {
    let word_len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    super::tick(word_len);
    let word = rest.get(..word_len).unwrap_or("");
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        // ’90s, ’08: a year, not a quote about a number.
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        return digits == 2 && matches!(word.get(digits..), Some("" | "s"));
    }
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "em" | "til" | "tis" | "twas" | "cause" | "bout" | "round" | "nuff"
    )
}

/// `’n’` as in rock ’n’ roll: the mark, `n`, and a second mark. Returns the
/// byte length to skip past both marks.
pub fn rock_n_roll(rest: &str) -> Option<usize> {
    let mut it = rest.chars();
    if it.next()? != 'n' {
        return None;
    }
    let second = it.next()?;
    if second != '’' && second != '\'' {
        return None;
    }
    if it.next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(1 + second.len_utf8())
}

/// A closing-looking `’`/`'` right after a plural `s` is a possessive (the
/// Smiths’ house) when a word follows and a real closer comes later.
pub fn plural_possessive(prev: Option<char>, rest: &str, later: &str) -> bool {
    if !matches!(prev, Some('s' | 'S')) {
        return false;
    }
    let mut it = rest.chars();
    let followed_by_word = it.next() == Some(' ') && it.next().is_some_and(|c| c.is_alphanumeric());
    followed_by_word && later_closer(later)
}

fn later_closer(later: &str) -> bool {
    let mut prev: Option<char> = None;
    // A bounded look ahead keeps a run of possessives linear overall.
    let mut it = later.chars().take(300).peekable();
    while let Some(c) = it.next() {
        super::tick(1);
        if (c == '’' || c == '\'') && closer_context(prev, it.peek().copied()) {
            let inside_word =
                prev.is_some_and(wordish) && it.peek().is_some_and(|n| n.is_alphanumeric());
            if !inside_word {
                return true;
            }
        }
        prev = Some(c);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_recognised_with_their_length() {
        assert_eq!(Mark::at('“', None), Some((Mark::LeftDouble, 3)));
        assert_eq!(Mark::at('`', Some('`')), Some((Mark::Backticks, 2)));
        assert_eq!(Mark::at('\'', Some('\'')), Some((Mark::TwoApostrophes, 2)));
        assert_eq!(Mark::at('\'', Some('a')), Some((Mark::StraightSingle, 1)));
        assert_eq!(Mark::at('x', None), None);
    }

    #[test]
    fn contexts() {
        assert!(opener_context(None, Some('a')));
        assert!(opener_context(Some(' '), Some('a')));
        assert!(!opener_context(Some('a'), Some('b')));
        assert!(!opener_context(Some(' '), Some(' ')));
        assert!(closer_context(Some('.'), None));
        assert!(closer_context(Some('a'), Some(',')));
        assert!(!closer_context(Some('a'), Some('b')));
        assert!(!closer_context(Some(' '), Some(' ')));
    }

    #[test]
    fn elisions() {
        assert!(elided_word("90s were fun"));
        assert!(elided_word("08 crash"));
        assert!(elided_word("em all"));
        assert!(elided_word("til dawn"));
        assert!(!elided_word("Hello there"));
        assert!(!elided_word("1984 is a book"));
        assert_eq!(rock_n_roll("n’ roll"), Some(4));
        assert_eq!(rock_n_roll("n' roll"), Some(2));
        assert_eq!(rock_n_roll("no way"), None);
    }

    #[test]
    fn possessive_needs_a_later_closer() {
        assert!(plural_possessive(Some('s'), " house", " house,’ he said"));
        assert!(!plural_possessive(Some('s'), " house", " house, he said"));
        assert!(!plural_possessive(Some('s'), ", he", ", he said"));
        assert!(!plural_possessive(Some('o'), " house", " house’"));
    }
}
