//! Drawing a frame: a pure function of [`App`]. It lays out with the same
//! [`layout::panes`] that `update` uses for paging and mouse hit-testing,
//! then hands each rect to its pane module. Nothing here mutates state.

use std::borrow::Cow;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use ratatui::Frame;

use super::app::App;
use super::layout::{self, Pane};
use super::theme::Theme;
use super::view::ArticleView;
use super::{help, list, reader, sidebar, status};

/// Draw the whole screen for `app`.
pub fn render(app: &App, frame: &mut Frame) {
    let theme = Theme::default();
    let area = frame.area();
    let panes = layout::panes(area.width, area.height, app.focus, app.sidebar_toggled);
    let buf = frame.buffer_mut();
    if let Some(r) = panes.list {
        list::render(app, &theme, r, app.focus == Pane::List, buf);
    }
    if let Some(r) = panes.reader {
        let (measure, _) = layout::reader_measure(layout::inner(r).width);
        // `update` keeps the view wrapped for the current size; a caller that
        // draws at another size (a test, a resize not yet seen) still gets a
        // correct frame, just not the cached one.
        let view = if app.view.doc.measure == measure && app.view.article == app.selected {
            Cow::Borrowed(&app.view)
        } else {
            Cow::Owned(ArticleView::build(&app.articles, app.selected, measure))
        };
        reader::render(app, &view, &theme, r, app.focus == Pane::Reader, buf);
    }
    if let Some(r) = panes.sidebar {
        sidebar::render(app, &theme, r, app.focus == Pane::Sidebar, buf);
    }
    if let Some(r) = panes.status {
        status::render(app, &theme, r, buf);
    }
    if app.help_open {
        help::render(app, &theme, area, buf);
    }
}

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

/// Fill `area` with `style` (for selected rows).
pub fn fill(buf: &mut ratatui::buffer::Buffer, area: Rect, style: Style) {
    buf.set_style(area, style);
}
