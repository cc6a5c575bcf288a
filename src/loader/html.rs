//! HTML → article. SCAFFOLDING: this first cut only splits on block tags
//! and drops the rest, so that the feed and Markdown front ends have the
//! interface to call while the real extraction (issue 14) is built.

use crate::article::{Block, BlockKind};

/// The blocks of an HTML fragment that is already the article's content
/// (a feed entry's `content:encoded`, an Atom `content`): headings,
/// paragraphs and list items as blocks, markup dropped, text cleaned with
/// [`super::clean`].
pub fn fragment(html: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut text = String::new();
    let mut kind = BlockKind::Paragraph;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        rest = &rest[open + close + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if matches!(
            name.as_str(),
            "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote"
        ) {
            push(&mut blocks, &mut text, kind);
            kind = if name.starts_with('h') && !tag.starts_with('/') && name.len() == 2 {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            };
        }
    }
    text.push_str(rest);
    push(&mut blocks, &mut text, kind);
    blocks
}

fn push(blocks: &mut Vec<Block>, text: &mut String, kind: BlockKind) {
    let cleaned = super::clean(&unescape(text));
    text.clear();
    if !cleaned.is_empty() {
        blocks.push(Block {
            kind,
            text: cleaned,
        });
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}
