//! The entity finder's word lists and gazetteer, parsed once from the data
//! files under `assets/` (embedded at build time) into hash sets and maps.
//!
//! Keeping the words as data in one place lets them grow without touching
//! the rules; every lookup is a hash probe on a borrowed `&str`.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const WORDS: &str = include_str!("../../../assets/lexicon/words.txt");
const PLACES: &str = include_str!("../../../assets/gazetteer/places.txt");
const DEMONYMS: &str = include_str!("../../../assets/gazetteer/demonyms.txt");

/// The longest place or demonym, in words, so phrase lookups stay bounded.
pub const MAX_PHRASE_WORDS: usize = 5;

/// All word lists, keyed as the data file's `[section]`s.
pub struct Lexicon {
    /// Never names, compared lowercased.
    pub stop: HashSet<&'static str>,
    /// Never names, compared as written (`TV`, `I`).
    pub stop_exact: HashSet<&'static str>,
    /// Stop words that may continue a name after a given name (`Theresa May`).
    pub soft_stop: HashSet<&'static str>,
    pub title: HashSet<&'static str>,
    pub title_modifier: HashSet<&'static str>,
    pub role: HashSet<&'static str>,
    pub speech: HashSet<&'static str>,
    pub first_name: HashSet<&'static str>,
    pub particle: HashSet<&'static str>,
    pub connector: HashSet<&'static str>,
    pub suffix: HashSet<&'static str>,
    pub org_cue: HashSet<&'static str>,
    pub place_cue: HashSet<&'static str>,
    pub other_cue: HashSet<&'static str>,
    pub org_name: HashSet<&'static str>,
    pub other_name: HashSet<&'static str>,
    /// Lowercased place phrase (`north korea`, `u.s.`) → canonical name.
    pub places: HashMap<String, &'static str>,
    /// Lowercased demonym phrase (`north korean`) → canonical place.
    pub demonyms: HashMap<String, &'static str>,
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

fn build() -> Lexicon {
    let mut sections: HashMap<&'static str, HashSet<&'static str>> = HashMap::new();
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
    Lexicon {
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
        places: phrase_map(PLACES),
        demonyms: phrase_map(DEMONYMS),
    }
}

/// `Canonical|variant|…` lines → every form (canonical included) lowercased.
fn phrase_map(data: &'static str) -> HashMap<String, &'static str> {
    let mut map = HashMap::new();
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

/// Append `word` lowercased, with `’` as `'`.
pub fn push_lower(out: &mut String, word: &str) {
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
    }

    #[test]
    fn phrases_fit_the_lookup_window() {
        let lex = &*LEXICON;
        for key in lex.places.keys().chain(lex.demonyms.keys()) {
            assert!(key.split(' ').count() <= MAX_PHRASE_WORDS, "{key}");
        }
    }
}
