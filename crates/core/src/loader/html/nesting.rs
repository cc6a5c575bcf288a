//! A bound on how deep a page's elements nest, applied to the markup before
//! it is parsed. The HTML parser looks through the stack of open elements
//! at every start tag, so 100,000 nested `<div>`s cost it 10¹⁰ steps; no
//! real page nests more than a few dozen deep. Past [`MAX_NESTING`] open
//! elements, further start tags (and as many end tags) are left out; their
//! text stays.

use std::borrow::Cow;

use crate::loader::work::tick;

/// Deepest nesting kept.
pub const MAX_NESTING: usize = 128;

/// Elements that never have content, and elements whose end tag may be
/// left out (the parser closes them itself, so they do not stack up).
const NOT_STACKING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
];

/// Elements whose content is raw text: tags inside them are not tags.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// `html` with start tags nested deeper than [`MAX_NESTING`] (and their
/// end tags) taken out; borrowed unchanged when nothing nests that deep.
pub fn limit(html: &str) -> Cow<'_, str> {
    if scan(html, None) <= MAX_NESTING {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    scan(html, Some(&mut out));
    Cow::Owned(out)
}

/// One pass over the tags of `html`: the deepest nesting seen, and, with
/// `out`, the markup without the tags past the limit.
fn scan(html: &str, mut out: Option<&mut String>) -> usize {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut dropped = 0usize;
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = memchr(b'<', &bytes[at..]) {
        let start = at + found;
        let tag = match Tag::at(html, start) {
            Found::Tag(tag) => tag,
            Found::NotATag => {
                at = start + 1;
                continue;
            }
            // No `>` anywhere after: the rest is text.
            Found::Unended => break,
        };
        tick(tag.end - at);
        at = tag.end;
        let keep = match tag.kind {
            Kind::Other => true,
            Kind::Open(name) if RAW_TEXT.contains(&name.as_str()) => {
                // Skip to the matching end tag: what is inside is text.
                at = find_close(bytes, at, name.as_bytes());
                true
            }
            Kind::Open(name) if tag.self_closing || NOT_STACKING.contains(&name.as_str()) => true,
            Kind::Open(_) => {
                if depth >= MAX_NESTING {
                    dropped += 1;
                    false
                } else {
                    depth += 1;
                    deepest = deepest.max(depth);
                    true
                }
            }
            Kind::Close(name) if NOT_STACKING.contains(&name.as_str()) => true,
            Kind::Close(_) => {
                if dropped > 0 {
                    dropped -= 1;
                    false
                } else {
                    depth = depth.saturating_sub(1);
                    true
                }
            }
        };
        deepest = deepest.max(depth + dropped);
        if let Some(out) = out.as_deref_mut() {
            if !keep {
                out.push_str(&html[copied..start]);
                copied = tag.end;
            }
        }
    }
    if let Some(out) = out {
        out.push_str(&html[copied..]);
    }
    deepest
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// Where `</name` (any case) starts at or after `from`; the end if nowhere.
fn find_close(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(i) = memchr(b'<', &bytes[at..]) {
        let lt = at + i;
        tick(i + 1);
        let after = &bytes[lt + 1..];
        if after.first() == Some(&b'/')
            && after.len() > name.len()
            && after[1..=name.len()].eq_ignore_ascii_case(name)
        {
            return lt;
        }
        at = lt + 1;
    }
    bytes.len()
}

enum Found {
    Tag(Tag),
    NotATag,
    Unended,
}

enum Kind {
    Open(String),
    Close(String),
    /// A comment, doctype or processing instruction.
    Other,
}

struct Tag {
    kind: Kind,
    self_closing: bool,
    /// Byte just past the `>`.
    end: usize,
}

impl Tag {
    /// The tag starting at `html[start] == '<'`, if one does.
    fn at(html: &str, start: usize) -> Found {
        let rest = &html[start + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            let end = comment
                .find("-->")
                .map_or(html.len(), |i| start + 4 + i + 3);
            return Found::Tag(Tag {
                kind: Kind::Other,
                self_closing: false,
                end,
            });
        }
        let (close, name_from) = match rest.as_bytes().first() {
            Some(b'/') => (true, 1),
            Some(b'!' | b'?') => (false, 0),
            Some(c) if c.is_ascii_alphabetic() => (false, 0),
            _ => return Found::NotATag,
        };
        let Some(gt) = tag_end(rest) else {
            return Found::Unended;
        };
        let inner = &rest[..gt];
        let end = start + 1 + gt + 1;
        if inner.starts_with(['!', '?']) {
            return Found::Tag(Tag {
                kind: Kind::Other,
                self_closing: false,
                end,
            });
        }
        let name: String = inner[name_from..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() {
            return Found::NotATag;
        }
        Found::Tag(Tag {
            self_closing: inner.ends_with('/'),
            kind: if close {
                Kind::Close(name)
            } else {
                Kind::Open(name)
            },
            end,
        })
    }
}

/// Where the `>` ending a tag is, past quoted attribute values.
fn tag_end(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in rest.bytes().enumerate() {
        match (quote, b) {
            (None, b'>') => return Some(i),
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_left_alone() {
        let page =
            "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul><br><img src=x></div></body></html>";
        assert!(matches!(limit(page), Cow::Borrowed(_)));
    }

    #[test]
    fn nesting_past_the_limit_is_cut_and_the_text_kept() {
        let n = MAX_NESTING * 4;
        let page = format!(
            "{}<p>deep text</p>{}",
            "<div class=x>".repeat(n),
            "</div>".repeat(n)
        );
        let limited = limit(&page);
        assert_eq!(limited.matches("<div").count(), MAX_NESTING);
        assert_eq!(limited.matches("</div>").count(), MAX_NESTING);
        assert!(limited.contains("<p>deep text</p>"));
        assert!(scan(&limited, None) <= MAX_NESTING);
    }

    #[test]
    fn tags_inside_scripts_and_comments_do_not_count() {
        let n = MAX_NESTING * 2;
        let page = format!(
            "<script>{}</script><!--{}--><p>x",
            "<div>".repeat(n),
            "<div>".repeat(n)
        );
        assert!(matches!(limit(&page), Cow::Borrowed(_)));
    }
}
