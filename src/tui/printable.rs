//! Defence in depth against terminal control sequences. The loader already
//! sanitizes article text and file names, but [`App::new`] takes articles
//! and messages from any caller, and ratatui copies span text into cells
//! verbatim: an ESC that got that far could retitle the window, write the
//! clipboard (OSC 52) or repaint the screen. So every string the model
//! holds is made [`printable`] once, where it enters the model; drawing
//! then needs no check of its own. Article text is replaced one for one
//! (its quotes and mentions are char offsets); file names and messages
//! naming files show what was hidden as visible escapes instead.
//!
//! [`App::new`]: super::app::App::new

use std::borrow::Cow;

use crate::article::Article;

/// Stands in for a character that must not reach the terminal, so the
/// reader can see that something was there.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Characters a terminal may act on rather than show: C0 and C1 controls,
/// DEL, and the bidi overrides and isolates that can make text read in an
/// order other than the one it is stored in; and those terminals draw at
/// different widths, which would desynchronise the screen from ratatui's
/// cells (the loader drops them; this catches text that did not pass it).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || crate::loader::text::disagreed(c)
}

/// `s` with every unsafe char replaced one for one (whitespace controls by a
/// space, the rest by [`REPLACEMENT`]), so char offsets into it stay valid.
/// Borrows when there is nothing to replace, which is nearly always.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c if is_unsafe(c) => REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

/// Clean `s` in place; no allocation when it is already clean.
pub fn clean(s: &mut String) {
    if let Cow::Owned(fixed) = printable(s) {
        *s = fixed;
    }
}

/// Clean a file name, or a message naming files, in place: each hidden
/// character shown as a visible escape ([`crate::output::visible`], the
/// style of every name newsreader prints), so no part of a name can hide
/// (an 8-bit string introducer would swallow the rest of it on a
/// terminal). Names carry no char offsets, so they need not stay one for
/// one.
pub fn clean_name(s: &mut String) {
    if let Cow::Owned(fixed) = crate::output::visible(s) {
        *s = fixed;
    }
}

/// Clean every string of `article` the reader may draw. Char offsets
/// (quotes, cues, mentions) stay valid because replacement is one for one,
/// and names stay equal to each other because it is deterministic.
pub fn clean_article(article: &mut Article) {
    clean_name(&mut article.source);
    clean(&mut article.title);
    for field in [
        &mut article.byline,
        &mut article.dateline,
        &mut article.caption,
        &mut article.credit,
    ]
    .into_iter()
    .flatten()
    {
        clean(field);
    }
    // Names and addresses from the network: shown with visible escapes.
    for field in [&mut article.url, &mut article.feed, &mut article.published]
        .into_iter()
        .flatten()
    {
        clean_name(field);
    }
    for block in &mut article.blocks {
        clean(&mut block.text);
    }
    for quote in &mut article.quotes {
        clean(&mut quote.text);
        if let Some(speaker) = &mut quote.speaker {
            clean(speaker);
        }
        if let Some(cue) = &mut quote.cue {
            clean(&mut cue.verb);
        }
    }
    for entity in &mut article.entities {
        clean(&mut entity.name);
        for alias in &mut entity.aliases {
            clean(alias);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(printable("Kim said, “hi”"), Cow::Borrowed(_)));
    }

    #[test]
    fn escapes_and_controls_are_replaced_one_for_one() {
        let name = "evil\x1b]0;PWNED\x07\u{9b}2J\u{202E}txt.exe\tx";
        let shown = printable(name);
        assert!(!shown.chars().any(is_unsafe), "{shown:?}");
        assert_eq!(shown.chars().count(), name.chars().count());
        assert_eq!(
            shown,
            "evil\u{FFFD}]0;PWNED\u{FFFD}\u{FFFD}2J\u{FFFD}txt.exe x"
        );
    }
}
