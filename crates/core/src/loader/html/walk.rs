//! A parsed HTML tree → blocks, keeping the page's own structure: headings
//! stay headings, each paragraph, list item and table row is a paragraph,
//! figures give captions and credits. The walk is iterative (a page of
//! 100,000 nested elements cannot overflow the stack) and visits each node
//! once.

use std::collections::HashMap;

use dom_query::{NodeId, NodeRef};

use super::chrome;
use crate::article::{Block, BlockKind};
use crate::loader::clean;
use crate::loader::layout::caption;

mod marks;
mod tree;

use marks::{highlights, subhead_shaped, subheads, tag_len};
use tree::chrome_sizes;
pub use tree::traverse;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "iframe", "template", "svg", "math", "nav", "form", "button",
    "select", "input", "textarea", "object", "embed", "canvas", "audio", "video", "head", "title",
    "meta", "link", "dialog", "menu",
];

fn is_skipped(node: &NodeRef) -> bool {
    node.node_name()
        .is_some_and(|name| SKIPPED.iter().any(|s| name.eq_ignore_ascii_case(s)))
}

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "caption",
    "br",
    "hr",
    "address",
    "center",
    "details",
    "summary",
    "body",
    "html",
];

/// What the walk found.
#[derive(Debug, Default)]
pub struct Walked {
    pub blocks: Vec<Block>,
    /// The lead figure's caption and credit (only when asked for, and only
    /// for a figure before the first paragraph).
    pub caption: Option<String>,
    pub credit: Option<String>,
}

/// How the walk treats a tree.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// A figure before any paragraph gives [`Walked::caption`] instead of a
    /// caption block.
    pub lead_figure: bool,
    /// A heading with this text (the article's title, already cleaned) is
    /// not repeated in the body.
    pub title: Option<&'a str>,
    /// Leave out paragraphs and headings that are all link text: on a page
    /// those are teasers, menus and share rows; in a feed entry's content
    /// they may be the entry itself.
    pub drop_link_blocks: bool,
}

/// The blocks under `root` (its children, in document order).
pub fn walk(root: &NodeRef, options: Options) -> Walked {
    let (chrome, total) = chrome_sizes(root);
    let mut w = Walker {
        options,
        chrome,
        total,
        out: Walked::default(),
        text: String::new(),
        heading: 0,
        figure: 0,
        figcaption: 0,
        credit_depth: 0,
        fig_text: String::new(),
        fig_credit: String::new(),
        link: 0,
        link_len: 0,
        plain_len: 0,
        bold: 0,
        bold_len: 0,
        item: 0,
        bold_blocks: Vec::new(),
        item_blocks: Vec::new(),
    };
    traverse(root, |node, open| {
        if open {
            w.enter(node)
        } else {
            w.leave(node);
            false
        }
    });
    w.flush();
    subheads(&mut w.out.blocks, &w.bold_blocks);
    highlights(&mut w.out.blocks, &w.item_blocks);
    w.out
}

struct Walker<'a> {
    options: Options<'a>,
    /// Text under each element named as chrome, and under the root.
    chrome: HashMap<NodeId, usize>,
    total: usize,
    out: Walked,
    /// Text of the block being read.
    text: String,
    /// Open heading elements.
    heading: usize,
    /// Open figures, figcaptions and credit elements in a figure.
    figure: usize,
    figcaption: usize,
    credit_depth: usize,
    fig_text: String,
    fig_credit: String,
    /// Open links, and the text of the block being read inside and
    /// outside links (bytes, white space not counted).
    link: usize,
    link_len: usize,
    plain_len: usize,
    /// Open bold elements, and the text of the block read inside them.
    bold: usize,
    bold_len: usize,
    /// Open list items and table cells (a bold one is not a subhead).
    item: usize,
    /// Indexes of the paragraphs in `out.blocks` that are all bold and
    /// shaped like a subhead.
    bold_blocks: Vec<usize>,
    /// Indexes of the blocks read from list items and table cells.
    item_blocks: Vec<usize>,
}

impl Walker<'_> {
    /// Take in `node`'s start; whether to walk into its children.
    fn enter(&mut self, node: &NodeRef) -> bool {
        if node.is_text() {
            let text = node.text();
            let len = text.trim().len();
            if self.link > 0 {
                self.link_len += len;
            } else {
                self.plain_len += len;
            }
            if self.bold > 0 {
                self.bold_len += len;
            }
            self.text.push_str(&text);
            return false;
        }
        if !node.is_element() {
            return false;
        }
        let Some(name) = node.node_name() else {
            return false;
        };
        let name = name.to_ascii_lowercase();
        if SKIPPED.contains(&name.as_str()) || self.is_left_out(node) {
            return false;
        }
        if name == "img" {
            return false;
        }
        self.boundary(&name, node, true);
        true
    }

    fn leave(&mut self, node: &NodeRef) {
        if !node.is_element() {
            return;
        }
        let Some(name) = node.node_name() else {
            return;
        };
        let name = name.to_ascii_lowercase();
        if SKIPPED.contains(&name.as_str()) || name == "img" {
            return;
        }
        // Left-out chrome was never entered (the answer is the same now).
        if self.is_left_out(node) {
            return;
        }
        self.boundary(&name, node, false);
    }

    /// Hidden, or chrome by name and holding less than half the text (a
    /// wrapper called e.g. `content-with-sidebar` that holds the story is
    /// not chrome).
    fn is_left_out(&self, node: &NodeRef) -> bool {
        chrome::is_hidden(node)
            || self
                .chrome
                .get(&node.id)
                .is_some_and(|&size| size * 2 < self.total)
    }

    /// Entering (`open`) or leaving an element that may end a block.
    fn boundary(&mut self, name: &str, node: &NodeRef, open: bool) {
        let step = |n: &mut usize| {
            if open {
                *n += 1
            } else {
                *n = n.saturating_sub(1)
            }
        };
        match name {
            "figure" | "picture" => {
                self.flush();
                if !open && self.figure == 1 {
                    self.end_figure();
                }
                step(&mut self.figure);
            }
            "figcaption" => {
                self.flush();
                step(&mut self.figcaption);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                step(&mut self.heading);
            }
            "td" | "th" => {
                self.text.push(' ');
                step(&mut self.item);
            }
            "a" => step(&mut self.link),
            "b" | "strong" => step(&mut self.bold),
            "li" | "dt" | "dd" => {
                self.flush();
                step(&mut self.item);
            }
            _ if self.figure > 0 && chrome::is_credit(node) => {
                self.flush();
                step(&mut self.credit_depth);
            }
            // A paragraph the page calls a subhead (`<p class="subhead">`)
            // is a heading.
            "p" | "div" if chrome::is_subhead(node) => {
                self.flush();
                step(&mut self.heading);
            }
            _ if BLOCKS.contains(&name) => self.flush(),
            _ => {}
        }
    }

    /// End the block being read.
    fn flush(&mut self) {
        // A teaser's `[VIDEO]`-style tag and `|` separators are not text of
        // their own.
        // (Only beside a headline-long link: a bracketed link alone, like
        // `[CNBC]`, is a source named in the text.)
        let tags = if self.link_len > 20 && self.plain_len > 0 {
            tag_len(&self.text)
        } else {
            0
        };
        let tags = if self.link_len >= 2 * tags { tags } else { 0 };
        let plain = self.plain_len.saturating_sub(tags);
        let all_links = self.link_len * 10 >= (self.link_len + plain) * 9;
        let all_bold = self.bold_len > 0 && self.bold_len >= self.link_len + self.plain_len;
        (self.link_len, self.plain_len, self.bold_len) = (0, 0, 0);
        if self.text.trim().is_empty() {
            self.text.clear();
            return;
        }
        let text = clean(&self.text);
        self.text.clear();
        if text.is_empty() {
            return;
        }
        if self.figure > 0 {
            let into = if self.credit_depth > 0 {
                &mut self.fig_credit
            } else {
                &mut self.fig_text
            };
            if !into.is_empty() {
                into.push(' ');
            }
            into.push_str(&text);
            return;
        }
        let kind = if self.heading > 0 {
            BlockKind::Heading
        } else if self.figcaption > 0 {
            BlockKind::Caption
        } else {
            BlockKind::Paragraph
        };
        if all_links && self.options.drop_link_blocks && kind != BlockKind::Caption {
            return;
        }
        if kind == BlockKind::Heading
            && self
                .options
                .title
                .is_some_and(|t| t.eq_ignore_ascii_case(&text))
        {
            return;
        }
        if kind == BlockKind::Paragraph && all_bold && self.item == 0 && subhead_shaped(&text) {
            self.bold_blocks.push(self.out.blocks.len());
        }
        if self.item > 0 {
            self.item_blocks.push(self.out.blocks.len());
        }
        self.out.blocks.push(Block { kind, text });
    }

    /// A figure ended: its caption (and credit) go to the article's lead
    /// caption or into the body.
    fn end_figure(&mut self) {
        let mut text = std::mem::take(&mut self.fig_text);
        let mut credit = std::mem::take(&mut self.fig_credit);
        self.credit_depth = 0;
        if credit.is_empty() {
            if let Some(split) = caption::split(&text) {
                text = split.text;
                credit = split.credit;
            }
        }
        if text.is_empty() && credit.is_empty() {
            return;
        }
        let lead = self.options.lead_figure
            && self.out.caption.is_none()
            && self.out.credit.is_none()
            && !self
                .out
                .blocks
                .iter()
                .any(|b| b.kind == BlockKind::Paragraph);
        if lead {
            self.out.caption = (!text.is_empty()).then_some(text);
            self.out.credit = (!credit.is_empty()).then_some(credit);
            return;
        }
        let text = match (text.is_empty(), credit.is_empty()) {
            (false, false) => format!("{text} ({credit})"),
            (true, _) => credit,
            (false, true) => text,
        };
        self.out.blocks.push(Block {
            kind: BlockKind::Caption,
            text,
        });
    }
}
