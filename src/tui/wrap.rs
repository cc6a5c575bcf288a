//! Line breaking measured in terminal cells.
//!
//! textwrap's optimal-fit algorithm does the breaking, but over our own
//! fragments: each one carries its byte range in the source text (so every
//! wrapped line maps back to char offsets for quote highlighting and jumps)
//! and is measured as ratatui draws it: grapheme cluster by grapheme
//! cluster (an emoji ZWJ sequence or a flag is one cluster, one wide
//! cell), each with `unicode-width` 0.2, the table ratatui uses, so a
//! line we call `w` cells wide really is `w` cells on screen, and no cut
//! falls inside a cluster. (What terminals disagree on never gets this
//! far: see `loader::text::disagreed`.)

use std::ops::Range;

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::{wrap_first_fit, wrap_optimal_fit, Penalties};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::tui::work::tick;

/// A word plus the whitespace after it, as byte offsets into the text.
#[derive(Debug, Clone)]
struct Frag {
    start: usize,
    end: usize,
    width: usize,
    /// Cells of the whitespace that follows (none between the pieces of a
    /// word broken apart, and runs of spaces count in full).
    space: usize,
}

impl Fragment for Frag {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Display width of `s` in terminal cells: the sum of its grapheme
/// clusters' widths, as ratatui lays them out.
pub fn cells(s: &str) -> usize {
    // Nearly all text is printable ASCII: one cell a byte.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    s.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// Break `text` into lines at most `width` cells wide (at least one cell is
/// assumed). Returns byte ranges into `text`, trailing whitespace excluded.
/// Hard newlines in the text always break. Empty text gives no lines.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut line_start = 0;
    for segment in text.split('\n') {
        let frags = fragments(text, line_start, segment, width);
        line_start += segment.len() + 1;
        if frags.is_empty() {
            continue;
        }
        let widths = [width as f64];
        let lines = match wrap_optimal_fit(&frags, &widths, &Penalties::new()) {
            Ok(lines) => lines,
            Err(_) => wrap_first_fit(&frags, &widths),
        };
        for line in lines {
            if let (Some(first), Some(last)) = (line.first(), line.last()) {
                out.push(first.start..last.end);
            }
        }
    }
    out
}

/// The words of `segment` (which starts at byte `base` of the text), with
/// words wider than a line cut into pieces that fit.
fn fragments(text: &str, base: usize, segment: &str, width: usize) -> Vec<Frag> {
    let mut frags = Vec::new();
    let mut word_start: Option<usize> = None;
    let push_word = |start: usize, end: usize, space: usize, frags: &mut Vec<Frag>| {
        let word = &text[start..end];
        let w = cells(word);
        if w <= width {
            frags.push(Frag {
                start,
                end,
                width: w,
                space,
            });
            return;
        }
        // Too wide for any line: cut between grapheme clusters, so
        // combining marks stay on their letter and emoji sequences whole.
        let mut piece_start = start;
        let mut piece_width = 0;
        for (i, g) in word.grapheme_indices(true) {
            let cw = g.width();
            if cw > 0 && piece_width + cw > width && start + i > piece_start {
                frags.push(Frag {
                    start: piece_start,
                    end: start + i,
                    width: piece_width,
                    space: 0,
                });
                piece_start = start + i;
                piece_width = 0;
            }
            piece_width += cw;
        }
        frags.push(Frag {
            start: piece_start,
            end,
            width: piece_width,
            space,
        });
    };
    let mut words: Vec<(usize, usize)> = Vec::new();
    for (i, ch) in segment.char_indices() {
        let at = base + i;
        if ch.is_whitespace() {
            if let Some(start) = word_start.take() {
                words.push((start, at));
            }
        } else if word_start.is_none() {
            word_start = Some(at);
        }
    }
    if let Some(start) = word_start {
        words.push((start, base + segment.len()));
    }
    for (k, &(start, end)) in words.iter().enumerate() {
        let space = match words.get(k + 1) {
            Some(&(next, _)) => cells(&text[end..next]),
            None => 0,
        };
        push_word(start, end, space, &mut frags);
    }
    frags
}

/// Wrap `text` and return the lines as strings (for head fields that do not
/// need offsets).
pub fn wrap_lines(text: &str, width: usize) -> Vec<String> {
    wrap_ranges(text, width)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

/// The start of `name` that [`truncate`] to
/// `width` cells reads: up to the first grapheme that goes past `width`,
/// or all of it. Cutting to this first gives the same text while a frame
/// looks at no more of a name than a screen can show (the loader can make
/// a name as long as the article).
pub fn head(name: &str, width: usize) -> &str {
    let mut used = 0;
    for (i, g) in name.grapheme_indices(true) {
        tick(1);
        used += g.width();
        if used > width {
            return &name[..i + g.len()];
        }
    }
    name
}

/// Whether `s` fits in `width` cells. Stops at the first cluster past
/// `width`, so asking about a huge string costs only what fits.
pub fn fits(s: &str, width: usize) -> bool {
    let mut used = 0;
    s.graphemes(true).all(|g| {
        used += g.width();
        used <= width
    })
}

/// Cut `s` to at most `width` cells, ending in `…` when something was cut.
/// One pass that stops at the first cluster past `width`: a frame may cut
/// a name or title of any length without measuring all of it.
pub fn truncate(s: &str, width: usize) -> String {
    let mut used = 0;
    // The end of what fits in `width - 1` cells, leaving room for `…`.
    let mut keep = 0;
    for (i, g) in s.grapheme_indices(true) {
        let cw = g.width();
        if used + cw > width {
            if width == 0 {
                return String::new();
            }
            let mut out = String::with_capacity(keep + '…'.len_utf8());
            out.push_str(&s[..keep]);
            out.push('…');
            return out;
        }
        used += cw;
        if used < width {
            keep = i + g.len();
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_ranges(text, width)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn cjk_counts_two_cells_each() {
        // Six ideographs are 12 cells: two lines of at most 8 cells.
        let text = "北朝鮮 指導者";
        let got = lines(text, 8);
        assert_eq!(got, ["北朝鮮", "指導者"]);
        let long = "北朝鮮指導者金正恩";
        for l in lines(long, 5) {
            assert!(cells(l) <= 5, "{l:?} is {} cells", cells(l));
        }
    }

    #[test]
    fn emoji_and_combining_marks_fit() {
        let text = "café 🎉🎉🎉🎉 e\u{301}e\u{301}e\u{301}e\u{301}";
        for w in 2..12 {
            for l in lines(text, w) {
                assert!(cells(l) <= w, "{l:?} wider than {w}");
                assert!(!l.starts_with('\u{301}'), "combining mark split off");
            }
        }
    }

    #[test]
    fn emoji_sequences_count_as_the_cluster_ratatui_draws() {
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        let flag = "\u{1f1fa}\u{1f1e6}";
        assert_eq!(cells(family), 2);
        assert_eq!(cells(flag), 2);
        let text = format!("{family}{family}{flag}{family} {flag}{flag}");
        for w in 2..10 {
            for l in lines(&text, w) {
                assert!(cells(l) <= w, "{l:?} wider than {w}");
                // Every line starts and ends on a cluster boundary.
                assert!(
                    !l.starts_with('\u{200d}') && !l.ends_with('\u{200d}'),
                    "{l:?}"
                );
                assert_eq!(
                    l.graphemes(true).map(|g| g.width()).sum::<usize>(),
                    cells(l)
                );
            }
        }
        assert_eq!(
            truncate(&format!("{family}{family}{family}"), 5),
            format!("{family}{family}…")
        );
        assert_eq!(truncate(&format!("{flag}{flag}"), 3), format!("{flag}…"));
    }

    #[test]
    fn runs_of_spaces_count_in_full() {
        for l in lines("your president  and exchange opinions", 20) {
            assert!(cells(l) <= 20, "{l:?}");
        }
    }

    #[test]
    fn hard_newlines_break() {
        assert_eq!(lines("a b\nc d", 80), ["a b", "c d"]);
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("Vladivostok", 6), "Vladi…");
        assert_eq!(truncate("Kim", 6), "Kim");
        assert_eq!(truncate("北朝鮮", 4), "北…");
        assert_eq!(truncate("abc", 0), "");
    }

    /// Cutting a name to its head first never changes what is drawn, and the
    /// head of a name as long as an article is about as long as the room.
    #[test]
    fn a_name_is_cut_to_its_head_without_changing_what_shows() {
        use crate::tui::work::count;
        let long = "Capital ".repeat(10_000);
        for name in [
            "",
            "Ann",
            "Kim Jong Un",
            "北朝鮮 記者",
            "e\u{301}e\u{301}e\u{301}",
            &long,
        ] {
            for width in 0..30 {
                let h = head(name, width);
                assert_eq!(
                    truncate(h, width),
                    truncate(name, width),
                    "{name:?} {width}"
                );
                assert!(h.len() <= 4 * (width + 1), "{width}: {}", h.len());
            }
        }
        let (steps, _) = count(|| head(&long, 76));
        assert!(steps <= 80, "{steps}");
    }

    proptest! {
        #[test]
        fn no_line_overflows_and_no_word_is_lost(text in "[a-z北🎉é \u{301}]{0,80}", width in 1usize..30) {
            let got = lines(&text, width);
            for l in &got {
                // A lone wide char on a 1-cell line is the only allowed overflow.
                prop_assert!(cells(l) <= width.max(2));
            }
            let joined: String = got.concat().split_whitespace().collect();
            let want: String = text.split_whitespace().collect();
            prop_assert_eq!(joined, want);
        }

        /// The one-pass cut agrees with measuring the whole string first
        /// and cutting cluster by cluster.
        #[test]
        fn the_early_cut_is_the_measured_cut(text in "[a-z北🎉é \u{301}\u{200b}]{0,40}", width in 0usize..20) {
            let want = if cells(&text) <= width {
                text.clone()
            } else if width == 0 {
                String::new()
            } else {
                let mut out = String::new();
                let mut used = 0;
                for g in text.graphemes(true) {
                    if used + g.width() > width - 1 {
                        break;
                    }
                    used += g.width();
                    out.push_str(g);
                }
                out + "…"
            };
            prop_assert_eq!(truncate(&text, width), want);
            prop_assert_eq!(fits(&text, width), cells(&text) <= width);
        }
    }
}
