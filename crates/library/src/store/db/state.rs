//! Reading state in the database: one row per article key (`id`), with
//! the text hash it was last saved with (`hash`) to find it again after a
//! move, and the position's anchor (see [`crate::store::anchor`]).

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};
use crate::store::{ArticleState, Change, Position, States, Update};

/// Per-field upserts: each sets only its own column (and the hash and
/// `updated`), so another process's change to another field survives. A
/// row is created with the hash it is saved under; an update keeps the
/// row's hash current (an empty one, which no caller sends, keeps it).
const SET_READ: &str = "INSERT INTO article_state (id, hash, read, updated) VALUES (?1, ?2, ?3, ?4)
    ON CONFLICT(id) DO UPDATE SET read = excluded.read, updated = excluded.updated,
        hash = iif(excluded.hash = '', hash, excluded.hash)";
const SET_STARRED: &str =
    "INSERT INTO article_state (id, hash, starred, updated) VALUES (?1, ?2, ?3, ?4)
    ON CONFLICT(id) DO UPDATE SET starred = excluded.starred, updated = excluded.updated,
        hash = iif(excluded.hash = '', hash, excluded.hash)";
const SET_POSITION: &str =
    "INSERT INTO article_state (id, hash, block, \"offset\", anchor, updated)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
    ON CONFLICT(id) DO UPDATE SET
        block = excluded.block, \"offset\" = excluded.\"offset\", anchor = excluded.anchor,
        updated = excluded.updated, hash = iif(excluded.hash = '', hash, excluded.hash)";
/// Re-keying: the whole state, only where the key has none yet (another
/// process may have written it since this one looked).
const ADOPT: &str =
    "INSERT INTO article_state (id, hash, read, starred, block, \"offset\", anchor, updated)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
    ON CONFLICT(id) DO NOTHING";
/// After re-keying, the row from before keys (keyed by the hash itself)
/// goes: the keyed row holds its state and is found by the same hash, and
/// the table, read whole at every start, does not double. A moved file's
/// row, under its old key, stays (the old file may be a copy).
const DROP_OLD: &str = "DELETE FROM article_state WHERE id = ?2 AND hash = ?2 AND ?1 != ?2
    AND EXISTS (SELECT 1 FROM article_state WHERE id = ?1)";

/// Only the text hash, of a row that exists.
const SET_HASH: &str = "UPDATE article_state SET hash = ?2 WHERE id = ?1 AND ?2 != ''";

const COLUMNS: &str = "read, starred, block, \"offset\", anchor";

impl Store {
    /// The remembered state under each of `keys` that has any (exact keys,
    /// no hash fallback: see [`Store::load_all`]).
    pub fn load(&self, keys: &[&str]) -> Result<HashMap<String, ArticleState>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM article_state WHERE id = ?1");
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| self.sqlite_err(e))?;
        let mut out = HashMap::new();
        for key in keys {
            let row = stmt
                .query_row([key], |r| row_state(r, 0))
                .optional()
                .map_err(|e| self.sqlite_err(e))?;
            if let Some(state) = row {
                out.insert((*key).to_string(), state);
            }
        }
        Ok(out)
    }

    /// Every article with remembered state, by key and by text hash.
    pub fn load_all(&self) -> Result<States, StoreError> {
        let sql = format!("SELECT id, hash, {COLUMNS} FROM article_state");
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| self.sqlite_err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.sqlite_err(e))?;
        let mut states = States::default();
        while let Some(r) = rows.next().map_err(|e| self.sqlite_err(e))? {
            // Borrowed from the row: each key is copied once, into `states`.
            let read = || -> rusqlite::Result<_> {
                Ok((
                    r.get_ref(0)?.as_str()?,
                    r.get_ref(1)?.as_str()?,
                    row_state(r, 2)?,
                ))
            };
            let (key, hash, state) = read().map_err(|e| self.sqlite_err(e))?;
            states.insert(key, hash, state);
        }
        Ok(states)
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
        self.write(|tx, now| {
            for u in updates {
                let (key, hash) = (&u.key, &u.hash);
                match u.change {
                    Change::Read(v) => tx
                        .prepare_cached(SET_READ)?
                        .execute(params![key, hash, v, now])?,
                    Change::Starred(v) => tx
                        .prepare_cached(SET_STARRED)?
                        .execute(params![key, hash, v, now])?,
                    Change::Position(p) => {
                        let (block, offset, anchor) = position_columns(p);
                        tx.prepare_cached(SET_POSITION)?
                            .execute(params![key, hash, block, offset, anchor, now])?
                    }
                    Change::Hash => tx.prepare_cached(SET_HASH)?.execute(params![key, hash])?,
                    Change::Adopt(s) => {
                        let (block, offset, anchor) = position_columns(s.position);
                        tx.prepare_cached(ADOPT)?.execute(params![
                            key, hash, s.read, s.starred, block, offset, anchor, now
                        ])?;
                        tx.prepare_cached(DROP_OLD)?.execute(params![key, hash])?
                    }
                };
            }
            Ok(())
        })
    }
}

/// A position as its columns: `block`, `offset`, `anchor`.
fn position_columns(p: Option<Position>) -> (Option<i64>, Option<i64>, Option<i64>) {
    // Positions are char offsets into one article; they fit in i64.
    // Saturate rather than fail if not.
    let to_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    (
        p.map(|p| to_i64(p.block)),
        p.map(|p| to_i64(p.offset)),
        // The anchor is a hash: its bits, stored as SQLite's signed integer.
        p.filter(|p| p.anchor != 0)
            .map(|p| i64::from_ne_bytes(p.anchor.to_ne_bytes())),
    )
}

/// An [`ArticleState`] from columns `read, starred, block, offset, anchor`
/// starting at column `first`.
fn row_state(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<ArticleState> {
    let block: Option<i64> = r.get(first + 2)?;
    let offset: Option<i64> = r.get(first + 3)?;
    let anchor: Option<i64> = r.get(first + 4)?;
    Ok(ArticleState {
        read: r.get(first)?,
        starred: r.get(first + 1)?,
        position: block.zip(offset).map(|(b, o)| Position {
            block: usize::try_from(b).unwrap_or(0),
            offset: usize::try_from(o).unwrap_or(0),
            anchor: anchor.map_or(0, |a| u64::from_ne_bytes(a.to_ne_bytes())),
        }),
    })
}

#[cfg(test)]
mod tests;
