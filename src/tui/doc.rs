//! The reader's document: an article laid out as wrapped lines for one text
//! measure, each body line remembering which block and chars it shows.
//!
//! [`App`](super::app::App) builds a [`Doc`] once per (article, measure) in
//! `update` and keeps it; rendering only slices the visible lines out of it,
//! and quote/mention jumps use [`Doc::line_of`] to find where to scroll.

use super::wrap::{cells, truncate, wrap_lines, wrap_ranges};
use crate::article::{Article, BlockKind};
use crate::tui::work::tick;

/// What a line is, which decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    /// A thin rule under the headline block.
    Rule,
    Meta,
    Caption,
    Credit,
    Heading,
    Body,
    /// A caption inside the body.
    BodyCaption,
    Blank,
}

/// One wrapped line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub kind: LineKind,
    pub text: String,
    /// The body block this line shows, `None` for head lines and blanks.
    pub block: Option<usize>,
    /// Char offsets of `text` within the block, end exclusive.
    pub start: usize,
    pub end: usize,
}

impl DocLine {
    fn head(kind: LineKind, text: String) -> Self {
        DocLine {
            kind,
            text,
            block: None,
            start: 0,
            end: 0,
        }
    }
}

/// An article wrapped at `measure` cells.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc {
    pub measure: u16,
    pub lines: Vec<DocLine>,
    /// Per block, the index of its first line and how many lines it has.
    block_lines: Vec<(usize, usize)>,
}

impl Doc {
    pub fn build(article: &Article, measure: u16) -> Doc {
        let width = usize::from(measure.max(1));
        let mut lines = Vec::new();
        let blank = |lines: &mut Vec<DocLine>| {
            if lines
                .last()
                .is_some_and(|l: &DocLine| l.kind != LineKind::Blank)
            {
                lines.push(DocLine::head(LineKind::Blank, String::new()));
            }
        };
        // A derived title is only the body's opening words; setting it as a
        // headline would print the first sentence twice.
        if !article.title_derived {
            for l in wrap_lines(&article.title, width) {
                lines.push(DocLine::head(LineKind::Title, l));
            }
        }
        let meta: Vec<&str> = [article.byline.as_deref(), article.dateline.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .collect();
        if !meta.is_empty() {
            for l in wrap_lines(&meta.join(" · "), width) {
                lines.push(DocLine::head(LineKind::Meta, l));
            }
        }
        // Where it came from, one line each, cut to the width: a long
        // address is for `o`, not for reading.
        for l in source_lines(article) {
            lines.push(DocLine::head(LineKind::Meta, truncate(&l, width)));
        }
        if !lines.is_empty() && !article.title_derived {
            // As long as the widest headline line as drawn, in cells.
            let rule = lines
                .iter()
                .filter(|l| l.kind == LineKind::Title)
                .map(|l| cells(&l.text))
                .max()
                .unwrap_or(0)
                .clamp(1, width);
            lines.push(DocLine::head(LineKind::Rule, "─".repeat(rule)));
        }
        if article.caption.is_some() || article.credit.is_some() {
            blank(&mut lines);
            if let Some(caption) = &article.caption {
                for l in wrap_lines(caption, width) {
                    lines.push(DocLine::head(LineKind::Caption, l));
                }
            }
            if let Some(credit) = &article.credit {
                for l in wrap_lines(&format!("Photo: {credit}"), width) {
                    lines.push(DocLine::head(LineKind::Credit, l));
                }
            }
        }
        let mut block_lines = Vec::with_capacity(article.blocks.len());
        for (b, block) in article.blocks.iter().enumerate() {
            blank(&mut lines);
            let kind = match block.kind {
                BlockKind::Heading => LineKind::Heading,
                BlockKind::Paragraph => LineKind::Body,
                BlockKind::Caption => LineKind::BodyCaption,
            };
            let first = lines.len();
            // Byte ranges come back in order, so char offsets are counted
            // incrementally instead of rescanning from the block start.
            let (mut byte, mut chr) = (0, 0);
            tick(block.text.len());
            for r in wrap_ranges(&block.text, width) {
                tick(1 + r.len());
                chr += block.text[byte..r.start].chars().count();
                let text = &block.text[r.clone()];
                let n = text.chars().count();
                lines.push(DocLine {
                    kind,
                    text: text.to_string(),
                    block: Some(b),
                    start: chr,
                    end: chr + n,
                });
                chr += n;
                byte = r.end;
            }
            block_lines.push((first, lines.len() - first));
        }
        Doc {
            measure,
            lines,
            block_lines,
        }
    }

    /// The line showing char `pos` of `block` (or the nearest line of that
    /// block when `pos` falls in whitespace between lines).
    pub fn line_of(&self, block: usize, pos: usize) -> Option<usize> {
        let &(first, count) = self.block_lines.get(block)?;
        if count == 0 {
            return None;
        }
        let lines = self.lines.get(first..first + count)?;
        let i = lines.partition_point(|l| l.end <= pos);
        Some(first + i.min(count - 1))
    }
}

/// The reader's source lines: the feed (or site) and the day it was
/// published, then the address; none for a local file.
fn source_lines(article: &Article) -> Vec<String> {
    let day = article.published.as_deref().and_then(super::origin::day);
    let url = article.url.as_deref().filter(|u| !u.trim().is_empty());
    let name = article
        .feed
        .as_deref()
        .filter(|f| !f.trim().is_empty())
        .or_else(|| url.and_then(super::origin::host));
    let first = match (name, day) {
        (Some(n), Some(d)) => Some(format!("{n} · {d}")),
        (Some(n), None) => Some(n.to_string()),
        (None, Some(d)) => Some(d),
        (None, None) => None,
    };
    first.into_iter().chain(url.map(str::to_string)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Block;

    fn article() -> Article {
        Article {
            title: "A headline that is long".into(),
            caption: Some("A caption".into()),
            credit: Some("AFP".into()),
            blocks: vec![
                Block {
                    kind: BlockKind::Paragraph,
                    text: "one two three four five six".into(),
                },
                Block {
                    kind: BlockKind::Heading,
                    text: "Section".into(),
                },
                Block {
                    kind: BlockKind::Paragraph,
                    text: "“Hé said” this".into(),
                },
            ],
            ..Article::default()
        }
    }

    #[test]
    fn lines_map_back_to_char_offsets() {
        let doc = Doc::build(&article(), 10);
        for l in doc.lines.iter().filter(|l| l.block.is_some()) {
            let block = &article().blocks[l.block.unwrap_or(0)];
            let slice = crate::article::char_slice(&block.text, l.start, l.end);
            assert_eq!(slice, Some(l.text.as_str()));
        }
    }

    #[test]
    fn a_derived_title_is_not_set_as_a_headline() {
        let a = Article {
            title_derived: true,
            ..article()
        };
        let doc = Doc::build(&a, 40);
        assert_eq!(doc.lines[0].kind, LineKind::Caption);
        assert!(doc
            .lines
            .iter()
            .all(|l| l.kind != LineKind::Title && l.kind != LineKind::Rule));
    }

    /// The rule under the headline is as wide as the widest headline line,
    /// whether the title fits on one line, wraps, or holds wide chars.
    #[test]
    fn the_rule_is_as_wide_as_the_headline() {
        for (title, measure) in [
            ("North Korea Expels BBC Journalists", 76),
            ("Short", 76),
            ("A headline that wraps over two lines here", 20),
            ("北朝鮮がBBC記者を追放", 76),
        ] {
            let a = Article {
                title: title.into(),
                ..article()
            };
            let doc = Doc::build(&a, measure);
            let widest = doc
                .lines
                .iter()
                .filter(|l| l.kind == LineKind::Title)
                .map(|l| cells(&l.text))
                .max()
                .unwrap_or(0);
            let rule = doc.lines.iter().find(|l| l.kind == LineKind::Rule);
            assert_eq!(rule.map(|l| cells(&l.text)), Some(widest), "{title}");
        }
    }

    #[test]
    fn the_source_shows_under_the_title_cut_to_the_width() {
        let a = Article {
            feed: Some("Example News".into()),
            url: Some("https://example.com/a/very/long/address/that/goes/on".into()),
            published: Some("2019-04-24T08:00:00Z".into()),
            ..article()
        };
        let doc = Doc::build(&a, 30);
        let meta: Vec<&str> = doc
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Meta)
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(meta[0], "Example News · 24 Apr 2019");
        assert!(meta[1].starts_with("https://example.com/") && cells(meta[1]) <= 30);
        assert!(meta[1].ends_with('…'), "{}", meta[1]);
        // A local file has no source lines.
        let plain = Doc::build(&article(), 30);
        assert!(plain.lines.iter().all(|l| l.kind != LineKind::Meta));
    }

    #[test]
    fn line_of_finds_the_line_holding_a_char() {
        let doc = Doc::build(&article(), 10);
        let l = doc.line_of(0, 14).unwrap_or(usize::MAX);
        assert_eq!(doc.lines[l].text, "three four");
        let l = doc.line_of(2, 1).unwrap_or(usize::MAX);
        assert_eq!(doc.lines[l].block, Some(2));
        assert_eq!(doc.line_of(9, 0), None);
    }

    #[test]
    fn head_is_set_apart_and_headings_follow_a_blank() {
        let doc = Doc::build(&article(), 40);
        let kinds: Vec<LineKind> = doc.lines.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            [
                LineKind::Title,
                LineKind::Rule,
                LineKind::Blank,
                LineKind::Caption,
                LineKind::Credit,
                LineKind::Blank,
                LineKind::Body,
                LineKind::Blank,
                LineKind::Heading,
                LineKind::Blank,
                LineKind::Body,
            ]
        );
    }
}
