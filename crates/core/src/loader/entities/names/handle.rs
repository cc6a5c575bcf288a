//! Twitter handles as names of their owners. A handle is a name only where
//! it is written as its owner speaks: opening a paragraph before a colon
//! (the credit of a quoted tweet, `@jroe: …`, also after a display name or
//! `RT`), before a speech or posting verb (`@jroe says`, `the producer,
//! @jroe, says`, `@jroe posted`), or after a person's role (`user @jroe`). Mentioned handles
//! (`@jroe @kroe I agree`) tell nothing of who they are, and handles of
//! outlets and groups (`@lagosnews`, `@CityWomen`) are no person.
//!
//! A handle written right beside a display name (`Jane Roe (@jroe)`,
//! `@jroe (Jane Roe)`, `Jane Roe @jroe:`) is that name's other form: it is
//! kept, whatever it does, as an alias of the display name, and the
//! aliases step weighs the evidence of both for the kind. So is the handle
//! crediting a tweet right after the paragraph that names who posted it
//! (`Jane Roe, a reporter, tweeted:` then `@jroe: …`): see [`introduced`].

use super::super::kinds::Hint;
use super::super::lexicon::{phrase_key, LEXICON};
use super::words::NAME_WORDS;
use super::Mention;
use crate::article::{EntityKind, KindRule};
use owner::{claimed, introduced, is_blank};

mod owner;

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
        LEXICON.speech.contains(verb) || NAME_WORDS.posting_verb.contains(verb)
    })
}

/// The display name written right beside the handle at `at..end` of block
/// `b`, as an index into `out`: before it (`Jane Roe (@jroe)`, `Jane Roe
/// @jroe`) or after it in brackets (`@jroe (Jane Roe)`).
fn display_name(text: &str, b: usize, at: usize, end: usize, out: &[Mention]) -> Option<usize> {
    let before = text.get(..at)?;
    let after = text.get(end..)?;
    let bracketed = after.starts_with(')');
    let gap = if bracketed {
        before
            .strip_suffix('(')
            .map(|s| s.strip_suffix(' ').unwrap_or(s))
    } else {
        before.strip_suffix(' ')
    };
    // Only the block's own names, never another handle's alias, nor the
    // marks of a retweet or a modified tweet (`RT @jroe:`).
    let own = |m: &Mention| {
        m.block == b
            && m.alias_of.is_none()
            && !m.surface.starts_with('@')
            && !matches!(m.surface.as_str(), "RT" | "MT" | "HT")
    };
    if let Some(gap) = gap {
        if let Some(i) = out.iter().rposition(|m| own(m) && m.end == gap.len()) {
            return Some(i);
        }
    }
    let open = after
        .strip_prefix(" (")
        .or_else(|| after.strip_prefix('('))?;
    let start = text.len() - open.len();
    let i = out.iter().rposition(|m| own(m) && m.start == start)?;
    let m = out.get(i)?;
    text.get(m.end..)?.starts_with(')').then_some(i)
}

/// The handles of block `b` written as their owners speak, as mentions of
/// people, and those beside a display name, as its aliases. `prev` is the
/// block before, which may name the owner of a tweet opening this one.
pub(super) fn scan_handles(text: &str, b: usize, prev: Option<&str>, out: &mut Vec<Mention>) {
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
        let surface = format!("@{handle}");
        let alias_of = display_name(text, b, at, end, out).or_else(|| {
            let opens = text.get(..at)?.trim_matches(is_blank).is_empty();
            let owner = introduced(prev?, b.checked_sub(1)?, out)?;
            (opens && text.get(end..)?.starts_with(':') && !claimed(&surface, owner, out))
                .then_some(owner)
        });
        let group = || {
            let lower = handle.to_ascii_lowercase();
            NAME_WORDS.group_part.iter().any(|p| lower.contains(p))
        };
        if alias_of.is_none()
            && (group() || !speaks(text.get(..at).unwrap_or(""), text.get(end..).unwrap_or("")))
        {
            continue;
        }
        // A group's handle beside its name tells nothing of its kind.
        let hint = if alias_of.is_some() && group() {
            Hint::new(EntityKind::Organization, 1, KindRule::Handle)
        } else {
            Hint::new(EntityKind::Person, 2, KindRule::Handle)
        };
        out.push(Mention {
            block: b,
            start: at,
            end,
            key: phrase_key(&surface),
            surface,
            hint,
            heading: false,
            alias_of,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        scan_handles(text, 0, None, &mut out);
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

    /// Each handle found, with the surface of the display name it is an
    /// alias of, when it is one.
    fn beside(text: &str, names: &[(usize, usize)]) -> Vec<(String, Option<String>)> {
        let mut out: Vec<Mention> = names
            .iter()
            .map(|&(start, end)| {
                let surface = text.get(start..end).unwrap_or("").to_string();
                Mention {
                    block: 0,
                    start,
                    end,
                    key: phrase_key(&surface),
                    surface,
                    hint: Hint::new(EntityKind::Person, 0, KindRule::ShapeOnly),
                    heading: false,
                    alias_of: None,
                }
            })
            .collect();
        let n = out.len();
        scan_handles(text, 0, None, &mut out);
        let names: Vec<String> = out.iter().map(|m| m.surface.clone()).collect();
        out.into_iter()
            .skip(n)
            .map(|m| (m.surface, m.alias_of.and_then(|i| names.get(i).cloned())))
            .collect()
    }

    #[test]
    fn handles_beside_a_display_name_are_its_aliases() {
        let of = |h: &str, n: &str| vec![(h.to_string(), Some(n.to_string()))];
        // `Name (@handle)`, though the handle does not speak.
        assert_eq!(
            beside("As Kiri Tamsa (@kiri_t) noted, the vote", &[(3, 13)]),
            of("@kiri_t", "Kiri Tamsa")
        );
        // `@handle (Name)`.
        assert_eq!(
            beside("Then @Zorb (Zorb) wrote back.", &[(12, 16)]),
            of("@Zorb", "Zorb")
        );
        // `Name @handle:` crediting a tweet.
        assert_eq!(
            beside("Kiri Tamsa @kiri_t: The vote is today", &[(0, 10)]),
            of("@kiri_t", "Kiri Tamsa")
        );
        // A retweet's mark is no display name.
        assert_eq!(
            beside("Lol RT @zorb_88: The vote", &[(4, 6)]),
            vec![("@zorb_88".to_string(), None)]
        );
        // A group's handle beside its name is still its alias.
        assert_eq!(
            beside("Lagos Post (@lagospost) wrote", &[(0, 10)]),
            of("@lagospost", "Lagos Post")
        );
    }

    #[test]
    fn handles_not_beside_a_name_stay_apart() {
        // A word between: no display name, and this handle does not speak.
        assert!(beside("Kiri Tamsa and @kiri_t met", &[(0, 10)]).is_empty());
        // A name in brackets that does not close right after it.
        assert!(beside("Thanks @zorb (Kiri Tamsa's friend)", &[(14, 24)]).is_empty());
        // A speaking handle with no name beside it is no alias.
        assert_eq!(
            beside("Kiri Tamsa met. @zorb_88 says no", &[(0, 10)]),
            vec![("@zorb_88".to_string(), None)]
        );
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

    /// The display name each handle opening block 1 is an alias of, when
    /// block 0 (`intro`) names who posted it; `names` are block 0's names.
    fn credited(intro: &str, names: &[&str], tweet: &str) -> Option<String> {
        let mut out: Vec<Mention> = names
            .iter()
            .map(|name| {
                let start = intro.find(name).unwrap_or(0);
                Mention {
                    block: 0,
                    start,
                    end: start + name.len(),
                    key: phrase_key(name),
                    surface: name.to_string(),
                    hint: Hint::new(EntityKind::Person, 1, KindRule::SpeechVerb),
                    heading: false,
                    alias_of: None,
                }
            })
            .collect();
        scan_handles(tweet, 1, Some(intro), &mut out);
        let handle = out.get(names.len())?;
        handle
            .alias_of
            .and_then(|i| out.get(i))
            .map(|m| m.surface.clone())
    }

    #[test]
    fn a_tweet_after_the_paragraph_naming_its_poster() {
        let intro = "The vote was late. Kiri Tamsa, a reporter, tweeted:";
        assert_eq!(
            credited(intro, &["Kiri Tamsa"], "\u{200f}@kiri_t: Late again #vote"),
            Some("Kiri Tamsa".into())
        );
        // A handle inside the post, not crediting it, is not the poster's.
        assert_eq!(
            credited(intro, &["Kiri Tamsa"], "So late RT @zorb: Late"),
            None
        );
        // Without the colon the paragraph introduces no post.
        let told = "Kiri Tamsa, a reporter, tweeted about it.";
        assert_eq!(credited(told, &["Kiri Tamsa"], "@kiri_t: Late again"), None);
    }
}
