//! Normalizing and sanitizing raw article text before anything reads its
//! structure. Every text the loader shows goes through [`normalize`] once,
//! so this is the single place that guarantees no terminal control sequence
//! or invisible character reaches the screen.
//!
//! The scan works on bytes: runs of ordinary characters (printable ASCII and
//! UTF-8 sequences whose lead byte cannot start anything special) are copied
//! in one `push_str`, and only the rare interesting bytes take the slow path.

mod width;

pub use width::disagreed;
use width::wide_emoji;

/// Strip a BOM, unify line endings, drop control sequences and controls,
/// turn exotic spaces into plain ones, drop zero-width characters, and
/// collapse runs of spaces (none left at line ends).
///
/// Total: any `&str` gives a `String`, never a panic.
pub fn normalize(raw: &str) -> String {
    let src = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let bytes = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    // Spaces are held back until something visible follows on the same line,
    // which both collapses runs and drops trailing spaces for free.
    let mut pending_space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let run_end = plain_run_end(bytes, i);
        super::work::tick(1 + run_end.saturating_sub(i));
        if run_end > i {
            if pending_space && b != b' ' {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(src.get(i..run_end).unwrap_or(""));
            i = run_end;
            continue;
        }
        match b {
            b'\n' => {
                out.push('\n');
                pending_space = false;
                i += 1;
            }
            b'\r' => {
                // A lone CR would let later text overprint the line on a
                // terminal; as a line break it can hide nothing.
                if bytes.get(i + 1) != Some(&b'\n') {
                    out.push('\n');
                    pending_space = false;
                }
                i += 1;
            }
            b' ' | b'\t' => {
                pending_space = true;
                i += 1;
            }
            0x1b => i = skip_escape(bytes, i),
            0x00..=0x1f | 0x7f => i += 1,
            _ => {
                let Some(c) = src.get(i..).and_then(|s| s.chars().next()) else {
                    break;
                };
                let next = i + c.len_utf8();
                match c {
                    // 8-bit CSI and the 8-bit string introducers carry a
                    // payload that must go with them.
                    '\u{9b}' => i = skip_csi_body(bytes, next),
                    '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                        i = skip_string_body(bytes, next)
                    }
                    // Zero-width and invisible formatting characters, and the
                    // bidi embeddings, overrides and isolates, which could make
                    // the screen show text in an order other than stored.
                    '\u{80}'..='\u{9f}'
                    | '\u{200b}'
                    | '\u{200e}'
                    | '\u{200f}'
                    | '\u{202a}'..='\u{202e}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{feff}'
                    // Soft hyphen and interlinear annotation marks: shown by
                    // some terminals, invisible in others.
                    | '\u{ad}'
                    | '\u{fff9}'..='\u{fffb}'
                    // Tag characters spell invisible text.
                    | '\u{e0000}'..='\u{e007f}'
                    => i = next,
                    // Characters terminals draw at different widths (see
                    // [`disagreed`]).
                    c if disagreed(c) => i = next,
                    // A non-joiner means something inside a word (Persian
                    // spelling) and joins its letter's cell; alone it is a
                    // cell of its own that terminals may or may not draw.
                    '\u{200c}' => {
                        let before = if pending_space { None } else { out.chars().last() };
                        if before.is_some_and(char::is_alphabetic) {
                            out.push(c);
                        }
                        i = next;
                    }
                    // A joiner stays only inside an emoji sequence, where
                    // terminals draw the sequence as one wide emoji; anywhere
                    // else some would join and some would not.
                    '\u{200d}' => {
                        let before = if pending_space { None } else { out.chars().last() };
                        let after = src.get(next..).and_then(|s| s.chars().next());
                        if before.is_some_and(wide_emoji) && after.is_some_and(wide_emoji) {
                            out.push(c);
                        }
                        i = next;
                    }
                    '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                        pending_space = true;
                        i = next;
                    }
                    '\u{2028}' | '\u{2029}' => {
                        out.push('\n');
                        pending_space = false;
                        i = next;
                    }
                    _ => {
                        if pending_space {
                            out.push(' ');
                            pending_space = false;
                        }
                        out.push(c);
                        i = next;
                    }
                }
            }
        }
    }
    out
}

/// End of the run of bytes starting at `i` that can be copied unchanged.
///
/// UTF-8 lead bytes `C2` (C1 controls, NBSP), `E2` (Unicode spaces,
/// zero-width, separators), `E3` (ideographic space) and `EF` (BOM) may
/// start something special, so they end the run; every other lead byte
/// starts an ordinary character whose whole sequence is skipped at once.
fn plain_run_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        // Plain prose eight bytes at a time; the rules below byte by byte.
        while super::swar::plain_ascii(bytes, i) {
            i += 8;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let len = match b {
            0x21..=0x7e => 1,
            // A single space between words stays in the run: prose is
            // mostly that, and it needs no collapsing.
            b' ' if matches!(bytes.get(i + 1), Some(0x21..=0x7e)) => 1,
            // U+061C, the Arabic letter mark, is invisible.
            0xd8 if bytes.get(i + 1) == Some(&0x9c) => break,
            0xc3..=0xdf => 2,
            // U+115F, U+1160 (Hangul fillers) and U+180B–U+180F
            // (Mongolian selectors and vowel separator) are invisible.
            0xe1 if matches!(
                (bytes.get(i + 1), bytes.get(i + 2)),
                (Some(0x85), Some(0x9f | 0xa0)) | (Some(0xa0), Some(0x8b..=0x8f))
            ) =>
            {
                break
            }
            0xe0 | 0xe1 | 0xe4..=0xee => 3,
            // Curly quotes and dashes (U+2010–U+2027) and most of the
            // punctuation blocks are ordinary; their neighbours are not.
            0xe2 if plain_e2(bytes.get(i + 1), bytes.get(i + 2)) => 3,
            // Skin-tone modifiers (U+1F3FB–U+1F3FF) are drawn apart from
            // their emoji by some terminals and with it by others.
            0xf0 if matches!(
                (bytes.get(i + 1), bytes.get(i + 2), bytes.get(i + 3)),
                (Some(0x9f), Some(0x8f), Some(0xbb..=0xbf))
            ) =>
            {
                break
            }
            // F3 starts plane 14, whose tag characters are invisible.
            0xf0..=0xf2 | 0xf4 => 4,
            _ => break,
        };
        i += len;
    }
    // A valid `&str` never ends mid-sequence, but stay on a boundary anyway.
    i.min(bytes.len())
}

/// Whether the three-byte sequence `E2 b1 b2` is an ordinary character:
/// not a Unicode space, zero-width character, line/paragraph separator or
/// bidi control (those are U+2000–U+200F, U+2028–U+202F, U+205F–U+206F).
fn plain_e2(b1: Option<&u8>, b2: Option<&u8>) -> bool {
    match (b1, b2) {
        (Some(0x80), Some(b2)) => matches!(b2, 0x90..=0xa7 | 0xb0..=0xbf),
        (Some(0x81), Some(b2)) => !matches!(b2, 0x9f..=0xaf),
        (Some(0x82..=0xbf), Some(_)) => true,
        _ => false,
    }
}

/// Skip an escape sequence whose ESC is at `i`; returns the index after it.
fn skip_escape(bytes: &[u8], i: usize) -> usize {
    let after = i + 1;
    match bytes.get(after) {
        Some(b'[') => skip_csi_body(bytes, after + 1),
        Some(b']' | b'P' | b'X' | b'^' | b'_') => skip_string_body(bytes, after + 1),
        // nF sequences (`ESC ( B` and friends): intermediates, then a final.
        Some(0x20..=0x2f) => {
            let mut j = after;
            while let Some(0x20..=0x2f) = bytes.get(j) {
                j += 1;
            }
            match bytes.get(j) {
                Some(0x30..=0x7e) => j + 1,
                _ => j,
            }
        }
        // Two-character sequences (`ESC c`, `ESC 7`, `ESC =`…).
        Some(0x30..=0x7e) => after + 1,
        // A lone ESC: drop it and keep whatever follows.
        _ => after,
    }
}

/// Skip a CSI's parameter and intermediate bytes and its final byte.
/// A malformed CSI ends at the first byte that cannot belong to it, which
/// is then kept, so a stray `ESC [` cannot swallow the text after it.
fn skip_csi_body(bytes: &[u8], mut j: usize) -> usize {
    while let Some(&b) = bytes.get(j) {
        match b {
            0x20..=0x3f => j += 1,
            0x40..=0x7e => return j + 1,
            _ => return j,
        }
    }
    j
}

/// Skip an OSC/DCS/SOS/PM/APC payload up to and including its terminator
/// (BEL, `ESC \` or 8-bit ST). An unterminated string stops at the end of
/// its line, so one stray introducer cannot eat the rest of an article.
fn skip_string_body(bytes: &[u8], mut j: usize) -> usize {
    while let Some(&b) = bytes.get(j) {
        match b {
            0x07 => return j + 1,
            0x1b => {
                return if bytes.get(j + 1) == Some(&b'\\') {
                    j + 2
                } else {
                    j + 1
                }
            }
            0xc2 if bytes.get(j + 1) == Some(&0x9c) => return j + 2,
            b'\n' | b'\r' => return j,
            _ => j += 1,
        }
    }
    // Stay on a char boundary even if the payload ended mid-sequence.
    j.min(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No control character may survive except `\n`.
    fn assert_clean(s: &str) {
        for c in s.chars() {
            assert!(
                c == '\n' || !(c.is_control() || c == '\u{7f}'),
                "control {c:?} survived in {s:?}"
            );
        }
    }

    #[test]
    fn strips_bom_and_unifies_line_endings() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn mid_line_carriage_return_cannot_overprint() {
        let out = normalize("Safe text\rEVIL");
        assert_eq!(out, "Safe text\nEVIL");
    }

    #[test]
    fn removes_csi_sequences() {
        let out = normalize("a\x1b[31mred\x1b[0m b\x1b[2J\x1b[1;1Hc");
        assert_eq!(out, "ared bc");
        assert_clean(&out);
    }

    #[test]
    fn removes_osc_with_bel_or_st() {
        let out = normalize("x\x1b]0;title\x07y \x1b]8;;http://e.com\x1b\\link\x1b]8;;\x1b\\z");
        assert_eq!(out, "xy linkz");
        assert_clean(&out);
    }

    #[test]
    fn removes_dcs_sos_pm_apc_strings() {
        let out = normalize("a\x1bPq#0;2;0\x1b\\b\x1bXsos\x1b\\c\x1b^pm\x1b\\d\x1b_apc\x1b\\e");
        assert_eq!(out, "abcde");
        assert_clean(&out);
    }

    #[test]
    fn removes_two_char_and_nf_escapes() {
        let out = normalize("a\x1bcb\x1b7c\x1b(Bd\x1b");
        assert_eq!(out, "abcd");
        assert_clean(&out);
    }

    #[test]
    fn removes_8bit_c1_sequences_with_payloads() {
        let out = normalize("a\u{9b}31mb\u{9d}0;t\u{07}c\u{90}data\u{9c}d\u{85}e\u{9f}x\u{9c}f");
        assert_eq!(out, "abcdef");
        assert_clean(&out);
    }

    #[test]
    fn unterminated_string_stops_at_line_end() {
        let out = normalize("a\x1b]0;never ends\nnext line");
        assert_eq!(out, "a\nnext line");
    }

    #[test]
    fn removes_c0_del_and_backspace_without_applying_it() {
        let out = normalize("ab\x08\x08cd\x00\x01\x7f\x1ae");
        assert_eq!(out, "abcde");
        assert_clean(&out);
    }

    #[test]
    fn expands_tabs_and_unicode_spaces_and_collapses() {
        let out = normalize("a\tb\u{a0}\u{a0}c\u{2003}d\u{202f}e\u{205f}f\u{3000}g   h");
        assert_eq!(out, "a b c d e f g h");
    }

    #[test]
    fn removes_zero_width_and_trailing_spaces() {
        assert_eq!(
            normalize("ze\u{200b}ro\u{feff}width  \nnext\t\n"),
            "zerowidth\nnext\n"
        );
    }

    #[test]
    fn removes_invisible_tag_text_and_soft_hyphens() {
        assert_eq!(
            normalize("ok\u{e0068}\u{e0069}\u{e007f} co\u{ad}op"),
            "ok coop"
        );
    }

    #[test]
    fn removes_bidi_controls() {
        assert_eq!(
            normalize("a\u{202e}cba\u{202c} \u{2066}x\u{2069}"),
            "acba x"
        );
    }

    #[test]
    fn collapses_mixed_space_runs() {
        assert_eq!(normalize("a  b\t c \u{a0} d"), "a b c d");
    }

    #[test]
    fn keeps_ordinary_unicode() {
        let s = "“Kim’s” — café, Москва, 東京 🎉 👩\u{200d}💻 می\u{200c}خواهم";
        assert_eq!(normalize(s), s);
    }

    #[test]
    fn every_control_is_removed_from_hostile_input() {
        let mut hostile = String::new();
        for c in (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32) {
            hostile.push('x');
            hostile.push(c);
        }
        let out = normalize(&hostile);
        assert_clean(&out);
        assert!(!out.contains('\r'));
    }

    proptest::proptest! {
        #[test]
        fn total_and_clean_on_any_input(s in "\\PC*|[\\x00-\\x{a0}\\x{2000}-\\x{2060}\\x{feff}a ]*") {
            let out = normalize(&s);
            assert_clean(&out);
            proptest::prop_assert!(!out.contains("  "));
            proptest::prop_assert!(!out.contains(" \n"));
        }
    }
}
