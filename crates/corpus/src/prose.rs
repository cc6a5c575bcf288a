//! The words of the prose. Source paragraphs keep their sentences, their
//! function words and their capitalized names, so they still read as
//! prose and every loader stage sees its input; but a share of their
//! content words (lowercase words outside the most frequent hundred) is
//! redrawn from a vocabulary that grows with the corpus.
//!
//! That vocabulary is ranked: first the real content words of the sources,
//! most frequent first, then invented words ([`super::pseudo`]). A redrawn
//! word has rank⁻¹ odds ([`super::zipf::rank`]) over the ranks open to the
//! article, and article `n` opens (and uses at least once) the invented
//! words `new_words(n)..new_words(n + 1)` ([`super::zipf::new_words`]).

use super::pseudo::{self, Family};
use super::zipf;
use super::Rng;
use std::collections::HashMap;
use std::ops::Range;

/// The source's most frequent words are never swapped: they are the
/// function words (`the`, `of`, `which`) that give a sentence its shape.
const FUNCTION_WORDS: usize = 100;

/// Content words the loader reads as cues (attribution verbs and the
/// like), kept so the quotes and attributions of the sources still parse.
const KEEP: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "according",
    "asked",
    "explained",
    "noted",
    "stated",
    "argued",
    "wrote",
    "announced",
    "reported",
    "photo",
    "credit",
    "caption",
];

/// Share of the swappable words that are redrawn, in percent. About one
/// word in eight of the prose then comes from the growing vocabulary.
const SWAP_PERCENT: u64 = 30;

/// A text with its swappable words found once.
#[derive(Debug, Clone)]
pub(crate) struct Text {
    pub(crate) text: String,
    /// Byte ranges of the swappable words, in order.
    pub(crate) slots: Vec<Range<usize>>,
}

/// The ranked real content words of the sources.
#[derive(Debug, Clone)]
pub(crate) struct Vocabulary {
    real: Vec<String>,
    rank: HashMap<String, usize>,
}

/// The lowercase ASCII words of `text` that stand alone: not part of a
/// contraction, a hyphenated word or a word with digits or accents.
fn lower_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let start = i;
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            let glued = |b: u8| b.is_ascii_alphanumeric() || b == b'\'' || b == b'-' || b >= 0x80;
            let before_ok = start == 0 || !glued(bytes[start - 1]);
            let after_ok = i == bytes.len() || !glued(bytes[i]);
            let lower = bytes[start..i].iter().all(u8::is_ascii_lowercase);
            if before_ok && after_ok && lower {
                return Some(start..i);
            }
        }
        None
    })
}

impl Vocabulary {
    /// Ranks the lowercase words of `texts` by frequency (ties
    /// alphabetically, so the ranking never depends on hashing).
    pub(crate) fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for text in texts {
            for r in lower_words(text) {
                *counts.entry(&text[r]).or_default() += 1;
            }
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let real: Vec<String> = ranked.into_iter().map(|(w, _)| w.to_string()).collect();
        let rank = real
            .iter()
            .enumerate()
            .map(|(i, w)| (w.clone(), i))
            .collect();
        Vocabulary { real, rank }
    }

    /// `text` with its swappable words found.
    pub(crate) fn text(&self, text: String) -> Text {
        let slots = lower_words(&text)
            .filter(|r| {
                let w = &text[r.clone()];
                w.len() >= 3
                    && !KEEP.contains(&w)
                    && self.rank.get(w).is_some_and(|&i| i >= FUNCTION_WORDS)
            })
            .collect();
        Text { text, slots }
    }

    /// How many real content words open the swappable ranks.
    fn real_content(&self) -> usize {
        self.real.len().saturating_sub(FUNCTION_WORDS)
    }

    /// Appends the word of swappable rank `r`.
    fn push(&self, out: &mut String, r: usize) {
        match self.real.get(FUNCTION_WORDS + r) {
            Some(w) => out.push_str(w),
            None => pseudo::push_word(out, Family::Word, r - self.real_content()),
        }
    }
}

/// Swaps the words of one article: which ranks are open to it, which new
/// ones it must introduce and at which of its slots.
pub(crate) struct Swapper<'v> {
    vocabulary: &'v Vocabulary,
    /// Ranks `0..open` may be drawn.
    open: usize,
    /// The article's new ranks are `first_new..open`.
    first_new: usize,
    written: usize,
    /// How many slots the article's prose has in all, and how many passed.
    total_slots: usize,
    seen: usize,
}

impl<'v> Swapper<'v> {
    /// For article `n`, whose prose holds `total_slots` swappable words.
    pub(crate) fn new(vocabulary: &'v Vocabulary, n: usize, total_slots: usize) -> Self {
        let base = vocabulary.real_content();
        Swapper {
            vocabulary,
            open: base + zipf::new_words(n + 1),
            first_new: base + zipf::new_words(n),
            written: 0,
            total_slots,
            seen: 0,
        }
    }

    /// Appends prose `t` with some of its words swapped, and the article's
    /// new words spread evenly over its slots: after slot `k` of `S`,
    /// `⌊(k+1)·W/S⌋` of its `W` new words are out, so the last slot
    /// completes them (several to a slot, space-separated, when an article
    /// has fewer slots than new words). The writer passes exactly the
    /// texts it counted the slots of.
    pub(crate) fn push(&mut self, out: &mut String, t: &Text, rng: &mut Rng) {
        let new = self.open - self.first_new;
        let mut at = 0;
        for slot in &t.slots {
            out.push_str(&t.text[at..slot.start]);
            at = slot.end;
            self.seen += 1;
            let due = (self.seen * new / self.total_slots.max(1)).min(new);
            if self.written < due {
                for i in self.written..due {
                    if i > self.written {
                        out.push(' ');
                    }
                    self.vocabulary.push(out, self.first_new + i);
                }
                self.written = due;
            } else if rng.chance(SWAP_PERCENT) {
                self.vocabulary.push(out, zipf::rank(rng, self.open));
            } else {
                out.push_str(&t.text[slot.clone()]);
            }
        }
        out.push_str(&t.text[at..]);
    }

    /// Appends `t` with words swapped but no new ones: for the sentences
    /// quoted, which are not counted in the article's slots.
    pub(crate) fn push_quoted(&self, out: &mut String, t: &Text, rng: &mut Rng) {
        let mut at = 0;
        for slot in &t.slots {
            out.push_str(&t.text[at..slot.start]);
            at = slot.end;
            if rng.chance(SWAP_PERCENT) {
                self.vocabulary.push(out, zipf::rank(rng, self.open));
            } else {
                out.push_str(&t.text[slot.clone()]);
            }
        }
        out.push_str(&t.text[at..]);
    }
}
