//! The text a page prints around a story that the html stage recognises
//! (summary labels, share buttons, publication stamps, credits, contact
//! lines, author notes), read once from `assets/lexicon/html.txt`
//! (embedded at build time), so a phrase is added there rather than in the
//! rules of [`furniture`](super::furniture) and the walk's marks. Markup
//! vocabulary (tags, attributes, class words, ARIA roles) stays in the
//! code that reads the markup.

use std::sync::LazyLock;

use crate::loader::entities::word_lists;

const DATA: &str = include_str!("../../../assets/lexicon/html.txt");

word_lists!(
    /// One list per `[section]` of the data file, named as the section:
    /// sets for the words probed exactly, the stamp openers in file order
    /// (the first that opens a line wins).
    pub(in crate::loader::html) struct HtmlWords {
        highlight_label,
        share_button,
        network,
        credit_opener,
        contact_word,
        bio_verb,
        role_word,
    }
    in_order {
        stamp_opener,
    }
);

pub(in crate::loader::html) static HTML_WORDS: LazyLock<HtmlWords> =
    LazyLock::new(|| HtmlWords::read(DATA));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_read_and_none_is_empty() {
        crate::loader::entities::assert_sections_are_fields(DATA, HtmlWords::SECTIONS);
        assert!(HTML_WORDS.highlight_label.contains("story highlights"));
        assert!(HTML_WORDS.stamp_opener.contains(&"first published"));
        assert!(HTML_WORDS.network.contains("whatsapp"));
    }
}
