//! A full quote after a clause ending in a colon whose subject is a person:
//! `In her letter, she thanked the staff: “…”`, `Roe answered critics
//! bluntly: “…”`. The clause has no speech verb, but a statement set off
//! by a colon after someone's action is, in news prose, their words. Also
//! the speaker label itself (`Jane Roe: “…”`, `Pollsters agree - Roe:`).

use super::subjects::{
    descriptor_word, name_like, past_adverbs, run_back, run_forward, DESCRIPTION_WORDS,
};
use super::DASHES;
use super::{found, run, CueMatch, Run, Subject};
use crate::article::CueRule;
use crate::loader::attribution::tokens::Tok;
use crate::loader::attribution::verbs::{self, Pronoun};

/// Whether `t` looks like a finite past-tense verb (`thanked`, `reacted`).
fn past_verb(t: &Tok) -> bool {
    t.word && !t.capitalized() && t.text.len() > 3 && t.text.ends_with("ed")
}

/// The clause subject before a colon at the end of `toks`: a `he`/`she`/
/// `they`, or a name, that opens its clause (sentence start or after a
/// comma) and is followed by a past-tense verb.
pub fn clause_before_colon(toks: &[Tok]) -> Option<CueMatch> {
    let colon = toks.len().checked_sub(1)?;
    if !toks.get(colon)?.punct(':') {
        return None;
    }
    let from = toks
        .get(..colon)?
        .iter()
        .rposition(Tok::sentence_end)
        .map_or(0, |k| k + 1);
    let mut best: Option<(Subject, usize)> = None;
    for i in from..colon {
        let opens = i == from || clause_opens(toks, from, i);
        let Some(t) = toks.get(i).filter(|t| t.word) else {
            continue;
        };
        if !opens {
            continue;
        }
        let (subject, next) = match verbs::pronoun(t.text) {
            Some(p @ (Pronoun::Person | Pronoun::Plural)) => {
                (run(toks, i, i).map(|r| Subject::Pronoun(r, p)), i + 1)
            }
            Some(Pronoun::Thing) => continue,
            None if name_like(t) => {
                match run_forward(toks, i).map(|(r, next)| (r, next, past_appositive(toks, next))) {
                    Some((r, next, _)) if verb_after(toks, next).is_some() => {
                        (Some(Subject::Name(r)), next)
                    }
                    // `Jane Roe, R-Ky., delivered a message to Hale: “…”`.
                    Some((r, _, Some(verb))) => (Some(Subject::Name(r)), verb),
                    // `Republican presidential nominee Jane Roe issued …`.
                    _ => match described_name(toks, i) {
                        Some((r, next)) => (Some(Subject::Name(r)), next),
                        None => continue,
                    },
                }
            }
            // `Party chair Jane Roe answered critics: “…”`.
            None if descriptor_word(t) => match described_name(toks, i) {
                Some((r, next)) => (Some(Subject::Name(r)), next),
                None => continue,
            },
            None => continue,
        };
        if let Some((s, v)) = subject.zip(verb_after(toks, next)) {
            best = Some((s, v));
        }
    }
    let Some((subject, v)) = best else {
        return titled_name_before_colon(toks, colon);
    };
    found(
        subject,
        CueRule::SpeechVerb,
        toks.get(v).map_or(":", |t| t.text).to_string(),
    )
}

/// Whether token `i` opens a clause: after a comma, a dash or a semicolon,
/// or after a coordinator that follows one (`…, and Roe called them on
/// it:`) or opens the sentence at `from`.
fn clause_opens(toks: &[Tok], from: usize, i: usize) -> bool {
    let mark = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.punct(',') || t.punct(';') || t.punct('—') || t.punct('–'))
    };
    let Some(prev) = i.checked_sub(1) else {
        return true;
    };
    if mark(prev) {
        return true;
    }
    let coordinator = toks
        .get(prev)
        .is_some_and(|t| ["and", "but", "so", "then"].iter().any(|c| t.is(c)));
    coordinator && (prev == from || prev.checked_sub(1).is_some_and(mark))
}

/// How many tokens a short appositive between commas may run.
const APPOSITIVE: usize = 8;

/// After a short appositive between commas at `at` (`, R-Ky.,`, `, the
/// party's leader,`), the index of the past-tense verb that follows it.
fn past_appositive(toks: &[Tok], at: usize) -> Option<usize> {
    if !toks.get(at)?.punct(',') {
        return None;
    }
    let close =
        (at + 1..at + 1 + APPOSITIVE).find(|&k| toks.get(k).is_some_and(|t| t.punct(',')))?;
    verb_after(toks, close + 1).map(|_| close + 1)
}

/// The past-tense verb at `at`, past any adverbs: its index.
fn verb_after(toks: &[Tok], at: usize) -> Option<usize> {
    let v = past_adverbs(toks, at);
    toks.get(v).is_some_and(past_verb).then_some(v)
}

/// A name after its description at `from` (`Republican presidential
/// nominee Jane Roe`), with the index after it, when a past-tense verb
/// follows (adverbs between).
fn described_name(toks: &[Tok], from: usize) -> Option<(Run, usize)> {
    let mut i = from;
    while i < from + DESCRIPTION_WORDS {
        let t = toks.get(i)?;
        if name_like(t) {
            let (r, next) = run_forward(toks, i)?;
            if i > from && verb_after(toks, next).is_some() {
                return Some((r, next));
            }
            i = next;
            continue;
        }
        if !descriptor_word(t) {
            return None;
        }
        i += 1;
    }
    None
}

/// `… doesn't surprise Republican pollster Jane Roe: “…”`: a name with its
/// lowercase role right before the colon introduces the one who speaks.
fn titled_name_before_colon(toks: &[Tok], colon: usize) -> Option<CueMatch> {
    let last = colon.checked_sub(1)?;
    if !toks.get(last).is_some_and(name_like) {
        return None;
    }
    let r = run_back(toks, last)?;
    let s = toks.iter().position(|t| t.start == r.start)?;
    let role = s
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.word && !t.capitalized() && verbs::title(t.text));
    role.then(|| found(Subject::Name(r), CueRule::Colon, ":".into()))
        .flatten()
}

/// `Name:` or `:Title Name:` before a quote, a speaker label. Every word
/// must be capitalized or a joining word, so prose ending in a colon
/// (`as recorded in the Congressional Record:`) is no label.
pub(super) fn colon_label(toks: &[Tok]) -> Option<Subject> {
    // A dash sets a label off from a topic before it (`Pollsters agree -
    // Jane Roe:`).
    let start = toks
        .iter()
        .rposition(|t| t.punct(':') || t.sentence_end() || dash(t))
        .map_or(0, |k| k + 1);
    let mut seg = toks.get(start..)?;
    // `According to Roe:` is read by the `according to` cue, which may
    // name an outlet it has not seen before.
    if seg.first().is_some_and(|t| t.is("according")) {
        return None;
    }
    // `Here’s Roe in December 1992:` presents the speaker.
    let presents = seg.first().is_some_and(|t| {
        t.text.eq_ignore_ascii_case("here's") || t.text.eq_ignore_ascii_case("here’s")
    });
    // `From Jane Roe:`, `More from Roe:`: the label's lead-in goes.
    while seg.len() > 1
        && seg
            .first()
            .is_some_and(|t| t.word && verbs::not_a_name(t.text))
    {
        seg = seg.get(1..)?;
    }
    if presents && seg.first().is_some_and(name_like) {
        return run_forward(seg, 0).map(|(r, _)| Subject::Name(r));
    }
    if let Some(s) = owned_document(seg) {
        return Some(s);
    }
    // A party tag after the name: `Rep. Jane Roe (R-S.C.):`.
    if seg.last().is_some_and(|t| t.punct(')')) {
        let open = seg.iter().rposition(|t| t.punct('('))?;
        seg = seg.get(..open)?;
    }
    if seg.is_empty()
        || seg.len() > 16
        || !seg.first().is_some_and(name_like) && !seg.first().is_some_and(|t| verbs::title(t.text))
    {
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
    if !label_words || !seg.get(last).is_some_and(name_like) {
        return None;
    }
    // `Mark Kaigwa to Global Voices:` is an interview headline: the speaker
    // stands before `to`.
    if let Some(to) = seg.iter().position(|t| t.is("to")) {
        if to > 0
            && to <= 4
            && seg.get(to - 1).is_some_and(name_like)
            && seg
                .get(..to)
                .is_some_and(|p| !p.iter().all(|t| verbs::title(t.text)))
        {
            return run_back(seg, to - 1).map(Subject::Name);
        }
    }
    run_back(seg, last).map(Subject::Name)
}

/// `From Bush’s Facebook post:`: a name's document, a few words at most
/// between them, is its owner's words.
fn owned_document(seg: &[Tok]) -> Option<Subject> {
    let last = seg.last()?;
    if !(last.word && verbs::document(last.text)) || seg.len() > 5 {
        return None;
    }
    let owner = seg
        .iter()
        .position(|t| name_like(t) && (t.text.ends_with("’s") || t.text.ends_with("'s")))?;
    if owner + 1 >= seg.len() {
        return None;
    }
    run_back(seg, owner).map(Subject::Name)
}

/// A dash standing as a token: `—`, `–`, `―`, or `-`/`--` (which the
/// tokenizer keeps as a word, since `-` joins words).
fn dash(t: &Tok) -> bool {
    DASHES.iter().any(|&d| t.punct(d)) || (!t.text.is_empty() && t.text.chars().all(|c| c == '-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::attribution::tokens::tokenize;

    fn who(t: &str) -> String {
        let toks = tokenize(t, 0, t.len());
        match clause_before_colon(&toks).map(|m| m.subject) {
            Some(Subject::Name(r) | Subject::Pronoun(r, _)) => t[r.start..r.end].to_string(),
            Some(_) => "<other>".into(),
            None => "<none>".into(),
        }
    }

    #[test]
    fn a_person_acting_before_a_colon_says_the_quote() {
        assert_eq!(who("In her letter, she thanked the staff: "), "she");
        assert_eq!(who("Jane Roe reacted angrily: "), "Jane Roe");
        assert_eq!(
            who("The talks failed. Later, they replied to critics: "),
            "they"
        );
    }

    #[test]
    fn a_name_with_its_role_before_the_colon_speaks() {
        assert_eq!(
            who("The surge doesn't surprise Republican pollster Jane Roe: "),
            "Jane Roe"
        );
        // Without a role, a name closing the clause is only its object.
        assert_eq!(who("The surge doesn't surprise Jane Roe: "), "<none>");
    }

    #[test]
    fn a_described_name_acting_before_a_colon_says_the_quote() {
        assert_eq!(
            who("In response, Republican party nominee Jane Roe issued the following statement: "),
            "Jane Roe"
        );
        assert_eq!(
            who("Party chair Jane Roe answered critics bluntly: "),
            "Jane Roe"
        );
        assert_eq!(
            who("Senate Leader Jane Roe, R-Ky., delivered a blunt message to Hale: "),
            "Senate Leader Jane Roe"
        );
        // A name without a verb after it is no subject.
        assert_eq!(
            who("The party's nominee Jane Roe and the pledge: "),
            "<none>"
        );
    }

    #[test]
    fn the_clause_nearest_the_colon_names_the_speaker() {
        assert_eq!(
            who("The moderators were rude, and Jane Roe called them on it: "),
            "Jane Roe"
        );
        assert_eq!(
            who("The hosts pressed on — and how! — Jane Roe answered them: "),
            "Jane Roe"
        );
        assert_eq!(who("The vote was close; she reacted angrily: "), "she");
        // `and` inside a clause opens none.
        assert_eq!(who("The staff and Jane Roe reacted: "), "<none>");
    }

    #[test]
    fn no_person_or_no_verb_is_no_cue() {
        assert_eq!(who("The sign read: "), "<none>");
        assert_eq!(who("It contained the following: "), "<none>");
        assert_eq!(who("The list of demands: "), "<none>");
        assert_eq!(who("she thanked the staff, "), "<none>");
    }
}
