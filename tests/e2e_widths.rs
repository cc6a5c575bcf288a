//! End to end: text whose characters terminals draw at widths ratatui
//! may not expect (emoji ZWJ sequences, flags, VS16, skin tones, keycaps,
//! and invisibles: U+180E, U+3164, U+061C, lone joiners) drawn by the real
//! binary in tmux. Moving between an article full of them and a plain one
//! must leave no stale character behind and every row exactly the pane's
//! width, its borders where they belong.

#[path = "support/tmux.rs"]
mod tmux;

use std::fs;

use tmux::Reader;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

/// Each case on a line of its own, with words around it.
fn emoji_article() -> String {
    let cases = [
        "family \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} here",
        "coder \u{1f469}\u{200d}\u{1f4bb} here",
        "flags \u{1f1fa}\u{1f1e6}\u{1f1fa}\u{1f1f8} and one \u{1f1ec} here",
        "heart \u{2764}\u{fe0f} here",
        "thumbs \u{1f44d}\u{1f3fd} here",
        "rainbow \u{1f3f3}\u{fe0f}\u{200d}\u{1f308} here",
        "fire heart \u{2764}\u{fe0f}\u{200d}\u{1f525} here",
        "keycap 1\u{fe0f}\u{20e3} here",
        "mongolian a\u{180e}b here",
        "filler a\u{3164}b here",
        "arabic mark a\u{61c}b here",
        "lone joiners a\u{200d}b \u{200d}\u{1f600} c\u{200c} \u{200c}d here",
        "tone in sequence \u{1f9d1}\u{1f3fd}\u{200d}\u{1f4bb} here",
    ];
    let body: Vec<String> = cases.iter().map(|c| format!("{c}.")).collect();
    format!("Glyph article\n\n{}\n", body.join("\n\n"))
}

/// Cells a row takes, cluster by cluster (what remains on screen after
/// the fix is what terminals and `unicode-width` agree on).
fn row_cells(row: &str) -> usize {
    row.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// What is wrong with the rows of `screen`, if anything: every row but
/// the status bar must be `WIDTH` cells and end in a pane border.
fn bad_rows(screen: &str) -> Option<String> {
    let rows: Vec<&str> = screen.lines().collect();
    for (y, row) in rows.iter().enumerate().take(usize::from(HEIGHT) - 1) {
        if row_cells(row) != usize::from(WIDTH) {
            return Some(format!(
                "row {y} is {} cells, not {WIDTH}: {row}",
                row_cells(row)
            ));
        }
        let last = row.chars().last().unwrap_or(' ');
        if !"│╮╯┃┓┛┐┘".contains(last) {
            return Some(format!("row {y} does not end in a border: {row}"));
        }
    }
    None
}

/// Glyphs of the glyph article's body still on screen.
fn stale(screen: &str) -> Vec<char> {
    screen
        .chars()
        .filter(|&c| u32::from(c) >= 0x1f000 || matches!(c, '\u{2764}' | '\u{3164}'))
        .collect()
}

#[test]
fn emoji_and_invisibles_keep_the_screen_in_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("a-glyphs.txt"), emoji_article()).expect("write");
    fs::write(
        dir.path().join("b-plain.txt"),
        "Plain article\n\nNothing but ordinary words on this page.\n",
    )
    .expect("write");
    let reader = Reader::start(WIDTH, HEIGHT, &[dir.path()], &[]);
    reader.go();
    // Each wait holds out for the whole frame — content, widths, borders,
    // nothing stale — so a frame still being drawn is never judged; a
    // screen that stays wrong times out, showing it.
    let glyphs = |what: &str| {
        reader.tmux.wait_for(
            &format!("{what}, every row {WIDTH} cells ending in a border"),
            |s| s.contains("family") && s.contains("tone in sequence") && bad_rows(s).is_none(),
        )
    };
    let screen = glyphs("the glyph article");
    // The emoji stay.
    for kept in [
        "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
        "\u{1f1fa}\u{1f1e6}",
        "\u{2764}",
    ] {
        assert!(screen.contains(kept), "{kept:?} is shown:\n{screen}");
    }
    for round in 0..3 {
        reader.tmux.keys(&["j"]);
        reader.tmux.wait_for(
            &format!(
                "round {round}: the plain article, every row {WIDTH} cells ending in a \
                 border, nothing of the glyph article left"
            ),
            |s| {
                s.contains("ordinary")
                    && !s.contains("family")
                    && bad_rows(s).is_none()
                    && stale(s).is_empty()
            },
        );
        reader.tmux.keys(&["k"]);
        glyphs(&format!("round {round}: the glyph article again"));
    }
}
