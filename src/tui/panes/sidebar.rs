//! The entity sidebar: people (speakers first, in their quote colour with
//! a ❝ count), then places, organizations and the rest, each with its
//! mention count. Enter on a row highlights that entity in the reader.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::article::EntityKind;
use crate::tui::app::App;
use crate::tui::draw::{fill, pane_block, put_line, scrollbar};
use crate::tui::theme::Theme;
use crate::tui::view::SideRow;
use crate::tui::work::tick;
use crate::tui::wrap::{cells, truncate};

/// The entity sidebar of the open article.
pub struct SidebarPane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for SidebarPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let SidebarPane {
            app,
            theme,
            focused,
        } = self;
        let block = pane_block("Entities", focused, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let Some(article) = app.article() else {
            return;
        };
        let view = &app.view();
        if view.side_rows.is_empty() {
            put_line(buf, inner, &Line::styled("No names found", theme.dim));
            return;
        }
        let w = usize::from(inner.width);
        // Counts line up in a column as wide as the largest one, so long
        // names lose no more cells than they must.
        let count_w = view.count_width;
        let selected_row = view.side_entities.get(app.side_selected()).copied();
        let rows = view.side_rows.iter().enumerate().skip(app.side_offset());
        for (slot, (i, row)) in rows.take(usize::from(inner.height)).enumerate() {
            let y = inner.y + u16::try_from(slot).unwrap_or(u16::MAX);
            let rect = Rect::new(inner.x, y, inner.width, 1);
            match *row {
                SideRow::Header(kind, n) => {
                    let label = match kind {
                        EntityKind::Person => "PEOPLE",
                        EntityKind::Place => "PLACES",
                        EntityKind::Organization => "ORGANIZATIONS",
                        EntityKind::Other => "OTHER",
                    };
                    let text = truncate(&format!("{label} {n}"), w);
                    put_line(buf, rect, &Line::styled(text, theme.section_header));
                }
                SideRow::Gap => {}
                SideRow::Entity(e) => {
                    let Some(entity) = article.entities.get(e) else {
                        continue;
                    };
                    tick(1);
                    let quotes = view.quote_counts.get(e).copied().unwrap_or(0);
                    let speaker = view.speaker_index(&entity.name);
                    let active = app.highlight() == Some(e);
                    let counts = if quotes > 0 {
                        format!("❝{quotes} {:>count_w$}", entity.mentions)
                    } else {
                        format!("{:>count_w$}", entity.mentions)
                    };
                    // However narrow the pane, a name keeps a few cells: a
                    // count with no name beside it says nothing.
                    let counts = if w < 2 + cells(&counts) + 1 + 4 {
                        entity.mentions.to_string()
                    } else {
                        counts
                    };
                    let name_room = w.saturating_sub(2 + cells(&counts) + 1);
                    let name = truncate(&entity.name, name_room);
                    let mut name_style = match speaker {
                        Some(s) => theme.speaker(s).add_modifier(Modifier::BOLD),
                        None => theme.body,
                    };
                    if active {
                        name_style = theme.mention;
                    }
                    let selected = Some(i) == selected_row;
                    if selected && !focused {
                        // Unfocused: mark just the name, a quiet "you were here".
                        name_style = name_style.patch(theme.selected);
                    }
                    let count_style = match speaker {
                        Some(s) => theme.speaker(s),
                        None => theme.count,
                    };
                    let line = Line::from(vec![
                        // Only the arrow is styled: underlined blanks would draw
                        // a stray line under the row.
                        if active {
                            Span::styled("▸", theme.mention)
                        } else {
                            Span::raw(" ")
                        },
                        Span::raw(" "),
                        Span::styled(name, name_style),
                    ]);
                    put_line(buf, rect, &line);
                    // Counts go straight to their cells: cheaper than padding
                    // spans, which ratatui would segment space by space.
                    let cw = u16::try_from(cells(&counts)).unwrap_or(0).min(rect.width);
                    let span = Span::styled(counts, count_style);
                    buf.set_span(rect.right() - cw, y, &span, cw);
                    if selected && focused {
                        fill(buf, rect, theme.selected_focused);
                    }
                }
            }
        }
        let style = if focused {
            theme.border_focused
        } else {
            theme.border
        };
        let h = usize::from(inner.height);
        scrollbar(buf, area, view.side_rows.len(), h, app.side_offset(), style);
    }
}
