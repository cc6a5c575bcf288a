//! Blocks and the article's head: headline, byline, dateline, lead caption.

use crate::article::{Block, BlockKind};

/// The article's head fields and body blocks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    pub title: String,
    pub title_derived: bool,
    pub byline: Option<String>,
    pub dateline: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub blocks: Vec<Block>,
}

/// Split normalized text into its head and body blocks.
pub fn layout(text: &str) -> Layout {
    let blocks: Vec<Block> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| Block {
            kind: BlockKind::Paragraph,
            text: p.to_string(),
        })
        .collect();
    Layout {
        title: blocks.first().map(|b| b.text.clone()).unwrap_or_default(),
        title_derived: true,
        blocks,
        ..Layout::default()
    }
}
