//! The start of a run, all of it before the walk: the cached list (the
//! last run's snapshot, else the cache's rows under the roots), and
//! ahead of it the list's first article ([`IndexMsg::First`]), so that
//! the reader opens that one while the list is still read. At 100,000
//! articles the snapshot is 22 MB: reading it and decoding it take tens
//! of milliseconds each, so the first article is stored beside it.

use std::path::PathBuf;

use super::paths::{under, walk_order};
use super::IndexMsg;
use crate::library::filed::listed_before;
use crate::store::index::{decode_list, first_record, Summary};
use crate::store::Store;

/// What the cache held at the start of a run.
pub(super) struct Start {
    /// Everything cached under the roots, in list order.
    pub cached: Vec<Summary>,
    /// `cached` is the last run's snapshot.
    pub from_snapshot: bool,
    /// The snapshot's first article was stored beside it.
    pub first_stored: bool,
}

/// Read the cache of the list of `roots` (key `key`), sending its first
/// article as soon as it is known. `None` once `send` says nobody
/// listens.
pub(super) fn start(
    store: Option<&Store>,
    roots: &[PathBuf],
    key: &[u8],
    send: &dyn Fn(IndexMsg) -> bool,
) -> Option<Start> {
    let stored_first = store
        .and_then(|s| s.snapshot_first(key).ok().flatten())
        .and_then(|d| decode_list(&d))
        .and_then(|one| one.into_iter().next());
    let first_stored = stored_first.is_some();
    if let Some(first) = stored_first {
        send(IndexMsg::First(first)).then_some(())?;
    }
    let data = store.and_then(|s| s.snapshot_get(key).ok().flatten());
    // An older run stored no first article: one pass over the list's
    // bytes finds it, still before the list is decoded.
    let first = data
        .as_deref()
        .filter(|_| !first_stored)
        .and_then(|d| first_record(d, listed_before));
    if let Some(first) = first {
        send(IndexMsg::First(first)).then_some(())?;
    }
    let snapshot = data.and_then(|data| decode_list(&data));
    let from_snapshot = snapshot.is_some();
    // The last run's whole list, in order, when there is one; else every
    // cached row under the roots, put in walk order.
    let cached = snapshot.unwrap_or_else(|| {
        let mut rows: Vec<Summary> = store.and_then(|s| s.index_list().ok()).unwrap_or_default();
        rows.retain(|s| roots.iter().any(|r| under(&s.path, r)));
        // Rows come back in the order they were written, nearly the walk
        // order already: a stable (adaptive) sort is close to linear.
        // A file's articles stay together, in entry order.
        rows.sort_by(|a, b| walk_order(&a.path, &b.path).then(a.entry.cmp(&b.entry)));
        rows
    });
    Some(Start {
        cached,
        from_snapshot,
        first_stored,
    })
}
