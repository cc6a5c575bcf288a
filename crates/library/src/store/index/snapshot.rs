//! The article list as one blob: what a warm start reads instead of one
//! cache row per article. Only the list's fields are kept (path, size,
//! mtime, id, title, dateline, words, entry, url, feed, published), in list order, so reading it back is
//! a single pass with no sorting.
//!
//! The format is private to newsreader and versioned by its first bytes;
//! anything that does not decode whole (another version, a cut-short
//! write) is simply not used: the cache rows are still there.

use super::{path_bytes, path_from_bytes, Summary};

const MAGIC: &[u8] = b"newsreader list 2\n";
/// `dateline` length meaning "none".
const NONE: u32 = u32::MAX;

/// Encode `list` (its list fields only).
pub fn encode_list(list: &[Summary]) -> Vec<u8> {
    let records: Vec<Box<[u8]>> = list.iter().map(encode_record).collect();
    join_records(&records)
}

/// One entry's bytes: what a run keeps per article until it can write the
/// whole list, a single small allocation instead of a [`Summary`].
pub fn encode_record(s: &Summary) -> Box<[u8]> {
    let mut out = Vec::with_capacity(48 + s.path.as_os_str().len() + s.title.len());
    put_bytes(&mut out, &path_bytes(&s.path));
    out.extend_from_slice(&s.size.to_le_bytes());
    out.extend_from_slice(&s.mtime_ns.to_le_bytes());
    put_bytes(&mut out, s.id.as_bytes());
    put_bytes(&mut out, s.title.as_bytes());
    put_opt(&mut out, &s.dateline);
    out.extend_from_slice(&s.words.to_le_bytes());
    out.extend_from_slice(&s.entry.to_le_bytes());
    put_opt(&mut out, &s.url);
    put_opt(&mut out, &s.feed);
    put_opt(&mut out, &s.published);
    out.into_boxed_slice()
}

/// The list blob of `records` (each from [`encode_record`]), in order.
pub fn join_records(records: &[Box<[u8]>]) -> Vec<u8> {
    let len: usize = records.iter().map(|r| r.len()).sum();
    let mut out = list_header(records.len());
    out.reserve(len);
    for r in records {
        out.extend_from_slice(r);
    }
    out
}

/// What a list blob of `count` records starts with; the records follow
/// (how [`Store::snapshot_put_records`](crate::store::Store::snapshot_put_records)
/// writes one without holding it whole).
pub fn list_header(count: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(MAGIC.len() + 4);
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, count);
    out
}

/// Decode a blob of [`encode_list`]; `None` unless it decodes whole.
pub fn decode_list(data: &[u8]) -> Option<Vec<Summary>> {
    let (mut r, n) = records(data)?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(r.record()?.summary()?);
    }
    r.0.is_empty().then_some(out)
}

/// The record of a list blob that `before` puts first, decoded alone:
/// one pass over the blob that copies nothing else, for what a reader
/// shows first while the whole list is still decoded. `before(a, b)`
/// compares two records by their path's bytes and `published`; of equal
/// records the earlier in the list wins. `None` when the blob is empty or
/// does not decode whole.
pub fn first_record(
    data: &[u8],
    before: impl Fn((&[u8], Option<&str>), (&[u8], Option<&str>)) -> bool,
) -> Option<Summary> {
    let (mut r, n) = records(data)?;
    let mut best: Option<(Raw, Key)> = None;
    for _ in 0..n {
        let raw = r.record()?;
        let key = raw.key()?;
        if best.as_ref().is_none_or(|(_, b)| before(key, *b)) {
            best = Some((raw, key));
        }
    }
    if !r.0.is_empty() {
        return None;
    }
    best?.0.summary()
}

/// Which of `records` (each from [`encode_record`]) `before` puts first,
/// as [`first_record`] picks in their blob: what is stored beside the
/// list so that the next start need not read the list to find it.
pub fn first_of_records(
    records: &[Box<[u8]>],
    before: impl Fn((&[u8], Option<&str>), (&[u8], Option<&str>)) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, Key)> = None;
    for (i, record) in records.iter().enumerate() {
        let Some(key) = Reader(record).record().and_then(|raw| raw.key()) else {
            continue;
        };
        if best.as_ref().is_none_or(|(_, b)| before(key, *b)) {
            best = Some((i, key));
        }
    }
    best.map(|(i, _)| i)
}

/// A record's path bytes and entry, as the list is ordered by them
/// (see [`encode_record`]); `None` when it does not decode.
pub fn record_place(record: &[u8]) -> Option<(&[u8], u32)> {
    let raw = Reader(record).record()?;
    Some((raw.path, raw.entry))
}

/// The records of a list blob and how many it says there are; `None`
/// when it is not one of this version's.
fn records(data: &[u8]) -> Option<(Reader<'_>, usize)> {
    let mut r = Reader(data.strip_prefix(MAGIC)?);
    let n = r.u32()? as usize;
    // Each entry takes at least 32 bytes: a count past that is corrupt.
    if n > r.0.len() / 32 + 1 {
        return None;
    }
    Some((r, n))
}

/// What the list's order looks at in a record: its path's bytes and its
/// `published` text.
type Key<'a> = (&'a [u8], Option<&'a str>);

/// One record's fields, still in the blob.
struct Raw<'a> {
    path: &'a [u8],
    size: u64,
    mtime_ns: i64,
    id: &'a [u8],
    title: &'a [u8],
    dateline: Option<&'a [u8]>,
    words: u32,
    entry: u32,
    url: Option<&'a [u8]>,
    feed: Option<&'a [u8]>,
    published: Option<&'a [u8]>,
}

impl<'a> Raw<'a> {
    /// What the list's order looks at; `None` when `published` is not
    /// text (the record does not decode).
    fn key(&self) -> Option<(&'a [u8], Option<&'a str>)> {
        let published = match self.published {
            Some(p) => Some(std::str::from_utf8(p).ok()?),
            None => None,
        };
        Some((self.path, published))
    }

    fn summary(&self) -> Option<Summary> {
        let text = |b: &[u8]| std::str::from_utf8(b).ok().map(Box::<str>::from);
        let opt = |b: Option<&[u8]>| match b {
            Some(b) => text(b).map(Some),
            None => Some(None),
        };
        Some(Summary {
            path: path_from_bytes(self.path),
            size: self.size,
            mtime_ns: self.mtime_ns,
            id: text(self.id)?,
            title: text(self.title)?,
            dateline: opt(self.dateline)?,
            words: self.words,
            entry: self.entry,
            url: opt(self.url)?,
            feed: opt(self.feed)?,
            published: opt(self.published)?,
            ..Summary::default()
        })
    }
}

fn put_u32(out: &mut Vec<u8>, n: usize) {
    let n = u32::try_from(n).unwrap_or(u32::MAX - 1);
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    put_u32(out, bytes.len());
    out.extend_from_slice(bytes);
}

fn put_opt(out: &mut Vec<u8>, text: &Option<Box<str>>) {
    match text {
        Some(t) => put_bytes(out, t.as_bytes()),
        None => out.extend_from_slice(&NONE.to_le_bytes()),
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn peek_u32(&self) -> Option<u32> {
        Some(u32::from_le_bytes(self.0.get(..4)?.try_into().ok()?))
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.u32()? as usize;
        self.take(n)
    }

    /// A field of bytes or the [`NONE`] mark. The outer `None`: does not
    /// decode.
    fn opt_bytes(&mut self) -> Option<Option<&'a [u8]>> {
        match self.peek_u32()? {
            NONE => {
                self.u32()?;
                Some(None)
            }
            _ => Some(Some(self.bytes()?)),
        }
    }

    fn record(&mut self) -> Option<Raw<'a>> {
        Some(Raw {
            path: self.bytes()?,
            size: u64::from_le_bytes(self.take(8)?.try_into().ok()?),
            mtime_ns: i64::from_le_bytes(self.take(8)?.try_into().ok()?),
            id: self.bytes()?,
            title: self.bytes()?,
            dateline: self.opt_bytes()?,
            words: self.u32()?,
            entry: self.u32()?,
            url: self.opt_bytes()?,
            feed: self.opt_bytes()?,
            published: self.opt_bytes()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn summary(path: &str, dateline: Option<&str>) -> Summary {
        Summary {
            path: PathBuf::from(path).into_boxed_path(),
            size: 1234,
            mtime_ns: -5,
            id: "00ff".into(),
            title: "Ünïcode title “quoted”".into(),
            dateline: dateline.map(Into::into),
            words: 987,
            ..Summary::default()
        }
    }

    #[test]
    fn lists_round_trip() {
        let mut from_feed = summary("/lib/feed.xml", None);
        from_feed.entry = 7;
        from_feed.url = Some("https://example.org/a".into());
        from_feed.feed = Some("Example News".into());
        from_feed.published = Some("2019-04-24T08:00:00Z".into());
        let list = vec![
            summary("/lib/a.txt", Some("SEOUL")),
            summary("/lib/b.txt", None),
            from_feed,
        ];
        assert_eq!(decode_list(&encode_list(&list)), Some(list));
        assert_eq!(decode_list(&encode_list(&[])), Some(Vec::new()));
    }

    #[cfg(unix)]
    #[test]
    fn paths_keep_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let odd = std::ffi::OsStr::from_bytes(b"/lib/\xff\xfe.txt");
        let mut s = summary("/x", None);
        s.path = PathBuf::from(odd).into_boxed_path();
        let back = decode_list(&encode_list(std::slice::from_ref(&s))).unwrap();
        assert_eq!(back[0].path.as_os_str(), odd);
    }

    #[test]
    fn the_first_record_is_found_without_decoding_the_rest() {
        let mut dated = summary("/lib/c.txt", None);
        dated.published = Some("2020-01-01".into());
        let list = vec![
            summary("/lib/b.txt", None),
            dated,
            summary("/lib/a.txt", None),
        ];
        let data = encode_list(&list);
        let by_path = |a: (&[u8], Option<&str>), b: (&[u8], Option<&str>)| a.0 < b.0;
        assert_eq!(first_record(&data, by_path), Some(list[2].clone()));
        let dated_first =
            |a: (&[u8], Option<&str>), b: (&[u8], Option<&str>)| a.1.is_some() && b.1.is_none();
        assert_eq!(first_record(&data, dated_first), Some(list[1].clone()));
        let never = |_: (&[u8], Option<&str>), _: (&[u8], Option<&str>)| false;
        assert_eq!(
            first_record(&data, never),
            Some(list[0].clone()),
            "the earlier of equals"
        );
        assert_eq!(first_record(&encode_list(&[]), by_path), None);
        let records: Vec<Box<[u8]>> = list.iter().map(encode_record).collect();
        assert_eq!(first_of_records(&records, by_path), Some(2));
        assert_eq!(first_of_records(&records, dated_first), Some(1));
        assert_eq!(first_of_records(&records, never), Some(0));
        assert_eq!(first_of_records(&[], never), None);
        assert_eq!(first_record(&data[..data.len() - 1], by_path), None);
    }

    #[test]
    fn anything_cut_short_or_foreign_is_refused() {
        let data = encode_list(&[
            summary("/lib/a.txt", Some("X")),
            summary("/lib/b.txt", None),
        ]);
        for cut in [
            0,
            5,
            MAGIC.len(),
            MAGIC.len() + 4,
            data.len() / 2,
            data.len() - 1,
        ] {
            assert_eq!(decode_list(&data[..cut]), None, "cut at {cut}");
        }
        let mut longer = data.clone();
        longer.push(0);
        assert_eq!(decode_list(&longer), None, "trailing bytes");
        assert_eq!(
            decode_list(b"newsreader list 1\n\0\0\0\0"),
            None,
            "the version before this one"
        );
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(decode_list(&huge), None, "a count the data cannot hold");
    }
}
