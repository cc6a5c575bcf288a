//! One paragraph's quotes, in order: each quote's own cue, the speaker
//! carried over from the paragraph before, reported speech in a quote's
//! own sentence, then sharing between neighbours ([`super::sharing`]).

use super::cues::{self, Subject};
use super::sharing::{share_within_block, Info};
use super::speakers::Resolver;
use super::tokens::{tokenize, tokenize_until, Tok};
use super::{
    continuation, direct_cue, ends_sentence, note_speaker, resolve, scare_like, Attribution,
    Direct, WINDOW,
};
use crate::loader::quotes::QuoteSpan;

/// The text around one quote in its block, as tokens of its sentence.
pub(super) struct Around<'a> {
    pub(super) left: Vec<Tok<'a>>,
    pub(super) right: Vec<Tok<'a>>,
    /// The tokens after the quote reach the end of its sentence (rather
    /// than the next quote or the window's edge).
    pub(super) right_closed: bool,
    /// Tokens between the previous quote in the block and this one.
    pub(super) gap_has_end: bool,
    /// The gap goes on with a lowercase word (`” said X`), so a quote that
    /// ended with a period did not end the sentence.
    pub(super) gap_has_words: bool,
    /// Every token of the gap up to the next quote, when both windows
    /// span all of it ([`shared_gap`]): the next quote's left window, to
    /// pass to its [`around`] instead of tokenizing the gap again.
    pub(super) gap_after: Option<Vec<Tok<'a>>>,
}

/// How far back a short sentence before a quote is looked for: ten
/// tokens of a speaker and a verb (`Leeds University's Jane Roe agreed.`).
const SHORT_SENTENCE_BYTES: usize = 160;

/// The gap between quote `k` and the next, when the window after the one
/// and the window before the other are both all of it (the gap is within
/// [`WINDOW`]): then the right window's tokens are the first sentence of
/// the left window's, since the tokenizer reads left to right and its
/// one-sentence mode only stops early.
fn shared_gap(quotes: &[QuoteSpan], k: usize) -> Option<(usize, usize)> {
    let (q, next) = (quotes.get(k)?, quotes.get(k + 1)?);
    (q.close <= next.open && next.open <= q.close.saturating_add(WINDOW))
        .then_some((q.close, next.open))
}

/// The tokens around quote `k`. `gap_before` is the previous quote's
/// [`Around::gap_after`], when it had one: the same tokens this quote's
/// left window would make.
pub(super) fn around<'a>(
    text: &'a str,
    quotes: &[QuoteSpan],
    k: usize,
    gap_before: Option<Vec<Tok<'a>>>,
) -> Around<'a> {
    let Some(q) = quotes.get(k) else {
        return Around {
            left: Vec::new(),
            right: Vec::new(),
            right_closed: false,
            gap_has_end: false,
            gap_has_words: false,
            gap_after: None,
        };
    };
    let gap_start = k
        .checked_sub(1)
        .and_then(|p| quotes.get(p))
        .map_or(0, |p| p.close);
    let from = gap_start.max(q.open.saturating_sub(WINDOW));
    let mut left = gap_before.unwrap_or_else(|| tokenize(text, from, q.open));
    let gap_has_end = from > gap_start || left.iter().any(Tok::sentence_end);
    // After a quote that ended its sentence, a capitalized word starts the
    // next one (`“… initiated.” The group has called it “…”`).
    let gap_has_words = left
        .iter()
        .find(|t| t.word)
        .is_some_and(|t| !t.capitalized());
    if let Some(cut) = left.iter().rposition(Tok::sentence_end) {
        left.drain(..=cut);
    }
    // The right window ends before its sentence's end, when it reaches one.
    let (right, right_closed, gap_after) = match shared_gap(quotes, k) {
        Some((from, to)) => {
            let gap = tokenize(text, from, to);
            let end = gap.iter().position(Tok::sentence_end);
            let right = gap.get(..end.unwrap_or(gap.len())).unwrap_or(&gap);
            (right.to_vec(), end.is_some(), Some(gap))
        }
        None => {
            let gap_end = quotes.get(k + 1).map_or(text.len(), |n| n.open);
            let to = gap_end.min(q.close.saturating_add(WINDOW));
            let mut right = tokenize_until(text, q.close.min(to), to, true);
            let end = right.iter().position(Tok::sentence_end);
            if let Some(cut) = end {
                right.truncate(cut);
            }
            (right, end.is_some(), None)
        }
    };
    Around {
        left,
        right,
        right_closed,
        gap_has_end,
        gap_has_words,
        gap_after,
    }
}

pub(super) fn block_pass(
    r: &mut Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &mut [Option<Attribution>],
    carried: Option<Attribution>,
) {
    let Some(text) = r.blocks.get(b).map(|x| x.text.as_str()) else {
        return;
    };
    // What each quote says on its own, and which sentence it stands in.
    let mut infos: Vec<Info> = Vec::with_capacity(quotes.len());
    let mut sid = 0usize;
    let mut prev_content = "";
    let mut gap_before = None;
    for (k, q) in quotes.iter().enumerate() {
        let content = text.get(q.span.start..q.span.end).unwrap_or("");
        let mut a = around(text, quotes, k, gap_before.take());
        gap_before = a.gap_after.take();
        if k > 0 && (a.gap_has_end || (ends_sentence(prev_content) && !a.gap_has_words)) {
            sid += 1;
        }
        prev_content = content;
        let direct = if q.continues && carried.is_some() && a.right.is_empty() {
            Direct::None
        } else {
            direct_cue(r, b, q, content, &a)
        };
        // `Roe agreed. “…”`: a quote opening its sentence after a short one
        // of a speaker and a speech verb.
        let direct = match direct {
            Direct::None if !q.continues && !a.left.iter().any(|t| t.word) => {
                let from = k
                    .checked_sub(1)
                    .and_then(|p| quotes.get(p))
                    .map_or(0, |p| p.close)
                    .max(q.open.saturating_sub(SHORT_SENTENCE_BYTES));
                // Tokenized only after a sentence end, which most quotes
                // opening a paragraph lack.
                let ends = text
                    .get(from..q.open)
                    .is_some_and(|g| g.trim_end().ends_with(['.', '!', '?', '…']));
                ends.then(|| tokenize(text, from, q.open))
                    .and_then(|toks| cues::verb_sentence_before(&toks))
                    .and_then(|m| resolve(r, b, q.open, m, true))
                    .map_or(Direct::None, Direct::Found)
            }
            d => d,
        };
        if let Direct::Found(f) = &direct {
            note_speaker(r, f.entity);
        }
        let own_clause = cues::judged_by(&a.left, &a.right).is_some();
        infos.push(Info {
            own_clause,
            sentence: sid,
            scare: scare_like(content, &a.left),
            direct,
            left: a.left,
        });
    }
    for (slot, info) in out.iter_mut().zip(&infos) {
        if let Direct::Found(f) = &info.direct {
            *slot = Some(f.clone());
        }
    }
    // Carried over from the previous paragraph.
    if let (Some(c), Some(first), Some(info), Some(slot)) =
        (&carried, quotes.first(), infos.first(), out.first_mut())
    {
        if first.continues && info.direct == Direct::None {
            *slot = Some(continuation(c));
        }
    }
    // A fragment inside indirect speech takes its own sentence's speaker
    // before any neighbour's: `Roe said … that X “is assessing”` is Roe's
    // report even after a quote of someone else. A sentence with a direct
    // cue of its own shares that instead.
    // Sentence ids only grow, so this list is sorted.
    let cued: Vec<usize> = infos
        .iter()
        .filter(|i| matches!(i.direct, Direct::Found(_)))
        .map(|i| i.sentence)
        .collect();
    let mut reported = false;
    for ((q, info), slot) in quotes.iter().zip(&infos).zip(out.iter_mut()) {
        let cued_sentence = cued.binary_search(&info.sentence).is_ok();
        if slot.is_some() || info.direct == Direct::Blocked || cued_sentence {
            continue;
        }
        if let Some(m) = cues::verb_earlier(&info.left) {
            // A name with a speech verb is as sure as a direct cue; a
            // sentence subject (`…, saying`) must name someone known.
            let create = matches!(m.subject, Subject::Name(_));
            *slot = resolve(r, b, q.open, m, create);
            if let Some(a) = slot.as_ref() {
                note_speaker(r, a.entity);
                reported = true;
            }
        }
    }
    // `X, in Leeds, said it was “a good night”. He added: “…”`: the
    // pronoun found nobody before X was known; now it may.
    if reported {
        for (k, q) in quotes.iter().enumerate() {
            let blocked = infos.get(k).is_some_and(|i| i.direct == Direct::Blocked);
            if !blocked || out.get(k).is_some_and(Option::is_some) {
                continue;
            }
            let content = text.get(q.span.start..q.span.end).unwrap_or("");
            let a = around(text, quotes, k, None);
            if let Direct::Found(f) = direct_cue(r, b, q, content, &a) {
                note_speaker(r, f.entity);
                if let Some(slot) = out.get_mut(k) {
                    *slot = Some(f.clone());
                }
                if let Some(i) = infos.get_mut(k) {
                    i.direct = Direct::Found(f);
                }
            }
        }
    }
    // Then neighbours; a fragment attributed either way shares it with
    // the rest of its sentence (`calling it “a defeat” that “shows …”`).
    share_within_block(&infos, out);
    for a in out.iter().flatten() {
        note_speaker(r, a.entity);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Block;
    use crate::loader::{compose, layout, quotes, text};

    /// The windows of every quote of `blocks`, each gap's tokens handed on
    /// as [`block_pass`] does, against each quote's windows made alone;
    /// how many gaps were shared.
    fn check(blocks: &[Block]) -> usize {
        let spans = quotes::find(blocks);
        let mut shared = 0;
        for (b, block) in blocks.iter().enumerate() {
            let these: Vec<QuoteSpan> = spans
                .iter()
                .filter(|q| q.span.block == b)
                .copied()
                .collect();
            let mut gap_before = None;
            for k in 0..these.len() {
                let mut chained = around(&block.text, &these, k, gap_before.take());
                gap_before = chained.gap_after.take();
                shared += usize::from(gap_before.is_some());
                let alone = around(&block.text, &these, k, None);
                let at = (&block.text, k);
                assert_eq!(chained.left, alone.left, "{at:?}");
                assert_eq!(chained.right, alone.right, "{at:?}");
                assert_eq!(chained.right_closed, alone.right_closed, "{at:?}");
                assert_eq!(chained.gap_has_end, alone.gap_has_end, "{at:?}");
                assert_eq!(chained.gap_has_words, alone.gap_has_words, "{at:?}");
                // What one-sentence tokenizing gives, without the sharing.
                let q = &these[k];
                let gap_end = these.get(k + 1).map_or(block.text.len(), |n| n.open);
                let to = gap_end.min(q.close.saturating_add(WINDOW));
                let mut right = tokenize_until(&block.text, q.close.min(to), to, true);
                let end = right.iter().position(Tok::sentence_end);
                right.truncate(end.unwrap_or(right.len()));
                assert_eq!(alone.right, right, "{at:?}");
                assert_eq!(alone.right_closed, end.is_some(), "{at:?}");
            }
        }
        shared
    }

    fn blocks_of(raw: &str) -> Vec<Block> {
        layout::layout(&compose::nfc(text::normalize(raw))).blocks
    }

    #[test]
    fn a_shared_gap_tokenizes_as_each_window_alone() {
        let mut shared = 0;
        for raw in crate::bundled_texts::bundled_texts() {
            shared += check(&blocks_of(&raw));
        }
        // Gaps with a sentence end, with none, with an abbreviation and
        // parentheses, of exactly the window and one byte over it.
        let filler = "x".repeat(WINDOW - 10);
        let edge = |n: usize| {
            let pad = "y".repeat(n);
            format!("“One,” said Roe {pad}“Two.” Then “three” (Sen. Roe, R-Wis.) said.")
        };
        for raw in [
            "“Yes,” she said. “No.” Roe, R-Wis., said “maybe” and (Sen. Kim.) “so”. End."
                .to_string(),
            format!("“A,” he said {filler} “B,” she said."),
            edge(WINDOW - 21),
            edge(WINDOW - 20),
            edge(WINDOW - 19),
        ] {
            shared += check(&blocks_of(&raw));
        }
        assert!(shared > 10, "{shared}");
    }
}
