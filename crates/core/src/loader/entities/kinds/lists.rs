//! A name listed beside a known organisation or place takes its kind:
//! `Quentra, Walmart and Zorvath`, `Ostrova and Texas`. News lists things
//! of one kind together; the known member says which.

use super::super::lexicon::{lower, LEXICON};
use super::super::tokens::{text_of, Gap, Tok};
use super::Hint;
use crate::article::{EntityKind, KindRule};

fn is_conjunction(word: &str) -> bool {
    matches!(word, "and" | "or")
}

/// The one-word name listed right after token `last`: `, Name`, `and
/// Name`, `, and Name`.
fn next_in_list<'a>(text: &'a str, toks: &[Tok], last: usize) -> Option<&'a str> {
    let end = toks.get(last)?.end;
    let mut k = last + 1;
    let t = toks.get(k)?;
    let gap = text.get(end..t.start)?.trim();
    if !(gap == "," || gap.is_empty()) {
        return None;
    }
    if is_conjunction(text_of(text, t)) {
        k += 1;
        let cand = toks.get(k)?;
        if !text.get(t.end..cand.start)?.trim().is_empty() {
            return None;
        }
    } else if gap != "," {
        return None;
    }
    let cand = toks.get(k)?;
    // One word only: `Texas` but not `Texas Instruments`; and no owner:
    // `Berenberg, Germany’s largest bank` is an apposition, not a list.
    let longer = toks
        .get(k + 1)
        .is_some_and(|n| n.cap && n.gap == Gap::Space);
    (cand.cap && !longer && !cand.possessive).then(|| text_of(text, cand))
}

/// The one-word name listed right before token `first`: `Name, `, `Name
/// and `, `Name, and `.
fn previous_in_list<'a>(text: &'a str, toks: &[Tok], first: usize) -> Option<&'a str> {
    let start = toks.get(first)?.start;
    let mut k = first.checked_sub(1)?;
    let t = toks.get(k)?;
    let gap = text.get(t.end..start)?.trim();
    if is_conjunction(text_of(text, t)) && gap.is_empty() {
        k = k.checked_sub(1)?;
        let cand = toks.get(k)?;
        let g = text.get(cand.end..t.start)?.trim();
        if !(g.is_empty() || g == ",") {
            return None;
        }
    } else if gap != "," {
        return None;
    }
    let cand = toks.get(k)?;
    let longer = cand.gap == Gap::Space
        && k.checked_sub(1)
            .and_then(|j| toks.get(j))
            .is_some_and(|p| p.cap);
    (cand.cap && !longer).then(|| text_of(text, cand))
}

/// The kind the lexicon knows a one-word name by, organisation or place.
fn known_kind(word: &str) -> Option<EntityKind> {
    let lex = &*LEXICON;
    if lex.org_name.contains(word) {
        Some(EntityKind::Organization)
    } else if lex.places.contains_key(lower(word).as_str()) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

/// `Quentra, Walmart and Zorvath`: a one-word neighbour in the list that
/// the lexicon knows gives the name its kind.
pub(super) fn listed_with(text: &str, toks: &[Tok], first: usize, last: usize) -> Option<Hint> {
    [
        previous_in_list(text, toks, first),
        next_in_list(text, toks, last),
    ]
    .into_iter()
    .flatten()
    .find_map(known_kind)
    .map(|kind| Hint::new(kind, 1, KindRule::ListedWith))
}
