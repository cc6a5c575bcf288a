//! Indexing in the background: what lets a library of 100,000 articles
//! open at once and stay responsive.
//!
//! One thread per run ([`spawn`]) does, in order:
//! 1. reads the index cache from the state database and sends it
//!    ([`IndexMsg::Cached`]): a warm start has its whole list here, before
//!    any file is touched, and its first article ahead of it
//!    ([`IndexMsg::First`]); with no list cached, the file listed first
//!    as filed instead ([`IndexMsg::FirstFile`]), reading only the
//!    folders on the way to it, so that the reader can open it while the
//!    walk goes on. Only this step runs at the reader's own priority: it
//!    is what the first article's text on screen waits for;
//! 2. walks the paths and stats every file, and sends the authoritative
//!    list ([`IndexMsg::Listed`]): cached summaries for files whose size
//!    and mtime are unchanged, placeholders for new or changed ones;
//! 3. reads and structures those in parallel, one worker per core, and
//!    sends them in batches ([`IndexMsg::Parsed`], with
//!    [`IndexMsg::Progress`]) while writing them to the cache;
//! 4. forgets cached files that are gone, and says [`IndexMsg::Done`].
//!
//! Every structured file also goes into the search index
//! ([`crate::search`]), which is committed before the cache rows of the
//! same files are written: a file the cache knows is always searchable, so
//! a warm start never has to read it again. A search index started afresh
//! makes the run read every file and clears the cache first.
//!
//! The receiver decides what a message means for the screen; the indexer
//! knows nothing of the terminal. It stops early when `send` says the
//! receiver is gone or the run's stop flag is set.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::thread;
use std::time::{Duration, Instant};

use crate::library::filed::listed_before;
use crate::search::{SearchIndex, SearchWriter};
use crate::store::index::{decode_list, encode_record, first_of_records, join_records, Summary};
use crate::store::Store;
use newsreader_core::loader::files::find_files_stat;
use newsreader_core::loader::load_file;

mod cache;
mod failures;
mod head;
mod paths;
mod running;
mod search;
mod workers;

#[cfg(test)]
use running::spawn_parsing;
pub use running::{spawn, Indexer, Stopping};

use cache::{cached_files, cached_records, commit};
pub use failures::WriteFailures;
use head::{start, Start};
use paths::{mtime_ns, roots_key};
use search::ToSearch;
use workers::{structure, Parse};

/// What an indexing run reports, in this order: `Cached` (when there is a
/// cache), `Listed`, then `Parsed`/`Progress` batches, then `Done`.
#[derive(Debug)]
pub enum IndexMsg {
    /// Everything the cache knows under the opened paths, by path. Shared
    /// with `Listed`, so a 100,000-article cache is held once. Sent again
    /// at the end of a run that structured a file of many articles (a
    /// feed file), listed until then by its first: the whole list, each
    /// article in its place.
    Cached(Arc<Vec<Summary>>),
    /// The cached list's first article in the order the reader's list
    /// starts in ([`crate::library::filed::listed_before`]), sent before
    /// `Cached`: found in one pass over the list's bytes, while decoding
    /// 100,000 summaries takes tens of milliseconds more.
    First(Summary),
    /// No list is cached: the file the list will show first as filed
    /// ([`crate::library::filed::first_file`]), found before the walk,
    /// which at 100,000 files takes a good part of a second. It is
    /// listed again, in its place, by `Listed`.
    FirstFile(PathBuf),
    /// Every article found now, in reading order; `Known` entries index
    /// the summaries sent with it. A file of many articles (a feed file)
    /// is one `Known` per article, but one `Pending` until structured
    /// (see `Cached`).
    Listed(Arc<Vec<Summary>>, Vec<Listed>),
    /// Files structured since the last batch: their place in `Listed`
    /// (the first article of a file of many; see `Listed`).
    Parsed(Vec<(usize, Summary)>),
    /// Listed files that turned out not to be readable articles: their
    /// place in `Listed` and why (also in the final `Skipped`).
    Failed(Vec<(usize, String)>),
    Progress {
        done: usize,
        total: usize,
    },
    /// Files that could not be walked, stat'ed or read, as messages.
    Skipped(Vec<String>),
    /// Writes to the search index or the cache that failed, and the first
    /// of them: search may miss articles until a later run adds them.
    WriteFailed {
        count: usize,
        first: String,
    },
    Done,
}

/// One file of the list.
#[derive(Debug)]
pub enum Listed {
    /// Unchanged since it was cached: its place in the cache.
    Known(usize),
    /// New or changed: being structured. Shared with the run's to-do
    /// list, so a cold start of 100,000 files holds each path once.
    Pending(Arc<Path>),
}

/// Files structured per batch sent: enough that the receiver does little
/// work per file, few enough that the list fills in visibly.
const BATCH: usize = 512;
/// Longest wait between two batches, so a slow disk still shows progress.
const BATCH_TIME: Duration = Duration::from_millis(100);
/// Fewest files per commit of the search index and cache transaction.
const WRITE_BATCH: usize = 2048;
/// Shortest time between two commits. Each commit leaves a segment of
/// the search index that later merges read and write again, and waits
/// for tantivy to write it out: every 2,048 files, a cold start of
/// 100,000 articles committed 50 times. What a run cut short loses (to
/// structure again at the next start) and how far a search during
/// indexing lags behind the list stay within this.
const COMMIT_EVERY: Duration = Duration::from_secs(2);

/// The search index a run adds to, and whether it was started afresh (it
/// then holds nothing, whatever the cache says).
#[derive(Clone)]
pub struct SearchTarget {
    pub index: SearchIndex,
    pub fresh: bool,
    /// On disk: what it holds outlives the run. One in memory starts
    /// empty every run, so every file is read for it, and the cache is
    /// left as it is.
    pub persistent: bool,
}

/// The whole run; see the module note.
pub fn run(
    roots: &[PathBuf],
    db: Option<&Path>,
    search: Option<SearchTarget>,
    stop: &AtomicBool,
    send: &dyn Fn(IndexMsg) -> bool,
) {
    run_parsing(roots, db, search, stop, &load_file, &|| {}, send)
}

/// [`run`] with `parse` turning each file into an article, calling
/// `settle` once what the first frame needs has been sent (the thread of
/// a background run lowers its priority there).
fn run_parsing(
    roots: &[PathBuf],
    db: Option<&Path>,
    search: Option<SearchTarget>,
    stop: &AtomicBool,
    parse: &Parse,
    settle: &dyn Fn(),
    send: &dyn Fn(IndexMsg) -> bool,
) {
    let mut store = db.and_then(|p| Store::open_cache(p).ok()).map(|o| o.store);
    let fresh = search.as_ref().is_some_and(|s| s.fresh || !s.persistent);
    let clear_cache = search.as_ref().is_some_and(|s| s.fresh && s.persistent);
    let failed = WriteFailures::default();
    let key = roots_key(roots);
    let Some(Start {
        cached,
        from_snapshot,
        first_stored,
    }) = start(store.as_ref(), roots, &key, send)
    else {
        return;
    };
    let cached = Arc::new(cached);
    if !cached.is_empty() && !send(IndexMsg::Cached(Arc::clone(&cached))) {
        return;
    }
    if cached.is_empty() {
        if let Some(first) = crate::library::filed::first_file(roots) {
            if !send(IndexMsg::FirstFile(first)) {
                return;
            }
        }
    }
    settle();
    // Another process holding the writer keeps both indexes up to date;
    // this run then writes neither, so the cache never gets ahead. Taken
    // after the list's start is sent: opening it reads the index's meta
    // and starts its threads, which the first article need not wait for.
    let writer: Option<RwLock<SearchWriter>> = search
        .as_ref()
        .and_then(|s| s.index.writer().ok())
        .map(RwLock::new);
    let write_cache = search.is_none() || writer.is_some();

    let (files, walk_errors) = find_files_stat(roots);
    let mut skipped: Vec<String> = walk_errors.iter().map(ToString::to_string).collect();
    let mut by_path = cached_files(&cached);
    let mut listed = Vec::with_capacity(files.len());
    let mut todo = Vec::new();
    // Changed files of many articles: their old rows go before the new
    // ones are written, or a file that lost entries would keep them.
    let mut stale = Vec::new();
    // Taken apart as it goes: at 100,000 files the walk's paths and
    // metadata are 26 MB, held for the whole run when borrowed here.
    for (file, meta) in files {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        // The walk's own stat: a file changed since is caught on open.
        let (size, mtime) = (meta.len(), mtime_ns(&meta));
        match by_path.remove(file.as_path()) {
            // An unknown mtime (0) never matches: such files are re-read.
            Some(c) if c.whole && c.size == size && c.mtime == mtime && mtime != 0 && !fresh => {
                listed.extend((c.first..c.first + c.count).map(Listed::Known))
            }
            cached => {
                if cached.is_some_and(|c| c.count > 1 || !c.whole) {
                    stale.push(file.clone());
                }
                let file: Arc<Path> = file.into();
                listed.push(Listed::Pending(Arc::clone(&file)));
                todo.push((listed.len() - 1, file, size, mtime));
            }
        }
    }
    // Grown by doubling: up to a third of it spare, held all run.
    todo.shrink_to_fit();
    let mut gone: Vec<PathBuf> = by_path.keys().map(|p| p.to_path_buf()).collect();
    drop(by_path);
    // The list as it will stand when this run ends, for the next start;
    // not built when the snapshot read at start already is that list (the
    // usual warm start), which would only cost memory and a rewrite.
    // A list stored without its first article beside it (by an older
    // version) is stored again, with it.
    let unchanged = from_snapshot && first_stored && todo.is_empty() && gone.is_empty();
    if clear_cache && write_cache {
        if let Some(store) = store.as_mut() {
            // Until each file is in the new search index it must not be
            // known, or a run cut short would leave it unsearchable.
            failed.note("clearing the index cache", store.index_clear());
        }
    }
    if write_cache && !clear_cache {
        if let Some(store) = store.as_mut() {
            failed.note("updating the index cache", store.index_forget(&stale));
        }
    }
    if let Some(w) = &writer {
        if let Ok(w) = w.read() {
            for p in &gone {
                failed.note("removing from the search index", w.forget(p));
            }
        }
    }
    // With a cache to write, the list to store at the end is read back
    // from it then; only without one is it kept here as the run goes, in
    // records (25 MB at 100,000 articles, the reader's peak).
    let from_cache = write_cache && store.is_some();
    let mut final_list: Vec<Option<Box<[u8]>>> = if unchanged || from_cache {
        Vec::new()
    } else {
        listed
            .iter()
            .map(|l| match l {
                Listed::Known(i) => cached.get(*i).map(encode_record),
                Listed::Pending(_) => None,
            })
            .collect()
    };
    if !send(IndexMsg::Listed(cached, listed)) {
        return;
    }
    // The articles after the first of each file of many, by list position
    // (few files have them, so the common list pays nothing).
    let mut more: HashMap<usize, Vec<Box<[u8]>>> = HashMap::new();
    let mut expanded = false;
    // Files that failed now: a row an earlier run cached for one goes
    // with the gone files', or the list read back would keep it.
    let mut failed_paths = Vec::new();

    let total = todo.len();
    // Structured since the last commit: their summaries (when there is a
    // cache to write) and how many.
    let mut parsed = Vec::new();
    let mut pending = 0;
    let mut committed = Instant::now();
    if total > 0 && send(IndexMsg::Progress { done: 0, total }) {
        let workers = thread::available_parallelism().map_or(2, |n| n.get());
        // A path given twice (a folder and a file in it) then has two
        // documents of one id, which search counts once and a later
        // change or removal of the path replaces together.
        let to_search = writer.as_ref().and_then(|w| ToSearch::new(w, fresh));
        structure(
            &todo,
            to_search.as_ref(),
            &failed,
            stop,
            parse,
            workers,
            |batch, done, errors| {
                skipped.extend(errors.iter().map(|(_, e)| e.clone()));
                if from_cache {
                    failed_paths.extend(errors.iter().filter_map(|(pos, _)| {
                        let at = todo.binary_search_by_key(pos, |t| t.0).ok()?;
                        todo.get(at).map(|t| t.1.clone())
                    }));
                }
                if !errors.is_empty() && !send(IndexMsg::Failed(errors)) {
                    return false;
                }
                expanded |= batch.iter().any(|(_, s)| s.entry > 0);
                for (pos, s) in batch.iter().filter(|_| !from_cache) {
                    if s.entry > 0 {
                        more.entry(*pos).or_default().push(encode_record(s));
                    } else if let Some(slot) = final_list.get_mut(*pos) {
                        *slot = Some(encode_record(s));
                    }
                }
                let cache = store.as_mut().filter(|_| write_cache);
                if cache.is_some() {
                    parsed.extend(batch.iter().map(|(_, s)| s.clone()));
                }
                pending += batch.len();
                if pending >= WRITE_BATCH && committed.elapsed() >= COMMIT_EVERY {
                    commit(writer.as_ref(), cache, &parsed, &failed);
                    parsed.clear();
                    pending = 0;
                    committed = Instant::now();
                }
                let mut batch = batch;
                batch.retain(|(_, s)| s.entry == 0);
                send(IndexMsg::Parsed(batch)) && send(IndexMsg::Progress { done, total })
            },
        );
    }
    commit(
        writer.as_ref(),
        store.as_mut().filter(|_| write_cache),
        &parsed,
        &failed,
    );
    // The writer's memory goes before the list snapshot is put together,
    // so the two never add up.
    drop(writer);
    workers::release_free_memory();
    // Only a run that went to the end knows the whole list.
    let whole = !unchanged && !stop.load(Ordering::Relaxed);
    if let Some(store) = store.as_mut().filter(|_| write_cache) {
        gone.extend(failed_paths.iter().map(|p: &Arc<Path>| p.to_path_buf()));
        failed.note("updating the index cache", store.index_forget(&gone));
    }
    let records: Vec<Box<[u8]>> = if whole && from_cache {
        store
            .as_ref()
            .map(|s| cached_records(s, roots))
            .unwrap_or_default()
    } else if whole {
        final_list
            .into_iter()
            .enumerate()
            .flat_map(|(pos, r)| r.into_iter().chain(more.remove(&pos).unwrap_or_default()))
            .collect()
    } else {
        Vec::new()
    };
    if whole && expanded {
        // Files of many articles were listed by their first: the whole
        // list, each article in its place, replaces it.
        if let Some(list) = decode_list(&join_records(&records)) {
            if !send(IndexMsg::Cached(Arc::new(list))) {
                return;
            }
        }
    }
    if let Some(store) = store.as_mut().filter(|_| write_cache) {
        if whole {
            let first = first_of_records(&records, listed_before);
            failed.note(
                "saving the library list",
                store.snapshot_put_records(&key, records, first),
            );
        }
    }
    let skipped: Vec<String> = {
        let mut seen = HashSet::new();
        skipped
            .into_iter()
            .filter(|m| seen.insert(m.clone()))
            .collect()
    };
    if !skipped.is_empty() {
        send(IndexMsg::Skipped(skipped));
    }
    if let Some((count, first)) = failed.take() {
        send(IndexMsg::WriteFailed { count, first });
    }
    send(IndexMsg::Done);
}

#[cfg(test)]
mod tests;
