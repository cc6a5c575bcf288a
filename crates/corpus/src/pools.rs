//! The people, places and organisations articles name, drawn with
//! rank⁻¹ frequencies like the words (a few names in every other article,
//! most in one or two), from pools large enough that the entities vary
//! across a 100,000-article library as they do in a real one.
//!
//! Given names come from the entity finder's own lexicon and places from
//! its gazetteer (both read from `crates/core/assets` at compile time), so
//! what the generator writes as a person or a place is found as one.
//! Surnames and company names are invented ([`super::pseudo`]) after the
//! real ones of [`words`] for the most common ranks.

use super::pseudo::{self, Family};
use super::{words, zipf, Rng};
use newsreader_core::loader::entities::{given_name, known_place, names_nobody};

const LEXICON: &str = include_str!("../../core/assets/lexicon/words.txt");
const GAZETTEER: &str = include_str!("../../core/assets/gazetteer/places.txt");

/// Surnames to draw from: at rank⁻¹ over 50,000, a 100,000-article library
/// names tens of thousands of different people, most of them once.
const SURNAMES: usize = 50_000;

/// Company name heads (each with one of [`words::ORG_TAILS`]).
const COMPANIES: usize = 20_000;

/// The given names and places, read once per generator.
#[derive(Debug, Clone)]
pub(crate) struct Pools {
    first: Vec<String>,
    places: Vec<String>,
}

impl Pools {
    pub(crate) fn new() -> Self {
        let mut first: Vec<String> = sections(LEXICON, "[first_name]")
            .map(capitalize)
            .filter(|w| given_name(w) && !names_nobody(w) && w.is_ascii())
            .collect();
        first.sort();
        first.dedup();
        // The lexicon lists names alphabetically; shuffled with a fixed
        // seed, so the most common name is not "Aaron".
        let mut rng = Rng(0x5EED);
        for i in (1..first.len()).rev() {
            first.swap(i, rng.below(i + 1));
        }
        // The gazetteer lists countries and the largest places first,
        // which is the order they are in the news.
        let places = GAZETTEER
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split('|').next())
            .map(str::trim)
            .filter(|p| known_place(p) && !p.contains(['.', '\'']))
            .map(str::to_string)
            .collect();
        Pools { first, places }
    }

    pub(crate) fn first(&self, rng: &mut Rng) -> &str {
        let i = zipf::rank(rng, self.first.len());
        self.first.get(i).map_or("Ana", String::as_str)
    }

    pub(crate) fn place(&self, rng: &mut Rng) -> &str {
        let i = zipf::rank(rng, self.places.len());
        self.places.get(i).map_or("Lima", String::as_str)
    }

    pub(crate) fn surname(rng: &mut Rng) -> String {
        let i = zipf::rank(rng, SURNAMES);
        match words::LAST.get(i) {
            Some(real) => (*real).to_string(),
            None => pseudo::name(Family::Surname, i),
        }
    }

    /// A company or institution: a head word and an organisation cue word
    /// (`Meridian Bank`, `Brailou Foundation`).
    pub(crate) fn org(rng: &mut Rng) -> String {
        let i = zipf::rank(rng, COMPANIES);
        let tail = rng.word(words::ORG_TAILS);
        match words::ORG_HEADS.get(i) {
            Some(real) => format!("{real} {tail}"),
            None => format!("{} {tail}", pseudo::name(Family::Company, i)),
        }
    }

    pub(crate) fn full_name(&self, rng: &mut Rng) -> String {
        let first = self.first(rng).to_string();
        format!("{first} {}", Self::surname(rng))
    }
}

/// The words of every `[name]` section of a lexicon file.
fn sections<'a>(data: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut inside = false;
    data.lines().flat_map(move |line| {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.starts_with('[') {
            inside = line == name;
            return "".split_whitespace();
        }
        if inside { line } else { "" }.split_whitespace()
    })
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pools_are_large_and_known_to_the_loader() {
        let pools = Pools::new();
        assert!(pools.first.len() > 800, "{} given names", pools.first.len());
        assert!(pools.places.len() > 500, "{} places", pools.places.len());
        assert!(pools.first.iter().all(|f| given_name(f)));
        assert!(pools.places.iter().all(|p| known_place(p)));
        let mut rng = Rng(3);
        let names: std::collections::HashSet<String> =
            (0..2000).map(|_| pools.full_name(&mut rng)).collect();
        // Skewed but varied: many different people, some named often.
        assert!(names.len() > 1000 && names.len() < 2000, "{}", names.len());
    }
}
