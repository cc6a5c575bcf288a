//! An apposition whose head noun says what a name is when no person fits:
//! `Zembla, a local punk band`, `Quentra, an Iranian-backed militia`
//! (organisations), `Otranto, a town in Italy` (a place).

use super::super::lexicon::{lower, LEXICON};
use super::Hint;
use crate::article::{EntityKind, KindRule};

/// Head nouns of an apposition that make the name an organisation.
const ORG_HEADS: &[&str] = &[
    "company",
    "firm",
    "band",
    "group",
    "bank",
    "agency",
    "network",
    "website",
    "site",
    "newspaper",
    "outlet",
    "magazine",
    "startup",
    "start-up",
    "charity",
    "organisation",
    "organization",
    "party",
    "broadcaster",
    "retailer",
    "chain",
    "manufacturer",
    "maker",
    "carrier",
    "airline",
    "platform",
    "blog",
    "publication",
    "portal",
    "movement",
    "coalition",
    "union",
    "club",
    "team",
    "institute",
    "university",
    "nonprofit",
    "non-profit",
    "ngo",
    "conglomerate",
    "subsidiary",
    "operator",
    "provider",
    "insurer",
    "lender",
    "militia",
    "foundation",
    "association",
    "think-tank",
    "consultancy",
    "label",
    "studio",
    "daily",
];
/// Head nouns of an apposition that make the name a place.
const PLACE_HEADS: &[&str] = &[
    "town",
    "city",
    "village",
    "region",
    "province",
    "district",
    "country",
    "island",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "municipality",
    "county",
    "port",
    "capital",
    "river",
    "lake",
];

/// How many words an apposition may hold before its head noun.
const MAX_DEPTH: usize = 6;

/// The kind an apposition after a name gives it; `after` is the text right
/// after the name. A role noun first (`, a spokesman for`) is a person's
/// apposition, left to the person rules.
pub(super) fn apposition_head(after: &str) -> Option<Hint> {
    let rest = after.strip_prefix(", ")?;
    let rest = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))?;
    for w in rest.split(' ').take(MAX_DEPTH) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        let lw = lower(bare);
        let lw = lw.as_str();
        if LEXICON.role.contains(lw) {
            return None;
        }
        if ORG_HEADS.contains(&lw) {
            return Some(Hint::new(
                EntityKind::Organization,
                2,
                KindRule::ApposedNoun,
            ));
        }
        if PLACE_HEADS.contains(&lw) {
            return Some(Hint::new(EntityKind::Place, 2, KindRule::ApposedNoun));
        }
        if bare.len() < w.len() {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_of_an_apposition() {
        let kind = |after| apposition_head(after).map(|h| h.kind);
        assert_eq!(
            kind(", a local Zemblan Punk Rock band."),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            kind(", an Iranian-backed militia, said"),
            Some(EntityKind::Organization)
        );
        assert_eq!(kind(", a small town in the south"), Some(EntityKind::Place));
        // A person's apposition, a clause, or a head too far away.
        assert_eq!(kind(", a spokesman for the company"), None);
        assert_eq!(kind(", which is a company"), None);
        assert_eq!(kind(", the vote, a group"), None);
        assert_eq!(kind(", a very very very very old and famous band"), None);
    }
}
