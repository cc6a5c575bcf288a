//! The SQLite file behind [`Store`].
//!
//! * WAL mode, so two newsreader processes can share the file: readers
//!   never block the writer, and each writer waits (busy timeout) for the
//!   other instead of failing.
//! * Every batch of updates is one `BEGIN IMMEDIATE` transaction, so it
//!   lands whole or not at all, and per-field upserts, so two writers that
//!   change different fields of one article both keep their change.
//! * The file is marked as ours (`application_id`) and carries its schema
//!   version (`user_version`). A file that is garbage, truncated, corrupt,
//!   another program's database or from a newer newsreader is never
//!   written to: it is moved aside (with its `-wal`/`-shm`), a fresh
//!   database is started, and [`Opened::notice`] tells the user where the
//!   old one went. Nothing is deleted and nothing is overwritten.
//!
//! Known limit: two processes that both find the same broken file at the
//! same instant may both move a file aside; the second then moves the
//! first one's fresh (near-empty) database, with a notice. Nothing is
//! lost silently, and it needs a broken file to begin with.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, TransactionBehavior};

mod aside;
mod check;
mod feeds;
mod index;
mod state;

pub(crate) use aside::civil_from_days;
use aside::move_aside;
use check::{corruption_reason, is_corruption, migrate, prepare, Bad, BadKind};
pub use feeds::{FeedHead, FeedRecord, FetchRecord, SavedEntry};

/// `PRAGMA application_id` of a newsreader state database: "NWSR".
pub const APPLICATION_ID: i32 = 0x4E57_5352;

/// The schema version this build writes (`PRAGMA user_version`); equal to
/// the number of [`MIGRATIONS`].
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// `MIGRATIONS[i]` takes a database from schema version `i` to `i + 1`.
/// Add a step at the end (never edit a shipped one).
const MIGRATIONS: &[&str] = &[
    // 1: per-article reading state. `updated` (unix seconds of the last
    // change to any field) lets a later version prune or merge.
    "CREATE TABLE article_state (
        id TEXT PRIMARY KEY,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        block INTEGER,
        \"offset\" INTEGER,
        updated INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;",
    // 2: the index cache, one row per article file (see `index.rs`).
    // `path` is the OS bytes of the path as given, as a BLOB: lossless for
    // every Unix path (not all are UTF-8), and one type for every key, so
    // the same path can never be stored twice as TEXT and as BLOB. A rowid
    // table, not WITHOUT ROWID: rows run to hundreds of bytes, past the
    // size where WITHOUT ROWID pays. Empty name lists are '', not NULL, so
    // reading them back needs no branch. `indexed`: unix seconds when the
    // row was written, for pruning later.
    "CREATE TABLE file_index (
        path BLOB PRIMARY KEY NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        id TEXT NOT NULL,
        title TEXT NOT NULL,
        title_derived INTEGER NOT NULL,
        dateline TEXT,
        byline TEXT,
        words INTEGER NOT NULL,
        quotes INTEGER NOT NULL,
        people TEXT NOT NULL DEFAULT '',
        speakers TEXT NOT NULL DEFAULT '',
        places TEXT NOT NULL DEFAULT '',
        orgs TEXT NOT NULL DEFAULT '',
        indexed INTEGER NOT NULL
    );
    CREATE INDEX file_index_id ON file_index (id);",
    // 3: the whole article list of one set of opened paths, in list order,
    // as one blob (see `index::encode_list`): a warm start reads one row
    // instead of 100,000.
    "CREATE TABLE list_snapshot (
        roots BLOB PRIMARY KEY NOT NULL,
        data BLOB NOT NULL
    );",
    // 4: where each article came from (url, feed, published), and room for
    // files that hold many articles (a feed file: one row per `entry`). The
    // cache is rebuilt from the files rather than converted: it can always
    // be, and old rows lack what the new columns need.
    "DROP TABLE file_index;
    CREATE TABLE file_index (
        path BLOB NOT NULL,
        entry INTEGER NOT NULL DEFAULT 0,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        id TEXT NOT NULL,
        title TEXT NOT NULL,
        title_derived INTEGER NOT NULL,
        dateline TEXT,
        byline TEXT,
        words INTEGER NOT NULL,
        quotes INTEGER NOT NULL,
        people TEXT NOT NULL DEFAULT '',
        speakers TEXT NOT NULL DEFAULT '',
        places TEXT NOT NULL DEFAULT '',
        orgs TEXT NOT NULL DEFAULT '',
        url TEXT,
        feed TEXT,
        published TEXT,
        indexed INTEGER NOT NULL,
        PRIMARY KEY (path, entry)
    );
    CREATE INDEX file_index_id ON file_index (id);
    DELETE FROM list_snapshot;",
    // 5: subscribed feeds (see `feeds.rs`): per feed what the last fetch
    // said (validators for a conditional GET, when, the error if any), and
    // the entries already saved into the library (by feed and entry id,
    // and by URL over all feeds, `add URL`'s pages under feed ''), so an
    // entry is never fetched or stored twice; `retry_after`: unix seconds
    // before which the server asked not to be fetched again (429/503
    // `Retry-After`). The list of subscriptions
    // itself is the user's `urls` file, not a table.
    "CREATE TABLE feed_state (
        url TEXT PRIMARY KEY NOT NULL,
        title TEXT,
        site TEXT,
        etag TEXT,
        last_modified TEXT,
        last_fetch INTEGER,
        last_error TEXT,
        retry_after INTEGER
    ) WITHOUT ROWID;
    CREATE TABLE feed_entry (
        feed_url TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        url TEXT,
        path TEXT NOT NULL,
        saved INTEGER NOT NULL,
        PRIMARY KEY (feed_url, entry_id)
    ) WITHOUT ROWID;
    CREATE INDEX feed_entry_url ON feed_entry (url);",
    // 6 (see `state.rs`): state is kept
    // under an article's key (`store::key`), no longer its text hash. The
    // `id` column now holds that key; rows written before hold the hash
    // there, and `hash` (the text hash each row was last saved with) is
    // set to it, so they are found by hash and re-keyed when next seen.
    // `anchor`: the hash of the words at the saved position
    // (`store::anchor`), NULL where there is none.
    "ALTER TABLE article_state ADD COLUMN hash TEXT NOT NULL DEFAULT '';
    ALTER TABLE article_state ADD COLUMN anchor INTEGER;
    UPDATE article_state SET hash = id;
    CREATE INDEX article_state_hash ON article_state (hash);",
];

/// How long a writer waits for another process's transaction before
/// giving up with `SQLITE_BUSY`. Our transactions take milliseconds.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// What can go wrong with the state database. Each names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {cause}")]
    Sqlite {
        path: PathBuf,
        /// In the message, so not a `source()`: a printed chain would repeat it.
        cause: rusqlite::Error,
    },
    #[error("{path}: {cause}")]
    Io {
        path: PathBuf,
        /// In the message, so not a `source()`: a printed chain would repeat it.
        cause: std::io::Error,
    },
    /// A freshly created database still failed its checks (should not
    /// happen; reported rather than looping on moving files aside).
    #[error("{path}: a new database could not be started: {reason}")]
    Unusable { path: PathBuf, reason: String },
}

/// An open state database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// A store just opened, with a note for the user when the old file had to
/// be moved aside.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub notice: Option<String>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Open (or create) the database at `path`. A file that is not a
    /// usable newsreader database is moved aside and a fresh one started;
    /// `notice` then says so. `Err` only when no database can be opened
    /// there at all (unwritable directory, I/O error, locked for longer
    /// than the busy timeout); the caller can fall back to
    /// [`Store::in_memory`].
    pub fn open(path: &Path) -> Result<Opened, StoreError> {
        Self::open_checked(path, true)
    }

    /// Open (or create) a cache database: identified and migrated like
    /// [`Store::open`], without the integrity check whose cost grows with
    /// the file (see `check::prepare`).
    pub fn open_cache(path: &Path) -> Result<Opened, StoreError> {
        Self::open_checked(path, false)
    }

    fn open_checked(path: &Path, thorough: bool) -> Result<Opened, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|cause| StoreError::Io {
                path: dir.to_path_buf(),
                cause,
            })?;
        }
        let bad = match Self::try_open(path, thorough)? {
            Ok(store) => {
                return Ok(Opened {
                    store,
                    notice: None,
                })
            }
            Err(bad) => bad,
        };
        let moved = move_aside(path, bad.kind)?;
        let store = Self::try_open(path, thorough)?.map_err(|again| StoreError::Unusable {
            path: path.to_path_buf(),
            reason: again.reason,
        })?;
        let notice = match bad.kind {
            BadKind::Newer => format!(
                "{} was written by a newer newsreader ({}); moved it to {}; starting fresh",
                path.display(),
                bad.reason,
                moved.display()
            ),
            BadKind::Corrupt | BadKind::Foreign => format!(
                "{} was not a newsreader database ({}); moved it to {}; starting fresh",
                path.display(),
                bad.reason,
                moved.display()
            ),
        };
        Ok(Opened {
            store,
            notice: Some(notice),
        })
    }

    /// Open `path` and bring it to [`SCHEMA_VERSION`]. The outer `Err` is
    /// trouble opening anything there; the inner one a file that exists
    /// but must not be used.
    fn try_open(path: &Path, thorough: bool) -> Result<Result<Store, Bad>, StoreError> {
        let err = |cause| StoreError::Sqlite {
            path: path.to_path_buf(),
            cause,
        };
        let mut conn = Connection::open(path).map_err(err)?;
        match prepare(&mut conn, thorough) {
            Ok(Ok(())) => Ok(Ok(Store {
                conn,
                path: path.to_path_buf(),
            })),
            Ok(Err(bad)) => Ok(Err(bad)),
            Err(e) if is_corruption(&e) => {
                Ok(Err(Bad::new(BadKind::Corrupt, corruption_reason(&e))))
            }
            Err(e) => Err(err(e)),
        }
    }

    /// A database that lives only as long as the process: for tests, and
    /// for when the file cannot be opened at all.
    pub fn in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let err = |cause| StoreError::Sqlite {
            path: path.clone(),
            cause,
        };
        let mut conn = Connection::open_in_memory().map_err(err)?;
        migrate(&mut conn)
            .map_err(err)?
            .map_err(|bad| StoreError::Unusable {
                path: path.clone(),
                reason: bad.reason,
            })?;
        Ok(Store { conn, path })
    }

    /// The database file (`:memory:` for [`Store::in_memory`]).
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn sqlite_err(&self, cause: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            cause,
        }
    }

    /// Run `body` in one write transaction, committed when it returns
    /// `Ok`: all of it or none. `now` is the unix time for `updated`
    /// columns. IMMEDIATE takes the write lock up front: a deferred
    /// transaction that reads first and then writes can get SQLITE_BUSY at
    /// once (no waiting) when another process wrote in between.
    pub(super) fn write<T>(
        &mut self,
        body: impl FnOnce(&rusqlite::Transaction<'_>, i64) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let path = self.path.clone();
        let err = |cause| StoreError::Sqlite { path, cause };
        let run = || {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = body(&tx, unix_now())?;
            tx.commit()?;
            Ok(out)
        };
        run().map_err(err)
    }
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests;
