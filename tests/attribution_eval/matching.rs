//! Matching the loader's quotes to the gold ones, and judging the speaker.

use super::*;

/// Curly and straight quote marks compare equal; whitespace runs are one space.
pub(crate) fn normalise(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '`' => '\'',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Quote text as compared: normalised, with any stray quote marks at the ends
/// taken off (the contract leaves them out, but a prefix must not miss on it).
pub(crate) fn comparable_quote_text(text: &str) -> String {
    normalise(text)
        .trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace())
        .to_string()
}

/// `text` starts with `prefix` and the prefix does not end inside a word.
pub(crate) fn starts_with_at_word_boundary(text: &str, prefix: &str) -> bool {
    text.strip_prefix(prefix).is_some_and(|rest| {
        let prefix_ends_in_word = prefix.chars().last().is_some_and(char::is_alphanumeric);
        let rest_starts_word = rest.chars().next().is_some_and(char::is_alphanumeric);
        !(prefix_ends_in_word && rest_starts_word)
    })
}

/// `short` is `long`, or a whole-word prefix or suffix of it.
pub(crate) fn is_whole_word_part(long: &str, short: &str) -> bool {
    if short.is_empty() || short.len() > long.len() {
        return false;
    }
    if long == short {
        return true;
    }
    let suffix = long
        .strip_suffix(short)
        .is_some_and(|head| head.ends_with(' '));
    let prefix = long
        .strip_prefix(short)
        .is_some_and(|tail| tail.starts_with(' '));
    suffix || prefix
}

/// The loader's speaker names the gold speaker: the same name, or one a
/// whole-word part of the other (a surname, a title-less form), ignoring case.
pub(crate) fn speaker_matches(gold: &str, got: &str) -> bool {
    let gold = normalise(gold).to_lowercase();
    let got = normalise(got).to_lowercase();
    is_whole_word_part(&gold, &got) || is_whole_word_part(&got, &gold)
}

/// What the loader made of one gold quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    /// No loader quote starts with the gold prefix.
    NotFound,
    /// The matched loader quote and its speaker.
    Speaker(Option<String>),
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::NotFound => write!(f, "quote not found"),
            Found::Speaker(None) => write!(f, "no speaker"),
            Found::Speaker(Some(s)) => write!(f, "{s}"),
        }
    }
}

/// Pair each gold quote, in reading order, with the first unmatched loader
/// quote that starts with its prefix (preferring one after the last match).
pub(crate) fn match_quotes(gold: &[GoldQuote], article: &Article) -> Vec<Found> {
    let texts: Vec<String> = article
        .quotes
        .iter()
        .map(|q| comparable_quote_text(&q.text))
        .collect();
    let mut used = vec![false; texts.len()];
    let mut cursor = 0;
    gold.iter()
        .map(|g| {
            let prefix = comparable_quote_text(&g.prefix);
            let fits = |i: &usize| !used[*i] && starts_with_at_word_boundary(&texts[*i], &prefix);
            let hit = (cursor..texts.len())
                .find(fits)
                .or_else(|| (0..texts.len()).find(fits));
            match hit {
                Some(i) => {
                    used[i] = true;
                    cursor = i + 1;
                    Found::Speaker(article.quotes[i].speaker.clone())
                }
                None => Found::NotFound,
            }
        })
        .collect()
}

pub(crate) fn is_correct(gold: &GoldQuote, found: &Found) -> bool {
    match (gold.kind, found) {
        (_, Found::NotFound) => false,
        (Kind::Nobody, Found::Speaker(got)) => got.is_none(),
        (_, Found::Speaker(None)) => false,
        (_, Found::Speaker(Some(got))) => gold
            .speaker
            .as_deref()
            .is_some_and(|want| speaker_matches(want, got)),
    }
}
