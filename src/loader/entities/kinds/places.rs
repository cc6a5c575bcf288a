//! Place evidence beyond the gazetteer's whole names: the short forms of US
//! states that news style writes after a town or a party letter (`Burlington,
//! Vt.`, `Sen. Jane Roe (D-Calif.)`).

use super::Hint;
use crate::article::KindRule;

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
}
