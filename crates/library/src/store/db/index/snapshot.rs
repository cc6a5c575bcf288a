//! The article list's snapshot (`list_snapshot`): the whole list of a set
//! of roots stored as one blob, and beside it the list's first article,
//! which a start reads before the whole list.

use rusqlite::{params, OptionalExtension};

use super::super::{Store, StoreError};

/// Where the first article of the list of `roots` is kept: a key no
/// list has, since a list's key starts with a path's first byte, never
/// NUL (see `roots_key` in the indexer).
fn first_key(roots: &[u8]) -> Vec<u8> {
    [b"\0first\0".as_slice(), roots].concat()
}

impl Store {
    /// The list snapshot stored under `roots` (see [`Store::snapshot_put`]).
    pub fn snapshot_get(&self, roots: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        self.conn
            .query_row(
                "SELECT data FROM list_snapshot WHERE roots = ?1",
                [roots],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.sqlite_err(e))
    }

    /// The list's first article as stored beside the list snapshot of
    /// `roots` ([`Store::snapshot_put_records`]): a list blob of one
    /// record, a few hundred bytes a start reads before the whole list.
    pub fn snapshot_first(&self, roots: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        self.snapshot_get(&first_key(roots))
    }

    /// Store the whole article list of the paths `roots` as one blob
    /// (with no first article beside it).
    pub fn snapshot_put(&mut self, roots: &[u8], data: &[u8]) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO list_snapshot (roots, data) VALUES (?1, ?2)
                 ON CONFLICT(roots) DO UPDATE SET data = excluded.data",
                params![roots, data],
            )?;
            tx.execute(
                "DELETE FROM list_snapshot WHERE roots = ?1",
                [first_key(roots)],
            )
            .map(|_| ())
        })
    }

    /// Store the list of `roots` from its records (each from
    /// [`encode_record`](crate::store::index::encode_record)), in order,
    /// as [`snapshot_put`](Store::snapshot_put) would store them joined,
    /// but written into the row piece by piece, each record freed once
    /// written: at 100,000 articles the joined blob would be another
    /// 35 MB on top of the records at the end of an indexing run.
    ///
    /// Record `first` (when given) is also stored alone, in the same
    /// transaction, for [`Store::snapshot_first`]: the two never disagree.
    pub fn snapshot_put_records(
        &mut self,
        roots: &[u8],
        records: Vec<Box<[u8]>>,
        first: Option<usize>,
    ) -> Result<(), StoreError> {
        let header = crate::store::index::list_header(records.len());
        let len = header.len() + records.iter().map(|r| r.len()).sum::<usize>();
        let first = first
            .and_then(|i| records.get(i))
            .map(|r| crate::store::index::join_records(std::slice::from_ref(r)));
        self.write(|tx, _| {
            match &first {
                Some(one) => tx.execute(
                    "INSERT INTO list_snapshot (roots, data) VALUES (?1, ?2)
                     ON CONFLICT(roots) DO UPDATE SET data = excluded.data",
                    params![first_key(roots), one],
                )?,
                None => tx.execute(
                    "DELETE FROM list_snapshot WHERE roots = ?1",
                    [first_key(roots)],
                )?,
            };
            tx.execute(
                "INSERT INTO list_snapshot (roots, data) VALUES (?1, zeroblob(?2))
                 ON CONFLICT(roots) DO UPDATE SET data = excluded.data",
                params![roots, i64::try_from(len).unwrap_or(i64::MAX)],
            )?;
            let row: i64 = tx.query_row(
                "SELECT rowid FROM list_snapshot WHERE roots = ?1",
                [roots],
                |r| r.get(0),
            )?;
            let mut blob = tx.blob_open(rusqlite::MAIN_DB, "list_snapshot", "data", row, false)?;
            blob.write_at(&header, 0)?;
            let mut at = header.len();
            for record in records {
                blob.write_at(&record, at)?;
                at += record.len();
            }
            Ok(())
        })
    }
}
