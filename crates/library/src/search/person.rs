//! Names as the library compares them across articles: the entity key, the
//! rule that merges a bare surname with the one full name it can stand for,
//! and picking a person's quotes out of a parsed article.
//!
//! Pure: the index feeds [`same_person`] what it found in its `surname`
//! field, and the reader calls [`quotes_by`] on an article it has loaded.

use super::fold::fold_char_into;
use newsreader_core::article::Article;

/// The key a name is compared by: folded like the in-article search
/// (lowercase, accents dropped, final sigma as sigma), whitespace
/// collapsed to single spaces. Honorifics are already off: the loader
/// gives names without them.
pub fn entity_key(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    name.chars().for_each(|c| fold_char_into(c, &mut folded));
    let mut key = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// The last word of a key with two words or more: what a bare mention of
/// that person would be.
pub fn surname_of(key: &str) -> Option<&str> {
    key.rsplit_once(' ').map(|(_, last)| last)
}

/// The keys that count as the same person as `key`, `key` first.
///
/// `full_names` are all the multi-word person keys in the library whose
/// surname is `key`'s surname (for a one-word key: is `key`). A full name
/// and its bare surname are one person exactly when that surname belongs
/// to one full name only; with two (`john smith`, `mary smith`) a bare
/// `smith` could be either, so it stays its own, and the full names never
/// merge with each other.
pub fn same_person(key: &str, full_names: &[String]) -> Vec<String> {
    let mut keys = vec![key.to_string()];
    let mut names = full_names.iter().filter(|n| !n.is_empty());
    let (Some(only), None) = (names.next(), names.next()) else {
        // None or several: no merge. (Repeats of one name were already
        // folded into one by the caller's set.)
        return keys;
    };
    match surname_of(key) {
        // A full name: its surname alone, if the name is that one.
        Some(surname) if only == key => keys.push(surname.to_string()),
        Some(_) => {}
        // A bare surname: the one full name that has it.
        None if surname_of(only) == Some(key) => keys.push(only.clone()),
        None => {}
    }
    keys
}

/// Indices into `article.quotes` of the quotes whose speaker's
/// [`entity_key`] is one of `keys`, in reading order.
pub fn quotes_by(article: &Article, keys: &[String]) -> Vec<usize> {
    article
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            q.speaker
                .as_deref()
                .is_some_and(|s| keys.contains(&entity_key(s)))
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn keys_fold_and_collapse_whitespace() {
        assert_eq!(entity_key("  José   ÁLVAREZ\n"), "jose alvarez");
        assert_eq!(entity_key("Vladimir Putin"), "vladimir putin");
        assert_eq!(entity_key("Οδυσσέας"), "οδυσσεασ");
    }

    #[test]
    fn a_surname_merges_with_its_only_full_name() {
        let full = s(&["vladimir putin"]);
        assert_eq!(same_person("putin", &full), s(&["putin", "vladimir putin"]));
        assert_eq!(
            same_person("vladimir putin", &full),
            s(&["vladimir putin", "putin"])
        );
    }

    #[test]
    fn a_shared_surname_merges_nobody() {
        let full = s(&["john smith", "mary smith"]);
        assert_eq!(same_person("smith", &full), s(&["smith"]));
        assert_eq!(same_person("john smith", &full), s(&["john smith"]));
        assert_eq!(same_person("mary smith", &full), s(&["mary smith"]));
    }

    #[test]
    fn nothing_to_merge_with() {
        assert_eq!(same_person("smith", &[]), s(&["smith"]));
        assert_eq!(same_person("john smith", &[]), s(&["john smith"]));
        // A list that is not about this key changes nothing.
        assert_eq!(same_person("smith", &s(&["john smyth"])), s(&["smith"]));
        assert_eq!(
            same_person("john smith", &s(&["mary smith"])),
            s(&["john smith"])
        );
    }

    #[test]
    fn quotes_are_picked_by_key() {
        let a = newsreader_core::loader::parse(
            "t",
            "Talks stall\n\n\"We will not move,\" said Vladimir Putin on Monday.\n\n\
             \"It is over,\" said Anna Berg.\n\n\"Nothing changes,\" Putin said.\n",
        );
        let speakers: Vec<_> = a.quotes.iter().map(|q| q.speaker.clone()).collect();
        let putin: Vec<usize> = (0..a.quotes.len())
            .filter(|&i| speakers[i].as_deref() == Some("Vladimir Putin"))
            .collect();
        assert!(!putin.is_empty(), "loader gave {speakers:?}");
        assert_eq!(quotes_by(&a, &s(&["vladimir putin"])), putin);
        assert_eq!(quotes_by(&a, &s(&["nobody"])), Vec::<usize>::new());
    }
}
