//! Evidence that a name is a person's from how blogs, wires and
//! broadcasters credit people: a paragraph introducing a quoted comment
//! (`Jane Roe notes:`), a list beside a first-named person, a picture
//! credit (`© Jane Roe`) or a story credit (`Jane Roe adapted this story`).

use super::super::lexicon::{lower, LEXICON};
use super::super::tokens::{text_of, Gap, Tok};
use super::words::KIND_WORDS;
use super::Hint;
use crate::article::{EntityKind, KindRule};

/// `Jane Roe notes:`, `But Roe reminds critics that …:`, `Roe, a blogger
/// from Lagos, believes that …:`: a paragraph that opens with the name
/// (after at most one linking word), goes on with a present-tense verb and
/// ends in a colon introduces what its subject wrote, as bloggers and
/// commenters are quoted. `block` is the paragraph, the name at
/// `start..end` of it.
pub(in crate::loader::entities) fn introduces_quote(block: &str, start: usize, end: usize) -> bool {
    let before = block.get(..start).unwrap_or("").trim();
    if !(before.is_empty() || KIND_WORDS.intro_opener.contains(before)) {
        return false;
    }
    if !block.trim_end().ends_with(':') {
        return false;
    }
    let mut after = block.get(end..).unwrap_or("");
    // Skip an apposition between commas: `Roe, a blogger from Lagos, says`.
    if let Some(rest) = after.strip_prefix(", ") {
        match rest.find(", ") {
            Some(at) if at < 80 => after = rest.get(at + 1..).unwrap_or(""),
            _ => return false,
        }
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let verb = rest.split([' ', ':', ',']).next().unwrap_or("");
    // A lowercase verb in the third person: `notes`, `asks`, `reminds`.
    verb.len() >= 4
        && verb.ends_with('s')
        && !verb.ends_with("ss")
        && verb.bytes().all(|b| b.is_ascii_lowercase())
}

/// A name introducing a quoted block (see [`introduces_quote`]).
pub(super) fn quote_introduction(block: &str, start: usize, end: usize) -> Option<Hint> {
    introduces_quote(block, start, end)
        .then(|| Hint::new(EntityKind::Person, 1, KindRule::QuoteIntroduction))
}

/// `© Jane Roe`, `Photo: Jane Roe`: a name of several words credited for a
/// picture is its photographer. `before` is the text before the name.
pub(super) fn photo_credit(before: &str) -> Option<Hint> {
    // Only the last few bytes can hold a mark: lowercasing all of `before`
    // for every name would make a long paragraph quadratic.
    let b = before.trim_end();
    let mut from = b.len().saturating_sub(CREDIT_TAIL);
    while !b.is_char_boundary(from) {
        from -= 1;
    }
    let tail = b.get(from..).unwrap_or("");
    // An ASCII tail is compared without lowercasing a copy of it.
    let marked = if tail.is_ascii() {
        KIND_WORDS.credit_mark.iter().any(|m| {
            tail.len() >= m.len()
                && tail
                    .get(tail.len() - m.len()..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(m))
        })
    } else {
        let tail = tail.to_lowercase();
        KIND_WORDS.credit_mark.iter().any(|m| tail.ends_with(m))
    };
    marked.then(|| Hint::new(EntityKind::Person, 1, KindRule::PhotoCredit))
}

/// Bytes at the end of the text before a name that may hold a credit mark
/// (the longest, `photograph by`, is 13).
const CREDIT_TAIL: usize = 24;

/// Whether the capitalised run of tokens `from..=to` is a person's name by
/// its first name: two words or more, the first a known given name.
fn first_named(text: &str, toks: &[Tok], from: usize, to: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| text_of(text, t));
    to > from
        && (from..=to).all(|k| toks.get(k).is_some_and(|t| t.cap && !t.linked))
        && (from + 1..=to).all(|k| toks.get(k).is_some_and(|t| t.gap == Gap::Space))
        && LEXICON.first_name.contains(lower(word(from)).as_str())
}

/// The comma or `and` that lists the name at tokens `first..=last` with
/// the one before it, else `None`; `Some(k)` is the last token of the name
/// before.
fn listed_after(text: &str, toks: &[Tok], first: usize) -> Option<usize> {
    let prev = first.checked_sub(1)?;
    let gap = |k: usize| {
        let end = toks.get(k.checked_sub(1)?)?.end;
        text.get(end..toks.get(k)?.start)
    };
    if text_of(text, toks.get(prev)?) == "and" && toks.get(first)?.gap == Gap::Space {
        return prev
            .checked_sub(1)
            .filter(|&k| gap(prev) == Some(" ") && k > 0);
    }
    (gap(first) == Some(", ")).then_some(prev)
}

/// `Jane Roe and Kiri Tamsa`, `Jane Roe, Kiri Tamsa and …`: a name of
/// several words listed beside a person named by a first name is one too.
pub(super) fn coordinated(text: &str, toks: &[Tok], first: usize, last: usize) -> Option<Hint> {
    if last == first {
        return None;
    }
    let run_back = |end: usize| {
        let mut k = end;
        while k > 0
            && toks.get(k).is_some_and(|t| t.gap == Gap::Space)
            && toks.get(k - 1).is_some_and(|t| t.cap)
        {
            k -= 1;
        }
        k
    };
    let run_on = |start: usize| {
        let mut k = start;
        while toks
            .get(k + 1)
            .is_some_and(|t| t.gap == Gap::Space && t.cap)
        {
            k += 1;
        }
        k
    };
    let before = listed_after(text, toks, first)
        .is_some_and(|end| first_named(text, toks, run_back(end), end));
    let after = (last + 1..=last + 2).any(|start| {
        listed_after(text, toks, start) == Some(last)
            && first_named(text, toks, start, run_on(start))
    });
    (before || after).then(|| Hint::new(EntityKind::Person, 1, KindRule::Coordinated))
}

/// `Jane Roe adapted this story`, `Jane Roe in Lagos also contributed to
/// the report`: the credit line of a news story names its staff. `after`
/// is the text after the name.
pub(super) fn story_credit(after: &str) -> Option<Hint> {
    let mut rest = after.strip_prefix(' ')?;
    // ` in Lagos`: where the contributor works.
    if let Some(r) = rest.strip_prefix("in ") {
        let place = r.split(' ').next().unwrap_or("");
        if !place.starts_with(char::is_uppercase) {
            return None;
        }
        rest = r.get(place.len()..)?.strip_prefix(' ')?;
    }
    let rest = rest.strip_prefix("also ").unwrap_or(rest);
    KIND_WORDS
        .story_credit
        .iter()
        .any(|c| rest.starts_with(c))
        .then(|| Hint::new(EntityKind::Person, 1, KindRule::StoryCredit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_introducing_a_quote() {
        let at = |block: &str, name: &str| {
            let start = block.find(name).unwrap();
            introduces_quote(block, start, start + name.len())
        };
        assert!(at("Jane Roe notes:", "Jane Roe"));
        assert!(at(
            "Zorbal suggests that the move comes from abroad:",
            "Zorbal"
        ));
        assert!(at(
            "But Zorbal reminds critics that it came late:",
            "Zorbal"
        ));
        assert!(at(
            "Kiri Tamsa, a blogger from Lagos, believes that it is fine:",
            "Kiri Tamsa"
        ));
        // No colon: a plain sentence.
        assert!(!at(
            "Zorbal suggests that the move comes from abroad.",
            "Zorbal"
        ));
        // Not the paragraph's subject.
        assert!(!at("The report by Zorbal suggests that:", "Zorbal"));
        // A past tense or a noun after the name.
        assert!(!at("Zorbal reacted:", "Zorbal"));
        assert!(!at("Zorbal class:", "Zorbal"));
    }

    #[test]
    fn a_picture_credit() {
        for before in ["Bar, Lagos © ", "photo: ", "Photo by "] {
            assert!(photo_credit(before).is_some(), "{before}");
        }
        assert!(photo_credit("said ").is_none());
        assert!(photo_credit("the photo of ").is_none());
    }

    #[test]
    fn listed_beside_a_first_named_person() {
        let at = |text: &str, name: &str| {
            let toks = crate::loader::entities::tokens::tokenize(text);
            let start = text.find(name).unwrap();
            let end = start + name.len();
            let first = toks.iter().position(|t| t.start == start).unwrap();
            let last = toks.iter().position(|t| t.end == end).unwrap();
            coordinated(text, &toks, first, last).is_some()
        };
        assert!(at(
            "the couple, Steven Obolo and Tamwe Chimbara, hosted",
            "Tamwe Chimbara"
        ));
        assert!(at(
            "Tamwe Chimbara and Steven Obolo hosted",
            "Tamwe Chimbara"
        ));
        assert!(at(
            "Victor Obolo, Tamwe Chimbara and Bryan Lynn wrote",
            "Tamwe Chimbara"
        ));
        // The neighbour has no known first name.
        assert!(!at("Acme Corp and Tamwe Chimbara", "Tamwe Chimbara"));
        // One word alone is too little to go on.
        assert!(!at("Steven Obolo and Chimbara", "Chimbara"));
        // Not listed: a verb between.
        assert!(!at("Steven Obolo met Tamwe Chimbara", "Tamwe Chimbara"));
    }

    #[test]
    fn a_story_credit_line() {
        for after in [
            " adapted this story for Learning English.",
            " in Lagos also contributed to the report.",
            " reported on this story for VOA.",
        ] {
            assert!(story_credit(after).is_some(), "{after}");
        }
        assert!(story_credit(" adapted the rules").is_none());
        assert!(story_credit(" in the end reported this story").is_none());
        assert!(story_credit(", who adapted this story").is_none());
    }
}
