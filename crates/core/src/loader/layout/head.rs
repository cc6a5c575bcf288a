//! The article's head: recognising a headline and a byline, and deriving a
//! title from the body when the text has no headline. Dates are in
//! [`dates`](super::dates).

use crate::loader::tokenizer::{sentence_end, words};

/// Longest headline, in chars and words.
const MAX_HEADLINE_CHARS: usize = 130;
const MAX_HEADLINE_WORDS: usize = 16;
/// Derived titles are cut at a word boundary near this many chars.
const DERIVED_TITLE_CHARS: usize = 80;

/// Whether `p` reads as a headline, given the paragraph after it.
///
/// Structural evidence decides: a headline is one short line without
/// sentence-final punctuation, with more text after it. A `?` or `!` ending
/// (`Is this the end?`) is allowed when the next paragraph is much longer.
pub fn is_headline(p: &str, next: Option<&str>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let words = p.split_whitespace().count();
    if p.is_empty() || words > MAX_HEADLINE_WORDS || p.chars().count() > MAX_HEADLINE_CHARS {
        return false;
    }
    if p.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let much_longer_next = next.len() >= 2 * p.len();
    match last_significant(p) {
        // `Kenya: Blogger to Global Voices: "The East is coming."` ends a
        // quoted sentence, not its own.
        Some('.') => much_longer_next && p.ends_with(['"', '”']) && p.contains(':'),
        Some(':' | ';' | ',') | None => false,
        Some('?' | '!') => much_longer_next,
        Some(_) => true,
    }
}

/// The last char that is not a closing quote or bracket.
fn last_significant(p: &str) -> Option<char> {
    p.chars()
        .rev()
        .find(|c| !matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»'))
}

/// A title made from the first sentence of `p`, shortened to about
/// [`DERIVED_TITLE_CHARS`] chars at a word boundary with `…`.
pub fn derive_title(p: &str) -> String {
    let sentence = first_sentence(p).trim();
    // A final period goes; an ellipsis stays.
    let sentence = match sentence.strip_suffix('.') {
        Some(s) if !s.trim().is_empty() && !s.ends_with('.') => s,
        _ => sentence,
    };
    if sentence.chars().count() <= DERIVED_TITLE_CHARS {
        return sentence.to_string();
    }
    let cut = sentence
        .char_indices()
        .nth(DERIVED_TITLE_CHARS)
        .map_or(sentence.len(), |(i, _)| i);
    let head = sentence.get(..cut).unwrap_or(sentence);
    // Back up to the last space so no word is cut in half (unless the
    // "sentence" is one enormous word).
    let head = match head.rfind(' ') {
        Some(space) if space > 0 => head.get(..space).unwrap_or(head),
        _ => head,
    };
    let head = head.trim_end_matches([',', ';', ':', ' ', '—', '–', '-']);
    format!("{head}…")
}

/// The first sentence of `p` (all of it when no sentence end is found):
/// up to the first gap between words where the loader's one sentence
/// splitter ([`sentence_end`]) ends a sentence and the next opens like
/// one, after a space, on a capital, a digit or an opening quote; an
/// ellipsis does not end it.
pub fn first_sentence(p: &str) -> &str {
    let mut read = None;
    for (start, end) in words(p, 0, p.len()) {
        if let Some(prev) = read {
            let gap = p.get(prev..start).unwrap_or("");
            // A title runs on past an ellipsis, a pause in a headline
            // (`Clinton… There’s Nowhere to Hide`) more often than an end.
            let ellipsis = |off: usize| {
                let end = gap.get(..off).unwrap_or("");
                end.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»'])
                    .ends_with(['…', '.'])
                    && (end.contains('…') || end.contains(".."))
            };
            if let Some(off) = sentence_end(gap).filter(|&off| !ellipsis(off)) {
                let opens = match gap.get(off..).and_then(|r| r.strip_prefix(' ')) {
                    Some("") => p
                        .get(start..)
                        .and_then(|w| w.chars().next())
                        .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
                    Some(r) => r.starts_with(['"', '“', '‘', '\'', '(', '[']),
                    None => false,
                };
                if opens {
                    return p.get(..prev + off).unwrap_or(p);
                }
            }
        }
        read = Some(end);
    }
    p
}

/// The byline in `p` without its `By `: `By Jane Doe`,
/// `By JANE DOE and JOHN ROE, Associated Press`, `By Jane Doe | Reuters`.
pub fn byline(p: &str) -> Option<String> {
    let rest = p
        .strip_prefix("By ")
        .or_else(|| p.strip_prefix("BY "))
        .or_else(|| p.strip_prefix("by "))?
        .trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty() || words.len() > 14 || rest.len() > 120 {
        return None;
    }
    if rest.ends_with(['.', '!', '?', ':']) && !ends_with_initial(rest) {
        return None;
    }
    if !words
        .first()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
    {
        return None;
    }
    // A name list: mostly capitalised words, joined by a few small words.
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    if capitalised * 10 < words.len() * 6 {
        return None;
    }
    Some(rest.to_string())
}

/// `Jane Doe Jr.` or `J.`: a period that ends a name, not a sentence.
fn ends_with_initial(s: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or("");
    last.len() <= 3 && last.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_sentence_runs_past_every_listed_abbreviation() {
        for a in crate::loader::abbreviations::all() {
            let p = format!("It was {a}. Roe who spoke. Then more came.");
            assert_eq!(first_sentence(&p), format!("It was {a}. Roe who spoke."));
        }
        assert_eq!(first_sentence("He said no. Roe left."), "He said no.");
        assert_eq!(
            first_sentence("The N.Y. Times and J. Roe agreed. Then more came."),
            "The N.Y. Times and J. Roe agreed."
        );
        assert_eq!(
            first_sentence("It rose 3.5 percent. Then"),
            "It rose 3.5 percent."
        );
        assert_eq!(first_sentence("“Go!” she said. Then"), "“Go!” she said.");
        assert_eq!(first_sentence("He said “Yes.” Roe left."), "He said “Yes.”");
        assert_eq!(
            first_sentence("Wait... Then he left."),
            "Wait... Then he left."
        );
        assert_eq!(
            first_sentence("Wait… Then he left. Next"),
            "Wait… Then he left."
        );
        assert_eq!(
            first_sentence("Is it? yes it is. Then"),
            "Is it? yes it is."
        );
        assert_eq!(
            first_sentence("Roe, R-Wis., said no. Then"),
            "Roe, R-Wis., said no."
        );
        assert_eq!(first_sentence("No end here"), "No end here");
    }

    #[test]
    fn headline_needs_structure() {
        let body = "A long first paragraph that goes on for quite some time and says a lot of things about the news of the day.";
        assert!(is_headline(
            "US stocks see 9% drop before making recovery",
            Some(body)
        ));
        assert!(is_headline("Is this the end of the euro?", Some(body)));
        assert!(!is_headline("Is this the end of the euro?", Some("Maybe.")));
        assert!(!is_headline("Stocks fell sharply on Monday.", Some(body)));
        assert!(is_headline(
            "Kenya: Blogger to Global Voices: \"The East is Coming.\"",
            Some(&body.repeat(2))
        ));
        assert!(!is_headline("He said: \"No.\"", Some("Short.")));
        assert!(!is_headline("Markets in turmoil", None));
        assert!(!is_headline("and then the market fell", Some(body)));
    }

    #[test]
    fn derived_title_is_first_sentence_cut_at_a_word() {
        let p = "Arriving in the Russian Far East a day ahead of his first-ever summit with Russian President Vladimir Putin in Vladivostok, Kim spoke. More text.";
        let t = derive_title(p);
        assert!(t.ends_with('…'), "{t}");
        assert!(t.starts_with("Arriving in the Russian Far East a day ahead"));
        assert!(t.chars().count() <= DERIVED_TITLE_CHARS + 1);
        assert!(!t.contains("  ") && !t.ends_with(" …"));
        assert_eq!(derive_title("Stocks fell. Bonds rose."), "Stocks fell");
        assert_eq!(
            derive_title("Wait... Then he left."),
            "Wait... Then he left"
        );
        assert_eq!(
            derive_title("Mr. Smith went to Washington. Then home."),
            "Mr. Smith went to Washington"
        );
        assert_eq!(
            derive_title("The U.S. Senate voted. Then it left."),
            "The U.S. Senate voted"
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(
            byline("By JANE DOE and JOHN ROE, Associated Press").as_deref(),
            Some("JANE DOE and JOHN ROE, Associated Press")
        );
        assert_eq!(
            byline("By Jane Doe | Reuters").as_deref(),
            Some("Jane Doe | Reuters")
        );
        assert_eq!(
            byline("By the time markets closed, shares had fallen."),
            None
        );
        assert_eq!(
            byline("By Monday the index was down by a third of its value"),
            None
        );
    }
}
