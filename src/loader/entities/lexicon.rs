//! The entity finder's word lists and gazetteer, parsed once from the data
//! files under `assets/` (embedded at build time) into hash sets and maps.
//!
//! Keeping the words as data in one place lets them grow without touching
//! the rules; every lookup is a hash probe on a borrowed `&str`.

use std::collections::{HashMap, HashSet};

use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Deref;
use std::sync::LazyLock;

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
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            for (slot, b) in buf.iter_mut().zip(rest) {
                *slot = *b;
            }
            self.mix(u64::from_le_bytes(buf));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxSet<T> = HashSet<T, BuildHasherDefault<Fx>>;
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// A word lowercased without touching the heap when it is short ASCII,
/// which nearly every lookup key is.
pub enum Lower {
    Stack([u8; 32], usize),
    Heap(String),
}

impl Lower {
    pub fn as_str(&self) -> &str {
        match self {
            // Only ASCII bytes are ever copied in, so this never fails.
            Lower::Stack(buf, len) => buf
                .get(..*len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }
}

impl Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// `word` lowercased, `’` as `'`.
pub fn lower(word: &str) -> Lower {
    if word.is_ascii() && word.len() <= 32 {
        let mut buf = [0u8; 32];
        for (slot, b) in buf.iter_mut().zip(word.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        return Lower::Stack(buf, word.len());
    }
    let mut s = String::with_capacity(word.len());
    push_lower(&mut s, word);
    Lower::Heap(s)
}

/// A word as a set key, kept inline when it is short (nearly every word
/// is), so collecting an article's words allocates nothing.
/// Words of up to 32 bytes are always `Small`, so equal words are equal keys.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum WordKey {
    Small(u8, [u8; 32]),
    Big(String),
}

impl WordKey {
    pub fn new(word: &str) -> Self {
        let bytes = word.as_bytes();
        match u8::try_from(bytes.len()) {
            Ok(len) if len <= 32 => {
                let mut buf = [0u8; 32];
                for (slot, b) in buf.iter_mut().zip(bytes) {
                    *slot = *b;
                }
                WordKey::Small(len, buf)
            }
            _ => WordKey::Big(word.to_string()),
        }
    }

    /// `WordKey::new(lower(word).as_str())`, built straight from the
    /// lowered bytes: the `&str` round trip re-validated UTF-8 on every
    /// lookup, which cost more than the hash probe itself.
    pub fn lowered(word: &str) -> Self {
        let bytes = word.as_bytes();
        if word.is_ascii() {
            if let Ok(len) = u8::try_from(bytes.len()) {
                if len <= 32 {
                    let mut buf = [0u8; 32];
                    for (slot, b) in buf.iter_mut().zip(bytes) {
                        *slot = b.to_ascii_lowercase();
                    }
                    return WordKey::Small(len, buf);
                }
            }
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

const WORDS: &str = include_str!("../../../assets/lexicon/words.txt");
const PLACES: &str = include_str!("../../../assets/gazetteer/places.txt");
const DEMONYMS: &str = include_str!("../../../assets/gazetteer/demonyms.txt");

/// The longest place or demonym, in words, so phrase lookups stay bounded.
pub const MAX_PHRASE_WORDS: usize = 5;

/// Bits of [`Lexicon::word_flags`]: which lowercase lists a word is in,
/// so a name's word is looked up once and then tested bit by bit.
pub mod flag {
    pub const STOP: u32 = 1;
    pub const TITLE: u32 = 1 << 1;
    pub const MODIFIER: u32 = 1 << 2;
    pub const FIRST_NAME: u32 = 1 << 3;
    pub const ORG_CUE: u32 = 1 << 4;
    pub const PLACE_CUE: u32 = 1 << 5;
    pub const OTHER_CUE: u32 = 1 << 6;
    pub const PLACE_FIRST: u32 = 1 << 7;
    pub const SOFT_STOP: u32 = 1 << 8;
    pub const CUE: u32 = ORG_CUE | PLACE_CUE | OTHER_CUE;
}

/// All word lists, keyed as the data file's `[section]`s.
pub struct Lexicon {
    /// Never names, compared lowercased.
    pub stop: FxSet<&'static str>,
    /// Never names, compared as written (`TV`, `I`).
    pub stop_exact: FxSet<&'static str>,
    /// Stop words that may continue a name after a given name (`Theresa May`).
    pub soft_stop: FxSet<&'static str>,
    pub title: FxSet<&'static str>,
    pub title_modifier: FxSet<&'static str>,
    pub role: FxSet<&'static str>,
    pub speech: FxSet<&'static str>,
    pub first_name: FxSet<&'static str>,
    pub particle: FxSet<&'static str>,
    pub connector: FxSet<&'static str>,
    pub suffix: FxSet<&'static str>,
    pub org_cue: FxSet<&'static str>,
    pub place_cue: FxSet<&'static str>,
    pub other_cue: FxSet<&'static str>,
    pub org_name: FxSet<&'static str>,
    pub other_name: FxSet<&'static str>,
    /// Common words that a capital alone does not make a name.
    pub common: FxSet<&'static str>,
    /// Lowercased place phrase (`north korea`, `u.s.`) → canonical name.
    pub places: FxMap<String, &'static str>,
    /// First words of places and demonyms, to skip phrase lookups early.
    pub place_first: FxSet<String>,
    /// Lowercase word → [`flag`] bits, keyed inline so a lookup needs no
    /// `&str` of the lowered word.
    pub word_flags: FxMap<WordKey, u32>,
    /// Lowercased demonym phrase (`north korean`) → canonical place.
    pub demonyms: FxMap<String, &'static str>,
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

impl Lexicon {
    /// The [`flag`] bits of a word, any case.
    pub fn flags(&self, word: &str) -> u32 {
        self.word_flags
            .get(&WordKey::lowered(word))
            .copied()
            .unwrap_or(0)
    }
}

fn build() -> Lexicon {
    let mut sections: HashMap<&'static str, FxSet<&'static str>> = HashMap::new();
    let mut current = "";
    for line in WORDS.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name;
            continue;
        }
        let set = sections.entry(current).or_default();
        set.extend(line.split_whitespace());
    }
    let mut take = |name: &str| sections.remove(name).unwrap_or_default();
    let mut lex = Lexicon {
        stop: take("stop"),
        stop_exact: take("stop_exact"),
        soft_stop: take("soft_stop"),
        title: take("title"),
        title_modifier: take("title_modifier"),
        role: take("role"),
        speech: take("speech"),
        first_name: take("first_name"),
        particle: take("particle"),
        connector: take("connector"),
        suffix: take("suffix"),
        org_cue: take("org_cue"),
        place_cue: take("place_cue"),
        other_cue: take("other_cue"),
        org_name: take("org_name"),
        other_name: take("other_name"),
        common: take("common"),
        place_first: PLACES
            .lines()
            .chain(DEMONYMS.lines())
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| l.split('|'))
            .filter_map(|form| phrase_key(form).split(' ').next().map(str::to_string))
            .collect(),
        places: phrase_map(PLACES),
        demonyms: phrase_map(DEMONYMS),
        word_flags: FxMap::default(),
    };
    let mut flags: FxMap<WordKey, u32> = FxMap::default();
    let lists: [(&FxSet<&'static str>, u32); 8] = [
        (&lex.stop, flag::STOP),
        (&lex.title, flag::TITLE),
        (&lex.title_modifier, flag::MODIFIER),
        (&lex.first_name, flag::FIRST_NAME),
        (&lex.org_cue, flag::ORG_CUE),
        (&lex.place_cue, flag::PLACE_CUE),
        (&lex.other_cue, flag::OTHER_CUE),
        (&lex.soft_stop, flag::SOFT_STOP),
    ];
    for (set, bit) in lists {
        for w in set.iter() {
            *flags.entry(WordKey::new(w)).or_default() |= bit;
        }
    }
    for w in &lex.place_first {
        *flags.entry(WordKey::new(w)).or_default() |= flag::PLACE_FIRST;
    }
    lex.word_flags = flags;
    lex
}

/// `Canonical|variant|…` lines → every form (canonical included) lowercased.
fn phrase_map(data: &'static str) -> FxMap<String, &'static str> {
    let mut map = FxMap::default();
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut forms = line.split('|').map(str::trim);
        let Some(canonical) = forms.next() else {
            continue;
        };
        map.insert(phrase_key(canonical), canonical);
        for form in forms.filter(|f| !f.is_empty()) {
            map.insert(phrase_key(form), canonical);
        }
    }
    map
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

/// [`phrase_key`] of an ASCII phrase, byte by byte: every mention builds
/// one, and splitting on a char predicate decoded each char first.
fn ascii_phrase_key(phrase: &str) -> String {
    let bytes = phrase.as_bytes();
    // Nearly every phrase is already single-spaced words: then the key is
    // the phrase lowercased, one copy.
    let plain = bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes
            .iter()
            .any(|&b| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'-'))
        && !bytes.windows(2).any(|w| w == b"  ");
    if plain {
        return phrase.to_ascii_lowercase();
    }
    let mut key = String::with_capacity(phrase.len());
    let mut pending_space = false;
    for &b in phrase.as_bytes() {
        // The ASCII chars `char::is_whitespace` accepts, and the hyphen.
        if matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'-') {
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
    if !phrase.is_ascii() || phrase.len() > 32 {
        return Lower::Heap(phrase_key(phrase));
    }
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut pending_space = false;
    for &b in phrase.as_bytes() {
        // The ASCII chars `char::is_whitespace` accepts, and the hyphen.
        if matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'-') {
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
    // The key is never longer than the phrase, so it always fits.
    Lower::Stack(buf, len.min(32))
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
        if c == '’' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_gazetteer_load() {
        let lex = &*LEXICON;
        assert!(lex.stop.contains("however"));
        assert!(lex.title.contains("president"));
        assert!(lex.first_name.contains("bruce"));
        assert!(lex.org_cue.contains("foundation"));
        assert_eq!(lex.places.get("u.s."), Some(&"United States"));
        assert_eq!(lex.places.get("north korea"), Some(&"North Korea"));
        assert_eq!(lex.demonyms.get("north korean"), Some(&"North Korea"));
        assert_eq!(phrase_key("Kim  Jong-Un’s"), "kim jong un's");
        for phrase in [
            "Kim  Jong-Un's",
            " -North Korea- ",
            "U.S.",
            "",
            "Ab\tC\nD",
            "Jong-Un’s",
        ] {
            assert_eq!(
                phrase_key_small(phrase).as_str(),
                phrase_key(phrase),
                "{phrase:?}"
            );
        }
    }

    #[test]
    fn phrases_fit_the_lookup_window() {
        let lex = &*LEXICON;
        for key in lex.places.keys().chain(lex.demonyms.keys()) {
            assert!(key.split(' ').count() <= MAX_PHRASE_WORDS, "{key}");
        }
    }
}
