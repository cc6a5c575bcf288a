//! The hits of one query, each article once.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::search::Hit;

/// Hashes an article id for [`Hits`]: ids are xxh3-128 hashes of the text
/// already, so folding their halves together is as good as hashing them
/// again. SipHash, the default, was two thirds of the time of a search
/// for a common word (`said`: 99,000 hits in a generated 100,000-article
/// library).
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    /// Only `u128`s are hashed; any other key still gets a fair hash.
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u128(&mut self, id: u128) {
        // The odd multiplier spreads the bits to the top, which the table
        // reads too; ids that are not hashes (0 for a bad one) still work.
        self.0 = ((id as u64) ^ ((id >> 64) as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Hits in the order found, an id kept once (the same text at two paths).
#[derive(Default)]
pub(super) struct Hits {
    pub(super) list: Vec<Hit>,
    seen: HashSet<u128, BuildHasherDefault<IdHasher>>,
}

impl Hits {
    pub(super) fn push(&mut self, hit: Hit) {
        if self.seen.insert(hit.id) {
            self.list.push(hit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_kept_once_in_the_order_found() {
        let mut hits = Hits::default();
        for id in [7u128, 3, 7, u128::MAX, 0, 3, 0] {
            hits.push(Hit {
                id,
                title_hits: 0,
                hits: 1,
            });
        }
        let ids: Vec<u128> = hits.list.iter().map(|h| h.id).collect();
        assert_eq!(ids, [7, 3, u128::MAX, 0]);
    }
}
