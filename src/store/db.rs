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

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, ErrorCode, OptionalExtension, TransactionBehavior};

use super::{ArticleState, Change, Position, Update};

/// `PRAGMA application_id` of a newsreader state database: "NWSR".
pub const APPLICATION_ID: i32 = 0x4E57_5352;

/// The schema version this build writes (`PRAGMA user_version`); equal to
/// the number of [`MIGRATIONS`].
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// `MIGRATIONS[i]` takes a database from schema version `i` to `i + 1`.
/// Add a step at the end (never edit a shipped one): e.g. issue 6's index
/// cache becomes version 2 with a `CREATE TABLE` here.
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
];

/// How long a writer waits for another process's transaction before
/// giving up with `SQLITE_BUSY`. Our transactions take milliseconds.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// What can go wrong with the state database. Each names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
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

/// Why an existing file is not one we may write to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BadKind {
    /// Not a database at all, truncated, or failing `quick_check`.
    Corrupt,
    /// A good SQLite database belonging to something else.
    Foreign,
    /// Ours, but a schema version this build does not know.
    Newer,
}

impl BadKind {
    /// The word in the moved-aside file name.
    fn suffix(self) -> &'static str {
        match self {
            BadKind::Corrupt => "corrupt",
            BadKind::Foreign => "foreign",
            BadKind::Newer => "newer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Bad {
    kind: BadKind,
    reason: String,
}

impl Bad {
    fn new(kind: BadKind, reason: impl Into<String>) -> Self {
        Bad {
            kind,
            reason: reason.into(),
        }
    }
}

/// SQLite's way of saying "these bytes are not a (sound) database", as
/// opposed to I/O, permission or locking trouble, which must never cause
/// a file to be moved aside.
fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

/// Words for the notice: SQLite's own message says what, not what to do.
fn corruption_reason(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => "not an SQLite file at all".to_string(),
        _ => format!("damaged or cut short: {e}"),
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
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let bad = match Self::try_open(path)? {
            Ok(store) => {
                return Ok(Opened {
                    store,
                    notice: None,
                })
            }
            Err(bad) => bad,
        };
        let moved = move_aside(path, bad.kind)?;
        let store = Self::try_open(path)?.map_err(|again| StoreError::Unusable {
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
    fn try_open(path: &Path) -> Result<Result<Store, Bad>, StoreError> {
        let err = |source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        };
        let mut conn = Connection::open(path).map_err(err)?;
        match prepare(&mut conn) {
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
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
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

    fn sqlite_err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// The remembered state of each of `ids` that has any.
    pub fn load(&self, ids: &[&str]) -> Result<HashMap<String, ArticleState>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT read, starred, block, \"offset\" FROM article_state WHERE id = ?1",
            )
            .map_err(|e| self.sqlite_err(e))?;
        let mut out = HashMap::new();
        for id in ids {
            let row = stmt
                .query_row([id], |r| row_state(r, 0))
                .optional()
                .map_err(|e| self.sqlite_err(e))?;
            if let Some(state) = row {
                out.insert((*id).to_string(), state);
            }
        }
        Ok(out)
    }

    /// Every article with remembered state.
    pub fn load_all(&self) -> Result<HashMap<String, ArticleState>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, read, starred, block, \"offset\" FROM article_state")
            .map_err(|e| self.sqlite_err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, row_state(r, 1)?)))
            .map_err(|e| self.sqlite_err(e))?;
        rows.collect::<rusqlite::Result<HashMap<_, _>>>()
            .map_err(|e| self.sqlite_err(e))
    }

    /// Write `updates` in one transaction: all of them or none. Each
    /// update sets only its own field, so another process's change to a
    /// different field of the same article survives. When this returns
    /// `Ok` the batch is in the WAL file and survives this process being
    /// killed.
    pub fn apply(&mut self, updates: &[Update]) -> Result<(), StoreError> {
        if updates.is_empty() {
            return Ok(());
        }
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let now = unix_now();
        // IMMEDIATE takes the write lock up front: a deferred transaction
        // that reads first and then writes can get SQLITE_BUSY at once
        // (no waiting) when another process wrote in between.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        for u in updates {
            match u.change {
                Change::Read(v) => tx
                    .prepare_cached(
                        "INSERT INTO article_state (id, read, updated) VALUES (?1, ?2, ?3)
                         ON CONFLICT(id) DO UPDATE SET
                            read = excluded.read, updated = excluded.updated",
                    )
                    .and_then(|mut s| s.execute(params![u.id, v, now])),
                Change::Starred(v) => tx
                    .prepare_cached(
                        "INSERT INTO article_state (id, starred, updated) VALUES (?1, ?2, ?3)
                         ON CONFLICT(id) DO UPDATE SET
                            starred = excluded.starred, updated = excluded.updated",
                    )
                    .and_then(|mut s| s.execute(params![u.id, v, now])),
                Change::Position(p) => {
                    // Positions are char offsets into one article; they
                    // fit in i64. Saturate rather than fail if not.
                    let to_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
                    tx.prepare_cached(
                        "INSERT INTO article_state (id, block, \"offset\", updated)
                            VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT(id) DO UPDATE SET
                            block = excluded.block, \"offset\" = excluded.\"offset\",
                            updated = excluded.updated",
                    )
                    .and_then(|mut s| {
                        s.execute(params![
                            u.id,
                            p.map(|p| to_i64(p.block)),
                            p.map(|p| to_i64(p.offset)),
                            now
                        ])
                    })
                }
            }
            .map_err(err)?;
        }
        tx.commit().map_err(err)
    }
}

/// An [`ArticleState`] from columns `read, starred, block, offset`
/// starting at column `first`.
fn row_state(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<ArticleState> {
    let block: Option<i64> = r.get(first + 2)?;
    let offset: Option<i64> = r.get(first + 3)?;
    Ok(ArticleState {
        read: r.get(first)?,
        starred: r.get(first + 1)?,
        position: block.zip(offset).map(|(b, o)| Position {
            block: usize::try_from(b).unwrap_or(0),
            offset: usize::try_from(o).unwrap_or(0),
        }),
    })
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Check that `conn` is ours (or empty), then switch it to WAL and bring
/// its schema up to date.
fn prepare(conn: &mut Connection) -> rusqlite::Result<Result<(), Bad>> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    if let Some(bad) = inspect(conn)? {
        return Ok(Err(bad));
    }
    // WAL: readers and the writer don't block each other, and a commit is
    // one append to the -wal file.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // NORMAL in WAL mode: a commit is written to the -wal file (the OS
    // page cache) before COMMIT returns, so a crash or SIGKILL of this
    // process loses nothing committed; only the fsync is deferred to
    // checkpoints, so an OS crash or power cut may drop the last few
    // commits but never corrupts the file. FULL would fsync on every
    // keypress that changes state.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    migrate(conn)
}

/// Why the database behind `conn` must not be used, or `None` if it is
/// ours or empty. Reads only.
fn inspect(conn: &Connection) -> rusqlite::Result<Option<Bad>> {
    // The first read of the header: garbage fails here with NOTADB.
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    if app_id != APPLICATION_ID && app_id != 0 {
        return Ok(Some(Bad::new(
            BadKind::Foreign,
            format!("it belongs to another program: application id {app_id:#010x}"),
        )));
    }
    if app_id == 0 && objects > 0 {
        let mut stmt = conn.prepare("SELECT name FROM sqlite_master ORDER BY name LIMIT 4")?;
        let mut names = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if names.len() > 3 {
            names[3] = "…".to_string();
        }
        return Ok(Some(Bad::new(
            BadKind::Foreign,
            format!(
                "another program's SQLite database, holding {}",
                names.join(", ")
            ),
        )));
    }
    if version > SCHEMA_VERSION {
        return Ok(Some(Bad::new(
            BadKind::Newer,
            format!("schema version {version}, this one knows up to {SCHEMA_VERSION}"),
        )));
    }
    let mut stmt = conn.prepare("PRAGMA quick_check")?;
    let problems = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if problems.len() != 1 || problems[0] != "ok" {
        let mut reason: Vec<&str> = problems.iter().take(3).map(String::as_str).collect();
        if problems.len() > 3 {
            reason.push("…");
        }
        return Ok(Some(Bad::new(
            BadKind::Corrupt,
            format!("integrity check failed: {}", reason.join("; ")),
        )));
    }
    Ok(None)
}

/// Run the migrations this file has not had yet, inside one write
/// transaction, and mark the file as ours. Re-reads the version under the
/// lock, so two processes creating the same file at once migrate it once.
fn migrate(conn: &mut Connection) -> rusqlite::Result<Result<(), Bad>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let app_id: i32 = tx.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Ok(Err(Bad::new(
            BadKind::Newer,
            format!("schema version {version}, this one knows up to {SCHEMA_VERSION}"),
        )));
    }
    let done = usize::try_from(version).unwrap_or(0);
    for step in MIGRATIONS.iter().skip(done) {
        tx.execute_batch(step)?;
    }
    if version != SCHEMA_VERSION {
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    }
    if app_id != APPLICATION_ID {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    tx.commit()?;
    Ok(Ok(()))
}

/// `path` with `suffix` appended to its file name.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Move `path` and its `-wal`/`-shm` to `PATH.KIND-YYYYMMDD-HHMMSS` (UTC;
/// `-1`, `-2`… added if taken) without overwriting anything. Returns the
/// new path of the main file.
fn move_aside(path: &Path, kind: BadKind) -> Result<PathBuf, StoreError> {
    let base = format!(".{}-{}", kind.suffix(), timestamp(SystemTime::now()));
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| StoreError::Io { path: p, source }
    };
    for n in 0u32.. {
        let suffix = if n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let target = with_suffix(path, &suffix);
        let taken = ["", "-wal", "-shm"]
            .iter()
            .any(|s| with_suffix(&target, s).symlink_metadata().is_ok());
        if taken {
            continue;
        }
        // The -wal first: a -wal left beside a fresh database would be
        // replayed into it.
        for s in ["-wal", "-shm"] {
            let from = with_suffix(path, s);
            if from.symlink_metadata().is_ok() {
                rename_no_clobber(&from, &with_suffix(&target, s)).map_err(io(&from))?;
            }
        }
        match rename_no_clobber(path, &target) {
            Ok(()) => return Ok(target),
            // Someone took the name since we looked: try the next.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io(path)(e)),
        }
    }
    Err(StoreError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::other("no free name to move the file aside to"),
    })
}

/// Rename that fails with `AlreadyExists` rather than replace `to`: a hard
/// link cannot overwrite. Falls back to a checked rename where the file
/// system has no hard links.
fn rename_no_clobber(from: &Path, to: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => std::fs::remove_file(from),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            if to.symlink_metadata().is_ok() {
                return Err(std::io::ErrorKind::AlreadyExists.into());
            }
            std::fs::rename(from, to)
        }
    }
}

/// `YYYYMMDD-HHMMSS` in UTC.
fn timestamp(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}{m:02}{d:02}-{:02}{:02}{:02}",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

/// Proleptic Gregorian (year, month, day) of `days` since 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m as u32, d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        let t = UNIX_EPOCH + Duration::from_secs(1_795_901_589);
        assert_eq!(timestamp(t), "20261128-213309");
    }

    #[test]
    fn schema_version_counts_migrations() {
        assert_eq!(SCHEMA_VERSION, 1);
        assert_eq!(SCHEMA_VERSION as usize, MIGRATIONS.len());
    }

    #[test]
    fn migrate_marks_a_new_database_and_is_idempotent() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(inspect(&conn).unwrap(), None, "empty is fine");
        migrate(&mut conn).unwrap().unwrap();
        migrate(&mut conn).unwrap().unwrap();
        let app: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .unwrap();
        let v: i32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!((app, v), (APPLICATION_ID, SCHEMA_VERSION));
        assert_eq!(inspect(&conn).unwrap(), None, "ours is fine");
    }

    #[test]
    fn another_programs_database_is_foreign() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE foo (x)").unwrap();
        assert_eq!(inspect(&conn).unwrap().unwrap().kind, BadKind::Foreign);

        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "application_id", 0x1234).unwrap();
        let bad = inspect(&conn).unwrap().unwrap();
        assert_eq!(bad.kind, BadKind::Foreign);
        assert!(bad.reason.contains("0x00001234"), "{}", bad.reason);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        assert_eq!(inspect(&conn).unwrap().unwrap().kind, BadKind::Newer);
        assert_eq!(
            migrate(&mut conn).unwrap().unwrap_err().kind,
            BadKind::Newer
        );
    }

    #[test]
    fn moving_aside_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("state.db");
        std::fs::write(&db, b"first").unwrap();
        std::fs::write(with_suffix(&db, "-wal"), b"first wal").unwrap();
        let a = move_aside(&db, BadKind::Corrupt).unwrap();
        std::fs::write(&db, b"second").unwrap();
        let b = move_aside(&db, BadKind::Corrupt).unwrap();
        assert_ne!(a, b);
        assert!(!db.exists());
        assert!(!with_suffix(&db, "-wal").exists());
        assert_eq!(std::fs::read(&a).unwrap(), b"first");
        assert_eq!(
            std::fs::read(with_suffix(&a, "-wal")).unwrap(),
            b"first wal"
        );
        assert_eq!(std::fs::read(&b).unwrap(), b"second");
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("state.db.corrupt-"), "{name}");
    }

    #[test]
    fn per_field_updates_keep_other_fields() {
        let mut s = Store::in_memory().unwrap();
        let up = |change| Update {
            id: "a".into(),
            change,
        };
        s.apply(&[up(Change::Starred(true))]).unwrap();
        s.apply(&[up(Change::Position(Some(Position {
            block: 2,
            offset: 7,
        })))])
        .unwrap();
        s.apply(&[up(Change::Read(true))]).unwrap();
        let st = s.load(&["a", "b"]).unwrap();
        assert_eq!(st.len(), 1);
        assert_eq!(
            st["a"],
            ArticleState {
                read: true,
                starred: true,
                position: Some(Position {
                    block: 2,
                    offset: 7
                }),
            }
        );
        assert_eq!(s.load_all().unwrap(), st);
    }
}
