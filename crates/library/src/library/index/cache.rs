//! The index cache as a run uses it: the cached list by file (a file of
//! many articles, a feed file, has a row per article and is known again
//! only when all its rows are there), writing what the run structured,
//! and reading the list back at its end.

use std::collections::hash_map::Entry as Slot;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use super::paths::{under, walk_order_bytes};
use super::WriteFailures;
use crate::search::SearchWriter;
use crate::store::index::{record_place, Summary};
use crate::store::Store;

/// A cached file: where its rows start in the cached list, how many
/// (one per article), its size and mtime when cached, and whether its
/// rows are whole (together and numbered 0, 1, …; else it is re-read).
pub(super) struct CachedFile {
    pub first: usize,
    pub count: usize,
    pub size: u64,
    pub mtime: i64,
    pub whole: bool,
}

/// The cached list by path.
pub(super) fn cached_files(cached: &[Summary]) -> HashMap<&Path, CachedFile> {
    let mut by_path: HashMap<&Path, CachedFile> = HashMap::with_capacity(cached.len());
    for (i, s) in cached.iter().enumerate() {
        match by_path.entry(&s.path) {
            Slot::Vacant(v) => {
                v.insert(CachedFile {
                    first: i,
                    count: 1,
                    size: s.size,
                    mtime: s.mtime_ns,
                    whole: s.entry == 0,
                });
            }
            Slot::Occupied(mut o) => {
                let c = o.get_mut();
                c.whole &=
                    c.first + c.count == i && usize::try_from(s.entry).is_ok_and(|e| e == c.count);
                c.count += 1;
            }
        }
    }
    by_path
}

/// Make the files structured so far searchable, then known to the cache,
/// in that order (see the module note). Without a search index to commit
/// the cache is written alone; without a cache the search index is still
/// committed, or nothing would ever be found.
pub(super) fn commit(
    writer: Option<&RwLock<SearchWriter>>,
    store: Option<&mut Store>,
    parsed: &[Summary],
    failed: &WriteFailures,
) {
    if let Some(w) = writer {
        let committed = match w.write() {
            Ok(mut w) => w.commit().map_err(|e| e.to_string()),
            Err(_) => Err("a worker failed while holding the index writer".to_string()),
        };
        let ok = committed.is_ok();
        failed.note("committing the search index", committed);
        if !ok {
            return;
        }
    }
    if let Some(store) = store {
        failed.note("writing the index cache", store.index_put(parsed));
    }
}

/// The list of `roots` as the cache holds it at the end of a run, in
/// records, in list order (the walk's; a file's articles in entry order):
/// what the run stores as its list snapshot, read back instead of held
/// as the run went. Nothing when the cache cannot be read: the next start
/// then lists from the cache's rows.
pub(super) fn cached_records(store: &Store, roots: &[PathBuf]) -> Vec<Box<[u8]>> {
    let mut records = store
        .index_records(|p| roots.iter().any(|r| under(p, r)))
        .unwrap_or_default();
    records.sort_by(|a, b| match (record_place(a), record_place(b)) {
        (Some((p, i)), Some((q, j))) => walk_order_bytes(p, q).then(i.cmp(&j)),
        (a, b) => a.is_some().cmp(&b.is_some()),
    });
    records
}
