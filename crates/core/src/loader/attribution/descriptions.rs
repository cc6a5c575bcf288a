//! Common nouns that news style uses for a speaker it has already named:
//! `the newspaper wrote` is the newspaper the text just named (`The Daily
//! Bugle called on Roe to …`), and `the ad says` is whoever the text said
//! was putting it out, even through their campaign (`Roe’s campaign sent
//! out an email`, `Roe is releasing a new ad`). Only the wording is read
//! here; [`super::speakers`] finds the entity, and finds none when the text
//! named no such newspaper or issuer: an unnamed source stays unnamed.

use super::cues::{Run, Subject};
use super::speakers::{object_is, starts_word};
use super::tokens::Tok;
use super::verbs::{self, LISTS};
use crate::loader::calendar;

/// A document beyond [`verbs::document`] that speaks for whoever put it
/// out (`[more_document]`): `the ad says`, `the release said`, `the report
/// concluded`.
pub fn document(word: &str) -> bool {
    LISTS
        .more_document
        .iter()
        .any(|d| d.eq_ignore_ascii_case(word))
}

/// The noun at `e` names a newspaper: one of the `[press]` nouns, or
/// `board` after `editorial`.
fn press_noun(toks: &[Tok], e: usize) -> bool {
    let Some(t) = toks.get(e) else {
        return false;
    };
    if !t.word || t.capitalized() {
        return false;
    }
    LISTS.press.iter().any(|p| t.is(p))
        || (t.is("board")
            && e.checked_sub(1)
                .and_then(|k| toks.get(k))
                .is_some_and(|d| d.is("editorial")))
}

/// `the (conservative-leaning) newspaper` ending at token `e`: `the`, up to
/// three lowercase modifiers, then a press noun.
pub fn press_before(toks: &[Tok], e: usize) -> Option<Subject> {
    if !press_noun(toks, e) {
        return None;
    }
    let t = toks.get(e)?;
    let the = (e.saturating_sub(4)..e).rev().find(|&k| {
        toks.get(k..e).is_some_and(|between| {
            between.first().is_some_and(|a| a.is("the"))
                && between.iter().skip(1).all(|m| {
                    m.word && !m.capitalized() && !verbs::function_word(m.text) && !m.is("the")
                })
        })
    });
    the.map(|_| {
        Subject::Press(Run {
            start: t.start,
            end: t.end,
        })
    })
}

/// `said the newspaper`: `the` at `i`, the press noun after it (perhaps
/// after one modifier).
pub fn press_after(toks: &[Tok], i: usize) -> Option<Subject> {
    if !toks.get(i).is_some_and(|t| t.is("the")) {
        return None;
    }
    (i + 1..i + 3)
        .find(|&e| press_noun(toks, e))
        .and_then(|e| press_before(toks, e))
}

/// A name that is a newspaper's, fit for the press `noun`: a news outlet
/// may also be a broadcaster (`Acme News`); a newspaper's name ends in a
/// masthead word or is a `Daily News`.
pub fn masthead(name: &str, noun: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let ends = |w: &str| words.last().is_some_and(|l| l.eq_ignore_ascii_case(w));
    let daily = words.iter().any(|w| w.eq_ignore_ascii_case("daily"));
    LISTS.masthead.iter().any(|m| ends(m))
        || (ends("news") && (daily || noun.eq_ignore_ascii_case("outlet")))
}

/// The name right before `after` has a campaign: `’s campaign`, ` campaign`
/// (`the Roe campaign`).
pub fn campaign_follows(after: &str) -> bool {
    let mut rest = after;
    for possessive in ["’s", "'s", "’", "'"] {
        if let Some(r) = rest.strip_prefix(possessive) {
            rest = r;
            break;
        }
    }
    starts_word(rest, "campaign").is_some()
}

/// `text` opens (after spaces) with one of `words`: the rest after it.
fn opens_with<'t>(text: &'t str, words: &[&str]) -> Option<&'t str> {
    words.iter().find_map(|w| starts_word(text, w))
}

/// The name right before `after` put out the document `noun` through its
/// campaign or in a tense the plain tie does not read: `’s campaign sent
/// out an email`, ` campaign sent a fundraising email`, ` is releasing a
/// new ad`. `issues` are the verbs of the plain tie.
pub fn ties_through(after: &str, noun: &str, issues: &[&str]) -> bool {
    let mut rest = after;
    for possessive in ["’s", "'s", "’", "'"] {
        if let Some(r) = rest.strip_prefix(possessive) {
            rest = r;
            break;
        }
    }
    let mut through = false;
    if let Some(r) = opens_with(rest, &LISTS.for_them) {
        rest = r;
        through = true;
    }
    for _ in 0..2 {
        match opens_with(rest, &LISTS.between)
            .or_else(|| opens_with(rest, &calendar::CALENDAR.weekday))
        {
            Some(r) => {
                rest = r;
                through = true;
            }
            None => break,
        }
    }
    if let Some(r) = opens_with(rest, &LISTS.putting_out) {
        return object_is(r, noun);
    }
    through
        && issues
            .iter()
            .any(|v| starts_word(rest, v).is_some_and(|r| object_is(r, noun)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::attribution::tokens::tokenize;

    fn subject(text: &str, at: &str) -> Option<String> {
        let toks = tokenize(text, 0, text.len());
        let e = toks.iter().position(|t| t.text == at)?;
        match press_before(&toks, e) {
            Some(Subject::Press(r)) => text.get(r.start..r.end).map(str::to_string),
            _ => None,
        }
    }

    #[test]
    fn a_newspaper_noun_after_the_and_modifiers_is_the_press() {
        assert_eq!(
            subject("the conservative-leaning newspaper wrote", "newspaper").as_deref(),
            Some("newspaper")
        );
        assert_eq!(
            subject("the editorial board writes", "board").as_deref(),
            Some("board")
        );
        assert_eq!(subject("a newspaper wrote", "newspaper"), None);
        assert_eq!(subject("the school board said", "board"), None);
        assert_eq!(subject("the Times of London paper said", "paper"), None);
    }

    #[test]
    fn a_newspapers_name_ends_in_a_masthead_word() {
        assert!(masthead("Springfield Times", "newspaper"));
        assert!(masthead("New York Daily News", "tabloid"));
        assert!(masthead("Acme News", "outlet"));
        assert!(!masthead("Acme News", "newspaper"));
        assert!(!masthead("Acme Party", "newspaper"));
    }

    #[test]
    fn a_document_is_tied_through_a_campaign_or_a_progressive() {
        let issues = ["sent", "released", "issued"];
        assert!(ties_through(
            "’s campaign sent out an email fundraising appeal",
            "email",
            &issues
        ));
        assert!(ties_through(
            " campaign sent a fundraising email Wednesday",
            "email",
            &issues
        ));
        assert!(ties_through(
            " is releasing a new 30-second ad",
            "ad",
            &issues
        ));
        assert!(!ties_through(" received an email", "email", &issues));
        assert!(!ties_through("’s campaign sent a letter", "email", &issues));
        assert!(!ties_through(" campaign manager said", "email", &issues));
    }

    #[test]
    fn a_name_with_a_campaign() {
        assert!(campaign_follows("’s campaign said"));
        assert!(campaign_follows(" campaign on Monday"));
        assert!(!campaign_follows(" campaigned in Iowa"));
        assert!(!campaign_follows(" said"));
    }
}
