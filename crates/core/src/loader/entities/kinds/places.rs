//! Place evidence beyond the gazetteer's whole names: the short forms of US
//! states that news style writes after a town or a party letter (`Burlington,
//! Vt.`, `Sen. Jane Roe (D-Calif.)`), and where people gather or stand
//! (`supporters gathered at X`, `in front of X`).

use std::sync::LazyLock;

use super::words::KIND_WORDS;
use super::Hint;
use crate::article::{EntityKind, KindRule};

/// The text ends in `phrase` as whole words, any case.
fn ends_with_words(text: &str, phrase: &str) -> bool {
    let Some(cut) = text.len().checked_sub(phrase.len()) else {
        return false;
    };
    let tail_matches = text
        .get(cut..)
        .is_some_and(|t| t.eq_ignore_ascii_case(phrase));
    // The char before read only when the words match: nearly never.
    tail_matches
        && text
            .get(..cut)
            .is_none_or(|h| !h.ends_with(|c: char| c.is_alphanumeric()))
}

/// The last bytes, lowercased, of the `standing` phrases and of `at`.
static LAST_BYTES: LazyLock<Vec<u8>> = LazyLock::new(|| {
    KIND_WORDS
        .standing
        .iter()
        .chain(&["at"])
        .filter_map(|p| p.as_bytes().last())
        .map(u8::to_ascii_lowercase)
        .collect()
});

/// `gathered at La Mutualité`, `celebrations at the Bastille`, `in front
/// of X`: where people gather or stand is a place. `before` is the text
/// before the name.
pub(super) fn gathering_place(before: &str) -> Option<Hint> {
    let b = before.trim_end();
    // An article may stand between: `at the Bastille`.
    let b = b
        .strip_suffix("the")
        .filter(|r| r.ends_with(' '))
        .map_or(b, str::trim_end);
    // Every phrase asked below ends `b`, so `b`'s last byte, in either
    // ASCII case, must end one of them: most texts end in none.
    let last = b.as_bytes().last()?.to_ascii_lowercase();
    if !LAST_BYTES.contains(&last) {
        return None;
    }
    if KIND_WORDS.standing.iter().any(|p| ends_with_words(b, p)) {
        return Some(Hint::new(EntityKind::Place, 2, KindRule::GatheringPlace));
    }
    if !ends_with_words(b, "at") {
        return None;
    }
    let head = b.get(..b.len() - 2).unwrap_or("").trim_end();
    let word = head.rsplit(' ').next().unwrap_or("");
    KIND_WORDS
        .gathering
        .iter()
        .any(|g| g.eq_ignore_ascii_case(word))
        .then(|| Hint::new(EntityKind::Place, 1, KindRule::GatheringPlace))
}

/// AP-style state abbreviations and their states, sorted by abbreviation
/// for a binary search. Only forms written with a final dot are listed;
/// the dot is checked by the caller, so `Miss` or `Mass` as words are not
/// taken.
const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala", "Alabama"),
    ("Ariz", "Arizona"),
    ("Ark", "Arkansas"),
    ("Calif", "California"),
    ("Colo", "Colorado"),
    ("Conn", "Connecticut"),
    ("Del", "Delaware"),
    ("Fla", "Florida"),
    ("Ga", "Georgia"),
    ("Ill", "Illinois"),
    ("Ind", "Indiana"),
    ("Kan", "Kansas"),
    ("Kans", "Kansas"),
    ("Ky", "Kentucky"),
    ("La", "Louisiana"),
    ("Mass", "Massachusetts"),
    ("Md", "Maryland"),
    ("Mich", "Michigan"),
    ("Minn", "Minnesota"),
    ("Miss", "Mississippi"),
    ("Mo", "Missouri"),
    ("Mont", "Montana"),
    ("Neb", "Nebraska"),
    ("Nebr", "Nebraska"),
    ("Nev", "Nevada"),
    ("Okla", "Oklahoma"),
    ("Ore", "Oregon"),
    ("Pa", "Pennsylvania"),
    ("Tenn", "Tennessee"),
    ("Tex", "Texas"),
    ("Va", "Virginia"),
    ("Vt", "Vermont"),
    ("Wash", "Washington"),
    ("Wis", "Wisconsin"),
    ("Wyo", "Wyoming"),
];

/// `Burlington, Vt.`, `(D-Calif.)`: a state's short form, with its dot,
/// after a comma or a party letter's hyphen, is that state.
pub(super) fn state_abbreviation(word: &str, after: &str, gap_before: &str) -> Option<Hint> {
    if !after.starts_with('.') || !(gap_before == "," || gap_before.ends_with('-')) {
        return None;
    }
    let i = STATE_ABBREVIATIONS
        .binary_search_by(|(a, _)| a.cmp(&word))
        .ok()?;
    let (_, state) = STATE_ABBREVIATIONS.get(i)?;
    // Like a demonym, the short form stands for its place: the entity
    // takes the state's full name unless the article writes it.
    let mut hint = Hint::place(state, true);
    hint.rule = KindRule::StateAbbreviation;
    Some(hint)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::EntityKind;

    #[test]
    fn the_list_is_sorted_for_binary_search() {
        assert!(STATE_ABBREVIATIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_state_short_form_needs_its_dot_and_a_comma_or_party_letter() {
        let hint = state_abbreviation("Vt", ". He", ",").map(|h| (h.kind, h.place));
        assert_eq!(hint, Some((EntityKind::Place, Some("Vermont"))));
        assert!(state_abbreviation("Calif", ".)", "-").is_some());
        // No dot, no comma: a word or a name.
        assert!(state_abbreviation("Mass", " was held", ",").is_none());
        assert!(state_abbreviation("Miss", ". Roe", "").is_none());
        assert!(state_abbreviation("Roe", ".", ",").is_none());
    }

    #[test]
    fn where_crowds_gather_and_people_stand() {
        let rule = |b: &str| gathering_place(b).map(|h| (h.kind, h.strength));
        assert_eq!(
            rule("Supporters gathered at "),
            Some((EntityKind::Place, 1))
        );
        assert_eq!(rule("Celebrations at "), Some((EntityKind::Place, 1)));
        assert_eq!(rule("before joining at the "), Some((EntityKind::Place, 1)));
        assert_eq!(rule("In front of "), Some((EntityKind::Place, 2)));
        assert_eq!(
            rule("they waited outside of the "),
            Some((EntityKind::Place, 2))
        );
        // Work at a body, or `at` after any other word: no evidence.
        assert!(rule("an analyst at ").is_none());
        assert!(rule("she met him at ").is_none());
        assert!(rule("the crowd cheered ").is_none());
        // Whole words only: `Kat` is no `at`, `bathe` no `the`.
        assert!(rule("rally Kat ").is_none());
        assert!(rule("").is_none());
    }

    /// The last-byte test only skips texts no phrase ends: every phrase's
    /// (and `at`'s) last byte is kept in both cases, and texts ending in
    /// each byte answer as the phrases alone say.
    #[test]
    fn the_last_byte_test_skips_only_texts_no_phrase_ends() {
        let unfiltered = |before: &str| {
            let b = before.trim_end();
            let b = b
                .strip_suffix("the")
                .filter(|r| r.ends_with(' '))
                .map_or(b, str::trim_end);
            KIND_WORDS.standing.iter().any(|p| ends_with_words(b, p)) || ends_with_words(b, "at")
        };
        for p in KIND_WORDS.standing.iter().chain(&["at"]) {
            for text in [p.to_string(), p.to_uppercase(), format!("rallied {p} the ")] {
                assert!(unfiltered(&text), "{text}");
                let last = text
                    .trim_end()
                    .as_bytes()
                    .last()
                    .unwrap()
                    .to_ascii_lowercase();
                assert!(
                    LAST_BYTES.contains(&last) || text.ends_with("the "),
                    "{text}"
                );
            }
        }
        for b in (0..=127u8).filter(|b| !char::from(*b).is_whitespace()) {
            let text = format!("they rallied at{}", char::from(b));
            if !LAST_BYTES.contains(&text.as_bytes().last().unwrap().to_ascii_lowercase()) {
                assert!(
                    gathering_place(&text).is_none() && !unfiltered(&text),
                    "{text:?}"
                );
            }
        }
    }
}
