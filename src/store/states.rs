//! Everything the store remembers, as the reader looks it up: by an
//! article's [`key`](super::key()), else by its text hash, for a file
//! that was moved or renamed, or state written before keys existed (then
//! keyed by the hash alone).

use std::collections::HashMap;

use super::ArticleState;

/// Reading state by key, with the text hash each was last saved with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct States {
    by_key: HashMap<String, ArticleState>,
    /// Text hash → a key holding state for that text.
    by_hash: HashMap<String, String>,
}

/// How [`States::find`] found an article's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// Under the article's own key.
    Key(ArticleState),
    /// Only under its text hash: the state of the same text elsewhere (a
    /// moved file, an old row). The caller saves it under the key
    /// ([`Change::Adopt`](super::Change::Adopt)).
    Hash(ArticleState),
}

impl Found {
    pub fn state(self) -> ArticleState {
        match self {
            Found::Key(s) | Found::Hash(s) => s,
        }
    }
}

impl States {
    /// The state of the article with `key` and text `hash`, if any.
    pub fn find(&self, key: &str, hash: &str) -> Option<Found> {
        if let Some(s) = self.by_key.get(key).filter(|_| !key.is_empty()) {
            return Some(Found::Key(*s));
        }
        if hash.is_empty() {
            return None;
        }
        let other = self.by_hash.get(hash)?;
        self.by_key.get(other).map(|s| Found::Hash(*s))
    }

    /// Remember `state` for the article with `key` and text `hash`.
    pub fn insert(&mut self, key: &str, hash: &str, state: ArticleState) {
        if key.is_empty() {
            return;
        }
        self.by_key.insert(key.to_string(), state);
        if !hash.is_empty() {
            self.by_hash.insert(hash.to_string(), key.to_string());
        }
    }

    /// The state under exactly `key` (no hash fallback).
    pub fn get(&self, key: &str) -> Option<ArticleState> {
        self.by_key.get(key).copied()
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
        &self.by_key[key]
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
        assert_eq!(s.find("file:/a.txt", "h2"), Some(Found::Key(starred())));
        assert_eq!(s.find("file:/b.txt", "h1"), Some(Found::Hash(starred())));
        assert_eq!(s.find("file:/b.txt", "h2"), None);
        assert_eq!(s.find("file:/b.txt", ""), None);
        // A row from before keys: its key is its hash.
        s.insert("h3", "h3", ArticleState::default());
        assert!(matches!(s.find("url:x", "h3"), Some(Found::Hash(_))));
        assert_eq!(s.len(), 2);
    }
}
