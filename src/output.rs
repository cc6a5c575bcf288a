//! The one escaping path for text newsreader writes outside the reader's
//! own screen model: every line the binary prints (errors, warnings,
//! summaries, paths, usage errors that echo an argument) and every file
//! name shown anywhere. A config key, a TOML line or a file name can hold
//! raw escape sequences; printed as they are, they would retitle the
//! window or write the clipboard (OSC 52) of whoever runs the command.
//!
//! Nothing is dropped: each character a terminal could act on, or that
//! would hide or reorder text around it, is shown as a visible escape in
//! one style, `<U+009F>`, so a name never hides part of itself
//! (`Reuters.txt<U+009F>-fake.txt`, not `Reuters.txt`).

pub mod json;
pub mod usage;

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

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

/// Text of several lines (a usage message) with each line made
/// [`visible`]: the line breaks stay, everything else hidden is escaped.
pub fn visible_lines(s: &str) -> String {
    s.split('\n').map(visible).collect::<Vec<_>>().join("\n")
}

/// Write `line` and a line break to `out`, made [`visible`].
pub fn write_line(out: &mut impl Write, line: &str) -> io::Result<()> {
    writeln!(out, "{}", visible(line))
}

/// Print `line` on standard output, made [`visible`]. A closed pipe is
/// the caller's to decide on, so the error is returned.
pub fn say(line: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    write_line(&mut out, line)?;
    out.flush()
}

/// Print `message` on standard error as `newsreader: message`, made
/// [`visible`]. Nothing is left to do when standard error is gone.
pub fn complain(message: &str) {
    let _ = write_line(&mut io::stderr().lock(), &format!("newsreader: {message}"));
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

    #[test]
    fn lines_keep_their_breaks_and_lose_their_escapes() {
        assert_eq!(
            visible_lines("error: '\x1b[2J'\n\nUsage: x"),
            "error: '<U+001B>[2J'\n\nUsage: x"
        );
    }
}
