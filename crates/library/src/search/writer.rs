//! An article into the index: the one document per file path that the
//! searcher counts in, and the writer that adds, replaces and forgets it.
//!
//! Making a file's documents (copying its text, keying its entities) is
//! the part that costs; a [`DocMaker`] does it on any thread without the
//! writer, so the indexer's workers go on structuring while the one
//! thread that owns the writer adds what they made and commits.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::fold::Tokenized;
use super::person::{entity_key, surname_of};
use super::quotes;
use super::schema::{Fields, SURNAME_SEP};
use super::{id_of, SearchError};
use newsreader_core::article::{Article, EntityKind};

/// The single writer of a [`super::SearchIndex`].
pub struct SearchWriter {
    writer: IndexWriter,
    fields: Fields,
    dir: PathBuf,
    /// Bytes of tokenized text (title and body) handed to tantivy ...
    sent: AtomicU64,
    /// ... and read by its indexing thread so far.
    tokenized: Tokenized,
}

// The indexer's workers call `add` through `&SearchWriter` on several
// threads: keep that true if the fields ever change.
const _: fn() = || {
    fn sync_and_send<T: Sync + Send>() {}
    sync_and_send::<SearchWriter>();
};

impl SearchWriter {
    pub(crate) fn new(
        writer: IndexWriter,
        fields: Fields,
        dir: PathBuf,
        tokenized: Tokenized,
    ) -> Self {
        SearchWriter {
            writer,
            fields,
            dir,
            sent: AtomicU64::new(0),
            tokenized,
        }
    }

    /// Bytes of text added that tantivy's indexing thread has not read
    /// yet: the documents waiting in its queue, which it takes 10,000 of
    /// (tens of MB of articles) before `add` blocks. A caller that adds
    /// faster than it indexes bounds its memory by waiting on this.
    pub fn backlog(&self) -> u64 {
        let sent = self.sent.load(Ordering::Relaxed);
        sent.saturating_sub(self.tokenized.bytes())
    }

    fn err(&self, what: &'static str, cause: tantivy::TantivyError) -> SearchError {
        SearchError::Index {
            dir: self.dir.clone(),
            what,
            cause,
        }
    }

    fn path_term(&self, path: &Path) -> Term {
        self.maker().path_term(path)
    }

    /// What makes documents for this writer's index on other threads.
    pub fn maker(&self) -> DocMaker {
        DocMaker {
            fields: self.fields,
        }
    }

    /// Index `article`, read from `path`, in place of whatever was indexed
    /// for that path before. Seen by searchers after the next
    /// [`commit`](Self::commit).
    pub fn add(&self, path: &Path, article: &Article) -> Result<(), SearchError> {
        self.add_prepared(self.maker().prepare(path, std::slice::from_ref(article)))
    }

    /// Index every article of a file of many (a feed file's entries), in
    /// place of whatever was indexed for `path` before: [`Self::add`]
    /// for one file that holds several articles, each its own document
    /// under the same path, so [`Self::forget`] drops them all.
    pub fn add_entries(&self, path: &Path, articles: &[Article]) -> Result<(), SearchError> {
        self.add_prepared(self.maker().prepare(path, articles))
    }

    /// Index a file's documents made by [`DocMaker::prepare`].
    pub fn add_prepared(&self, prepared: Prepared) -> Result<(), SearchError> {
        // One batch, so no commit can land between the delete and the adds.
        self.writer
            .run(prepared.ops)
            .map_err(|e| self.err("adding articles", e))?;
        self.sent.fetch_add(prepared.words, Ordering::Relaxed);
        Ok(())
    }

    /// Drop what was indexed for `path` (from the next commit on).
    pub fn forget(&self, path: &Path) -> Result<(), SearchError> {
        self.writer.delete_term(self.path_term(path));
        Ok(())
    }

    /// Make everything added so far visible to searchers (after their
    /// `refresh`) and durable.
    pub fn commit(&mut self) -> Result<(), SearchError> {
        self.writer
            .commit()
            .map(drop)
            .map_err(|e| self.err("committing", e))
    }
}

/// Makes the documents of a [`SearchWriter`]'s index without the writer:
/// plain field handles, so any thread can have a copy.
#[derive(Debug, Clone, Copy)]
pub struct DocMaker {
    fields: Fields,
}

/// A file's documents, ready for [`SearchWriter::add_prepared`].
pub struct Prepared {
    pub(super) ops: Vec<UserOperation>,
    /// Bytes of the text in `ops` that the tokenizer will read.
    pub(super) words: u64,
}

impl DocMaker {
    fn path_term(&self, path: &Path) -> Term {
        Term::from_field_bytes(self.fields.path, path.as_os_str().as_encoded_bytes())
    }

    /// The documents of `articles`, read from `path`, to replace whatever
    /// was indexed for `path` before.
    pub fn prepare(&self, path: &Path, articles: &[Article]) -> Prepared {
        let delete = UserOperation::Delete(self.path_term(path));
        let mut prepared = self.prepare_new(path, articles);
        prepared.ops.insert(0, delete);
        prepared
    }

    /// The documents of `articles`, read from `path`, for an index that
    /// holds nothing under `path` (one started afresh): no delete goes
    /// with them. The writer keeps every delete until the next commit and
    /// then looks each one up in every segment, which on a cold start of
    /// 100,000 files is 6 MB held and 100,000 lookups for nothing.
    pub fn prepare_new(&self, path: &Path, articles: &[Article]) -> Prepared {
        let ops = articles
            .iter()
            .map(|a| UserOperation::Add(document(&self.fields, path, a)))
            .collect();
        let words = articles.iter().map(tokenized_len).sum();
        Prepared { ops, words }
    }
}

/// Bytes of `article`'s text that [`document`] puts in tokenized fields.
fn tokenized_len(article: &Article) -> u64 {
    let body: usize = article.blocks.iter().map(|b| b.text.len()).sum();
    (article.title.len() + body) as u64
}

/// The document for `article` at `path`.
///
/// An article whose id is not 32 hex digits (never so from the loader) is
/// indexed under id 0, which no list entry has: it is never shown rather
/// than refused.
fn document(f: &Fields, path: &Path, article: &Article) -> TantivyDocument {
    let mut doc = TantivyDocument::new();
    doc.add_bytes(f.path, path.as_os_str().as_encoded_bytes());
    let id = id_of(&article.id).unwrap_or(0);
    doc.add_u64(f.id_hi, (id >> 64) as u64);
    doc.add_u64(f.id_lo, id as u64);
    doc.add_text(f.title, &article.title);
    for block in &article.blocks {
        doc.add_text(f.body, &block.text);
    }
    for entity in &article.entities {
        let field = match entity.kind {
            EntityKind::Person => f.person,
            EntityKind::Place => f.place,
            EntityKind::Organization => f.org,
            EntityKind::Other => continue,
        };
        let key = entity_key(&entity.name);
        if key.is_empty() {
            continue;
        }
        // One value per mention: the term frequency is the count. An
        // entity is at least one mention even if its positions are lost.
        for _ in 0..entity.mentions.max(1) {
            doc.add_text(field, &key);
        }
        if entity.kind == EntityKind::Person {
            if let Some(surname) = surname_of(&key) {
                doc.add_text(f.surname, format!("{surname}{SURNAME_SEP}{key}"));
            }
        }
    }
    for quote in &article.quotes {
        let Some(speaker) = quote.speaker.as_deref() else {
            continue;
        };
        let key = entity_key(speaker);
        if !key.is_empty() {
            doc.add_text(f.speaker, &key);
            // What the quotes view shows of it, so that view never has to
            // read and structure the article again.
            doc.add_text(f.quote, quotes::encode(&key, quote));
        }
    }
    doc
}
