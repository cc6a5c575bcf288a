//! Spans of the body (quotes, cues, mentions) indexed so that drawing one
//! screen line finds the few that overlap it without looking at the rest:
//! a frame's work stays the same whatever the article holds.

use crate::tui::work::tick;

/// Spans sorted by (block, start), with the largest end under each node
/// of an implicit segment tree over them: a query walks only into nodes
/// holding an answer, O((1 + answers) · log n), for any spans, nested,
/// overlapping or not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SpanIndex {
    /// (block, start, end, item), item being the span's place in the
    /// order it was given.
    spans: Vec<(usize, usize, usize, usize)>,
    max_end: Vec<usize>,
    size: usize,
}

impl SpanIndex {
    /// Index `(block, start, end)` spans; queries answer with their
    /// places in this order.
    pub fn new(spans: impl IntoIterator<Item = (usize, usize, usize)>) -> SpanIndex {
        let mut spans: Vec<(usize, usize, usize, usize)> = spans
            .into_iter()
            .enumerate()
            .map(|(i, (b, s, e))| (b, s, e, i))
            .collect();
        spans.sort_unstable();
        let size = spans.len().next_power_of_two();
        tick(spans.len() + 2 * size);
        let mut max_end = vec![0; 2 * size];
        for (leaf, span) in max_end[size..].iter_mut().zip(&spans) {
            *leaf = span.2;
        }
        for k in (1..size).rev() {
            max_end[k] = max_end[2 * k].max(max_end[2 * k + 1]);
        }
        SpanIndex {
            spans,
            max_end,
            size,
        }
    }

    /// The spans of `block` overlapping chars `start..end` (an empty span
    /// overlaps nothing), in the order they were given.
    pub fn overlapping(&self, block: usize, start: usize, end: usize) -> Vec<usize> {
        let lo = self.spans.partition_point(|s| s.0 < block);
        let hi = self.spans.partition_point(|s| (s.0, s.1) < (block, end));
        let mut out = Vec::new();
        if lo < hi {
            self.collect(1, 0, self.size, (lo, hi, start), &mut out);
        }
        out.sort_unstable();
        out
    }

    /// Among sorted places `lo..hi`, those whose span ends after `after`.
    fn collect(
        &self,
        node: usize,
        from: usize,
        to: usize,
        (lo, hi, after): (usize, usize, usize),
        out: &mut Vec<usize>,
    ) {
        tick(1);
        if to <= lo || hi <= from || self.max_end.get(node).is_none_or(|&m| m <= after) {
            return;
        }
        if to - from == 1 {
            if let Some(span) = self.spans.get(from) {
                out.push(span.3);
            }
            return;
        }
        let mid = (from + to) / 2;
        self.collect(2 * node, from, mid, (lo, hi, after), out);
        self.collect(2 * node + 1, mid, to, (lo, hi, after), out);
    }

    /// The spans of `block` starting within chars `start..end`, in the
    /// order they were given.
    pub fn starting_in(&self, block: usize, start: usize, end: usize) -> Vec<usize> {
        let lo = self.spans.partition_point(|s| (s.0, s.1) < (block, start));
        let hi = self.spans.partition_point(|s| (s.0, s.1) < (block, end));
        let mut out: Vec<usize> = self.spans[lo..hi.max(lo)].iter().map(|s| s.3).collect();
        tick(out.len());
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index answers what a plain scan of every span answers, for
    /// nested, overlapping, empty and cross-block spans.
    #[test]
    fn the_index_agrees_with_a_scan() {
        let spans = [
            (0, 0, 50),
            (0, 5, 6),
            (1, 3, 9),
            (0, 10, 40),
            (0, 12, 12),
            (0, 20, 30),
            (2, 0, 1),
            (0, 45, 60),
            (0, 20, 25),
        ];
        let index = SpanIndex::new(spans);
        for block in 0..3 {
            for start in 0..62 {
                for end in start..63 {
                    let scan: Vec<usize> = (0..spans.len())
                        .filter(|&i| {
                            let (b, s, e) = spans[i];
                            b == block && s < end && e > start
                        })
                        .collect();
                    assert_eq!(index.overlapping(block, start, end), scan);
                    let starts: Vec<usize> = (0..spans.len())
                        .filter(|&i| {
                            let (b, s, _) = spans[i];
                            b == block && s >= start && s < end
                        })
                        .collect();
                    assert_eq!(index.starting_in(block, start, end), starts);
                }
            }
        }
        assert!(SpanIndex::default().overlapping(0, 0, 9).is_empty());
        assert!(SpanIndex::new([]).overlapping(0, 0, 9).is_empty());
    }
}
