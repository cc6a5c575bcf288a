//! Eight bytes at a time: the loader's byte scans (quote marks, plain
//! runs of text) skip ordinary prose a word of memory per step instead of
//! a byte per step. Each test here only says whether a chunk *may* hold a
//! byte of interest; the callers confirm byte by byte, so a chunk's
//! answer can never be wrong, only slower.

/// One in every byte.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
/// The high bit of every byte.
const HIGH: u64 = u64::from_le_bytes([0x80; 8]);

/// The chunk of `bytes` at `at`, little-endian, when eight bytes remain.
#[inline(always)]
fn chunk(bytes: &[u8], at: usize) -> Option<u64> {
    let eight: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(eight))
}

/// Non-zero when some byte of `x` is zero (exact as a yes/no answer).
#[inline(always)]
fn has_zero(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGH
}

/// Non-zero when some byte of `x` equals `b`.
#[inline(always)]
fn has_byte(x: u64, b: u8) -> u64 {
    has_zero(x ^ (ONES * u64::from(b)))
}

/// The first index from `from` whose byte passes `hit`, where every byte
/// that passes is one of the three ASCII bytes in `ascii` or a byte of
/// 0x80 and above: chunks with none of those are skipped unread.
#[inline]
pub fn find(bytes: &[u8], from: usize, ascii: [u8; 3], hit: impl Fn(u8) -> bool) -> Option<usize> {
    let mut at = from;
    while let Some(x) = chunk(bytes, at) {
        let maybe =
            has_byte(x, ascii[0]) | has_byte(x, ascii[1]) | has_byte(x, ascii[2]) | (x & HIGH);
        if maybe != 0 {
            if let Some(i) = bytes.get(at..at + 8)?.iter().position(|&b| hit(b)) {
                return Some(at + i);
            }
        }
        at += 8;
    }
    bytes
        .get(at..)?
        .iter()
        .position(|&b| hit(b))
        .map(|i| at + i)
}

/// Whether the eight bytes at `at` are printable ASCII (`!` to `~`) or
/// single spaces between them, the chunk's last byte not a space: plain
/// prose, which text normalisation copies as it is.
#[inline(always)]
pub fn plain_ascii(bytes: &[u8], at: usize) -> bool {
    let Some(x) = chunk(bytes, at) else {
        return false;
    };
    // Every byte below 0x80, none below 0x20 (adding 0x60 sets the high
    // bit of every byte from 0x20 up, with no carry out of a byte below
    // 0x80), none 0x7F (adding 1 sets it only there).
    let ascii = x & HIGH == 0;
    let from_space = x.wrapping_add(ONES * 0x60) & HIGH == HIGH;
    let no_del = x.wrapping_add(ONES) & HIGH == 0;
    if !(ascii && from_space && no_del) {
        return false;
    }
    // Spaces, exactly (the high bits are clear, so no borrow crosses a
    // byte): none may follow another, nor end the chunk.
    let y = x ^ (ONES * u64::from(b' '));
    let spaces = !((y & !HIGH).wrapping_add(!HIGH) | y | !HIGH);
    spaces & (spaces >> 8) == 0 && spaces >> 56 == 0
}

/// How many of the bytes at `at` are ASCII letters or digits before the
/// first that is not, eight at a step: a word's letters, which the
/// tokenizer read one table load at a time.
#[inline(always)]
pub fn alnum_run(bytes: &[u8], at: usize) -> usize {
    let mut end = at;
    while let Some(x) = chunk(bytes, end) {
        let stop = not_alnum(x);
        if stop != 0 {
            // Little-endian: the lowest set high bit is the first byte.
            return end - at + (stop.trailing_zeros() / 8) as usize;
        }
        end += 8;
    }
    let tail = bytes.get(end..).unwrap_or(&[]);
    end - at
        + tail
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(tail.len())
}

/// A word right after a single space: what [`spaced_word`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpacedWord {
    /// How many ASCII letters and digits the word starts with (one or
    /// more).
    pub run: usize,
    /// The word's first byte.
    pub first: u8,
    /// The byte after the run, `None` at the end of the bytes.
    pub stop: Option<u8>,
}

/// The run of ASCII letters and digits right after a single space at
/// `at`, with its first byte and the byte it stops at, read from one load
/// of the eight bytes from the space: the tokenizer's commonest gap and
/// word, which took three bounds-checked loads and a second chunk. `None`
/// when the byte at `at` is not a space, no letter or digit follows it,
/// or fewer than eight bytes remain (the caller then goes the general
/// way, which finds the same word).
#[inline(always)]
pub fn spaced_word(bytes: &[u8], at: usize) -> Option<SpacedWord> {
    let x = chunk(bytes, at)?;
    if x & 0xff != u64::from(b' ') {
        return None;
    }
    // Byte 0, the space, is left out of the search for the run's end.
    let stop = not_alnum(x) & !0x80;
    if stop & 0x8000 != 0 {
        return None;
    }
    let first = (x >> 8) as u8;
    if stop == 0 {
        // Seven letters or more: the rest of the run from the next chunk.
        let run = 7 + alnum_run(bytes, at + 8);
        let stop = bytes.get(at + 1 + run).copied();
        return Some(SpacedWord { run, first, stop });
    }
    // Bytes 0 and 1 are clear of `stop`, so the stop is byte 2 to 7.
    let stop_at = (stop.trailing_zeros() / 8) as usize;
    Some(SpacedWord {
        run: stop_at - 1,
        first,
        stop: Some((x >> (8 * stop_at)) as u8),
    })
}

/// The high bit of each byte of `x` that is not an ASCII letter or digit.
/// Every comparison adds to bytes below 0x80 an amount that sets a byte's
/// high bit exactly when it is at least the bound, with no carry out of
/// the byte.
#[inline(always)]
fn not_alnum(x: u64) -> u64 {
    let low = x & !HIGH;
    let at_least = |v: u64, bound: u8| v.wrapping_add(ONES * u64::from(0x80 - bound)) & HIGH;
    // Setting bit 5 folds `A`–`Z` onto `a`–`z` and moves no other byte
    // into that range.
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    (!(letter | digit) & HIGH) | (x & HIGH)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slow_find(bytes: &[u8], from: usize, hit: impl Fn(u8) -> bool) -> Option<usize> {
        bytes
            .get(from..)?
            .iter()
            .position(|&b| hit(b))
            .map(|i| from + i)
    }

    #[test]
    fn find_agrees_with_a_byte_by_byte_search() {
        let lead = |b: u8| matches!(b, b'"' | b'\'' | b'`' | 0xE2 | 0xC2);
        let texts = [
            "",
            "plain prose with no marks at all, a fairly long line of it",
            "He said “yes” and left.",
            "it's",
            "café au lait, déjà vu, naïve: all skipped until here \"",
            "`",
            "0123456789abcdef'",
            "Ünïcödé without marks at all, then « and »",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() + 1 {
                assert_eq!(
                    find(bytes, from, [b'"', b'\'', b'`'], lead),
                    slow_find(bytes, from, lead),
                    "{text:?} from {from}"
                );
            }
        }
    }

    #[test]
    fn alnum_run_agrees_with_a_byte_by_byte_count() {
        // Every byte in every position of a chunk and of the tail.
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = *b"abcXYZ0189qz";
                bytes[at] = b;
                for from in 0..=bytes.len() {
                    let slow = bytes[from..]
                        .iter()
                        .position(|c| !c.is_ascii_alphanumeric())
                        .unwrap_or(bytes.len() - from);
                    assert_eq!(
                        alnum_run(&bytes, from),
                        slow,
                        "byte {b:#x} at {at} from {from}"
                    );
                }
            }
        }
        assert_eq!(alnum_run(b"", 0), 0);
        assert_eq!(alnum_run(b"ab", 5), 0);
    }

    #[test]
    fn spaced_word_agrees_with_a_byte_by_byte_read() {
        let slow = |bytes: &[u8], at: usize| {
            if bytes.len() < at + 8 || bytes[at] != b' ' || !bytes[at + 1].is_ascii_alphanumeric() {
                return None;
            }
            let run = bytes[at + 1..]
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - at - 1);
            Some(SpacedWord {
                run,
                first: bytes[at + 1],
                stop: bytes.get(at + 1 + run).copied(),
            })
        };
        // Every byte in every position of the chunk, the next chunk and
        // the tail, from every start.
        for b in 0..=255u8 {
            for at in 0..20 {
                for base in [*b" abcXYZ0189qzAb9 x Q", *b" a b c d e f g h i j"] {
                    let mut bytes = base;
                    bytes[at] = b;
                    for from in 0..=bytes.len() + 1 {
                        assert_eq!(
                            spaced_word(&bytes, from),
                            slow(&bytes, from),
                            "byte {b:#x} at {at} from {from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn plain_ascii_takes_prose_and_refuses_anything_else() {
        assert!(plain_ascii(b"the cat!", 0));
        assert!(plain_ascii(b"a b c de", 0));
        assert!(plain_ascii(b"xx a b c de", 3));
        // Two spaces, a space last, a tab, a DEL, a control, UTF-8.
        for no in [
            &b"the  cat"[..],
            b"the cat ",
            b"the\tcat!",
            b"the\x7fcat!",
            b"the\x01cat!",
            "thé cat!".as_bytes(),
            b"short",
        ] {
            assert!(!plain_ascii(no, 0), "{:?}", String::from_utf8_lossy(no));
        }
        // Every single byte in every position, against the byte rule.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = *b"abcdefgh";
                eight[at] = b;
                let byte_rule =
                    eight.iter().all(|c| (0x21..=0x7e).contains(c)) || (b == b' ' && at < 7);
                assert_eq!(plain_ascii(&eight, 0), byte_rule, "byte {b:#x} at {at}");
            }
        }
    }
}
