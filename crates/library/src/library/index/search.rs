//! The search index as a run writes it: the workers make each file's
//! documents beside structuring it, and the run's own thread, the one
//! that commits, hands them to the writer. A commit (tantivy waiting for
//! its indexing thread, writing the segment) then holds up only that
//! thread: the workers go on structuring meanwhile, where they used to
//! wait for the writer's lock.

use std::path::Path;
use std::sync::RwLock;

use super::WriteFailures;
use crate::search::{DocMaker, Prepared, SearchWriter};
use newsreader_core::article::Article;

/// The writer of a run and what the workers need to make documents.
pub(super) struct ToSearch<'a> {
    writer: &'a RwLock<SearchWriter>,
    maker: DocMaker,
    /// The index was started afresh: no path in it to replace.
    fresh: bool,
}

impl<'a> ToSearch<'a> {
    /// `None` when the writer's lock is poisoned (a thread panicked
    /// holding it): the run then adds nothing to search.
    /// `fresh`: the index holds nothing yet (started afresh, or in
    /// memory), so no file's documents replace any.
    pub fn new(writer: &'a RwLock<SearchWriter>, fresh: bool) -> Option<ToSearch<'a>> {
        let maker = writer.read().ok()?.maker();
        Some(ToSearch {
            writer,
            maker,
            fresh,
        })
    }

    /// The documents of the articles structured from `path` (on a worker).
    pub fn prepare(&self, path: &Path, articles: &[Article]) -> Prepared {
        if self.fresh {
            self.maker.prepare_new(path, articles)
        } else {
            self.maker.prepare(path, articles)
        }
    }

    /// Queue a file's documents for the next commit (on the run's thread).
    /// A file that fails to go in is only missing from search results:
    /// counted, and the run goes on.
    pub fn add(&self, prepared: Prepared, failed: &WriteFailures) {
        let added = match self.writer.read() {
            Ok(w) => w.add_prepared(prepared).map_err(|e| e.to_string()),
            Err(_) => Err("a thread failed while holding the index writer".to_string()),
        };
        failed.note("adding to the search index", added);
    }
}
