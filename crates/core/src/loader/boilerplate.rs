//! Site boilerplate (comment forms, share prompts, copyright lines, scraper
//! UI strings): the one list of what is not part of an article.
//!
//! [`layout`](super::layout) asks about whole paragraphs only, so a
//! paragraph that merely mentions "subscribe" stays. Patterns marked `tail`
//! start the page furniture that follows an article (comment form, glossary,
//! related links): near the end of the text, everything from them on goes.

use std::sync::LazyLock;

/// How a pattern is compared with a paragraph. Comparison ignores ASCII case
/// and trailing `:` `.` `!` `…` `*` and spaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// The whole paragraph is the pattern.
    Whole,
    /// The paragraph starts with the pattern (and is short, see [`MAX_LEN`]).
    Prefix,
    /// The paragraph contains the pattern (and is short).
    Contains,
}

/// One kind of boilerplate.
#[derive(Debug, Clone, Copy)]
pub struct Pattern {
    /// Lowercase text to look for.
    pub text: &'static str,
    pub how: Match,
    /// Whether it starts the page furniture after the article.
    pub tail: bool,
}

const fn whole(text: &'static str, tail: bool) -> Pattern {
    Pattern {
        text,
        how: Match::Whole,
        tail,
    }
}

const fn prefix(text: &'static str, tail: bool) -> Pattern {
    Pattern {
        text,
        how: Match::Prefix,
        tail,
    }
}

const fn contains(text: &'static str) -> Pattern {
    Pattern {
        text,
        how: Match::Contains,
        tail: false,
    }
}

/// Longest paragraph (bytes) a `Prefix` or `Contains` pattern may remove:
/// boilerplate is short, and a long paragraph that starts like it is prose.
pub const MAX_LEN: usize = 240;

/// Every boilerplate pattern, in families.
pub const PATTERNS: &[Pattern] = &[
    // Comment forms.
    whole("leave a comment", true),
    whole("leave a reply", true),
    whole("post a comment", true),
    whole("add a comment", true),
    whole("comments", true),
    whole("show comments", true),
    whole("join the discussion", true),
    prefix("your email address will not be published", true),
    prefix("required fields are marked", true),
    prefix("you must be logged in to post a comment", true),
    // VOA Learning English reader prompt and end-of-story glossary.
    prefix("we want to hear from you", true),
    whole("words in this story", true),
    // Share, subscribe and newsletter prompts.
    whole("share", false),
    whole("share this", true),
    whole("share this article", true),
    whole("share this story", true),
    whole("like this", true),
    whole("tweet", false),
    whole("email", false),
    whole("print", false),
    whole("subscribe", false),
    whole("subscribe now", false),
    prefix("sign up for our newsletter", false),
    prefix("sign up for the newsletter", false),
    prefix("subscribe to our newsletter", false),
    prefix("subscribe to our channel", false),
    prefix("follow us on ", false),
    prefix("click here to ", false),
    prefix("share on facebook", false),
    prefix("share on twitter", false),
    whole("sharing is caring", false),
    whole("print article", false),
    whole("print this article", false),
    whole("order reprints", false),
    whole("reprints", false),
    whole("text size", false),
    whole("post comment", false),
    prefix("get the latest updates right in your inbox", false),
    prefix("you have been successfully subscribed", false),
    // Related-content links.
    whole("related", true),
    whole("related articles", true),
    whole("related stories", true),
    whole("related posts", true),
    whole("related content", true),
    whole("more stories", true),
    whole("you may also like", true),
    whole("recommended", true),
    whole("recent articles", true),
    whole("recent posts", true),
    whole("most read", true),
    whole("most popular", true),
    whole("popular this week", true),
    whole("related news", true),
    whole("related topics", true),
    whole("more on this story", true),
    whole("more from this author", true),
    whole("about the author", true),
    whole("want more stories like this?", true),
    whole("read more", false),
    whole("see also", false),
    whole("also read", false),
    prefix("related:", false),
    prefix("[related:", false),
    prefix("related post:", false),
    prefix("see more:", false),
    prefix("more:", false),
    prefix("watch:", false),
    prefix("listen:", false),
    whole("continue reading", false),
    prefix("continue reading the main story", false),
    whole("read full article", false),
    whole("read the full story", false),
    whole("don't miss", false),
    prefix("like this story?", false),
    // Filing labels.
    prefix("filed under:", false),
    whole("tags", false),
    prefix("tags:", false),
    prefix("read more:", false),
    prefix("see also:", false),
    prefix("also read:", false),
    prefix("read also:", false),
    // Copyright lines.
    prefix("©", false),
    prefix("(c) 1", false),
    prefix("(c) 2", false),
    prefix("copyright ", false),
    contains("all rights reserved"),
    prefix("this document is subject to copyright", false),
    // Editorial-standards footers.
    prefix("our standards:", true),
    prefix("our editorial standards", true),
    whole("editorial standards", true),
    // Advertising.
    whole("advertisement", false),
    whole("advert", false),
    whole("ad", false),
    whole("anzeige", false),
    whole("werbung", false),
    whole("publicidad", false),
    whole("publicité", false),
    whole("pubblicità", false),
    whole("iklan", false),
    whole("advertisement - scroll to continue", false),
    whole("story continues below advertisement", false),
    whole("sponsored", false),
    whole("sponsored content", false),
    // Site notes around the story (Global Voices and similar).
    prefix("this post is part of our special coverage", false),
    prefix("[all links lead to", false),
    // Scraper UI strings: media player prompts and page chrome.
    contains("adobe flash player"),
    prefix("your browser does not support", false),
    prefix("please enable javascript", false),
    prefix("enable javascript", false),
    whole("skip to content", false),
    whole("back to top", false),
    whole("loading", false),
    // A photo viewer's buttons.
    whole("enlarge this image", false),
    whole("supported by", false),
    whole("caption", false),
    whole("close", false),
    whole("hide caption", false),
    whole("toggle caption", false),
    prefix("this slideshow requires javascript", false),
];

/// The pattern a whole paragraph matches, if it is boilerplate.
pub fn find(paragraph: &str) -> Option<&'static Pattern> {
    let p = paragraph.trim();
    if is_rule(p) {
        return Some(&RULE);
    }
    let key = p.trim_end_matches([':', '.', '!', '…', '*', ' ']);
    if key.is_empty() {
        return None;
    }
    let short = p.len() <= MAX_LEN;
    // Nearly every paragraph is prose far longer than any `Whole` pattern,
    // and too long for the others: skip the list without comparing.
    if !short && key.len() > LONGEST_WHOLE {
        return None;
    }
    // Lowercased once into a buffer (a short key always fits), the key is
    // then compared with plain byte searches; patterns are lowercase, and a
    // `Whole` or `Prefix` one can only match a key that starts with its
    // first byte.
    // The key fits unless it is longer than any pattern could match.
    let mut buf = [0u8; MAX_LEN];
    let lower = crate::loader::ascii::lowered_into(key, &mut buf)?;
    let first = lower.as_bytes().first().copied().unwrap_or(0);
    BY_FIRST
        .get(usize::from(first))?
        .iter()
        .copied()
        .find(|pat| match pat.how {
            Match::Whole => lower == pat.text,
            Match::Prefix => short && lower.starts_with(pat.text),
            Match::Contains => short && lower.contains(pat.text),
        })
}

/// For each first byte of a key, in [`PATTERNS`]' order, the patterns that
/// can match it: the `Whole` and `Prefix` ones starting with that byte,
/// and every `Contains` one. The list has grown past a hundred, and
/// walking all of it for each paragraph had become a visible cost.
static BY_FIRST: LazyLock<Vec<Vec<&'static Pattern>>> = LazyLock::new(|| {
    (0..=u8::MAX)
        .map(|b| {
            PATTERNS
                .iter()
                .filter(|pat| pat.how == Match::Contains || pat.text.as_bytes().first() == Some(&b))
                .collect()
        })
        .collect()
});

/// The longest `Whole` pattern, in bytes.
const LONGEST_WHOLE: usize = longest_whole(PATTERNS);

// A key that a `Whole` pattern could match must fit the lowercase buffer.
const _: () = assert!(LONGEST_WHOLE <= MAX_LEN);

const fn longest_whole(mut rest: &[Pattern]) -> usize {
    let mut longest = 0;
    while let [pat, tail @ ..] = rest {
        if matches!(pat.how, Match::Whole) && pat.text.len() > longest {
            longest = pat.text.len();
        }
        rest = tail;
    }
    longest
}

/// Whether a whole paragraph is boilerplate.
pub fn is_boilerplate(paragraph: &str) -> bool {
    find(paragraph).is_some()
}

/// A separator rule (`______`, `-----`, `* * *` is not one: that is a
/// scene break some writers use, but it carries nothing either).
const RULE: Pattern = Pattern {
    text: "___",
    how: Match::Whole,
    tail: false,
};

fn is_rule(p: &str) -> bool {
    let mut marks = 0;
    for c in p.chars() {
        match c {
            '_' | '-' | '=' | '*' | '~' | '—' | '–' | '#' => marks += 1,
            ' ' => {}
            _ => return false,
        }
    }
    marks >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tail(p: &str) -> bool {
        find(p).is_some_and(|pat| pat.tail)
    }

    #[test]
    fn comment_forms() {
        assert!(tail("Leave a comment"));
        assert!(tail(
            "Your email address will not be published. Required fields are marked *"
        ));
        assert!(tail("Post a comment"));
        assert!(tail("Comments"));
        assert!(tail("Comments:"));
    }

    #[test]
    fn share_and_subscribe_prompts() {
        assert!(is_boilerplate("Share this:"));
        assert!(is_boilerplate("Sign up for our newsletter"));
        assert!(is_boilerplate("Subscribe"));
        assert!(is_boilerplate("Follow us on Twitter and Facebook"));
        assert!(is_boilerplate("Click here to download the app."));
    }

    #[test]
    fn related_links() {
        assert!(is_boilerplate("Related: Markets fall again"));
        assert!(is_boilerplate("Read more"));
        assert!(is_boilerplate("See also:"));
        assert!(is_boilerplate("Also read: Why the yen rose"));
        assert!(is_boilerplate("SEE MORE: Markets fall again"));
        assert!(is_boilerplate("[Related: Markets fall again]"));
        assert!(is_boilerplate("Filed under: Markets |"));
        assert!(is_boilerplate("MORE: Markets fall again"));
        assert!(tail("Our Standards: The Example Trust Principles."));
    }

    #[test]
    fn copyright_lines() {
        assert!(is_boilerplate("© 2019 Asia Times Financial Limited"));
        assert!(is_boilerplate("Copyright 2020 The Associated Press."));
        assert!(is_boilerplate("All rights reserved."));
        assert!(is_boilerplate("Reuters. All rights reserved."));
    }

    #[test]
    fn advertisement_rules_and_scraper_strings() {
        assert!(is_boilerplate("Advertisement"));
        assert!(is_boilerplate("ADVERT"));
        assert!(is_boilerplate("Anzeige"));
        assert!(is_boilerplate("Sharing is caring!"));
        assert!(is_boilerplate("Print Article"));
        assert!(is_boilerplate("This slideshow requires JavaScript."));
        assert!(tail("About the Author"));
        assert!(tail("POPULAR THIS WEEK"));
        assert!(is_boilerplate("________________________________"));
        assert!(is_boilerplate("- - - - -"));
        assert!(is_boilerplate("点击即可启用 Adobe Flash Player下载音频"));
    }

    #[test]
    fn voa_prompt_and_glossary_start_the_tail() {
        assert!(tail(
            "We want to hear from you. Write to us in the Comments section, and post on our Facebook page."
        ));
        assert!(tail("Words in This Story"));
    }

    #[test]
    fn patterns_are_lowercase_so_the_first_byte_filter_holds() {
        for pat in PATTERNS {
            assert_eq!(pat.text, pat.text.to_ascii_lowercase(), "{}", pat.text);
        }
        assert!(tail("LEAVE A COMMENT"));
        assert!(is_boilerplate("Photo © 2019. ALL Rights Reserved."));
        assert!(!is_boilerplate("Comment"));
        assert!(is_boilerplate("  Skip to content  "));
    }

    #[test]
    fn content_that_mentions_the_words_stays() {
        assert!(!is_boilerplate(
            "Readers who subscribe to the paper were told of the change on Monday."
        ));
        assert!(!is_boilerplate(
            "Comments by the minister angered the opposition."
        ));
        assert!(!is_boilerplate("Copyright law is changing fast in the EU, and authors worry that the new rules will favour platforms over writers, a coalition of publishers said in a statement on Monday after weeks of talks in Brussels that ended without agreement on the key articles of the draft, which had been amended many times before."));
        assert!(!is_boilerplate(
            "D.I.Y. Bar, Yerevan, Armenia © Onnik Krikorian"
        ));
        assert!(!is_boilerplate("[...]"));
        assert!(!is_boilerplate("1-2-3"));
    }
}
