//! Partial quotes that are someone's words because a verb of judging puts
//! them in that someone's mouth: `X described the strike as “defensive”`,
//! `was described as “reckless” by X`, `X thanked “all the volunteers”`.
//! A bare phrase in quotes with no such verb stays a scare quote.

use super::subjects::{subject_after, subject_before};
use super::{found, CueMatch, Subject};
use crate::article::CueRule;
use crate::loader::attribution::tokens::Tok;
use crate::loader::attribution::verbs;

/// How far back from `as` the judging verb may stand (its object between,
/// relative clause and all: `justified the strike, which …, as “…”`).
const AS_REACH: usize = 20;

/// `be` before a participle makes it passive: the subject is the one
/// judged, not the judge.
fn passive(toks: &[Tok], v: usize) -> bool {
    // Over a manner adverb: `was commonly called`.
    let mut k = v;
    while k > 0
        && toks
            .get(k - 1)
            .is_some_and(|t| t.word && !t.capitalized() && t.text.ends_with("ly"))
    {
        k -= 1;
    }
    k.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|t| {
        ["was", "were", "is", "are", "been", "being", "be"]
            .iter()
            .any(|b| t.is(b))
    })
}

/// `X characterized the attack as “…”`: the left context ends with `as`
/// and a judging verb stands earlier in the sentence, in the active voice.
pub fn judged_as(toks: &[Tok]) -> Option<CueMatch> {
    let last = toks.len().checked_sub(1)?;
    if !toks.get(last)?.is("as") {
        return None;
    }
    for v in (last.saturating_sub(AS_REACH)..last).rev() {
        let t = toks.get(v)?;
        if !(t.word && !t.capitalized() && verbs::judges_as(t.text)) {
            continue;
        }
        if passive(toks, v) {
            return None;
        }
        return match subject_before(toks, v) {
            Subject::Nobody => None,
            s => found(s, CueRule::SpeechVerb, t.text.to_string()),
        };
    }
    None
}

/// `was described as “…” by X` (or `called “…” by X`): the agent after the
/// quote is the speaker.
pub fn judged_by(left: &[Tok], right: &[Tok]) -> Option<CueMatch> {
    if !right.first().is_some_and(|t| t.is("by")) {
        return None;
    }
    let n = left.len();
    let verb_at = if left.last().is_some_and(|t| t.is("as")) {
        n.checked_sub(2)?
    } else {
        n.checked_sub(1)?
    };
    let v = left.get(verb_at)?;
    let judging =
        v.word && !v.capitalized() && (verbs::judges_as(v.text) || verbs::characterises(v.text));
    if !judging {
        return None;
    }
    match subject_after(right, 1) {
        Subject::Nobody => None,
        s => found(s, CueRule::SpeechVerb, v.text.to_string()),
    }
}

/// How many words a verb of praise or blame may stand from its quote
/// (`X thanked Obama for “…”`, `X blasted Acme for its “…”`).
const OBJECT_REACH: usize = 4;

/// `X thanked “the crews for their courage”`, `X blasted Acme for its
/// “outrageous practices”`: a verb of praise or blame whose object is the
/// quote itself, or whose object's reason (`for`, `as`, `over`) is.
pub fn quoted_object(toks: &[Tok]) -> Option<CueMatch> {
    let last = toks.len().checked_sub(1)?;
    let v = (last.saturating_sub(OBJECT_REACH)..=last)
        .rev()
        .find(|&k| {
            toks.get(k)
                .is_some_and(|t| t.word && !t.capitalized() && verbs::acts_on_quote(t.text))
        })?;
    let t = toks.get(v)?;
    // Only words between, ending on the preposition that introduces the
    // reason: `for`, `as`, `over`, after the object and its possessive.
    let between = toks.get(v + 1..).unwrap_or(&[]);
    let reason = between.is_empty()
        || (between.iter().all(|b| b.word)
            && between
                .iter()
                .any(|b| b.is("for") || b.is("as") || b.is("over") || b.is("to")));
    // `It said that Roe supports “…”`: reported speech, the reporter's
    // words about Roe.
    let reported = toks
        .get(..v)
        .unwrap_or(&[])
        .iter()
        .any(|b| b.word && !b.capitalized() && verbs::speech_verb(b.text));
    if !reason || reported || passive(toks, v) {
        return None;
    }
    match subject_before(toks, v) {
        s @ (Subject::Name(_) | Subject::Pronoun(_, verbs::Pronoun::Person)) => {
            found(s, CueRule::SpeechVerb, t.text.to_string())
        }
        s if between.is_empty() && s != Subject::Nobody => {
            found(s, CueRule::SpeechVerb, t.text.to_string())
        }
        _ => None,
    }
}

/// How far back from the quote a labelling verb may stand, its object
/// between (`X called Ford’s plans to open a plant in Mexico “…”`).
const LABEL_REACH: usize = 16;

/// `X called the plan “a disgrace”`, `what X called “the old model”`, `a
/// country that X, for one, called “…”`: a labelling verb whose subject is
/// a named person or `he`/`she` puts the words in that person's mouth. A
/// name after a preposition (`a film by X called “…”`) is no subject, and a
/// common noun before the verb (`a group called “…”`) makes it a title.
pub fn labelled_by(toks: &[Tok]) -> Option<CueMatch> {
    let last = toks.len().checked_sub(1)?;
    for v in (last.saturating_sub(LABEL_REACH)..=last).rev() {
        let t = toks.get(v)?;
        if t.sentence_end() || (t.word && verbs::speech_verb(t.text)) {
            return None;
        }
        if !(t.word && !t.capitalized() && verbs::characterises(t.text)) || passive(toks, v) {
            continue;
        }
        // The object runs to the quote without a clause of its own.
        let object = toks.get(v + 1..).unwrap_or(&[]);
        if object
            .iter()
            .any(|o| o.punct(',') || o.punct(';') || o.punct(':'))
        {
            return None;
        }
        let subject = subject_before(toks, v);
        let start = match subject {
            Subject::Name(r) => r.start,
            Subject::Pronoun(r, verbs::Pronoun::Person) => r.start,
            _ => return None,
        };
        let k = toks.iter().position(|t| t.start == start)?;
        let after_preposition = k
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| p.word && verbs::clause_word(p.text) && !relative(p));
        return (!after_preposition).then(|| CueMatch {
            subject,
            rule: CueRule::SpeechVerb,
            verb: t.text.to_string(),
        });
    }
    None
}

/// A relative pronoun opening the clause whose subject follows it (`the
/// bodies, which Roe called “…”`), unlike a preposition (`a film by Roe`).
fn relative(t: &Tok) -> bool {
    ["that", "which", "who", "whom"].iter().any(|w| t.is(w))
}

/// `Roe’s response was: “…”`, `Roe’s reply: “…”`: a name owning a noun for
/// what was said, the quote its content.
pub fn owned_words(toks: &[Tok]) -> Option<CueMatch> {
    let mut e = toks.len();
    while e > 0
        && toks
            .get(e - 1)
            .is_some_and(|t| t.punct(':') || t.punct(','))
    {
        e -= 1;
    }
    if e > 0
        && toks
            .get(e - 1)
            .is_some_and(|t| t.is("was") || t.is("is") || t.is("were"))
    {
        e -= 1;
    }
    let n = e.checked_sub(1)?;
    let noun = toks.get(n)?;
    if !(noun.word && verbs::speech_noun(noun.text)) {
        return None;
    }
    // Up to two modifiers between: `Roe’s blunt response`.
    let owner = (n.saturating_sub(3)..n).rev().find(|&k| {
        toks.get(k).is_some_and(|t| {
            t.capitalized() && t.text.ends_with(['s', 'S']) && t.text.contains(['’', '\''])
        })
    })?;
    let between_lower = toks
        .get(owner + 1..n)
        .unwrap_or(&[])
        .iter()
        .all(|t| t.word && !t.capitalized());
    if !between_lower {
        return None;
    }
    match subject_before(toks, owner + 1) {
        s @ Subject::Name(_) => found(s, CueRule::SpeechVerb, noun.text.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::attribution::tokens::tokenize;

    fn who(m: Option<CueMatch>, t: &str) -> String {
        match m.map(|m| m.subject) {
            Some(Subject::Name(r) | Subject::Pronoun(r, _) | Subject::OrgNoun(r)) => {
                t[r.start..r.end].to_string()
            }
            Some(_) => "<other>".into(),
            None => "<none>".into(),
        }
    }

    fn as_(t: &str) -> String {
        who(judged_as(&tokenize(t, 0, t.len())), t)
    }

    #[test]
    fn a_judging_verb_before_as_names_the_judge() {
        assert_eq!(
            as_("The Foreign Office characterized the raid as "),
            "Foreign Office"
        );
        assert_eq!(
            as_("Later, Acme justified the cuts, which were approved by Jane Roe, as "),
            "Acme"
        );
        assert_eq!(as_("The ministry described it as "), "ministry");
        // Passive: the subject is the one judged.
        assert_eq!(as_("Roe was described as "), "<none>");
        // No judging verb: `as` alone is no cue.
        assert_eq!(as_("The plan was drawn up as "), "<none>");
    }

    #[test]
    fn the_agent_after_a_passive_judgement_speaks() {
        let l = "Roe, who was described as ";
        let r = "by the police, left";
        let (lt, rt) = (tokenize(l, 0, l.len()), tokenize(r, 0, r.len()));
        assert_eq!(who(judged_by(&lt, &rt), r), "police");
        let r = "by 2020, he left";
        let rt = tokenize(r, 0, r.len());
        assert_eq!(who(judged_by(&lt, &rt), r), "<none>");
        let l = "a float in the parade, ";
        let r = "by the police";
        let (lt, rt) = (tokenize(l, 0, l.len()), tokenize(r, 0, r.len()));
        assert_eq!(who(judged_by(&lt, &rt), r), "<none>");
    }

    fn label(t: &str) -> String {
        who(labelled_by(&tokenize(t, 0, t.len())), t)
    }

    #[test]
    fn a_named_person_labelling_something_says_the_label() {
        assert_eq!(label("under what Jane Roe called "), "Jane Roe");
        assert_eq!(
            label("a country that Tom Hale, for one, called "),
            "Tom Hale"
        );
        assert_eq!(
            label("In April, Roe called the plans to open a plant in Leeds "),
            "Roe"
        );
        assert_eq!(label("She later called the deal "), "She");
        // Titles and passives are no one's words.
        assert_eq!(label("a group called "), "<none>");
        assert_eq!(label("a film by Tom Hale called "), "<none>");
        assert_eq!(label("the plan was called "), "<none>");
        assert_eq!(label("That year's Roe was commonly called "), "<none>");
        // An object with a clause of its own is too far.
        assert_eq!(
            label("Roe called the plan, which failed in Leeds, "),
            "<none>"
        );
    }

    #[test]
    fn praise_with_the_quote_as_object() {
        let t = "The mayor, Jane Roe, thanked ";
        assert_eq!(who(quoted_object(&tokenize(t, 0, t.len())), t), "Jane Roe");
        let t = "The crews were thanked ";
        assert_eq!(who(quoted_object(&tokenize(t, 0, t.len())), t), "<none>");
        let t = "Roe thanked the ";
        assert_eq!(who(quoted_object(&tokenize(t, 0, t.len())), t), "<none>");
    }
}
