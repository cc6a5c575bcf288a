//! The context pass against the separate passes it fused: every block's
//! tokens, language and title case, every token's name flags, and what
//! the article does with each capitalized word, found here by plain walks
//! and sets over each question in turn, as the pass once asked them, on
//! every bundled and corpus text and the tokenizer's edge cases.

use std::collections::HashSet;

use super::super::lexicon::{lower, LEXICON};
use super::super::names::stop_given;
use super::super::tokens::{bytes_of, is_capitalized, looks_english, text_of, tokenize, Gap, Tok};
use super::Context;
use crate::article::{Block, BlockKind};
use crate::loader::samples::SAMPLES;
use crate::loader::tokenizer::tests::edge_texts;

/// The title-case test as it was: the longer words gathered in a list,
/// each counted by its chars.
fn title_case_by_list(text: &str, toks: &[Tok]) -> bool {
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
    if punctuated {
        return long.len() >= 4 && caps == long.len();
    }
    caps * 10 >= long.len() * 7
}

/// The standalone run scan of one block as it was, giving the token
/// indices it marks.
fn standalone_ends(toks: &[Tok]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut run: (usize, usize) = (0, 0);
    let mut run_glued = false;
    for (i, tok) in toks.iter().enumerate() {
        let cap = tok.cap;
        let continues = cap && tok.gap == Gap::Space && run.1 > 0;
        if !continues && run.1 > 0 {
            if !(run_glued || tok.gap == Gap::Hyphen) {
                out.push(run.0 + run.1 - 1);
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
                    out.push(run.0 + run.1 - 1);
                }
                run.1 = 0;
            }
        }
    }
    if run.1 > 0 && !run_glued {
        out.push(run.0 + run.1 - 1);
    }
    out
}

/// Checks one article's context against the separate passes; returns how
/// many capitalized tokens it asked about.
fn check(blocks: &[Block]) -> usize {
    let ctx = Context::new(blocks);
    let toks: Vec<Vec<Tok>> = blocks.iter().map(|b| tokenize(&b.text)).collect();
    let flat: Vec<&[Tok]> = ctx.toks.iter().collect();
    assert_eq!(flat, toks.iter().map(Vec::as_slice).collect::<Vec<_>>());
    let english: Vec<bool> = blocks
        .iter()
        .zip(&toks)
        .map(|(b, t)| looks_english(&b.text, t))
        .collect();
    assert_eq!(ctx.english, english);
    let heading: Vec<bool> = blocks
        .iter()
        .zip(&toks)
        .map(|(b, t)| b.kind == BlockKind::Heading || title_case_by_list(&b.text, t))
        .collect();
    assert_eq!(ctx.heading, heading);
    let (mut cap_mid, mut lowercase, mut standalone) =
        (HashSet::new(), HashSet::new(), HashSet::new());
    let mut capitalized = Vec::new();
    for (b, (block, toks)) in blocks.iter().zip(&toks).enumerate() {
        let prose = english[b] && !heading[b];
        for (i, tok) in toks.iter().enumerate() {
            let word = text_of(&block.text, tok);
            if !tok.cap {
                lowercase.insert(bytes_of(&block.text, tok).to_vec());
                continue;
            }
            let lw = lower(word).to_string();
            if prose && !tok.sentence_start {
                cap_mid.insert(lw.clone());
            }
            capitalized.push((b, i, word, tok.linked, lw));
        }
        if prose {
            for i in standalone_ends(toks) {
                standalone.insert(lower(text_of(&block.text, &toks[i])).to_string());
            }
        }
    }
    for (b, i, word, linked, lw) in &capitalized {
        let flags = LEXICON.flags(word);
        assert_eq!(ctx.words.flags_at(*b, *i), Some(flags), "{word}");
        let name = (!linked && !stop_given(word, flags)).then_some(flags);
        assert_eq!(ctx.name_flags(*b, *i), name, "{word}");
        assert_eq!(ctx.cap_mid(lw), cap_mid.contains(lw), "{word}");
        assert_eq!(
            ctx.lower_seen(lw),
            lowercase.contains(lw.as_bytes()),
            "{word}"
        );
        assert_eq!(ctx.words.standalone(lw), standalone.contains(lw), "{word}");
    }
    // A lowercase token is no capitalized word's, and no block's token
    // past its end has flags.
    for (b, toks) in toks.iter().enumerate() {
        for (i, _) in toks.iter().enumerate().filter(|(_, t)| !t.cap) {
            assert_eq!(ctx.words.flags_at(b, i), None);
            assert_eq!(ctx.name_flags(b, i), None);
        }
        assert_eq!(ctx.name_flags(b, toks.len()), None);
        assert_eq!(ctx.words.flags_at(b, toks.len()), None);
    }
    capitalized.len()
}

fn paragraphs_and_a_heading(text: &str) -> Vec<Block> {
    let mut blocks = super::super::tests::blocks(text);
    if let Some(first) = blocks.first_mut() {
        first.kind = BlockKind::Heading;
    }
    blocks
}

#[test]
fn the_fused_pass_gives_what_the_separate_passes_gave() {
    let mut asked = 0;
    for (_, text) in SAMPLES {
        asked += check(&super::super::tests::blocks(text));
        asked += check(&paragraphs_and_a_heading(text));
    }
    for text in edge_texts() {
        asked += check(&super::super::tests::blocks(&text));
        // Each line a block: short lines test the title case.
        let lines: Vec<Block> = text
            .lines()
            .map(|l| Block {
                kind: BlockKind::Paragraph,
                text: l.to_string(),
            })
            .collect();
        asked += check(&lines);
    }
    assert!(asked > 5000, "{asked}");
}
