//! Cues before the quote: `X said, “…”`, `said X: “…”`, `according to X`,
//! a speech verb earlier in the sentence, or a short sentence of its own
//! before the quote (`Roe agreed. “…”`).

use super::subjects::{name_like, run, run_forward, subject_after, subject_before};
use super::{colon_label, found, verb_at, CueMatch, Subject};
use crate::article::CueRule;
use crate::loader::attribution::tokens::Tok;
use crate::loader::attribution::verbs::{self, Pronoun};

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
    // `…, chiding him, “…”`, `telling her, “…”`: the participle's object
    // pronoun stands between it and the quote.
    // The pronoun stands for someone named before it (`Roe clashed with
    // Hale, chiding him`), who is then not the speaker: only the name
    // opening the sentence is its subject.
    let mut antecedent = None;
    if stripped && participle_object(toks, e) {
        antecedent = Some(opening_name_end(toks, e - 2));
        e -= 1;
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
            let before = antecedent.filter(|&a| a < v).unwrap_or(v);
            let sentence = run(toks, 0, before.saturating_sub(1));
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
            // `Because of the calendar, explained Roe, “…”`: a name filling
            // the rest of the clause after the verb is its subject, whatever
            // stands before the comma.
            let name_fills = !addresses(verb.as_str())
                && toks.get(end + 1).is_some_and(name_like)
                && run_forward(toks, end + 1).is_some_and(|(_, next)| next == e);
            if opens_clause && (subject == Subject::Nobody || name_fills) {
                let after = subject_after(toks, end + 1);
                if after != Subject::Nobody || subject == Subject::Nobody {
                    subject = after;
                }
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

/// Verbs whose name after them is the one spoken to (`told POLITICO`,
/// `asked Roe`), not an inverted speaker.
fn addresses(verb: &str) -> bool {
    [
        "told", "tells", "tell", "asked", "asks", "warned", "warns", "urged", "urges", "reminded",
        "reminds", "assured", "assures", "informed", "informs", "promised", "promises", "thanked",
    ]
    .iter()
    .any(|w| verb.eq_ignore_ascii_case(w))
}

/// Whether the tokens before `e` end on a participle then an object
/// pronoun (`telling her`, `chiding him`).
fn participle_object(toks: &[Tok], e: usize) -> bool {
    let object = e
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| ["him", "her", "them", "me", "us"].iter().any(|o| t.is(o)));
    let participle = e
        .checked_sub(2)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.word && !t.capitalized() && verbs::participle(t.text));
    object && participle
}

/// Where the capitalized words opening the sentence before token `p` end
/// (`Former Secretary of State Jane Roe` in `Former Secretary of State Jane
/// Roe clashed with Hale`): the sentence's subject, when it is a name.
fn opening_name_end(toks: &[Tok], p: usize) -> usize {
    let before = toks.get(..p).unwrap_or(&[]);
    let start = before
        .iter()
        .rposition(Tok::sentence_end)
        .map_or(0, |k| k + 1);
    let joins = ["of", "the", "and", "de", "del", "van", "von", "al", "bin"];
    (start..before.len())
        .find(|&k| {
            before
                .get(k)
                .is_some_and(|t| !(t.word && (t.capitalized() || joins.iter().any(|j| t.is(j)))))
        })
        .unwrap_or(before.len())
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
    // `Roe joked …, but went on to say`: the first verb's own subject,
    // found as for any verb.
    subject_of_verb(toks, g)
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
    // The verb ends the sentence, or only says where or how the words were
    // given (`Roe said in a statement.`, `Roe tweeted a warning.`).
    let tail = complement(sentence);
    let v = sentence.len().checked_sub(1 + tail)?;
    if v + 1 > SHORT_SENTENCE && tail == 0 {
        return None;
    }
    if v + 1 > LONG_SENTENCE {
        return None;
    }
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

/// How many tokens a sentence before a quote may have when its verb says
/// where the words were given (`…, tweeted a warning.`): its subject may
/// carry a long appositive.
const LONG_SENTENCE: usize = 30;

/// The number of tokens at the end of `sentence` that complete a speech
/// verb without being what was said: a place of speaking (`in a
/// statement`, `on Twitter`, `to reporters`) or a speech noun as object
/// (`a warning`, `the following statement`); 0 when there is none.
fn complement(sentence: &[Tok]) -> usize {
    let n = sentence.len();
    for len in (2..=COMPLEMENT.min(n.saturating_sub(2))).rev() {
        let Some(tail) = sentence.get(n - len..) else {
            continue;
        };
        if !tail.iter().all(|t| t.word) {
            continue;
        }
        let first = tail.first().map_or("", |t| t.text);
        let last = tail.last().map_or("", |t| t.text);
        let place = ["in", "on", "to", "during", "via", "at", "through"].contains(&first)
            && tail.iter().skip(1).all(|t| {
                !verbs::speech_verb(t.text) && !t.is("that") && verbs::pronoun(t.text).is_none()
            });
        let object = ["a", "an", "the", "this"].contains(&first)
            && len <= 3
            && (verbs::speech_noun(last) || verbs::document(last) || last == "following");
        if place || object {
            return len;
        }
    }
    0
}

/// The longest complement [`complement`] reads.
const COMPLEMENT: usize = 5;

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
            // A campaign speaks only right beside its quote (see
            // `campaign_beside`), never from earlier in the sentence.
            if subject != Subject::Nobody && !matches!(subject, Subject::Campaign(_)) {
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
