//! Drafts by name, so a look-up by name costs a hash, not a pass over every
//! draft: an article naming a hundred thousand people, each quoted, must
//! not compare every quote's speaker with every person.
//!
//! While attribution runs, drafts are only added and only ever become
//! persons (never stop being one), and names and aliases never change, so
//! each table only grows: [`Names::add`] for a new draft,
//! [`Names::became_person`] when a draft's kind turns to person.
//!
//! The tables are built at the first look-up, not before: in most articles
//! every speaker is a mention the entity finder already has, no look-up by
//! name happens, and copying every name into a table would be wasted.

use std::cell::OnceCell;

use crate::article::EntityKind;
use crate::loader::entities::FxMap;
use crate::loader::tokenizer::{after_last, has_byte};
use crate::loader::work::tick;
use crate::loader::EntityDraft;

#[derive(Debug, Default)]
pub struct Names {
    tables: OnceCell<Tables>,
}

#[derive(Debug, Default)]
struct Tables {
    /// The first draft with this name or alias.
    exact: FxMap<String, usize>,
    /// The first person whose name's last word (split on whitespace) is
    /// this.
    person_last_word: FxMap<String, usize>,
    /// Persons with a space in their name by the part after the last space:
    /// how many, and the first.
    person_surname: FxMap<String, (usize, usize)>,
    /// The first draft called `police` in any ASCII case.
    police: Option<usize>,
}

impl Names {
    /// Nothing is built until the first look-up.
    pub fn new() -> Self {
        Names::default()
    }

    fn tables(&self, drafts: &[EntityDraft]) -> &Tables {
        self.tables.get_or_init(|| Tables::new(drafts))
    }

    /// Record draft `i`, just added to `drafts` after every draft before it.
    pub fn add(&mut self, i: usize, d: &EntityDraft) {
        if let Some(t) = self.tables.get_mut() {
            t.add(i, d);
        }
    }

    /// Draft `i` is now a person (call once per draft, when it changes).
    pub fn became_person(&mut self, i: usize, d: &EntityDraft) {
        if let Some(t) = self.tables.get_mut() {
            t.became_person(i, d);
        }
    }

    /// The first draft named or aliased `name`, else (for one word) the
    /// first person whose name ends with it.
    pub fn lookup(&self, drafts: &[EntityDraft], name: &str) -> Option<usize> {
        self.tables(drafts).lookup(name)
    }

    /// The one person with a two-word (or longer) name ending in `name`;
    /// none when there are several.
    pub fn person_by_surname(&self, drafts: &[EntityDraft], name: &str) -> Option<usize> {
        self.tables(drafts).person_by_surname(name)
    }

    /// The first draft called `police` in any ASCII case.
    pub fn police(&self, drafts: &[EntityDraft]) -> Option<usize> {
        self.tables(drafts).police
    }
}

impl Tables {
    fn new(drafts: &[EntityDraft]) -> Self {
        let mut names = Tables {
            exact: FxMap::with_capacity_and_hasher(drafts.len(), Default::default()),
            ..Tables::default()
        };
        for (i, d) in drafts.iter().enumerate() {
            names.add(i, d);
        }
        names
    }

    fn add(&mut self, i: usize, d: &EntityDraft) {
        tick(1 + d.aliases.len());
        for n in std::iter::once(&d.name).chain(&d.aliases) {
            // Looked up before inserting: most names are new, but copying
            // every one to ask would allocate per alias.
            if !self.exact.contains_key(n.as_str()) {
                self.exact.insert(n.clone(), i);
            }
        }
        if d.name.eq_ignore_ascii_case("police") {
            self.police = Some(self.police.map_or(i, |p| p.min(i)));
        }
        if d.kind == EntityKind::Person {
            self.became_person(i, d);
        }
    }

    fn became_person(&mut self, i: usize, d: &EntityDraft) {
        tick(1);
        if let Some(last) = d.name.split_whitespace().last() {
            match self.person_last_word.get_mut(last) {
                Some(first) => *first = (*first).min(i),
                None => {
                    self.person_last_word.insert(last.to_string(), i);
                }
            }
        }
        if has_byte(&d.name, b' ') {
            let surname = after_last(&d.name, b' ');
            match self.person_surname.get_mut(surname) {
                Some(e) => *e = (e.0 + 1, e.1.min(i)),
                None => {
                    self.person_surname.insert(surname.to_string(), (1, i));
                }
            }
        }
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        tick(1);
        let exact = self.exact.get(name).copied();
        exact.or_else(|| {
            if name.contains(' ') {
                return None;
            }
            self.person_last_word.get(name).copied()
        })
    }

    fn person_by_surname(&self, name: &str) -> Option<usize> {
        tick(1);
        if name.contains(' ') {
            return None;
        }
        match self.person_surname.get(name) {
            Some(&(1, i)) => Some(i),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, kind: EntityKind, aliases: &[&str]) -> EntityDraft {
        EntityDraft {
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            positions: Vec::new(),
        }
    }

    /// What the linear scans these tables replace answered.
    fn scan_lookup(drafts: &[EntityDraft], name: &str) -> Option<usize> {
        drafts
            .iter()
            .position(|d| d.name == name || d.aliases.iter().any(|a| a == name))
            .or_else(|| {
                if name.contains(' ') {
                    return None;
                }
                drafts.iter().position(|d| {
                    d.kind == EntityKind::Person && d.name.split_whitespace().last() == Some(name)
                })
            })
    }

    fn scan_surname(drafts: &[EntityDraft], name: &str) -> Option<usize> {
        if name.contains(' ') {
            return None;
        }
        let mut found = drafts.iter().enumerate().filter(|(_, d)| {
            d.kind == EntityKind::Person
                && has_byte(&d.name, b' ')
                && after_last(&d.name, b' ') == name
        });
        let first = found.next()?;
        found.next().is_none().then_some(first.0)
    }

    #[test]
    fn answers_as_a_scan_of_every_draft_would() {
        let mut drafts = vec![
            draft("Smith", EntityKind::Other, &[]),
            draft("John Smith", EntityKind::Person, &["J. Smith"]),
            draft("Ann Lee", EntityKind::Other, &[]),
            draft("Police", EntityKind::Organization, &[]),
            draft("Mary Lee", EntityKind::Person, &[]),
            draft("Bob Lee", EntityKind::Person, &[]),
            draft("Acme Smith", EntityKind::Organization, &["Smith"]),
        ];
        let mut names = Names::new();
        let asked = [
            "Smith",
            "John Smith",
            "J. Smith",
            "Lee",
            "Ann Lee",
            "Ann",
            "Kim",
            "Police",
            "",
        ];
        let check = |names: &Names, drafts: &[EntityDraft]| {
            for n in asked {
                assert_eq!(names.lookup(drafts, n), scan_lookup(drafts, n), "{n}");
                assert_eq!(
                    names.person_by_surname(drafts, n),
                    scan_surname(drafts, n),
                    "{n}"
                );
            }
        };
        check(&names, &drafts);
        assert_eq!(names.police(&drafts), Some(3));
        // Drafts turn into persons and new ones arrive as attribution runs.
        drafts[2].kind = EntityKind::Person;
        names.became_person(2, &drafts[2]);
        check(&names, &drafts);
        drafts.push(draft("Kim", EntityKind::Person, &[]));
        names.add(7, &drafts[7]);
        drafts.push(draft("Tom Kim", EntityKind::Person, &[]));
        names.add(8, &drafts[8]);
        check(&names, &drafts);
    }
}
