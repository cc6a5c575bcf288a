//! The open quotes of one scan. Besides the quotes themselves it keeps,
//! for each kind, where that kind stands in the stack, so finding the
//! innermost open quote a mark would close costs the same however deep the
//! stack is: a text of ten thousand unclosed `“` must not search ten
//! thousand entries at every mark. Real quotes nest two or three deep, so
//! the per-kind depths are only kept once the stack grows past a few
//! entries; below that a search of the stack itself is cheaper.

use super::Open;
use crate::loader::work::tick;

/// Every kind a stack entry can have, each with its own slot.
const KINDS: [Open; 11] = [
    Open::Curly,
    Open::Low,
    Open::Swedish,
    Open::Guillemet('«'),
    Open::Guillemet('»'),
    Open::Guillemet('‹'),
    Open::Guillemet('›'),
    Open::Straight,
    Open::Ptb,
    Open::CurlySingle,
    Open::StraightSingle,
];

fn slot(kind: Open) -> usize {
    KINDS.iter().position(|&k| k == kind).unwrap_or(0)
}

/// Deeper than this, searches go through the per-kind depths.
const SMALL: usize = 8;

#[derive(Debug, Default)]
pub(super) struct Stack {
    open: Vec<Open>,
    /// Whether `depths` is kept (the stack once grew past [`SMALL`]).
    indexed: bool,
    /// For each slot of [`KINDS`], the depths holding that kind, rising.
    depths: [Vec<usize>; KINDS.len()],
}

impl Stack {
    pub(super) fn push(&mut self, kind: Open) {
        tick(1);
        if self.indexed {
            if let Some(d) = self.depths.get_mut(slot(kind)) {
                d.push(self.open.len());
            }
        }
        self.open.push(kind);
        if !self.indexed && self.open.len() > SMALL {
            tick(SMALL);
            for (depth, &k) in self.open.iter().enumerate() {
                if let Some(d) = self.depths.get_mut(slot(k)) {
                    d.push(depth);
                }
            }
            self.indexed = true;
        }
    }

    /// Drop every quote from `depth` up. Each entry is dropped once, so a
    /// whole scan's truncations cost what its pushes did.
    pub(super) fn truncate(&mut self, depth: usize) {
        if !self.indexed {
            self.open.truncate(depth);
            return;
        }
        for d in &mut self.depths {
            tick(1);
            while d.last().is_some_and(|&at| at >= depth) {
                tick(1);
                d.pop();
            }
        }
        self.open.truncate(depth);
    }

    /// The depth of the innermost open quote whose kind `accepts`.
    pub(super) fn find(&self, accepts: impl Fn(Open) -> bool) -> Option<usize> {
        if !self.indexed {
            tick(self.open.len());
            return self.open.iter().rposition(|&o| accepts(o));
        }
        tick(KINDS.len());
        KINDS
            .iter()
            .zip(&self.depths)
            .filter(|(&k, _)| accepts(k))
            .filter_map(|(_, d)| d.last().copied())
            .max()
    }

    pub(super) fn last(&self) -> Option<&Open> {
        self.open.last()
    }

    pub(super) fn first(&self) -> Option<&Open> {
        self.open.first()
    }

    pub(super) fn len(&self) -> usize {
        self.open.len()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.open.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_gives_the_innermost_accepted_depth() {
        let mut s = Stack::default();
        for k in [
            Open::Curly,
            Open::CurlySingle,
            Open::Curly,
            Open::Guillemet('»'),
        ] {
            s.push(k);
        }
        assert_eq!(s.find(|o| o == Open::Curly), Some(2));
        assert_eq!(s.find(|o| o == Open::CurlySingle), Some(1));
        assert_eq!(s.find(|o| o == Open::Low), None);
        s.truncate(2);
        assert_eq!(s.find(|o| o == Open::Curly), Some(0));
        assert_eq!(s.find(|o| o == Open::Guillemet('»')), None);
        assert_eq!(s.len(), 2);
        assert_eq!(s.last(), Some(&Open::CurlySingle));
        s.truncate(0);
        assert!(s.is_empty());
        assert_eq!(s.find(|_| true), None);
    }

    #[test]
    fn a_deep_stack_answers_as_a_search_of_it_would() {
        let mut s = Stack::default();
        let mut plain: Vec<Open> = Vec::new();
        // Push and close in a pattern that crosses the indexing depth.
        for i in 0..200usize {
            let k = KINDS[(i * 7) % KINDS.len()];
            if i % 5 == 4 {
                let d = plain.len() / 2;
                plain.truncate(d);
                s.truncate(d);
            } else {
                plain.push(k);
                s.push(k);
            }
            for &q in &KINDS {
                assert_eq!(s.find(|o| o == q), plain.iter().rposition(|&o| o == q));
            }
            assert_eq!(s.len(), plain.len());
        }
    }

    #[test]
    fn every_kind_has_its_own_slot() {
        for (i, &k) in KINDS.iter().enumerate() {
            assert_eq!(slot(k), i);
        }
    }
}
