//! Carrying a reading position across edits of the text.
//!
//! A [`Position`] is a block number and a char offset: exact for the text
//! it was taken in, and wrong by a paragraph once one is inserted above.
//! So it is saved with an anchor of two 32-bit hashes: of the words that
//! open its block (which paragraph) and of the words that start at the
//! position (where in it), up to [`ANCHOR_WORDS`] each, within the block.
//! The words at the position alone would not do: the end of a paragraph
//! ("he said.") is often the same in many. [`Position::place_in`] puts it
//! in the current text: in the block that opens with the same words
//! (nearest the old number), at the same words there; else where the
//! words at the position are now; else at the old block and offset
//! clamped to the text, never past its end.

use super::Position;
use newsreader_core::article::Block;

/// How many words make each half of an anchor: enough to be unique in an
/// article, few enough that an edit rarely touches them.
pub const ANCHOR_WORDS: usize = 8;

impl Position {
    /// The position at char `offset` of `blocks[block]`, anchored to the
    /// words there (no anchor when there is no such place).
    pub fn at(blocks: &[Block], block: usize, offset: usize) -> Position {
        let mut buf = String::new();
        let anchor = blocks.get(block).map_or(0, |b| {
            let at = words_at(&b.text, offset, &mut buf);
            let head = words_at(&b.text, 0, &mut buf);
            if at == 0 || head == 0 {
                0
            } else {
                (u64::from(head) << 32) | u64::from(at)
            }
        });
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
        let placed = |(block, offset)| Position {
            block,
            offset,
            anchor: self.anchor,
        };
        if self.anchor != 0 {
            let (head, at) = (self.head(), self.words());
            let here = blocks.get(self.block).is_some_and(|b| {
                words_at(&b.text, 0, &mut buf) == head
                    && words_at(&b.text, self.offset, &mut buf) == at
            });
            if here {
                return Some(self);
            }
            // The same paragraph, wherever it is now.
            let paragraph = nearest(
                blocks.iter().enumerate().filter_map(|(b, block)| {
                    (words_at(&block.text, 0, &mut buf) == head).then_some((b, 0))
                }),
                (self.block, 0),
            );
            if let Some((b, _)) = paragraph {
                let text = &blocks[b].text;
                let offset = nearest(
                    word_starts(text)
                        .filter(|&o| words_at(text, o, &mut buf) == at)
                        .map(|o| (b, o)),
                    (b, self.offset),
                )
                .map_or_else(|| self.offset.min(text.chars().count()), |(_, o)| o);
                return Some(placed((b, offset)));
            }
            // Its opening words were edited: the words at the position.
            let words = nearest(
                blocks
                    .iter()
                    .enumerate()
                    .flat_map(|(b, block)| word_starts(&block.text).map(move |o| (b, o)))
                    .filter(|&(b, o)| words_at(&blocks[b].text, o, &mut buf) == at),
                (self.block, self.offset),
            );
            if let Some(place) = words {
                return Some(placed(place));
            }
        }
        // The words are gone: the same place by number, inside the text.
        Some(placed(if self.block > last {
            (last, 0)
        } else {
            let len = blocks[self.block].text.chars().count();
            (self.block, self.offset.min(len))
        }))
    }

    /// The hash of the words that open the block.
    fn head(self) -> u32 {
        u32::try_from(self.anchor >> 32).unwrap_or(0)
    }

    /// The hash of the words at the position.
    fn words(self) -> u32 {
        u32::try_from(self.anchor & u64::from(u32::MAX)).unwrap_or(0)
    }
}

/// Of `places` (block, offset), the one nearest `to`: by block, then by
/// offset; the first of equals.
fn nearest(
    places: impl Iterator<Item = (usize, usize)>,
    to: (usize, usize),
) -> Option<(usize, usize)> {
    places.min_by_key(|&(b, o)| (b.abs_diff(to.0), o.abs_diff(to.1)))
}

/// A hash of the words from char `offset` of `text` (never 0, which means
/// "none"; 0 when there are none). `buf` is scratch space.
fn words_at(text: &str, offset: usize, buf: &mut String) -> u32 {
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
    let hash = xxhash_rust::xxh3::xxh3_64(buf.as_bytes());
    u32::try_from(hash >> 32).unwrap_or(0).max(1)
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
    use newsreader_core::article::BlockKind;

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
    fn a_paragraph_end_shared_by_many_still_finds_its_own_paragraph() {
        let para = |n: usize| format!("Witness {n} spoke first. Then, he said.");
        let texts: Vec<String> = (0..5).map(para).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let old = blocks(&refs);
        let tail = para(3).find("Then").unwrap();
        let saved = Position::at(&old, 3, tail);
        let mut added = vec!["A new first paragraph.", "And a second."];
        added.extend(&refs);
        let placed = saved.place_in(&blocks(&added)).unwrap();
        assert_eq!((placed.block, placed.offset), (5, tail));
    }

    #[test]
    fn an_edited_paragraph_opening_still_finds_the_words() {
        let old = blocks(&[ONE, TWO, THREE]);
        let saved = Position::at(&old, 1, in_two());
        let new_two = TWO.replace("Ann Lee", "Councillor Ann Lee");
        let new = blocks(&["Inserted.", ONE, &new_two, THREE]);
        let placed = saved.place_in(&new).unwrap();
        assert_eq!(placed.block, 2);
        assert_eq!(placed.offset, new_two.find("the plan").unwrap());
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
