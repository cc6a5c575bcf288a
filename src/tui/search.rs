//! Finding a query in an article's text, for `/` in the reader. Pure: no
//! terminal types, no app state.
//!
//! Matching is on *folded* text ([`fold_char`], the same folding as the
//! library search): full Unicode lowercase, then canonical
//! decomposition (NFD) with the combining marks dropped, so `KIM` finds
//! `Kim` and `cafe` finds `café` (precomposed or `e` + U+0301), and `café`
//! finds `cafe`; final `ς` folds to `σ`. Folding changes lengths (`İ` lowercases to two chars, a
//! decomposed accent disappears), so every folded char remembers the
//! original char it came from and matches are reported as char ranges of
//! the original text, the unit the rest of the reader counts in.

use crate::search::fold_char;

/// One match: chars `start..end` of body block `block`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// Text folded for matching, with each folded char's original char index.
struct Folded {
    chars: Vec<char>,
    origin: Vec<usize>,
    /// Chars in the original text.
    len: usize,
}

fn fold(text: &str) -> Folded {
    let mut chars = Vec::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut len = 0;
    for (i, c) in text.chars().enumerate() {
        fold_char(c, |d| {
            chars.push(d);
            origin.push(i);
        });
        len = i + 1;
    }
    Folded { chars, origin, len }
}

/// `query` as it is compared: folded the same way as the text.
fn fold_query(query: &str) -> Vec<char> {
    fold(query).chars
}

/// Every match of `query` in `text` as original char ranges, left to right.
///
/// Matches do not overlap: after a match the search goes on from its end,
/// as in less and vim, so `aa` in `aaaa` is two matches, not three, and no
/// char is ever highlighted by two matches. A match that ends on a base
/// letter takes the combining marks after it along (`cafe` in `cafe\u{301}`
/// covers the accent too), so a highlight never splits a letter from its
/// accent. An empty query (or one of combining marks only) matches nothing.
pub fn find(text: &str, query: &str) -> Vec<(usize, usize)> {
    let q = fold_query(query);
    if q.is_empty() {
        return Vec::new();
    }
    let f = fold(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i + q.len() <= f.chars.len() {
        if f.chars[i..i + q.len()] == q[..] {
            let last = f.origin[i + q.len() - 1];
            // The first original char after the match's last one: the end,
            // past any marks folded away and any rest of an expanded char.
            let end = f.origin[i + q.len()..]
                .iter()
                .copied()
                .find(|&o| o > last)
                .unwrap_or(f.len);
            out.push((f.origin[i], end));
            i += q.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Every match in `blocks` (the article body), in reading order.
pub fn find_in_blocks<'a>(blocks: impl IntoIterator<Item = &'a str>, query: &str) -> Vec<Match> {
    blocks
        .into_iter()
        .enumerate()
        .flat_map(|(block, text)| {
            find(text, query)
                .into_iter()
                .map(move |(start, end)| Match { block, start, end })
        })
        .collect()
}

/// Every match of any word of `query` in `blocks`, in reading order: how
/// an article found by a library search shows why it was found. Words are
/// what the library search splits on (runs of letters and digits); where
/// two words' matches overlap, the earlier (then the longer) one is kept.
pub fn find_words_in_blocks<'a>(
    blocks: impl IntoIterator<Item = &'a str>,
    query: &str,
) -> Vec<Match> {
    let words: Vec<&str> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    blocks
        .into_iter()
        .enumerate()
        .flat_map(|(block, text)| {
            let mut found: Vec<(usize, usize)> = words.iter().flat_map(|w| find(text, w)).collect();
            found.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
            let mut end = 0;
            found.retain(|&(s, e)| {
                let keep = s >= end;
                if keep {
                    end = e;
                }
                keep
            });
            found
                .into_iter()
                .map(move |(start, end)| Match { block, start, end })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The original text a match covers.
    fn slice(text: &str, (s, e): (usize, usize)) -> String {
        text.chars().skip(s).take(e - s).collect()
    }

    fn found(text: &str, query: &str) -> Vec<String> {
        find(text, query)
            .into_iter()
            .map(|r| slice(text, r))
            .collect()
    }

    #[test]
    fn each_word_is_found_on_its_own_without_overlaps() {
        let blocks = ["The border wall, and the Wall Street border.", "Nothing."];
        let found: Vec<String> = find_words_in_blocks(blocks, "wall  border!")
            .iter()
            .map(|m| slice(blocks[m.block], (m.start, m.end)))
            .collect();
        assert_eq!(found, ["border", "wall", "Wall", "border"]);
        let overlapping = find_words_in_blocks(["banana"], "ana nan");
        let spans: Vec<(usize, usize)> = overlapping.iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(spans, [(1, 4)], "nan overlaps ana and gives way");
        assert!(find_words_in_blocks(["text"], " , ").is_empty());
    }

    #[test]
    fn case_does_not_matter() {
        assert_eq!(found("Mr Kim said", "KIM"), ["Kim"]);
        assert_eq!(found("KIM and kim", "Kim"), ["KIM", "kim"]);
        assert_eq!(found("ΟΔΥΣΣΕΥΣ", "οδυσσευς"), ["ΟΔΥΣΣΕΥΣ"]);
    }

    #[test]
    fn accents_do_not_matter_either_way() {
        assert_eq!(found("a café here", "cafe"), ["café"]);
        assert_eq!(found("a cafe here", "café"), ["cafe"]);
        assert_eq!(found("a CAFÉ here", "cafe"), ["CAFÉ"]);
        // Decomposed text: the match takes the combining accent along.
        let decomposed = "a cafe\u{301} here";
        assert_eq!(find(decomposed, "cafe"), [(2, 7)]);
        assert_eq!(found(decomposed, "café"), ["cafe\u{301}"]);
        // A decomposed query finds precomposed text.
        assert_eq!(found("a café here", "cafe\u{301}"), ["café"]);
        assert_eq!(found("São Paulo", "sao"), ["São"]);
    }

    #[test]
    fn offsets_stay_right_when_folding_changes_lengths() {
        // 'İ' lowercases to 'i' + U+0307: two folded chars from one.
        let text = "İstanbul and Straße";
        assert_eq!(found(text, "istanbul"), ["İstanbul"]);
        assert_eq!(find(text, "istanbul"), [(0, 8)]);
        assert_eq!(found(text, "straße"), ["Straße"]);
        // Matches after a shrinking accent still land on the right chars.
        assert_eq!(found("éééx and x", "x"), ["x", "x"]);
        assert_eq!(find("éééx and x", "x"), [(3, 4), (9, 10)]);
    }

    #[test]
    fn overlapping_matches_are_taken_left_to_right_without_overlap() {
        assert_eq!(find("aaaa", "aa"), [(0, 2), (2, 4)]);
        assert_eq!(find("aaa", "aa"), [(0, 2)]);
        assert_eq!(find("abababa", "aba"), [(0, 3), (4, 7)]);
    }

    #[test]
    fn wide_characters_are_counted_in_chars() {
        let text = "港町ウラジオストクへ、ウラジオストク";
        assert_eq!(find(text, "ウラジオストク"), [(2, 9), (11, 18)]);
        assert_eq!(found(text, "ウラジオストク").len(), 2);
        // Emoji beyond the BMP are one char each.
        assert_eq!(find("🙂 hi 🙂", "🙂"), [(0, 1), (5, 6)]);
    }

    #[test]
    fn empty_and_missing_queries_match_nothing() {
        assert!(find("anything", "").is_empty());
        assert!(find("anything", "\u{301}").is_empty());
        assert!(find("", "a").is_empty());
        assert!(find("short", "much longer").is_empty());
    }

    #[test]
    fn matches_stay_on_char_boundaries_within_the_text() {
        let texts = [
            "İİİ",
            "cafe\u{301}\u{301}",
            "ウラジオ",
            "ß ẞ ss",
            "a\u{301}a\u{301}",
        ];
        for text in texts {
            let n = text.chars().count();
            for q in ["i", "e", "a", "ウ", "ss", "ß", "\u{301}a"] {
                let mut prev = 0;
                for (s, e) in find(text, q) {
                    assert!(prev <= s && s < e && e <= n, "{text:?} {q:?}: {s}..{e}");
                    prev = e;
                }
            }
        }
    }

    #[test]
    fn blocks_are_searched_in_order() {
        let blocks = ["Kim met Lee.", "Later, Kim left."];
        let m = find_in_blocks(blocks, "kim");
        assert_eq!(
            m,
            [
                Match {
                    block: 0,
                    start: 0,
                    end: 3
                },
                Match {
                    block: 1,
                    start: 7,
                    end: 10
                },
            ]
        );
    }
}
