//! The characters terminals draw at widths that differ from one terminal
//! to the next, or from what `unicode-width` (and so ratatui) expects. The
//! sanitizer drops them, so the reader's cell model matches the screen.
//! Measured in tmux 3.3a: `❤` + VS16 is one cell there and two for
//! `unicode-width`; `👍` + a skin tone four cells there and two for
//! `unicode-width`; U+3164 two cells there and none for `unicode-width`;
//! a joiner after a one-cell emoji (`🏳` ZWJ `🌈`) one cell there and three
//! for `unicode-width`, while between two wide emoji (`👨` ZWJ `👩`) both
//! say two.

/// Characters that terminals draw at different widths, or that are
/// invisible fillers, so that a screen holding them no longer matches the
/// reader's cell model (stale characters, rows a cell short or long): the
/// Arabic letter mark, the Hangul and Mongolian fillers and selectors,
/// variation selectors (VS16 makes `❤` two cells wide for some terminals
/// and one for others; without it every terminal draws the emoji the
/// same), and skin-tone modifiers (drawn on their emoji by some, as a
/// separate swatch by others). The emoji themselves stay.
pub fn disagreed(c: char) -> bool {
    matches!(
        c,
        '\u{61c}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{180b}'..='\u{180f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{ffa0}'
            | '\u{1f3fb}'..='\u{1f3ff}'
    )
}

/// An emoji drawn two cells wide, which a zero-width joiner may join to
/// the next one (tmux and emoji-aware terminals then draw the pair as one
/// two-cell emoji, the width `unicode-width` gives the sequence).
pub(super) fn wide_emoji(c: char) -> bool {
    matches!(c, '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}' | '\u{2b00}'..='\u{2bff}')
        && unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

#[cfg(test)]
mod tests {
    use super::super::normalize;

    #[test]
    fn drops_what_terminals_draw_at_different_widths_and_keeps_the_emoji() {
        // Fillers, selectors and the Arabic letter mark go.
        assert_eq!(
            normalize("a\u{180e}b\u{3164}c\u{115f}\u{1160}d\u{ffa0}e\u{61c}f \u{200c}g"),
            "abcdef g"
        );
        // VS16 and skin tones go; the emoji stay.
        assert_eq!(normalize("I \u{2764}\u{fe0f} it"), "I \u{2764} it");
        assert_eq!(normalize("\u{1f44d}\u{1f3fd} ok"), "\u{1f44d} ok");
        assert_eq!(normalize("key 1\u{fe0f}\u{20e3}"), "key 1\u{20e3}");
        // A joiner between two wide emoji stays (one wide emoji on screen),
        // even after a skin tone went; anywhere else it goes.
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        assert_eq!(normalize(family), family);
        assert_eq!(
            normalize("\u{1f9d1}\u{1f3fd}\u{200d}\u{1f4bb}"),
            "\u{1f9d1}\u{200d}\u{1f4bb}"
        );
        assert_eq!(
            normalize("\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}"),
            "\u{1f3f3}\u{1f308}"
        );
        assert_eq!(normalize("a\u{200d}b \u{200d}\u{1f600}"), "ab \u{1f600}");
        // Flags are pairs of regional indicators: kept as they are.
        assert_eq!(
            normalize("\u{1f1fa}\u{1f1e6} flag"),
            "\u{1f1fa}\u{1f1e6} flag"
        );
    }
}
