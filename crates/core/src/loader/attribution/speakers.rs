//! Turning a cue's [`Subject`] into an entity: the name's mention from the
//! entity finder, or a new draft when it missed the name; a pronoun into
//! the most recent fitting speaker. Keeps a per-block index of mentions so
//! every lookup scans one block (or walks back block by block), never the
//! whole article.

mod documents;
mod index;
mod introduced;
mod lookup;
mod mentions;
mod names;
mod nouns;
mod press;
mod pronouns;
mod sentence;
mod unknown;

use std::collections::HashMap;

use super::cues::{Run, Subject};
use super::tokens::{self, tokenize, Tok};
use super::verbs;
use crate::article::{Block, CueRule, EntityKind};
use crate::loader::{ByteSpan, EntityDraft};
pub(super) use documents::{object_is, starts_word};
pub use index::Index;
pub use lookup::Names;
use names::trim_name;

/// Who spoke last, for pronouns.
#[derive(Debug, Default, Clone, Copy)]
pub struct Recent {
    pub person: Option<usize>,
    pub org: Option<usize>,
    pub any: Option<usize>,
}

impl Recent {
    pub fn spoke(&mut self, entity: usize, kind: EntityKind) {
        self.any = Some(entity);
        match kind {
            EntityKind::Organization => self.org = Some(entity),
            _ => self.person = Some(entity),
        }
    }
}

pub struct Resolver<'a> {
    pub blocks: &'a [Block],
    pub drafts: &'a mut Vec<EntityDraft>,
    pub index: Index,
    pub names: Names,
    pub recent: Recent,
    /// Who has been called `she` (true) or `he` (false), so a pronoun of
    /// the other kind does not go to them.
    pub feminine: HashMap<usize, bool>,
    /// A rule more specific than its subject's that the last [`resolve`]
    /// used (a document's issuer through a campaign, a title found at a
    /// person's introduction), which gets its own cue.
    ///
    /// [`resolve`]: Resolver::resolve
    pub sharper: Option<CueRule>,
}

impl Resolver<'_> {
    /// The entity a subject names, and where it stands. `create` allows a
    /// new draft when the entity finder missed the name.
    pub fn resolve(
        &mut self,
        block: usize,
        quote_at: usize,
        subject: Subject,
        create: bool,
    ) -> Option<(usize, ByteSpan)> {
        self.sharper = None;
        match subject {
            Subject::Name(r) => self.name(block, r, create),
            Subject::Pronoun(r, p) => {
                let word = self.blocks.get(block)?.text.get(r.start..r.end)?;
                let feminine = if word.eq_ignore_ascii_case("she") {
                    Some(true)
                } else if word.eq_ignore_ascii_case("he") {
                    Some(false)
                } else {
                    None
                };
                let entity = match self.pronoun(block, quote_at, p, feminine) {
                    Some(e) => e,
                    None if feminine.is_some() => self.unknown_subject(block, quote_at, p)?,
                    None => return None,
                };
                if let Some(f) = feminine {
                    self.feminine.insert(entity, f);
                }
                Some((entity, ByteSpan::new(block, r.start, r.end)))
            }
            Subject::OrgNoun(r) => {
                let entity = self
                    .org_noun(block, quote_at, r)
                    .or_else(|| self.collective(block, r))?;
                Some((entity, ByteSpan::new(block, r.start, r.end)))
            }
            Subject::Described(r) => {
                // `the governor said` with no governor introduced nearby:
                // the person the passage is about, as `he` would be. An
                // unnamed role (`the spokesman`) is somebody else, and so
                // is an age that matches nobody.
                let word = self.blocks.get(block)?.text.get(r.start..r.end)?;
                let anonymous = verbs::anonymous_role(word) || super::cues::age(word).is_some();
                let entity = self
                    .described(block, quote_at, r)
                    .or_else(|| {
                        let e = (!anonymous)
                            .then(|| self.introduced(block, quote_at, r))
                            .flatten();
                        self.sharper = e.map(|_| CueRule::Introduced);
                        e
                    })
                    .or_else(|| {
                        (!anonymous)
                            .then(|| self.pronoun(block, quote_at, verbs::Pronoun::Person, None))
                            .flatten()
                    })?;
                Some((entity, ByteSpan::new(block, r.start, r.end)))
            }
            Subject::Body(r) => self.body(block, r),
            Subject::Document(r) => {
                let noun = self.blocks.get(block)?.text.get(r.start..r.end)?;
                let entity = self.issuer(block, r.start, noun).or_else(|| {
                    self.sharper = Some(CueRule::CampaignDocument);
                    self.campaign_issuer(block, r.start, noun)
                })?;
                Some((entity, ByteSpan::new(block, r.start, r.end)))
            }
            Subject::Campaign(r) => self.campaign(block, quote_at, r),
            Subject::Press(r) => {
                let entity = self.press(block, quote_at, r)?;
                Some((entity, ByteSpan::new(block, r.start, r.end)))
            }
            Subject::Sentence(r) => self.sentence_subject(block, r, create),
            Subject::Nobody => None,
        }
    }

    fn name(&mut self, block: usize, r: Run, create: bool) -> Option<(usize, ByteSpan)> {
        let rank = |k: EntityKind| match k {
            EntityKind::Person => 3,
            EntityKind::Organization => 2,
            EntityKind::Other => 1,
            EntityKind::Place => 0,
        };
        let best = self
            .index
            .overlapping(block, r.start, r.end)
            .max_by_key(|m| (self.drafts.get(m.2).map_or(0, |d| rank(d.kind)), m.0))
            .copied();
        // `said Cuban` where Mark Cuban is known: a surname the finder took
        // for a demonym (of Cuba) is the person's.
        let place_found = best.is_some_and(|(_, _, ent)| {
            self.drafts
                .get(ent)
                .is_some_and(|d| d.kind == EntityKind::Place)
        });
        if place_found {
            let word = self
                .blocks
                .get(block)
                .and_then(|b| b.text.get(r.start..r.end))
                .unwrap_or("");
            if let Some(p) = self.names.person_by_surname(self.drafts, word) {
                let span = ByteSpan::new(block, r.start, r.end);
                if let Some(d) = self.drafts.get_mut(p) {
                    add_position(d, span);
                }
                self.index.add(span, p);
                return Some((p, span));
            }
        }
        if let Some((s, e, ent)) = best {
            let place_inside = self
                .drafts
                .get(ent)
                .is_some_and(|d| d.kind == EntityKind::Place)
                && e < r.end;
            if !place_inside {
                return Some((ent, ByteSpan::new(block, s, e)));
            }
        }
        let text = &self.blocks.get(block)?.text;
        let before = text.get(..r.start).unwrap_or("").trim_end();
        let prev_word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let after_function =
            prev_word.eq_ignore_ascii_case("of") || prev_word.eq_ignore_ascii_case("for");
        let (s, e) = trim_name(text, r, after_function)?;
        let name = text.get(s..e)?.to_string();
        let span = ByteSpan::new(block, s, e);
        if let Some(ent) = self.lookup(&name) {
            if let Some(d) = self.drafts.get_mut(ent) {
                add_position(d, span);
            }
            self.index.add(span, ent);
            return Some((ent, span));
        }
        // `Democrats said`, `Mourners said`: a group speaks but names no one.
        if !create || (!name.contains(' ') && crate::loader::entities::names_nobody(&name)) {
            return None;
        }
        let last = name.split_whitespace().last().unwrap_or("");
        let kind = if verbs::org_suffix(last) {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        let ent = self.push_draft(EntityDraft {
            name,
            kind,
            aliases: Vec::new(),
            positions: vec![span],
        });
        self.index.add(span, ent);
        Some((ent, span))
    }

    /// The organisation a spokesperson speaks for: a known entity that is
    /// neither a person (`a spokesman for Roe` is not Roe) nor a place, or
    /// a new organisation.
    fn body(&mut self, block: usize, r: Run) -> Option<(usize, ByteSpan)> {
        if let Some((ent, span)) = self.name(block, r, false) {
            let kind = self.drafts.get(ent)?.kind;
            return matches!(kind, EntityKind::Organization | EntityKind::Other)
                .then_some((ent, span));
        }
        let text = &self.blocks.get(block)?.text;
        let (s, e) = trim_name(text, r, true)?;
        let span = ByteSpan::new(block, s, e);
        let ent = self.push_draft(EntityDraft {
            name: text.get(s..e)?.to_string(),
            kind: EntityKind::Organization,
            aliases: Vec::new(),
            positions: vec![span],
        });
        self.index.add(span, ent);
        Some((ent, span))
    }

    /// An existing draft by name, alias, or (for one word) a person's surname.
    pub(super) fn lookup(&self, name: &str) -> Option<usize> {
        self.names.lookup(self.drafts, name)
    }

    /// Add a draft the entity finder missed; returns its index.
    fn push_draft(&mut self, d: EntityDraft) -> usize {
        let ent = self.drafts.len();
        self.names.add(ent, &d);
        self.drafts.push(d);
        ent
    }
}

/// Add `span` to a draft's positions, kept in reading order and without
/// repeats, in one binary search: re-sorting per added mention would make
/// a speaker named a hundred thousand times quadratic.
fn add_position(d: &mut EntityDraft, span: ByteSpan) {
    let key = |p: &ByteSpan| (p.block, p.start);
    let lo = d.positions.partition_point(|p| key(p) < key(&span));
    let hi = d.positions.partition_point(|p| key(p) <= key(&span));
    let same_start = d.positions.get(lo..hi).unwrap_or(&[]);
    crate::loader::work::tick(1 + same_start.len());
    if !same_start.contains(&span) {
        let at = lo + same_start.partition_point(|p| *p < span);
        d.positions.insert(at, span);
    }
}

/// `word` in `text` between non-letters.
pub(super) fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, w)| {
        let before = text.get(..i).and_then(|t| t.chars().next_back());
        let after = text.get(i + w.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}
