//! newsreader-corpus: a deterministic generator of realistic article
//! corpora, for benchmarks and scale tests (`examples/gen_corpus.rs`). A
//! dev-only crate: a dev-dependency of the `newsreader` package, never
//! part of the reader or its library. It depends on `newsreader-core`
//! alone (it parses the bundled articles it recombines) and reads the dev
//! corpus under the workspace's `tests/corpus/dev/` at compile time.
//!
//! Articles are made by recombining paragraphs of the bundled and dev
//! articles with generated heads (headline, byline, dateline, lead photo
//! caption), section headings, attributed quotes and context sentences, and
//! with people, places and organisations drawn from large pools
//! ([`pools`]), so that every loader stage sees its kind of input at scale
//! and the entities vary across the corpus. A share of the paragraphs'
//! content words is redrawn from a vocabulary that grows with the corpus
//! ([`prose`]): word frequencies fall off as rank⁻¹ (Zipf) and distinct
//! words grow as articles^0.55 (Heaps, [`zipf`]), about 490,000 of them at
//! 100,000 articles, so that search, index size and memory figures measured
//! on a generated library mean something. Article `n` depends only on the
//! seed and `n`, so a smaller corpus is a prefix of a larger one with the
//! same seed.
#![allow(rustdoc::private_intra_doc_links)]

mod count;
mod pools;
mod prose;
mod pseudo;
pub mod sources;
mod words;
mod writer;
mod zipf;

pub use count::WordCount;

#[cfg(test)]
mod tests;

use std::io;
use std::path::Path;

/// Most files written into one folder, so that listing a folder stays cheap.
pub const FILES_PER_DIR: usize = 1000;

/// What [`write_corpus`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub articles: usize,
    pub bytes: u64,
}

/// splitmix64: tiny, fast and good enough to vary text; no dependency.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// [`Rng::pick`] for the non-empty word lists; "" never shows in practice.
    pub(crate) fn word(&mut self, items: &[&'static str]) -> &'static str {
        self.pick(items).copied().unwrap_or("")
    }
}

/// A source paragraph, with its swappable words and the indices of the
/// [`words::SOURCE_PLACES`] it names, found once so that per-article place
/// swapping only touches the paragraphs that need it.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    pub(crate) text: prose::Text,
    pub(crate) places: Vec<usize>,
}

/// Makes articles from source texts and a seed.
#[derive(Debug, Clone)]
pub struct Generator {
    seed: u64,
    pub(crate) paragraphs: Vec<Paragraph>,
    /// Plain sentences (no quote marks) to put inside quote marks.
    pub(crate) sayings: Vec<prose::Text>,
    pub(crate) vocabulary: prose::Vocabulary,
    pub(crate) pools: pools::Pools,
}

impl Generator {
    /// A generator over the bundled articles and the dev corpus.
    pub fn bundled(seed: u64) -> Self {
        let texts = newsreader_core::loader::samples::SAMPLES
            .iter()
            .chain(sources::DEV)
            .map(|(_, text)| *text);
        Self::new(texts, seed)
    }

    /// A generator over `texts`: whole articles, paragraphs separated by a
    /// blank line, the first paragraph taken as the headline and skipped.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>, seed: u64) -> Self {
        let texts: Vec<&str> = texts.into_iter().collect();
        let vocabulary = prose::Vocabulary::new(texts.iter().copied());
        let mut paragraphs = Vec::new();
        let mut sayings = Vec::new();
        for text in texts {
            let text = text.replace("\r\n", "\n");
            for p in text.split("\n\n").skip(1) {
                let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
                if !is_body_paragraph(&p) {
                    continue;
                }
                if let Some(s) = saying(&p) {
                    sayings.push(vocabulary.text(s.to_string()));
                }
                let places = words::SOURCE_PLACES
                    .iter()
                    .enumerate()
                    .filter(|(_, place)| p.contains(*place))
                    .map(|(i, _)| i)
                    .collect();
                let text = vocabulary.text(p);
                paragraphs.push(Paragraph { text, places });
            }
        }
        if sayings.is_empty() {
            sayings.push(vocabulary.text("We will see what happens next".to_string()));
        }
        Generator {
            seed,
            paragraphs,
            sayings,
            vocabulary,
            pools: pools::Pools::new(),
        }
    }

    /// The text of article `n`: the same for the same seed, sources and `n`.
    pub fn article(&self, n: usize) -> String {
        let mut rng = Rng(self.seed ^ (n as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
        // Warm up so that neighbouring `n` do not start alike.
        rng.next();
        writer::Writer::new(self, n, rng).article()
    }
}

/// Whether a source paragraph is body prose worth reusing: long enough (a
/// heading needs a longer paragraph under it, and articles should average
/// about 7 KB),
/// ending a sentence, and not a caption or credit (those the generator
/// writes itself, so it controls how many there are).
fn is_body_paragraph(p: &str) -> bool {
    let lower = p.to_ascii_lowercase();
    p.len() >= 150
        && p.len() <= 1500
        && p.ends_with(['.', '"', '”', '?', '!'])
        && !lower.contains("photo")
        && !lower.contains("credit")
        && !p.contains('©')
}

/// The first sentence of `p`, without its full stop, when it is plain
/// enough to quote: no quote marks, a reasonable length.
fn saying(p: &str) -> Option<&str> {
    let end = p.find(". ")?;
    let s = p.get(..end)?;
    let plain = !s.contains(['"', '“', '”', '‘', '’', '(', ':']);
    (plain && (40..=220).contains(&s.len()) && s.starts_with(char::is_uppercase)).then_some(s)
}

/// `text` with every whole-word `from` replaced by `to`.
pub(crate) fn replace_word(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before_ok = rest
            .get(..at)
            .and_then(|b| b.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        let after = rest.get(at + from.len()..).unwrap_or("");
        let after_ok = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        out.push_str(rest.get(..at).unwrap_or(""));
        out.push_str(if before_ok && after_ok { to } else { from });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The file name of article `n` (`000042_markets-in-lima-rally.txt`): its
/// number, then a slug of its first line.
pub fn file_name(n: usize, text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    let mut slug = String::new();
    for word in first.split_whitespace().take(6) {
        let w: String = word
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if w.is_empty() {
            continue;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&w);
    }
    if slug.is_empty() {
        slug.push_str("article");
    }
    format!("{n:06}_{slug}.txt")
}

/// Writes `count` articles made with `seed` into `dir`, at most
/// [`FILES_PER_DIR`] per subfolder (`0000/`, `0001/`, …).
pub fn write_corpus(dir: &Path, count: usize, seed: u64) -> io::Result<Stats> {
    write_corpus_with(dir, count, seed, |_, _| {})
}

/// [`write_corpus`], handing each article's number and text to `seen` after
/// it is written (to count its words, say).
pub fn write_corpus_with(
    dir: &Path,
    count: usize,
    seed: u64,
    mut seen: impl FnMut(usize, &str),
) -> io::Result<Stats> {
    let generator = Generator::bundled(seed);
    let mut stats = Stats {
        articles: 0,
        bytes: 0,
    };
    for n in 0..count {
        let sub = dir.join(format!("{:04}", n / FILES_PER_DIR));
        if n % FILES_PER_DIR == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let text = generator.article(n);
        std::fs::write(sub.join(file_name(n, &text)), &text)?;
        seen(n, &text);
        stats.articles += 1;
        stats.bytes += text.len() as u64;
    }
    Ok(stats)
}
