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
    let mut r = Reader(data.strip_prefix(MAGIC)?);
    let n = r.u32()? as usize;
    // Each entry takes at least 32 bytes: a count past that is corrupt.
    if n > r.0.len() / 32 + 1 {
        return None;
    }
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let path = path_from_bytes(r.bytes()?);
        let size = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let mtime_ns = i64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let id = r.text()?;
        let title = r.text()?;
        let dateline = r.opt_text()?;
        let words = r.u32()?;
        let entry = r.u32()?;
        let url = r.opt_text()?;
        let feed = r.opt_text()?;
        let published = r.opt_text()?;
        out.push(Summary {
            path,
            size,
            mtime_ns,
            id,
            title,
            dateline,
            words,
            entry,
            url,
            feed,
            published,
            ..Summary::default()
        });
    }
    r.0.is_empty().then_some(out)
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

    fn text(&mut self) -> Option<Box<str>> {
        std::str::from_utf8(self.bytes()?).ok().map(Into::into)
    }

    /// A text or the [`NONE`] mark. The outer `None`: does not decode.
    fn opt_text(&mut self) -> Option<Option<Box<str>>> {
        match self.peek_u32()? {
            NONE => {
                self.u32()?;
                Some(None)
            }
            _ => Some(Some(self.text()?)),
        }
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
