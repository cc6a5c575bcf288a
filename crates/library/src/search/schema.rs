//! What one indexed article holds: the tantivy schema, shared by the writer
//! (which fills it) and the searcher (which reads postings and fast fields
//! from it), and the version marker that says which schema a dir holds.
//!
//! Searches load no document: every answer to a search is a count read
//! from postings plus the article id from two fast fields. The one thing
//! in tantivy's doc store is each article's attributed quotes
//! ([`Fields::quote`]), read only by a person's quotes view, which would
//! otherwise have to read and structure every article quoting them again.

use tantivy::schema::{
    BytesOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::Index;

use super::fold::{FoldTokenizer, Tokenized, TOKENIZER};

/// Written to [`MARKER`]: bump it whenever the schema or the analysis
/// changes, and every index on disk is rebuilt at its next open.
/// (2: the stored quotes; an index of 1 lacks them and is rebuilt, and
/// since a rebuilt index is fresh, the indexer reads every file again.)
pub const VERSION: &str = "newsreader search index 2\n";
/// The file that marks a dir as ours (see [`crate::search::SearchIndex::open`]).
pub const MARKER: &str = "newsreader-search-version";

/// Between a person key's surname and the key itself in the `surname`
/// field: a unit separator sorts below every char of a name, so all the
/// full names with surname `smith` are exactly the terms that begin
/// `smith\u{1f}`.
pub const SURNAME_SEP: char = '\u{1f}';

/// The fields, by handle.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The file's OS path bytes: the key `add` and `forget` delete by.
    pub path: Field,
    /// The article id (a u128) as its high and low halves.
    pub id_hi: Field,
    pub id_lo: Field,
    pub title: Field,
    pub body: Field,
    /// Entity keys, one value per mention, so the term frequency is the
    /// mention count.
    pub person: Field,
    pub place: Field,
    pub org: Field,
    /// Speaker keys, one value per attributed quote.
    pub speaker: Field,
    /// `surname \u{1f} key` for each multi-word person key: what the
    /// cross-article person merge looks up.
    pub surname: Field,
    /// Stored only, not indexed: one value per quote with a speaker, as
    /// [`super::quotes::encode`] writes it.
    pub quote: Field,
}

pub const ID_HI: &str = "id_hi";
pub const ID_LO: &str = "id_lo";

/// The schema and its field handles.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    // Counts need frequencies, nothing needs positions (no phrase
    // queries) or norms (no BM25): both would only grow the index.
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqs)
            .set_fieldnorms(false),
    );
    let keys = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::WithFreqs)
            .set_fieldnorms(false),
    );
    let id = NumericOptions::default().set_fast();
    let fields = Fields {
        path: b.add_bytes_field("path", BytesOptions::default().set_indexed()),
        id_hi: b.add_u64_field(ID_HI, id.clone()),
        id_lo: b.add_u64_field(ID_LO, id),
        title: b.add_text_field("title", words.clone()),
        body: b.add_text_field("body", words),
        person: b.add_text_field("person", keys.clone()),
        place: b.add_text_field("place", keys.clone()),
        org: b.add_text_field("org", keys.clone()),
        speaker: b.add_text_field("speaker", keys.clone()),
        surname: b.add_text_field("surname", keys),
        quote: b.add_text_field("quote", TextOptions::default().set_stored()),
    };
    (b.build(), fields)
}

/// Make `index` know our tokenizer: tantivy keeps tokenizers in the
/// `Index` value, not on disk, so every opened index needs this. What it
/// returns counts the text the index's tokenizers have read.
pub fn register(index: &Index) -> Tokenized {
    let read = Tokenized::default();
    index
        .tokenizers()
        .register(TOKENIZER, FoldTokenizer::counting(read.clone()));
    read
}
