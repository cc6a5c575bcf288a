//! The kind a cue word gives a name of several words: `Foundation`,
//! `Island`, `War` at its end, `University of` or `Gulf of` before a
//! connector, `Lake` or `Place` at its start, an organisation word inside a
//! name that ends in a place.

use super::super::lexicon::{flag, lower, LEXICON};
use super::super::names::Piece;
use super::words::KIND_WORDS;
use crate::article::EntityKind;

/// The kind a cue word gives a multi-word name (`Foundation`, `Island`,
/// `War`), from the word's [`flag`] bits.
pub fn cue_kind(flags: u32) -> Option<EntityKind> {
    if flags & flag::ORG_CUE != 0 {
        Some(EntityKind::Organization)
    } else if flags & flag::PLACE_CUE != 0 {
        Some(EntityKind::Place)
    } else if flags & flag::OTHER_CUE != 0 {
        Some(EntityKind::Other)
    } else {
        None
    }
}

/// The kind of a multi-word name from its cue word: the word before the
/// first connector (`University of Tokyo`, `Gulf of Mexico`), else the last.
pub(in crate::loader::entities) fn segment_cue(text: &str, seg: &[Piece]) -> Option<EntityKind> {
    let word = |p: &Piece| text.get(p.start..p.end).unwrap_or("");
    let conn = seg.iter().position(|p| {
        p.join == super::super::names::Join::Connector && !word(p).starts_with("and")
    });
    if let Some(c) = conn {
        if let Some(kind) = c
            .checked_sub(1)
            .and_then(|k| seg.get(k))
            .and_then(|p| cue_kind(p.flags))
        {
            return Some(kind);
        }
    }
    // `Fifth Republic`: an ordinal before `Republic` counts a regime, not
    // a country.
    if let [a, b] = seg {
        // Compared without lowering: no char outside ASCII lowers to any
        // of these words' letters.
        if word(b).eq_ignore_ascii_case("republic")
            && KIND_WORDS.ordinal.contains(lower(word(a)).as_str())
        {
            return Some(EntityKind::Other);
        }
    }
    // `Workers’ Party Congress`: a party's congress is a meeting, not the
    // legislature `Congress` names alone.
    if let [.., a, b] = seg {
        if word(a).eq_ignore_ascii_case("party") && word(b).eq_ignore_ascii_case("congress") {
            return Some(EntityKind::Other);
        }
    }
    // `World War II`: the cue comes before a numeral suffix.
    let last_piece = seg.iter().rev().find(|p| !LEXICON.suffix.contains(word(p)));
    let last = last_piece.and_then(|p| cue_kind(p.flags));
    // `Stuart Hall`, `Anita Hill`: a given name and one building word is a
    // person with that surname.
    let surname = seg.len() == 2
        && seg.first().is_some_and(|p| p.flags & flag::FIRST_NAME != 0)
        && last == Some(EntityKind::Place);
    let last = last.filter(|_| !surname);
    // `Gas Infrastructure Europe`: an organisation word inside a name that
    // ends in a place is a body of that place.
    let inner_org = || {
        let n = seg.len();
        (n >= 3
            && seg.last().is_some_and(|p| p.flags & flag::PLACE_FIRST != 0)
            && seg
                .get(1..n - 1)
                .is_some_and(|mid| mid.iter().any(|p| p.flags & flag::ORG_CUE != 0)))
        .then_some(EntityKind::Organization)
    };
    // `Place de la Concorde`, `Lake Baikal`, `Mount Everest`.
    last.or_else(|| {
        let first = lower(seg.first().map_or("", word));
        (seg.len() >= 2 && KIND_WORDS.leading_place_cue.contains(first.as_str()))
            .then_some(EntityKind::Place)
    })
    .or_else(inner_org)
}
