//! What the whole article tells about its words, gathered in one pass before
//! any name is read: which words appear capitalized mid-sentence (so a
//! sentence-initial `Subsequent` is not a name but `Barry noted` is), which
//! appear lowercase, which capitalized runs stand alone (so `Kim-Putin`
//! splits but `Wingfield-Hayes` does not), and which blocks are title-case
//! headings or not English at all.

use super::lexicon::LEXICON;
use super::table::WordTable;
use super::tokens::{bytes_of, is_capitalized, looks_english, text_of, tokenize, Gap, Tok};
use crate::article::{Block, BlockKind};

pub struct Context<'a> {
    pub blocks: &'a [Block],
    pub toks: Vec<Vec<Tok>>,
    /// Blocks worth reading for names (English prose or headings).
    pub english: Vec<bool>,
    /// Title-case lines, whose capitals say little.
    pub heading: Vec<bool>,
    /// Each capitalized word's lexicon flags and use in the article, by
    /// token.
    pub words: WordTable<'a>,
    /// Per block, each token's name flags (`names::name_flags`), from the
    /// word table as it is filled: the name scan asks about a token up to
    /// twice.
    names: Vec<Vec<Option<u32>>>,
}

impl<'a> Context<'a> {
    pub fn new(blocks: &'a [Block]) -> Self {
        let toks: Vec<Vec<Tok>> = blocks.iter().map(|b| tokenize(&b.text)).collect();
        let english: Vec<bool> = blocks
            .iter()
            .zip(&toks)
            .map(|(b, t)| looks_english(&b.text, t))
            .collect();
        let heading: Vec<bool> = blocks
            .iter()
            .zip(&toks)
            .map(|(b, t)| b.kind == BlockKind::Heading || is_title_case(&b.text, t))
            .collect();
        let mut ctx = Context {
            blocks,
            toks,
            english,
            heading,
            words: WordTable::default(),
            names: Vec::new(),
        };
        ctx.gather();
        ctx
    }

    /// Every capitalized token into the word table, then which of their
    /// words also occur in lowercase.
    fn gather_lowercase(&mut self) {
        let cap_count: usize = self
            .toks
            .iter()
            .map(|t| t.iter().filter(|t| t.cap).count())
            .sum();
        let words = &mut self.words;
        *words = WordTable::with_capacity(self.blocks.len(), cap_count);
        self.names = Vec::with_capacity(self.blocks.len());
        let blocks: &'a [Block] = self.blocks;
        for (b, block) in blocks.iter().enumerate() {
            let Some(toks) = self.toks.get(b) else {
                continue;
            };
            let prose = self.english.get(b) == Some(&true) && self.heading.get(b) == Some(&false);
            let mut names = vec![None; toks.len()];
            words.open_block(toks.len());
            for (i, (tok, name)) in toks.iter().zip(names.iter_mut()).enumerate() {
                if !tok.cap {
                    continue;
                }
                let word = text_of(&block.text, tok);
                let (flags, stop) = words.add(i, word, prose && !tok.sentence_start);
                *name = (!tok.linked && !stop).then_some(flags);
            }
            self.names.push(names);
        }
        for (b, block) in self.blocks.iter().enumerate() {
            let Some(toks) = self.toks.get(b) else {
                continue;
            };
            for tok in toks.iter().filter(|t| !t.cap) {
                words.saw_lowercase(bytes_of(&block.text, tok));
            }
        }
    }

    fn gather(&mut self) {
        self.gather_lowercase();
        for b in 0..self.blocks.len() {
            if !self.english.get(b).copied().unwrap_or(false)
                || self.heading.get(b).copied().unwrap_or(false)
            {
                continue;
            }
            let Some(toks) = self.toks.get(b) else {
                continue;
            };
            // The open run: first token index and length.
            let mut run: (usize, usize) = (0, 0);
            let mut run_glued = false;
            for (i, tok) in toks.iter().enumerate() {
                let cap = tok.cap;
                let continues = cap && tok.gap == Gap::Space && run.1 > 0;
                if !continues && run.1 > 0 {
                    if !(run_glued || tok.gap == Gap::Hyphen) {
                        self.words.mark_standalone(b, run.0 + run.1 - 1);
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
                            self.words.mark_standalone(b, run.0 + run.1 - 1);
                        }
                        run.1 = 0;
                    }
                }
            }
            if run.1 > 0 && !run_glued {
                self.words.mark_standalone(b, run.0 + run.1 - 1);
            }
        }
    }

    /// The flag bits of token `i` of block `b` when it can be part of a
    /// name, else `None`.
    pub fn name_flags(&self, b: usize, i: usize) -> Option<u32> {
        self.names.get(b).and_then(|n| n.get(i)).copied().flatten()
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

/// A short line without final punctuation whose longer words are mostly
/// capitalized: a headline or section heading.
fn is_title_case(text: &str, toks: &[Tok]) -> bool {
    if toks.len() < 2 || toks.len() > 16 || text.contains('\n') {
        return false;
    }
    let punctuated = text
        .trim_end()
        .ends_with(['.', '!', '?', '”', '"', ',', '’', '\'']);
    let long: Vec<&str> = toks
        .iter()
        .map(|t| text_of(text, t))
        .filter(|w| w.chars().count() > 3)
        .collect();
    if long.is_empty() {
        return false;
    }
    let caps = long.iter().filter(|w| is_capitalized(w)).count();
    // Some archives end their headlines with a full stop (`Roe Endorses
    // Hale: I Am ‘Horrified’.`): with every longer word capitalized, the
    // line is still a headline, not prose.
    if punctuated {
        return long.len() >= 4 && caps == long.len();
    }
    caps * 10 >= long.len() * 7
}

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
