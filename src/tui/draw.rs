//! Drawing helpers the panes share: the pane frame and its titles, the
//! selection fill, scrollbars and a fast line writer. A leaf: it imports
//! no pane, so every pane can use it and `render` can import the panes
//! without a cycle.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::theme::Theme;

/// The frame around a pane; the focused one is drawn in the accent colour
/// with a heavier border so focus is visible without colour too.
pub fn pane_block<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    let (border_style, title_style, set) = if focused {
        (
            theme.border_focused,
            theme.pane_title_focused,
            border::THICK,
        )
    } else {
        (theme.border, theme.pane_title, border::ROUNDED)
    };
    Block::bordered()
        .border_set(set)
        .border_style(border_style)
        .title(Line::from(Span::styled(format!(" {title} "), title_style)))
}

/// A pane title of `label` then `count` (`3/12`) for a pane `width`
/// cells wide: the label gives way (cut with `…`) so the count always
/// shows whole.
pub fn counted_title(label: &str, count: &str, width: u16) -> String {
    use super::wrap::{cells, truncate};
    // Two border corners and the spaces around the title.
    let room = usize::from(width).saturating_sub(4);
    if count.is_empty() {
        return truncate(label, room);
    }
    let label_room = room.saturating_sub(cells(count) + 1);
    if label_room == 0 {
        return count.to_string();
    }
    format!("{} {count}", truncate(label, label_room))
}

/// Mark the selected entry of a focused list (two rows from `y`, one at
/// the pane's bottom edge).
pub fn fill_entry(buf: &mut ratatui::buffer::Buffer, inner: Rect, y: u16, style: Style) {
    let h = if y + 1 < inner.bottom() { 2 } else { 1 };
    fill(buf, Rect::new(inner.x, y, inner.width, h), style);
}

/// The scrollbar of a list pane, in its border's style.
pub fn list_scrollbar(
    buf: &mut ratatui::buffer::Buffer,
    pane: Rect,
    (len, visible, offset): (usize, usize, usize),
    focused: bool,
    theme: &Theme,
) {
    let style = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    scrollbar(buf, pane, len, visible, offset, style);
}

/// A scrollbar over the right border of a pane whose content (`len`
/// rows, `visible` of them shown from `offset`) does not fit.
pub fn scrollbar(
    buf: &mut ratatui::buffer::Buffer,
    pane: Rect,
    len: usize,
    visible: usize,
    offset: usize,
    style: Style,
) {
    use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};
    if len <= visible || pane.height < 3 {
        return;
    }
    let max = len - visible;
    let mut state = ScrollbarState::new(max).position(offset.min(max));
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(None)
        .thumb_style(style)
        .render(
            pane.inner(ratatui::layout::Margin {
                horizontal: 0,
                vertical: 1,
            }),
            buf,
            &mut state,
        );
}

/// Draw `line` left-aligned on the first row of `area`, styling only the
/// cells its text covers. Like `Line::render`, but text made of plain
/// one-cell characters (nearly all news text) skips grapheme segmentation,
/// which was the largest cost of a frame; anything else goes through
/// ratatui's own grapheme-aware path.
pub fn put_line(buf: &mut ratatui::buffer::Buffer, area: Rect, line: &Line) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let (y, right) = (area.y, area.right());
    let mut x = area.x;
    for span in &line.spans {
        if x >= right {
            break;
        }
        let style = line.style.patch(span.style);
        let text: &str = &span.content;
        if text.chars().all(one_cell) {
            for ch in text.chars() {
                if x >= right {
                    break;
                }
                buf[(x, y)].set_char(ch).set_style(style);
                x += 1;
            }
        } else {
            x = buf.set_stringn(x, y, text, usize::from(right - x), style).0;
        }
    }
}

/// A char that is always a grapheme of its own, one cell wide: printable
/// Latin (before the combining marks at U+0300), general punctuation
/// (quotes, dashes, ellipsis), box drawing and geometric shapes.
fn one_cell(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{2FF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{2500}'..='\u{25FF}'
        | '\u{275D}')
}

/// Fill `area` with `style` (for selected rows).
pub fn fill(buf: &mut ratatui::buffer::Buffer, area: Rect, style: Style) {
    buf.set_style(area, style);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;

    fn row(buf: &Buffer) -> String {
        (0..buf.area.width).map(|x| buf[(x, 0)].symbol()).collect()
    }

    #[test]
    fn put_line_clips_at_the_right_edge_on_both_paths() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        put_line(&mut buf, Rect::new(1, 0, 5, 1), &Line::raw("“Quoted” text"));
        assert_eq!(row(&buf), " “Quot  ");
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        put_line(&mut buf, Rect::new(1, 0, 5, 1), &Line::raw("北朝鮮"));
        // Two ideographs fit in five cells; the third would cross the edge.
        assert_eq!(row(&buf).replace(' ', ""), "北朝");
        assert_eq!(buf[(5, 0)].symbol(), " ");
    }

    #[test]
    fn put_line_keeps_combining_marks_with_their_letter() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        put_line(
            &mut buf,
            Rect::new(0, 0, 6, 1),
            &Line::raw("e\u{301}te\u{301}"),
        );
        assert_eq!(buf[(0, 0)].symbol(), "e\u{301}");
        assert_eq!(buf[(1, 0)].symbol(), "t");
    }

    /// However narrow the pane, its title keeps the count whole.
    #[test]
    fn a_counted_title_keeps_its_count() {
        for w in 10..40 {
            let t = counted_title("Quotes · Vladimir Putin", "12/345", w);
            assert!(t.ends_with("12/345"), "{w}: {t}");
            assert!(
                crate::tui::wrap::cells(&t) <= usize::from(w) - 4,
                "{w}: {t}"
            );
        }
        assert_eq!(counted_title("Articles", "1/2", 30), "Articles 1/2");
    }

    #[test]
    fn put_line_styles_only_the_text() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        let style = Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED);
        put_line(&mut buf, Rect::new(0, 0, 6, 1), &Line::styled("ab", style));
        assert!(buf[(1, 0)]
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED));
        assert!(!buf[(2, 0)]
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED));
    }
}
