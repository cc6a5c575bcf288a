//! A name inside a chain of appositives is not the subject: in `Harry
//! Roe, 30, of Dover, Del., who was polled, said` or `Roe, at a rally in
//! Dover, Delaware, said`, the place nearest the verb is where the speaker
//! lives or stood, and the speaker is the name that opens the chain.

use super::{name_like, run, run_back, state_abbreviation};
use crate::loader::attribution::cues::Subject;
use crate::loader::attribution::tokens::Tok;
use crate::loader::attribution::verbs;
use crate::loader::entities::known_place;

/// Prepositions that make the name after them a place or an affiliation.
const PREPOSITIONS: &[&str] = &[
    "of", "in", "from", "at", "near", "outside", "inside", "across", "around", "to",
];

/// Common nouns whose appositive is a place: `the state capital, Dover,`.
const PLACE_NOUNS: &[&str] = &[
    "capital",
    "city",
    "town",
    "village",
    "county",
    "state",
    "province",
    "region",
    "district",
    "suburb",
    "neighborhood",
    "neighbourhood",
    "borough",
    "township",
];

fn one_of(t: &Tok, words: &[&str]) -> bool {
    t.word && words.iter().any(|w| t.text.eq_ignore_ascii_case(w))
}

/// The name in tokens `s..=e` belongs to what stands before it rather than
/// heading a clause: after a preposition (`of Dover`), a state after its
/// place (`Dover, Del.`, `Dover, Delaware`), or a place in apposition to a
/// place noun (`the capital, Dover`).
pub fn hangs_off(toks: &[Tok], s: usize, e: usize) -> bool {
    let Some(prev) = s.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    if one_of(prev, PREPOSITIONS) {
        return true;
    }
    if !prev.punct(',') {
        return false;
    }
    let Some(before) = s.checked_sub(2).and_then(|k| toks.get(k)) else {
        return false;
    };
    (place(toks, s, e) && name_like(before)) || one_of(before, PLACE_NOUNS)
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
