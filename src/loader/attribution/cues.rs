//! Reading the speech cue beside one quote: `“…,” said X`, `X said, “…”`,
//! `according to X`, `X: “…”`, `…, saying, “…”`. Works on the tokens of the
//! quote's own sentence on either side (bounded windows), and says *where*
//! the speaker is named; [`super::speakers`] turns that into an entity.

use super::tokens::{strip_possessive, Tok};
use super::verbs::{self, Pronoun};
use crate::article::CueRule;

/// A byte span in the block: where a name stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
}

/// Who the cue points at, before resolving to an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A capitalized name (titles and all; trimmed when resolved).
    Name(Run),
    Pronoun(Run, Pronoun),
    /// `the company said`: resolved like `it`.
    OrgNoun(Run),
    /// The subject of the sentence in `start..end` (for `…, saying, “…”`).
    Sentence(Run),
    /// A cue whose speaker is not named (`said a spokesman`): no speaker,
    /// and the quote does not borrow one from its neighbours either.
    Nobody,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    pub subject: Subject,
    pub rule: CueRule,
    pub verb: String,
}

fn name_like(t: &Tok) -> bool {
    (t.capitalized() || t.text.starts_with('@'))
        && !verbs::not_a_name(strip_possessive(t.text))
        && verbs::pronoun(t.text).is_none()
}

fn possessive(t: &Tok) -> bool {
    strip_possessive(t.text).len() != t.text.len()
}

fn run(toks: &[Tok], first: usize, last: usize) -> Option<Run> {
    Some(Run {
        start: toks.get(first)?.start,
        end: toks.get(last)?.end,
    })
}

/// The name run ending at token `e`, walking back over capitalized words,
/// initials and particles; a possessive before it ends the run (`the
/// Foundation’s Bruce Klinger`).
fn run_back(toks: &[Tok], e: usize) -> Option<Run> {
    let mut s = e;
    while s > 0 {
        let t = &toks[s - 1];
        let joins = name_like(t) || (verbs::particle(t.text) && s >= 2 && name_like(&toks[s - 2]));
        if !joins || possessive(t) {
            break;
        }
        s -= 1;
    }
    run(toks, s, e)
}

/// The name run starting at token `b`; returns it and the index after it.
fn run_forward(toks: &[Tok], b: usize) -> Option<(Run, usize)> {
    let mut e = b;
    while e + 1 < toks.len() {
        let t = &toks[e + 1];
        let joins = (name_like(t) && !possessive(&toks[e]))
            || (verbs::particle(t.text) && toks.get(e + 2).is_some_and(name_like));
        if !joins {
            break;
        }
        e += 1;
    }
    Some((run(toks, b, e)?, e + 1))
}

/// A speech verb at `i`: its last token index and its text.
fn verb_at(toks: &[Tok], i: usize) -> Option<(usize, String)> {
    let t = toks.get(i)?;
    // Capitalized, it is a name (`States`, `Posts`), not a verb.
    if !t.word || t.capitalized() || !verbs::speech_verb(t.text) {
        return None;
    }
    match verbs::particle_of(t.text) {
        Some(p) => {
            let next = toks.get(i + 1)?;
            next.is(p)
                .then(|| (i + 1, format!("{} {}", t.text, next.text)))
        }
        None => Some((i, t.text.to_string())),
    }
}

/// The subject standing before the verb at `v` (`Klinger said`, `Klinger,
/// an analyst, said`, `the company said`, `he later said`).
pub fn subject_before(toks: &[Tok], v: usize) -> Subject {
    let mut j = v.min(toks.len());
    while j > 0 && toks[j - 1].word && !toks[j - 1].capitalized() && verbs::adverb(toks[j - 1].text)
    {
        j -= 1;
    }
    let Some(t) = j.checked_sub(1).and_then(|k| toks.get(k)) else {
        return Subject::Nobody;
    };
    if t.word {
        if let Some(p) = verbs::pronoun(t.text) {
            return run(toks, j - 1, j - 1).map_or(Subject::Nobody, |r| Subject::Pronoun(r, p));
        }
        if name_like(t) {
            return run_back(toks, j - 1).map_or(Subject::Nobody, Subject::Name);
        }
        if verbs::org_noun(t.text) && j >= 2 && toks[j - 2].is("the") {
            return run(toks, j - 1, j - 1).map_or(Subject::Nobody, Subject::OrgNoun);
        }
        if definite_title(toks, j - 1) {
            return run(toks, j - 1, j - 1)
                .map_or(Subject::Nobody, |r| Subject::Pronoun(r, Pronoun::Person));
        }
        return Subject::Nobody;
    }
    if !t.punct(',') {
        return Subject::Nobody;
    }
    // An appositive between commas: `X, a watcher at Y, said` or
    // `the bank's CEO, Ken Lewis, said`.
    let close = j - 1;
    let open = (0..close).rev().take(20).find(|&k| toks[k].punct(','));
    match open {
        Some(k) => {
            if let Some((r, after)) = toks
                .get(k + 1)
                .filter(|t| name_like(t))
                .and_then(|_| run_forward(toks, k + 1))
            {
                if after == close {
                    return Subject::Name(r);
                }
            }
            if k > 0 && name_like(&toks[k - 1]) {
                return run_back(toks, k - 1).map_or(Subject::Nobody, Subject::Name);
            }
            Subject::Nobody
        }
        None => first_name(toks, close),
    }
}

/// `the bank chief`, `the Argentine bishop` ending at `e`: a person the
/// reader already knows, resolved like `he`.
fn definite_title(toks: &[Tok], e: usize) -> bool {
    let Some(t) = toks.get(e) else {
        return false;
    };
    if t.capitalized() || !verbs::title(t.text) {
        return false;
    }
    (e.saturating_sub(3)..e)
        .rev()
        .take_while(|&k| toks[k].word)
        .any(|k| toks[k].is("the"))
}

/// The first name run in `toks[..end]` (the subject of `Peter Boockvar an
/// equity strategist for Miller Tabak, commented`).
fn first_name(toks: &[Tok], end: usize) -> Subject {
    match toks.iter().take(end).position(name_like) {
        Some(b) => run_forward(toks, b).map_or(Subject::Nobody, |(r, _)| Subject::Name(r)),
        None => Subject::Nobody,
    }
}

/// The subject after the verb: `said Bruce Klinger, a watcher`, `said
/// Bell Curve Trading chief strategist, Bill Strazzullo`, `said the
/// company's chief executive, Jane Roe`, `writes ozoneblue:`.
pub fn subject_after(toks: &[Tok], a: usize) -> Subject {
    let mut i = a;
    while toks
        .get(i)
        .is_some_and(|t| t.word && !t.capitalized() && verbs::adverb(t.text))
    {
        i += 1;
    }
    let Some(t) = toks.get(i) else {
        return Subject::Nobody;
    };
    if !t.word {
        return Subject::Nobody;
    }
    if let Some(p @ (Pronoun::Person | Pronoun::Plural)) = verbs::pronoun(t.text) {
        return run(toks, i, i).map_or(Subject::Nobody, |r| Subject::Pronoun(r, p));
    }
    if name_like(t) {
        let Some((r, next)) = run_forward(toks, i) else {
            return Subject::Nobody;
        };
        let descriptor = toks.get(next).is_some_and(|n| {
            n.word && !n.capitalized() && !verbs::clause_word(n.text) && !verbs::adverb(n.text)
        });
        if descriptor {
            if let Some(s) = name_after_comma(toks, next).or_else(|| name_after_titles(toks, next))
            {
                return s;
            }
        }
        return Subject::Name(r);
    }
    if let Some(s) = name_after_comma(toks, i) {
        return s;
    }
    if t.is("the") && toks.get(i + 1).is_some_and(|n| verbs::org_noun(n.text)) {
        return run(toks, i + 1, i + 1).map_or(Subject::Nobody, Subject::OrgNoun);
    }
    if t.is("the") {
        let end = (i + 1..toks.len().min(i + 4))
            .take_while(|&k| toks[k].word)
            .last();
        if let Some(e) =
            end.filter(|&e| definite_title(toks, e) && toks.get(e + 1).map_or(true, |n| !n.word))
        {
            return run(toks, e, e)
                .map_or(Subject::Nobody, |r| Subject::Pronoun(r, Pronoun::Person));
        }
    }
    // A lowercase handle standing alone before a colon or the end.
    let alone = match toks.get(i + 1) {
        None => true,
        Some(n) => n.sentence_end() || (n.punct(':') && i + 2 >= toks.len()),
    };
    if alone
        && t.text.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !verbs::clause_word(t.text)
    {
        return run(toks, i, i).map_or(Subject::Nobody, Subject::Name);
    }
    Subject::Nobody
}

/// Lowercase titles, then the name: `Delaware senator Edward Kaufman`.
fn name_after_titles(toks: &[Tok], from: usize) -> Option<Subject> {
    let mut i = from;
    while toks
        .get(i)
        .is_some_and(|t| t.word && !t.capitalized() && verbs::title(t.text))
        && i < from + 4
    {
        i += 1;
    }
    if i == from || !toks.get(i).is_some_and(name_like) {
        return None;
    }
    run_forward(toks, i).map(|(r, _)| Subject::Name(r))
}

/// A descriptor, a comma, then the name: `the company's chief, Jane Roe`.
fn name_after_comma(toks: &[Tok], from: usize) -> Option<Subject> {
    let comma = (from..toks.len().min(from + 12))
        .find(|&k| toks[k].punct(',') || toks[k].sentence_end())?;
    if !toks[comma].punct(',') {
        return None;
    }
    let t = toks.get(comma + 1)?;
    if !name_like(t) {
        return None;
    }
    run_forward(toks, comma + 1).map(|(r, _)| Subject::Name(r))
}

fn found(subject: Subject, rule: CueRule, verb: String) -> Option<CueMatch> {
    Some(CueMatch {
        subject,
        rule,
        verb,
    })
}

/// The cue after a quote, in `toks` (its sentence from the closing mark).
/// `comma` says the quote ended with a comma (inside or right after the
/// mark), `complete` that it ended a sentence (`.`, `!`, `?`).
pub fn right_cue(toks: &[Tok], comma: bool, complete: bool) -> Option<CueMatch> {
    let mut i = 0;
    while toks.get(i).is_some_and(|t| !t.word && !t.sentence_end()) {
        i += 1;
    }
    let comma = comma || toks.iter().take(i).any(|t| t.punct(','));
    let first = toks.get(i)?;
    if first.is("according") && toks.get(i + 1).is_some_and(|t| t.is("to")) {
        return found(
            subject_after(toks, i + 2),
            CueRule::AccordingTo,
            "according to".into(),
        );
    }
    if let Some((end, verb)) = verb_at(toks, i) {
        return found(subject_after(toks, end + 1), CueRule::SpeechVerb, verb);
    }
    if !comma && !complete {
        return None;
    }
    let limit = if comma { 14 } else { 4 };
    let (v, verb) =
        (i..toks.len().min(i + limit)).find_map(|k| verb_at(toks, k).map(|(_, verb)| (k, verb)))?;
    let subject = subject_before(&toks[i..], v - i);
    found(subject, CueRule::SpeechVerb, verb)
}

/// The cue before a quote, in `toks` (its sentence up to the opening mark).
pub fn left_cue(toks: &[Tok]) -> Option<CueMatch> {
    let mut e = toks.len();
    let mut stripped = false;
    while e > 0
        && (toks[e - 1].punct(',')
            || toks[e - 1].punct(':')
            || toks[e - 1].punct('—')
            || toks[e - 1].punct('–')
            || toks[e - 1].is("that"))
    {
        e -= 1;
        stripped = true;
    }
    if e == 0 {
        return None;
    }
    let ends_colon = toks.last().is_some_and(|t| t.punct(':'));
    let last_is_verb = verb_at(toks, e - 1).is_some() || verbs::participle(toks[e - 1].text);
    if !stripped && !last_is_verb {
        return None;
    }
    for v in (e.saturating_sub(9)..e).rev() {
        let t = &toks[v];
        if t.word && verbs::participle(t.text) && !t.capitalized() {
            if v > 0 && toks[v - 1].is("as") {
                // `quotes a "Senate aide" as saying:` names the speaker
                // between the verb and `as`; a name there is the speaker.
                return found(
                    as_saying(toks, v - 1),
                    CueRule::SpeechVerb,
                    t.text.to_string(),
                );
            }
            let sentence = run(toks, 0, v.saturating_sub(1)).filter(|_| v > 0);
            let subject = sentence.map_or(Subject::Nobody, Subject::Sentence);
            return found(subject, CueRule::SpeechVerb, t.text.to_string());
        }
        if let Some((end, verb)) = verb_at(toks, v) {
            if end >= e {
                continue;
            }
            let mut subject = subject_before(toks, v);
            // `said Smith: “…”` only when the verb opens its clause (not
            // `the recently concluded conference`).
            let opens_clause = v == 0 || !toks[v - 1].word;
            if subject == Subject::Nobody && opens_clause {
                subject = subject_after(toks, end + 1);
            }
            return found(subject, CueRule::SpeechVerb, verb);
        }
    }
    if ends_colon {
        return colon_label(&toks[..e]).map(|s| CueMatch {
            subject: s,
            rule: CueRule::Colon,
            verb: ":".into(),
        });
    }
    None
}

fn as_saying(toks: &[Tok], as_at: usize) -> Subject {
    let from = (0..as_at)
        .rev()
        .take(8)
        .find(|&k| toks[k].is("quotes") || toks[k].is("quoted") || toks[k].is("quoting"));
    match from {
        Some(k) => toks
            .iter()
            .enumerate()
            .take(as_at)
            .skip(k + 1)
            .find(|(_, t)| name_like(t))
            .and_then(|(b, _)| run_forward(toks, b))
            .map_or(Subject::Nobody, |(r, _)| Subject::Name(r)),
        None => Subject::Nobody,
    }
}

/// `Name:` or `:Title Name:` before a quote, a speaker label. Every word
/// must be capitalized or a joining word, so prose ending in a colon
/// (`as recorded in the Congressional Record:`) is no label.
fn colon_label(toks: &[Tok]) -> Option<Subject> {
    let start = toks
        .iter()
        .rposition(|t| t.punct(':') || t.sentence_end())
        .map_or(0, |k| k + 1);
    let seg = toks.get(start..)?;
    if seg.is_empty() || seg.len() > 16 || !name_like(&seg[0]) && !verbs::title(seg[0].text) {
        return None;
    }
    let label_words = seg.iter().all(|t| {
        (t.word
            && (t.capitalized()
                || verbs::function_word(t.text)
                || verbs::particle(t.text)
                || verbs::title(t.text)))
            || t.punct('&')
    });
    let last = seg.len() - 1;
    if !label_words || !name_like(&seg[last]) {
        return None;
    }
    // `Mark Kaigwa to Global Voices:` is an interview headline: the speaker
    // stands before `to`.
    if let Some(to) = seg.iter().position(|t| t.is("to")) {
        if to > 0
            && to <= 4
            && name_like(&seg[to - 1])
            && !seg[..to].iter().all(|t| verbs::title(t.text))
        {
            return run_back(seg, to - 1).map(Subject::Name);
        }
    }
    run_back(seg, last).map(Subject::Name)
}

/// `according to X` anywhere in the quote's sentence before it.
pub fn according_to(toks: &[Tok]) -> Option<CueMatch> {
    let k = toks
        .windows(2)
        .position(|w| w[0].is("according") && w[1].is("to"))?;
    match subject_after(toks, k + 2) {
        Subject::Nobody => None,
        s => found(s, CueRule::AccordingTo, "according to".into()),
    }
}

/// A speech verb anywhere earlier in the sentence (`He said that the
/// government was buying bad loans “to restore confidence”`).
pub fn verb_earlier(toks: &[Tok]) -> Option<CueMatch> {
    for v in 0..toks.len() {
        if let Some((_, verb)) = verb_at(toks, v) {
            let subject = subject_before(toks, v);
            if subject != Subject::Nobody {
                return found(subject, CueRule::SpeechVerb, verb);
            }
        }
        let t = &toks[v];
        if t.word && verbs::participle(t.text) && v > 0 {
            let r = run(toks, 0, v - 1);
            return r.and_then(|r| {
                found(
                    Subject::Sentence(r),
                    CueRule::SpeechVerb,
                    t.text.to_string(),
                )
            });
        }
    }
    None
}

/// A title rather than speech: `a post called “…”`, `titled “…”`.
pub fn title_before(toks: &[Tok]) -> bool {
    toks.last()
        .is_some_and(|t| t.word && verbs::title_introducer(t.text))
}

#[cfg(test)]
mod tests;
