//! What the whole article tells about its words, gathered in one pass before
//! any name is read: which words appear capitalized mid-sentence (so a
//! sentence-initial `Subsequent` is not a name but `Barry noted` is), which
//! appear lowercase, which capitalized runs stand alone (so `Kim-Putin`
//! splits but `Wingfield-Hayes` does not), and which blocks are title-case
//! headings or not English at all.

use std::collections::HashSet;

use super::lexicon::{phrase_key, push_lower, LEXICON};
use super::tokens::{is_capitalized, looks_english, text_of, tokenize, Gap, Tok};
use crate::article::{Block, BlockKind};

pub struct Context<'a> {
    pub blocks: &'a [Block],
    pub toks: Vec<Vec<Tok>>,
    /// Blocks worth reading for names (English prose or headings).
    pub english: Vec<bool>,
    /// Title-case lines, whose capitals say little.
    pub heading: Vec<bool>,
    /// Lowercased words seen capitalized away from a sentence start.
    pub cap_mid: HashSet<String>,
    /// Words seen in lowercase.
    pub lower_seen: HashSet<&'a str>,
    /// Phrase keys of capitalized runs not glued to anything by a hyphen.
    pub standalone: HashSet<String>,
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
            cap_mid: HashSet::new(),
            lower_seen: HashSet::new(),
            standalone: HashSet::new(),
        };
        ctx.gather();
        ctx
    }

    fn gather(&mut self) {
        for (b, block) in self.blocks.iter().enumerate() {
            if !self.english.get(b).copied().unwrap_or(false)
                || self.heading.get(b).copied().unwrap_or(false)
            {
                continue;
            }
            let Some(toks) = self.toks.get(b) else {
                continue;
            };
            let text = block.text.as_str();
            let mut run: Vec<&str> = Vec::new();
            let mut run_glued = false;
            for tok in toks {
                let word = text_of(text, tok);
                let cap = is_capitalized(word);
                let continues = cap && tok.gap == Gap::Space && !run.is_empty();
                if !continues && !run.is_empty() {
                    let glued = run_glued || tok.gap == Gap::Hyphen;
                    close_run(&mut self.standalone, &run, glued);
                    run.clear();
                }
                if cap {
                    if !tok.sentence_start {
                        let mut lower = String::with_capacity(word.len());
                        push_lower(&mut lower, word);
                        self.cap_mid.insert(lower);
                    }
                    if run.is_empty() {
                        run_glued = tok.gap == Gap::Hyphen;
                    }
                    run.push(word);
                    if tok.possessive {
                        close_run(&mut self.standalone, &run, run_glued);
                        run.clear();
                    }
                } else if word.chars().next().is_some_and(char::is_lowercase) {
                    self.lower_seen.insert(word);
                }
            }
            if !run.is_empty() {
                close_run(&mut self.standalone, &run, run_glued);
            }
        }
    }

    /// Whether a phrase key stands on its own as a name or a known place.
    pub fn known_alone(&self, key: &str) -> bool {
        self.standalone.contains(key)
            || LEXICON.places.contains_key(key)
            || LEXICON.demonyms.contains_key(key)
    }
}

/// Record a run and its last one and two words as standalone names.
fn close_run(standalone: &mut HashSet<String>, run: &[&str], glued: bool) {
    if glued {
        return;
    }
    for take in 1..=run.len().min(3) {
        if let Some(tail) = run.get(run.len() - take..) {
            standalone.insert(phrase_key(&tail.join(" ")));
        }
    }
    standalone.insert(phrase_key(&run.join(" ")));
}

/// A short line without final punctuation whose longer words are mostly
/// capitalized: a headline or section heading.
fn is_title_case(text: &str, toks: &[Tok]) -> bool {
    if toks.len() < 2 || toks.len() > 16 || text.contains('\n') {
        return false;
    }
    if text.trim_end().ends_with(['.', '!', '?', '”', '"', ',']) {
        return false;
    }
    let long: Vec<&str> = toks
        .iter()
        .map(|t| text_of(text, t))
        .filter(|w| w.chars().count() > 3)
        .collect();
    if long.is_empty() {
        return false;
    }
    let caps = long.iter().filter(|w| is_capitalized(w)).count();
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
            "Subsequent talks showed Kim and Putin at the Kim-Putin summit with Wingfield-Hayes.",
        )];
        let ctx = Context::new(&blocks);
        assert!(ctx.cap_mid.contains("kim"));
        assert!(!ctx.cap_mid.contains("subsequent"));
        assert!(ctx.lower_seen.contains("talks"));
        assert!(ctx.known_alone("putin"));
        assert!(!ctx.known_alone("wingfield"));
    }
}
