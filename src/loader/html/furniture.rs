//! Lines a page prints around its story that no class name gives away:
//! the credit at the end (`Reporting by …; Editing by …`), contact lines
//! (`Write to Jane Roe at jane@example.com`), share-button rows, photo
//! counters (`Image 3 of 12`) and publication stamps (`Posted on …`,
//! `Updated 1 day ago`). Each is told by its shape, never by one site's
//! wording; the caller decides where in the body each may be.

use crate::loader::calendar;
use crate::loader::layout::{caption, dates};

/// Longest line (bytes) read as furniture: these are short, and a long
/// paragraph that starts like one is prose.
const MAX_LEN: usize = 300;

/// Words that open a credit (`Reporting by`, `Additional reporting by`,
/// `Editing by`, `Compiled by`…), lowercase.
const CREDIT_WORDS: &[&str] = &[
    "reporting",
    "editing",
    "writing",
    "additional",
    "compiled",
    "edited",
    "written",
    "produced",
    "research",
    "graphics",
    "translated",
    "translation",
];

/// `(Reporting by Jane Roe; Editing by John Doe)`, `Additional reporting by
/// Jane Roe in Paris`, `Jane Roe contributed reporting from Paris.`, `The
/// Associated Press contributed to this report.`: who made the story,
/// printed after it.
pub fn is_credit(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['(', '[']).trim();
    if t.is_empty() || t.len() > MAX_LEN {
        return false;
    }
    let lower = t.to_lowercase();
    let first = lower
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    // `Source: Agencies`, `SOURCE: News agencies`: where the story came from.
    if lower.starts_with("source:") && t.split_whitespace().count() <= 8 {
        return true;
    }
    // The credited follow the first `by`: names, capitalised.
    let named = t
        .find(" by ")
        .and_then(|at| t[at + 4..].chars().next())
        .is_some_and(char::is_uppercase);
    if CREDIT_WORDS.contains(&first) && named {
        return true;
    }
    let end = lower.trim_end_matches(['.', ')', ']', ' ']);
    end.contains(" contributed")
        && (end.ends_with("contributed")
            || end.contains("contributed reporting")
            || end.contains("contributed to this")
            || end.contains("contributed research"))
}

/// Verbs and words that invite a reader to get in touch.
const CONTACT_WORDS: &[&str] = &[
    "write", "email", "e-mail", "reach", "contact", "follow", "tip", "tips", "reached",
];

/// `Write to Jane Roe at jane@example.com`, `Email the author at …, or
/// follow her @janeroe`, `Reach the reporter on Twitter at
/// twitter.com/janeroe`: an address or handle with a word asking to use it.
pub fn is_contact(text: &str) -> bool {
    let t = text.trim();
    if t.len() > MAX_LEN {
        return false;
    }
    let lower = t.to_lowercase();
    let address = lower.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
        is_email(w) || (w.starts_with('@') && w.len() > 2) || w.contains("twitter.com/")
    });
    address
        && lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| CONTACT_WORDS.contains(&w))
}

fn is_email(w: &str) -> bool {
    w.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
    })
}

/// Names on share buttons and of the networks they share to, lowercase.
const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "tweet",
    "email",
    "e-mail",
    "print",
    "pin",
    "submit",
    "save",
    "copy",
    "link",
    "comment",
    "comments",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "pinterest",
    "messenger",
    "telegram",
    "flipboard",
    "tumblr",
    "mail",
    "x",
];

/// Networks among [`SHARE_WORDS`].
const NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "pinterest",
    "messenger",
    "telegram",
    "flipboard",
    "tumblr",
];

/// A row of share buttons read as text: `Share Tweet Submit`, `Facebook
/// Twitter Email`, `WhatsApp Facebook Pin Download` (two networks or more
/// in a few words, or nothing but button words).
pub fn is_share_row(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 80 || t.ends_with(['.', '?', '!']) {
        return false;
    }
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < 2 || words.len() > 8 {
        return false;
    }
    let buttons = words
        .iter()
        .filter(|w| SHARE_WORDS.contains(&w.as_str()))
        .count();
    let networks = words
        .iter()
        .filter(|w| NETWORKS.contains(&w.as_str()))
        .count();
    buttons == words.len() || (networks >= 2 && words.len() <= 6)
}

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

/// Words that open a publication stamp, lowercase.
const STAMP_WORDS: &[&str] = &[
    "posted",
    "published",
    "updated",
    "first published",
    "last updated",
    "last modified",
    "originally published",
    "publicado",
    "publié",
    "veröffentlicht",
    "aktualisiert",
];

/// `Posted on March 30, 2015 by Admin`, `Published 1 day ago`, `Updated at
/// 1:23 p.m.`, `First Published: Tuesday, November 19, 2019 08:38 AM`: when
/// the page put the story up, with a number or an age in it.
pub fn is_stamp(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 120 || t.ends_with(['.', '?', '!']) && !t.ends_with("m.") {
        return false;
    }
    let lower = t.to_lowercase();
    let Some(rest) = STAMP_WORDS.iter().find_map(|w| lower.strip_prefix(w)) else {
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
    let dated = |w: &str| calendar::is_month_or_weekday(w) || MONTH_ABBREVIATIONS.contains(&w);
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

/// Month abbreviations, lowercase.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

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

/// `Follow the newsroom on Instagram, Facebook and Twitter`, `Follow @desk
/// on Twitter for more`, `Follow our full coverage at https://…`: an
/// invitation to follow the site somewhere else.
pub fn is_follow_line(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 240 {
        return false;
    }
    let lower = t.to_lowercase();
    lower.starts_with("follow ")
        && (lower.contains("http")
            || lower.contains(" @")
            || lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| NETWORKS.contains(&w) || w == "instagram" || w == "youtube"))
}

/// `Sign up for our morning briefing`, `Subscribe to the Daily and stay
/// informed`, `Get the day's top headlines delivered to your inbox`: a
/// prompt to sign up for something.
pub fn is_sign_up(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 250 {
        return false;
    }
    let lower = t.to_lowercase();
    let words = || lower.split(|c: char| !c.is_alphanumeric());
    // Mail from the site, not an account or a service the story is about.
    let offer = words().any(|w| matches!(w, "newsletter" | "newsletters" | "inbox"));
    let prompt = offer
        && [
            "sign up ",
            "subscribe to ",
            "subscribe for ",
            "register for ",
        ]
        .iter()
        .any(|p| {
            lower.starts_with(p)
                || lower
                    .match_indices(p)
                    .any(|(at, _)| lower[..at].ends_with(". "))
        });
    let mail = (lower.contains("newsletter") || lower.contains("inbox"))
        && words().any(|w| matches!(w, "your" | "subscribing" | "subscribe"));
    prompt || mail
}

/// `More Great Stories`, `More top stories`, `More news`: the heading of
/// a list of links after the story.
pub fn is_more_heading(text: &str) -> bool {
    let lower = text.trim().trim_end_matches([':', '.']).to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() >= 2
        && words.len() <= 6
        && words.first() == Some(&"more")
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "stories" | "articles" | "news" | "reads" | "videos" | "posts" | "coverage"
            )
        })
}

/// Verbs that open an author's note after a name: `Jane Roe is a
/// freelance writer`, `Jane joined the paper in 2017`.
const BIO_VERBS: &[&str] = &[
    "joined", "covers", "writes", "lives", "works", "hosts", "edits", "reports", "teaches",
];

/// Whether `text` is a note about `author` (the article's byline, one
/// person): it opens with the full name and `is`/`was`/`has` or a verb of
/// [`BIO_VERBS`], or with the first name and one of those verbs.
pub fn is_author_note(text: &str, author: &str) -> bool {
    let author = author.trim();
    if author.is_empty() || author.contains(',') || author.contains(" and ") || text.len() > 600 {
        return false;
    }
    let verb_after = |name: &str, also_be: bool| {
        text.strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|verb| {
                BIO_VERBS.contains(&verb) || (also_be && matches!(verb, "is" | "was" | "has"))
            })
    };
    let first = author.split_whitespace().next().unwrap_or(author);
    text.split_whitespace().count() >= 6
        && (verb_after(author, true) || (first != author && verb_after(first, false)))
}

/// `Listen: https://…`, `More coverage: https://… and https://…`: a label
/// and nothing but addresses.
pub fn is_link_line(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 240 {
        return false;
    }
    let Some((label, rest)) = t.split_once(": ") else {
        return false;
    };
    let mut addresses = 0;
    for word in rest.split_whitespace() {
        if word.starts_with("http://") || word.starts_with("https://") {
            addresses += 1;
        } else if !matches!(word, "and" | "or" | "|" | "/") {
            return false;
        }
    }
    t.len() <= 240 && label.split_whitespace().count() <= 4 && addresses > 0
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

/// Last words of a newsroom role (`AP Auto Writer`, `Staff Reporter`,
/// `Associated Press`), lowercase.
const ROLE_WORDS: &[&str] = &[
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "columnist",
    "contributor",
    "producer",
    "press",
    "staff",
];

/// The names in a byline written with the role instead of `By`: `Jane
/// Roe, Agency Auto Writer`, `Jane Roe and John Doe, Associated Press`;
/// `Some("")` for a role alone (`Opinion Columnist`).
pub fn role_byline(text: &str) -> Option<String> {
    let t = text.trim();
    if t.len() > 100 || t.ends_with(['.', '?', '!', ':']) {
        return None;
    }
    let capitalised = |part: &str| {
        part.split_whitespace()
            .all(|w| matches!(w, "and" | "&") || w.chars().next().is_some_and(char::is_uppercase))
    };
    let is_role = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=6).contains(&words.len())
            && capitalised(part)
            && words.last().is_some_and(|w| {
                let w = w.to_lowercase();
                // `Writers` as well as `Writer`.
                let one = w.strip_suffix('s').unwrap_or(&w);
                ROLE_WORDS.contains(&w.as_str()) || ROLE_WORDS.contains(&one)
            })
    };
    let Some((names, role)) = t.rsplit_once(", ") else {
        let words = t.split_whitespace().count();
        return ((2..=3).contains(&words) && is_role(t)).then(String::new);
    };
    let name_words = names.split_whitespace().count();
    ((2..=10).contains(&name_words) && capitalised(names) && is_role(role))
        .then(|| names.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_after_a_story() {
        for credit in [
            "(Reporting by Jane Roe in Paris; Editing by John Doe)",
            "Reporting by Jane Roe; additional reporting by Ann Poe and Ben Loe",
            "Additional reporting by Jane Roe",
            "Writing by Jane Roe; editing by John Doe",
            "Jane Roe contributed reporting from Hong Kong.",
            "The Associated Press contributed to this report.",
            "News agency writers Jane Roe, John Doe and Ann Poe contributed.",
            "SOURCE: River News and news agencies",
        ] {
            assert!(is_credit(credit), "{credit}");
        }
        for prose in [
            "Reporting by the local paper led to the inquiry, the mayor said.",
            "Editing the film took two years.",
            "She said the council contributed little to the repairs.",
            "Research by the university found the bridge was safe.",
        ] {
            assert!(!is_credit(prose), "{prose}");
        }
    }

    #[test]
    fn contact_lines() {
        for contact in [
            "Write to Jane Roe at jane.roe@example.com",
            "Email Jane Roe at jroe@example.org or follow her @janeroe.",
            "Reach the reporters on Twitter at http://twitter.com/janeroe",
            "Have a tip? Jane Roe may be reached at jroe@example.net.",
        ] {
            assert!(is_contact(contact), "{contact}");
        }
        for prose in [
            "The council wrote to residents on Monday about the bridge.",
            "She posted on Twitter that the bridge was open.",
            "Follow the river road for three miles to reach the bridge.",
        ] {
            assert!(!is_contact(prose), "{prose}");
        }
    }

    #[test]
    fn share_rows() {
        for row in [
            "Share Tweet Submit",
            "Facebook Twitter Email",
            "WhatsApp Facebook Pin Download",
            "Print",
        ] {
            assert_eq!(is_share_row(row), row.contains(' '), "{row}");
        }
        for prose in [
            "Share prices fell.",
            "Facebook and Twitter both removed the posts within an hour of the attack",
            "Save the date",
        ] {
            assert!(!is_share_row(prose), "{prose}");
        }
    }

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
    fn photo_credits_and_prompts() {
        assert!(is_photo_credit("Getty Images"));
        assert!(is_photo_credit("Jane Roe | Agency | Getty Images"));
        assert!(is_photo_credit("Jane Roe/AP"));
        assert!(is_photo_credit("Image source, Getty Images"));
        assert!(is_labelled_caption("Image caption, Crowds on the bridge"));
        assert!(!is_labelled_caption("Captions on the photos were wrong."));
        assert!(!is_photo_credit("The AP"));
        assert!(!is_photo_credit("He spoke to the AP."));
        assert!(is_follow_line(
            "Follow the newsroom on Instagram, Facebook and Twitter."
        ));
        assert!(is_follow_line(
            "Follow our full coverage at https://news.example.org/floods"
        ));
        assert!(!is_follow_line("Follow the money, the inspector said."));
        assert!(is_sign_up("Sign up for our morning newsletter."));
        assert!(!is_sign_up(
            "Sign up for the streaming bundle using the same email as your old account"
        ));
        assert!(is_sign_up(
            "Get the day’s top headlines delivered to your inbox every morning."
        ));
        assert!(!is_sign_up(
            "More than two million people read the newsletter, which began in 2015."
        ));
        assert!(is_more_heading("More Great River News Stories"));
        assert!(!is_more_heading("More rain"));
    }

    #[test]
    fn author_notes_link_lines_and_reading_times() {
        let note = "Jane Roe is a freelance writer living in the valley.";
        assert!(is_author_note(note, "Jane Roe"));
        assert!(is_author_note(
            "Jane joined River News in 2017 and has covered transport since.",
            "Jane Roe"
        ));
        assert!(!is_author_note(note, "John Doe"));
        assert!(!is_author_note(note, "Jane Roe and John Doe"));
        assert!(!is_author_note(
            "Jane is happy with the new bridge, she said.",
            "Jane Roe"
        ));
        assert!(is_link_line("Listen: https://example.org/podcast/15"));
        assert!(is_link_line(
            "More coverage: https://example.org/a and https://example.org/b"
        ));
        assert!(!is_link_line(
            "The report: https://example.org/a explains why"
        ));
        assert!(is_reading_time("5 min read"));
        assert!(is_reading_time("Tempo de leitura: 2 minutos"));
        assert!(!is_reading_time("It took 5 minutes."));
        assert!(!is_reading_time("30 minutes before bed"));
    }

    #[test]
    fn bylines_with_a_role() {
        assert_eq!(
            role_byline("Jane Roe, Agency Auto Writer").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(
            role_byline("Jane Roe and John Doe, Associated Press").as_deref(),
            Some("Jane Roe and John Doe")
        );
        assert_eq!(role_byline("Opinion Columnist").as_deref(), Some(""));
        assert_eq!(role_byline("The mayor, a former editor"), None);
        assert_eq!(role_byline("Rain, wind and the press."), None);
        assert_eq!(role_byline("Press"), None);
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
}
