//! The reader's cell model against what terminals draw: an article full of
//! emoji sequences, flags, VS16, skin tones and invisible characters goes
//! through the loader and is drawn with ratatui's `TestBackend`. Every row
//! must add up to the screen's width cluster by cluster, and no cell may
//! hold a character terminals draw at a width ratatui does not expect
//! (which is what leaves stale characters and shifted borders on a real
//! screen: see `e2e_widths.rs`).

use newsreader::loader::parse_bytes;
use newsreader::loader::text::disagreed;
use newsreader::tui::app::App;
use newsreader::tui::render::render;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::Path;
use unicode_width::UnicodeWidthStr;

const TEXT: &str = "Glyph article\n\n\
    A family \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} and a coder \u{1f469}\u{200d}\u{1f4bb}, \
    flags \u{1f1fa}\u{1f1e6}\u{1f1fa}\u{1f1f8} and one \u{1f1ec}, a heart \u{2764}\u{fe0f}, \
    thumbs \u{1f44d}\u{1f3fd}, a rainbow \u{1f3f3}\u{fe0f}\u{200d}\u{1f308}, a keycap 1\u{fe0f}\u{20e3}, \
    a\u{180e}b a\u{3164}b a\u{61c}b, lone joiners a\u{200d}b \u{200d}\u{1f600} \u{200c}d, \
    and \u{1f9d1}\u{1f3fd}\u{200d}\u{1f4bb} at work, repeated so that it wraps: \
    \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{1f1fa}\u{1f1e6}\u{1f1fa}\u{1f1e6}\u{1f1fa}\u{1f1e6}.\n";

/// Whether terminals agree on how wide `cell` is: nothing they disagree
/// on, and a joiner only between two emoji (drawn as one wide emoji).
fn agreed(cell: &str) -> bool {
    let chars: Vec<char> = cell.chars().collect();
    chars.iter().all(|&c| !disagreed(c))
        && chars.iter().enumerate().all(|(i, &c)| {
            c != '\u{200d}'
                || (i > 0
                    && i + 1 < chars.len()
                    && u32::from(chars[i - 1]) >= 0x1f000
                    && u32::from(chars[i + 1]) >= 0x1f000)
        })
}

#[test]
fn rows_add_up_and_no_cell_holds_what_terminals_disagree_on() {
    let article = parse_bytes(Path::new("glyphs.txt"), TEXT.as_bytes())
        .expect("loads")
        .remove(0);
    for (w, h) in [(120, 30), (80, 24), (50, 20), (33, 12)] {
        let mut app = App::with_size(vec![article.clone()], Vec::new(), w, h);
        // The reader, then the list, then the reader again: whatever is
        // focused, every pane draws the article.
        for key in [None, Some(newsreader::tui::action::Action::FocusNext)] {
            if let Some(action) = key {
                app.update(action);
            }
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            terminal.draw(|f| render(&app, f)).expect("draw");
            let buf = terminal.backend().buffer();
            for y in 0..h {
                let mut x = 0;
                let mut used = 0;
                while x < w {
                    let sym = buf[(x, y)].symbol();
                    assert!(agreed(sym), "{w}x{h} row {y} col {x}: {sym:?}");
                    let cw = sym.width().max(1);
                    used += cw;
                    x += u16::try_from(cw).expect("a cell's width");
                }
                assert_eq!(used, usize::from(w), "{w}x{h} row {y}");
            }
        }
    }
    // The emoji themselves are kept.
    let shown: String = article.blocks.iter().map(|b| b.text.as_str()).collect();
    for kept in [
        "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
        "\u{1f469}\u{200d}\u{1f4bb}",
        "\u{1f1fa}\u{1f1e6}",
        "\u{2764}",
        "\u{1f44d}",
        "\u{1f9d1}\u{200d}\u{1f4bb}",
    ] {
        assert!(shown.contains(kept), "{kept:?} in {shown:?}");
    }
}
