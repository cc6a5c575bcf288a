//! The articles quoting a person, found by their speaker keys, handed
//! over with the index snapshot their stored quotes are read from.

use tantivy::DocAddress;

use super::Searcher;
use crate::search::quotes::QuoteDocs;
use crate::search::schema::{ID_HI, ID_LO};
use crate::search::{IdMap, SearchError};

impl Searcher {
    /// The live articles with a quote by any of `keys` (a person's keys,
    /// [`Searcher::person_keys`]), each id once: the same text at two
    /// paths has the same quotes.
    pub fn quote_docs(&self, keys: &[String]) -> Result<QuoteDocs, SearchError> {
        let searcher = self.reader.searcher();
        let field = self.fields.speaker;
        let mut docs = IdMap::default();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let inverted = segment.inverted_index(field).map_err(|e| self.tv(e))?;
            let mut quoting = vec![false; segment.max_doc() as usize];
            for key in keys {
                self.each_posting(&inverted, field, key, |d, _| quoting[d] = true)?;
            }
            let fast = segment.fast_fields();
            let hi = fast.u64(ID_HI).map_err(|e| self.tv(e))?;
            let lo = fast.u64(ID_LO).map_err(|e| self.tv(e))?;
            let alive = segment.alive_bitset();
            let segment_ord = u32::try_from(ord).unwrap_or(u32::MAX);
            for (doc, _) in quoting.iter().enumerate().filter(|(_, q)| **q) {
                let doc = doc as u32;
                if alive.is_some_and(|a| a.is_deleted(doc)) {
                    continue;
                }
                let id = (u128::from(hi.first(doc).unwrap_or(0)) << 64)
                    | u128::from(lo.first(doc).unwrap_or(0));
                docs.entry(id)
                    .or_insert_with(|| DocAddress::new(segment_ord, doc));
            }
        }
        Ok(QuoteDocs::new(
            searcher,
            self.fields.quote,
            docs,
            self.dir.clone(),
        ))
    }
}
