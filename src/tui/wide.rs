//! Wide graphemes leaving the screen. ratatui sends only the cells that
//! changed since the last frame, and since 0.30 it no longer writes the
//! column a wide grapheme covered again when the grapheme is replaced by
//! something narrow and the column stays blank: it trusts the terminal to
//! have cleared that column with the grapheme. Terminals do not agree on
//! the width of every sequence (tmux draws a flag as two letters, one a
//! column), so the second half of a flag stayed on screen after its
//! article was gone. ratatui 0.29 wrote those columns again; this does the
//! same: the loop remembers where the last frame's wide graphemes ended
//! and marks those columns to be written in the next one.

use ratatui::buffer::{Buffer, CellDiffOption, CellWidth};
use ratatui::layout::Position;

/// The columns covered by the second (and later) halves of the wide
/// graphemes of `buf`.
pub fn tails(buf: &Buffer) -> Vec<Position> {
    let mut out = Vec::new();
    for (i, cell) in buf.content.iter().enumerate() {
        let symbol = cell.symbol();
        // Every one-byte symbol is one column: most cells end here.
        if symbol.len() == 1 {
            continue;
        }
        let width = symbol.cell_width();
        if width < 2 {
            continue;
        }
        // `i` indexes `content`, so it has a position.
        let (x, y) = buf.pos_of(i);
        for dx in 1..width {
            out.push(Position::new(x.saturating_add(dx), y));
        }
    }
    out
}

/// Have the next flush write the cells at `tails` (the last frame's, see
/// [`tails`]) whatever they hold; cells outside `buf` are skipped.
pub fn rewrite(buf: &mut Buffer, tails: &[Position]) {
    for &p in tails {
        if let Some(cell) = buf.cell_mut(p) {
            cell.set_diff_option(CellDiffOption::AlwaysUpdate);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    /// A flag is replaced by blanks: both its columns are written, not
    /// just the first.
    #[test]
    fn the_column_a_flag_covered_is_written_again() {
        let area = Rect::new(0, 0, 6, 2);
        let mut before = Buffer::empty(area);
        before.set_string(1, 1, "\u{1f1fa}\u{1f1e6}x", ratatui::style::Style::new());
        let tails = tails(&before);
        assert_eq!(tails, vec![Position::new(2, 1)]);
        let mut after = Buffer::empty(area);
        let unmarked: Vec<(u16, u16)> = before
            .diff(&after)
            .into_iter()
            .map(|(x, y, _)| (x, y))
            .collect();
        assert!(!unmarked.contains(&(2, 1)), "ratatui skips it by itself");
        rewrite(&mut after, &tails);
        let written: Vec<(u16, u16)> = before
            .diff(&after)
            .into_iter()
            .map(|(x, y, _)| (x, y))
            .collect();
        assert!(
            written.contains(&(1, 1)) && written.contains(&(2, 1)),
            "{written:?}"
        );
    }
}
