//! The index cache table (`file_index`, migration 2): reading every
//! [`Summary`] at start-up, and writing the ones just parsed.
//!
//! `index_all` is on the warm-start path for the whole list, so it runs
//! one prepared statement and copies each column straight from SQLite's
//! buffer into its final `Box<str>`: no intermediate `String`s and no
//! splitting of the name lists (they are stored joined, as held).

use std::path::{Path, PathBuf};

use rusqlite::types::{FromSqlError, ValueRef};
use rusqlite::{params, Row};

mod snapshot;

use super::{Store, StoreError};
use crate::store::index::{path_bytes, path_from_bytes, Names, Speakers, Summary};

/// Column order shared by the SELECT and [`summary_from_row`].
const SELECT_ALL: &str = "SELECT path, size, mtime_ns, id, title, title_derived, dateline,
        byline, words, quotes, people, speakers, places, orgs, entry, url, feed, published
    FROM file_index";

const UPSERT: &str = "INSERT INTO file_index (path, size, mtime_ns, id, title, title_derived,
        dateline, byline, words, quotes, people, speakers, places, orgs, indexed,
        entry, url, feed, published)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
        ?16, ?17, ?18, ?19)
    ON CONFLICT(path, entry) DO UPDATE SET
        size = excluded.size, mtime_ns = excluded.mtime_ns, id = excluded.id,
        title = excluded.title, title_derived = excluded.title_derived,
        dateline = excluded.dateline, byline = excluded.byline,
        words = excluded.words, quotes = excluded.quotes,
        people = excluded.people, speakers = excluded.speakers,
        places = excluded.places, orgs = excluded.orgs,
        url = excluded.url, feed = excluded.feed, published = excluded.published,
        indexed = excluded.indexed";

/// The columns the article list needs at start; see [`Store::index_list`].
const SELECT_LIST: &str = "SELECT path, size, mtime_ns, id, title, dateline, words,
        entry, url, feed, published
    FROM file_index";

/// A row of [`SELECT_LIST`]: the list's fields only.
fn list_row(r: &Row) -> rusqlite::Result<Summary> {
    Ok(Summary {
        path: path_from_bytes(bytes(r, 0)?),
        size: u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
        mtime_ns: r.get(2)?,
        id: text(r, 3)?,
        title: text(r, 4)?,
        dateline: opt_text(r, 5)?,
        words: r.get(6)?,
        entry: r.get(7)?,
        url: opt_text(r, 8)?,
        feed: opt_text(r, 9)?,
        published: opt_text(r, 10)?,
        ..Summary::default()
    })
}

impl Store {
    /// Every cached summary with only what the article list needs (path,
    /// size, mtime, id, title, dateline, words; the name lists empty): the
    /// warm-start path, where the rest would be read and allocated for
    /// 100,000 rows and then not used.
    pub fn index_list(&self) -> Result<Vec<Summary>, StoreError> {
        let err = |e| self.sqlite_err(e);
        let mut stmt = self.conn.prepare_cached(SELECT_LIST).map_err(err)?;
        let rows = stmt.query_map([], list_row).map_err(err)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(err)
    }

    /// The list records ([`encode_record`](crate::store::index::encode_record))
    /// of the cached rows whose path `keep` accepts, in no particular
    /// order: what an indexing run stores as its list at the end, read
    /// back then instead of held through the run (25 MB at 100,000
    /// articles). Each row's summary is let go as soon as it is encoded.
    pub fn index_records(
        &self,
        keep: impl Fn(&Path) -> bool,
    ) -> Result<Vec<Box<[u8]>>, StoreError> {
        let err = |e| self.sqlite_err(e);
        let mut stmt = self.conn.prepare_cached(SELECT_LIST).map_err(err)?;
        let mut out = Vec::new();
        for row in stmt.query_map([], list_row).map_err(err)? {
            let summary = row.map_err(err)?;
            if keep(&summary.path) {
                out.push(crate::store::index::encode_record(&summary));
            }
        }
        Ok(out)
    }

    /// Every cached summary, in no particular order (the list sorts).
    pub fn index_all(&self) -> Result<Vec<Summary>, StoreError> {
        let err = |e| self.sqlite_err(e);
        // The largest rowid bounds the row count and costs one b-tree
        // descent, unlike count(*): reserve once instead of regrowing a
        // ~17 MB vector (and holding old and new at once) at 100,000 rows.
        let estimate: Option<i64> = self
            .conn
            .query_row("SELECT max(rowid) FROM file_index", [], |r| r.get(0))
            .map_err(err)?;
        let estimate = usize::try_from(estimate.unwrap_or(0)).unwrap_or(0);
        let mut out = Vec::with_capacity(estimate.min(1 << 22));
        let mut stmt = self.conn.prepare_cached(SELECT_ALL).map_err(err)?;
        let mut rows = stmt.query([]).map_err(err)?;
        while let Some(row) = rows.next().map_err(err)? {
            out.push(summary_from_row(row).map_err(err)?);
        }
        // Many deleted rows leave the estimate high; give back the slack.
        if out.capacity() > out.len() + out.len() / 8 + 16 {
            out.shrink_to_fit();
        }
        Ok(out)
    }

    /// Store `summaries`, replacing any row with the same path and entry, in one
    /// transaction: all of them or none.
    pub fn index_put(&mut self, summaries: &[Summary]) -> Result<(), StoreError> {
        if summaries.is_empty() {
            return Ok(());
        }
        self.write(|tx, now| {
            let mut stmt = tx.prepare_cached(UPSERT)?;
            for s in summaries {
                stmt.execute(params![
                    path_bytes(&s.path).as_ref(),
                    // SQLite integers are i64; a file over 8 EiB saturates.
                    i64::try_from(s.size).unwrap_or(i64::MAX),
                    s.mtime_ns,
                    &*s.id,
                    &*s.title,
                    s.title_derived,
                    s.dateline.as_deref(),
                    s.byline.as_deref(),
                    s.words,
                    s.quotes,
                    s.people.joined(),
                    s.speakers.joined(),
                    s.places.joined(),
                    s.orgs.joined(),
                    now,
                    s.entry,
                    s.url.as_deref(),
                    s.feed.as_deref(),
                    s.published.as_deref(),
                ])?;
            }
            Ok(())
        })
    }

    /// Forget every cached file and list: the search index that must hold
    /// every cached file was started afresh, so each must be read again.
    pub fn index_clear(&mut self) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute("DELETE FROM file_index", [])?;
            tx.execute("DELETE FROM list_snapshot", []).map(|_| ())
        })
    }

    /// Drop the rows of `paths` (files that are gone; every entry of a
    /// file of many articles), in one transaction. Paths with no row are
    /// ignored.
    pub fn index_forget(&mut self, paths: &[PathBuf]) -> Result<(), StoreError> {
        if paths.is_empty() {
            return Ok(());
        }
        self.write(|tx, _| {
            let mut stmt = tx.prepare_cached("DELETE FROM file_index WHERE path = ?1")?;
            for p in paths {
                stmt.execute([path_bytes(p).as_ref()])?;
            }
            Ok(())
        })
    }
}

fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<Summary> {
    Ok(Summary {
        path: path_from_bytes(bytes(r, 0)?),
        size: u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
        mtime_ns: r.get(2)?,
        id: text(r, 3)?,
        title: text(r, 4)?,
        title_derived: r.get(5)?,
        dateline: opt_text(r, 6)?,
        byline: opt_text(r, 7)?,
        words: r.get(8)?,
        quotes: r.get(9)?,
        people: Names::from_joined(text(r, 10)?),
        speakers: Speakers::from_joined(text(r, 11)?),
        places: Names::from_joined(text(r, 12)?),
        orgs: Names::from_joined(text(r, 13)?),
        entry: r.get(14)?,
        url: opt_text(r, 15)?,
        feed: opt_text(r, 16)?,
        published: opt_text(r, 17)?,
    })
}

/// Column `i` as bytes, whether stored as BLOB or TEXT.
fn bytes<'r>(r: &'r Row<'_>, i: usize) -> rusqlite::Result<&'r [u8]> {
    match r.get_ref(i)? {
        ValueRef::Blob(b) | ValueRef::Text(b) => Ok(b),
        other => Err(rusqlite::Error::FromSqlConversionFailure(
            i,
            other.data_type(),
            Box::new(FromSqlError::InvalidType),
        )),
    }
}

/// Column `i` as text copied once into its final box. Bytes that are not
/// UTF-8 (only a hand-edited database has them) are repaired, not fatal:
/// one bad row must not cost the whole cached list.
fn text(r: &Row<'_>, i: usize) -> rusqlite::Result<Box<str>> {
    let b = bytes(r, i)?;
    // `from_utf8` first: it is several times faster than the lossy path
    // on valid text, which is all of it in practice.
    Ok(match std::str::from_utf8(b) {
        Ok(s) => s.into(),
        Err(_) => String::from_utf8_lossy(b).into_owned().into_boxed_str(),
    })
}

fn opt_text(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<Box<str>>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        _ => text(r, i).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn summary(path: &str, title: &str) -> Summary {
        Summary {
            path: Path::new(path).into(),
            size: 10,
            mtime_ns: -5,
            id: "abc".into(),
            title: title.into(),
            dateline: Some("SEOUL".into()),
            people: Names::new(["A B", "C D"]),
            speakers: Speakers::new([("A B", 3)]),
            ..Summary::default()
        }
    }

    #[test]
    fn put_all_forget() {
        let mut s = Store::in_memory().unwrap();
        assert!(s.index_all().unwrap().is_empty());
        let a = summary("/a.txt", "Ä");
        let b = summary("b.txt", "B");
        s.index_put(&[a.clone(), b.clone()]).unwrap();
        let mut all = s.index_all().unwrap();
        all.sort_by(|x, y| x.path.cmp(&y.path));
        assert_eq!(all, [a.clone(), b.clone()]);

        let a2 = Summary {
            title: "new".into(),
            size: u64::MAX,
            dateline: None,
            ..a.clone()
        };
        s.index_put(std::slice::from_ref(&a2)).unwrap();
        s.index_forget(&[PathBuf::from("b.txt"), PathBuf::from("nope")])
            .unwrap();
        let all = s.index_all().unwrap();
        // Sizes past i64 saturate rather than fail.
        let expect = Summary {
            size: i64::MAX as u64,
            ..a2
        };
        assert_eq!(all, [expect]);
        s.snapshot_put(b"roots", b"data").unwrap();
        let records: Vec<Box<[u8]>> = all
            .iter()
            .chain(&all)
            .map(crate::store::index::encode_record)
            .collect();
        let joined = crate::store::index::join_records(&records);
        s.snapshot_put_records(b"other", records.clone(), Some(1))
            .unwrap();
        assert_eq!(s.snapshot_get(b"other").unwrap(), Some(joined));
        let one = crate::store::index::join_records(&records[1..2]);
        assert_eq!(s.snapshot_first(b"other").unwrap(), Some(one));
        s.snapshot_put_records(b"other", records.clone(), None)
            .unwrap();
        assert_eq!(s.snapshot_first(b"other").unwrap(), None, "none stale");
        s.snapshot_put_records(b"other", records, Some(0)).unwrap();
        s.index_clear().unwrap();
        assert!(s.index_all().unwrap().is_empty());
        assert_eq!(s.snapshot_get(b"roots").unwrap(), None);
        assert_eq!(s.snapshot_first(b"other").unwrap(), None);
    }

    #[test]
    fn each_entry_of_a_feed_file_is_a_row_of_its_own_with_its_origin() {
        let mut s = Store::in_memory().unwrap();
        let entries: Vec<Summary> = (0..3)
            .map(|i| Summary {
                entry: i,
                url: Some(format!("https://example.org/{i}").into()),
                feed: Some("Example News".into()),
                published: Some("2019-04-24T08:00:00Z".into()),
                ..summary("/feed.xml", &format!("entry {i}"))
            })
            .collect();
        s.index_put(&entries).unwrap();
        let mut all = s.index_all().unwrap();
        all.sort_by_key(|x| x.entry);
        assert_eq!(all, entries);
        let mut list = s.index_list().unwrap();
        list.sort_by_key(|x| x.entry);
        let origins: Vec<_> = list
            .iter()
            .map(|x| (x.entry, x.url.clone(), x.feed.clone(), x.published.clone()))
            .collect();
        let expect: Vec<_> = entries
            .iter()
            .map(|x| (x.entry, x.url.clone(), x.feed.clone(), x.published.clone()))
            .collect();
        assert_eq!(origins, expect);
        s.index_forget(&[PathBuf::from("/feed.xml")]).unwrap();
        assert!(
            s.index_all().unwrap().is_empty(),
            "every entry goes with its file"
        );
    }
}
