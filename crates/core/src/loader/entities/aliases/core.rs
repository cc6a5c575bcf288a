//! The words a name's aliases are matched on, and when a short name is
//! part of a longer one.

use super::super::lexicon::{nfd_unchanged, phrase_key, LEXICON};

/// The words aliases match on: initials and suffixes out, `D.I.Y.` = `DIY`,
/// a trailing plural-possessive apostrophe dropped, and a short form of a
/// country opening a longer name written out (`U.S. Embassy` = `United
/// States Embassy`).
pub(super) fn core_key(key: &str) -> String {
    let out = plain_core(key);
    // Split on the byte: a char pattern sets up a searcher for every key.
    let space = out.bytes().position(|b| b == b' ');
    if let Some((first, rest)) = space.and_then(|at| Some((out.get(..at)?, out.get(at + 1..)?))) {
        let canonical = (first.len() <= 3)
            .then(|| LEXICON.places.get(first))
            .flatten()
            .map(|c| plain_core(&phrase_key(c)))
            .filter(|c| c != first);
        if let Some(c) = canonical {
            return format!("{c} {rest}");
        }
    }
    out
}

fn plain_core(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for w in spaced_words(key).filter(|w| !is_initial_or_suffix(w)) {
        if !out.is_empty() {
            out.push(' ');
        }
        // Most words need no folding: copy them whole rather than char by char.
        if needs_fold(w) {
            push_folded(&mut out, w);
        } else {
            out.push_str(w);
        }
    }
    out
}

/// `key.split(' ')` by a byte scan: keys are a few short words, for which
/// the general searcher's set-up cost more than the search.
fn spaced_words(key: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(key);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b' ') {
            Some(at) => {
                rest = r.get(at + 1..);
                r.get(..at)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Whether folding can change `w`: a `.`, `'` or non-ASCII byte, or a
/// spelling that transliterations vary (`y` after its first letter, `ks`,
/// a doubled letter). One pass over the bytes, not one per test.
fn needs_fold(w: &str) -> bool {
    let mut prev = None;
    for &b in w.as_bytes() {
        if b == b'.' || b == b'\'' || !b.is_ascii() {
            return true;
        }
        if let Some(p) = prev {
            if b == b'y' || p == b || (p == b'k' && b == b's') {
                return true;
            }
        }
        prev = Some(b);
    }
    false
}

/// `w` spelled the way its variants meet: accents off (`François` =
/// `Francois`), `.` and `'` out (`D.I.Y.` = `DIY`), and the letters
/// transliterations disagree on made one (`Alexey` = `Aleksei`,
/// `Soleymani` = `Soleimani`, `Fottouh` = `Fotouh`).
fn push_folded(out: &mut String, w: &str) {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let kept = |c: &char| *c != '.' && *c != '\'' && !is_combining_mark(*c);
    // ASCII, and most other words (`Trump’s`), have nothing to decompose:
    // their chars are their NFD, so the decomposer (most of this
    // function's time) is left out.
    if w.is_ascii() {
        fold_ascii(out, w.as_bytes());
    } else if nfd_unchanged(w) {
        fold_chars(out, w.chars().filter(kept));
    } else {
        fold_chars(out, w.nfd().filter(kept));
    }
}

/// The letters transliterations disagree on made one, over a word's kept
/// chars: `y` after the first letter as `i`, `ks` as `x`, doubled letters
/// once.
fn fold_chars(out: &mut String, chars: impl Iterator<Item = char>) {
    let mut prev: Option<char> = None;
    let mut first = true;
    for c in chars {
        let c = match c {
            'y' if !first => 'i',
            'k' if prev == Some('k') => continue,
            c => c,
        };
        // `ks` → `x`: the `k` is already out; swap it.
        if c == 's' && prev == Some('k') {
            out.pop();
            out.push('x');
            prev = Some('x');
            continue;
        }
        if prev == Some(c) {
            continue;
        }
        out.push(c);
        prev = Some(c);
        first = false;
    }
}

/// [`fold_chars`] of an ASCII word, `.` and `'` left out: no ASCII char
/// is a combining mark and each byte is its char, so neither the
/// decomposer nor the mark table is asked.
fn fold_ascii(out: &mut String, w: &[u8]) {
    fold_chars(
        out,
        w.iter()
            .filter(|&&b| b != b'.' && b != b'\'')
            .map(|&b| char::from(b)),
    );
}

/// `p.`, `jr.`, `ii`: parts of a name that aliases may leave out.
pub(super) fn is_initial_or_suffix(w: &str) -> bool {
    // An initial is one char (at most four bytes) and a period; no listed
    // suffix is longer: nearly every word is, and needs no char reading.
    if w.len() > 5 {
        return false;
    }
    let mut chars = w.chars();
    let initial = matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(_), Some('.'), None)
    );
    initial || matches!(w, "jr." | "sr." | "jr" | "sr" | "ii" | "iii" | "iv")
}

/// A core key's words.
#[derive(Clone, Copy)]
pub(super) struct Core<'a> {
    pub(super) text: &'a str,
    pub(super) words: usize,
    /// First and last words, split once: merging asks for them per
    /// candidate pair.
    first: &'a str,
    last: &'a str,
}

impl<'a> Core<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        // Byte scans: a core is a few short words, too short for the
        // searcher behind `split` to pay off.
        let bytes = text.as_bytes();
        let first_space = bytes.iter().position(|&b| b == b' ');
        let last_space = bytes.iter().rposition(|&b| b == b' ');
        Core {
            text,
            words: 1 + bytes.iter().filter(|&&b| b == b' ').count(),
            first: first_space.map_or(text, |at| text.get(..at).unwrap_or("")),
            last: last_space.map_or(text, |at| text.get(at + 1..).unwrap_or("")),
        }
    }

    pub(super) fn first(self) -> &'a str {
        self.first
    }

    pub(super) fn last(self) -> &'a str {
        self.last
    }

    /// Whether `short`'s words are this one's first words (as word lists
    /// compare: a word boundary must follow).
    pub(super) fn starts_with(self, short: Core) -> bool {
        short.words <= self.words
            && self
                .text
                .strip_prefix(short.text)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    }

    /// Whether `short`'s words are this one's last words.
    pub(super) fn ends_with(self, short: Core) -> bool {
        short.words <= self.words
            && self
                .text
                .strip_suffix(short.text)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    }
}

/// `Putin` in `Vladimir Putin`, `Moon` in `Moon Jae-in`, and `Gerald Ford`
/// in `Gerald Rudolph Ford` (a middle name left out).
pub(super) fn is_affix(short: Core, long: Core) -> bool {
    short.words < long.words
        && (long.starts_with(short)
            || long.ends_with(short)
            || (short.words >= 2 && short.first() == long.first() && short.last() == long.last()))
}

#[cfg(test)]
mod tests {
    use super::{core_key, fold_ascii, fold_chars, is_initial_or_suffix, needs_fold};

    /// By bytes as by chars, on words that fold every way and on every
    /// pair and triple of the letters and marks that fold.
    #[test]
    fn ascii_words_fold_by_bytes_as_by_chars() {
        let mut words: Vec<String> = [
            "",
            "y",
            "yy",
            "yusuf",
            "alexey",
            "aleksei",
            "kks",
            "ksk",
            "kkss",
            "fottouh",
            "d.i.y.",
            "o'brien",
            "k.s",
            "y.y",
            "'y",
            "soleymani",
            "mississippi",
            "x\u{0}y",
            "AKS",
            "KKS",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        let letters = ["y", "k", "s", "x", "i", ".", "'", "a", "Y", "K"];
        for a in letters {
            for b in letters {
                words.push(format!("{a}{b}"));
                for c in letters {
                    words.push(format!("{a}{b}{c}"));
                }
            }
        }
        for w in &words {
            let mut by_bytes = String::from("pre ");
            fold_ascii(&mut by_bytes, w.as_bytes());
            let mut by_chars = String::from("pre ");
            fold_chars(&mut by_chars, w.chars().filter(|&c| c != '.' && c != '\''));
            assert_eq!(by_bytes, by_chars, "{w:?}");
        }
    }

    #[test]
    fn a_word_needs_folding_as_the_separate_tests_said() {
        let by_parts = |w: &str| {
            let b = w.as_bytes();
            w.bytes().any(|b| b == b'.' || b == b'\'' || !b.is_ascii())
                || b.iter().skip(1).any(|&c| c == b'y')
                || b.windows(2).any(|p| p == b"ks" || p[0] == p[1])
        };
        for w in [
            "",
            "y",
            "yusuf",
            "alexey",
            "aleksei",
            "fottouh",
            "d.i.y.",
            "o'brien",
            "martínez",
            "putin",
            "kim",
            "sk",
            "ks",
            "aa",
            "ab",
        ] {
            assert_eq!(needs_fold(w), by_parts(w), "{w}");
        }
    }

    #[test]
    fn initials_and_suffixes_are_short() {
        // `𐍈.`: a four-byte char and its period, the longest initial.
        for w in [
            "p.",
            "é.",
            "ж.",
            "\u{10348}.",
            "jr.",
            "sr",
            "ii",
            "iii",
            "iv",
        ] {
            assert!(is_initial_or_suffix(w), "{w}");
        }
        for w in [
            "",
            "p",
            "pp.",
            "jones",
            "iiii",
            "king.",
            "\u{10348}\u{10348}.",
        ] {
            assert!(!is_initial_or_suffix(w), "{w}");
        }
    }

    #[test]
    fn spellings_that_vary_meet_in_one_key() {
        for (a, b) in [
            ("françois hollande", "francois hollande"),
            ("aleksei navalny", "alexey navalny"),
            ("qasem soleimani", "qasem soleymani"),
            ("regina martínez", "regina mártinez"),
            ("d.i.y.", "diy"),
        ] {
            assert_eq!(core_key(a), core_key(b), "{a} / {b}");
        }
        // A first letter is kept as written: `Yusuf` is not `Iusuf`.
        assert_eq!(core_key("yusuf"), "iusuf".replacen('i', "y", 1));
        assert_ne!(core_key("jones"), core_key("jonas"));
        // A country's short form opening a longer name is the country.
        assert_eq!(core_key("u.s. embassy"), core_key("united states embassy"));
        assert_eq!(core_key("us"), "us");
    }
}
