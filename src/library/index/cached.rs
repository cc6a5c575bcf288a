//! The cached list by file: a file of many articles (a feed file) has a
//! row per article, and is known again only when all its rows are there.

use std::collections::hash_map::Entry as Slot;
use std::collections::HashMap;
use std::path::Path;

use crate::store::index::Summary;

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
