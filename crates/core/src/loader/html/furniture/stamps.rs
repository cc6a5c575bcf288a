//! Lines about the page rather than the story: slide counters, publication
//! stamps and bare dates, reading times, photo credits and labelled
//! captions.

use crate::loader::calendar;
use crate::loader::html::words::HTML_WORDS;
use crate::loader::layout::{caption, dates};

/// A slide counter: `Image 3 of 12`, `Photo 3/12`, `1 of 6`, `Image 1 23`.
pub fn is_counter(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    let (label, rest) = match words.as_slice() {
        [first, rest @ ..] if first.chars().all(char::is_alphabetic) => (Some(*first), rest),
        all => (None, all),
    };
    let label_ok = label.is_none_or(|l| {
        matches!(
            l.to_lowercase().as_str(),
            "image" | "photo" | "picture" | "slide" | "foto" | "bild" | "imagen"
        )
    });
    let numbers: Vec<&str> = rest
        .iter()
        .copied()
        .filter(|w| !w.eq_ignore_ascii_case("of") && !w.eq_ignore_ascii_case("de"))
        .collect();
    label_ok
        && numbers.len() == 2
        && rest.len() <= 3
        && numbers
            .iter()
            .all(|n| n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `Posted on March 30, 2015 by Admin`, `Published 1 day ago`, `Updated at
/// 1:23 p.m.`, `First Published: Tuesday, November 19, 2019 08:38 AM`: when
/// the page put the story up, with a number or an age in it.
pub fn is_stamp(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 120 || t.ends_with(['.', '?', '!']) && !t.ends_with("m.") {
        return false;
    }
    let lower = t.to_lowercase();
    let Some(rest) = HTML_WORDS
        .stamp_opener
        .iter()
        .find_map(|w| lower.strip_prefix(w))
    else {
        return false;
    };
    if rest.starts_with(':') {
        return true;
    }
    // What follows the word is a date, a time or an age, not a sentence.
    let mut words = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']));
    let next = words.next().unwrap_or_default();
    let after = words.next().unwrap_or_default();
    let dated = |w: &str| {
        calendar::is_month_or_weekday(w) || calendar::CALENDAR.month_abbreviation.contains(w)
    };
    if !rest.starts_with(' ') {
        return false;
    }
    // `Posted by Jane Roe on March 5, 2024`: a name, then the date.
    if next == "by" {
        return [" on ", " at ", " - ", " | ", ", "].iter().any(|sep| {
            lower.split_once(sep).is_some_and(|(_, date)| {
                let date = date.trim();
                dates::is_date_line(date) || is_date_stamp(date)
            })
        });
    }
    // `Posted on Monday`: a day or month named, no number needed.
    if matches!(next, "on" | "at") && dated(after) {
        return true;
    }
    (next.starts_with(|c: char| c.is_ascii_digit())
        || matches!(next, "on" | "at" | "le" | "am" | "el" | "em")
        || dated(next))
        && lower.bytes().any(|b| b.is_ascii_digit())
}

/// A date and time standing alone, in any language's order:
/// `19.11.2019, 08:57`, `November 20, 2019 - 11:28 AMT`, `02 Ago 2017`,
/// `Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM`: mostly
/// numbers, with a year or a time among them, and no more words than
/// numbers.
pub fn is_date_stamp(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 80 {
        return false;
    }
    let mut numbers = 0;
    let mut words = 0;
    let mut year_or_time = false;
    for token in
        t.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '@' | '–' | '—'))
    {
        let token = token.trim_matches(|c: char| matches!(c, '(' | ')' | '-' | '.' | ':'));
        if token.is_empty() {
            continue;
        }
        if token.starts_with(|c: char| c.is_ascii_digit()) {
            let digits: Vec<&str> = token
                .split(|c: char| !c.is_ascii_digit())
                .filter(|d| !d.is_empty())
                .collect();
            // Digits, separators and at most a suffix (`18th`, `8pm`).
            let rest = token.trim_start_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, '.' | '/' | ':' | '-')
            });
            if rest.len() > 2 || digits.is_empty() {
                return false;
            }
            year_or_time |= token.contains(':')
                || digits.iter().any(|d| {
                    d.len() == 4 && d.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
                });
            numbers += 1;
        } else if token.chars().all(char::is_alphabetic) && token.chars().count() <= 12 {
            words += 1;
        } else {
            return false;
        }
    }
    numbers >= 2 && year_or_time && words <= numbers
}

/// `5 min read`, `Reading time: 3 minutes`, `Tempo de leitura: 2 minutos`:
/// how long the story takes to read.
pub fn is_reading_time(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 40 || t.ends_with(['.', '?', '!']) {
        return false;
    }
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let number = words.iter().any(|w| w.bytes().all(|b| b.is_ascii_digit()));
    let minutes = words.iter().any(|w| {
        matches!(
            *w,
            "min" | "mins" | "minute" | "minutes" | "minuto" | "minutos" | "minuten" | "minuti"
        )
    });
    let reading = words.iter().any(|w| {
        matches!(
            *w,
            "read" | "reading" | "leitura" | "lectura" | "lettura" | "lesezeit" | "lecture"
        )
    });
    number && minutes && reading && words.len() <= 6
}

/// A credit standing as its own paragraph: `Getty Images`, `Jane Roe |
/// Agency | Getty Images`, `Jane Roe/AP`: short parts, the last a photo
/// agency.
pub fn is_photo_credit(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 100 {
        return false;
    }
    let parts: Vec<&str> = t.split(['|', '/', ',']).map(str::trim).collect();
    parts.last().is_some_and(|last| caption::is_agency(last))
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.split_whitespace().count() <= 4 && !p.ends_with('.'))
}

/// `Image caption, Crowds on the bridge`, `Media caption: The mayor
/// speaks`: a caption that says it is one.
pub fn is_labelled_caption(text: &str) -> bool {
    let t = text.trim();
    t.len() <= 400
        && ["image caption", "media caption", "caption:"]
            .iter()
            .any(|label| {
                t.get(..label.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(label))
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slide_counters() {
        for counter in [
            "Image 3 of 12",
            "Image 1 23",
            "1 of 6",
            "Photo 2/5",
            "Slide 4 of 4",
        ] {
            assert!(is_counter(counter), "{counter}");
        }
        for other in ["Chapter 3 of 12", "3 of 12 people agreed", "2019", "Image"] {
            assert!(!is_counter(other), "{other}");
        }
    }

    #[test]
    fn date_stamps_in_any_order() {
        for stamp in [
            "19.11.2019, 08:57",
            "November 20, 2019 - 11:28 AMT",
            "02 Ago 2017",
            "Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM",
            "15:23 2019",
        ] {
            assert!(is_date_stamp(stamp), "{stamp}");
        }
        for other in [
            "Palm Bay 18 22 13 17 — 70",
            "In 2019, 12 people died",
            "2019",
            "The 2019 budget rose by 12 percent over the 2018 one",
        ] {
            assert!(!is_date_stamp(other), "{other}");
        }
    }

    #[test]
    fn publication_stamps() {
        for stamp in [
            "Posted on March 30, 2015 by Admin",
            "Published 1 day ago",
            "Updated at 1:23 p.m.",
            "First Published: Tuesday, November 19, 2019 08:38 AM",
            "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
            "Posted by Jane Roe on March 5, 2024",
            "Posted on Monday",
        ] {
            assert!(is_stamp(stamp), "{stamp}");
        }
        for prose in [
            "Published reports say the bridge cost 3 million.",
            "Updated figures show 12 people were hurt.",
            "Posted guards stood at the gate.",
            "Updated figures show 12 people hurt",
            "Published by a small press in 1998, the book sold well",
            "Posted by the council on its website",
            "Posted at the gate",
        ] {
            assert!(!is_stamp(prose), "{prose}");
        }
    }

    #[test]
    fn reading_times() {
        assert!(is_reading_time("5 min read"));
        assert!(is_reading_time("Tempo de leitura: 2 minutos"));
        assert!(!is_reading_time("It took 5 minutes."));
        assert!(!is_reading_time("30 minutes before bed"));
    }

    #[test]
    fn photo_credits_and_labelled_captions() {
        assert!(is_photo_credit("Getty Images"));
        assert!(is_photo_credit("Jane Roe | Agency | Getty Images"));
        assert!(is_photo_credit("Jane Roe/AP"));
        assert!(is_photo_credit("Image source, Getty Images"));
        assert!(is_labelled_caption("Image caption, Crowds on the bridge"));
        assert!(!is_labelled_caption("Captions on the photos were wrong."));
        assert!(!is_photo_credit("The AP"));
        assert!(!is_photo_credit("He spoke to the AP."));
    }
}
