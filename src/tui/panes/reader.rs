//! The reader pane: the visible slice of the cached [`Doc`](crate::tui::doc::Doc) with quotes in
//! their speaker's colour (a gutter bar marks quote lines, the current
//! quote is reversed), the selected entity's mentions underlined, `/`
//! search matches marked, and a position indicator on the border.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::empty::EmptyPane;
use crate::tui::app::App;
use crate::tui::doc::{DocLine, LineKind};
use crate::tui::draw::{pane_block, put_line, scrollbar};
use crate::tui::layout::{reader_measure, GUTTER};
use crate::tui::theme::Theme;
use crate::tui::view::ArticleView;
use crate::tui::work::tick;
use crate::tui::wrap::truncate;

/// The reader pane over `view`, the article wrapped for the pane's
/// width (the model's cached one, or one built for this frame).
pub struct ReaderPane<'a> {
    pub app: &'a App,
    pub view: &'a ArticleView,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for ReaderPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ReaderPane {
            app,
            view,
            theme,
            focused,
        } = self;
        let lines = &view.doc.lines;
        let block = pane_block("Reader", focused, theme);
        let inner = block.inner(area);
        let h = usize::from(inner.height);
        let max_scroll = lines.len().saturating_sub(h);
        let scroll = app.reader_scroll().min(max_scroll);
        let block = block.title_bottom(Line::from(position(scroll, max_scroll)).right_aligned());
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let Some(article) = app.doc(view.article) else {
            EmptyPane { app, theme }.render(inner, buf);
            return;
        };
        let (measure, pad) = reader_measure(inner.width, app.settings().measure);
        let text_x = inner.x + pad + GUTTER.min(inner.width);
        let label_x = text_x + measure + 2;
        let label_room = usize::from(inner.right().saturating_sub(label_x));
        let ctx = LineCtx {
            app,
            view,
            theme,
            article,
            current: app.current_quote(),
        };
        for (row, line) in lines.iter().skip(scroll).take(h).enumerate() {
            let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
            let text_area = Rect::new(
                text_x.min(inner.right()),
                y,
                measure.min(inner.right().saturating_sub(text_x)),
                1,
            );
            put_line(buf, text_area, &ctx.line(line));
            if let Some((mark, label)) = ctx.quote_marks(line, label_room) {
                let gx = inner.x + pad;
                if gx < inner.right() {
                    buf.set_span(gx, y, &mark, 1);
                }
                if let Some(label) = label.filter(|_| label_room >= 6) {
                    let text = truncate(&label.content, label_room);
                    buf.set_span(
                        label_x,
                        y,
                        &Span::styled(text, label.style),
                        inner.right() - label_x,
                    );
                }
            }
        }
        let style = if focused {
            theme.border_focused
        } else {
            theme.border
        };
        scrollbar(buf, area, lines.len(), h, scroll, style);
    }
}

/// `Top`, `Bot`, `All` or a percentage, like less and vim.
fn position(scroll: usize, max: usize) -> String {
    match (scroll, max) {
        (_, 0) => " All ".into(),
        (0, _) => " Top ".into(),
        (s, m) if s >= m => " Bot ".into(),
        (s, m) => format!(" {}% ", s * 100 / m),
    }
}

struct LineCtx<'a> {
    app: &'a App,
    view: &'a ArticleView,
    theme: &'a Theme,
    article: &'a crate::article::Article,
    current: Option<usize>,
}

impl<'a> LineCtx<'a> {
    fn line(&self, line: &'a DocLine) -> Line<'a> {
        let t = self.theme;
        let base = match line.kind {
            LineKind::Title => t.headline,
            LineKind::Rule => t.border,
            LineKind::Meta => t.meta,
            LineKind::Caption | LineKind::BodyCaption => t.caption,
            LineKind::Credit => t.credit,
            LineKind::Heading => t.heading,
            LineKind::Body | LineKind::Blank => t.body,
        };
        let Some(block) = line.block else {
            return Line::styled(line.text.as_str(), base);
        };
        tick(1);
        let ranges = self.ranges(block, line.start, line.end);
        if ranges.is_empty() {
            return Line::styled(line.text.as_str(), base);
        }
        // Cut the line where any range starts or ends and style each piece
        // with every range covering it, later ranges winning.
        let mut cuts: Vec<usize> = vec![line.start, line.end];
        for r in &ranges {
            cuts.push(r.0.clamp(line.start, line.end));
            cuts.push(r.1.clamp(line.start, line.end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let bytes: Vec<usize> = line
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain([line.text.len()])
            .collect();
        let byte = |c: usize| {
            bytes
                .get(c - line.start)
                .copied()
                .unwrap_or(line.text.len())
        };
        let spans = cuts
            .windows(2)
            .filter(|w| w[0] < w[1])
            .map(|w| {
                let style = ranges
                    .iter()
                    .filter(|r| r.0 <= w[0] && w[1] <= r.1)
                    .fold(base, |s, r| s.patch(r.2));
                Span::styled(&line.text[byte(w[0])..byte(w[1])], style)
            })
            .collect::<Vec<_>>();
        Line::from(spans)
    }

    /// Styled char ranges of `block` overlapping `start..end`, lowest
    /// priority first.
    fn ranges(&self, block: usize, start: usize, end: usize) -> Vec<(usize, usize, Style)> {
        let t = self.theme;
        let overlaps = |s: usize, e: usize| s < end && e > start;
        let mut out = Vec::new();
        for q in self.view.marked_in(block, start, end) {
            let Some(sp) = q.speaker else { continue };
            let mut style = t.speaker(sp);
            if Some(q.quote) == self.current {
                style = style.add_modifier(t.current_quote);
            }
            out.push((q.start, q.end, style));
        }
        // The speaker's name where the text attributes the quote, in the
        // quote's colour: the link between words and who said them.
        for (s, e, sp) in self.view.cues_in(block, start, end) {
            let style = t.speaker(sp).add_modifier(Modifier::BOLD);
            out.push((s, e, style));
        }
        if let Some((e, entity)) = self
            .app
            .highlight()
            .and_then(|e| Some((e, self.article.entities.get(e)?)))
        {
            let current = self.app.current_mention();
            for p in self
                .view
                .mentions_in(e, block, start, end)
                .into_iter()
                .filter_map(|i| entity.positions.get(i))
            {
                let is_current = current.is_some_and(|c| (c.block, c.start) == (p.block, p.start));
                let style = if is_current {
                    t.current_mention
                } else {
                    t.mention
                };
                out.push((p.start, p.end, style));
            }
        }
        // Search matches last: they are what the user is looking for now.
        if let Some(search) = &self.app.search() {
            let current = search.current();
            // Matches never overlap, so their ends are in order too: skip
            // straight to the first that reaches this line.
            let from = search
                .matches
                .partition_point(|m| (m.block, m.end) <= (block, start));
            for m in search.matches[from..]
                .iter()
                .take_while(|m| {
                    tick(1);
                    m.block == block && m.start < end
                })
                .filter(|m| overlaps(m.start, m.end))
            {
                let style = if Some(*m) == current {
                    t.current_search_match
                } else {
                    t.search_match
                };
                out.push((m.start, m.end, style));
            }
        }
        out
    }

    /// The gutter bar for a line inside an attributed quote, and the
    /// speaker label for the line where a quote starts.
    /// The label is cut near `room` cells: the full name can be as long as
    /// the article.
    fn quote_marks(
        &self,
        line: &DocLine,
        room: usize,
    ) -> Option<(Span<'static>, Option<Span<'static>>)> {
        let block = line.block?;
        // Only attributed quotes are marked, and the current quote is
        // always one of them.
        let ranges = self.view.marked_in(block, line.start, line.end);
        let q = ranges.first()?;
        let sp = q.speaker?;
        let style = self.theme.speaker(sp);
        let current = ranges.iter().any(|r| Some(r.quote) == self.current);
        let mark = if current {
            Span::styled("▌", style.add_modifier(Modifier::BOLD))
        } else {
            Span::styled("│", style)
        };
        let starts_here = self
            .view
            .marked_starting_in(block, line.start, line.end)
            .into_iter()
            .next();
        let label = starts_here.and_then(|r| {
            let name = crate::tui::wrap::head(self.view.speakers.get(r.speaker?)?, room);
            let style = self
                .theme
                .speaker(r.speaker?)
                .add_modifier(Modifier::ITALIC);
            Some(Span::styled(format!("— {name}"), style))
        });
        Some((mark, label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_reads_like_less() {
        assert_eq!(position(0, 0), " All ");
        assert_eq!(position(0, 10), " Top ");
        assert_eq!(position(5, 10), " 50% ");
        assert_eq!(position(10, 10), " Bot ");
    }
}
