//! Dates at the head of an article: a date line of its own
//! (`Friday, May 7, 2010`) and a wire dateline opening the first paragraph
//! (`WASHINGTON (AP) — `).

use super::words::LAYOUT_WORDS;
use crate::loader::calendar;

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
        if calendar::CALENDAR.month.contains(lower.as_str())
            || calendar::CALENDAR
                .month_abbreviation
                .contains(lower.as_str())
        {
            has_month = true;
        } else if is_iso_date(t) {
            has_month = true;
            has_year = true;
        } else if let Some(n) = number(t) {
            has_year |= (1900..=2100).contains(&n) && t.len() == 4;
        } else if !LAYOUT_WORDS.date_word.contains(lower.as_str())
            && !calendar::CALENDAR.weekday.contains(&lower.as_str())
            && !is_time(t)
        {
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
    if rest.is_empty() || rest.chars().next().is_none_or(|c| c.is_lowercase()) {
        return None;
    }
    // The place: capitals, before any comma or bracket.
    let place_end = prefix.find([',', '(']).unwrap_or(prefix.len());
    let place = prefix.get(..place_end)?.trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = place
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’' | '/'));
    // After the place only a short date, state or agency: no sentence.
    let tail = prefix.get(place_end..).unwrap_or("");
    // `Washington (CNN) — `: a place in ordinary capitals is a dateline
    // only with an agency in capitals right after it.
    let agency_follows = tail
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .is_some_and(|a| {
            (2..=10).contains(&a.len()) && a.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
        });
    let capitalised_place = place.split(' ').count() <= 3
        && place
            .split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if letters < 3 || !(all_caps || agency_follows && capitalised_place) {
        return None;
    }
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
        let (d, _) =
            split_dateline("BEIJING/WASHINGTON (Reuters) - China said.").unwrap_or_default();
        assert_eq!(d, "BEIJING/WASHINGTON (Reuters)");
        let (d, rest) = split_dateline("Washington (CNN) — The Senate voted.").unwrap_or_default();
        assert_eq!(
            (d.as_str(), rest),
            ("Washington (CNN)", "The Senate voted.")
        );
        assert!(split_dateline("The Senate (US) — voted.").is_none());
        assert!(split_dateline("The index fell — and then it rose.").is_none());
        assert!(split_dateline("Stock indexes worldwide rose on Friday - a surprise.").is_none());
        assert!(split_dateline("US stocks fell - and rose.").is_none());
    }
}
