//! What reading state is kept under: the one definition of an article's
//! identity ([`key`]), so a fixed typo or a re-published correction keeps
//! its star, read mark and place.
//!
//! In order of preference:
//!
//! 1. `url:URL`: the article's own address (a fetched page, a feed entry
//!    with a link). It survives any change to the text or the file.
//! 2. `file:PATH#N`: the library file (absolute, as the library walk found
//!    it: symlinks are not resolved, a per-file syscall at start costs
//!    too much), with `#N` for the Nth article of a file that holds many.
//! 3. `entry:FEED␟ID`: a feed entry's own id, scoped by its feed (URL or
//!    title), for an entry with neither address nor file (standard input).
//! 4. The text hash ([`Article::id`](newsreader_core::article::Article::id)) alone,
//!    for what has no identity of its own (the bundled samples). That is
//!    also what every row written before keys existed (schema ≤ 5) holds,
//!    and a key never looks like a hash (it has a `:`), so the two cannot
//!    meet by accident.
//!
//! The text hash is kept beside the key (see
//! [`States`](super::States)): a file that was moved or renamed has a new
//! key but the same text, and finds its state through the hash.
//!
//! Only what both the index cache's [`Summary`](super::Summary) and a
//! parsed [`Article`](newsreader_core::article::Article) carry decides the key (the
//! url and the file), so the list, built from the cache, and the reader,
//! built from the file, always agree. The feed entry id is not in the
//! cache: it keys only what has no file.

use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

/// Where the article came from, as far as its key cares.
#[derive(Debug, Clone, Copy, Default)]
pub struct Origin<'a> {
    /// `Article::url` / `Summary::url`.
    pub url: Option<&'a str>,
    /// The library file it was read from.
    pub path: Option<&'a Path>,
    /// Its place in a file that holds many (`Summary::entry`); 0 for the
    /// first or only one.
    pub entry: u32,
    /// `Article::feed`: scopes `entry_id`.
    pub feed: Option<&'a str>,
    /// `Article::entry_id`.
    pub entry_id: Option<&'a str>,
    /// `Article::id`, the text hash: the key of last resort.
    pub hash: &'a str,
}

/// The key reading state is kept under for the article from `origin`.
/// Empty only when it has no url, file or entry id and no text hash yet
/// (a file not yet structured, with no path either).
pub fn key(origin: Origin<'_>) -> String {
    if let Some(url) = origin.url.filter(|u| !u.trim().is_empty()) {
        return format!("url:{}", url.trim());
    }
    // Standard input's temporary file is gone after this run and its name
    // is reused: its articles are known by what they are, not by it.
    let spooled = |p: &Path| newsreader_core::loader::files::is_spooled_stdin(p);
    if let Some(path) = origin
        .path
        .filter(|p| !p.as_os_str().is_empty() && !spooled(p))
    {
        let path = absolute(path);
        return if origin.entry == 0 {
            format!("file:{}", path.to_string_lossy())
        } else {
            format!("file:{}#{}", path.to_string_lossy(), origin.entry)
        };
    }
    if let Some(id) = origin.entry_id.filter(|i| !i.trim().is_empty()) {
        return format!(
            "entry:{}\u{1f}{}",
            origin.feed.unwrap_or_default(),
            id.trim()
        );
    }
    origin.hash.to_string()
}

/// `path` made absolute against the working directory at start (read
/// once: the reader never changes it, and 100,000 `getcwd` calls at a
/// warm start would show), with `.` components dropped. `..` is kept: it
/// cannot be resolved without following symlinks.
fn absolute(path: &Path) -> PathBuf {
    static CWD: OnceLock<Option<PathBuf>> = OnceLock::new();
    if path.is_absolute() && !path.components().any(|c| c == Component::CurDir) {
        return path.to_path_buf();
    }
    let joined = match CWD.get_or_init(|| std::env::current_dir().ok()) {
        Some(cwd) if !path.is_absolute() => cwd.join(path),
        _ => path.to_path_buf(),
    };
    joined
        .components()
        .filter(|c| *c != Component::CurDir)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(hash: &str) -> Origin<'_> {
        Origin {
            hash,
            ..Origin::default()
        }
    }

    #[test]
    fn the_url_comes_first_then_the_file_then_the_entry_id() {
        let path = Path::new("/lib/feed.xml");
        let all = Origin {
            url: Some("https://example.org/a"),
            path: Some(path),
            entry: 3,
            feed: Some("https://example.org/feed"),
            entry_id: Some("tag:example.org,2024:a"),
            hash: "h",
        };
        assert_eq!(key(all), "url:https://example.org/a");
        let no_url = Origin { url: None, ..all };
        assert_eq!(key(no_url), "file:/lib/feed.xml#3");
        assert_eq!(
            key(Origin { entry: 0, ..no_url }),
            "file:/lib/feed.xml",
            "the only article of a file"
        );
        let no_file = Origin {
            path: None,
            ..no_url
        };
        assert_eq!(
            key(no_file),
            "entry:https://example.org/feed\u{1f}tag:example.org,2024:a"
        );
        assert_eq!(key(origin("h")), "h", "nothing but the text");
    }

    #[test]
    fn blank_fields_do_not_make_a_key() {
        let o = Origin {
            url: Some("  "),
            entry_id: Some(""),
            path: Some(Path::new("")),
            ..origin("h")
        };
        assert_eq!(key(o), "h");
    }

    #[test]
    fn a_relative_path_is_keyed_as_the_absolute_one() {
        let cwd = std::env::current_dir().unwrap();
        let relative = key(Origin {
            path: Some(Path::new("./lib/./a.txt")),
            ..origin("h")
        });
        let full = cwd.join("lib/a.txt");
        let absolute = key(Origin {
            path: Some(&full),
            ..origin("h")
        });
        assert_eq!(relative, absolute);
        assert!(!relative.contains("/./"), "{relative}");
    }

    #[test]
    fn a_key_never_looks_like_a_text_hash() {
        let hash = newsreader_core::article::content_id("Some text\n");
        assert!(!hash.contains(':'));
        let k = key(Origin {
            path: Some(Path::new("/a")),
            ..origin(&hash)
        });
        assert!(k.contains(':'));
    }
}
