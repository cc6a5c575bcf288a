//! An apposition whose head noun says what a name is when no person fits:
//! `Zembla, a local punk band`, `Quentra, an Iranian-backed militia`
//! (organisations), `Otranto, a town in Italy` (a place); and the noun a
//! list hangs from: `outlets such as X and Y`, `towns such as X`.

use super::super::lexicon::{lower, WordSet, LEXICON};
use super::super::tokens::{text_of, Tok};
use super::words::KIND_WORDS;
use super::Hint;
use crate::article::{EntityKind, KindRule};

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
        if KIND_WORDS.org_head.contains(lw) {
            return Some(Hint::new(
                EntityKind::Organization,
                2,
                KindRule::ApposedNoun,
            ));
        }
        if KIND_WORDS.place_head.contains(lw) {
            return Some(Hint::new(EntityKind::Place, 2, KindRule::ApposedNoun));
        }
        if bare.len() < w.len() {
            return None;
        }
    }
    None
}

/// The kind a head noun gives, singular or plural: organisation, place,
/// or person (a role: `bloggers such as X`).
fn head_kind(noun: &str) -> Option<EntityKind> {
    let lw = lower(noun);
    let lw = lw.as_str();
    let singular = lw
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| lw.strip_suffix('s').map(str::to_string))
        .unwrap_or_else(|| lw.to_string());
    let is = |set: &WordSet| set.contains(lw) || set.contains(singular.as_str());
    if is(&KIND_WORDS.org_head) {
        Some(EntityKind::Organization)
    } else if is(&KIND_WORDS.place_head) {
        Some(EntityKind::Place)
    } else if LEXICON.role.contains(singular.as_str()) {
        Some(EntityKind::Person)
    } else {
        None
    }
}

/// How many tokens back a list may run to its `such as`.
const MAX_LIST_TOKENS: usize = 12;

/// `online outlets such as News.am and Zembrova`, `towns such as X, Y and
/// Z`: a name in a list after `such as` is of the kind the noun before it
/// names. `first` is the name's first token.
pub(super) fn such_as(text: &str, toks: &[Tok], first: usize) -> Option<Hint> {
    let word = |k: usize| toks.get(k).map_or("", |t| text_of(text, t));
    let mut k = first.checked_sub(1)?;
    for _ in 0..MAX_LIST_TOKENS {
        let w = word(k);
        if w == "as" && k >= 2 && word(k - 1) == "such" {
            let kind = head_kind(word(k - 2))?;
            return Some(Hint::new(kind, 1, KindRule::ApposedNoun));
        }
        // A name, a web domain's tail (`News.am`), or a conjunction.
        let listed = toks.get(k).is_some_and(|t| t.cap || t.linked) || matches!(w, "and" | "or");
        if !listed {
            return None;
        }
        k = k.checked_sub(1)?;
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

    #[test]
    fn a_list_after_such_as() {
        let kind = |text: &str, name: &str| {
            let toks = crate::loader::entities::tokens::tokenize(text);
            let start = text.find(name).unwrap();
            let first = toks.iter().position(|t| t.start == start).unwrap();
            such_as(text, &toks, first).map(|h| h.kind)
        };
        let text = "online outlets such as Zorb.am and Zembrova did not.";
        assert_eq!(kind(text, "Zembrova"), Some(EntityKind::Organization));
        let text = "towns such as Quolpa, Tamsawe and Odo were hit.";
        assert_eq!(kind(text, "Tamsawe"), Some(EntityKind::Place));
        let text = "bloggers such as Zembrova wrote.";
        assert_eq!(kind(text, "Zembrova"), Some(EntityKind::Person));
        // No list, or a noun that says nothing.
        assert_eq!(kind("things such as Zembrova", "Zembrova"), None);
        assert_eq!(kind("she met Zembrova", "Zembrova"), None);
    }
}
