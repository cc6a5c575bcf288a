//! Finding quoted spans in the body (stage 3 of the loader).
//!
//! One pass over each block keeps a small stack of open quotes, so nested
//! quotes (“He said ‘no’”) give one outer span and an inner mark never ends
//! the outer one. Apostrophes are told from single quotes by the characters
//! around them ([`marks`]). A paragraph left open whose successor opens with
//! a quote mark is the news convention for a quote running on: each part is
//! its own span, flagged so [`super::attribution`] can carry the speaker over.
//! An opener never closed (and not carried on) keeps the rest of its
//! paragraph only when it reads like speech; otherwise the block is scanned
//! again without it, a bounded few times, so a stray mark swallows nothing.

mod marks;
mod open;
mod stack;
pub mod turns;

use super::swar;
use super::work::tick;
use super::ByteSpan;
use crate::article::{Block, BlockKind};
use marks::Mark;
use open::Open;
use stack::Stack;

/// One quoted span with what attribution needs to know about its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The quoted text, marks left out, whitespace trimmed.
    pub span: ByteSpan,
    /// Byte where the opening mark starts.
    pub open: usize,
    /// Byte just past the closing mark (the block end when left open).
    pub close: usize,
    /// It re-opens a quote carried over from the previous paragraph.
    pub continues: bool,
    /// It is left open at the paragraph end and goes on in the next one.
    pub carries_on: bool,
    /// An unmarked transcript turn ([`turns`]): kept only if its label's
    /// speaker is found.
    pub turn: bool,
}

/// Every quoted span, in reading order, quote marks left out.
pub fn find(blocks: &[Block]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut carried = false;
    let mut turns = 0usize;
    for (i, block) in blocks.iter().enumerate() {
        let next = blocks.get(i + 1);
        let before = out.len();
        carried = scan_with_retries(i, block, next, carried, &mut out);
        if out.len() == before {
            if let Some(t) = turns::unmarked(i, block) {
                out.push(t);
                turns += 1;
            }
        }
    }
    // One unmarked turn is a paragraph's lead-in, not a transcript.
    if turns == 1 {
        out.retain(|q| !q.turn);
    }
    out
}

/// How a scan of one block ended.
enum Scan {
    /// Whether the block leaves a quote open for the next one.
    Done(bool),
    /// An opening mark at this byte was never closed and was dropped; the
    /// quotes it swallowed are found by scanning again without it.
    Stray(usize),
}

/// Scan one block, rescanning (a bounded few times) past stray openers.
fn scan_with_retries(
    index: usize,
    block: &Block,
    next: Option<&Block>,
    carried: bool,
    out: &mut Vec<QuoteSpan>,
) -> bool {
    let mut ignore = Vec::new();
    // The scan only pushes: its spans go straight into `out`, and a
    // rescan drops the ones the last scan pushed, where a vector per
    // block held them before they were appended.
    let before = out.len();
    loop {
        let scan = scan_block(index, block, next, carried, &ignore, out);
        match scan {
            Scan::Stray(at) if ignore.len() < 3 => {
                ignore.push(at);
                out.truncate(before);
            }
            Scan::Stray(_) => return false,
            Scan::Done(carries) => return carries,
        }
    }
}

/// Scan one block, pushing its spans. `carried` says the previous block left
/// a quote open for this one; marks at the bytes in `ignore` are skipped.
fn scan_block(
    index: usize,
    block: &Block,
    next: Option<&Block>,
    carried: bool,
    ignore: &[usize],
    out: &mut Vec<QuoteSpan>,
) -> Scan {
    let text = block.text.as_str();
    let mut stack = Stack::default();
    // Byte where the outer quote's content starts, and where its mark starts.
    let mut outer = (0usize, 0usize);
    let mut first_outer = true;
    let mut continues_next = false;
    let bytes = text.as_bytes();
    let mut pos = 0usize;

    // Every mark starts with a lead byte; the rest is skipped unread.
    while let Some(at) = swar::find(bytes, pos, [b'"', b'\'', b'`'], marks::lead_byte) {
        tick(at - pos + 1);
        pos = at;
        let Some(c) = text.get(pos..).and_then(|r| r.chars().next()) else {
            pos += 1;
            continue;
        };
        let after_c = pos + c.len_utf8();
        let next_c = text.get(after_c..).and_then(|r| r.chars().next());
        let Some((mark, len)) = Mark::at(c, next_c) else {
            pos = after_c;
            continue;
        };
        let prev = text.get(..pos).and_then(|t| t.chars().next_back());
        let end = pos + len;
        let rest = text.get(end..).unwrap_or("");
        let after = rest.chars().next();
        let was_empty = stack.is_empty();
        let action = if ignore.contains(&pos) {
            Action::Ignore
        } else {
            decide(mark, prev, after, rest, &stack)
        };
        match action {
            Action::Open(kind) => {
                stack.push(kind);
                if was_empty {
                    outer = (end, pos);
                    continues_next = first_outer
                        && carried
                        && text.get(..pos).is_some_and(|t| t.trim().is_empty());
                    first_outer = false;
                }
            }
            Action::CloseTo(depth) => {
                stack.truncate(depth);
                if stack.is_empty() {
                    push_span(out, text, index, outer, pos, end, continues_next, false);
                    continues_next = false;
                }
            }
            Action::Skip(extra) => {
                pos = end + extra;
                continue;
            }
            Action::Ignore => {}
        }
        pos = end;
    }

    let Some(&bottom) = stack.first() else {
        return Scan::Done(false);
    };
    let carries = block.kind == BlockKind::Paragraph
        && next.is_some_and(|n| n.kind == BlockKind::Paragraph && reopens(&n.text, bottom));
    // A lone single mark is too often a stray apostrophe to trust it
    // with the rest of the paragraph.
    let speech = bottom.is_double() && looks_like_speech(text.get(outer.0..).unwrap_or(""));
    if carries || speech {
        let len = text.len();
        push_span(out, text, index, outer, len, len, continues_next, carries);
        return Scan::Done(carries);
    }
    Scan::Stray(outer.1)
}

/// Does a paragraph start with a mark that re-opens a quote of this kind?
fn reopens(text: &str, kind: Open) -> bool {
    let t = text.trim_start();
    let mut it = t.chars();
    let Some(c) = it.next() else {
        return false;
    };
    match Mark::at(c, it.next()) {
        Some((m, _)) if kind.is_double() => m.opens_double(),
        Some((m, _)) if kind.is_single() => m.opens_single(),
        _ => false,
    }
}

/// An unclosed quote is kept only when it reads like speech, so a stray mark
/// does not turn the rest of a paragraph into a quote.
fn looks_like_speech(content: &str) -> bool {
    tick(content.len());
    let content = content.trim();
    let words = content.split_whitespace().count();
    let ends_sentence = content.ends_with(['.', '!', '?', '…']);
    words >= 4 && (ends_sentence || words >= 8)
}

#[allow(clippy::too_many_arguments)]
fn push_span(
    out: &mut Vec<QuoteSpan>,
    text: &str,
    block: usize,
    (start, open): (usize, usize),
    end: usize,
    close: usize,
    continues: bool,
    carries_on: bool,
) {
    let Some(inner) = text.get(start..end) else {
        return;
    };
    tick(1);
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return;
    }
    let s = start + lead;
    out.push(QuoteSpan {
        span: ByteSpan {
            block,
            start: s,
            end: s + trimmed.len(),
        },
        open,
        close,
        continues,
        carries_on,
        turn: false,
    });
}

enum Action {
    Open(Open),
    /// Close everything from this stack depth up.
    CloseTo(usize),
    Ignore,
    /// Not a quote; also skip this many bytes after the mark.
    Skip(usize),
}

/// The deepest open quote (from the top) that `accepts` would close.
fn find_open(stack: &Stack, accepts: impl Fn(Open) -> bool) -> Option<usize> {
    stack.find(accepts)
}

fn decide(mark: Mark, prev: Option<char>, next: Option<char>, rest: &str, stack: &Stack) -> Action {
    let opener = marks::opener_context(prev, next);
    let closer = marks::closer_context(prev, next);
    let doubles = |o: Open| {
        matches!(
            o,
            Open::Curly | Open::Low | Open::Straight | Open::Ptb | Open::Swedish
        )
    };
    match mark {
        Mark::LeftDouble => {
            if let Some(d) = find_open(stack, |o| o == Open::Low) {
                Action::CloseTo(d)
            } else if stack.last() == Some(&Open::Curly) && closer && !opener {
                // “ typed where ” was meant.
                Action::CloseTo(stack.len().saturating_sub(1))
            } else if next.is_none_or(char::is_whitespace) && prev.is_some_and(char::is_whitespace)
            {
                // Standing alone between spaces it opens nothing.
                Action::Ignore
            } else {
                Action::Open(Open::Curly)
            }
        }
        Mark::RightDouble => match find_open(stack, doubles) {
            Some(d) => Action::CloseTo(d),
            None if opener => Action::Open(Open::Swedish),
            None => Action::Ignore,
        },
        Mark::LowDouble => Action::Open(Open::Low),
        Mark::LeftGuillemet
        | Mark::RightGuillemet
        | Mark::LeftSingleGuillemet
        | Mark::RightSingleGuillemet => {
            let (this, other) = match mark {
                Mark::LeftGuillemet => ('«', '»'),
                Mark::RightGuillemet => ('»', '«'),
                Mark::LeftSingleGuillemet => ('‹', '›'),
                _ => ('›', '‹'),
            };
            match find_open(stack, |o| o == Open::Guillemet(this)) {
                Some(d) => Action::CloseTo(d),
                None => Action::Open(Open::Guillemet(other)),
            }
        }
        Mark::StraightDouble => match find_open(stack, doubles) {
            Some(d) if closer || !opener => Action::CloseTo(d),
            Some(_) if stack.last() == Some(&Open::Straight) => {
                Action::CloseTo(stack.len().saturating_sub(1))
            }
            _ if opener || (stack.is_empty() && !closer) => Action::Open(Open::Straight),
            _ => Action::Ignore,
        },
        Mark::Backticks => Action::Open(Open::Ptb),
        Mark::TwoApostrophes => match find_open(stack, |o| o == Open::Ptb) {
            Some(d) => Action::CloseTo(d),
            None => match find_open(stack, |o| o == Open::Straight) {
                Some(d) if closer => Action::CloseTo(d),
                // Some newspaper archives write '' for both marks
                // (''Yes,'' she said): where one opens, the next closes.
                _ if opener => Action::Open(Open::Ptb),
                _ => Action::Ignore,
            },
        },
        Mark::LeftSingle => {
            if let Some(skip) = marks::rock_n_roll(rest) {
                Action::Skip(skip)
            } else if marks::elided_word(rest) || prev.is_some_and(marks::wordish) {
                Action::Ignore
            } else if opener || prev.is_none() {
                Action::Open(Open::CurlySingle)
            } else {
                Action::Ignore
            }
        }
        Mark::RightSingle | Mark::StraightSingle => {
            single(mark, prev, next, rest, stack, opener, closer)
        }
    }
}

fn single(
    mark: Mark,
    prev: Option<char>,
    next: Option<char>,
    rest: &str,
    stack: &Stack,
    opener: bool,
    closer: bool,
) -> Action {
    let in_word = prev.is_some_and(marks::wordish) && next.is_some_and(char::is_alphanumeric);
    if in_word {
        return Action::Ignore;
    }
    if !prev.is_some_and(marks::wordish) {
        if let Some(skip) = marks::rock_n_roll(rest) {
            return Action::Skip(skip);
        }
        if marks::elided_word(rest) {
            return Action::Ignore;
        }
    }
    let singles = |o: Open| matches!(o, Open::CurlySingle | Open::StraightSingle);
    if let Some(d) = find_open(stack, singles) {
        if closer {
            let later = rest;
            if marks::plural_possessive(prev, rest, later) {
                return Action::Ignore;
            }
            return Action::CloseTo(d);
        }
    }
    if mark == Mark::StraightSingle && opener {
        return Action::Open(Open::StraightSingle);
    }
    Action::Ignore
}

#[cfg(test)]
mod tests;
