//! One block's entity mentions, sorted by start, with cheap inserts.
//!
//! A sorted vector is the fastest to build and read, and news paragraphs
//! hold a handful of mentions. But attribution adds the speakers the entity
//! finder missed as it reads, and inserting into the middle of a vector
//! shifts everything after: once per quote in one enormous paragraph, that
//! is quadratic. So a block whose insert would shift many mentions turns
//! into an ordered set, once, and stays one.

use std::collections::btree_set::{self, BTreeSet};

use crate::loader::work::tick;

/// `(start, end, entity)`.
pub type Mention = (usize, usize, usize);

/// Inserts shifting at most this many mentions stay in the vector.
const SHIFT_LIMIT: usize = 32;

#[derive(Debug)]
pub enum Mentions {
    Sorted(Vec<Mention>),
    Tree(BTreeSet<Mention>),
}

/// The mentions of one block starting in a range, either way stored.
pub enum Window<'a> {
    Slice(std::slice::Iter<'a, Mention>),
    Tree(btree_set::Range<'a, Mention>),
}

impl<'a> Iterator for Window<'a> {
    type Item = &'a Mention;
    fn next(&mut self) -> Option<&'a Mention> {
        tick(1);
        match self {
            Window::Slice(it) => it.next(),
            Window::Tree(it) => it.next(),
        }
    }
}

impl DoubleEndedIterator for Window<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        tick(1);
        match self {
            Window::Slice(it) => it.next_back(),
            Window::Tree(it) => it.next_back(),
        }
    }
}

impl Mentions {
    /// From mentions in any order.
    pub fn new(mut v: Vec<Mention>) -> Self {
        v.sort_unstable();
        Mentions::Sorted(v)
    }

    pub fn last(&self) -> Option<&Mention> {
        match self {
            Mentions::Sorted(v) => v.last(),
            Mentions::Tree(t) => t.last(),
        }
    }

    /// The mentions that start in `from..to`.
    pub fn starting_in(&self, from: usize, to: usize) -> Window<'_> {
        match self {
            Mentions::Sorted(v) => {
                let a = v.partition_point(|m| m.0 < from);
                let b = v.partition_point(|m| m.0 < to).max(a);
                Window::Slice(v.get(a..b).unwrap_or(&[]).iter())
            }
            Mentions::Tree(t) => {
                let to = to.max(from);
                Window::Tree(t.range((from, 0, 0)..(to, 0, 0)))
            }
        }
    }

    pub fn insert(&mut self, m: Mention) {
        match self {
            Mentions::Sorted(v) => {
                let at = v.partition_point(|x| x.0 < m.0);
                if v.len() - at <= SHIFT_LIMIT {
                    tick(1 + v.len() - at);
                    v.insert(at, m);
                    return;
                }
                tick(v.len());
                let mut t: BTreeSet<Mention> = std::mem::take(v).into_iter().collect();
                t.insert(m);
                *self = Mentions::Tree(t);
            }
            Mentions::Tree(t) => {
                tick(1);
                t.insert(m);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(m: &Mentions) -> Vec<Mention> {
        m.starting_in(0, usize::MAX).copied().collect()
    }

    #[test]
    fn both_forms_answer_alike() {
        let mut m = Mentions::new((0..100).rev().map(|i| (i * 10, i * 10 + 5, i)).collect());
        assert!(matches!(m, Mentions::Sorted(_)));
        m.insert((995, 999, 7));
        assert!(matches!(m, Mentions::Sorted(_)));
        // An insert near the start would shift ninety: the block turns into
        // a set, and reads the same.
        m.insert((15, 17, 3));
        assert!(matches!(m, Mentions::Tree(_)));
        let v = all(&m);
        assert_eq!(v.len(), 102);
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
        let window: Vec<_> = m.starting_in(10, 30).copied().collect();
        assert_eq!(window, vec![(10, 15, 1), (15, 17, 3), (20, 25, 2)]);
        let back: Vec<_> = m.starting_in(10, 30).rev().copied().collect();
        assert_eq!(back.first(), Some(&(20, 25, 2)));
        assert_eq!(m.last(), Some(&(995, 999, 7)));
        assert_eq!(m.starting_in(30, 10).count(), 0);
    }
}
