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

fn check_rows(screen: &str, when: &str) {
    let rows: Vec<&str> = screen.lines().collect();
    // Every row but the status bar ends in a pane border.
    for (y, row) in rows.iter().enumerate().take(usize::from(HEIGHT) - 1) {
        assert_eq!(
            row_cells(row),
            usize::from(WIDTH),
            "{when}: row {y} is {} cells, not {WIDTH}:\n{row}\n\nscreen:\n{screen}",
            row_cells(row)
        );
        let last = row.chars().last().unwrap_or(' ');
        assert!(
            "│╮╯┃┓┛┐┘".contains(last),
            "{when}: row {y} does not end in a border:\n{row}\n\nscreen:\n{screen}"
        );
    }
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
    let glyphs = |what: &str| {
        reader.tmux.wait_for(what, |s| {
            s.contains("family") && s.contains("tone in sequence")
        })
    };
    let screen = glyphs("the glyph article");
    check_rows(&screen, "glyphs first drawn");
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
        let screen = reader.tmux.wait_for("the plain article", |s| {
            s.contains("ordinary") && !s.contains("family")
        });
        check_rows(&screen, &format!("round {round}, plain"));
        // Nothing of the glyph article's body is left on screen.
        let stale: Vec<char> = screen
            .chars()
            .filter(|&c| u32::from(c) >= 0x1f000 || matches!(c, '\u{2764}' | '\u{3164}'))
            .collect();
        assert!(stale.is_empty(), "stale {stale:?}:\n{screen}");
        reader.tmux.keys(&["k"]);
        let screen = glyphs("the glyph article again");
        check_rows(&screen, &format!("round {round}, glyphs"));
    }
}
