//! Search across the library: which articles hold a query, and which
//! mention a person, place or organisation or quote a speaker.
//!
//! The domain side only, no terminal: the reader's list asks through the
//! event loop and gets [`Hit`]s back, ranked with [`rank_key`].

use std::cmp::Reverse;

/// One article that matches, by [`crate::article::Article::id`] as a number
/// ([`id_of`]), with how often the query occurs in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    pub id: u128,
    /// Occurrences in the title.
    pub title_hits: u32,
    /// Occurrences in title and body together: the count the list shows.
    pub hits: u32,
}

/// The number behind an article id (32 hex digits); `None` for anything
/// else.
pub fn id_of(hex: &str) -> Option<u128> {
    if hex.len() != 32 {
        return None;
    }
    u128::from_str_radix(hex, 16).ok()
}

/// What hits are sorted by, best first: articles with the query in their
/// title before the rest, then by hits. Ties keep list order, given as
/// `order`.
pub fn rank_key(hit: &Hit, order: usize) -> (Reverse<bool>, Reverse<u32>, usize) {
    (Reverse(hit.title_hits > 0), Reverse(hit.hits), order)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_hits_rank_first_then_hits_then_list_order() {
        let h = |id, title_hits, hits| Hit {
            id,
            title_hits,
            hits,
        };
        let mut hits = vec![
            (h(1, 0, 9), 0),
            (h(2, 1, 1), 1),
            (h(3, 0, 9), 2),
            (h(4, 2, 3), 3),
            (h(5, 0, 12), 4),
        ];
        hits.sort_by_key(|(hit, order)| rank_key(hit, *order));
        let ids: Vec<u128> = hits.iter().map(|(h, _)| h.id).collect();
        assert_eq!(ids, [4, 2, 5, 1, 3]);
    }

    #[test]
    fn ids_are_32_hex_digits() {
        let id = crate::article::content_id("text");
        assert_eq!(id_of(&id).map(|n| format!("{n:032x}")), Some(id));
        assert_eq!(id_of("abc"), None);
        assert_eq!(id_of(&"g".repeat(32)), None);
    }
}
