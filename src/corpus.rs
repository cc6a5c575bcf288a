//! A deterministic generator of realistic article corpora, for benchmarks
//! and scale tests (`examples/gen_corpus.rs`); the reader itself never uses
//! it.
//!
//! Articles are made by recombining paragraphs of the bundled and dev
//! articles with generated heads (headline, byline, dateline, lead photo
//! caption), section headings, attributed quotes and context sentences, and
//! with names, places and organisations drawn from [`words`], so that every
//! loader stage sees its kind of input at scale and the entities vary
//! across the corpus. Article `n` depends only on the seed and `n`, so a
//! smaller corpus is a prefix of a larger one with the same seed.

pub mod sources;
mod words;

#[cfg(test)]
mod tests;

use std::fmt::Write as _;
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
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// [`Rng::pick`] for the non-empty word lists; "" never shows in practice.
    fn word(&mut self, items: &[&'static str]) -> &'static str {
        self.pick(items).copied().unwrap_or("")
    }
}

/// A source paragraph, with the indices of the [`words::SOURCE_PLACES`] it
/// names, found once so that per-article place swapping only touches the
/// paragraphs that need it.
#[derive(Debug, Clone)]
struct Paragraph {
    text: String,
    places: Vec<usize>,
}

/// A person in one article's cast.
#[derive(Debug, Clone)]
struct Person {
    first: &'static str,
    last: &'static str,
    role: &'static str,
    org: String,
    /// Whether they were already introduced with their full name and role.
    introduced: bool,
}

/// Makes articles from source texts and a seed.
#[derive(Debug, Clone)]
pub struct Generator {
    seed: u64,
    paragraphs: Vec<Paragraph>,
    /// Plain sentences (no quote marks) to put inside quote marks.
    sayings: Vec<String>,
}

impl Generator {
    /// A generator over the bundled articles and the dev corpus.
    pub fn bundled(seed: u64) -> Self {
        let texts = crate::loader::samples::SAMPLES
            .iter()
            .chain(sources::DEV)
            .map(|(_, text)| *text);
        Self::new(texts, seed)
    }

    /// A generator over `texts`: whole articles, paragraphs separated by a
    /// blank line, the first paragraph taken as the headline and skipped.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>, seed: u64) -> Self {
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
                    sayings.push(s.to_string());
                }
                let places = words::SOURCE_PLACES
                    .iter()
                    .enumerate()
                    .filter(|(_, place)| p.contains(*place))
                    .map(|(i, _)| i)
                    .collect();
                paragraphs.push(Paragraph { text: p, places });
            }
        }
        if sayings.is_empty() {
            sayings.push("We will see what happens next".to_string());
        }
        Generator {
            seed,
            paragraphs,
            sayings,
        }
    }

    /// The text of article `n`: the same for the same seed, sources and `n`.
    pub fn article(&self, n: usize) -> String {
        let mut rng = Rng(self.seed ^ (n as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
        // Warm up so that neighbouring `n` do not start alike.
        rng.next();
        Writer::new(self, rng).article()
    }
}

/// Whether a source paragraph is body prose worth reusing: long enough,
/// ending a sentence, and not a caption or credit (those the generator
/// writes itself, so it controls how many there are).
fn is_body_paragraph(p: &str) -> bool {
    let lower = p.to_ascii_lowercase();
    p.len() >= 80
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

/// Builds one article.
struct Writer<'g> {
    g: &'g Generator,
    rng: Rng,
    out: String,
    cast: Vec<Person>,
    /// This article's places: the first few replace [`words::SOURCE_PLACES`].
    places: Vec<&'static str>,
    orgs: Vec<String>,
    /// Straight or curly quote marks, one style per article like real outlets.
    curly: bool,
}

impl<'g> Writer<'g> {
    fn new(g: &'g Generator, mut rng: Rng) -> Self {
        let places = (0..4).map(|_| rng.word(words::PLACES)).collect();
        let orgs: Vec<String> = (0..3).map(|_| words::org(rng.below(words::ORGS))).collect();
        let cast = (0..1 + rng.below(3))
            .map(|_| Person {
                first: rng.word(words::FIRST),
                last: rng.word(words::LAST),
                role: rng.word(words::ROLES),
                org: orgs[rng.below(orgs.len())].clone(),
                introduced: false,
            })
            .collect();
        let curly = rng.chance(60);
        Writer {
            g,
            rng,
            out: String::with_capacity(8192),
            cast,
            places,
            orgs,
            curly,
        }
    }

    fn article(mut self) -> String {
        let headline = !self.rng.chance(8);
        if headline {
            let h = self.fill_from(words::HEADLINES);
            self.para(&h);
        }
        if self.rng.chance(60) {
            let byline = if self.rng.chance(20) {
                format!("By {} and {}", self.name(), self.name())
            } else {
                format!("By {}", self.name())
            };
            self.para(&byline);
        }
        if self.rng.chance(45) {
            let d = self.date_line();
            self.para(&d);
        }
        // A lead caption sits in the head, under the headline.
        if headline && self.rng.chance(40) {
            let c = self.caption();
            self.para(&c);
        }
        let units = 4 + self.rng.below(27);
        let wire = self.rng.chance(20);
        for i in 0..units {
            // Headings stand between paragraphs, never first or last.
            if i >= 2 && i + 1 < units && self.rng.chance(12) {
                let h = self.fill_from(words::HEADINGS);
                self.para(&h);
                self.source_paragraph(false);
                continue;
            }
            match self.rng.below(100) {
                0..=67 => self.source_paragraph(wire && i == 0),
                68..=89 => self.quote_paragraph(),
                90..=96 => {
                    let c = self.fill_from(words::CONTEXT);
                    self.para(&c);
                }
                _ => {
                    let c = self.caption();
                    self.para(&c);
                }
            }
        }
        self.out
    }

    /// Appends a paragraph and the blank line after it.
    fn para(&mut self, p: &str) {
        self.out.push_str(p);
        self.out.push_str("\n\n");
    }

    fn name(&mut self) -> String {
        format!(
            "{} {}",
            self.rng.word(words::FIRST),
            self.rng.word(words::LAST)
        )
    }

    /// One of `templates`, filled.
    fn fill_from(&mut self, templates: &[&'static str]) -> String {
        let template = self.rng.word(templates);
        self.fill(template)
    }

    /// `template` with its slots filled from this article's cast and lists.
    fn fill(&mut self, template: &str) -> String {
        let mut out = template.to_string();
        if out.contains("{N}") {
            let who = self.rng.below(self.cast.len());
            let name = self
                .cast
                .get(who)
                .map(|p| format!("{} {}", p.first, p.last))
                .unwrap_or_default();
            out = out.replace("{N}", &name);
        }
        if out.contains("{L}") {
            let last = self.cast.first().map(|p| p.last).unwrap_or("Novak");
            out = out.replace("{L}", last);
        }
        let p = self.places[self.rng.below(self.places.len())];
        let q = self.places.iter().find(|&&q| q != p).copied().unwrap_or(p);
        let org = self.orgs[self.rng.below(self.orgs.len())].clone();
        out.replace("{P}", p).replace("{Q}", q).replace("{O}", &org)
    }

    /// `Friday, May 7, 2010`, `7 May 2010` or `2010-05-07`.
    fn date_line(&mut self) -> String {
        let year = 2005 + self.rng.below(20);
        let month = self.rng.below(12);
        let day = 1 + self.rng.below(28);
        match self.rng.below(3) {
            0 => format!(
                "{}, {} {day}, {year}",
                self.rng.word(words::WEEKDAYS),
                words::MONTHS[month]
            ),
            1 => format!("{day} {} {year}", words::MONTHS[month]),
            _ => format!("{year}-{:02}-{day:02}", month + 1),
        }
    }

    /// A photo caption with its credit, in one of the styles the loader
    /// knows: `Photo: Name / AFP`, `(AP Photo/Name)`, `© Name`, `Photo by Name`.
    fn caption(&mut self) -> String {
        let what = self.fill_from(words::PHOTOS);
        let date = format!(
            "{} {}, {}",
            words::MONTHS[self.rng.below(12)],
            1 + self.rng.below(28),
            2005 + self.rng.below(20)
        );
        let who = self.name();
        match self.rng.below(4) {
            0 => format!(
                "{what} on {date}. Photo: {who} / {}",
                self.rng.word(words::AGENCIES)
            ),
            1 => format!("{what} on {date}. (AP Photo/{who})"),
            2 => format!("{what}. © {who}"),
            _ => format!("{what}. Photo by {who}"),
        }
    }

    /// A source paragraph with this article's places swapped in; `wire`
    /// puts a wire dateline (`LIMA (Reuters) — `) in front.
    fn source_paragraph(&mut self, wire: bool) {
        let g = self.g;
        let Some(p) = self.rng.pick(&g.paragraphs) else {
            return;
        };
        if wire && p.text.starts_with(char::is_uppercase) {
            let place = self.places[0].to_uppercase();
            let agency = self.rng.word(&["Reuters", "AP", "AFP"]);
            let _ = write!(self.out, "{place} ({agency}) — ");
        }
        if p.places.is_empty() {
            self.para(&p.text);
            return;
        }
        let mut text = p.text.clone();
        for &i in &p.places {
            let to = self.places[i % self.places.len()];
            text = replace_word(&text, words::SOURCE_PLACES[i], to);
        }
        self.para(&text);
    }

    /// A quote with its attribution: the full name and role the first time
    /// a speaker is quoted, the last name after that.
    fn quote_paragraph(&mut self) {
        let who = self.rng.below(self.cast.len());
        let said = self.rng.pick(&self.g.sayings).cloned().unwrap_or_default();
        let (open, close) = if self.curly {
            ("“", "”")
        } else {
            ("\"", "\"")
        };
        let Some(p) = self.cast.get_mut(who) else {
            return;
        };
        let text = if !p.introduced {
            p.introduced = true;
            format!(
                "{open}{said},{close} said {} {}, {} at the {}.",
                p.first, p.last, p.role, p.org
            )
        } else {
            let last = p.last;
            match self.rng.below(3) {
                0 => format!("{open}{said},{close} {last} said."),
                1 => format!("{last} said: {open}{said}.{close}"),
                _ => format!("{open}{said},{close} {last} added. {open}That is the point.{close}"),
            }
        };
        self.para(&text);
    }
}

/// `text` with every whole-word `from` replaced by `to`.
fn replace_word(text: &str, from: &str, to: &str) -> String {
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
        stats.articles += 1;
        stats.bytes += text.len() as u64;
    }
    Ok(stats)
}
