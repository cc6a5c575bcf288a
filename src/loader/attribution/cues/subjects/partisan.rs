//! `said a New Hampshire Republican`, `added an Iowa Democrat`: an
//! unnamed party member from a named place, as political surveys quote
//! their insiders. The place and party together are the speaker's name.

use super::name_like;
use crate::loader::attribution::cues::Run;
use crate::loader::attribution::tokens::Tok;

/// Party members a place may qualify.
const PARTIES: [&str; 4] = ["Democrat", "Republican", "Independent", "Libertarian"];

/// How many words a place's name may run before the party.
const PLACE_WORDS: usize = 3;

/// The run `New Hampshire Republican` in `a New Hampshire Republican` at
/// `i`: an indefinite article, then a capitalized place of one to three
/// words, then a party member, then no further name.
pub fn partisan_after(toks: &[Tok], i: usize) -> Option<Run> {
    if !toks.get(i).is_some_and(|t| t.is("a") || t.is("an")) {
        return None;
    }
    let place = toks
        .get(i + 1..)
        .unwrap_or(&[])
        .iter()
        .take(PLACE_WORDS + 1)
        .take_while(|t| name_like(t) && !PARTIES.contains(&t.text))
        .count();
    if place == 0 || place > PLACE_WORDS {
        return None;
    }
    let party = toks.get(i + 1 + place)?;
    if !PARTIES.contains(&party.text) || toks.get(i + 2 + place).is_some_and(name_like) {
        return None;
    }
    let first = toks.get(i + 1)?;
    Some(Run {
        start: first.start,
        end: party.end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::attribution::tokens::tokenize;

    fn named(text: &str) -> Option<&str> {
        let toks = tokenize(text, 0, text.len());
        partisan_after(&toks, 0).and_then(|r| text.get(r.start..r.end))
    }

    #[test]
    fn a_place_then_a_party_member() {
        assert_eq!(
            named("a New Hampshire Republican."),
            Some("New Hampshire Republican")
        );
        assert_eq!(named("an Iowa Democrat, “and …"), Some("Iowa Democrat"));
        assert_eq!(named("a Democrat."), None);
        assert_eq!(named("a Republican Senator Jane Roe"), None);
        assert_eq!(named("a New York Times reporter"), None);
    }
}
