//! Carrying a reading position across edits of the text.
//!
//! A [`Position`] is a block number and a char offset: exact for the text
//! it was taken in, and wrong by a paragraph once one is inserted above.
//! So it is saved with an anchor, a hash of the words that start there
//! (up to [`ANCHOR_WORDS`], within the block), and placed again in the
//! current text by [`Position::place_in`]: where those words are now (the
//! occurrence nearest the old place), else the old block and offset
//! clamped to the text, never past its end.

use super::Position;
use crate::article::Block;

/// How many words from the position make its anchor: enough to be unique
/// in an article, few enough that an edit rarely touches them.
pub const ANCHOR_WORDS: usize = 8;

impl Position {
    /// The position at char `offset` of `blocks[block]`, anchored to the
    /// words there (no anchor when there is no such place).
    pub fn at(blocks: &[Block], block: usize, offset: usize) -> Position {
        let anchor = blocks
            .get(block)
            .map_or(0, |b| anchor_at(&b.text, offset, &mut String::new()));
        Position {
            block,
            offset,
            anchor,
        }
    }

    /// This position in `blocks`, which may be another version of the text
    /// it was taken in. `None` when there are no blocks.
    pub fn place_in(self, blocks: &[Block]) -> Option<Position> {
        let last = blocks.len().checked_sub(1)?;
        let mut buf = String::new();
        if self.anchor != 0 {
            let here = blocks
                .get(self.block)
                .is_some_and(|b| anchor_at(&b.text, self.offset, &mut buf) == self.anchor);
            if here {
                return Some(self);
            }
            if let Some((block, offset)) = self.nearest_match(blocks, &mut buf) {
                return Some(Position {
                    block,
                    offset,
                    anchor: self.anchor,
                });
            }
        }
        // The words are gone: the same place by number, inside the text.
        let (block, offset) = if self.block > last {
            (last, 0)
        } else {
            let len = blocks[self.block].text.chars().count();
            (self.block, self.offset.min(len))
        };
        Some(Position {
            block,
            offset,
            anchor: self.anchor,
        })
    }

    /// Where in `blocks` the anchored words start, nearest to where they
    /// were (by block, then offset).
    fn nearest_match(self, blocks: &[Block], buf: &mut String) -> Option<(usize, usize)> {
        let mut best: Option<((usize, usize), (usize, usize))> = None;
        for (b, block) in blocks.iter().enumerate() {
            for offset in word_starts(&block.text) {
                if anchor_at(&block.text, offset, buf) != self.anchor {
                    continue;
                }
                let distance = (b.abs_diff(self.block), offset.abs_diff(self.offset));
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, (b, offset)));
                }
            }
        }
        best.map(|(_, place)| place)
    }
}

/// The anchor of char `offset` in `text`: a hash of the words from there
/// (never 0, which means "none"). `buf` is scratch space.
fn anchor_at(text: &str, offset: usize, buf: &mut String) -> u64 {
    let Some((byte, _)) = text.char_indices().nth(offset) else {
        return 0;
    };
    buf.clear();
    for word in text[byte..].split_whitespace().take(ANCHOR_WORDS) {
        if !buf.is_empty() {
            buf.push(' ');
        }
        buf.push_str(word);
    }
    if buf.is_empty() {
        return 0;
    }
    xxhash_rust::xxh3::xxh3_64(buf.as_bytes()).max(1)
}

/// The char offsets at which words of `text` start.
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut before = ' ';
    text.chars().enumerate().filter_map(move |(i, c)| {
        let start = !c.is_whitespace() && before.is_whitespace();
        before = c;
        start.then_some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::BlockKind;

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .map(|t| Block {
                kind: BlockKind::Paragraph,
                text: t.to_string(),
            })
            .collect()
    }

    const ONE: &str = "The council met on Tuesday to discuss the new budget.";
    const TWO: &str = "Ann Lee said the plan would cost more than expected this year.";
    const THREE: &str = "Critics called it a waste of public money and time.";

    /// Where "the plan would cost" starts in TWO.
    fn in_two() -> usize {
        TWO.find("the plan").unwrap()
    }

    #[test]
    fn a_typo_fixed_earlier_keeps_the_exact_position() {
        let typo = ONE.replace("discuss", "dicsuss");
        let old = blocks(&[&typo, TWO, THREE]);
        let saved = Position::at(&old, 1, in_two());
        let fixed = blocks(&[ONE, TWO, THREE]);
        assert_eq!(saved.place_in(&fixed), Some(saved));
        // Also when the typo is in the same paragraph, before the words.
        let saved = Position::at(&blocks(&[&TWO.replace("Ann", "Anne")]), 0, in_two() + 1);
        let placed = saved.place_in(&blocks(&[TWO])).unwrap();
        assert_eq!((placed.block, placed.offset), (0, in_two()));
    }

    #[test]
    fn a_paragraph_inserted_before_keeps_the_same_words() {
        let old = blocks(&[ONE, TWO, THREE]);
        let saved = Position::at(&old, 1, in_two());
        let new = blocks(&["Update: this story was corrected.", ONE, TWO, THREE]);
        let placed = saved.place_in(&new).unwrap();
        assert_eq!((placed.block, placed.offset), (2, in_two()));
    }

    #[test]
    fn words_moved_within_their_block_are_followed() {
        let old = blocks(&[ONE, TWO]);
        let saved = Position::at(&old, 1, in_two());
        let new = blocks(&[ONE, &format!("On Monday, {TWO}")]);
        let placed = saved.place_in(&new).unwrap();
        assert_eq!(placed.block, 1);
        assert_eq!(placed.offset, in_two() + "On Monday, ".chars().count());
    }

    #[test]
    fn the_saved_paragraph_deleted_lands_nearby_never_past_the_end() {
        let old = blocks(&[ONE, TWO, THREE]);
        let saved = Position::at(&old, 1, in_two());
        // The paragraph is gone; the one after it takes its number.
        let without = blocks(&[ONE, THREE]);
        let placed = saved.place_in(&without).unwrap();
        assert_eq!(placed.block, 1);
        assert!(placed.offset <= THREE.chars().count());

        // Everything from there on is gone: the last block, at its start.
        let at_three = Position::at(&old, 2, 5);
        let short = blocks(&[ONE]);
        let placed = at_three.place_in(&short).unwrap();
        assert_eq!((placed.block, placed.offset), (0, 0));

        assert_eq!(saved.place_in(&[]), None, "no text, no place");
    }

    #[test]
    fn a_shortened_block_clamps_the_offset() {
        let old = blocks(&[TWO]);
        let saved = Position::at(&old, 0, 40);
        let new = blocks(&["Ann Lee said so."]);
        let placed = saved.place_in(&new).unwrap();
        assert_eq!(placed.block, 0);
        assert!(placed.offset <= "Ann Lee said so.".chars().count());
    }

    #[test]
    fn of_two_copies_of_the_words_the_nearer_is_taken() {
        let old = blocks(&[TWO, ONE, THREE, TWO]);
        let saved = Position::at(&old, 3, in_two());
        let new = blocks(&[TWO, ONE, THREE, "An added paragraph.", TWO]);
        assert_eq!(saved.place_in(&new).unwrap().block, 4);
    }

    #[test]
    fn a_position_without_an_anchor_is_kept_by_number() {
        let old_style = Position {
            block: 1,
            offset: 4,
            anchor: 0,
        };
        let text = blocks(&[ONE, TWO]);
        assert_eq!(old_style.place_in(&text), Some(old_style));
    }

    #[test]
    fn odd_offsets_do_not_panic() {
        let text = blocks(&["", "é à ü", ONE]);
        for block in 0..4 {
            for offset in [0, 1, 2, 3, 100] {
                let p = Position::at(&text, block, offset);
                let placed = p.place_in(&text).unwrap();
                assert!(placed.block < text.len());
                assert!(placed.offset <= text[placed.block].text.chars().count());
            }
        }
    }
}
