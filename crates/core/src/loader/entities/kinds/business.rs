//! Evidence that a name is a company's or another body's from the words
//! around it: an organisation noun before it (`the firm X`), what it owns
//! (`X’s shareholders`, `X’s chief executive`), nouns after it (`Yabloko
//! member`, `Quentra shares`, `Dream TV`), what is held of it (`shares
//! of X`), `which` after it, and where someone with a role works (`an
//! analyst at X`, `a strategist for X`).

use super::super::lexicon::{lower, LEXICON};
use super::super::names::Piece;
use super::super::tokens::{text_of, Gap, Tok};
use super::words::KIND_WORDS;
use super::Hint;
use crate::article::{EntityKind, KindRule};

/// `the gas producer Energean`: an organisation noun before the name.
pub(super) fn org_noun_before(prev: &str) -> bool {
    LEXICON.org_noun.contains(prev)
}

/// `shares of Quentra`, `a stake in Quentra`: what is held, bought or
/// split off is a company.
pub(super) fn holding(prev2: &str, prev: &str) -> Option<Hint> {
    (matches!(prev, "of" | "in") && KIND_WORDS.holding.contains(prev2)).then(|| {
        Hint::new(
            EntityKind::Organization,
            2,
            KindRule::OrganizationNounBefore,
        )
    })
}

pub(super) fn corporate_possession(possessive: bool, next: &str) -> Option<Hint> {
    (possessive && KIND_WORDS.corporate_possession.contains(next))
        .then(|| Hint::new(EntityKind::Organization, 2, KindRule::OrganizationNounAfter))
}

/// Org evidence right after a name: `Yabloko member`, `Christie’s auction
/// house`. A possessive takes only business nouns, since `Putin’s party`
/// is the man's party, not the man.
pub(super) fn org_noun_after(text: &str, toks: &[Tok], last: &Piece) -> Option<Hint> {
    let next = toks.get(last.last + 1)?;
    if next.gap != Gap::Space || next.cap {
        return None;
    }
    let word = text_of(text, next);
    let possessive = toks.get(last.last).is_some_and(|t| t.possessive);
    if possessive {
        return KIND_WORDS
            .possessive_business
            .contains(word)
            .then(|| Hint::new(EntityKind::Organization, 3, KindRule::OrganizationNounAfter));
    }
    if KIND_WORDS.org_noun_after.contains(word) {
        return Some(Hint::new(
            EntityKind::Organization,
            2,
            KindRule::OrganizationNounAfter,
        ));
    }
    // `a Quentra spokeswoman`: staff who speak for a body, weakly, since a
    // campaign's spokesman is a candidate's (`Warren spokesman`), whose
    // name has stronger evidence elsewhere.
    KIND_WORDS
        .staff_after
        .contains(word)
        .then(|| Hint::new(EntityKind::Organization, 1, KindRule::OrganizationNounAfter))
}

/// `retailers Quentra and Zorvath`: a name joined by `and` or `or` to a
/// name right after an organisation noun is an organisation as well.
/// `before` is the three words before it, nearest last, a capitalised one
/// as `None`.
pub(super) fn coordinated_org(before: &[Option<&str>; 3]) -> Option<Hint> {
    match before {
        [Some(n), None, Some("and" | "or")]
            if KIND_WORDS.org_noun.contains(*n) || org_noun_before(n) =>
        {
            Some(Hint::new(
                EntityKind::Organization,
                1,
                KindRule::OrganizationNounBefore,
            ))
        }
        _ => None,
    }
}

/// `Evidence and Reason says`: two people would say; a speech verb in
/// the singular after `and` makes the pair one name, a body's. `prev` is
/// the word before the name, `next` the one after.
pub(super) fn singular_pair(prev: &str, next: &str) -> Option<Hint> {
    (prev == "and" && next.ends_with('s') && LEXICON.speech.contains(next))
        .then(|| Hint::new(EntityKind::Organization, 2, KindRule::SingularPair))
}

/// `Dream TV`: `TV` is never part of a name (it is an acronym that names
/// nothing alone), but a name right before it is a channel.
pub(super) fn channel(next: &str, spaced: bool) -> Option<Hint> {
    (spaced && next == "TV")
        .then(|| Hint::new(EntityKind::Organization, 2, KindRule::OrganizationNounAfter))
}

/// `Quentra, which makes…`: `which` takes things, not people.
pub(super) fn which_clause(after: &str) -> Option<Hint> {
    after
        .starts_with(", which ")
        .then(|| Hint::new(EntityKind::Organization, 1, KindRule::WhichClause))
}

/// `an analyst at Quentra Capital`: where someone with a role works. Also,
/// more weakly, `a strategist for Quentra`, `director of Zembla Studies`,
/// since a role's `for` or `of` may name a person it serves.
pub(super) fn role_at(prev2: &str, prev: &str) -> Option<Hint> {
    let role = lower(prev2);
    let role = role.as_str();
    // `an analyst at`, `Officials at`: a role, or its plural.
    let plural = role
        .strip_suffix('s')
        .is_some_and(|stem| LEXICON.role.contains(stem));
    if !(LEXICON.role.contains(role) || plural) {
        return None;
    }
    match prev {
        "at" => Some(Hint::new(EntityKind::Organization, 2, KindRule::RoleAt)),
        "for" if !KIND_WORDS.personal_role.contains(role) => {
            Some(Hint::new(EntityKind::Organization, 1, KindRule::RoleAt))
        }
        "of" if KIND_WORDS.body_role.contains(role) => {
            Some(Hint::new(EntityKind::Organization, 1, KindRule::RoleAt))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_that_says_is_one_body() {
        assert!(singular_pair("and", "says").is_some());
        assert!(singular_pair("and", "said").is_none());
        assert!(singular_pair("or", "says").is_none());
    }

    #[test]
    fn what_companies_have_and_do() {
        assert!(corporate_possession(true, "shareholders").is_some());
        assert!(corporate_possession(false, "shareholders").is_none());
        assert!(corporate_possession(true, "wife").is_none());
        assert_eq!(
            which_clause(", which makes paper").map(|h| h.rule),
            Some(KindRule::WhichClause)
        );
        assert!(which_clause(", who makes paper").is_none());
        assert_eq!(
            role_at("analyst", "at").map(|h| h.rule),
            Some(KindRule::RoleAt)
        );
        assert!(role_at("arrived", "at").is_none());
    }

    #[test]
    fn where_a_role_works() {
        let kind = |p2, p| role_at(p2, p).map(|h| (h.kind, h.strength));
        assert_eq!(kind("analyst", "at"), Some((EntityKind::Organization, 2)));
        assert_eq!(
            kind("strategist", "for"),
            Some((EntityKind::Organization, 1))
        );
        assert_eq!(kind("director", "of"), Some((EntityKind::Organization, 1)));
        assert_eq!(kind("son", "of"), None);
        assert_eq!(kind("mayor", "of"), None);
        assert_eq!(kind("lawyer", "for"), None);
        assert_eq!(kind("the", "for"), None);
    }

    #[test]
    fn holdings_and_possessions_of_a_company() {
        assert!(holding("shares", "of").is_some());
        assert!(holding("stake", "in").is_some());
        assert!(holding("people", "of").is_none());
        assert!(holding("shares", "with").is_none());
        assert!(corporate_possession(true, "chief").is_some());
        assert!(corporate_possession(false, "chief").is_none());
    }
}
