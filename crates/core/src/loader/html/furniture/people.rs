//! Lines about the people who made the story: end credits (`Reporting by
//! …; Editing by …`), contact lines, a note about the author, and bylines
//! given by role instead of `By`.

use super::MAX_LEN;
use crate::loader::html::words::HTML_WORDS;

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
    if HTML_WORDS.credit_opener.contains(first) && named {
        return true;
    }
    let end = lower.trim_end_matches(['.', ')', ']', ' ']);
    end.contains(" contributed")
        && (end.ends_with("contributed")
            || end.contains("contributed reporting")
            || end.contains("contributed to this")
            || end.contains("contributed research"))
}

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
            .any(|w| HTML_WORDS.contact_word.contains(w))
}

fn is_email(w: &str) -> bool {
    w.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
    })
}

/// Whether `text` is a note about `author` (the article's byline, one
/// person): it opens with the full name and `is`/`was`/`has` or a verb of
/// the html word file's `[bio_verb]`, or with the first name and one of those verbs.
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
                HTML_WORDS.bio_verb.contains(verb)
                    || (also_be && matches!(verb, "is" | "was" | "has"))
            })
    };
    let first = author.split_whitespace().next().unwrap_or(author);
    text.split_whitespace().count() >= 6
        && (verb_after(author, true) || (first != author && verb_after(first, false)))
}

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
                HTML_WORDS.role_word.contains(w.as_str()) || HTML_WORDS.role_word.contains(one)
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
    fn author_notes() {
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
}
