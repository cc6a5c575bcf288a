//! Opening the index: a dir on disk (created, reused, or replaced when it is
//! ours but unreadable or of another schema version) or one in memory, and
//! handing out the single writer and searchers.
//!
//! A dir is *ours* when it holds the marker file ([`MARKER`]); only then is
//! anything in it ever deleted. The marker is written before the index and
//! removed last, so a crash at any point leaves a dir that is still ours.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use tantivy::directory::error::LockError;
use tantivy::indexer::IndexWriterOptions;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyError};

use super::fold::Tokenized;
use super::merges::SmallMerges;
use super::query::Searcher;
use super::schema::{register, schema, Fields, MARKER, VERSION};
use super::writer::SearchWriter;
use super::SearchError;

/// Memory for the writer's in-memory segment before it is written out:
/// modest, since the reader runs beside it, and plenty for one thread.
const WRITER_MEMORY: usize = 20_000_000;

/// The library's search index. Cheap to clone (tantivy's `Index` is
/// shared).
#[derive(Clone)]
pub struct SearchIndex {
    index: Index,
    fields: Fields,
    /// For messages: the dir, or `(in memory)`.
    dir: PathBuf,
    /// The text its tokenizer has read, for the writer's backlog.
    tokenized: Tokenized,
}

/// `writer` with the policy of [`super::merges`].
fn merging_small(writer: IndexWriter) -> IndexWriter {
    writer.set_merge_policy(Box::new(SmallMerges));
    writer
}

fn io_err(path: &Path, what: &'static str) -> impl FnOnce(io::Error) -> SearchError {
    let path = path.to_path_buf();
    move |cause| SearchError::Io { path, what, cause }
}

impl SearchIndex {
    /// Open or create the index in `dir` (created if missing). The `bool`
    /// is whether it is fresh: newly created, or an unreadable or
    /// other-version index of ours was replaced. A fresh index holds
    /// nothing, and the caller must add every article again.
    ///
    /// A dir without our marker is used only when empty; otherwise it is
    /// [`SearchError::NotOurs`] and nothing in it is touched.
    ///
    /// "Unreadable" is what shows at open: no or bad `meta.json`, another
    /// schema, segment files missing or too short to open. Damage inside a
    /// file that opens shows later, as an error from the searcher; removing
    /// the dir then makes the next open fresh. Replacing does not
    /// ask tantivy's lock: two newsreaders of different versions on one
    /// dir would take turns rebuilding it.
    pub fn open(dir: &Path) -> Result<(SearchIndex, bool), SearchError> {
        fs::create_dir_all(dir).map_err(io_err(dir, "creating the dir"))?;
        let marker = dir.join(MARKER);
        match fs::read(&marker) {
            Ok(version) if version == VERSION.as_bytes() => {
                // Ours and current; if it does not open, it is rebuilt.
                if let Some(index) = Self::existing(dir) {
                    return Ok((index, false));
                }
            }
            // Ours, another version (or a torn marker): rebuilt.
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let mut entries = fs::read_dir(dir).map_err(io_err(dir, "listing the dir"))?;
                if entries.next().is_some() {
                    return Err(SearchError::NotOurs {
                        dir: dir.to_path_buf(),
                    });
                }
            }
            Err(e) => return Err(io_err(&marker, "reading the version marker")(e)),
        }
        Self::replace(dir).map(|index| (index, true))
    }

    /// An index in memory (the bundled samples, tests).
    pub fn in_ram() -> SearchIndex {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        let tokenized = register(&index);
        SearchIndex {
            index,
            fields,
            dir: PathBuf::from("(in memory)"),
            tokenized,
        }
    }

    /// The index already in `dir`, when it opens with our schema and its
    /// segments load; `None` for anything else (it will be replaced).
    fn existing(dir: &Path) -> Option<SearchIndex> {
        let index = Index::open_in_dir(dir).ok()?;
        let (schema, fields) = schema();
        if index.schema() != schema {
            return None;
        }
        let tokenized = register(&index);
        let found = SearchIndex {
            index,
            fields,
            dir: dir.to_path_buf(),
            tokenized,
        };
        // Opening a reader opens every segment's files: a partly written
        // or truncated index fails here rather than at the first query.
        found.reader().ok()?;
        Some(found)
    }

    /// Empty our `dir` (marker last) and create a new index in it.
    fn replace(dir: &Path) -> Result<SearchIndex, SearchError> {
        let entries = fs::read_dir(dir).map_err(io_err(dir, "listing the dir"))?;
        for entry in entries {
            let entry = entry.map_err(io_err(dir, "listing the dir"))?;
            let path = entry.path();
            if entry.file_name() == MARKER {
                continue;
            }
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let removed = if is_dir {
                fs::remove_dir_all(&path)
            } else {
                fs::remove_file(&path)
            };
            removed.map_err(io_err(&path, "removing an old index file"))?;
        }
        let marker = dir.join(MARKER);
        fs::write(&marker, VERSION).map_err(io_err(&marker, "writing the version marker"))?;
        let (schema, fields) = schema();
        let index = Index::create_in_dir(dir, schema).map_err(|cause| SearchError::Index {
            dir: dir.to_path_buf(),
            what: "creating the index",
            cause,
        })?;
        let tokenized = register(&index);
        Ok(SearchIndex {
            index,
            fields,
            dir: dir.to_path_buf(),
            tokenized,
        })
    }

    fn reader(&self) -> Result<IndexReader, SearchError> {
        self.index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|cause| self.err("opening a reader", cause))
    }

    pub(crate) fn err(&self, what: &'static str, cause: TantivyError) -> SearchError {
        SearchError::Index {
            dir: self.dir.clone(),
            what,
            cause,
        }
    }

    /// The single writer. [`SearchError::Busy`] when another process (or
    /// another writer here) holds tantivy's lock on the dir.
    pub fn writer(&self) -> Result<SearchWriter, SearchError> {
        // One indexing thread: the callers parse on many threads, and
        // tantivy's own per-thread segments would only add merges. One
        // merge at a time: a merge maps every segment it reads, so two
        // at once held both in memory (tens of MB at a cold start of
        // 100,000 articles, the reader's peak), for no gain on two cores.
        let options = IndexWriterOptions::builder()
            .num_worker_threads(1)
            .memory_budget_per_thread(WRITER_MEMORY)
            .num_merge_threads(1)
            .build();
        match self.index.writer_with_options(options) {
            Ok(writer) => Ok(SearchWriter::new(
                merging_small(writer),
                self.fields,
                self.dir.clone(),
                self.tokenized.clone(),
            )),
            Err(TantivyError::LockFailure(LockError::LockBusy, _)) => Err(SearchError::Busy {
                dir: self.dir.clone(),
            }),
            Err(cause) => Err(self.err("opening the writer", cause)),
        }
    }

    /// A searcher on what is committed now; [`Searcher::refresh`] moves it
    /// on to later commits.
    pub fn searcher(&self) -> Result<Searcher, SearchError> {
        Ok(Searcher::new(self.reader()?, self.fields, self.dir.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_article(index: &SearchIndex) {
        let a =
            newsreader_core::loader::parse("a", "Rain in Lisbon\n\nIt rained all day in Lisbon.\n");
        let mut w = index.writer().unwrap();
        w.add(Path::new("a.txt"), &a).unwrap();
        w.commit().unwrap();
    }

    fn found(index: &SearchIndex, query: &str) -> usize {
        index.searcher().unwrap().search(query).unwrap().len()
    }

    #[test]
    fn a_new_dir_is_fresh_and_a_reopened_one_keeps_its_articles() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("search");
        let (index, fresh) = SearchIndex::open(&dir).unwrap();
        assert!(fresh);
        assert!(dir.join(MARKER).exists());
        one_article(&index);
        drop(index);
        let (index, fresh) = SearchIndex::open(&dir).unwrap();
        assert!(!fresh);
        assert_eq!(found(&index, "lisbon "), 1);
        // An empty dir that exists already is taken too.
        let (_, fresh) = SearchIndex::open(&tmp.path().join("search")).unwrap();
        assert!(!fresh);
    }

    #[test]
    fn garbage_in_our_dir_is_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let (index, _) = SearchIndex::open(dir).unwrap();
        one_article(&index);
        drop(index);
        fs::write(dir.join("meta.json"), b"{ not json").unwrap();
        fs::create_dir(dir.join("junk")).unwrap();
        let (index, fresh) = SearchIndex::open(dir).unwrap();
        assert!(fresh);
        assert_eq!(found(&index, "lisbon "), 0);
        assert!(!dir.join("junk").exists());
        // Segment files gone under a valid meta.json: replaced too.
        one_article(&index);
        drop(index);
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".idx") || name.ends_with(".term") {
                fs::remove_file(&path).unwrap();
            }
        }
        let (_, fresh) = SearchIndex::open(dir).unwrap();
        assert!(fresh);
    }

    #[test]
    fn another_version_is_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let (index, _) = SearchIndex::open(tmp.path()).unwrap();
        one_article(&index);
        drop(index);
        fs::write(tmp.path().join(MARKER), "newsreader search index 0\n").unwrap();
        let (index, fresh) = SearchIndex::open(tmp.path()).unwrap();
        assert!(fresh);
        assert_eq!(found(&index, "lisbon "), 0);
        assert_eq!(
            fs::read_to_string(tmp.path().join(MARKER)).unwrap(),
            VERSION
        );
    }

    #[test]
    fn a_dir_that_is_not_ours_is_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("thesis.txt"), "years of work").unwrap();
        let err = SearchIndex::open(tmp.path()).err().unwrap();
        assert!(matches!(err, SearchError::NotOurs { .. }));
        assert!(err.to_string().contains(&tmp.path().display().to_string()));
        assert_eq!(
            fs::read_to_string(tmp.path().join("thesis.txt")).unwrap(),
            "years of work"
        );
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_second_writer_on_the_same_dir_is_busy() {
        let tmp = tempfile::tempdir().unwrap();
        let (index, _) = SearchIndex::open(tmp.path()).unwrap();
        let _w = index.writer().unwrap();
        let (again, _) = SearchIndex::open(tmp.path()).unwrap();
        let err = again.writer().err().unwrap();
        assert!(matches!(err, SearchError::Busy { .. }), "{err}");
    }
}
