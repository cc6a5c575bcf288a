//! The SQLite file behind [`Store`]: WAL mode so two newsreader processes
//! can share it, one transaction per batch of updates, and per-field
//! upserts so concurrent writers never overwrite each other's fields.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};

use super::{ArticleState, Change, Position, Update};

/// What can go wrong with the state database.
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
}

/// An open state database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// A store just opened, with a note for the user when the old file had to
/// be moved aside.
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
    /// Open (or create) the database at `path`.
    pub fn open(path: &Path) -> Result<Opened, StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let err = |source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(path).map_err(err)?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.init().map_err(err)?;
        Ok(Opened {
            store,
            notice: None,
        })
    }

    /// A database that lives only as long as the process: for tests, and
    /// for when the file cannot be opened at all.
    pub fn in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let store = Store {
            conn: Connection::open_in_memory().map_err(err)?,
            path: path.clone(),
        };
        store.init().map_err(err)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn init(&self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS article_state (
                id TEXT PRIMARY KEY,
                read INTEGER NOT NULL DEFAULT 0,
                starred INTEGER NOT NULL DEFAULT 0,
                block INTEGER,
                offset INTEGER
            ) WITHOUT ROWID;",
        )
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
            .prepare_cached("SELECT read, starred, block, offset FROM article_state WHERE id = ?1")
            .map_err(|e| self.sqlite_err(e))?;
        let mut out = HashMap::new();
        for id in ids {
            let row = stmt
                .query_row([id], |r| {
                    let block: Option<i64> = r.get(2)?;
                    let offset: Option<i64> = r.get(3)?;
                    Ok(ArticleState {
                        read: r.get(0)?,
                        starred: r.get(1)?,
                        position: block.zip(offset).map(|(b, o)| Position {
                            block: usize::try_from(b).unwrap_or(0),
                            offset: usize::try_from(o).unwrap_or(0),
                        }),
                    })
                })
                .optional()
                .map_err(|e| self.sqlite_err(e))?;
            if let Some(state) = row {
                out.insert((*id).to_string(), state);
            }
        }
        Ok(out)
    }

    /// Write `updates` in one transaction: all of them or none.
    pub fn apply(&mut self, updates: &[Update]) -> Result<(), StoreError> {
        if updates.is_empty() {
            return Ok(());
        }
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(err)?;
        for u in updates {
            tx.execute(
                "INSERT INTO article_state (id) VALUES (?1) ON CONFLICT(id) DO NOTHING",
                [&u.id],
            )
            .map_err(err)?;
            match u.change {
                Change::Read(v) => tx.execute(
                    "UPDATE article_state SET read = ?2 WHERE id = ?1",
                    params![u.id, v],
                ),
                Change::Starred(v) => tx.execute(
                    "UPDATE article_state SET starred = ?2 WHERE id = ?1",
                    params![u.id, v],
                ),
                Change::Position(p) => {
                    let to_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
                    tx.execute(
                        "UPDATE article_state SET block = ?2, offset = ?3 WHERE id = ?1",
                        params![
                            u.id,
                            p.map(|p| to_i64(p.block)),
                            p.map(|p| to_i64(p.offset))
                        ],
                    )
                }
            }
            .map_err(err)?;
        }
        tx.commit().map_err(err)
    }
}
