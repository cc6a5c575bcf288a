//! Answering: words, entities and speakers back to [`Hit`]s, by walking
//! tantivy's postings per segment and counting term frequencies, the
//! article id read from the fast fields. No scoring and no doc store: the
//! counts are exact and a query touches only the postings of its terms.

use std::collections::BTreeSet;
use std::path::PathBuf;

use tantivy::postings::Postings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::termdict::TermStreamer;
use tantivy::{DocSet, IndexReader, InvertedIndexReader, SegmentReader, Term, TERMINATED};

use super::fold::query_words;
use super::person::{entity_key, same_person, surname_of};
use super::schema::{Fields, ID_HI, ID_LO, SURNAME_SEP};
use super::{Hit, SearchError};
use hits::Hits;
pub use hits::IdHasher;
use newsreader_core::article::EntityKind;

mod hits;
mod quotes;

/// At most this many words stand for an as-you-type last word: the ones
/// in the most articles (the word itself, when it is one, always). Enough
/// for every likely completion, few enough that `s` in a big library does
/// not read thousands of postings lists per keystroke.
pub const PREFIX_TERMS: usize = 64;
/// A last word shorter than this (in chars) is taken exactly, not as a
/// prefix: one or two letters begin too many words to be worth it.
const PREFIX_MIN_CHARS: usize = 3;
/// Term dictionary entries looked at per segment and field when
/// expanding a prefix, so a short prefix stays cheap in a huge dictionary.
const PREFIX_SCAN: usize = 20_000;

/// Reads the index for one background thread.
pub struct Searcher {
    reader: IndexReader,
    fields: Fields,
    dir: PathBuf,
}

const _: fn() = || {
    fn send<T: Send>() {}
    send::<Searcher>();
};

/// Per-segment counts of one query, indexed by doc.
struct Counts {
    /// Query words (groups) found in the doc so far, in order: a doc that
    /// misses word `i` never gets past `i`, which is the AND.
    stage: Vec<u32>,
    title: Vec<u32>,
    total: Vec<u32>,
}

impl Searcher {
    pub(crate) fn new(reader: IndexReader, fields: Fields, dir: PathBuf) -> Self {
        Searcher {
            reader,
            fields,
            dir,
        }
    }

    fn io(&self, cause: std::io::Error) -> SearchError {
        SearchError::Io {
            path: self.dir.clone(),
            what: "reading the index",
            cause,
        }
    }

    fn tv(&self, cause: tantivy::TantivyError) -> SearchError {
        SearchError::Index {
            dir: self.dir.clone(),
            what: "reading the index",
            cause,
        }
    }

    /// See what was committed since (cheap when nothing was).
    pub fn refresh(&self) -> Result<(), SearchError> {
        self.reader
            .reload()
            .map_err(|e| self.tv(e).with_what("refreshing the reader"))
    }

    /// Articles that hold every word of `query`, each in the title or the
    /// body, with `title_hits` and `hits` (title + body) summing the
    /// occurrences of all the query's words. When the query ends inside
    /// its last word, that word stands for the words it begins (see
    /// [`PREFIX_TERMS`]). A blank query finds nothing. Unranked: sort with
    /// [`super::rank_key`]. An article at two paths is one hit.
    pub fn search(&self, query: &str) -> Result<Vec<Hit>, SearchError> {
        let q = query_words(query);
        let searcher = self.reader.searcher();
        let segments = searcher.segment_readers();
        let mut groups: Vec<Vec<String>> = q.words.iter().map(|w| vec![w.clone()]).collect();
        if let (true, Some(last)) = (q.last_is_prefix, q.words.last()) {
            if last.chars().count() >= PREFIX_MIN_CHARS {
                let expanded = self.expand(segments, last)?;
                if let Some(group) = groups.last_mut() {
                    *group = expanded;
                }
            }
        }
        if groups.is_empty() {
            return Ok(Vec::new());
        }
        let mut hits = Hits::default();
        for segment in segments {
            let counts = self.count_words(segment, &groups)?;
            let done = groups.len() as u32;
            self.collect(segment, &mut hits, |doc| {
                let d = doc as usize;
                (counts.stage[d] == done).then(|| (counts.title[d], counts.total[d]))
            })?;
        }
        Ok(hits.list)
    }

    /// The term dictionary of `inverted` from `prefix` on, in order (the
    /// caller stops where the prefix ends).
    fn terms_from<'a>(
        &self,
        inverted: &'a InvertedIndexReader,
        prefix: &[u8],
    ) -> Result<TermStreamer<'a>, SearchError> {
        inverted
            .terms()
            .range()
            .ge(prefix)
            .into_stream()
            .map_err(|e| self.io(e))
    }

    /// The words `prefix` stands for: see [`PREFIX_TERMS`].
    fn expand(&self, segments: &[SegmentReader], prefix: &str) -> Result<Vec<String>, SearchError> {
        let mut found: std::collections::HashMap<String, u64> = Default::default();
        for segment in segments {
            for field in [self.fields.title, self.fields.body] {
                let inverted = segment.inverted_index(field).map_err(|e| self.tv(e))?;
                let mut terms = self.terms_from(&inverted, prefix.as_bytes())?;
                let mut scanned = 0;
                while let Some((key, info)) = terms.next() {
                    if !key.starts_with(prefix.as_bytes()) || scanned == PREFIX_SCAN {
                        break;
                    }
                    scanned += 1;
                    if let Ok(word) = std::str::from_utf8(key) {
                        *found.entry(word.to_string()).or_default() += u64::from(info.doc_freq);
                    }
                }
            }
        }
        let mut words: Vec<(String, u64)> = found.into_iter().collect();
        // The word itself first, then the most widespread; ties by word,
        // so the same query always means the same words.
        words.sort_by(|a, b| (b.0 == prefix, b.1, &a.0).cmp(&(a.0 == prefix, a.1, &b.0)));
        words.truncate(PREFIX_TERMS);
        let mut words: Vec<String> = words.into_iter().map(|(w, _)| w).collect();
        if words.is_empty() {
            // No word begins so: the prefix as a word, which finds nothing.
            words.push(prefix.to_string());
        }
        Ok(words)
    }

    /// The AND-and-count of `groups` (each a list of words, any of which
    /// counts) over one segment.
    fn count_words(
        &self,
        segment: &SegmentReader,
        groups: &[Vec<String>],
    ) -> Result<Counts, SearchError> {
        let max = segment.max_doc() as usize;
        let mut c = Counts {
            stage: vec![0; max],
            title: vec![0; max],
            total: vec![0; max],
        };
        for (i, group) in groups.iter().enumerate() {
            let (was, now) = (i as u32, i as u32 + 1);
            let mut any = false;
            for (field, in_title) in [(self.fields.title, true), (self.fields.body, false)] {
                let inverted = segment.inverted_index(field).map_err(|e| self.tv(e))?;
                for word in group {
                    self.each_posting(&inverted, field, word, |d, tf| {
                        if c.stage[d] == was {
                            c.stage[d] = now;
                            any = true;
                        }
                        if c.stage[d] == now {
                            c.total[d] = c.total[d].saturating_add(tf);
                            if in_title {
                                c.title[d] = c.title[d].saturating_add(tf);
                            }
                        }
                    })?;
                }
            }
            if !any {
                // No doc got past this word: the rest cannot change that.
                c.stage.iter_mut().for_each(|s| *s = 0);
                break;
            }
        }
        Ok(c)
    }

    /// Call `each` with every doc of a segment holding `word` in `field`
    /// and how often it does.
    fn each_posting(
        &self,
        inverted: &InvertedIndexReader,
        field: Field,
        word: &str,
        mut each: impl FnMut(usize, u32),
    ) -> Result<(), SearchError> {
        let term = Term::from_field_text(field, word);
        let postings = inverted
            .read_postings(&term, IndexRecordOption::WithFreqs)
            .map_err(|e| self.io(e))?;
        let Some(mut postings) = postings else {
            return Ok(());
        };
        let mut doc = postings.doc();
        while doc != TERMINATED {
            each(doc as usize, postings.term_freq());
            doc = postings.advance();
        }
        Ok(())
    }

    /// Docs of one segment holding any of `keys` in `field`, with the
    /// summed term frequency.
    fn count_keys(&self, field: Field, keys: &[String]) -> Result<Vec<Hit>, SearchError> {
        let searcher = self.reader.searcher();
        let mut hits = Hits::default();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field).map_err(|e| self.tv(e))?;
            let mut total = vec![0u32; segment.max_doc() as usize];
            for key in keys {
                self.each_posting(&inverted, field, key, |d, tf| {
                    total[d] = total[d].saturating_add(tf);
                })?;
            }
            self.collect(segment, &mut hits, |doc| {
                let n = total[doc as usize];
                (n > 0).then_some((0, n))
            })?;
        }
        Ok(hits.list)
    }

    /// Add the live docs of `segment` that `counts` gives a count for.
    fn collect(
        &self,
        segment: &SegmentReader,
        hits: &mut Hits,
        counts: impl Fn(u32) -> Option<(u32, u32)>,
    ) -> Result<(), SearchError> {
        let fast = segment.fast_fields();
        let hi = fast.u64(ID_HI).map_err(|e| self.tv(e))?;
        let lo = fast.u64(ID_LO).map_err(|e| self.tv(e))?;
        let alive = segment.alive_bitset();
        for doc in 0..segment.max_doc() {
            let Some((title_hits, n)) = counts(doc) else {
                continue;
            };
            if alive.is_some_and(|a| a.is_deleted(doc)) {
                continue;
            }
            let id = (u128::from(hi.first(doc).unwrap_or(0)) << 64)
                | u128::from(lo.first(doc).unwrap_or(0));
            hits.push(Hit {
                id,
                title_hits,
                hits: n,
            });
        }
        Ok(())
    }

    /// Articles that mention the entity `name` of `kind`, `hits` being its
    /// mentions there (`title_hits` is 0: entities are counted in the body). People merge across articles (see
    /// [`Searcher::person_keys`]); places and organisations match by key
    /// only; [`EntityKind::Other`] is not indexed and finds nothing.
    pub fn mentions(&self, kind: EntityKind, name: &str) -> Result<Vec<Hit>, SearchError> {
        let (field, keys) = match kind {
            EntityKind::Person => (self.fields.person, self.person_keys(name)?),
            EntityKind::Place => (self.fields.place, vec![entity_key(name)]),
            EntityKind::Organization => (self.fields.org, vec![entity_key(name)]),
            EntityKind::Other => return Ok(Vec::new()),
        };
        self.count_keys(field, &keys)
    }

    /// Articles that quote the person `name`, `hits` being their quotes
    /// there (`title_hits` 0); merged across articles like [`Searcher::mentions`].
    pub fn quoted(&self, name: &str) -> Result<Vec<Hit>, SearchError> {
        let keys = self.person_keys(name)?;
        self.count_keys(self.fields.speaker, &keys)
    }

    /// The entity keys that stand for the person `name` across the
    /// library: its own key, plus its bare surname or its one full name
    /// when the merge rule ([`same_person`]) says so. Empty for a blank
    /// name.
    pub fn person_keys(&self, name: &str) -> Result<Vec<String>, SearchError> {
        let key = entity_key(name);
        if key.is_empty() {
            return Ok(Vec::new());
        }
        let surname = surname_of(&key).unwrap_or(&key);
        let full_names = self.full_names(surname)?;
        Ok(same_person(
            &key,
            &full_names.into_iter().collect::<Vec<_>>(),
        ))
    }

    /// Every multi-word person key with this surname in a live article.
    fn full_names(&self, surname: &str) -> Result<BTreeSet<String>, SearchError> {
        let prefix = format!("{surname}{SURNAME_SEP}");
        let searcher = self.reader.searcher();
        let mut names = BTreeSet::new();
        for segment in searcher.segment_readers() {
            let inverted = segment
                .inverted_index(self.fields.surname)
                .map_err(|e| self.tv(e))?;
            let mut terms = self.terms_from(&inverted, prefix.as_bytes())?;
            while let Some((key, info)) = terms.next() {
                let Some(name) = key.strip_prefix(prefix.as_bytes()) else {
                    break;
                };
                let Ok(name) = std::str::from_utf8(name) else {
                    continue;
                };
                if names.contains(name) {
                    continue;
                }
                // A deleted article's terms stay until a merge: only a
                // name some live article still has counts.
                let postings = inverted
                    .read_postings_from_terminfo(info, IndexRecordOption::Basic)
                    .map_err(|e| self.io(e))?;
                if has_live_doc(segment, postings) {
                    names.insert(name.to_string());
                }
            }
        }
        Ok(names)
    }
}

fn has_live_doc(segment: &SegmentReader, mut postings: impl DocSet) -> bool {
    let alive = segment.alive_bitset();
    let mut doc = postings.doc();
    while doc != TERMINATED {
        if alive.is_none_or(|a| a.is_alive(doc)) {
            return true;
        }
        doc = postings.advance();
    }
    false
}
