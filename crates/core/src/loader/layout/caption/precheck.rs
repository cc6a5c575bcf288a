//! A cheap test that rejects ordinary paragraphs before the caption rules
//! run. Every body paragraph of up to [`MAX_CAPTION`](super::MAX_CAPTION)
//! bytes is asked whether it is a caption, and nearly all are prose; the
//! full rules scan such a paragraph several times (label stems, then `(`,
//! `/`, `©` and `@` searches), ~18 instructions a byte. Each rule needs
//! one of a few marks, so one pass eight bytes at a time looks for those
//! marks only, and the rules run where one is found.

use super::STEMS;

/// One in every byte.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
/// The high bit of every byte.
const HIGH: u64 = u64::from_le_bytes([0x80; 8]);

/// The high bit of every byte of `x` equal to `b`, and perhaps of a byte
/// just above one that is (the borrow of the cheap zero test). Only a
/// superset: every candidate is confirmed.
#[inline(always)]
fn eq(x: u64, b: u8) -> u64 {
    let y = x ^ (ONES * u64::from(b));
    y.wrapping_sub(ONES) & !y & HIGH
}

/// The first four letters of each stem, lower case, as little-endian
/// words.
const STEM_WORDS: [u32; STEMS.len()] = {
    let mut w = [0u32; STEMS.len()];
    let mut i = 0;
    while i < STEMS.len() {
        let s = STEMS[i];
        w[i] = u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        i += 1;
    }
    w
};

/// Whether a stem may start at byte `i`: its first four bytes, lowered by
/// bit 5, are a stem's, with a fifth byte after them. Cheaper than a
/// case-blind compare of five bytes against each stem, and a superset of
/// it (bit 5 lowers a few non-letters too); the rules confirm.
#[inline(always)]
fn stem_at(bytes: &[u8], i: usize) -> bool {
    let Some(four) = bytes.get(i..i + 4) else {
        return false;
    };
    let w = four.try_into().map_or(0, u32::from_le_bytes) | 0x2020_2020;
    i + 5 <= bytes.len() && STEM_WORDS.iter().fold(false, |hit, &s| hit | (w == s))
}

/// Whether `p` may be a caption: `false` only when no caption rule can
/// accept it. The marks each rule needs:
/// - a label: a stem (`photo`, `credi`, …) starting a word, that is at
///   the start or after a space or `(`;
/// - parentheses: a `)` last, before trailing dots and spaces;
/// - an agency after a slash, a copyright sign, a handle: `/`, `©`
///   (its second byte, 0xA9, is enough), `@`.
pub(super) fn may_be_caption(p: &str) -> bool {
    if p.trim_end_matches(['.', ' ']).ends_with(')') {
        return true;
    }
    let bytes = p.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    // The text's start counts as following a space: a boundary before
    // byte 0.
    let mut carry = 0x80u64;
    for (n, c) in chunks.by_ref().enumerate() {
        let x = c.try_into().map_or(0, u64::from_le_bytes);
        if chunk_may_hold(bytes, 8 * n, x, &mut carry) {
            return true;
        }
    }
    // The last few bytes padded with zero bytes, which are none of the
    // marks, no boundary and no letter.
    let rest = chunks.remainder();
    let mut tail = [0u8; 8];
    if let Some(t) = tail.get_mut(..rest.len()) {
        t.copy_from_slice(rest);
    }
    chunk_may_hold(
        bytes,
        bytes.len() - rest.len(),
        u64::from_le_bytes(tail),
        &mut carry,
    )
}

/// Whether the eight bytes `x` of `bytes` at `at` hold a mark or a stem's
/// start; `carry` says whether a boundary ends the previous chunk.
#[inline(always)]
fn chunk_may_hold(bytes: &[u8], at: usize, x: u64, carry: &mut u64) -> bool {
    let marks = eq(x, b'/') | eq(x, b'@') | eq(x, 0xA9);
    // ` ` and `(` differ in bit 3 only.
    let boundary = eq(x & !(ONES * 0x08), b' ');
    // Lower case by bit 5: `P` → `p`; other bytes that land on a stem
    // initial only add candidates.
    let lower = x | (ONES * 0x20);
    let initial = eq(lower, b'p') | eq(lower, b'i') | eq(lower, b'c');
    let mut starts = ((boundary << 8) | *carry) & initial;
    *carry = boundary >> 56;
    // One branch for the common chunk with neither.
    if marks | starts == 0 {
        return false;
    }
    if marks != 0 {
        return true;
    }
    while starts != 0 {
        if stem_at(bytes, at + (starts.trailing_zeros() / 8) as usize) {
            return true;
        }
        starts &= starts - 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::{split_full, MAX_CAPTION};
    use super::*;
    use std::path::Path;

    /// Every text file under `dir`, recursively.
    fn texts(dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                texts(&path, out);
            } else if let Ok(t) = std::fs::read_to_string(&path) {
                out.push(t);
            }
        }
    }

    /// The precheck's promise on `p` and on every tail of it that starts a
    /// word (more positions for each mark, and short pieces that end like
    /// captions).
    fn check(p: &str) {
        let starts = std::iter::once(0).chain(p.match_indices(' ').map(|(i, _)| i + 1));
        for s in starts {
            let Some(t) = p.get(s..) else { continue };
            if t.len() <= MAX_CAPTION && split_full(t).is_some() {
                assert!(may_be_caption(t), "precheck rejects a caption: {t:?}");
            }
        }
    }

    #[test]
    fn never_rejects_what_the_rules_accept() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut all = Vec::new();
        texts(&root.join("assets"), &mut all);
        texts(&root.join("../../tests/corpus"), &mut all);
        assert!(!all.is_empty());
        let mut accepted = 0;
        for text in &all {
            for para in text.split("\n\n").chain(text.lines()) {
                let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
                accepted += usize::from(split_full(&para).is_some());
                check(&para);
            }
        }
        assert!(accepted > 0, "the corpus has captions to check against");
    }

    #[test]
    fn caption_shapes_pass_and_prose_does_not() {
        for p in [
            "Photo: Name",
            "(Photo: Name)",
            "x (courtesy Name).",
            "Kim walks. PHOTO: Kirill Kudryavtsev / AFP",
            "Fans cheer. John Smith / Getty Images",
            "A box © Name",
            "Bastille at 7 pm by @Name on Twitter",
            "The bridge. Image: City Archive",
            "A street. Credit: Jane Roe",
            "The school. Courtesy of the Red Cross",
            "Sketch. Illustration: Ann Lee",
            "A view. Picture: Bob",
            "Tail at a chunk edge: photo",
            "1234567 Photo: Name",
            "12345678(Photo: Name",
        ] {
            check(p);
            assert!(may_be_caption(p), "{p:?}");
        }
        for p in [
            "Shares rose 3% on the news, traders said.",
            "The company could impose new prices in the city.",
            "",
            // A stem inside a word is no label.
            "a xphoto b",
        ] {
            assert!(!may_be_caption(p), "{p:?}");
        }
    }
}
