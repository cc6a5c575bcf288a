//! The page talking to its reader: share-button rows, follow and
//! newsletter prompts, label-and-address lines, "More … Stories" heads.

use crate::loader::html::words::HTML_WORDS;

/// A share button's word: a button's name or a network's.
fn share_word(w: &str) -> bool {
    HTML_WORDS.share_button.contains(w) || HTML_WORDS.network.contains(w)
}

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
    let buttons = words.iter().filter(|w| share_word(w)).count();
    let networks = words
        .iter()
        .filter(|w| HTML_WORDS.network.contains(w.as_str()))
        .count();
    buttons == words.len() || (networks >= 2 && words.len() <= 6)
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
                .any(|w| HTML_WORDS.network.contains(w) || w == "instagram" || w == "youtube"))
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
    if text.len() > 80 {
        return false;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn follow_sign_up_and_more_prompts() {
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
    fn link_lines() {
        assert!(is_link_line("Listen: https://example.org/podcast/15"));
        assert!(is_link_line(
            "More coverage: https://example.org/a and https://example.org/b"
        ));
        assert!(!is_link_line(
            "The report: https://example.org/a explains why"
        ));
    }
}
