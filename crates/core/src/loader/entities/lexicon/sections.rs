//! The `[section]` format of the word files under `assets/lexicon/`, read
//! by the entity finder's lexicon, its kinds' lists and attribution's word
//! lists alike, so a word is added the same way wherever it goes and one
//! test checks every file for words listed twice.

use std::collections::HashMap;

use super::FxSet;

/// Sections whose lines are whole phrases rather than lists of words. A
/// line is trimmed, so a phrase cannot start or end with a space, and
/// cannot hold `#`. Names are shared by every word file.
const PHRASE_SECTIONS: &[&str] = &[
    // words.txt
    "other_phrase",
    "furniture_phrase",
    "org_phrase",
    // attribution.txt
    "puts_out",
    "putting_out",
    // kinds.txt
    "standing",
    "credit_mark",
    "story_credit",
    // html.txt
    "highlight_label",
    "stamp_opener",
    // layout.txt
    "caption_label",
    "kept_caption_label",
    "agency",
    "platform",
];

/// Every entry of a word file with the section it is listed under, in file
/// order: `[name]` starts a section (a name may come back later in the
/// file), words are separated by whitespace, `#` starts a comment.
pub fn entries(data: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut current = "";
    // Asked once a section, not once a line: the gazetteer has thousands.
    let mut phrases = false;
    for line in data.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name;
            phrases = PHRASE_SECTIONS.contains(&name);
        } else if phrases {
            // One phrase a line: its words stay together.
            if !line.is_empty() {
                out.push((current, line));
            }
        } else {
            out.extend(line.split_whitespace().map(|w| (current, w)));
        }
    }
    out
}

/// A word file's sections as sets, keyed by section name.
pub fn sets(data: &'static str) -> HashMap<&'static str, FxSet<&'static str>> {
    sections_of(&entries(data), &[]).0
}

/// A word file's sections as sets, and those whose order matters as
/// `Vec`s in file order, each keyed by section name.
pub type Sections = (
    HashMap<&'static str, FxSet<&'static str>>,
    HashMap<&'static str, Vec<&'static str>>,
);

/// [`Sections`] of entries already read, in one pass: each run of a
/// section goes to a `Vec` when the section is one of `ordered`, to a set
/// otherwise, so no section is built twice at start-up.
pub fn sections_of(entries: &[(&'static str, &'static str)], ordered: &[&str]) -> Sections {
    let mut sets: HashMap<&'static str, FxSet<&'static str>> = HashMap::new();
    let mut lists: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    // Entries come in runs of one section: look the section up once a run,
    // and size each set once, rather than hash its name and regrow per
    // word (this runs at every start, before the first article).
    for run in entries.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(section, _)) = run.first() else {
            continue;
        };
        let words = run.iter().map(|&(_, word)| word);
        if ordered.contains(&section) {
            lists.entry(section).or_default().extend(words);
        } else {
            let set = sets.entry(section).or_default();
            set.reserve(run.len());
            set.extend(words);
        }
    }
    (sets, lists)
}

/// A struct of word sets read from a `[section]` file, one field per
/// section, named as the section: `word_lists!(pub struct Lists { speech,
/// title })` gives `Lists::read(data)` and `Lists::SECTIONS` (for tests).
/// Sections named after `in_order` are read as a `Vec` in file order
/// instead, for lists whose order matters or that are not probed exactly:
/// `word_lists!(pub struct Lists { speech } in_order { labels })`.
/// A section the file lacks reads as empty, so each user has a test
/// that the file's sections and the fields are the same.
/// The sets are `FxSet<&'static str>`s; `word_lists!(sets WordSet; pub
/// struct …)` makes them another set type built from one (the entity
/// finder's [`WordSet`](super::WordSet)).
macro_rules! word_lists {
    (
        sets $set:ty;
        $(#[$meta:meta])* $vis:vis struct $name:ident { $($field:ident),* $(,)? }
        $(in_order { $($ordered:ident),* $(,)? })?
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $(pub $field: $set,)*
            $($(pub $ordered: Vec<&'static str>,)*)?
        }

        impl $name {
            /// Every section the data file may have.
            #[cfg(test)]
            pub const SECTIONS: &[&str] = &[$(stringify!($field),)* $($(stringify!($ordered),)*)?];

            fn read(data: &'static str) -> Self {
                let entries = $crate::loader::entities::word_entries(data);
                #[allow(unused_mut, unused_variables)]
                let (mut sets, mut lists) = $crate::loader::entities::word_sections(
                    &entries,
                    &[$($(stringify!($ordered)),*)?],
                );
                Self {
                    $($field: <$set>::from(sets.remove(stringify!($field)).unwrap_or_default()),)*
                    $($($ordered: lists.remove(stringify!($ordered)).unwrap_or_default(),)*)?
                }
            }
        }
    };
    (
        $(#[$meta:meta])* $vis:vis struct $name:ident { $($field:ident),* $(,)? }
        $(in_order { $($ordered:ident),* $(,)? })?
    ) => {
        $crate::loader::entities::word_lists!(
            sets $crate::loader::entities::FxSet<&'static str>;
            $(#[$meta])* $vis struct $name { $($field),* }
            $(in_order { $($ordered),* })?
        );
    };
}
pub(crate) use word_lists;

/// A word file's sections are exactly a `word_lists!` struct's fields:
/// none unread (a misspelt `[section]` would be dropped silently) and none
/// empty. Every reader of a word file tests itself with this.
#[cfg(test)]
pub fn assert_sections_are_fields(data: &'static str, fields: &[&str]) {
    let entries = entries(data);
    for (section, _) in &entries {
        assert!(fields.contains(section), "unknown section [{section}]");
    }
    for name in fields {
        assert!(entries.iter().any(|(s, _)| s == name), "[{name}] is empty");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sections of one file that must share no word: a given name is
    /// borne mostly by women or mostly by men, never both.
    const DISJOINT: &[(&str, &str, &str)] = &[("words.txt", "feminine_name", "masculine_name")];

    fn word_files() -> Vec<(String, &'static str)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lexicon");
        let mut files: Vec<(String, &'static str)> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                let data: &'static str = std::fs::read_to_string(&p).unwrap().leak();
                (name, data)
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn no_section_lists_a_word_twice() {
        let files = word_files();
        assert!(files.iter().any(|(name, _)| name == "words.txt"));
        let mut twice = Vec::new();
        for (name, data) in &files {
            let mut seen = std::collections::HashSet::new();
            for (section, word) in entries(data) {
                if !seen.insert((section, word)) {
                    twice.push(format!("{name} [{section}] {word}"));
                }
            }
        }
        assert!(twice.is_empty(), "listed twice: {twice:#?}");
    }

    #[test]
    fn sections_that_must_not_overlap_do_not() {
        let files = word_files();
        for &(file, a, b) in DISJOINT {
            let data = files.iter().find(|(name, _)| name == file).unwrap().1;
            let sets = sets(data);
            let (a_set, b_set) = (&sets[a], &sets[b]);
            let mut both: Vec<_> = a_set.intersection(b_set).collect();
            both.sort();
            assert!(both.is_empty(), "{file}: in both [{a}] and [{b}]: {both:?}");
        }
    }

    #[test]
    fn a_section_may_come_back_and_phrases_keep_their_spaces() {
        let data = "[a]\nx y # z\n[org_phrase]\ngoldman sachs\n\n[a]\nw\n";
        assert_eq!(
            entries(data),
            [
                ("a", "x"),
                ("a", "y"),
                ("org_phrase", "goldman sachs"),
                ("a", "w")
            ]
        );
    }
}
