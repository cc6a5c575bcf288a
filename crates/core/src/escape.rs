//! Showing a stranger's text safely outside the reader's screen model:
//! [`is_hidden`] names every character a terminal could act on, or that
//! would hide or reorder text around it, and [`visible`] writes each as
//! one visible escape, `<U+009F>`, so nothing is dropped and a name never
//! hides part of itself (`Reuters.txt<U+009F>-fake.txt`). The loader uses
//! them for the reasons and paths in its errors and for feed fields; the
//! application's `output` module prints through them.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Characters shown as an escape rather than as themselves: controls (C0,
/// DEL, C1, whose string introducers would swallow what follows), bidi
/// marks, embeddings, overrides and isolates (text shown in another order
/// than stored), zero-width and other invisible format characters,
/// fillers and spaces other than U+0020 (a name that looks like another),
/// line and paragraph separators, and the tag characters.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{a0}'
                | '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{1680}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{2000}'..='\u{200f}'
                | '\u{2028}'..='\u{202f}'
                | '\u{205f}'..='\u{206f}'
                | '\u{3000}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{1bca0}'..='\u{1bca3}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e0fff}'
        )
}

/// `s` with every [hidden](is_hidden) character written as `<U+009F>` (its
/// code point, as Unicode charts name it). No backslash: paths are split
/// on it. Borrows when there is nothing to escape.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_hidden(c) {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_untouched() {
        let s = "Café “quoted” 東京 👩‍👩‍👧 — fine";
        // ZWJ sequences are hidden characters too: a name shows them.
        assert!(matches!(
            visible("Café “quoted” 東京 — fine"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            visible(s),
            "Café “quoted” 東京 👩<U+200D>👩<U+200D>👧 — fine"
        );
    }

    #[test]
    fn every_hidden_character_becomes_a_visible_escape_and_nothing_is_lost() {
        let name = "Reuters.txt\u{9f}-fake.txt";
        assert_eq!(visible(name), "Reuters.txt<U+009F>-fake.txt");
        let hostile = "a\x1b]52;c;cHduZWQ=\x07b\u{9b}2J\u{202e}c\nd\u{61c}\u{3164}";
        let shown = visible(hostile);
        assert_eq!(
            shown,
            "a<U+001B>]52;c;cHduZWQ=<U+0007>b<U+009B>2J<U+202E>c<U+000A>d<U+061C><U+3164>"
        );
        assert!(!shown.chars().any(is_hidden));
    }

    #[test]
    fn the_class_covers_controls_bidi_and_invisibles() {
        for c in ('\0'..='\u{1f}').chain('\u{7f}'..='\u{9f}') {
            assert!(is_hidden(c), "{c:?}");
        }
        for c in [
            '\u{200b}',
            '\u{200d}',
            '\u{200e}',
            '\u{202a}',
            '\u{2066}',
            '\u{2069}',
            '\u{feff}',
            '\u{180e}',
            '\u{e0041}',
            '\u{2028}',
        ] {
            assert!(is_hidden(c), "{c:?}");
        }
        for c in ['a', ' ', 'é', '“', '—', '東', '😀', '\u{301}'] {
            assert!(!is_hidden(c), "{c:?}");
        }
    }
}
