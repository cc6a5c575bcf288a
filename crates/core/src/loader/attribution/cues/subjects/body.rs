//! The body a spokesperson speaks for: `an Intel spokeswoman said`, `said a
//! spokesman for the Pentagon`. With no person named, the organisation is
//! the speaker (the resolver refuses people and places), which is the
//! closest true answer a reader can be given.

use super::{name_like, possessive, run, run_back, run_forward};
use crate::loader::attribution::cues::Run;
use crate::loader::attribution::tokens::Tok;
use crate::loader::attribution::verbs;

/// People who speak for a body, not for themselves.
fn role(t: &Tok) -> bool {
    t.word && !t.capitalized() && verbs::spokesperson(t.text)
}

fn article(t: &Tok) -> bool {
    t.is("a") || t.is("an") || t.is("the")
}

/// One capitalized word that only describes (`a Republican spokesman`, `a
/// Russian representative`) is not a body.
fn describes(toks: &[Tok], s: usize, e: usize) -> bool {
    s == e && toks.get(s).is_some_and(|t| verbs::title(t.text))
}

/// `a|an|the NAME ROLE` or `NAME’s ROLE`, ROLE at token `r`: the NAME run.
pub fn before_role(toks: &[Tok], r: usize) -> Option<Run> {
    if !toks.get(r).is_some_and(role) {
        return None;
    }
    let e = r.checked_sub(1)?;
    let last = toks.get(e)?;
    if !name_like(last) {
        return None;
    }
    let found = run_back(toks, e)?;
    let s = toks.iter().position(|t| t.start == found.start)?;
    let opened = s
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(article);
    (!describes(toks, s, e) && (opened || possessive(last))).then_some(found)
}

/// `a spokesman for [the] NAME`, the NAME run starting at token `s` and
/// ending at `e`: the run, when nothing but that phrase stands before it.
pub fn after_for(toks: &[Tok], s: usize, e: usize) -> Option<Run> {
    let mut k = s.checked_sub(1)?;
    if toks.get(k).is_some_and(|t| t.is("the")) {
        k = k.checked_sub(1)?;
    }
    let ok = toks.get(k).is_some_and(|t| t.is("for"))
        && k >= 2
        && toks.get(k - 1).is_some_and(role)
        && toks.get(k - 2).is_some_and(article)
        && !describes(toks, s, e);
    ok.then(|| run(toks, s, e)).flatten()
}

/// After a verb from token `i`: `said an Intel spokeswoman` or `said a
/// spokesman for Intel`, ending the clause (not `…, Jane Roe`).
pub fn after_verb(toks: &[Tok], i: usize) -> Option<Run> {
    if !toks.get(i).is_some_and(article) {
        return None;
    }
    let (found, next) = if toks.get(i + 1).is_some_and(role) {
        let mut s = i + 3;
        if !toks.get(i + 2).is_some_and(|t| t.is("for")) {
            return None;
        }
        if toks.get(s).is_some_and(|t| t.is("the")) {
            s += 1;
        }
        if !toks.get(s).is_some_and(name_like) {
            return None;
        }
        let (_, next) = run_forward(toks, s)?;
        let e = next.checked_sub(1)?;
        (after_for(toks, s, e)?, next)
    } else {
        let (_, next) = toks
            .get(i + 1)
            .filter(|t| name_like(t))
            .and(run_forward(toks, i + 1))?;
        (before_role(toks, next)?, next + 1)
    };
    // A name after it is the real speaker (`…, Jane Roe,`).
    let named_later = match toks.get(next) {
        Some(t) if t.punct(',') => toks.get(next + 1).is_some_and(name_like),
        Some(t) => name_like(t),
        None => false,
    };
    (!named_later).then_some(found)
}

/// Before a verb at `v`: `an Intel spokeswoman said`, `a spokesman for
/// Intel said`.
pub fn before_verb(toks: &[Tok], v: usize) -> Option<Run> {
    let mut j = v;
    while j
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.word && !t.capitalized() && verbs::adverb(t.text))
    {
        j -= 1;
    }
    let e = j.checked_sub(1)?;
    let t = toks.get(e)?;
    if role(t) {
        return before_role(toks, e);
    }
    if !name_like(t) || possessive(t) {
        return None;
    }
    let found = run_back(toks, e)?;
    let s = toks.iter().position(|t| t.start == found.start)?;
    after_for(toks, s, e)
}
