//! Page chrome that sits inside or around an article (share buttons,
//! newsletter boxes, related links, ads, comment sections, breadcrumbs),
//! recognised by what the page calls it: whole words of an element's
//! `class`, `id` or `role`, never by the text of one particular site.

use dom_query::NodeRef;

/// Words in a `class` or `id` (split at `-`, `_`, spaces, and case
/// changes) that name chrome.
const CHROME_WORDS: &[&str] = &[
    "share",
    "sharing",
    "sharebar",
    "social",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "related",
    "recommended",
    "recommendations",
    "recirc",
    "trending",
    "popular",
    "promo",
    "promotion",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "adslot",
    "sponsored",
    "outbrain",
    "taboola",
    "comments",
    "comment",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "sidebar",
    "toolbar",
    "cookie",
    "cookies",
    "consent",
    "modal",
    "popup",
    "paywall",
    "byline",
    "dateline",
    "tags",
    "topics",
    // Photo galleries and slideshows: their counters, open/close buttons
    // and captions repeated for every slide.
    "gallery",
    "inlinegallery",
    "slideshow",
    "carousel",
    "lightbox",
    "slidecount",
    // "Story highlights" boxes, the summary a page prints above its story.
    "highlights",
    "storyhighlights",
];

/// ARIA roles of chrome.
const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alert",
];

/// Words that mark a photo credit inside a figure.
const CREDIT_WORDS: &[&str] = &[
    "credit",
    "credits",
    "copyright",
    "photographer",
    "attribution",
    "byline",
    "source",
];

/// Words in a `class` that name a subhead written as a paragraph.
const SUBHEAD_WORDS: &[&str] = &[
    "subhead",
    "subheading",
    "subheader",
    "crosshead",
    "intertitle",
    "subtitle",
];

/// Elements that hold the article itself: never removed as chrome even
/// when a class says e.g. `has-share-bar`.
const CONTAINERS: &[&str] = &["html", "body", "main", "article", "h1"];

/// Whether `node` is chrome to leave out.
pub fn is_chrome(node: &NodeRef) -> bool {
    if let Some(role) = node.attr("role") {
        if CHROME_ROLES.iter().any(|r| role.eq_ignore_ascii_case(r)) {
            return true;
        }
    }
    let Some(name) = node.node_name() else {
        return false;
    };
    if CONTAINERS.iter().any(|c| name.eq_ignore_ascii_case(c)) {
        return false;
    }
    has_word(node, CHROME_WORDS)
}

/// Whether the page hides `node` from readers.
pub fn is_hidden(node: &NodeRef) -> bool {
    if node.has_attr("hidden") {
        return true;
    }
    if node
        .attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    node.attr("style").is_some_and(|style| {
        let squeezed: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        squeezed.contains("display:none") || squeezed.contains("visibility:hidden")
    })
}

/// Whether the page calls `node` a subhead.
pub fn is_subhead(node: &NodeRef) -> bool {
    has_word(node, SUBHEAD_WORDS)
}

/// Whether `node` (inside a figure) holds the photo's credit.
pub fn is_credit(node: &NodeRef) -> bool {
    has_word(node, CREDIT_WORDS)
}

/// Whether a word of `node`'s class or id is one of `words`.
fn has_word(node: &NodeRef, words: &[&str]) -> bool {
    ["class", "id"].iter().any(|attr| {
        node.attr(attr).is_some_and(|value| {
            split_words(&value).any(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w)))
        })
    })
}

/// The words of a class or id value: `c-share-bar`, `relatedLinks`,
/// `newsletter_signup` → `c share bar`, `related Links`, `newsletter
/// signup` (compared ignoring case; no allocation, as every element's
/// class is read).
fn split_words(value: &str) -> impl Iterator<Item = &str> + '_ {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(|rest| CamelWords { rest })
}

/// `relatedLinks` → `related`, `Links`; `URLBox` stays one word. The
/// input is ASCII letters and digits only.
struct CamelWords<'a> {
    rest: &'a str,
}

impl<'a> Iterator for CamelWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let bytes = self.rest.as_bytes();
        let cut = (1..bytes.len())
            .find(|&i| {
                bytes[i].is_ascii_uppercase()
                    && (bytes[i - 1].is_ascii_lowercase() || bytes[i - 1].is_ascii_digit())
            })
            .unwrap_or(bytes.len());
        let (word, rest) = self.rest.split_at(cut);
        self.rest = rest;
        Some(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words_split_at_separators_and_case() {
        let words: Vec<String> = split_words("c-share_bar relatedLinks URLBox")
            .map(str::to_ascii_lowercase)
            .collect();
        assert_eq!(words, ["c", "share", "bar", "related", "links", "urlbox"]);
    }
}
