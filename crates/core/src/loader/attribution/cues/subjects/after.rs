//! The subject after a speech verb: `said Bruce Klinger, a watcher`, `said
//! former city adviser Jane Roe`, `said the company's chief, Jane Roe`.

use super::{definite_title, name_like, past_adverbs, possessive, run, run_forward};
use crate::loader::attribution::cues::Subject;
use crate::loader::attribution::descriptions;
use crate::loader::attribution::tokens::Tok;
use crate::loader::attribution::verbs::{self, Pronoun};

/// The subject after the verb: `said Bruce Klinger, a watcher`, `said
/// Bell Curve Trading chief strategist, Bill Strazzullo`, `said the
/// company's chief executive, Jane Roe`, `writes ozoneblue:`.
pub fn subject_after(toks: &[Tok], a: usize) -> Subject {
    match plain_after(toks, a) {
        Subject::Nobody => {
            let i = past_adverbs(toks, a);
            super::body::after_verb(toks, i).map_or(Subject::Nobody, Subject::Body)
        }
        s => s,
    }
}

fn plain_after(toks: &[Tok], a: usize) -> Subject {
    let mut i = past_adverbs(toks, a);
    // `the White House`, `the Congressional Budget Office`: a name after
    // the article.
    if toks.get(i).is_some_and(|t| t.is("the")) && toks.get(i + 1).is_some_and(name_like) {
        i += 1;
    }
    // `the Heritage Foundation's Bruce Klinger`: the name after the possessive.
    if let Some((_, next)) = toks
        .get(i)
        .filter(|t| name_like(t))
        .and_then(|_| run_forward(toks, i))
    {
        let ends_possessive = next
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(possessive);
        if ends_possessive && toks.get(next).is_some_and(name_like) {
            i = next;
        }
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
        // `said Air Force 1st Lt. Jane Roe`: a unit, a rank with its
        // ordinal, then the person.
        let ordinal = toks.get(next).is_some_and(|n| {
            let digits = n.text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = n.text.get(digits.len()..).unwrap_or("");
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && ["st", "nd", "rd", "th"].contains(&suffix)
        });
        if ordinal && toks.get(next + 1).is_some_and(|t| verbs::title(t.text)) {
            if let Some((later, _)) = run_forward(toks, next + 1) {
                return Subject::Name(later);
            }
        }
        if descriptor {
            let later = name_after_comma(toks, next)
                .or_else(|| name_after_titles(toks, next))
                .or_else(|| name_after_description(toks, i));
            if let Some(s) = later {
                return s;
            }
        }
        return Subject::Name(r);
    }
    if let Some(s) = name_after_comma(toks, i).or_else(|| name_after_description(toks, i)) {
        return s;
    }
    if let Some(s) = descriptions::press_after(toks, i) {
        return s;
    }
    if t.is("the")
        && toks.get(i + 1).is_some_and(|n| n.is("campaign"))
        && toks.get(i + 2).is_none_or(|n| !n.word)
    {
        return run(toks, i + 1, i + 1).map_or(Subject::Nobody, Subject::Campaign);
    }
    if t.is("the") && toks.get(i + 1).is_some_and(|n| verbs::org_noun(n.text)) {
        return run(toks, i + 1, i + 1).map_or(Subject::Nobody, Subject::OrgNoun);
    }
    if t.is("the") {
        // `said the 45-year-old Roe`, `said the retired teacher Jane Roe`:
        // descriptions, then the name.
        let name_at = (i + 1..toks.len().min(i + 6))
            .take_while(|&k| toks.get(k).is_some_and(|t| t.word))
            .find(|&k| toks.get(k).is_some_and(name_like));
        let described = name_at.is_some_and(|k| {
            k > i + 1
                && toks.get(i + 1..k).is_some_and(|d| {
                    d.iter().all(|t| {
                        !t.capitalized()
                            && !verbs::function_word(t.text)
                            && !verbs::clause_word(t.text)
                    }) && d
                        .iter()
                        .any(|t| super::age(t.text).is_some() || verbs::title(t.text))
                })
        });
        if let Some(k) = name_at.filter(|_| described) {
            if let Some((r, _)) = run_forward(toks, k) {
                return Subject::Name(r);
            }
        }
        let end = (i + 1..toks.len().min(i + 6))
            .take_while(|&k| toks.get(k).is_some_and(|t| t.word))
            .last();
        if let Some(e) =
            end.filter(|&e| definite_title(toks, e) && toks.get(e + 1).is_none_or(|n| !n.word))
        {
            return run(toks, e, e).map_or(Subject::Nobody, Subject::Described);
        }
    }
    // A lowercase handle standing alone before a colon or the end.
    let alone = match toks.get(i + 1) {
        None => true,
        Some(n) => n.sentence_end() || (n.punct(':') && i + 2 >= toks.len()),
    };
    // Not a determiner or pronoun cut off by the quote (`according to
    // her “…” plan`), which would make a person called `her`.
    let determiner = verbs::function_word(t.text)
        || verbs::pronoun(t.text).is_some()
        || verbs::determiner(t.text);
    if alone
        && !determiner
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

/// Lowercase descriptors, then the name that ends the phrase: `said
/// former Obama adviser David Axelrod`, `said master of ceremonies Asab
/// Al-Tabchi, a Syrian engineer`, `said Trump campaign manager Corey
/// Lewandowski`. A capitalized run with a descriptor after it modifies
/// that descriptor (`Obama adviser`); the run followed by punctuation, a
/// preposition or the end is the speaker. An article (`said a New
/// Hampshire Republican`) or any other function word before the name ends
/// the search: that name is no subject.
pub(in crate::loader::attribution::cues) fn name_after_description(
    toks: &[Tok],
    from: usize,
) -> Option<Subject> {
    let mut i = from;
    // `added his campaign manager Jeff Weaver`.
    if toks
        .get(i)
        .is_some_and(|t| ["his", "her", "their", "the"].contains(&t.text))
    {
        i += 1;
    }
    let mut described = false;
    while i < from + DESCRIPTION_WORDS + 1 {
        let t = toks.get(i)?;
        // `the party's nominee, Jane Roe, tweeted`: the name set off by
        // commas after its description.
        if described && t.punct(',') && toks.get(i + 1).is_some_and(name_like) {
            let (r, next) = run_forward(toks, i + 1)?;
            return toks
                .get(next)
                .is_some_and(|n| n.punct(','))
                .then_some(Subject::Name(r));
        }
        if name_like(t) {
            let (r, next) = run_forward(toks, i)?;
            let modifier = toks.get(next).is_some_and(|n| descriptor_word(n));
            if !modifier {
                return described.then_some(Subject::Name(r));
            }
            i = next;
            continue;
        }
        // `master of ceremonies`: `of` joins two descriptors.
        let joins = described && t.is("of") && toks.get(i + 1).is_some_and(descriptor_word);
        if !descriptor_word(t) && !joins {
            return None;
        }
        described = true;
        i += 1;
    }
    None
}

/// How many words a speaker's description may run before the name.
pub(in crate::loader::attribution::cues) const DESCRIPTION_WORDS: usize = 10;

/// A lowercase content word that can describe a person (`former`,
/// `adviser`, `conservative`): not a function or clause word, a pronoun, an
/// adverb or a speech verb.
pub(in crate::loader::attribution::cues) fn descriptor_word(t: &Tok) -> bool {
    t.word
        && !t.capitalized()
        && t.text.chars().next().is_some_and(char::is_alphabetic)
        && !verbs::function_word(t.text)
        && !verbs::clause_word(t.text)
        && !verbs::adverb(t.text)
        && !verbs::speech_verb(t.text)
        && !verbs::auxiliary(t.text)
        && ![
            "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
        ]
        .contains(&t.text)
        && verbs::pronoun(t.text).is_none()
}

/// A descriptor, a comma, then the name: `the company's chief, Jane Roe`.
fn name_after_comma(toks: &[Tok], from: usize) -> Option<Subject> {
    let comma = (from..toks.len().min(from + 12)).find(|&k| {
        toks.get(k).is_some_and(|t| t.punct(',')) || toks.get(k).is_some_and(|t| t.sentence_end())
    })?;
    if !toks.get(comma).is_some_and(|t| t.punct(',')) {
        return None;
    }
    let t = toks.get(comma + 1)?;
    if !name_like(t) {
        return None;
    }
    run_forward(toks, comma + 1).map(|(r, _)| Subject::Name(r))
}
