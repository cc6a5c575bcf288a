//! Turning a cue's [`Subject`] into an entity: the name's mention from the
//! entity finder, or a new draft when it missed the name; a pronoun into
//! the most recent fitting speaker. Keeps a per-block index of mentions so
//! every lookup scans one block (or walks back block by block), never the
//! whole article.

mod documents;
mod index;
mod lookup;
mod mentions;
mod names;
mod nouns;
mod pronouns;

use std::collections::HashMap;

use super::cues::{Run, Subject};
use super::tokens::{self, tokenize, Tok};
use super::verbs;
use crate::article::{Block, EntityKind};
use crate::loader::{ByteSpan, EntityDraft};
pub use index::Index;
pub use lookup::Names;
use names::trim_name;

/// How many tokens a sentence's opening phrase (`In early October,`) may
/// run before its comma.
const OPENING_PHRASE: usize = 8;

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
                let entity = self.pronoun(block, quote_at, p, feminine)?;
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
                let entity = self.described(block, quote_at, r).or_else(|| {
                    (!anonymous)
                        .then(|| self.pronoun(block, quote_at, verbs::Pronoun::Person, None))
                        .flatten()
                })?;
                Some((entity, ByteSpan::new(block, r.start, r.end)))
            }
            Subject::Body(r) => self.body(block, r),
            Subject::Document(r) => {
                let noun = self.blocks.get(block)?.text.get(r.start..r.end)?;
                let entity = self.issuer(block, r.start, noun)?;
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

    /// The sentence in `r` past an opening phrase set off by a comma that
    /// names no person (`Eight years ago, he …`, `In early October, Roe’s
    /// director …`): the subject comes after it.
    fn past_opening_phrase(&self, block: usize, r: Run) -> Run {
        let Some(text) = self.blocks.get(block).map(|b| b.text.as_str()) else {
            return r;
        };
        let lead = tokenize(text, r.start, r.end);
        let Some(comma) = lead.iter().take(OPENING_PHRASE).position(|t| t.punct(',')) else {
            return r;
        };
        let (Some(c), Some(next)) = (lead.get(comma), lead.get(comma + 1)) else {
            return r;
        };
        let names_person = self.index.overlapping(block, r.start, c.start).any(|m| {
            self.drafts
                .get(m.2)
                .is_some_and(|d| d.kind == EntityKind::Person)
        });
        // `2,000 supporters`: a digit group, not a phrase's end.
        let spaced = text.get(c.end..).is_some_and(|t| t.starts_with(' '));
        if comma == 0 || names_person || !next.word || !spaced {
            return r;
        }
        Run {
            start: next.start,
            end: r.end,
        }
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

    fn sentence_subject(
        &mut self,
        block: usize,
        r: Run,
        create: bool,
    ) -> Option<(usize, ByteSpan)> {
        let past = self.past_opening_phrase(block, r);
        if past != r {
            // `Reprising one of her lines, the former secretary …`: when
            // the clause after the phrase names nobody, the phrase's `her`
            // still may.
            if let Some(found) = self.sentence_subject_from(block, past, create) {
                return Some(found);
            }
        }
        self.sentence_subject_from(block, r, create)
    }

    fn sentence_subject_from(
        &mut self,
        block: usize,
        r: Run,
        create: bool,
    ) -> Option<(usize, ByteSpan)> {
        let text = &self.blocks.get(block)?.text;
        // `He spoke about the crisis, saying “…”`: the pronoun's speaker.
        let lead = tokenize(text, r.start, r.end.min(r.start.saturating_add(16)));
        if let Some(t) = lead.first().filter(|t| t.word) {
            if let Some(p) = verbs::pronoun(t.text) {
                let subject = Subject::Pronoun(
                    Run {
                        start: t.start,
                        end: t.end,
                    },
                    p,
                );
                return self.resolve(block, r.start, subject, false);
            }
        }
        // The subject noun phrase runs to its first lowercase content word
        // (`Assistant Secretary of the Air Force … Marvin Sambur defended`);
        // its last person is the head.
        let np_end = tokenize(text, r.start, r.end)
            .iter()
            .skip(1)
            .find(|t| t.word && !t.capitalized() && !verbs::function_word(t.text))
            .map_or(r.end, |t| t.start);
        let kind_of = |m: &&(usize, usize, usize), k: EntityKind| {
            self.drafts.get(m.2).is_some_and(|d| d.kind == k)
        };
        // The person the verb follows is the head, when a descriptor with a
        // name of its own comes first (`city deputy and Unity member Jane
        // Roe weighed in`): a lowercase word after the name that is not
        // itself followed by a name (`member Jane`) is the verb.
        let toks = tokenize(text, r.start, r.end);
        let before_verb = |m: &&(usize, usize, usize)| {
            let k = toks.partition_point(|t| t.start < m.1);
            let verb = toks.get(k).is_some_and(|t| {
                t.word
                    && !t.capitalized()
                    && !verbs::function_word(t.text)
                    && !verbs::clause_word(t.text)
            });
            verb && !toks.get(k + 1).is_some_and(Tok::capitalized)
        };
        // `Roe’s state director, Jane Hale, wrote`: the owner is not the
        // subject.
        let owner = |m: &&(usize, usize, usize)| {
            text.get(m.1..)
                .is_some_and(|t| t.starts_with("’s") || t.starts_with("'s"))
        };
        let head = self
            .index
            .overlapping(block, r.start, r.end)
            .filter(|m| kind_of(m, EntityKind::Person) && !owner(m))
            .find(before_verb)
            .or_else(|| {
                self.index
                    .overlapping(block, r.start, np_end)
                    .filter(|m| kind_of(m, EntityKind::Person) && !owner(m))
                    .last()
            })
            .copied();
        let person = self
            .index
            .overlapping(block, r.start, r.end)
            .find(|m| kind_of(m, EntityKind::Person) && !owner(m))
            .or_else(|| {
                self.index
                    .overlapping(block, r.start, r.end)
                    .find(|m| kind_of(m, EntityKind::Person))
            })
            .copied();
        let org = self
            .index
            .overlapping(block, r.start, r.end)
            .find(|m| kind_of(m, EntityKind::Organization))
            .copied();
        if let Some((s, e, ent)) = head.or(person) {
            return Some((ent, ByteSpan::new(block, s, e)));
        }
        // A person's short form the entity finder did not place here
        // (`Later on Sunday, Carson shared … on his Facebook page, writing`)
        // still outranks an organisation later in the clause.
        let known = toks
            .iter()
            .take_while(|t| t.start < np_end)
            .filter(|t| t.capitalized() && !verbs::not_a_name(t.text))
            .find_map(|t| {
                let ent = self.lookup(tokens::strip_possessive(t.text))?;
                let person = self.drafts.get(ent)?.kind == EntityKind::Person;
                person.then_some((t.start, t.end, ent))
            });
        if let Some((s, e, ent)) = known {
            return Some((ent, ByteSpan::new(block, s, e)));
        }
        // The clause after an earlier quote in the sentence: `“…” on his
        // page, writing “…”`: the owner `his` is the writer.
        let owner = toks
            .iter()
            .find(|t| t.is("his") || t.is("her"))
            .map(|t| (t.start, t.end, t.is("her")));
        if let Some((s, e, feminine)) = owner {
            if let Some(ent) = self.pronoun(block, s, verbs::Pronoun::Person, Some(feminine)) {
                return Some((ent, ByteSpan::new(block, s, e)));
            }
        }
        if let Some((s, e, ent)) = org {
            return Some((ent, ByteSpan::new(block, s, e)));
        }
        if self
            .index
            .overlapping(block, r.start, r.end)
            .next()
            .is_some()
            || !create
        {
            return None;
        }
        // No entity at all: the last name run of the subject noun phrase,
        // which may join runs with `of`, `the`, `for`.
        let text = &self.blocks.get(block)?.text;
        let toks = tokenize(text, r.start, r.end);
        let mut last_run: Option<(usize, usize)> = None;
        let mut current: Option<(usize, usize)> = None;
        for t in &toks {
            if t.capitalized() && !verbs::not_a_name(t.text) {
                current = Some(current.map_or((t.start, t.end), |(s, _)| (s, t.end)));
                last_run = current;
            } else if t.word && verbs::function_word(t.text) {
                current = None;
            } else if last_run.is_some() {
                break;
            } else {
                current = None;
            }
        }
        let (s, e) = last_run?;
        let subject = Run { start: s, end: e };
        self.name(block, subject, true)
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
