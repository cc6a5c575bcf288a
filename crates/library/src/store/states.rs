//! Everything the store remembers, as the reader looks it up: by an
//! article's [`key`](super::key()), else by its text hash, for a file
//! that was moved or renamed, or state written before keys existed (then
//! keyed by the hash alone).

use std::collections::HashMap;

use super::ArticleState;

/// Reading state by key, with the text hash each was last saved with.
/// Keys and hashes are held as 128-bit digests, not strings: the map is
/// read whole before the first frame, and a reader with 100,000
/// remembered articles would otherwise allocate and hold every key (a
/// collision of two keys' xxh3-128 digests is as unlikely as one of two
/// texts' ids, which the store relied on before keys).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct States {
    by_key: HashMap<u128, (ArticleState, u128)>,
    /// Text hash → the key holding state for that text.
    by_hash: HashMap<u128, u128>,
}

/// How [`States::find`] found an article's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// Under the article's own key, saved with this text.
    Key(ArticleState),
    /// Under the article's own key, saved with another text (it was
    /// edited since). The caller saves the new hash
    /// ([`Change::Hash`](super::Change::Hash)), so a later move is
    /// followed.
    Edited(ArticleState),
    /// Only under its text hash: the state of the same text elsewhere (a
    /// moved file, an old row). The caller saves it under the key
    /// ([`Change::Adopt`](super::Change::Adopt)).
    Hash(ArticleState),
}

impl Found {
    pub fn state(self) -> ArticleState {
        match self {
            Found::Key(s) | Found::Edited(s) | Found::Hash(s) => s,
        }
    }
}

/// A text hash as a number: the 32 hex digits of
/// [`content_id`](newsreader_core::article::content_id), else (a hash written some
/// other way) a hash of the string.
fn digest(hash: &str) -> u128 {
    match u128::from_str_radix(hash, 16) {
        Ok(n) if hash.len() == 32 => n,
        _ => key_digest(hash),
    }
}

/// A key as a number.
fn key_digest(key: &str) -> u128 {
    xxhash_rust::xxh3::xxh3_128(key.as_bytes())
}

impl States {
    /// The state of the article with `key` and text `hash`, if any.
    pub fn find(&self, key: &str, hash: &str) -> Option<Found> {
        if !key.is_empty() {
            if let Some((s, saved)) = self.by_key.get(&key_digest(key)) {
                let same = hash.is_empty() || *saved == digest(hash);
                return Some(if same {
                    Found::Key(*s)
                } else {
                    Found::Edited(*s)
                });
            }
        }
        if hash.is_empty() {
            return None;
        }
        let other = self.by_hash.get(&digest(hash))?;
        self.by_key.get(other).map(|(s, _)| Found::Hash(*s))
    }

    /// Remember `state` for the article with `key` and text `hash`.
    pub fn insert(&mut self, key: &str, hash: &str, state: ArticleState) {
        if key.is_empty() {
            return;
        }
        let key = key_digest(key);
        let hash = if hash.is_empty() {
            self.by_key.get(&key).map_or(0, |(_, h)| *h)
        } else {
            digest(hash)
        };
        self.by_hash.insert(hash, key);
        self.by_key.insert(key, (state, hash));
    }

    /// The state under exactly `key` (no hash fallback).
    pub fn get(&self, key: &str) -> Option<ArticleState> {
        self.by_key.get(&key_digest(key)).map(|(s, _)| *s)
    }

    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }
}

/// The state under exactly `key`, like a map's index: panics when there
/// is none (for tests; the reader uses [`States::find`]).
impl std::ops::Index<&str> for States {
    type Output = ArticleState;

    fn index(&self, key: &str) -> &ArticleState {
        &self.by_key[&key_digest(key)].0
    }
}

/// States by text hash alone, as rows were kept before keys: each is its
/// own key.
impl FromIterator<(String, ArticleState)> for States {
    fn from_iter<I: IntoIterator<Item = (String, ArticleState)>>(iter: I) -> States {
        let mut states = States::default();
        for (hash, state) in iter {
            states.insert(&hash, &hash, state);
        }
        states
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starred() -> ArticleState {
        ArticleState {
            starred: true,
            ..ArticleState::default()
        }
    }

    #[test]
    fn the_key_wins_then_the_hash_is_followed() {
        let mut s = States::default();
        s.insert("file:/a.txt", "h1", starred());
        assert_eq!(s.find("file:/a.txt", "h1"), Some(Found::Key(starred())));
        assert_eq!(s.find("file:/a.txt", "h2"), Some(Found::Edited(starred())));
        assert_eq!(s.find("file:/b.txt", "h1"), Some(Found::Hash(starred())));
        assert_eq!(s.find("file:/b.txt", "h2"), None);
        assert_eq!(s.find("file:/b.txt", ""), None);
        // A row from before keys: its key is its hash.
        let old = newsreader_core::article::content_id("old text");
        s.insert(&old, &old, ArticleState::default());
        assert!(matches!(s.find("url:x", &old), Some(Found::Hash(_))));
        assert_eq!(s.len(), 2);
        // Saved again with the new text: the key is found by it.
        s.insert("file:/a.txt", "h2", starred());
        assert_eq!(s.find("file:/a.txt", "h2"), Some(Found::Key(starred())));
        assert_eq!(s.find("file:/c.txt", "h2"), Some(Found::Hash(starred())));
    }
}
