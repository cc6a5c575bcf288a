//! The article's head: recognising a headline, a byline, a date line and a
//! wire dateline (`WASHINGTON (AP) — `), and deriving a title from the body
//! when the text has no headline.

/// Longest headline, in bytes and words.
const MAX_HEADLINE_LEN: usize = 150;
const MAX_HEADLINE_WORDS: usize = 18;
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
    if p.is_empty() || p.len() > MAX_HEADLINE_LEN || words > MAX_HEADLINE_WORDS {
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
    let sentence = match sentence.strip_suffix('.') {
        Some(s) if !s.trim().is_empty() => s,
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

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "prof", "rev", "inc", "co", "corp", "ltd", "no", "vs", "etc", "u.s",
    "u.k", "u.n", "e.g", "i.e", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "mt", "ft", "asst", "dept", "est", "approx",
];

/// The first sentence of `p` (all of it when no sentence end is found).
pub fn first_sentence(p: &str) -> &str {
    let bytes = p.as_bytes();
    for (i, c) in p.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let after = i + 1;
        // Closing quotes and brackets belong to the sentence they end.
        let rest = p.get(after..).unwrap_or("");
        let closers = rest.len()
            - rest
                .trim_start_matches(['"', '”', '’', '\'', ')', ']'])
                .len();
        let end = after + closers;
        let next_starts_sentence = match p.get(end..) {
            None | Some("") => return p,
            Some(r) => r.strip_prefix(' ').is_some_and(|r| {
                r.chars()
                    .next()
                    .is_some_and(|n| n.is_uppercase() || n.is_numeric() || "\"“‘'([".contains(n))
            }),
        };
        if !next_starts_sentence {
            continue;
        }
        if c == '.' {
            let word_start = p
                .get(..i)
                .and_then(|h| h.rfind(' ').map(|s| s + 1))
                .unwrap_or(0);
            let word = p
                .get(word_start..i)
                .unwrap_or("")
                .trim_start_matches(['(', '"', '“']);
            let single_letter = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let abbreviation = ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a));
            if single_letter || abbreviation || bytes.get(i.wrapping_sub(1)) == Some(&b'.') {
                continue;
            }
        }
        return p.get(..end).unwrap_or(p);
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

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

const DATE_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "utc",
    "gmt",
    "et",
    "est",
    "edt",
    "pt",
    "pst",
    "pdt",
    "ct",
    "cst",
    "cdt",
    "bst",
    "cet",
    "cest",
    "ist",
    "jst",
    "kst",
    "hkt",
    "sgt",
    "of",
];

/// Whether `p` is only a date (`Friday, May 7, 2010`, `7 May 2010`,
/// `2010-05-07`, `Updated: May 7, 2010 at 10:30 a.m. ET`).
pub fn is_date_line(p: &str) -> bool {
    if p.len() > 80 {
        return false;
    }
    let mut has_month = false;
    let mut has_year = false;
    let mut tokens = 0;
    for raw in p.split(|c: char| c.is_whitespace() || c == ',' || c == '|') {
        let t = raw.trim_matches(|c: char| matches!(c, '.' | ':' | '(' | ')' | '-' | '—' | '–'));
        if t.is_empty() {
            continue;
        }
        tokens += 1;
        let lower = t.to_ascii_lowercase();
        if MONTHS.contains(&lower.as_str()) {
            has_month = true;
        } else if is_iso_date(t) {
            has_month = true;
            has_year = true;
        } else if let Some(n) = number(t) {
            has_year |= (1900..=2100).contains(&n) && t.len() == 4;
        } else if !DATE_WORDS.contains(&lower.as_str()) && !is_time(t) {
            return false;
        }
    }
    tokens <= 12 && has_month && has_year
}

/// `7`, `07`, `2010`, `7th`, `21st`.
fn number(t: &str) -> Option<u32> {
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = t.get(digits.len()..).unwrap_or("");
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 4 {
        return None;
    }
    digits.parse().ok()
}

/// `10:30`, `10:30am`, `10.30`.
fn is_time(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !t.is_empty()
        && t.len() <= 8
        && t.contains([':', '.'])
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
}

/// `2010-05-07` or `2010/05/07`.
fn is_iso_date(t: &str) -> bool {
    let parts: Vec<&str> = t.split(['-', '/']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.first().is_some_and(|y| y.len() == 4)
}

/// Separators between a wire dateline and the story.
const DATELINE_DASHES: &[&str] = &[" — ", " – ", " -- ", " - ", "—", " —", " –"];

/// A wire dateline at the start of `p`: `WASHINGTON (AP) — `,
/// `LONDON, May 3 (Reuters) - `, `NEW YORK — `. Returns the dateline and
/// the paragraph without it.
pub fn split_dateline(p: &str) -> Option<(String, &str)> {
    let window = p.get(..p.len().min(80)).unwrap_or(p);
    let (at, dash) = DATELINE_DASHES
        .iter()
        .filter_map(|d| window.find(d).map(|i| (i, *d)))
        .min_by_key(|(i, d)| (*i, std::cmp::Reverse(d.len())))?;
    let prefix = p.get(..at)?.trim();
    let rest = p.get(at + dash.len()..)?.trim_start();
    if rest.is_empty() || !rest.chars().next().is_some_and(|c| !c.is_lowercase()) {
        return None;
    }
    // The place: capitals, before any comma or bracket.
    let place_end = prefix.find([',', '(']).unwrap_or(prefix.len());
    let place = prefix.get(..place_end)?.trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = place
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    if letters < 3 || !all_caps {
        return None;
    }
    // After the place only a short date, state or agency: no sentence.
    let tail = prefix.get(place_end..).unwrap_or("");
    if tail.len() > 40 || tail.contains(['!', '?', ':', ';', '"', '“']) {
        return None;
    }
    if tail.starts_with('(') && !tail.trim_end().ends_with(')') {
        return None;
    }
    Some((prefix.to_string(), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn date_lines() {
        assert!(is_date_line("Friday, May 7, 2010"));
        assert!(is_date_line("May 7, 2010"));
        assert!(is_date_line("7 May 2010"));
        assert!(is_date_line("2010-05-07"));
        assert!(is_date_line("Updated: May 7, 2010 at 10:30 a.m. ET"));
        assert!(!is_date_line("May 7"));
        assert!(!is_date_line("May the force be with you in 2010"));
        assert!(!is_date_line("Friday"));
    }

    #[test]
    fn wire_datelines() {
        let (d, rest) =
            split_dateline("WASHINGTON (AP) — The Senate voted on Tuesday.").unwrap_or_default();
        assert_eq!(
            (d.as_str(), rest),
            ("WASHINGTON (AP)", "The Senate voted on Tuesday.")
        );
        let (d, rest) =
            split_dateline("LONDON, May 3 (Reuters) - Shares fell.").unwrap_or_default();
        assert_eq!(
            (d.as_str(), rest),
            ("LONDON, May 3 (Reuters)", "Shares fell.")
        );
        let (d, rest) = split_dateline("NEW YORK — Stocks rose.").unwrap_or_default();
        assert_eq!((d.as_str(), rest), ("NEW YORK", "Stocks rose."));
        assert!(split_dateline("The index fell — and then it rose.").is_none());
        assert!(split_dateline("Stock indexes worldwide rose on Friday - a surprise.").is_none());
        assert!(split_dateline("US stocks fell - and rose.").is_none());
    }
}
