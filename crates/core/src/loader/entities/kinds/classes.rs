//! Names shaped like people's that are not people: groups and plurals
//! (`Experts`, `Sunni`), counted series (`Season Two`), indices and page
//! furniture (`Dow Jones`, `Rights Reserved`), and names whose own words or
//! neighbours say organisation (`Caja Madrid`) or
//! place (`Igoumenitsa, Greece`, `Tanin field`). Each check gives its
//! [`KindRule`], so a wrong kind can be traced back to it.

use super::super::lexicon::{lower, phrase_key_small, LEXICON};
use super::words::KIND_WORDS;
use super::Hint;
use crate::article::{EntityKind, KindRule};

/// A hint that keeps its name only as an alias of a longer one: the words
/// name no entity by themselves.
fn dropped(rule: KindRule) -> Hint {
    let mut hint = Hint::new(EntityKind::Other, 3, rule);
    hint.doubtful = true;
    hint
}

/// One word that names a group, never a person: a nationality, language or
/// faith with no country of its own (`Swahili`, `Sunni`), or a plural that
/// speaks for many (`Experts say`, `Thousands gathered`).
pub(super) fn group_word(w: &str, lw: &str) -> Option<Hint> {
    let lex = &*LEXICON;
    if lex.group.contains(w) {
        return Some(dropped(KindRule::GroupWord));
    }
    let plural_role = lw
        .strip_suffix('s')
        .is_some_and(|stem| !stem.ends_with('s') && lex.role.contains(stem));
    (lex.group_plural.contains(lw) || plural_role).then(|| dropped(KindRule::GroupPlural))
}

/// Several words the lexicon knows as a whole: a company shaped like a
/// person (`Goldman Sachs`) is an organisation, a market index (`Dow Jones`)
/// is something else; a copyright line (`All Rights Reserved`) is nothing.
pub(super) fn known_phrase(whole: &str) -> Option<Hint> {
    // Looked up only, never kept: built on the stack when short.
    let key = phrase_key_small(whole);
    if LEXICON.furniture_phrase.contains(key.as_str()) {
        return Some(dropped(KindRule::PageFurniture));
    }
    if LEXICON.org_phrase.contains(key.as_str()) {
        return Some(Hint::new(
            EntityKind::Organization,
            3,
            KindRule::KnownOrganization,
        ));
    }
    LEXICON
        .other_phrase
        .contains(key.as_str())
        .then(|| Hint::new(EntityKind::Other, 3, KindRule::KnownOther))
}

/// `Season Two`, `Phase Three`: a name ending in a number word counts a
/// series, it does not name a person.
pub(super) fn numbered(last_word: &str) -> Option<Hint> {
    LEXICON
        .number_word
        .contains(lower(last_word).as_str())
        .then(|| Hint::new(EntityKind::Other, 2, KindRule::Numbered))
}

/// `Caja Madrid`, `Banco Santander`: a first word that opens the names of
/// banks, parties and agencies in other languages.
pub(super) fn leading_org_cue(first_word: &str) -> Option<Hint> {
    LEXICON
        .org_first
        .contains(lower(first_word).as_str())
        .then(|| Hint::new(EntityKind::Organization, 2, KindRule::CueWord))
}

/// `FTSE 100`, `CAC 40`, `the DAX index`: an acronym followed by a small
/// number (not a year) or an index noun names a market index.
pub(super) fn index_name(w: &str, next: &str, next_spaced: bool) -> Option<Hint> {
    if !next_spaced || !super::super::tokens::is_acronym(w) {
        return None;
    }
    let number = (1..=3).contains(&next.len()) && next.bytes().all(|b| b.is_ascii_digit());
    (number || KIND_WORDS.index_noun.contains(next))
        .then(|| Hint::new(EntityKind::Other, 2, KindRule::Index))
}

/// `designated a Foreign Terrorist Organization.`, `an Iranian-backed
/// Zorb Front,`: a name after `a` or `an` (perhaps with one hyphened
/// modifier between) that ends its clause is a category, not one body.
/// A name that goes on to a noun (`a Zorb Party official`) is a modifier.
pub(in crate::loader::entities) fn category(before: &str, after: &str) -> bool {
    let ends_clause = after.is_empty() || after.starts_with(['.', ',', ';', ':']);
    let indefinite = |w: &str| matches!(w, "a" | "an");
    let b = before.trim_end();
    let (head, last) = b.rsplit_once(' ').unwrap_or(("", b));
    let modified = || {
        last.contains('-')
            && last.ends_with(|c: char| c.is_lowercase())
            && indefinite(head.trim_end().rsplit(' ').next().unwrap_or(""))
    };
    ends_clause && (indefinite(last) || modified())
}

/// `the Tanin field`, `the Aphrodite gas field`, `the Karish and Tanin
/// fields`: `next` is the words after the name, lowercase ones as written,
/// a capitalised one as `None`.
pub(super) fn place_noun_after(next: &[Option<&str>]) -> Option<Hint> {
    let noun = match next {
        [Some("and"), None, Some(n), ..] => n,
        [Some(m), Some(n), ..] if KIND_WORDS.material.contains(*m) => n,
        [Some(n), ..] => n,
        _ => return None,
    };
    if KIND_WORDS.event_noun_after.contains(*noun) {
        return Some(Hint::new(EntityKind::Place, 1, KindRule::PlaceNounAfter));
    }
    KIND_WORDS
        .place_noun_after
        .contains(*noun)
        .then(|| Hint::new(EntityKind::Place, 2, KindRule::PlaceNounAfter))
}

/// `in Damietta and Idku`: a word joined by `and` to a name after a place
/// preposition is a place as well. `before` is the three words before it,
/// nearest last, a capitalised one as `None`.
pub(super) fn coordinated_place(before: &[Option<&str>; 3]) -> Option<Hint> {
    match before {
        [Some(p), None, Some("and")] if KIND_WORDS.place_preposition.contains(*p) => {
            Some(Hint::new(EntityKind::Place, 1, KindRule::PlacePreposition))
        }
        _ => None,
    }
}

/// `Otranto, Italy is…`, `to Igoumenitsa, Greece.`: a name followed by a
/// comma and a known place that ends the phrase is a town of that place.
/// `after` is the text right after the name.
pub(super) fn comma_place(after: &str) -> Option<Hint> {
    let rest = after.strip_prefix(", ")?;
    // Up to four words and where each starts in `rest`: every mention
    // followed by a comma asks, so nothing here touches the heap.
    let mut words = [(0usize, ""); 4];
    let mut len = 0;
    let mut at = 0;
    for (slot, w) in words.iter_mut().zip(rest.split(' ')) {
        *slot = (at, w);
        at += w.len() + 1;
        len += 1;
    }
    let words = words.get(..len).unwrap_or(&[]);
    for n in (1..=words.len()).rev() {
        let Some(&(start, last)) = words.get(n - 1) else {
            continue;
        };
        // The place must end where its phrase ends: punctuation, or a
        // lowercase word next (`Greece, where`, `Italy is`), not a longer
        // capitalised name (`Texas Governor`) or a possessive.
        let bare = last.trim_end_matches(['.', ',', ';', ':', ')']);
        if bare.is_empty() || bare.contains('\u{2019}') || bare.contains('\'') {
            continue;
        }
        let ends = bare.len() < last.len()
            || words
                .get(n)
                .is_none_or(|(_, w)| w.chars().next().is_some_and(char::is_lowercase));
        if !ends {
            continue;
        }
        // The words up to `bare`, as written: the key folds the spaces.
        let phrase = rest.get(..start + bare.len()).unwrap_or("");
        // `Derry, N.H.`, `Greeley, Colo.`: a state's short form.
        let short_state = n == 1
            && super::places::state_abbreviation(bare, last.get(bare.len()..).unwrap_or(""), ",")
                .is_some();
        if short_state
            || LEXICON
                .places
                .contains_key(phrase_key_small(phrase).as_str())
        {
            return Some(Hint::new(EntityKind::Place, 2, KindRule::CommaPlace));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_plurals_are_dropped_words() {
        for (w, rule) in [
            ("Swahili", KindRule::GroupWord),
            ("Sunni", KindRule::GroupWord),
            ("Experts", KindRule::GroupPlural),
            ("Officials", KindRule::GroupPlural),
            ("Thousands", KindRule::GroupPlural),
            // A plural of a role noun.
            ("Analysts", KindRule::GroupPlural),
        ] {
            let hint = group_word(w, &w.to_lowercase()).expect(w);
            assert_eq!(hint.rule, rule, "{w}");
            assert!(hint.doubtful, "{w}");
            assert_eq!(hint.kind, EntityKind::Other, "{w}");
        }
        assert!(group_word("Klinger", "klinger").is_none());
        assert!(group_word("Jones", "jones").is_none());
    }

    #[test]
    fn indices_and_copyright_lines() {
        assert_eq!(
            known_phrase("Dow Jones").map(|h| h.kind),
            Some(EntityKind::Other)
        );
        let line = known_phrase("Rights Reserved").expect("copyright line");
        assert!(line.doubtful);
        assert_eq!(line.rule, KindRule::PageFurniture);
        assert!(known_phrase("Mary Jones").is_none());
    }

    #[test]
    fn a_number_word_ends_a_series() {
        assert_eq!(numbered("Two").map(|h| h.rule), Some(KindRule::Numbered));
        assert!(numbered("Jones").is_none());
    }

    #[test]
    fn foreign_org_openers() {
        assert_eq!(
            leading_org_cue("Caja").map(|h| h.kind),
            Some(EntityKind::Organization)
        );
        assert!(leading_org_cue("Mary").is_none());
    }

    #[test]
    fn a_comma_and_a_country_make_a_town() {
        for after in [", Greece.", ", Italy is a port", ", Greece, where"] {
            assert_eq!(
                comma_place(after).map(|h| h.rule),
                Some(KindRule::CommaPlace),
                "{after}"
            );
        }
        // A title after the place, a possessive, no place at all.
        for after in [
            ", Texas Governor",
            ", Greece’s envoy",
            ", a lawyer",
            " Greece",
        ] {
            assert!(comma_place(after).is_none(), "{after}");
        }
    }

    #[test]
    fn place_nouns_after() {
        for next in [
            &[Some("field"), Some("and")][..],
            &[Some("gas"), Some("field")],
            &[Some("and"), None, Some("fields")],
        ] {
            assert_eq!(
                place_noun_after(next).map(|h| h.kind),
                Some(EntityKind::Place),
                "{next:?}"
            );
        }
        assert!(place_noun_after(&[Some("said")]).is_none());
        assert!(place_noun_after(&[Some("and"), Some("the"), Some("fields")]).is_none());
    }

    #[test]
    fn a_name_joined_to_a_place_after_in() {
        assert!(coordinated_place(&[Some("in"), None, Some("and")]).is_some());
        assert!(coordinated_place(&[Some("with"), None, Some("and")]).is_none());
    }

    #[test]
    fn events_named_by_their_place() {
        let hint = place_noun_after(&[Some("events"), Some("of")]).map(|h| (h.kind, h.strength));
        assert_eq!(hint, Some((EntityKind::Place, 1)));
        assert!(place_noun_after(&[Some("said")]).is_none());
    }

    #[test]
    fn a_name_after_an_indefinite_article_is_a_category() {
        assert!(category("designated as a ", "."));
        assert!(category("the Zorb, a U.S.-designated ", ". It"));
        // A modifier of a noun, or a definite body: no category.
        assert!(!category("spoke to a ", " official"));
        assert!(!category("designated by the ", "."));
        assert!(!category("a Iranian ", "."));
    }

    #[test]
    fn market_indices() {
        assert_eq!(
            index_name("FTSE", "100", true).map(|h| h.rule),
            Some(KindRule::Index)
        );
        assert!(index_name("CAC", "index", true).is_some());
        // A year, a plain noun, or no acronym at all.
        assert!(index_name("NATO", "2020", true).is_none());
        assert!(index_name("NATO", "members", true).is_none());
        assert!(index_name("Smith", "100", true).is_none());
        assert!(index_name("FTSE", "100", false).is_none());
    }
}
