//! Reading the speech cue beside one quote: `“…,” said X`, `X said, “…”`,
//! `according to X`, `X: “…”`, `…, saying, “…”`, verbs of judging
//! ([`characterise`]) and a person's clause before a colon ([`colon`]).
//! Works on the tokens of the quote's own sentence on either side (bounded
//! windows), and says *where* the speaker is named; [`super::speakers`]
//! turns that into an entity.

mod characterise;
mod colon;
mod subjects;
mod titles;

use super::tokens::Tok;
use super::verbs::{self, Pronoun};
use crate::article::CueRule;
pub use characterise::{judged_as, judged_by, labelled_by, owned_words, quoted_object};
pub use colon::clause_before_colon;
use colon::colon_label;
pub use subjects::{age, subject_after, subject_before};
use subjects::{name_like, run, run_forward};
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
    let near =
        (i..toks.len().min(i + limit)).find_map(|k| verb_at(toks, k).map(|(e, verb)| (k, e, verb)));
    if let Some((v, end, verb)) = near {
        let mut subject = subject_before(toks.get(i..).unwrap_or(&[]), v - i);
        // `“…” in the 2008 primary, said Prof Jane Roe`: the verb opens an
        // inverted clause of its own after the comma.
        let after_comma = v
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.punct(','));
        if subject == Subject::Nobody && after_comma {
            if let s @ Subject::Name(_) = subject_after(toks, end + 1) {
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
    let subject = subject_before(toks.get(i..).unwrap_or(&[]), v - i);
    // `“…” in the 2008 primary, said Prof Jane Roe.`: a run-on closed by
    // an inverted clause after a comma.
    let after_comma = v
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.punct(','));
    if subject == Subject::Nobody && after_comma {
        if let s @ Subject::Name(_) = subject_after(toks, end + 1) {
            return found(s, CueRule::SpeechVerb, verb);
        }
    }
    let fits = match subject {
        Subject::Name(r) if complete && !comma => toks.get(i).is_some_and(|t| t.start == r.start),
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
/// titled name that opens it.
const TITLED_SUBJECT: usize = 8;

/// How far a quote's own sentence may run on before its speaker and verb.
const RUN_ON: usize = 14;

/// How far after a quote a speech verb may stand behind a long appositive.
const LONG_APPOSITIVE: usize = 26;

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
        let mut v = k + 1;
        while toks
            .get(v)
            .is_some_and(|t| t.word && !t.capitalized() && verbs::adverb(t.text))
        {
            v += 1;
        }
        if let Some((_, verb)) = verb_at(toks, v) {
            return found(Subject::Name(r), CueRule::SpeechVerb, verb);
        }
    }
    None
}

/// The cue before a quote, in `toks` (its sentence up to the opening mark).
pub fn left_cue(toks: &[Tok]) -> Option<CueMatch> {
    let mut e = toks.len();
    let mut stripped = false;
    while e > 0
        && (toks.get(e - 1).is_some_and(|t| t.punct(','))
            || toks.get(e - 1).is_some_and(|t| t.punct(':'))
            || toks.get(e - 1).is_some_and(|t| t.punct('—'))
            || toks.get(e - 1).is_some_and(|t| t.punct('–'))
            || toks.get(e - 1).is_some_and(|t| t.is("that")))
    {
        e -= 1;
        stripped = true;
    }
    if e == 0 {
        return None;
    }
    let ends_colon = toks.last().is_some_and(|t| t.punct(':'));
    let last_is_verb = verb_at(toks, e - 1).is_some()
        || toks.get(e - 1).is_some_and(|t| verbs::participle(t.text));
    if !stripped && !last_is_verb {
        return None;
    }
    // `Said Jane Roe, who …, “…”` reaches back to the sentence start.
    let inverted = toks.first().is_some_and(|t| t.text == "Said") && verb_at(toks, 0).is_some();
    let reach = if inverted { 0 } else { e.saturating_sub(9) };
    for v in (reach..e).rev() {
        let t = toks.get(v)?;
        if t.word && verbs::participle(t.text) && !t.capitalized() {
            if v > 0 && toks.get(v - 1).is_some_and(|t| t.is("as")) {
                // `quotes a "Senate aide" as saying:` names the speaker
                // between the verb and `as`; a name there is the speaker.
                return found(
                    as_saying(toks, v - 1),
                    CueRule::SpeechVerb,
                    t.text.to_string(),
                );
            }
            // Only punctuation before it (`“…”, adding: “…”`): the
            // subject is the previous quote's, shared within the sentence.
            let words_before = toks.get(..v).is_some_and(|w| w.iter().any(|t| t.word));
            if !words_before {
                return None;
            }
            let sentence = run(toks, 0, v.saturating_sub(1));
            let subject = sentence.map_or(Subject::Nobody, Subject::Sentence);
            return found(subject, CueRule::SpeechVerb, t.text.to_string());
        }
        if let Some((end, verb)) = verb_at(toks, v) {
            if end >= e {
                continue;
            }
            let mut subject = subject_of_verb(toks, v);
            // `said Smith: “…”` only when the verb opens its clause (not
            // `the recently concluded conference`).
            let opens_clause = v == 0 || !toks.get(v - 1).is_some_and(|t| t.word);
            if subject == Subject::Nobody && opens_clause {
                subject = subject_after(toks, end + 1);
            }
            return found(subject, CueRule::SpeechVerb, verb);
        }
    }
    if ends_colon {
        return toks.get(..e).and_then(colon_label).map(|s| CueMatch {
            subject: s,
            rule: CueRule::Colon,
            verb: ":".into(),
        });
    }
    None
}

/// The subject of the speech verb at `v`, also through an infinitive:
/// `she went on to say`, `he later added, wanting to stress`, whose speaker
/// is the subject of the verb that governs `to`.
fn subject_of_verb(toks: &[Tok], v: usize) -> Subject {
    let direct = subject_before(toks, v);
    if direct != Subject::Nobody || v < 2 {
        return direct;
    }
    // A second verb of the same subject: `Roe thanked the crews and said,
    // “…”`, `Roe confirmed it and later said`, `… but added`.
    let mut c = v - 1;
    while c > 0
        && toks
            .get(c)
            .is_some_and(|t| t.word && !t.capitalized() && verbs::adverb(t.text))
    {
        c -= 1;
    }
    if c >= 2 && toks.get(c).is_some_and(|t| t.is("and") || t.is("but")) {
        return run(toks, 0, c - 1).map_or(Subject::Nobody, Subject::Sentence);
    }
    if !toks.get(v - 1).is_some_and(|t| t.is("to")) {
        return direct;
    }
    let lower = |k: usize| toks.get(k).is_some_and(|t| t.word && !t.capitalized());
    let mut g = v - 2;
    // A particle of a phrasal verb (`went on to say`).
    if g > 0 && toks.get(g).is_some_and(|t| t.is("on") || t.is("up")) {
        g -= 1;
    }
    if !lower(g) || verbs::pronoun(toks.get(g).map_or("", |t| t.text)).is_some() {
        return Subject::Nobody;
    }
    subject_before(toks, g)
}

fn as_saying(toks: &[Tok], as_at: usize) -> Subject {
    let from = (0..as_at).rev().take(8).find(|&k| {
        toks.get(k)
            .is_some_and(|t| t.is("quotes") || t.is("quoted") || t.is("quoting"))
    });
    let Some(k) = from else {
        return Subject::Nobody;
    };
    // `X was quoted (by Reuters) as saying`: the speaker is X.
    let passive = toks.get(k).is_some_and(|t| t.is("quoted"))
        && toks.get(k + 1).is_some_and(|t| t.is("by") || t.is("as"));
    if passive {
        return subject_before(toks, k);
    }
    // `Reuters quoted Smith as saying`: the speaker is the object.
    toks.iter()
        .enumerate()
        .take(as_at)
        .skip(k + 1)
        .find(|(_, t)| name_like(t))
        .and_then(|(b, _)| run_forward(toks, b))
        .map_or(Subject::Nobody, |(r, _)| Subject::Name(r))
}

/// How many tokens the sentence before a quote may have to give it its
/// speaker (`Iowa State University's Jane Roe agreed.`).
const SHORT_SENTENCE: usize = 10;

/// `Roe agreed. “…”`, `He disagreed: “…”`: the tokens before a quote that
/// opens its own sentence end with a short sentence of a name or `he`/`she`
/// and a speech verb, nothing after the verb.
pub fn verb_sentence_before(toks: &[Tok]) -> Option<CueMatch> {
    let end = toks.len().checked_sub(1)?;
    if !toks.get(end)?.sentence_end() {
        return None;
    }
    let start = toks
        .get(..end)?
        .iter()
        .rposition(Tok::sentence_end)
        .map_or(0, |k| k + 1);
    let sentence = toks.get(start..end)?;
    if sentence.len() > SHORT_SENTENCE {
        return None;
    }
    let v = sentence.len().checked_sub(1)?;
    let (last, verb) = verb_at(sentence, v)?;
    if last != v {
        return None;
    }
    match subject_before(sentence, v) {
        s @ (Subject::Name(_) | Subject::Pronoun(_, Pronoun::Person)) => {
            found(s, CueRule::SpeechVerb, verb)
        }
        _ => None,
    }
}

/// `according to X` anywhere in the quote's sentence before it.
pub fn according_to(toks: &[Tok]) -> Option<CueMatch> {
    let k = toks
        .windows(2)
        .position(|w| matches!(w, [a, b] if a.is("according") && b.is("to")))?;
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
            let subject = subject_of_verb(toks, v);
            if subject != Subject::Nobody {
                return found(subject, CueRule::SpeechVerb, verb);
            }
        }
        let t = toks.get(v)?;
        // `X has called it “a textbook case”`: a characterisation right
        // before the quote is X's words.
        // The object between verb and quote is short and lowercase (`it`,
        // `the proposal`), so `a group called “…”` (a title) is not read so.
        let object = toks.get(v + 1..).unwrap_or(&[]);
        let short_object = !object.is_empty()
            && object.len() <= 2
            && object.iter().all(|o| o.word && !o.capitalized());
        if short_object && t.word && verbs::characterises(t.text) {
            let subject = subject_before(toks, v);
            if subject != Subject::Nobody {
                return found(subject, CueRule::SpeechVerb, t.text.to_string());
            }
        }
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

#[cfg(test)]
mod tests;
