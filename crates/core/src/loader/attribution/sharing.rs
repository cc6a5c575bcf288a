//! Speakers passed between quotes that have no cue of their own: within a
//! sentence and a paragraph ([`share_within_block`]), and from a paragraph
//! that reports a person's words, or ends in `X said:`, to the quote
//! paragraph after it ([`lead_in_paragraph`], [`colon_paragraph`]).

use super::cues::{self, Subject};
use super::speakers::Resolver;
use super::tokens::{tokenize, Tok};
use super::verbs;
use super::{continuation, note_speaker, resolve, scare_like, Attribution, Direct, WINDOW};
use crate::article::{BlockKind, CueRule, EntityKind};
use crate::loader::quotes::QuoteSpan;
use crate::loader::ByteSpan;

/// The paragraph before block `b` when `b` opens with a quote that has no
/// cue and does not carry on from earlier (nothing in the block attributed
/// yet): what both paragraph-to-paragraph rules below start from.
fn after_paragraph(
    r: &Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &[Option<Attribution>],
) -> Option<usize> {
    let first = quotes.first()?;
    if out.iter().any(Option::is_some) || first.continues {
        return None;
    }
    let text = r.blocks.get(b)?.text.as_str();
    let prev = b.checked_sub(1)?;
    let opens = text.get(..first.open).is_some_and(|t| t.trim().is_empty());
    (opens && r.blocks.get(prev)?.kind == BlockKind::Paragraph).then_some(prev)
}

/// A paragraph that opens with a quote and has no cue, right after a
/// paragraph with no quotes that reports someone's words (`He also warned
/// that …`), quotes that someone: the news pattern of paraphrase, then quote.
pub(super) fn lead_in_paragraph(
    r: &mut Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &mut [Option<Attribution>],
) {
    let Some(prev) = after_paragraph(r, b, quotes, out).and_then(|p| r.blocks.get(p)) else {
        return;
    };
    let Some(text) = r.blocks.get(b).map(|x| x.text.as_str()) else {
        return;
    };
    let ptext = prev.text.as_str();
    let toks = tokenize(ptext, ptext.len().saturating_sub(WINDOW), ptext.len());
    let found = toks.split(Tok::sentence_end).rev().find_map(|sentence| {
        cues::verb_earlier(sentence)
            .filter(|m| matches!(m.subject, Subject::Name(_) | Subject::Pronoun(..)))
    });
    let Some(m) = found else {
        issued_paragraph(r, b, quotes, out, &toks);
        return;
    };
    let Some(a) = resolve(r, b - 1, ptext.len(), m, false) else {
        return;
    };
    // Only a person reporting in the paragraph before, not `The webpage
    // posted …` resolving to a place or an outlet.
    if r.drafts
        .get(a.entity)
        .is_none_or(|d| d.kind != EntityKind::Person)
    {
        return;
    }
    for (k, (q, slot)) in quotes.iter().zip(out.iter_mut()).enumerate() {
        let content = text.get(q.span.start..q.span.end).unwrap_or("");
        let left = tokenize(text, q.open.saturating_sub(WINDOW), q.open);
        if k == 0 || !scare_like(content, &left) {
            *slot = Some(continuation(&a));
        }
    }
    note_speaker(r, a.entity);
}

/// A quote paragraph with no cue after a last sentence that puts out a
/// document (`Acme issued a statement apologizing to Roe.`) is that
/// document's words, so its issuer's: a person or a body.
fn issued_paragraph(
    r: &mut Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &mut [Option<Attribution>],
    prev: &[Tok],
) {
    let last = prev
        .split(Tok::sentence_end)
        .rev()
        .find(|s| s.iter().any(|t| t.word))
        .unwrap_or(&[]);
    let noun = last.windows(2).find_map(|w| match w {
        [a, n] if (a.is("a") || a.is("an")) && n.word && verbs::document(n.text) => Some(n),
        _ => None,
    });
    let Some(noun) = noun else {
        return;
    };
    let Some(entity) = r.issuer(b - 1, noun.end, noun.text) else {
        return;
    };
    let a = Attribution {
        entity,
        rule: CueRule::Document,
        evidence: ByteSpan::new(b - 1, noun.start, noun.end),
        verb: noun.text.to_string(),
    };
    if let (Some(q), Some(slot)) = (quotes.first(), out.first_mut()) {
        if slot.is_none() && q.span.block == b {
            *slot = Some(a);
        }
    }
    note_speaker(r, entity);
}

/// A paragraph that opens with a quote and has no cue, right after a
/// paragraph ending in a cue and a colon (`He then added:`), quotes that
/// cue's speaker, whatever quotes that paragraph had.
pub(super) fn colon_paragraph(
    r: &mut Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &mut [Option<Attribution>],
) {
    let Some(prev) = after_paragraph(r, b, quotes, out).and_then(|p| r.blocks.get(p)) else {
        return;
    };
    let Some(text) = r.blocks.get(b).map(|x| x.text.as_str()) else {
        return;
    };
    let ptext = prev.text.trim_end();
    if !ptext.ends_with(':') {
        return;
    }
    let toks = tokenize(ptext, ptext.len().saturating_sub(WINDOW), ptext.len());
    let sentence = toks
        .iter()
        .rposition(Tok::sentence_end)
        .map_or(toks.as_slice(), |k| toks.get(k + 1..).unwrap_or(&[]));
    // `Roe said:` or a person's clause (`Roe released the following
    // statement:`).
    let Some(m) = cues::left_cue(sentence).or_else(|| cues::clause_before_colon(sentence)) else {
        return;
    };
    let Some(a) = resolve(r, b - 1, ptext.len(), m, true) else {
        return;
    };
    for (k, (q, slot)) in quotes.iter().zip(out.iter_mut()).enumerate() {
        let content = text.get(q.span.start..q.span.end).unwrap_or("");
        let left = tokenize(text, q.open.saturating_sub(WINDOW), q.open);
        if k == 0 || !scare_like(content, &left) {
            *slot = Some(continuation(&a));
        }
    }
    note_speaker(r, a.entity);
}

/// One quote's own evidence, before sharing.
pub(super) struct Info<'a> {
    pub sentence: usize,
    pub scare: bool,
    pub direct: Direct,
    pub left: Vec<Tok<'a>>,
    /// Its cue stands inside a clause of its own (`X, who was called “…”
    /// by Y, left`), so the rest of the sentence is not Y's.
    pub own_clause: bool,
}

/// Fills the quotes still without a speaker: same sentence first (a split
/// quote shares its cue, even a short fragment), then same paragraph for
/// full quote sentences: the nearest attributed quote before, else the
/// first after. Linear in the quotes.
pub(super) fn share_within_block(infos: &[Info], out: &mut [Option<Attribution>]) {
    // Per sentence: its first direct attribution, and whether a cue in it
    // named nobody. Sentence ids only grow, so a run-length list works.
    let mut sentences: Vec<(usize, Option<Attribution>, bool)> = Vec::new();
    for (info, slot) in infos.iter().zip(out.iter()) {
        if sentences.last().map(|s| s.0) != Some(info.sentence) {
            sentences.push((info.sentence, None, false));
        }
        if let Some(s) = sentences.last_mut() {
            if s.1.is_none() && !info.own_clause {
                s.1.clone_from(slot);
            }
            s.2 |= info.direct == Direct::Blocked;
        }
    }
    let sentence_of = |sid: usize| {
        sentences
            .binary_search_by_key(&sid, |s| s.0)
            .ok()
            .and_then(|at| sentences.get(at))
    };
    // The first direct attribution after each quote.
    let mut after: Vec<Option<Attribution>> = vec![None; infos.len()];
    let mut next: Option<Attribution> = None;
    for (slot, found) in after.iter_mut().zip(out.iter()).rev() {
        slot.clone_from(&next);
        if found.is_some() {
            next.clone_from(found);
        }
    }
    let mut before: Option<Attribution> = None;
    for ((info, slot), after) in infos.iter().zip(out.iter_mut()).zip(after) {
        if slot.is_none() && info.direct != Direct::Blocked {
            let (shared, blocked) =
                sentence_of(info.sentence).map_or((None, false), |s| (s.1.clone(), s.2));
            if let Some(f) = shared {
                *slot = Some(continuation(&f));
            } else if !info.scare && !blocked {
                *slot = before.clone().or(after).map(|f| continuation(&f));
            }
        }
        if slot.is_some() {
            before.clone_from(slot);
        }
    }
}
