//! What the whole article tells about its words, gathered before any
//! name is read: which words appear capitalized mid-sentence (so a
//! sentence-initial `Subsequent` is not a name but `Barry noted` is), which
//! appear lowercase, which capitalized runs stand alone (so `Kim-Putin`
//! splits but `Wingfield-Hayes` does not), and which blocks are title-case
//! headings or not English at all.

use super::lexicon::LEXICON;
use super::table::WordTable;
use super::tokens::{bytes_of, is_capitalized, looks_english, text_of, tokenize_into, Gap, Tok};
use crate::article::{Block, BlockKind};

pub struct Context<'a> {
    pub blocks: &'a [Block],
    pub toks: BlockToks,
    /// Blocks worth reading for names (English prose or headings).
    pub english: Vec<bool>,
    /// Title-case lines, whose capitals say little.
    pub heading: Vec<bool>,
    /// Each capitalized word's lexicon flags and use in the article, by
    /// token, with whether the token can be part of a name.
    pub words: WordTable<'a>,
}

impl<'a> Context<'a> {
    /// Three walks over the tokens: one that tokenizes each block and asks
    /// its language and title case; one that fills the word table and
    /// marks the standalone runs, block by block (each needs only its own
    /// block); and one over the lowercase tokens, which must see every
    /// capitalized word of the article first. Before, each question was
    /// a walk of its own, with a table of name flags built per block.
    pub fn new(blocks: &'a [Block]) -> Self {
        // A token per four bytes at most, as a word and its gap take two.
        let bytes: usize = blocks.iter().map(|b| b.text.len()).sum();
        let mut toks = BlockToks {
            toks: Vec::with_capacity(bytes / 4 + blocks.len()),
            ends: Vec::with_capacity(blocks.len()),
        };
        let mut english = Vec::with_capacity(blocks.len());
        let mut heading = Vec::with_capacity(blocks.len());
        let mut capitals = 0;
        for block in blocks {
            let from = toks.toks.len();
            capitals += tokenize_into(&block.text, &mut toks.toks);
            toks.ends.push(toks.toks.len());
            let t = toks.toks.get(from..).unwrap_or(&[]);
            english.push(looks_english(&block.text, t));
            heading.push(block.kind == BlockKind::Heading || is_title_case(&block.text, t));
        }
        let tokens = toks.toks.len();
        let mut words = WordTable::with_capacity(blocks.len(), tokens, capitals);
        // Where the capitalized tokens of the block at hand sit, and the
        // lowercase ones of the whole article, block by block: gathered
        // with no branch on the capital, as a filter on it went either
        // way word by word, once per walk.
        let mut caps_at: Vec<u32> = vec![0; tokens + 1];
        let mut lower_at: Vec<u32> = vec![0; tokens + 1];
        let mut lower_ends: Vec<usize> = Vec::with_capacity(blocks.len());
        let mut lowers = 0;
        for (b, (block, toks)) in blocks.iter().zip(toks.iter()).enumerate() {
            let prose = english.get(b) == Some(&true) && heading.get(b) == Some(&false);
            words.open_block(toks.len());
            let caps = split_by_cap(toks, &mut caps_at, &mut lower_at, &mut lowers);
            lower_ends.push(lowers);
            for &i in caps_at.get(..caps).unwrap_or(&[]) {
                let i = i as usize;
                if let Some(tok) = toks.get(i) {
                    let word = text_of(&block.text, tok);
                    words.add(i, word, prose && !tok.sentence_start, tok.linked);
                }
            }
            if prose {
                mark_standalone_runs(&mut words, b, toks);
            }
        }
        let mut from = 0;
        for ((block, toks), &end) in blocks.iter().zip(toks.iter()).zip(&lower_ends) {
            for &i in lower_at.get(from..end).unwrap_or(&[]) {
                if let Some(tok) = toks.get(i as usize) {
                    words.saw_lowercase(bytes_of(&block.text, tok));
                }
            }
            from = end;
        }
        Context {
            blocks,
            toks,
            english,
            heading,
            words,
        }
    }

    /// The flag bits of token `i` of block `b` when it can be part of a
    /// name, else `None`.
    pub fn name_flags(&self, b: usize, i: usize) -> Option<u32> {
        self.words.name_flags_at(b, i)
    }

    /// The lexicon flags of token `i` of block `b`, spelled `word`: from
    /// the word table when it is capitalized, else looked up.
    pub fn word_flags(&self, b: usize, i: usize, word: &str) -> u32 {
        self.words
            .flags_at(b, i)
            .unwrap_or_else(|| LEXICON.flags(word))
    }

    /// Whether the lowercased word was seen capitalized away from a
    /// sentence start.
    pub fn cap_mid(&self, lw: &str) -> bool {
        self.words.cap_mid(lw)
    }

    /// Whether the lowercased word is written in lowercase somewhere (and
    /// capitalized somewhere: only such words are kept).
    pub fn lower_seen(&self, lw: &str) -> bool {
        self.words.lower_seen(lw)
    }

    /// Whether a phrase key stands on its own as a name or a known place.
    pub fn known_alone(&self, key: &str) -> bool {
        self.words.standalone(key)
            || LEXICON.places.contains_key(key)
            || LEXICON.demonyms.contains_key(key)
    }
}

/// Every block's tokens in one vector, block after block: one allocation
/// for the article where a vector per block cost one each.
#[derive(Debug, Default)]
pub struct BlockToks {
    toks: Vec<Tok>,
    /// Where each block's tokens end in `toks`.
    ends: Vec<usize>,
}

impl BlockToks {
    /// Block `b`'s tokens.
    pub fn get(&self, b: usize) -> Option<&[Tok]> {
        let end = *self.ends.get(b)?;
        let start = b
            .checked_sub(1)
            .and_then(|p| self.ends.get(p))
            .copied()
            .unwrap_or(0);
        self.toks.get(start..end)
    }

    /// Each block's tokens, in block order.
    pub fn iter(&self) -> impl Iterator<Item = &[Tok]> {
        (0..self.ends.len()).map(|b| self.get(b).unwrap_or(&[]))
    }
}

/// Sort a block's token indices by capital: the capitalized ones into
/// `caps` from its start (their count returned), the lowercase ones
/// appended to `lower` from `lowers` on; both hold a slot per token of the
/// article and one more. Each index is written to both lists and only one
/// count moves, so the walk has no branch on the word.
fn split_by_cap(toks: &[Tok], caps: &mut [u32], lower: &mut [u32], lowers: &mut usize) -> usize {
    let mut n = 0;
    let mut m = *lowers;
    for (i, tok) in toks.iter().enumerate() {
        // Token indices fit: a block is far below 4 G tokens.
        let i = i as u32;
        if let Some(slot) = caps.get_mut(n) {
            *slot = i;
        }
        if let Some(slot) = lower.get_mut(m) {
            *slot = i;
        }
        let cap = usize::from(tok.cap);
        n += cap;
        m += 1 - cap;
    }
    *lowers = m;
    n
}

/// Mark the last word of each capitalized run of block `b`'s tokens that
/// is not glued to anything by a hyphen: a word that can stand alone.
fn mark_standalone_runs(words: &mut WordTable, b: usize, toks: &[Tok]) {
    // The open run: first token index and length.
    let mut run: (usize, usize) = (0, 0);
    let mut run_glued = false;
    for (i, tok) in toks.iter().enumerate() {
        let cap = tok.cap;
        let continues = cap && tok.gap == Gap::Space && run.1 > 0;
        if !continues && run.1 > 0 {
            if !(run_glued || tok.gap == Gap::Hyphen) {
                words.mark_standalone(b, run.0 + run.1 - 1);
            }
            run.1 = 0;
        }
        if cap {
            if run.1 == 0 {
                run_glued = tok.gap == Gap::Hyphen;
                run.0 = i;
            }
            run.1 += 1;
            if tok.possessive {
                if !run_glued {
                    words.mark_standalone(b, run.0 + run.1 - 1);
                }
                run.1 = 0;
            }
        }
    }
    if run.1 > 0 && !run_glued {
        words.mark_standalone(b, run.0 + run.1 - 1);
    }
}

/// A short line without final punctuation whose longer words are mostly
/// capitalized: a headline or section heading. The longer words are
/// counted as they are read, with no list of them gathered first.
fn is_title_case(text: &str, toks: &[Tok]) -> bool {
    if toks.len() < 2 || toks.len() > 16 || text.contains('\n') {
        return false;
    }
    let punctuated = text
        .trim_end()
        .ends_with(['.', '!', '?', '”', '"', ',', '’', '\'']);
    let (mut long, mut caps) = (0usize, 0usize);
    for t in toks {
        let w = text_of(text, t);
        // More than three chars: a word of three bytes has at most three,
        // one of more than twelve at least four; only between are its
        // chars counted.
        if w.len() > 3 && (w.len() > 12 || w.chars().nth(3).is_some()) {
            long += 1;
            caps += usize::from(is_capitalized(w));
        }
    }
    if long == 0 {
        return false;
    }
    // Some archives end their headlines with a full stop (`Roe Endorses
    // Hale: I Am ‘Horrified’.`): with every longer word capitalized, the
    // line is still a headline, not prose.
    if punctuated {
        return long >= 4 && caps == long;
    }
    caps * 10 >= long * 7
}

#[cfg(test)]
mod oracle;

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Block {
        Block {
            kind: BlockKind::Paragraph,
            text: text.to_string(),
        }
    }

    #[test]
    fn split_by_cap_agrees_with_filters_on_the_capital() {
        let texts = [
            "",
            "x",
            "Subsequent talks showed Kim and Putin at the Kim-Putin summit.",
            "all lowercase words here",
            "ALL CAPS Words Only",
            "a B c D e F g H i J k L",
        ];
        let mut caps = vec![0u32; 64];
        let mut lower = vec![7u32; 64];
        let mut lowers = 3;
        for text in texts {
            let toks = super::super::tokens::tokenize(text);
            let n = split_by_cap(&toks, &mut caps, &mut lower, &mut lowers);
            let want_caps: Vec<u32> = (0..toks.len() as u32)
                .filter(|&i| toks[i as usize].cap)
                .collect();
            let want_lower: Vec<u32> = (0..toks.len() as u32)
                .filter(|&i| !toks[i as usize].cap)
                .collect();
            assert_eq!(caps[..n], want_caps[..], "{text:?}");
            assert_eq!(
                lower[lowers - want_lower.len()..lowers],
                want_lower[..],
                "{text:?}"
            );
        }
        assert_eq!(lower[..3], [7, 7, 7]);
    }

    #[test]
    fn headings_are_recognised_by_title_case() {
        let blocks = [
            para("North Korea Expels BBC Journalists"),
            para("Wants out of ‘sanctions box’"),
            para("Kim said he would come. Putin agreed."),
        ];
        let ctx = Context::new(&blocks);
        assert_eq!(ctx.heading, [true, false, false]);
    }

    #[test]
    fn mid_sentence_capitals_and_standalone_runs_are_collected() {
        let blocks = [para(
            "Subsequent talks showed Kim and Putin at the Kim-Putin summit with Wingfield-Hayes. Talks ended.",
        )];
        let ctx = Context::new(&blocks);
        assert!(ctx.cap_mid("kim"));
        assert!(!ctx.cap_mid("subsequent"));
        assert!(ctx.lower_seen("talks"));
        assert!(ctx.known_alone("putin"));
        assert!(!ctx.known_alone("wingfield"));
    }
}
