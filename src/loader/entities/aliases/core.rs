//! The words a name's aliases are matched on, and when a short name is
//! part of a longer one.

/// The words aliases match on: initials and suffixes out, `D.I.Y.` = `DIY`,
/// a trailing plural-possessive apostrophe dropped.
pub(super) fn core_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for w in key.split(' ').filter(|w| !is_initial_or_suffix(w)) {
        if !out.is_empty() {
            out.push(' ');
        }
        // Most words have neither: copy them whole rather than char by char.
        if w.bytes().any(|b| b == b'.' || b == b'\'') {
            out.extend(w.chars().filter(|&c| c != '.' && c != '\''));
        } else {
            out.push_str(w);
        }
    }
    out
}

/// `p.`, `jr.`, `ii`: parts of a name that aliases may leave out.
pub(super) fn is_initial_or_suffix(w: &str) -> bool {
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
        Core {
            text,
            words: text.split(' ').count(),
            first: text.split(' ').next().unwrap_or(""),
            last: text.rsplit(' ').next().unwrap_or(""),
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
