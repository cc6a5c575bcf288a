//! File and folder names for what refresh saves, made from text strangers
//! wrote (titles, URLs): lowercase ASCII letters, digits and `-` only (so
//! no `..`, no `/`, no control or bidi characters, nothing a shell or
//! another OS minds), capped in length, and made unique by a short hash of
//! what identifies the thing, so two entries with one title never share a
//! file. The hash also lets a refresh that was killed after writing a
//! file, but before recording it, find that file again instead of saving
//! the entry twice.

use xxhash_rust::xxh3::xxh3_64;

/// Most characters of the readable part of a name.
pub const MAX_SLUG: usize = 60;

/// Hex digits of the hash suffix: 48 bits, so a feed needs millions of
/// entries before two could collide.
const HASH_DIGITS: usize = 12;

/// `text` as a slug: ASCII letters and digits (accents dropped to their
/// base letter where it is plain Latin), words joined by `-`, at most
/// [`MAX_SLUG`] characters cut at a word; `fallback` when nothing is left.
pub fn slug(text: &str, fallback: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    let mut gap = false;
    for c in text.nfkd() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else if unicode_normalization::char::is_combining_mark(c) {
            // An accent after its letter: the letter alone.
        } else {
            gap = true;
        }
        if out.len() >= MAX_SLUG {
            break;
        }
    }
    if out.len() > MAX_SLUG {
        out.truncate(MAX_SLUG);
    }
    if out.len() == MAX_SLUG {
        if let Some(cut) = out.rfind('-').filter(|&i| i > MAX_SLUG / 2) {
            out.truncate(cut);
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// The short hash that makes a name unique to `key`.
pub fn key_hash(key: &str) -> String {
    let hex = format!("{:016x}", xxh3_64(key.as_bytes()));
    hex[..HASH_DIGITS].to_string()
}

/// The folder for a feed, from its URL (not its title, which can change):
/// `host-path-HASH`.
pub fn feed_folder(feed_url: &str) -> String {
    let bare = feed_url
        .split_once("://")
        .map_or(feed_url, |(_, rest)| rest)
        .trim_start_matches("www.");
    format!("{}-{}", slug(bare, "feed"), key_hash(feed_url))
}

/// The file name for an entry or page: `title-HASH.html`.
pub fn entry_file(title: Option<&str>, key: &str) -> String {
    format!(
        "{}-{}.html",
        slug(title.unwrap_or(""), "article"),
        key_hash(key)
    )
}

/// The hash an [`entry_file`] name ends in, if it is one.
pub fn hash_of_file(name: &str) -> Option<&str> {
    let stem = name.strip_suffix(".html")?;
    let (_, hash) = stem.rsplit_once('-')?;
    (hash.len() == HASH_DIGITS && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_and_short() {
        assert_eq!(slug("Ça va? Très bien!", "x"), "ca-va-tres-bien");
        assert_eq!(slug("../../etc/passwd", "x"), "etc-passwd");
        assert_eq!(slug("\u{1b}[31mred\u{202e}txt.exe", "x"), "31mred-txt-exe");
        assert_eq!(slug("日本語", "article"), "article");
        assert_eq!(slug("", "article"), "article");
        let long = "word ".repeat(100);
        let s = slug(&long, "x");
        assert!(s.len() <= MAX_SLUG && !s.ends_with('-'), "{s}");
        assert_eq!(slug(&"a".repeat(500), "x").len(), MAX_SLUG);
    }

    #[test]
    fn names_differ_by_key_and_hash_reads_back() {
        let a = entry_file(Some("Same title"), "id:1");
        let b = entry_file(Some("Same title"), "id:2");
        assert_ne!(a, b);
        assert!(a.starts_with("same-title-") && a.ends_with(".html"));
        assert_eq!(hash_of_file(&a), Some(key_hash("id:1").as_str()));
        assert_eq!(hash_of_file("notes.html"), None);
        assert_eq!(hash_of_file(&format!("{a}.meta")), None);
        let f = feed_folder("https://www.example.com/feed.xml");
        assert!(f.starts_with("example-com-feed-xml-"), "{f}");
        assert_ne!(f, feed_folder("https://www.example.com/feed/xml"));
    }
}
