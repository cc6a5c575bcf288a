//! Phrase keys the short way. One key for every prefix of a phrase: the
//! gazetteer is asked for a name's longest place first, then each shorter
//! one, and keying each prefix anew lowered the same bytes up to five
//! times. And a phrase of words one space apart, whose key is the phrase
//! lowered.

use super::keys::Lower;

/// [`phrase_key_small`](super::keys::phrase_key_small) of `phrase` with,
/// for each of `cuts` (ascending byte offsets into `phrase`), the length of
/// the key of `phrase[..cut]` written to `ends`: a key is built left to
/// right and a space is only written before the next word, so the key of
/// a prefix is a prefix of the whole key, and one pass answers a lookup
/// for every prefix (a place phrase is tried at each length, longest
/// first). `None` when the phrase is not short ASCII: the caller keys each
/// prefix itself.
pub fn phrase_key_cuts(phrase: &str, cuts: &[usize], ends: &mut [usize]) -> Option<Lower> {
    if !phrase.is_ascii() || phrase.len() > 32 {
        return None;
    }
    let mut cut = 0;
    let mut mark = |at: usize, len: usize| {
        while let (Some(&c), Some(end)) = (cuts.get(cut), ends.get_mut(cut)) {
            if c > at {
                break;
            }
            *end = len;
            cut += 1;
        }
    };
    let (buf, len) = super::keys::short_key(phrase.as_bytes(), &mut mark);
    mark(usize::MAX, len);
    Some(Lower::stack(buf, len))
}

/// Whether `bytes` are words one space apart: no other whitespace or
/// hyphen, no space doubled, leading or trailing. The key of such ASCII is
/// its bytes lowered, nothing dropped or rewritten.
pub(super) fn single_spaced(bytes: &[u8]) -> bool {
    let mut after_space = true;
    for &b in bytes {
        let space = b == b' ';
        if (space && after_space) || (!space && super::keys::splits_key(b)) {
            return false;
        }
        after_space = space;
    }
    !after_space || bytes.is_empty()
}

#[cfg(test)]
mod tests {
    use super::super::phrase_key;
    use super::*;

    /// Every prefix's key, cut from the whole key, is the key of the
    /// prefix itself, at every cut of phrases with hyphens, runs of
    /// spaces, leading and trailing spaces, and apostrophes.
    #[test]
    fn prefix_keys_are_the_keys_of_the_prefixes() {
        for p in [
            "Kim Jong-Un",
            "  U.S.  Army ",
            "North\tKorea\nSouth",
            "Workers' Party Congress",
            "a-b - c--d",
            "New York City Hall",
            "",
            " ",
            "X",
            "Bosnia and Herzegovina",
        ] {
            let cuts: Vec<usize> = (0..=p.len()).collect();
            let mut ends = vec![usize::MAX; cuts.len()];
            let key = phrase_key_cuts(p, &cuts, &mut ends).unwrap();
            assert_eq!(key.as_str(), phrase_key(p), "{p}");
            for (&cut, &end) in cuts.iter().zip(&ends) {
                assert_eq!(&key.as_str()[..end], phrase_key(&p[..cut]), "{p} {cut}");
            }
        }
        let mut ends = [0; 1];
        // And `phrase_key_small`'s short way, on and beside its edges.
        for p in [
            "",
            " ",
            "A",
            "Kim Jong Un",
            "Kim  Jong",
            " Kim",
            "Kim ",
            "Kim-Un",
            "Kim\tUn",
            "Kim\u{b}Un",
            "U.S. Army",
            "O'Brien",
            "Côte d’Ivoire",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDE",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEF",
            "A B C D E F G H",
        ] {
            assert_eq!(
                super::super::phrase_key_small(p).as_str(),
                phrase_key(p),
                "{p}"
            );
        }
        assert!(phrase_key_cuts("Côte d’Ivoire", &[3], &mut ends).is_none());
        assert!(phrase_key_cuts(&"A".repeat(33), &[3], &mut ends).is_none());
    }
}
