//! The subject of a sentence whose clause hands a quote on (`He spoke
//! about the crisis, saying “…”`, `Roe’s director, Jane Hale, reached out,
//! writing: “…”`): past an opening phrase, never an owner, the person the
//! verb follows.

use super::*;
use crate::loader::attribution::verbs::LISTS;

/// How many tokens a sentence's opening phrase (`In early October,`) may
/// run before its comma.
const OPENING_PHRASE: usize = 8;

/// How many tokens an opening subordinate clause may run.
const SUBORDINATE_CLAUSE: usize = 16;

impl Resolver<'_> {
    pub(super) fn sentence_subject(
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

    /// The sentence in `r` past an opening phrase set off by a comma that
    /// names no person (`Eight years ago, he …`, `In early October, Roe’s
    /// director …`): the subject comes after it.
    fn past_opening_phrase(&self, block: usize, r: Run) -> Run {
        let Some(text) = self.blocks.get(block).map(|b| b.text.as_str()) else {
            return r;
        };
        let lead = tokenize(text, r.start, r.end);
        // A subordinate clause (`And although he thanked the crowd for
        // its support, he …`) runs longer than a phrase.
        let opener = lead
            .iter()
            .find(|t| !["and", "but", "so"].iter().any(|w| t.is(w)))
            .is_some_and(|t| LISTS.subordinator.iter().any(|w| t.is(w)));
        let reach = if opener {
            SUBORDINATE_CLAUSE
        } else {
            OPENING_PHRASE
        };
        let Some(comma) = lead.iter().take(reach).position(|t| t.punct(',')) else {
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
}
