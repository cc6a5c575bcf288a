//! What the article list needs to know about one file without parsing it:
//! the row of the index cache ([`db::Store::index_all`](super::db::Store::index_all)).
//!
//! Plain data, no SQLite. The list holds one [`Summary`] per article, so at
//! 100,000 articles every byte counts: strings are `Box<str>` (no spare
//! capacity, 16 bytes inline instead of 24) and each name list is a single
//! allocation, the names joined by [`SEP`] exactly as the database stores
//! them, read back with iterators. That is one allocation per list instead
//! of one per name, and [`Store::index_all`](super::db::Store::index_all)
//! copies each column once without splitting it.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use newsreader_core::article::{Article, EntityKind};

mod snapshot;
mod words;

pub use snapshot::{
    decode_list, encode_list, encode_record, first_of_records, first_record, join_records,
    list_header, record_place,
};

/// At most this many names are kept in each list: enough for a list row
/// or a filter, not the whole entity table (that needs the article).
pub const MAX_NAMES: usize = 8;

/// Between names in a [`Names`] or entries in a [`Speakers`] (ASCII unit
/// separator; never in a name, see [`clean`]).
pub const SEP: char = '\x1f';
/// Between a speaker's name and quote count in a [`Speakers`] entry
/// (ASCII record separator).
pub const COUNT_SEP: char = '\x1e';

/// The cached facts about one article file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The path as given to the loader; the cache key.
    pub path: Box<Path>,
    /// File size in bytes and modification time (nanoseconds since the
    /// Unix epoch) when it was parsed: if either differs now, re-parse.
    pub size: u64,
    pub mtime_ns: i64,
    /// [`Article::id`]: links the file to its reading state.
    pub id: Box<str>,
    pub title: Box<str>,
    pub title_derived: bool,
    pub dateline: Option<Box<str>>,
    pub byline: Option<Box<str>>,
    pub words: u32,
    /// All quotes, attributed or not.
    pub quotes: u32,
    /// Persons, most mentioned first.
    pub people: Names,
    /// Who was quoted, most quotes first, with their quote counts.
    pub speakers: Speakers,
    pub places: Names,
    pub orgs: Names,
    /// Which article of its file this is: 0 for a file of one article,
    /// the entry's place for a feed file read as many.
    pub entry: u32,
    /// [`Article::url`], [`Article::feed`], [`Article::published`].
    pub url: Option<Box<str>>,
    pub feed: Option<Box<str>>,
    pub published: Option<Box<str>>,
}

// By hand: `Box<Path>` has no `Default`.
impl Default for Summary {
    fn default() -> Summary {
        Summary {
            path: PathBuf::new().into_boxed_path(),
            size: 0,
            mtime_ns: 0,
            id: Box::default(),
            title: Box::default(),
            title_derived: false,
            dateline: None,
            byline: None,
            words: 0,
            quotes: 0,
            people: Names::default(),
            speakers: Speakers::default(),
            places: Names::default(),
            orgs: Names::default(),
            entry: 0,
            url: None,
            feed: None,
            published: None,
        }
    }
}

impl Summary {
    /// The summary of `article`, parsed from the file at `path` that had
    /// `size` bytes and was modified at `mtime_ns`.
    pub fn from_article(path: &Path, size: u64, mtime_ns: i64, article: &Article) -> Summary {
        let names = |kind: EntityKind| {
            // `entities` is already most mentioned first.
            Names::new(
                article
                    .entities
                    .iter()
                    .filter(|e| e.kind == kind)
                    .map(|e| e.name.as_str()),
            )
        };
        Summary {
            path: path.into(),
            size,
            mtime_ns,
            id: article.id.as_str().into(),
            title: article.title.as_str().into(),
            title_derived: article.title_derived,
            dateline: article.dateline.as_deref().map(Into::into),
            byline: article.byline.as_deref().map(Into::into),
            words: saturate(words::word_count(article)),
            quotes: saturate(article.quotes.len()),
            people: names(EntityKind::Person),
            speakers: Speakers::new(speaker_counts(article)),
            places: names(EntityKind::Place),
            orgs: names(EntityKind::Organization),
            entry: 0,
            url: article.url.as_deref().map(Into::into),
            feed: article.feed.as_deref().map(Into::into),
            published: article.published.as_deref().map(Into::into),
        }
    }

    /// Rough bytes this summary occupies: inline size plus the heap blocks
    /// it owns (payload only; the allocator adds ~8–16 bytes per block).
    pub fn footprint(&self) -> usize {
        let opt = |s: &Option<Box<str>>| s.as_ref().map_or(0, |s| s.len());
        std::mem::size_of::<Summary>()
            + self.path.as_os_str().len()
            + self.id.len()
            + self.title.len()
            + opt(&self.dateline)
            + opt(&self.byline)
            + opt(&self.url)
            + opt(&self.feed)
            + opt(&self.published)
            + self.people.joined().len()
            + self.speakers.joined().len()
            + self.places.joined().len()
            + self.orgs.joined().len()
    }
}

/// Each speaker's quote count, most quotes first; ties keep the order in
/// which they were first quoted, so the lead speaker stays ahead.
fn speaker_counts(article: &Article) -> Vec<(&str, u32)> {
    let mut counts: Vec<(&str, u32)> = Vec::new();
    for name in article.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c = c.saturating_add(1),
            None => counts.push((name, 1)),
        }
    }
    // Stable: equal counts stay in first-quoted order.
    counts.sort_by_key(|&(_, c)| std::cmp::Reverse(c));
    counts
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A name with the separators (and any other control characters, which
/// no real name has) turned into spaces, so joining is lossless to split.
fn clean(name: &str) -> std::borrow::Cow<'_, str> {
    if name.chars().any(char::is_control) {
        name.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        name.into()
    }
}

/// Up to [`MAX_NAMES`] names in one allocation (none when empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Names(Box<str>);

impl Names {
    /// The first [`MAX_NAMES`] non-empty `names`, in order.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Names {
        let mut joined = String::new();
        for name in names
            .into_iter()
            .map(clean)
            .filter(|n| !n.trim().is_empty())
            .take(MAX_NAMES)
        {
            if !joined.is_empty() {
                joined.push(SEP);
            }
            joined.push_str(&name);
        }
        Names(joined.into_boxed_str())
    }

    /// As stored: the names joined by [`SEP`] (`""` when there are none).
    /// Trusts its input, which came from [`Names::joined`].
    pub fn from_joined(joined: Box<str>) -> Names {
        Names(joined)
    }

    pub fn joined(&self) -> &str {
        &self.0
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.0.split(SEP).filter(|s| !s.is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }
}

/// Up to [`MAX_NAMES`] speakers with their quote counts, in one
/// allocation: `name COUNT_SEP count`, entries joined by [`SEP`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Speakers(Box<str>);

impl Speakers {
    /// The first [`MAX_NAMES`] of `speakers`, in order.
    pub fn new<'a>(speakers: impl IntoIterator<Item = (&'a str, u32)>) -> Speakers {
        let mut joined = String::new();
        for (name, count) in speakers
            .into_iter()
            .map(|(n, c)| (clean(n), c))
            .filter(|(n, _)| !n.trim().is_empty())
            .take(MAX_NAMES)
        {
            if !joined.is_empty() {
                joined.push(SEP);
            }
            joined.push_str(&name);
            joined.push(COUNT_SEP);
            joined.push_str(&count.to_string());
        }
        Speakers(joined.into_boxed_str())
    }

    /// As stored (see [`Speakers::joined`]).
    pub fn from_joined(joined: Box<str>) -> Speakers {
        Speakers(joined)
    }

    pub fn joined(&self) -> &str {
        &self.0
    }

    /// Each speaker and quote count; an entry whose count does not parse
    /// (a hand-edited database) counts 0 rather than failing the list.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        self.0
            .split(SEP)
            .filter(|s| !s.is_empty())
            .map(|e| match e.rsplit_once(COUNT_SEP) {
                Some((name, n)) => (name, n.parse().unwrap_or(0)),
                None => (e, 0),
            })
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }
}

/// The key for `path`: its OS bytes on Unix, where a path is any bytes.
#[cfg(unix)]
pub(crate) fn path_bytes(path: &Path) -> Cow<'_, [u8]> {
    use std::os::unix::ffi::OsStrExt;
    Cow::Borrowed(path.as_os_str().as_bytes())
}

/// Elsewhere (Windows) its UTF-8 form; only an unpaired surrogate, which
/// no real file name has, is not kept exactly.
#[cfg(not(unix))]
pub(crate) fn path_bytes(path: &Path) -> Cow<'_, [u8]> {
    match path.to_string_lossy() {
        Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
        Cow::Owned(s) => Cow::Owned(s.into_bytes()),
    }
}

#[cfg(unix)]
pub(crate) fn path_from_bytes(bytes: &[u8]) -> Box<Path> {
    use std::os::unix::ffi::OsStrExt;
    Path::new(std::ffi::OsStr::from_bytes(bytes)).into()
}

#[cfg(not(unix))]
pub(crate) fn path_from_bytes(bytes: &[u8]) -> Box<Path> {
    Path::new(&*String::from_utf8_lossy(bytes)).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_order_cap_and_drop_empties() {
        let n = Names::new(["A", "", "B\x1fC", "D"]);
        assert_eq!(n.iter().collect::<Vec<_>>(), ["A", "B C", "D"]);
        let many: Vec<String> = (0..20).map(|i| format!("N{i}")).collect();
        let n = Names::new(many.iter().map(String::as_str));
        assert_eq!(n.len(), MAX_NAMES);
        assert!(Names::new([]).is_empty());
        assert_eq!(Names::new([]).iter().count(), 0);
    }

    #[test]
    fn speakers_round_trip_through_joined() {
        let s = Speakers::new([("Kim Jong Un", 1), ("Bad\x1e7", 3)]);
        let back = Speakers::from_joined(s.joined().into());
        assert_eq!(
            back.iter().collect::<Vec<_>>(),
            [("Kim Jong Un", 1), ("Bad 7", 3)]
        );
        assert_eq!(
            Speakers::from_joined("x".into()).iter().next(),
            Some(("x", 0))
        );
    }

    #[test]
    fn summary_is_compact() {
        // Five boxes, four list boxes, five optional boxes and four numbers:
        // guard against a field quietly growing it.
        assert!(
            std::mem::size_of::<Summary>() <= 240,
            "{}",
            std::mem::size_of::<Summary>()
        );
    }
}
