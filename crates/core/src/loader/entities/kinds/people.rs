//! Evidence that a name with no known first name or title is a person's:
//! the lexicon knows the person by one word (`Stalin`), or the name takes an
//! apposition only people take (`Sudesh Amman, 20,`, `Ahmed al-Assadi, a
//! spokesman for`, `Soleimani, head of`, `Amman, who`).

use super::super::lexicon::{lower, LEXICON};
use super::super::names::Piece;
use super::super::tokens::{text_of, Gap, Tok};
use super::words::KIND_WORDS;
use super::Hint;
use crate::article::{EntityKind, KindRule};

/// `Stalin`: one word the lexicon knows as a person.
pub(super) fn known_person(w: &str) -> Option<Hint> {
    LEXICON
        .person_name
        .contains(w)
        .then(|| Hint::new(EntityKind::Person, 3, KindRule::KnownPerson))
}

/// A role noun right before a name: `spokesman`, written in capitals where
/// it opens a sentence (`Blogger Jane Roe compiled`), or in the plural before
/// a list (`TV anchors Jane Roe and Kiri Tamsa`).
pub(super) fn role_before(prev: &str) -> bool {
    let lex = &*LEXICON;
    if lex.role.contains(prev) {
        return true;
    }
    let low = lower(prev);
    let low = low.as_str();
    if low != prev && lex.role.contains(low) {
        return true;
    }
    low.strip_suffix('s')
        .is_some_and(|stem| !stem.ends_with('s') && lex.role.contains(stem))
}

/// `said American Klinger`: a speech verb, then a nationality, then one
/// word: the speaker, described by nationality.
pub(super) fn spoken_after_demonym(prev2: &str, prev: &str) -> Option<Hint> {
    let lex = &*LEXICON;
    (lex.speech.contains(prev2)
        && lex
            .demonyms
            .contains_key(super::super::lexicon::phrase_key(prev).as_str()))
    .then(|| Hint::new(EntityKind::Person, 2, KindRule::SpeechVerb))
}

/// `Juancho (@juanx)`: a name with a Twitter handle in brackets right
/// after it is the handle's owner, a person as handles go.
pub(super) fn handle_after(after: &str) -> Option<Hint> {
    let rest = after.strip_prefix(" (@")?;
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    ((1..=15).contains(&end) && rest.get(end..)?.starts_with(')'))
        .then(|| Hint::new(EntityKind::Person, 2, KindRule::HandleAfter))
}

/// `I’m Mario Ritter.`: a name introduced by its bearer, as broadcasters
/// sign off. `before` is the text before the name.
pub(super) fn self_introduced(before: &str) -> Option<Hint> {
    let b = before.trim_end();
    ["I’m", "I'm", "I am", "My name is", "my name is"]
        .iter()
        .any(|p| {
            b.strip_suffix(p)
                .is_some_and(|head| head.is_empty() || head.ends_with(char::is_whitespace))
        })
        .then(|| Hint::new(EntityKind::Person, 3, KindRule::SelfIntroduced))
}

/// How many words an apposition may hold before its role noun
/// (`the acting Prime Minister`).
const MAX_ROLE_DEPTH: usize = 4;

/// The apposition after a name, `after` being the text right after it.
pub(super) fn appositive(after: &str) -> Option<Hint> {
    let hit = || Hint::new(EntityKind::Person, 2, KindRule::Appositive);
    // `Jane Roe was the auctioneer`: a copula then an article and a role.
    let copula = ["is", "was", "became"]
        .iter()
        .find_map(|c| after.strip_prefix(' ')?.strip_prefix(c)?.strip_prefix(' '))
        .filter(|r| ["a ", "an ", "the "].iter().any(|a| r.starts_with(a)));
    let rest = match copula {
        Some(r) => r,
        None => after.strip_prefix(", ")?,
    };
    let mut words = rest.split(' ').peekable();
    let w0 = *words.peek()?;
    if matches!(w0, "who" | "whose" | "aged") {
        return Some(hit());
    }
    // An age: `, 20,` or `, 20.`
    let digits = w0.trim_end_matches([',', '.', ')']);
    if digits.len() < w0.len()
        && (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        return Some(hit());
    }
    if matches!(w0, "a" | "an" | "the") {
        words.next();
    }
    for _ in 0..MAX_ROLE_DEPTH {
        let w = words.next()?;
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        let lw = lower(bare);
        let lex = &*LEXICON;
        if lex.role.contains(lw.as_str()) || lex.title.contains(lw.as_str()) {
            let ends = bare.len() < w.len();
            let next = words.peek().copied();
            // `Iraq, the president said`: a role that speaks is the subject
            // of a new clause, not an apposition.
            if ends || next.is_none_or(|n| KIND_WORDS.role_follower.contains(n)) {
                return Some(hit());
            }
            return None;
        }
        if bare.len() < w.len() {
            return None;
        }
    }
    None
}

/// Whether the single word at `piece` is written as a person acts: a
/// speech verb right after or before it, or `, who` after it.
pub(in crate::loader::entities) fn acts_as_person(text: &str, toks: &[Tok], piece: &Piece) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| text_of(text, t));
    let next = toks.get(piece.last + 1);
    let spaced = next.is_some_and(|t| t.gap == Gap::Space);
    if spaced && LEXICON.speech.contains(word(piece.last + 1)) {
        return true;
    }
    let first_space = toks.get(piece.first).is_some_and(|t| t.gap == Gap::Space);
    if first_space
        && piece
            .first
            .checked_sub(1)
            .is_some_and(|k| LEXICON.speech.contains(word(k)))
    {
        return true;
    }
    text.get(piece.end..)
        .is_some_and(|a| a.starts_with(", who "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appositions_only_people_take() {
        for after in [
            ", 20, was placed",
            ", who was killed",
            ", a spokesman for the group",
            ", head of the force",
            ", the acting Prime Minister of Iraq",
            ", the Supreme Leader of Iran",
            ", an airport protocol officer.",
            " was the auctioneer and",
            " is a lawyer.",
        ] {
            assert_eq!(
                appositive(after).map(|h| h.rule),
                Some(KindRule::Appositive),
                "{after}"
            );
        }
        for after in [
            ", the president said",
            ", an Iranian-backed militia",
            ", 2019, the year",
            ", which is",
            " said",
            " is the largest",
            " was a lawyer said",
        ] {
            assert!(appositive(after).is_none(), "{after}");
        }
    }

    #[test]
    fn a_speech_verb_then_a_nationality() {
        assert_eq!(
            spoken_after_demonym("said", "American").map(|h| h.rule),
            Some(KindRule::SpeechVerb)
        );
        // A nationality alone describes companies as well as people.
        assert!(spoken_after_demonym("the", "American").is_none());
        assert!(spoken_after_demonym("said", "the").is_none());
    }

    #[test]
    fn a_name_its_bearer_introduces() {
        for before in ["I’m ", "Thanks. I'm ", "My name is "] {
            assert!(self_introduced(before).is_some(), "{before}");
        }
        assert!(self_introduced("Ham ").is_none());
        assert!(self_introduced("WHAM ").is_none());
    }

    #[test]
    fn a_name_with_its_handle_in_brackets() {
        let rule = |a: &str| handle_after(a).map(|h| h.rule);
        assert_eq!(rule(" (@jroe_22) wrote"), Some(KindRule::HandleAfter));
        // Not a bracketed aside, nor a handle left open or too long.
        assert!(rule(" (Jane) wrote").is_none());
        assert!(rule(" (@jroe wrote").is_none());
        assert!(rule(" (@abcdefghijklmnopq)").is_none());
        assert!(rule(" @jroe").is_none());
    }

    #[test]
    fn one_word_people() {
        assert_eq!(
            known_person("Stalin").map(|h| h.kind),
            Some(EntityKind::Person)
        );
        assert!(known_person("Energean").is_none());
    }
}
