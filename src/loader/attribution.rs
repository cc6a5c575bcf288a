//! Giving each quote its speaker.

use super::quotes::QuoteSpan;
use super::{ByteSpan, EntityDraft};
use crate::article::{Block, CueRule};

/// Who said a quote and why we think so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Index into the entity drafts.
    pub entity: usize,
    pub rule: CueRule,
    /// Where the name or pronoun that named the speaker stands.
    pub evidence: ByteSpan,
    pub verb: String,
}

/// One entry per quote: its speaker, or `None`. May add entities (a speaker
/// the entity finder missed) or sharpen their kind (a speaker is a person).
pub fn attribute(
    _blocks: &[Block],
    quotes: &[QuoteSpan],
    _entities: &mut Vec<EntityDraft>,
) -> Vec<Option<Attribution>> {
    vec![None; quotes.len()]
}
