//! Which segments of the index merge: only small ones, a few at a time.
//!
//! A merge maps every segment it reads, and all their pages count in the
//! reader's memory until it ends. tantivy's default policy merges eight
//! segments at every size: on a cold start of 100,000 articles one merge
//! mapped ~50 MB, the reader's peak, and at 200,000 a merge of the merged
//! would map ~400 MB. Here merges only gather the commits' own small
//! segments, [`AT_ONCE`] at a time, and what they make stays as it is:
//! a library of 100,000 articles ends with about twenty segments instead
//! of ten, which search (p99 34 ms either way) does not feel.

use tantivy::index::SegmentMeta;
use tantivy::indexer::{MergeCandidate, MergePolicy};

/// Segments of more live documents than this are never merged again.
/// A commit makes a segment of a few thousand articles at a cold start
/// (far fewer at a feed refresh), so [`AT_ONCE`] of them make one over it.
pub(super) const DOCS_MAX: u32 = 5_000;
/// Small segments per merge.
pub(super) const AT_ONCE: usize = 4;

/// The policy: the small segments, smallest first, in merges of
/// [`AT_ONCE`]; the rest wait for more. A large segment whose deleted
/// documents bring it back under [`DOCS_MAX`] merges again, its deletes
/// dropped.
#[derive(Debug, Default)]
pub(super) struct SmallMerges;

impl MergePolicy for SmallMerges {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let mut small: Vec<&SegmentMeta> = segments
            .iter()
            .filter(|s| s.num_docs() <= DOCS_MAX)
            .collect();
        small.sort_by_key(|s| s.num_docs());
        small
            .chunks_exact(AT_ONCE)
            .map(|merge| MergeCandidate(merge.iter().map(|s| s.id()).collect()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::index::SegmentId;
    use tantivy::schema::Schema;
    use tantivy::Index;

    use super::*;

    fn segments(docs: &[u32]) -> Vec<SegmentMeta> {
        let index = Index::create_in_ram(Schema::builder().build());
        docs.iter()
            .map(|&n| index.new_segment_meta(SegmentId::generate_random(), n))
            .collect()
    }

    /// The documents of each merge proposed for segments of `docs`.
    fn merges(docs: &[u32]) -> Vec<Vec<u32>> {
        let metas = segments(docs);
        let of = |id: SegmentId| metas.iter().find(|m| m.id() == id).unwrap().num_docs();
        SmallMerges
            .compute_merge_candidates(&metas)
            .into_iter()
            .map(|c| c.0.into_iter().map(of).collect())
            .collect()
    }

    #[test]
    fn small_segments_merge_four_at_a_time_smallest_first() {
        assert!(merges(&[2_000, 1_000, 3_000]).is_empty());
        assert_eq!(
            merges(&[2_000, 1_000, 3_000, 10]),
            [[10, 1_000, 2_000, 3_000]]
        );
        // Piled up while a merge ran: still four per merge, never nine.
        assert_eq!(
            merges(&[9, 8, 7, 6, 5, 4, 3, 2, 1]),
            [[1, 2, 3, 4], [5, 6, 7, 8]]
        );
    }

    #[test]
    fn a_segment_over_the_limit_never_merges() {
        let big = DOCS_MAX + 1;
        assert!(merges(&[big, big, big, big]).is_empty());
        assert_eq!(
            merges(&[big, 100, DOCS_MAX, 200, 300]),
            [[100, 200, 300, DOCS_MAX]]
        );
    }
}
