//! Twitter handles as names of their owners. A handle is a name only where
//! it is written as its owner speaks: opening a paragraph before a colon
//! (the credit of a quoted tweet, `@jroe: …`, also after a display name or
//! `RT`), before a speech or posting verb (`@jroe says`, `the producer,
//! @jroe, says`, `@jroe posted`), or after a person's role (`user @jroe`). Mentioned handles
//! (`@jroe @kroe I agree`) tell nothing of who they are, and handles of
//! outlets and groups (`@lagosnews`, `@CityWomen`) are no person.

use super::super::kinds::Hint;
use super::super::lexicon::{phrase_key, LEXICON};
use super::Mention;
use crate::article::{EntityKind, KindRule};

/// Words inside a handle that make it an outlet's or a group's.
const GROUP_PARTS: &[&str] = &[
    "blog", "news", "tv", "radio", "media", "press", "daily", "times", "post", "official",
    "online", "magazine", "women", "men", "org", "info", "team", "group",
];

/// The handle starting at `at` (the `@`), without its `@`.
fn handle_at(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?.strip_prefix('@')?;
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    // Handles run to 15 characters; a letter among them.
    let handle = rest.get(..len)?;
    (2..=15)
        .contains(&len)
        .then_some(handle)
        .filter(|h| h.bytes().any(|b| b.is_ascii_alphabetic()))
}

/// Verbs of posting, beside the speech verbs: `@jroe posted a video`.
const POSTING_VERBS: &[&str] = &["posted", "uploaded", "shared", "retweeted", "published"];

/// Whether the handle is written as its owner speaks. `before` is the text
/// before the `@`, `after` the text after the handle.
fn speaks(before: &str, after: &str) -> bool {
    let lead = before.trim();
    if after.starts_with(':') {
        // `@jroe: …` opening a paragraph, `Jane Roe @jroe: …` after a
        // display name, `RT @jroe: …` in a retweet.
        let display_name = !lead.is_empty()
            && lead.split_whitespace().count() <= 4
            && !lead.contains(['.', '!', '?', ':', '@', '#']);
        if lead.is_empty() || display_name || lead.ends_with("RT") {
            return true;
        }
    }
    // `Twitter user @jroe`, `blogger @jroe`: a person's role before it.
    let prev = lead.rsplit(' ').next().unwrap_or("");
    if LEXICON.role.contains(prev.to_lowercase().as_str()) {
        return true;
    }
    let after = after.strip_prefix(',').unwrap_or(after);
    after.strip_prefix(' ').is_some_and(|rest| {
        let verb = rest.split([' ', ',', ':', '.']).next().unwrap_or("");
        LEXICON.speech.contains(verb) || POSTING_VERBS.contains(&verb)
    })
}

/// The handles of block `b` written as their owners speak, as mentions of
/// people.
pub(super) fn scan_handles(text: &str, b: usize, out: &mut Vec<Mention>) {
    for (at, _) in text.match_indices('@') {
        // Not inside an address or a word: `jane@example.com`.
        let glued = text
            .get(..at)
            .and_then(|s| s.chars().next_back())
            .is_some_and(|c| c.is_alphanumeric());
        let Some(handle) = handle_at(text, at).filter(|_| !glued) else {
            continue;
        };
        let end = at + 1 + handle.len();
        let lower = handle.to_ascii_lowercase();
        if GROUP_PARTS.iter().any(|p| lower.contains(p))
            || !speaks(text.get(..at).unwrap_or(""), text.get(end..).unwrap_or(""))
        {
            continue;
        }
        let surface = format!("@{handle}");
        out.push(Mention {
            block: b,
            start: at,
            end,
            key: phrase_key(&surface),
            surface,
            hint: Hint::new(EntityKind::Person, 2, KindRule::Handle),
            heading: false,
            alias_of: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        scan_handles(text, 0, &mut out);
        out.into_iter().map(|m| m.surface).collect()
    }

    #[test]
    fn handles_that_speak() {
        assert_eq!(found("@jroe_22: The vote is #today"), ["@jroe_22"]);
        assert_eq!(
            found("However, the producer for the radio, @kiritam, says that it is false:"),
            ["@kiritam"]
        );
        assert_eq!(
            found("Later @kiritam wrote that it was over."),
            ["@kiritam"]
        );
    }

    #[test]
    fn handles_of_users_retweets_and_display_names() {
        // A user's role before it, a posting verb after it.
        assert_eq!(found("A tweet by user @zorb_88 read:"), ["@zorb_88"]);
        assert_eq!(found("@kiri_t posted a video of the march."), ["@kiri_t"]);
        // Quoted in a retweet, or after the owner's display name.
        assert_eq!(
            found("@aa_b: True RT @zorb_88: The vote is today"),
            ["@aa_b", "@zorb_88"]
        );
        assert_eq!(found("Kiri Tamsa @kiri_t: The vote is today"), ["@kiri_t"]);
        // A sentence before the handle is no display name.
        assert!(found("We met. Then came @zorb_88: late").is_empty());
    }

    #[test]
    fn handles_that_only_appear() {
        // Mentioned, not speaking.
        assert!(found("@jroe: @kiritam @zorb I agree").len() == 1);
        assert!(found("Thanks to @kiritam for the photo.").is_empty());
        // An address, an outlet, a group.
        assert!(found("Write to jane@example.com says the page").is_empty());
        assert!(found("@lagosnews: Floods in the city").is_empty());
        assert!(found("@CityWomen: We march today").is_empty());
    }
}
