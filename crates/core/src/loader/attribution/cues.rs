//! Reading the speech cue beside one quote: `“…,” said X`, `X said, “…”`,
//! `according to X`, `X: “…”`, `…, saying, “…”`, verbs of judging
//! ([`characterise`]) and a person's clause before a colon ([`colon`]).
//! Works on the tokens of the quote's own sentence on either side (bounded
//! windows), and says *where* the speaker is named; [`super::speakers`]
//! turns that into an entity.

mod characterise;
mod colon;
mod headline;
mod left;
mod subjects;
mod titles;

use super::tokens::Tok;
use super::verbs::{self, Pronoun};
use crate::article::CueRule;
pub use characterise::{judged_as, judged_by, labelled_by, owned_words, quoted_object};
pub use colon::clause_before_colon;
use colon::colon_label;
pub use headline::{headline_label, label_is_name};
pub use left::{according_to, left_cue, verb_earlier, verb_sentence_before};
pub use subjects::{age, subject_after, subject_before};
use subjects::{name_after_description, name_like, run, run_forward};
pub use titles::{term_as_subject, title_before, title_in_prose, work_title};

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
    /// `the bishop said`: the latest person introduced with that title.
    Described(Run),
    /// The body a spokesperson speaks for (`an Intel spokeswoman said`):
    /// an organisation, never a person or a place.
    Body(Run),
    /// `the statement said`: whoever the article tied that document to.
    Document(Run),
    /// `the newspaper wrote`: the newspaper the text just named.
    Press(Run),
    /// `Roe’s campaign said`, `the Roe campaign said` (the run is the
    /// name), `the campaign said` (the run is the noun): the candidate or
    /// body whose campaign it is.
    Campaign(Run),
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

/// A speech verb at `i`: its last token index and its text.
fn verb_at(toks: &[Tok], i: usize) -> Option<(usize, String)> {
    let t = toks.get(i)?;
    // Capitalized, it is a name (`States`, `Posts`), not a verb, except a
    // past tense opening an inverted sentence before a name (`Said Jane
    // Roe, “…”`, `Continued Roe: “…”`).
    let inverted = i == 0
        && (t.text == "Said" || t.text == "Wrote" || t.text.ends_with("ed"))
        && toks.get(1).is_some_and(Tok::capitalized);
    if !t.word || (t.capitalized() && !inverted) {
        return None;
    }
    // A document `reads` (`the statement read: “…”`); people read books.
    let document_reads = (t.is("read") || t.is("reads"))
        && i > 0
        && toks.get(i - 1).is_some_and(|d| verbs::document(d.text));
    if !verbs::speech_verb(t.text) && !document_reads {
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
    let dashed = toks
        .iter()
        .take(i)
        .any(|t| DASHES.iter().any(|&d| t.punct(d)));
    let first = toks.get(i)?;
    if dashed {
        if let Some(s) = credit_name(toks, i) {
            return found(s, CueRule::Credit, "—".into());
        }
    }
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
    let limit = if comma {
        14
    } else if complete {
        4
    } else {
        0
    };
    let near = (i..toks.len().min(i + limit))
        .filter(|&k| !asked_of_speaker(toks, k))
        .find_map(|k| verb_at(toks, k).map(|(e, verb)| (k, e, verb)));
    // `“…” Roe posted: “…”`: a verb opening the next sentence and ending
    // in a colon introduces the quote after it, not this one.
    let introduces_next =
        |end: usize| complete && !comma && toks.get(end + 1).is_some_and(|t| t.punct(':'));
    if near
        .as_ref()
        .is_some_and(|&(_, end, _)| introduces_next(end))
    {
        return None;
    }
    if let Some((v, end, verb)) = near {
        let mut subject = subject_before(toks.get(i..).unwrap_or(&[]), v - i);
        if subject == Subject::Nobody {
            if let Some(s) = inverted_after_comma(toks, v, end) {
                subject = s;
            }
        }
        return found(subject, CueRule::SpeechVerb, verb);
    }
    // Further on, the verb counts only with a name or pronoun right before
    // it or its appositive: behind a long appositive (`“…,” Dr Roe,
    // director of the National Institute of Allergy and Infectious
    // Diseases, told MPs`), a long title opening the next sentence (`“…!”
    // US Senator Jane Roe said as …`), or at the end of a sentence the quote
    // runs on into (`“…” and against the law, Roe said.`).
    if comma {
        if let Some(m) = appositive_then_verb(toks, i) {
            return Some(m);
        }
    }
    let reach = if comma {
        LONG_APPOSITIVE
    } else if complete {
        TITLED_SUBJECT
    } else {
        RUN_ON
    };
    let (v, end, verb) = (i + limit..toks.len().min(i + reach))
        .find_map(|k| verb_at(toks, k).map(|(e, verb)| (k, e, verb)))?;
    if introduces_next(end) {
        return None;
    }
    let subject = subject_before(toks.get(i..).unwrap_or(&[]), v - i);
    // A run-on closed by an inverted clause: `“…” in the 2008 primary, said
    // Prof Jane Roe.`
    if subject == Subject::Nobody {
        if let Some(s) = inverted_after_comma(toks, v, end) {
            return found(s, CueRule::SpeechVerb, verb);
        }
    }
    let fits = match subject {
        // The name opens the sentence, alone or after its description
        // (`“…?” former Obama adviser David Axelrod asked`).
        Subject::Name(r) if complete && !comma => {
            toks.get(i).is_some_and(|t| t.start == r.start)
                || name_after_description(toks, i) == Some(Subject::Name(r))
        }
        Subject::Name(_) | Subject::Pronoun(..) if !comma && !complete => toks
            .get(end + 1)
            .is_none_or(|t| t.punct(',') || t.sentence_end()),
        Subject::Name(_) | Subject::Pronoun(..) => true,
        _ => false,
    };
    fits.then_some(CueMatch {
        subject,
        rule: CueRule::SpeechVerb,
        verb,
    })
}

/// `“…,” when asked whether …`: a past participle after `when`, `if` or
/// `after` says the speaker was asked, and names nobody else who speaks.
fn asked_of_speaker(toks: &[Tok], k: usize) -> bool {
    let participle = toks
        .get(k)
        .is_some_and(|t| t.word && !t.capitalized() && t.text.ends_with("ed"));
    participle
        && k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
            ["when", "if", "after", "once", "unless"]
                .iter()
                .any(|w| t.is(w))
        })
}

/// Whether the tokens after a quote open with its cue's verb (`asked Roe`,
/// `according to Roe`) rather than with a subject.
pub fn verb_first(toks: &[Tok]) -> bool {
    let i = toks
        .iter()
        .position(|t| t.word || t.sentence_end())
        .unwrap_or(toks.len());
    verb_at(toks, i).is_some() || toks.get(i).is_some_and(|t| t.is("according"))
}

/// Whether a cue after a quote that ended its sentence is a sentence of
/// its own about that quote (`Roe said on Tuesday.`) rather than a new
/// statement (`Roe said Wednesday she wants …`, `Roe agreed that …`):
/// after the verb, only a few words, no `that` and no pronoun subject.
pub fn closes_on_verb(toks: &[Tok]) -> bool {
    let Some(end) = (0..toks.len()).find_map(|k| verb_at(toks, k).map(|(e, _)| e)) else {
        return false;
    };
    let rest = toks.get(end + 1..).unwrap_or(&[]);
    rest.iter().filter(|t| t.word).count() <= 5
        && !rest
            .iter()
            .any(|t| t.is("that") || verbs::pronoun(t.text).is_some())
}

/// Dashes that set off a credit line: `“…” — Jane Roe`.
pub const DASHES: [char; 4] = ['-', '–', '—', '―'];

/// A credit line's name at token `i`: a name run standing alone, up to the
/// end or a comma (`Jane Roe, Leeds`), never a sentence going on (`Roe
/// said`, `Roe’s plan`).
pub fn credit_name(toks: &[Tok], i: usize) -> Option<Subject> {
    let t = toks.get(i)?;
    if !name_like(t) {
        return None;
    }
    let (r, next) = run_forward(toks, i)?;
    let ends = toks
        .get(next)
        .is_none_or(|n| n.punct(',') || n.punct('(') || n.sentence_end());
    let possessive = toks
        .get(next - 1)
        .is_some_and(|t| t.text.ends_with("’s") || t.text.ends_with("'s"));
    (ends && !possessive).then_some(Subject::Name(r))
}

/// How far into the next sentence a speech verb may stand behind a
/// titled name that opens it, or behind a description and the name set
/// off after it (`the party's presumptive nominee, Jane Roe, tweeted`).
const TITLED_SUBJECT: usize = 12;

/// How far a quote's own sentence may run on before its speaker and verb.
const RUN_ON: usize = 14;

/// How far after a quote a speech verb may stand behind a long appositive.
const LONG_APPOSITIVE: usize = 26;

/// `“…” in the 2008 primary, said Prof Jane Roe`: a verb at `v` (ending at
/// `end`) right after a comma opens an inverted clause of its own, and the
/// name after it speaks.
fn inverted_after_comma(toks: &[Tok], v: usize, end: usize) -> Option<Subject> {
    let after_comma = v
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.punct(','));
    if !after_comma {
        return None;
    }
    match subject_after(toks, end + 1) {
        s @ Subject::Name(_) => Some(s),
        _ => None,
    }
}

/// How far an appositive between commas may run after the name.
const ANY_APPOSITIVE: usize = 60;

/// `“…,” Roe, the party's chair and its longest-serving member since the
/// 1990s, said`: the name right after the quote, then an appositive of any
/// length set off by commas, then the verb.
fn appositive_then_verb(toks: &[Tok], i: usize) -> Option<CueMatch> {
    if !toks.get(i).is_some_and(name_like) {
        return None;
    }
    let (r, next) = run_forward(toks, i)?;
    if !toks.get(next).is_some_and(|t| t.punct(',')) {
        return None;
    }
    for k in next + 1..toks.len().min(next + ANY_APPOSITIVE) {
        let t = toks.get(k)?;
        if t.sentence_end() {
            return None;
        }
        if !t.punct(',') {
            continue;
        }
        let v = subjects::past_adverbs(toks, k + 1);
        if let Some((_, verb)) = verb_at(toks, v) {
            return found(Subject::Name(r), CueRule::SpeechVerb, verb);
        }
    }
    None
}

#[cfg(test)]
mod tests;
