//! The feeds view (`F`): every feed and tag with its unread count, drawn
//! over the panes like the help, a failing feed's last error on a dim
//! line under it. `Enter` narrows the list to the row, `Esc` closes it;
//! the rows and counts come ready from the model.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use crate::tui::app::{App, FeedsView};
use crate::tui::draw::{pane_block, put_line, scrollbar};
use crate::tui::theme::Theme;
use crate::tui::wrap::{cells, truncate};

/// Widest the view gets.
const WIDTH: u16 = 60;

/// The view's rect on a `width`×`height` screen: centred, above the
/// status bar.
pub fn rect(width: u16, height: u16) -> Rect {
    let body = height.saturating_sub(1).max(1);
    let w = width.min(WIDTH);
    Rect::new((width - w) / 2, 0, w, body)
}

/// The feeds view, drawn over the panes in the rect [`rect`] gives.
pub struct FeedsPane<'a> {
    pub app: &'a App,
    pub view: &'a FeedsView,
    pub theme: &'a Theme,
}

impl Widget for FeedsPane<'_> {
    fn render(self, rect: Rect, buf: &mut Buffer) {
        let FeedsPane { app, view, theme } = self;
        Clear.render(rect, buf);
        let block = pane_block("Feeds · Enter shows · A marks read · Esc", true, theme);
        let inner = block.inner(rect);
        block.render(rect, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let w = usize::from(inner.width);
        let shown = usize::from(inner.height);
        let mut slot = 0;
        for (i, row) in view.rows.iter().enumerate().skip(view.offset) {
            if slot >= shown {
                break;
            }
            let count = if row.unread > 0 {
                format!("{} unread / {}", row.unread, row.total)
            } else if row.never_fetched {
                "not fetched yet".to_string()
            } else {
                format!("{}", row.total)
            };
            let picked = row.pick == *app.picked();
            let mark = if picked { "▸ " } else { "  " };
            let room = w.saturating_sub(cells(&count) + 3);
            let name = truncate(&row.name, room);
            let pad = w.saturating_sub(cells(mark) + cells(&name) + cells(&count));
            let style = if row.unread > 0 {
                theme.list_title
            } else {
                theme.list_title_read
            };
            let mut line = Line::from(vec![
                Span::styled(mark.to_string(), theme.unread_marker),
                Span::styled(name, style),
                Span::raw(" ".repeat(pad)),
                Span::styled(count, theme.list_meta),
            ]);
            if i == view.selected {
                line = line.patch_style(theme.selected_focused);
            }
            let at = |slot: usize| inner.y + u16::try_from(slot).unwrap_or(u16::MAX);
            put_line(buf, Rect::new(inner.x, at(slot), inner.width, 1), &line);
            slot += 1;
            if let Some(error) = row.error.as_deref().filter(|_| slot < shown) {
                let text = truncate(&format!("    ! {error}"), w);
                let line = Line::from(Span::styled(text, theme.dim));
                put_line(buf, Rect::new(inner.x, at(slot), inner.width, 1), &line);
                slot += 1;
            }
        }
        scrollbar(
            buf,
            rect,
            view.rows.len(),
            shown,
            view.offset,
            theme.border_focused,
        );
    }
}
