//! Writing one article: the head, then source paragraphs with some of
//! their words redrawn ([`super::prose`]) and this article's places swapped
//! in, and quotes, context sentences, captions and headings woven in
//! between.

use super::pools::Pools;
use super::prose::Swapper;
use super::{replace_word, words, Generator, Rng};
use std::fmt::Write as _;

/// A person in one article's cast.
#[derive(Debug, Clone)]
struct Person {
    first: String,
    last: String,
    role: &'static str,
    org: String,
    /// Whether they were already introduced with their full name and role.
    introduced: bool,
}

/// Builds one article.
pub(super) struct Writer<'g> {
    g: &'g Generator,
    rng: Rng,
    out: String,
    cast: Vec<Person>,
    /// This article's places: the first few replace [`words::SOURCE_PLACES`].
    places: Vec<&'g str>,
    orgs: Vec<String>,
    /// Straight or curly quote marks, one style per article like real outlets.
    curly: bool,
    /// The source paragraphs of the body, picked up front so that their
    /// swappable words can be counted before any is written.
    picks: Vec<usize>,
    swapper: Swapper<'g>,
}

impl<'g> Writer<'g> {
    pub(super) fn new(g: &'g Generator, n: usize, mut rng: Rng) -> Self {
        let places = (0..4).map(|_| g.pools.place(&mut rng)).collect();
        let orgs: Vec<String> = (0..3).map(|_| Pools::org(&mut rng)).collect();
        let cast = (0..1 + rng.below(3))
            .map(|_| Person {
                first: g.pools.first(&mut rng).to_string(),
                last: Pools::surname(&mut rng),
                role: rng.word(words::ROLES),
                org: orgs[rng.below(orgs.len())].clone(),
                introduced: false,
            })
            .collect();
        let curly = rng.chance(60);
        // 4–30 source paragraphs; about 7 KB of article in all on average.
        let units = 4 + rng.below(27);
        let picks: Vec<usize> = (0..units).map(|_| rng.below(g.paragraphs.len())).collect();
        let slots = picks
            .iter()
            .filter_map(|&i| g.paragraphs.get(i))
            .map(|p| p.text.slots.len())
            .sum();
        Writer {
            g,
            rng,
            out: String::with_capacity(8192),
            cast,
            places,
            orgs,
            curly,
            picks,
            swapper: Swapper::new(&g.vocabulary, n, slots),
        }
    }

    pub(super) fn article(mut self) -> String {
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
        // The source paragraphs, with quotes, context sentences, captions
        // and headings woven in between.
        let units = self.picks.len();
        let wire = self.rng.chance(20);
        for i in 0..units {
            // Headings stand between paragraphs, never first or last.
            if i >= 2 && i + 1 < units && self.rng.chance(12) {
                let h = self.fill_from(words::HEADINGS);
                self.para(&h);
            }
            self.source_paragraph(self.picks[i], wire && i == 0);
            if self.rng.chance(35) {
                self.quote_paragraph();
            }
            if self.rng.chance(8) {
                let c = self.fill_from(words::CONTEXT);
                self.para(&c);
            }
            if i + 1 < units && self.rng.chance(3) {
                let c = self.caption();
                self.para(&c);
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
        self.g.pools.full_name(&mut self.rng)
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
            let last = self.cast.first().map_or("Novak", |p| p.last.as_str());
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

    /// Source paragraph `i` with some words redrawn and this article's
    /// places swapped in; `wire` puts a wire dateline (`LIMA (Reuters) — `)
    /// in front.
    fn source_paragraph(&mut self, i: usize, wire: bool) {
        let g = self.g;
        let Some(p) = g.paragraphs.get(i) else {
            return;
        };
        if wire && p.text.text.starts_with(char::is_uppercase) {
            let place = self.places[0].to_uppercase();
            let agency = self.rng.word(&["Reuters", "AP", "AFP"]);
            let _ = write!(self.out, "{place} ({agency}) — ");
        }
        if p.places.is_empty() {
            self.swapper.push(&mut self.out, &p.text, &mut self.rng);
            self.out.push_str("\n\n");
            return;
        }
        let mut text = String::with_capacity(p.text.text.len() + 64);
        self.swapper.push(&mut text, &p.text, &mut self.rng);
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
        let mut said = String::new();
        if let Some(s) = self.rng.pick(&self.g.sayings) {
            self.swapper.push_quoted(&mut said, s, &mut self.rng);
        }
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
            let last = &p.last;
            match self.rng.below(3) {
                0 => format!("{open}{said},{close} {last} said."),
                1 => format!("{last} said: {open}{said}.{close}"),
                _ => format!("{open}{said},{close} {last} added. {open}That is the point.{close}"),
            }
        };
        self.para(&text);
    }
}
