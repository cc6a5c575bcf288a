//! The words of date lines and of photo captions' credits, read once from
//! `assets/lexicon/layout.txt` (embedded at build time), so a label or an
//! agency is added there rather than in the rules of [`dates`](super::dates)
//! and [`caption`](super::caption).

use std::sync::LazyLock;

use crate::loader::entities::word_lists;

const DATA: &str = include_str!("../../../assets/lexicon/layout.txt");

word_lists!(
    /// One list per `[section]` of the data file, named as the section:
    /// the date words a set, the caption's lists in file order (the first
    /// label that matches wins; agencies and platforms are compared
    /// ignoring case).
    pub(crate) struct LayoutWords {
        date_word,
    }
    in_order {
        caption_label,
        kept_caption_label,
        agency,
        platform,
    }
);

pub(crate) static LAYOUT_WORDS: LazyLock<LayoutWords> = LazyLock::new(|| LayoutWords::read(DATA));

/// The caption labels as matched: the file cannot end a line with a space,
/// so the space after a label that does not end in `:` (`photo by `) is
/// added here, once.
pub(crate) static CAPTION_LABELS: LazyLock<Vec<String>> = LazyLock::new(|| {
    LAYOUT_WORDS
        .caption_label
        .iter()
        .map(|l| {
            if l.ends_with(':') {
                (*l).to_owned()
            } else {
                format!("{l} ")
            }
        })
        .collect()
});

/// The labels of credits kept whole as matched, each with its space.
pub(crate) static KEPT_CAPTION_LABELS: LazyLock<Vec<String>> = LazyLock::new(|| {
    LAYOUT_WORDS
        .kept_caption_label
        .iter()
        .map(|l| format!("{l} "))
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_read_and_none_is_empty() {
        crate::loader::entities::assert_sections_are_fields(DATA, LayoutWords::SECTIONS);
        assert!(LAYOUT_WORDS.date_word.contains("a.m"));
        assert!(CAPTION_LABELS.iter().any(|l| l == "photo by "));
        assert!(CAPTION_LABELS.iter().any(|l| l == "photo:"));
        assert!(KEPT_CAPTION_LABELS.iter().any(|l| l == "courtesy of "));
        assert!(LAYOUT_WORDS.agency.contains(&"getty images"));
    }
}
