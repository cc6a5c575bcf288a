//! Where a cue's speaker is named, around the verb: the subject before it
//! (`Klinger said`, `X, an analyst, said`, `the bishop said`) or after it
//! (`said Bruce Klinger, a watcher`, `said the company's chief, Jane Roe`).
//! Name runs are walked over capitalized words, initials and particles;
//! the subject after the verb is read in [`after`].

use super::{Run, Subject};
use crate::loader::attribution::tokens::{strip_possessive, Tok};
use crate::loader::attribution::{descriptions, verbs};

mod after;
mod body;
mod campaign;
mod chain;
mod compound;
mod dashes;
mod time;

use campaign::campaign_before;
use chain::{person_of, stacked_appositives};

pub use after::subject_after;
pub(super) use after::{descriptor_word, name_after_description, DESCRIPTION_WORDS};

pub(super) fn name_like(t: &Tok) -> bool {
    use verbs::class::{GROUP, NOT_A_NAME, PEOPLE, SPEECH_VERB};
    let word = strip_possessive(t.text);
    // `Critics said`, `Officials have called it`: a group opening its
    // sentence, not a name. The lists asked last, once the shape fits.
    let classes = || verbs::classes(word);
    (t.capitalized() || t.text.starts_with('@'))
        && classes() & (NOT_A_NAME | PEOPLE | GROUP) == 0
        && verbs::pronoun(t.text).is_none()
        && !party_tag(word)
        && !state_abbreviation(word)
        // A headline's capitalized verb ends a name: `Jane Roe Asked Men
        // Everywhere`, `Roe Hints Hale`.
        && !(t.capitalized() && word.len() > 3 && classes() & SPEECH_VERB != 0)
}

/// A US state as news style abbreviates it (`Cambridge, Mass., said`):
/// part of a place after a comma, never a speaker.
fn state_abbreviation(word: &str) -> bool {
    let Some(bare) = word.strip_suffix('.') else {
        return false;
    };
    [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J",
        "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Vt", "Va",
        "Wash", "W.Va", "Wis", "Wyo",
    ]
    .contains(&bare)
}

/// A US party-and-state tag (`R-Wis.`, `D-Calif`, `I-Vt.`) in an
/// appositive: it describes the name before it and is never one.
fn party_tag(word: &str) -> bool {
    let state = match word.as_bytes() {
        [b'R' | b'D' | b'I', b'-', ..] => word.get(2..).unwrap_or(""),
        _ => return false,
    };
    state.len() >= 2
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

fn possessive(t: &Tok) -> bool {
    strip_possessive(t.text).len() != t.text.len()
}

pub(super) fn run(toks: &[Tok], first: usize, last: usize) -> Option<Run> {
    Some(Run {
        start: toks.get(first)?.start,
        end: toks.get(last)?.end,
    })
}

/// The name run ending at token `e`, walking back over capitalized words,
/// initials and particles; a possessive before it ends the run (`the
/// Foundation’s Bruce Klinger`).
pub(super) fn run_back(toks: &[Tok], e: usize) -> Option<Run> {
    let mut s = e;
    while s > 0 {
        let t = toks.get(s - 1)?;
        let joins = name_like(t)
            || (verbs::particle(t.text) && s >= 2 && toks.get(s - 2).is_some_and(name_like));
        if !joins || possessive(t) {
            break;
        }
        s -= 1;
    }
    run(toks, s, e)
}

/// The name run starting at token `b`; returns it and the index after it.
pub(super) fn run_forward(toks: &[Tok], b: usize) -> Option<(Run, usize)> {
    let mut e = b;
    while e + 1 < toks.len() {
        let t = toks.get(e + 1)?;
        let joins = (name_like(t) && !toks.get(e).is_some_and(possessive))
            || (verbs::particle(t.text) && toks.get(e + 2).is_some_and(name_like));
        if !joins {
            break;
        }
        e += 1;
    }
    Some((run(toks, b, e)?, e + 1))
}

/// The name a `who` at `w` refers to: a name run right before `, who`.
fn relative_antecedent(toks: &[Tok], w: usize) -> Subject {
    let comma = w.checked_sub(1);
    if !comma
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.punct(','))
    {
        return Subject::Nobody;
    }
    let Some(last) = w
        .checked_sub(2)
        .filter(|&k| toks.get(k).is_some_and(name_like))
    else {
        return Subject::Nobody;
    };
    run_back(toks, last).map_or(Subject::Nobody, |r| {
        person_of(toks, r).map_or(Subject::Name(r), Subject::Name)
    })
}

/// The index past any lowercase adverbs from `i` (`Roe later said`,
/// `said quietly Jane Roe`).
pub(super) fn past_adverbs(toks: &[Tok], mut i: usize) -> usize {
    while toks
        .get(i)
        .is_some_and(|t| t.word && !t.capitalized() && verbs::adverb(t.text))
    {
        i += 1;
    }
    i
}

/// The subject standing before the verb at `v` (`Klinger said`, `Klinger,
/// an analyst, said`, `the company said`, `he later said`).
pub fn subject_before(toks: &[Tok], v: usize) -> Subject {
    // `a spokesman for Roe said` is not Roe speaking: the body check first.
    body::before_verb(toks, v).map_or_else(|| plain_before(toks, v), Subject::Body)
}

fn plain_before(toks: &[Tok], v: usize) -> Subject {
    let mut j = v.min(toks.len());
    // Adverbs and a reflexive (`Roe himself said`).
    let skippable = |t: &Tok| {
        t.word
            && !t.capitalized()
            && (verbs::adverb(t.text)
                || ["himself", "herself", "themselves", "itself"].contains(&t.text))
    };
    let skip_adverbs = |mut j: usize| {
        while j
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(skippable)
        {
            j -= 1;
        }
        j
    };
    // Either order: `Roe on Wednesday also said`, `Roe also on Wednesday
    // said`.
    for _ in 0..2 {
        j = skip_adverbs(time::skip_back(toks, j));
    }
    // A parenthesis between name and verb: `Nancy Pelosi (D-Calif.) said`,
    // with or without a comma after it.
    if j.checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.punct(','))
        && j.checked_sub(2)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.punct(')'))
    {
        j -= 1;
    }
    if j.checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.punct(')'))
    {
        let open = (j.saturating_sub(12)..j)
            .rev()
            .find(|&k| toks.get(k).is_some_and(|t| t.punct('(')));
        if let Some(k) = open {
            j = k;
        }
    }
    let Some(t) = j.checked_sub(1).and_then(|k| toks.get(k)) else {
        return Subject::Nobody;
    };
    if let Some(s) = dashes::before(toks, j) {
        return s;
    }
    if t.word {
        // `Mike Lee, who declared in the spin room, “…”`: the relative
        // pronoun stands for the name before its comma.
        if t.is("who") {
            return relative_antecedent(toks, j - 1);
        }
        if let Some(p) = verbs::pronoun(t.text) {
            return run(toks, j - 1, j - 1).map_or(Subject::Nobody, |r| Subject::Pronoun(r, p));
        }
        // `police said`, with or without `the`, as news style has it; a
        // named force (`Metropolitan Police said`) is a name.
        let bare_police = t.is("police")
            && !j
                .checked_sub(2)
                .and_then(|k| toks.get(k))
                .is_some_and(name_like);
        if bare_police {
            return run(toks, j - 1, j - 1).map_or(Subject::Nobody, Subject::OrgNoun);
        }
        if name_like(t) {
            let Some(r) = run_back(toks, j - 1) else {
                return Subject::Nobody;
            };
            if object_of_noun(toks, r.start) || compound::compound(toks, r.start) {
                return Subject::Nobody;
            }
            return person_of(toks, r).map_or(Subject::Name(r), Subject::Name);
        }
        // `Roe's statement said`: a document speaks for its author;
        // `Iran's foreign ministry said`: a body for whom it belongs to.
        if verbs::document(t.text) || verbs::org_noun(t.text) {
            let mut p = j - 1;
            while p > 0
                && j - p <= 2
                && toks
                    .get(p - 1)
                    .is_some_and(|a| a.word && !a.capitalized() && !verbs::function_word(a.text))
            {
                p -= 1;
            }
            if p > 0
                && toks
                    .get(p - 1)
                    .is_some_and(|o| possessive(o) && name_like(o))
            {
                return run_back(toks, p - 1).map_or(Subject::Nobody, Subject::Name);
            }
        }
        if let Some(s) = descriptions::press_before(toks, j - 1) {
            return s;
        }
        if let Some(s) = campaign_before(toks, j - 1) {
            return s;
        }
        if verbs::document(t.text) && j >= 2 && toks.get(j - 2).is_some_and(|t| t.is("the")) {
            return run(toks, j - 1, j - 1).map_or(Subject::Nobody, Subject::Document);
        }
        if verbs::org_noun(t.text) && j >= 2 && toks.get(j - 2).is_some_and(|t| t.is("the")) {
            return run(toks, j - 1, j - 1).map_or(Subject::Nobody, Subject::OrgNoun);
        }
        if definite_title(toks, j - 1) {
            return run(toks, j - 1, j - 1).map_or(Subject::Nobody, Subject::Described);
        }
        return Subject::Nobody;
    }
    if !t.punct(',') {
        return Subject::Nobody;
    }
    // An appositive between commas: `X, a watcher at Y, said` or
    // `the bank's CEO, Ken Lewis, said`.
    let mut close = j - 1;
    let comma_before = |c: usize| {
        (0..c)
            .rev()
            .take(20)
            .find(|&k| toks.get(k).is_some_and(|t| t.punct(',')))
    };
    let mut open = comma_before(close);
    // `retired in Cambridge, Mass., said`: the state belongs to the place
    // before it, inside the same appositive.
    while let Some(k) = open {
        let state = close == k + 2 && toks.get(k + 1).is_some_and(|t| state_abbreviation(t.text));
        if !state {
            break;
        }
        close = k;
        open = comma_before(close);
    }
    match open {
        Some(k) => {
            // A hedge may come before the name: `someone, apparently Roe,
            // said`.
            let a = past_adverbs(toks, k + 1);
            if let Some((r, after)) = toks
                .get(a)
                .filter(|t| name_like(t))
                .and_then(|_| run_forward(toks, a))
            {
                if after == close {
                    if chain::hangs_off(toks, a, after - 1) {
                        return chain::chain_head(toks, a);
                    }
                    return Subject::Name(r);
                }
            }
            // `the Unity Party (UP), which rules the city, said`: the name
            // stands before its abbreviation.
            let mut n = k;
            if k > 0 && toks.get(k - 1).is_some_and(|t| t.punct(')')) {
                if let Some(p) = (k.saturating_sub(8)..k - 1)
                    .rev()
                    .find(|&p| toks.get(p).is_some_and(|t| t.punct('(')))
                {
                    n = p;
                }
            }
            if n > 0 && toks.get(n - 1).is_some_and(name_like) {
                let Some(r) = run_back(toks, n - 1) else {
                    return Subject::Nobody;
                };
                if let Some(p) = person_of(toks, r) {
                    return Subject::Name(p);
                }
                let s = toks
                    .iter()
                    .position(|t| t.start == r.start)
                    .unwrap_or(n - 1);
                return chain::subject_or_head(toks, s, n - 1);
            }
            stacked_appositives(toks, k)
        }
        None => first_name(toks, close),
    }
}

/// The name starting at byte `start` hangs off a common noun (`section 9
/// of the Charter states`): the subject is that noun, not the name. People
/// speaking for it keep the name (`spokesman of the Unity Party said`,
/// `officials of the ministry said`).
fn object_of_noun(toks: &[Tok], start: usize) -> bool {
    let Some(mut k) = toks.iter().position(|t| t.start == start) else {
        return false;
    };
    if k > 0 && toks.get(k - 1).is_some_and(|t| t.is("the")) {
        k -= 1;
    }
    let prep = k
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| t.is("of"));
    if !prep || k < 2 {
        return false;
    }
    // The head noun, over a number or parenthesised part (`section 16(1)`).
    let head = toks
        .get(..k - 1)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find(|t| t.word && !t.text.starts_with(|c: char| c.is_ascii_digit()));
    head.is_some_and(|t| !t.capitalized() && !verbs::title(t.text) && !verbs::people(t.text))
}

/// `the bank chief`, `the Argentine bishop` ending at `e`: a person the
/// reader already knows, resolved like `he`.
fn definite_title(toks: &[Tok], e: usize) -> bool {
    let Some(t) = toks.get(e) else {
        return false;
    };
    if t.capitalized()
        || !(verbs::title(t.text) || verbs::person_noun(t.text) || age(t.text).is_some())
    {
        return false;
    }
    // `the presumptive Republican presidential nominee`: up to four words
    // between the article and the noun.
    (e.saturating_sub(5)..e)
        .rev()
        .take_while(|&k| toks.get(k).is_some_and(|t| t.word))
        .any(|k| toks.get(k).is_some_and(|t| t.is("the")))
}

/// The age in `45-year-old`, which news style uses as a title: `the
/// 45-year-old said`.
pub fn age(word: &str) -> Option<&str> {
    let n = word
        .strip_suffix("-year-old")
        .or_else(|| word.strip_suffix("-year-old’s"))?;
    (!n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())).then_some(n)
}

/// The first name run in `toks[..end]` (the subject of `Peter Boockvar an
/// equity strategist for Miller Tabak, commented`).
fn first_name(toks: &[Tok], end: usize) -> Subject {
    match toks.iter().take(end).position(name_like) {
        Some(b) => run_forward(toks, b).map_or(Subject::Nobody, |(r, _)| Subject::Name(r)),
        None => Subject::Nobody,
    }
}
