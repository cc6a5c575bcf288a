//! A name inside a chain of appositives is not the subject: in `Harry
//! Roe, 30, of Dover, Del., who was polled, said` or `Roe, at a rally in
//! Dover, Delaware, said`, the place nearest the verb is where the speaker
//! lives or stood, and the speaker is the name that opens the chain.

use super::{name_like, run, run_back, state_abbreviation};
use crate::loader::attribution::cues::{Run, Subject};
use crate::loader::attribution::tokens::Tok;
use crate::loader::attribution::verbs;
use crate::loader::entities::known_place;

/// The name in tokens `s..=e` belongs to what stands before it rather than
/// heading a clause: after a preposition (`of Dover`), a state after its
/// place (`Dover, Del.`, `Dover, Delaware`), or a place in apposition to a
/// place noun (`the capital, Dover`).
pub fn hangs_off(toks: &[Tok], s: usize, e: usize) -> bool {
    let Some(prev) = s.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    if prev.word && verbs::place_preposition(prev.text) {
        return true;
    }
    if !prev.punct(',') {
        return false;
    }
    let Some(before) = s.checked_sub(2).and_then(|k| toks.get(k)) else {
        return false;
    };
    (place(toks, s, e) && name_like(before)) || (before.word && verbs::place_noun(before.text))
}

/// Tokens `s..=e` name a place: the gazetteer's, or a state abbreviation.
fn place(toks: &[Tok], s: usize, e: usize) -> bool {
    let words: Vec<&str> = toks
        .get(s..=e)
        .unwrap_or(&[])
        .iter()
        .map(|t| t.text)
        .collect();
    let phrase = words.join(" ");
    known_place(&phrase) || (s == e && state_abbreviation(&phrase))
}

/// The speaker heading the chain that ends before token `s`: the earliest
/// name in the sentence that a comma follows and that hangs off nothing;
/// nobody when there is none (a place is never the fallback).
pub fn chain_head(toks: &[Tok], s: usize) -> Subject {
    let mut head = None;
    for k in (s.saturating_sub(40)..s).rev() {
        let Some(t) = toks.get(k) else { break };
        if t.sentence_end() || (t.word && !t.capitalized() && verbs::speech_verb(t.text)) {
            break;
        }
        if !(name_like(t) && toks.get(k + 1).is_some_and(|n| n.punct(','))) {
            continue;
        }
        let Some(r) = run_back(toks, k) else { continue };
        let Some(q) = toks.iter().position(|x| x.start == r.start) else {
            continue;
        };
        if !hangs_off(toks, q, k) {
            head = Some(r);
        }
    }
    head.map_or(Subject::Nobody, Subject::Name)
}

/// The run `s..=e` as a subject, or the chain's head when it hangs off
/// something.
pub fn subject_or_head(toks: &[Tok], s: usize, e: usize) -> Subject {
    let own = run(toks, s, e).map_or(Subject::Nobody, Subject::Name);
    if !hangs_off(toks, s, e) {
        return own;
    }
    match chain_head(toks, s) {
        // `the head of Acme, a bank, said`: with no name heading a chain,
        // the body may still speak; a place may not.
        Subject::Nobody if !place(toks, s, e) => own,
        head => head,
    }
}

/// `Jane Roe of the Unity Institute said`, `Holger Roe of Berenberg, a
/// bank, warned`: the person before `of` is the subject, the body after it
/// her affiliation. Without `the`, only a name with a given name in it
/// counts as a person (`Royal Bank of Leeds` is one name).
pub(super) fn person_of(toks: &[Tok], r: Run) -> Option<Run> {
    let k = toks.iter().position(|t| t.start == r.start)?;
    let the = k >= 1 && toks.get(k - 1).is_some_and(|t| t.is("the"));
    let of_at = if the {
        k.checked_sub(2)?
    } else {
        k.checked_sub(1)?
    };
    if !toks.get(of_at).is_some_and(|t| t.is("of")) || of_at == 0 {
        return None;
    }
    let head = toks.get(of_at - 1).filter(|t| name_like(t))?;
    let p = run_back(toks, of_at - 1)?;
    let given = |run: Run| {
        toks.iter()
            .filter(|t| t.start >= run.start && t.end <= run.end)
            .any(|t| crate::loader::entities::given_name(t.text))
    };
    // `Secretary of State Jane Roe said`: the `of` is inside a title and
    // the person stands after it.
    if given(r) {
        return None;
    }
    let two_words = p.start < head.start;
    // `Holger Roe of Berenberg, Germany's largest bank, warned`: the
    // appositive calls the body after `of` a body, so the name before it
    // is a person's.
    let end = toks.iter().position(|t| t.end == r.end)?;
    let body_apposed = toks.get(end + 1).is_some_and(|t| t.punct(','))
        && toks
            .get(end + 2..)
            .unwrap_or(&[])
            .iter()
            .take(8)
            .take_while(|t| !t.punct(','))
            .any(|t| t.word && !t.capitalized() && verbs::org_noun(t.text));
    // `Archbishop Jane Roe of the Unity Church of Leeds told`: the body
    // before this `of` hangs off a person in its turn.
    if let Some(person) = person_of(toks, p) {
        return Some(person);
    }
    (two_words && (the || given(p) || body_apposed)).then_some(p)
}

/// `Sarah Roe, 45, from Leeds, said`: more short comma groups before the
/// one ending at the comma `k`, the name before the first of them.
pub(super) fn stacked_appositives(toks: &[Tok], mut k: usize) -> Subject {
    for _ in 0..2 {
        let Some(open) = (k.saturating_sub(8)..k)
            .rev()
            .find(|&p| toks.get(p).is_some_and(|t| t.punct(',')))
        else {
            return Subject::Nobody;
        };
        let group = toks.get(open + 1..k).unwrap_or(&[]);
        if group.is_empty()
            || group
                .iter()
                .any(|t| t.sentence_end() || (t.word && verbs::speech_verb(t.text)))
        {
            return Subject::Nobody;
        }
        if open > 0 && toks.get(open - 1).is_some_and(name_like) {
            let Some(r) = run_back(toks, open - 1) else {
                return Subject::Nobody;
            };
            let s = toks
                .iter()
                .position(|t| t.start == r.start)
                .unwrap_or(open - 1);
            return subject_or_head(toks, s, open - 1);
        }
        k = open;
    }
    Subject::Nobody
}
