//! Whether an existing file is a newsreader state database we may write
//! to, and bringing one up to the current schema.

use std::time::{Duration, Instant};

use rusqlite::{Connection, ErrorCode, TransactionBehavior};

use super::{APPLICATION_ID, BUSY_TIMEOUT, MIGRATIONS, SCHEMA_VERSION};

/// Why an existing file is not one we may write to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BadKind {
    /// Not a database at all, truncated, or failing `quick_check`.
    Corrupt,
    /// A good SQLite database belonging to something else.
    Foreign,
    /// Ours, but a schema version this build does not know.
    Newer,
}

impl BadKind {
    /// The word in the moved-aside file name.
    pub(super) fn suffix(self) -> &'static str {
        match self {
            BadKind::Corrupt => "corrupt",
            BadKind::Foreign => "foreign",
            BadKind::Newer => "newer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Bad {
    pub(super) kind: BadKind,
    pub(super) reason: String,
}

impl Bad {
    pub(super) fn new(kind: BadKind, reason: impl Into<String>) -> Self {
        Bad {
            kind,
            reason: reason.into(),
        }
    }
}

/// SQLite's way of saying "these bytes are not a (sound) database", as
/// opposed to I/O, permission or locking trouble, which must never cause
/// a file to be moved aside.
pub(super) fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

/// Words for the notice: SQLite's own message says what, not what to do.
pub(super) fn corruption_reason(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => "not an SQLite file at all".to_string(),
        _ => format!("damaged or cut short: {e}"),
    }
}

/// Check that `conn` is ours (or empty), then switch it to WAL and bring
/// its schema up to date. `thorough` adds SQLite's `quick_check`, whose
/// cost grows with the file: right for the reading state, too slow for a
/// large index cache at every start (a broken cache shows up as read
/// errors, and a cache can be rebuilt).
///
/// Some of these steps return `SQLITE_BUSY` at once, without calling the
/// busy handler: `PRAGMA journal_mode=WAL` needs an exclusive lock, and
/// SQLite refuses to wait for one while another connection holds the
/// (still rollback-journal) file, which is what two processes creating the
/// same file at once do to each other. Every step is safe to repeat
/// (reads, an idempotent pragma, migrations that re-check under the lock),
/// so the whole preparation is retried until [`BUSY_TIMEOUT`], as the
/// busy handler would have waited.
pub(super) fn prepare(conn: &mut Connection, thorough: bool) -> rusqlite::Result<Result<(), Bad>> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match prepare_once(conn, thorough) {
            Err(e) if is_busy(&e) && start.elapsed() < BUSY_TIMEOUT => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            done => return done,
        }
    }
}

/// Another connection holds a lock this one needs.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

fn prepare_once(conn: &mut Connection, thorough: bool) -> rusqlite::Result<Result<(), Bad>> {
    if let Some(bad) = inspect(conn, thorough)? {
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
/// ours or empty. Reads only; `quick_check` only when `thorough`.
///
/// The reads are one snapshot (one read transaction): read one by one,
/// another process creating the file in between made its fresh database
/// look like another program's (tables, but the application id read
/// before it was set), and it was moved aside under that process's feet.
pub(super) fn inspect(conn: &Connection, thorough: bool) -> rusqlite::Result<Option<Bad>> {
    let snapshot = conn.unchecked_transaction()?;
    let verdict = inspect_snapshot(&snapshot, thorough)?;
    snapshot.commit()?;
    Ok(verdict)
}

fn inspect_snapshot(conn: &Connection, thorough: bool) -> rusqlite::Result<Option<Bad>> {
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
    if !thorough {
        return Ok(None);
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
pub(super) fn migrate(conn: &mut Connection) -> rusqlite::Result<Result<(), Bad>> {
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
