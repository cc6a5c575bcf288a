//! Drawing a frame: a pure function of [`App`]. It lays out with the same
//! [`layout::panes`] that `update` uses for paging and mouse hit-testing,
//! then hands each rect to its pane's widget (see
//! [`panes`](super::panes)). Nothing here mutates state, and nothing here
//! draws a cell: a pane's look lives in its own file.

use std::borrow::Cow;

use ratatui::Frame;

use super::app::App;
use super::layout::{self, Pane};
use super::panes::{
    feeds, help, FeedsPane, HelpPane, ListPane, ReaderPane, SidebarPane, StatusPane,
};
use super::view::ArticleView;

/// Draw the whole screen for `app`.
pub fn render(app: &App, frame: &mut Frame) {
    let theme = app.theme();
    let area = frame.area();
    let panes = layout::panes(
        area.width,
        area.height,
        app.focus(),
        app.sidebar_toggled(),
        app.settings(),
    );
    if let Some(r) = panes.list {
        let focused = app.focus() == Pane::List;
        frame.render_widget(
            ListPane {
                app,
                theme,
                focused,
            },
            r,
        );
    }
    if let Some(r) = panes.reader {
        let (measure, _) = layout::reader_measure(layout::inner(r).width, app.settings().measure);
        // `update` keeps the view wrapped for the current size; a caller that
        // draws at another size (a test, a resize not yet seen) still gets a
        // correct frame, just not the cached one.
        let view = if app.view().doc.measure == measure && app.view().article == app.selected() {
            Cow::Borrowed(app.view())
        } else {
            Cow::Owned(ArticleView::build(app.article(), app.selected(), measure))
        };
        let focused = app.focus() == Pane::Reader;
        let view = &view;
        frame.render_widget(
            ReaderPane {
                app,
                view,
                theme,
                focused,
            },
            r,
        );
    }
    if let Some(r) = panes.sidebar {
        let focused = app.focus() == Pane::Sidebar;
        frame.render_widget(
            SidebarPane {
                app,
                theme,
                focused,
            },
            r,
        );
    }
    if let Some(r) = panes.status {
        frame.render_widget(StatusPane { app, theme }, r);
    }
    if let Some(view) = app.feeds() {
        let r = feeds::rect(area.width, area.height);
        frame.render_widget(FeedsPane { app, view, theme }, r);
    }
    if app.help_open() {
        frame.render_widget(HelpPane { app, theme }, help::rect(area));
    }
}
