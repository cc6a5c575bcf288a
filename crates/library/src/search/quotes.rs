//! A person's quotes kept in the index, so that their quotes view is read
//! from it rather than by reading and structuring every article that
//! quotes them again (issue 17: a politician quoted in 20,000 articles
//! waited 4-10 s for that).
//!
//! Each quote with a speaker is one stored value of the `quote` field:
//! where it stands (block, char offsets, for the reader to jump to), its
//! speaker's [`super::entity_key`] (what the view picks by) and its text,
//! in reading order. [`QuoteDocs`] reads them back from one snapshot of the
//! index; [`super::Searcher::quote_docs`] makes it.

use std::path::PathBuf;

use tantivy::schema::{Field, Value};
use tantivy::{DocAddress, TantivyDocument};

use super::{IdMap, SearchError};
use newsreader_core::article::Quote;

/// Between a stored quote's parts. The loader strips control characters
/// from every text, so none is in a key; the text comes last, so it may
/// hold anything.
const SEP: char = '\u{1f}';

/// One quote as stored: what the quotes view shows and where Enter takes
/// the reader (`Quote::block`, `start`, `end`, `text` of the article).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredQuote {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The stored value of `quote`, said by the person of key `key`.
pub(super) fn encode(key: &str, quote: &Quote) -> String {
    format!(
        "{}{SEP}{}{SEP}{}{SEP}{key}{SEP}{}",
        quote.block, quote.start, quote.end, quote.text
    )
}

/// The speaker's key and the quote of a value [`encode`] wrote; `None` for
/// anything else (nothing else is ever written to the field).
fn decode(value: &str) -> Option<(&str, StoredQuote)> {
    let mut parts = value.splitn(5, SEP);
    let mut number = || parts.next()?.parse().ok();
    let (block, start, end) = (number()?, number()?, number()?);
    let key = parts.next()?;
    let text = parts.next()?.to_string();
    let quote = StoredQuote {
        block,
        start,
        end,
        text,
    };
    Some((key, quote))
}

/// The articles quoting a person, by id, in one snapshot of the index:
/// their stored quotes stay readable whatever is committed meanwhile.
pub struct QuoteDocs {
    searcher: tantivy::Searcher,
    field: Field,
    docs: IdMap<DocAddress>,
    dir: PathBuf,
}

impl QuoteDocs {
    pub(super) fn new(
        searcher: tantivy::Searcher,
        field: Field,
        docs: IdMap<DocAddress>,
        dir: PathBuf,
    ) -> QuoteDocs {
        QuoteDocs {
            searcher,
            field,
            docs,
            dir,
        }
    }

    /// The quotes of article `id` whose speaker's key is one of `keys`, in
    /// reading order: what [`super::quotes_by`] picks from the structured
    /// article; none for an article that does not quote them.
    pub fn quotes(&self, id: u128, keys: &[String]) -> Result<Vec<StoredQuote>, SearchError> {
        let Some(&at) = self.docs.get(&id) else {
            return Ok(Vec::new());
        };
        let doc: TantivyDocument = self.searcher.doc(at).map_err(|cause| SearchError::Index {
            dir: self.dir.clone(),
            what: "reading stored quotes",
            cause,
        })?;
        let quotes = doc
            .get_all(self.field)
            .filter_map(|v| v.as_str())
            .filter_map(decode)
            .filter(|(key, _)| keys.iter().any(|k| k == key))
            .map(|(_, quote)| quote)
            .collect();
        Ok(quotes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_comes_back_as_it_went_in() {
        let quote = Quote {
            block: 3,
            start: 12,
            end: 40,
            text: "We will \u{1f} not move, 1 2 3".into(),
            speaker: Some("Vladimir Putin".into()),
            cue: None,
        };
        let value = encode("vladimir putin", &quote);
        let (key, back) = decode(&value).expect("decodes");
        assert_eq!(key, "vladimir putin");
        assert_eq!(
            back,
            StoredQuote {
                block: 3,
                start: 12,
                end: 40,
                text: quote.text.clone(),
            }
        );
    }

    #[test]
    fn anything_else_is_no_quote() {
        for bad in [
            "",
            "1\u{1f}2",
            "a\u{1f}2\u{1f}3\u{1f}k\u{1f}t",
            "1\u{1f}2\u{1f}3\u{1f}k",
        ] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
    }
}
