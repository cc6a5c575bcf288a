//! Word keys and the hasher behind every lexicon lookup: lowercasing on
//! the stack, inline set keys, phrase keys, and the Fx hash. Split from the
//! word lists so each file stays one concern.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::Deref;

/// A small fast hasher (the Fx scheme) for short word keys: SipHash's
/// DoS resistance buys nothing here and costs most of the lookup time.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Fx {
    #[inline]
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        // Whole words at a time: a byte loop per chunk cost more than the
        // probe it feeds.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let v = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
            self.mix(v);
        }
        // The tail mixed in only when there is one, chosen without a
        // branch: whether a word's length is a multiple of eight went
        // either way word by word.
        let rest = chunks.remainder();
        let mut tailed = *self;
        tailed.mix(tail_le(rest));
        self.0 = if rest.is_empty() { self.0 } else { tailed.0 };
    }

    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// At most eight bytes as a little-endian integer, zero-padded, with no
/// branch on how many: from four bytes on, two loads of four that overlap
/// in the middle (a byte both cover is ORed with itself), read from four
/// zeros when there are fewer; and the first three bytes, each read at
/// its place or, past the end, at the last one, the repeats masked off;
/// the one that fits is kept by a mask. Choosing the loads by the length
/// (four twice, two twice, or one) went either way word by word, at every
/// hash and set probe of a word; a byte loop compiled to a `memcpy` call.
/// The value, and so every hash, is the same.
pub(crate) fn tail_le(rest: &[u8]) -> u64 {
    let n = rest.len().min(8);
    let wide: &[u8] = if n >= 4 { rest } else { &[0; 4] };
    let word4 = |at: usize| {
        wide.get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    let at = n.max(4) - 4;
    let long = word4(0) | (word4(at) << (8 * at));
    // An empty tail reads one zero byte: every read is then in range.
    let narrow: &[u8] = if rest.is_empty() { &[0] } else { rest };
    let last = narrow.len().saturating_sub(1);
    let byte = |i: usize| narrow.get(i.min(last)).map_or(0, |&b| u64::from(b));
    // `n` bytes kept: a shift of 64 wraps to none, but an empty tail
    // read only zeros.
    let short =
        (byte(0) | (byte(1) << 8) | (byte(2) << 16)) & u64::MAX.wrapping_shr(64 - 8 * n as u32);
    let four = 0u64.wrapping_sub(u64::from(n >= 4));
    (long & four) | (short & !four)
}

pub type FxSet<T> = HashSet<T, BuildHasherDefault<Fx>>;
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// A word lowercased without touching the heap when it is short ASCII,
/// which nearly every lookup key is. The representation is private: only
/// this module and its sibling `cuts` build one, so a stack key holds
/// ASCII bytes alone.
pub struct Lower(Repr);

enum Repr {
    /// ASCII bytes only, `len` of them.
    Stack([u8; 32], usize),
    Heap(String),
}

impl Lower {
    /// A stack key of the first `len` bytes of `buf`, which must be ASCII
    /// (the callers lower or copy ASCII bytes only). Checked once here, in
    /// debug builds; `as_str` relies on it.
    pub(super) fn stack(buf: [u8; 32], len: usize) -> Self {
        let len = len.min(32);
        debug_assert!(buf.get(..len).is_some_and(<[u8]>::is_ascii));
        Lower(Repr::Stack(buf, len))
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Stack(buf, len) => {
                let bytes = buf.get(..*len).unwrap_or(&[]);
                // SAFETY: only `Lower::stack` builds a `Repr::Stack`, and
                // every caller of it fills the buffer from ASCII bytes
                // (`ascii_lowered` returns a buffer only when no high bit
                // was seen; `phrase_key_small` and `cuts::phrase_key_cuts`
                // copy only from an ASCII phrase), and ASCII is valid
                // UTF-8. `from_utf8` re-checked the bytes on every use of
                // the key, a cost on each of the stage's lookups (see the
                // tests below).
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Repr::Heap(s) => s,
        }
    }
}

impl Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// `bytes` lowercased into a key buffer when they are at most 32 ASCII
/// bytes: eight bytes a step, each step one load, one test for a high bit
/// and a few adds that find the capitals (a byte loop took about four
/// instructions a byte, on every word the stage lowered).
fn ascii_lowered(bytes: &[u8]) -> Option<[u8; 32]> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    if bytes.len() > 32 {
        return None;
    }
    let mut buf = [0u8; 32];
    for (slot, chunk) in buf.chunks_exact_mut(8).zip(bytes.chunks(8)) {
        // Whole or not, one read: whether a chunk is the last, short one
        // went either way by the word's length.
        let x = tail_le(chunk);
        if x & HIGH != 0 {
            return None;
        }
        // With every high bit clear, adding `0x80 - bound` to each byte
        // sets its high bit exactly when it is at least `bound`, with no
        // carry into the next byte: `A`..=`Z` are at least `A` and not
        // at least `[`; their `0x80` moved down to `0x20` lowers them.
        let at_least_a = x.wrapping_add(ONES * u64::from(0x80 - b'A'));
        let past_z = x.wrapping_add(ONES * u64::from(0x80 - b'Z' - 1));
        let capitals = at_least_a & !past_z & HIGH;
        slot.copy_from_slice(&(x | (capitals >> 2)).to_le_bytes());
    }
    Some(buf)
}

/// `word` lowercased, `’` as `'`.
pub fn lower(word: &str) -> Lower {
    if let Some(buf) = ascii_lowered(word.as_bytes()) {
        return Lower::stack(buf, word.len());
    }
    let mut s = String::with_capacity(word.len());
    push_lower(&mut s, word);
    Lower(Repr::Heap(s))
}

/// A word as a set key, kept inline when it is short (nearly every word
/// is), so collecting an article's words allocates nothing.
/// Words of up to 32 bytes are always `Small`, so equal words are equal keys.
#[derive(Clone, PartialEq, Eq)]
pub enum WordKey {
    Small(u8, [u8; 32]),
    Big(String),
}

/// The bytes alone: a short key's padding is zeros, so equal keys hash
/// alike, and its fixed 32 bytes hash in four unrolled steps, with no
/// variant, length or length prefix mixed in before them (three more
/// steps of the hash's serial chain, for every word looked up). No map
/// keyed by words is ever iterated, so no order depends on the hash.
impl Hash for WordKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self {
            WordKey::Small(_, buf) => state.write(buf),
            WordKey::Big(s) => state.write(s.as_bytes()),
        }
    }
}

impl WordKey {
    pub fn new(word: &str) -> Self {
        Self::of_bytes(word.as_bytes())
    }

    /// [`WordKey::new`] of a `str`'s bytes (a token's, cut on char
    /// boundaries), for scans that hold bytes: a short key is the bytes
    /// themselves, so only a long one is read as text, and a `str` of it
    /// would cost a boundary check for every word.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        match u8::try_from(bytes.len()) {
            Ok(len) if len <= 32 => {
                let mut buf = [0u8; 32];
                for (slot, b) in buf.iter_mut().zip(bytes) {
                    *slot = *b;
                }
                WordKey::Small(len, buf)
            }
            _ => WordKey::Big(String::from_utf8_lossy(bytes).into_owned()),
        }
    }

    /// `WordKey::new(lower(word).as_str())`, built straight from the
    /// lowered bytes: the `&str` round trip re-validated UTF-8 on every
    /// lookup, which cost more than the hash probe itself.
    pub fn lowered(word: &str) -> Self {
        let bytes = word.as_bytes();
        if let (Some(buf), Ok(len)) = (ascii_lowered(bytes), u8::try_from(bytes.len())) {
            return WordKey::Small(len, buf);
        }
        WordKey::new(lower(word).as_str())
    }

    /// The key's bytes.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            WordKey::Small(len, buf) => buf.get(..usize::from(*len)).unwrap_or(&[]),
            WordKey::Big(s) => s.as_bytes(),
        }
    }
}

/// The lookup key of a phrase: lowercased words, curly apostrophes straight,
/// hyphens as spaces, single spaces.
pub fn phrase_key(phrase: &str) -> String {
    if phrase.is_ascii() {
        return ascii_phrase_key(phrase);
    }
    let mut key = String::with_capacity(phrase.len());
    for word in phrase.split(|c: char| c.is_whitespace() || c == '-') {
        if word.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        push_lower(&mut key, word);
    }
    key
}

/// Whether the phrase key splits words on ASCII byte `b`: the ASCII
/// chars `char::is_whitespace` accepts, and the hyphen.
pub fn splits_key(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'-')
}

/// [`phrase_key`] of an ASCII phrase, byte by byte: every mention builds
/// one, and splitting on a char predicate decoded each char first.
fn ascii_phrase_key(phrase: &str) -> String {
    let bytes = phrase.as_bytes();
    // Nearly every phrase is already single-spaced words: then the key is
    // the phrase lowercased, one copy.
    let plain = super::cuts::single_spaced(bytes);
    if plain {
        return phrase.to_ascii_lowercase();
    }
    let mut key = String::with_capacity(phrase.len());
    let mut pending_space = false;
    for &b in phrase.as_bytes() {
        if splits_key(b) {
            pending_space = !key.is_empty();
            continue;
        }
        if pending_space {
            key.push(' ');
            pending_space = false;
        }
        key.push(char::from(b.to_ascii_lowercase()));
    }
    key
}

/// [`phrase_key`] without touching the heap when the phrase is short ASCII,
/// for keys that are only looked up, never kept.
pub fn phrase_key_small(phrase: &str) -> Lower {
    // Nearly every phrase is words one space apart: its key is the
    // phrase lowered, eight bytes a step.
    if let Some(buf) = ascii_lowered(phrase.as_bytes()) {
        if super::cuts::single_spaced(phrase.as_bytes()) {
            return Lower::stack(buf, phrase.len());
        }
    }
    if !phrase.is_ascii() || phrase.len() > 32 {
        return Lower(Repr::Heap(phrase_key(phrase)));
    }
    let (buf, len) = short_key(phrase.as_bytes(), |_, _| {});
    Lower::stack(buf, len)
}

/// The key of short ASCII `phrase` (at most 32 bytes) in a buffer, and its
/// length; `before(at, len)` is told, before each byte at `at` is read,
/// how long the key made so far is.
pub(super) fn short_key(phrase: &[u8], mut before: impl FnMut(usize, usize)) -> ([u8; 32], usize) {
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut pending_space = false;
    for (at, &b) in phrase.iter().enumerate() {
        before(at, len);
        if splits_key(b) {
            pending_space = len > 0;
            continue;
        }
        if pending_space {
            if let Some(slot) = buf.get_mut(len) {
                *slot = b' ';
            }
            len += 1;
            pending_space = false;
        }
        if let Some(slot) = buf.get_mut(len) {
            *slot = b.to_ascii_lowercase();
        }
        len += 1;
    }
    // The key is never longer than the phrase, so it fits when the phrase
    // does.
    (buf, len.min(32))
}

/// Append `word` lowercased, with `’` as `'`.
pub fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        // Copied whole, then lowercased in place: no per-char encoding.
        let start = out.len();
        out.push_str(word);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
        return;
    }
    for c in word.chars() {
        if c.is_ascii() {
            // Its own one-char lowercase, without the case tables.
            out.push(c.to_ascii_lowercase());
        } else if c == '’' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests;
