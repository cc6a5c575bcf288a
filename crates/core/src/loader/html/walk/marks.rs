//! Structure the page marks without heading tags: bold-only paragraphs
//! that are subheads, a "Story highlights" summary list, and the tags a
//! teaser link carries (`[VIDEO]`), applied to the blocks the walk read.

use crate::article::{Block, BlockKind};
use crate::loader::html::words::HTML_WORDS;

/// A "Story highlights" list (its label, then list items) is the page's
/// summary of the story, not the story: label and items go. `items` are
/// the indexes of blocks read from list items, in order.
pub fn highlights(blocks: &mut Vec<Block>, items: &[usize]) {
    let is_label = |b: &Block| {
        // Labels are short: a paragraph is not lowercased to find one.
        if b.text.len() > 24 {
            return false;
        }
        let key = b.text.trim().trim_end_matches([':', '.']).to_lowercase();
        HTML_WORDS.highlight_label.contains(key.as_str())
    };
    let Some(label) = blocks.iter().position(is_label) else {
        return;
    };
    let mut end = label + 1;
    while items.binary_search(&end).is_ok() {
        end += 1;
    }
    if end > label + 1 {
        blocks.drain(label..end);
    }
}

/// Bytes of `text` in bracketed capital tags (`[VIDEO]`, `[INSIGHT]`) and
/// `|` separators: what a teaser line adds to its link.
pub fn tag_len(text: &str) -> usize {
    let mut total = text.matches('|').count();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            break;
        };
        let inner = &after[..close];
        let capital = |c: Option<char>| c.is_some_and(char::is_uppercase);
        if inner.len() <= 16
            && capital(inner.chars().next())
            && capital(inner.chars().last())
            && inner
                .chars()
                .all(|c| c.is_uppercase() || c == ' ' || c == '-')
        {
            total += inner.len() + 2;
        }
        rest = &after[close + 1..];
    }
    total
}

/// Most words in a bold paragraph read as a subhead.
const SUBHEAD_WORDS: usize = 12;

/// Whether `text`, all bold, reads as a subhead: short, and not ending
/// like a sentence or a label (`.`, `?`, `:` — a bold question or speaker
/// label in an interview is part of the text).
pub fn subhead_shaped(text: &str) -> bool {
    let end = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '*')
    });
    text.split_whitespace().count() <= SUBHEAD_WORDS
        && !end.ends_with(['.', ',', ';', ':', '!', '?', '…', '。', '！', '？', '：'])
}

/// Bold-only paragraphs (`<p><strong>Subhead</strong></p>`, the way many
/// pages write their section heads) become headings when a paragraph that
/// is not one of them follows: a run of bold lines is a list, and one at
/// the end heads nothing.
pub fn subheads(blocks: &mut [Block], bold: &[usize]) {
    for (n, &at) in bold.iter().enumerate() {
        let next_bold = bold.get(n + 1) == Some(&(at + 1));
        let prev_bold = n > 0 && bold.get(n - 1).is_some_and(|&p| p + 1 == at);
        let before_text = blocks
            .get(at + 1)
            .is_some_and(|b| b.kind == BlockKind::Paragraph);
        if before_text && !next_bold && !prev_bold {
            if let Some(block) = blocks.get_mut(at) {
                block.kind = BlockKind::Heading;
            }
        }
    }
}
