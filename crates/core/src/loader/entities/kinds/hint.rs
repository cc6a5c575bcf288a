//! What the evidence for a name says: its kind, how strongly, and the
//! rule that said it.

use crate::article::{EntityKind, KindRule};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub kind: EntityKind,
    pub strength: u8,
    /// The canonical gazetteer place, when the mention is one.
    pub place: Option<&'static str>,
    /// The mention is a demonym (`Russian`) standing for its place.
    pub demonym: bool,
    /// Nothing but capitals suggests a name, and the word looks common
    /// (`Constitution`, `Experts`): kept only as an alias of a real name.
    pub doubtful: bool,
    /// Written where only a person fits (`Amman said`, `Amman, who`),
    /// though the words say otherwise: lets a place or company join a
    /// person of that surname.
    pub acts: bool,
    /// The rule that gave this kind, for [`KindRule`]'s trace.
    pub rule: KindRule,
}

impl Hint {
    pub fn new(kind: EntityKind, strength: u8, rule: KindRule) -> Self {
        Hint {
            kind,
            strength,
            place: None,
            demonym: false,
            doubtful: false,
            acts: false,
            rule,
        }
    }

    pub fn place(canonical: &'static str, demonym: bool) -> Self {
        Hint {
            kind: EntityKind::Place,
            strength: 3,
            place: Some(canonical),
            demonym,
            doubtful: false,
            acts: false,
            rule: KindRule::Gazetteer,
        }
    }

    pub fn is_place(&self) -> bool {
        self.place.is_some()
    }

    /// Something that has a `CEO` or a `spokesman` is no person.
    pub fn at_least_org(self) -> Self {
        if self.kind == EntityKind::Person && self.strength < 3 {
            Hint::new(EntityKind::Organization, 1, KindRule::Employer)
        } else {
            self
        }
    }
}
