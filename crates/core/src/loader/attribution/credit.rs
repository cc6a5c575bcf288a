//! A credit line under a quote that stands as its own paragraph, the way
//! fact-checks, pull quotes and reader-comment round-ups print them:
//!
//! ```text
//! “We will not raise taxes.”
//!
//! - Jane Roe, at the debate.
//! ```
//!
//! or with the credit as the last paragraph inside the marks:
//!
//! ```text
//! “We will not raise taxes.
//!
//! Jane Roe, Unity Institute.”
//! ```
//!
//! The inline form (`“…” — Jane Roe`) is read with the other cues after a
//! quote ([`super::cues::right_cue`]).

use super::cues::{credit_name, CueMatch, Subject, DASHES};
use super::speakers::Resolver;
use super::tokens::tokenize;
use super::wordcount::more_words_than;
use super::{note_speaker, resolve, Attribution};
use crate::article::CueRule;
use crate::loader::quotes::QuoteSpan;

/// Gives `slot` the speaker a credit line names at `at` in block `b`.
fn credit(r: &mut Resolver, b: usize, at: usize, subject: Subject, slot: &mut Option<Attribution>) {
    let m = CueMatch {
        subject,
        rule: CueRule::Credit,
        verb: "—".into(),
    };
    if let Some(a) = resolve(r, b, at, m, true) {
        note_speaker(r, a.entity);
        *slot = Some(a);
    }
}

/// How much of the next paragraph a credit line may take, in bytes.
const CREDIT_REACH: usize = 160;

/// Gives the last quote of block `b` the name on the credit line that
/// opens block `b + 1`, when that quote is the whole of its paragraph and
/// found no speaker of its own.
pub(super) fn credit_paragraph(
    r: &mut Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &mut [Option<Attribution>],
) {
    let (Some(q), Some(slot)) = (quotes.last(), out.last_mut()) else {
        return;
    };
    if slot.is_some() {
        return;
    }
    let Some(text) = r.blocks.get(b).map(|x| x.text.as_str()) else {
        return;
    };
    // Left open at the paragraph end (`carries_on`, or a straight mark
    // that found no partner).
    let open_end = q.carries_on
        || (q.close >= text.trim_end().len() && !text.trim_end().ends_with(['”', '"']));
    if open_end {
        credit_closing(r, b, slot);
        return;
    }
    let first = quotes.first().map_or(q.open, |f| f.open);
    let before = text.get(..first).unwrap_or("");
    let after = text.get(q.close..).unwrap_or("");
    let whole = before.trim().is_empty()
        && after
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '!' | '?'))
            .is_empty();
    if !whole {
        return;
    }
    let Some(next) = r.blocks.get(b + 1).map(|x| x.text.as_str()) else {
        return;
    };
    // `-` joins words for the tokenizer, so the dash is cut off first.
    let line = next.trim_start();
    let name = line.trim_start_matches(DASHES).trim_start();
    if name.len() == line.len() {
        return;
    }
    let from = next.len() - name.len();
    let toks = tokenize(next, from, next.len().min(from + CREDIT_REACH));
    let Some(subject) = credit_name(&toks, 0) else {
        return;
    };
    credit(r, b + 1, 0, subject, slot);
}

/// How many words a credit inside the marks may have (`Jane Roe, Center
/// for Economic and Policy Research`).
const CREDIT_WORDS: usize = 12;

/// Gives a quote that goes on from the previous paragraph and holds only a
/// credit (`Jane Roe, Unity Institute.”`) that name; the paragraphs before
/// it take the speaker their continuation found.
pub(super) fn credit_inside(
    r: &mut Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &mut [Option<Attribution>],
) {
    let (Some(q), Some(slot)) = (quotes.first(), out.first_mut()) else {
        return;
    };
    if !q.continues || slot.is_some() || q.carries_on {
        return;
    }
    let Some(text) = r.blocks.get(b).map(|x| x.text.as_str()) else {
        return;
    };
    let content = text.get(q.span.start..q.span.end).unwrap_or("");
    if more_words_than(content, CREDIT_WORDS) {
        return;
    }
    let toks = tokenize(text, q.span.start, q.span.end);
    let Some(subject) = credit_name(&toks, 0) else {
        return;
    };
    credit(r, b, q.span.start, subject, slot);
}

/// A quote left open at its paragraph's end, closed by a paragraph that
/// is only its credit (`Jane Roe, Unity Institute.”`).
fn credit_closing(r: &mut Resolver, b: usize, slot: &mut Option<Attribution>) {
    let Some(next) = r.blocks.get(b + 1).map(|x| x.text.as_str()) else {
        return;
    };
    let line = next.trim_end();
    let Some(body) = line.strip_suffix(['”', '"']) else {
        return;
    };
    if body.contains(['“', '"']) || more_words_than(body, CREDIT_WORDS) {
        return;
    }
    let from = next.len() - next.trim_start().len();
    let toks = tokenize(next, from, body.len());
    let Some(subject) = credit_name(&toks, 0) else {
        return;
    };
    credit(r, b + 1, 0, subject, slot);
}
