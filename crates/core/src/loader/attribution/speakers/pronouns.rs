//! What `he`, `she`, `it` and `they` before a speech verb stand for: the
//! latest speaker when the paragraph names them, else the paragraph's
//! latest subject (a name that starts its sentence or reports speech, as
//! readers take `he` for the subject of the sentence before), else its
//! first fitting mention. Only the quote's own paragraph is read, through
//! the mention index. An unnamed subject after the last name (`The
//! ministry said …`) blocks the guess: `it` is that ministry.

use super::{has_word, Resolver};
use crate::article::EntityKind;
use crate::loader::attribution::tokens::{floor_boundary, tokenize, Tok};
use crate::loader::attribution::verbs::{self, Pronoun};

/// How far back a pronoun's paragraph is read for an unnamed subject.
const WINDOW: usize = 400;

impl Resolver<'_> {
    /// The speaker a pronoun stands for: the latest speaker if this
    /// paragraph names them, else the latest fitting subject in this
    /// paragraph before the quote, else the first fitting entity it names,
    /// else the subject of the paragraph before (unless the latest speaker
    /// is named there), else the latest speaker, else the latest fitting
    /// mention; nobody when an unnamed subject comes between. `feminine`
    /// (she: true, he: false) rules out anyone already called the other.
    pub(super) fn pronoun(
        &self,
        block: usize,
        pos: usize,
        p: Pronoun,
        feminine: Option<bool>,
    ) -> Option<usize> {
        let (last, fits): (Option<usize>, fn(EntityKind) -> bool) = match p {
            Pronoun::Person => (self.recent.person, |k| k == EntityKind::Person),
            Pronoun::Thing => (self.recent.org, |k| k == EntityKind::Organization),
            Pronoun::Plural => (self.recent.any, |k| {
                matches!(k, EntityKind::Person | EntityKind::Organization)
            }),
        };
        // Called the other pronoun before, or bearing a given name of the
        // other kind (`she` is not Tom Hale), rules a person out.
        let agrees = |e: usize| {
            feminine.is_none_or(|f| {
                self.feminine.get(&e).is_none_or(|&g| g == f)
                    && self
                        .drafts
                        .get(e)
                        .and_then(gender_of)
                        .is_none_or(|g| g == f)
            })
        };
        let last = last.filter(|&l| agrees(l));
        // `A spokeswoman said … “…,” she added.`: a named antecedent must
        // come after an unnamed subject, and no older speaker stands in.
        let unnamed = self.unnamed_subject(block, pos);
        // `Mnuchin told CNBC …` where only `Steven Mnuchin` is known.
        let known = unnamed
            .and_then(|(at, e)| Some((e?, at)))
            .filter(|&(e, _)| self.drafts.get(e).is_some_and(|d| fits(d.kind)) && agrees(e));
        let anon = unnamed.filter(|_| known.is_none()).map(|(at, _)| at);
        let after_anon = |at: usize| anon.is_none_or(|a| at >= a);
        // The latest subject wins over the latest speaker when it comes
        // after them: `Roe said … Hale disagreed. “…,” he said.` is Hale.
        let subject = self.subject_before(block, pos, fits, &agrees);
        let subject = match (subject, known) {
            (Some(s), Some(k)) => Some(if k.1 > s.1 { k } else { s }),
            (s, k) => s.or(k),
        };
        if let Some(l) = last {
            if let Some(at) = self.index.mentioned_before(l, block, pos) {
                let later_subject = subject.is_some_and(|(e, s)| e != l && s > at.start);
                if after_anon(at.start) && !later_subject {
                    return Some(l);
                }
            }
        }
        if let Some((e, at)) = subject {
            return after_anon(at).then_some(e);
        }
        if anon.is_some() {
            return None;
        }
        if let Some((e, at)) = self.index.first_before(self.drafts, block, pos, fits) {
            // `He met Putin. “…,” he said.`: a paragraph already speaking of
            // someone as `he` before naming another keeps the earlier one.
            let before = self
                .blocks
                .get(block)
                .and_then(|b| {
                    let from = floor_boundary(&b.text, at.start.saturating_sub(600));
                    b.text.get(from..at.start)
                })
                .unwrap_or("");
            let pronoun_first = last.is_some()
                && p == Pronoun::Person
                && ["He", "She", "he", "she"]
                    .iter()
                    .any(|w| has_word(before, w));
            if !pronoun_first && agrees(e) {
                return Some(e);
            }
        }
        // A quote paragraph after one that introduces someone: `Roe won
        // the vote.` / `“…,” she said.`
        if let Some(prev) = block.checked_sub(1) {
            let last_there =
                last.is_some_and(|l| self.index.mentioned_before(l, prev, usize::MAX).is_some());
            if !last_there {
                if let Some((e, _)) = self.subject_before(prev, usize::MAX, fits, &agrees) {
                    return Some(e);
                }
            }
        }
        // The latest fitting mention that agrees: `she` passes over Tom Hale
        // to Jane Roe named before him.
        last.or_else(|| {
            self.index
                .recent_before(block, pos)
                .map(|(e, _)| e)
                .find(|&e| self.drafts.get(e).is_some_and(|d| fits(d.kind)) && agrees(e))
        })
    }

    /// The latest mention in `block` before `pos` that fits and stands as a
    /// subject: it opens its sentence (after titles) or a speech verb
    /// follows it (`Roe said Kim lied. “…,” she added.` is Roe).
    fn subject_before(
        &self,
        block: usize,
        pos: usize,
        fits: fn(EntityKind) -> bool,
        agrees: &dyn Fn(usize) -> bool,
    ) -> Option<(usize, usize)> {
        let text = self.blocks.get(block)?.text.as_str();
        let person_fits = fits(EntityKind::Person);
        self.index
            .recent_before(block, pos)
            .take_while(|(_, at)| at.block == block)
            .take(12)
            .filter_map(|(e, at)| {
                let d = self.drafts.get(e)?;
                if fits(d.kind) {
                    return Some((e, at));
                }
                // A surname the name finder took for a company (`Ford
                // said`) stands for the person with that surname.
                let person = person_fits
                    .then(|| self.person_by_surname(&d.name))
                    .flatten()?;
                Some((person, at))
            })
            .filter(|(e, _)| agrees(*e))
            .find(|(_, at)| {
                let after = tokenize(text, at.end, at.end.saturating_add(40));
                let speaks = after
                    .iter()
                    .find(|t| !(t.word && !t.capitalized() && verbs::adverb(t.text)))
                    .is_some_and(|t| t.word && !t.capitalized() && verbs::speech_verb(t.text));
                // The text before is tokenized only when the verb after
                // does not settle it.
                speaks || {
                    let before = tokenize(text, at.start.saturating_sub(40), at.start);
                    before
                        .iter()
                        .rev()
                        .find(|t| !(t.word && (verbs::title(t.text) || t.capitalized())))
                        .is_none_or(|t| t.sentence_end())
                }
            })
            .map(|(e, at)| (e, at.start))
    }

    /// The one person draft whose last name is the one-word `name`.
    fn person_by_surname(&self, name: &str) -> Option<usize> {
        self.names.person_by_surname(self.drafts, name)
    }

    /// Where the latest sentence before `pos` in `block` starts whose
    /// subject is a person or body left unnamed (`The ministry said …`,
    /// `A spokeswoman told …`) or named but unknown to the entity finder
    /// (`Roe criticized …`): a pronoun after it stands for that one. A bare
    /// surname the finder missed but a known person bears comes with them.
    fn unnamed_subject(&self, block: usize, pos: usize) -> Option<(usize, Option<usize>)> {
        let text = self.blocks.get(block)?.text.as_str();
        let toks = tokenize(text, pos.saturating_sub(WINDOW), pos);
        let mut found = None;
        let mut start = 0;
        while let Some(first) = toks.get(start) {
            let end = toks
                .get(start..)
                .and_then(|rest| rest.iter().position(|t| t.sentence_end()))
                .map_or(toks.len(), |k| start + k);
            // `Pelosi criticized …` with no entity for `Pelosi`: someone we
            // cannot name is the subject.
            // A group (`Critics are …`) is no one `he` or `she` could be.
            let unknown_name = first.capitalized()
                && !verbs::not_a_name(first.text)
                && !verbs::group(first.text)
                && !verbs::people(first.text)
                && verbs::pronoun(first.text).is_none()
                && !verbs::adverb(first.text)
                && toks.get(start + 1).is_some_and(|t| {
                    // `Roe, speaking in Leeds, said`: an appositive too.
                    t.punct(',')
                        || t.word
                            && !t.capitalized()
                            && (t.text.ends_with("ed")
                                || verbs::speech_verb(t.text)
                                || verbs::auxiliary(t.text) && !plural_verb(t))
                })
                && self
                    .index
                    .overlapping(block, first.start, first.end)
                    .next()
                    .is_none();
            if unknown_name {
                found = Some((first.start, self.lookup(first.text)));
            }
            let opens = ["The", "A", "An"].contains(&first.text);
            if opens {
                let noun_words = toks
                    .get(start + 1..end)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|t| t.word && !t.capitalized() && !verbs::speech_verb(t.text))
                    .count();
                let verb = toks.get(start + 1 + noun_words);
                if (1..=3).contains(&noun_words)
                    && verb.is_some_and(|t| t.word && verbs::speech_verb(t.text))
                {
                    found = Some((first.start, None));
                }
                // `The president also attacked …`: a person or body by
                // their role, doing anything.
                let nouns = toks.get(start + 1..end).unwrap_or(&[]);
                let head = nouns
                    .iter()
                    .take(3)
                    .take_while(|t| t.word && !t.capitalized())
                    .position(|t| {
                        verbs::title(t.text) || verbs::org_noun(t.text) || verbs::people(t.text)
                    });
                let acts = head.is_some_and(|h| {
                    nouns
                        .iter()
                        .skip(h + 1)
                        .find(|t| !(t.word && verbs::adverb(t.text)))
                        .is_some_and(|t| {
                            t.word
                                && !t.capitalized()
                                && (t.text.ends_with("ed") || verbs::auxiliary(t.text))
                        })
                });
                if acts {
                    found = Some((first.start, None));
                }
            }
            start = end + 1;
        }
        found
    }
}

/// Whether a person is a woman (`Some(true)`) or a man, by a given name
/// borne mostly by one (`Jane Roe`) or a courtesy title on any of their
/// forms (`Mrs. Roe`, `Mr. Hale`); `None` when nothing tells.
fn gender_of(d: &crate::loader::EntityDraft) -> Option<bool> {
    let given = Some(d.name.as_str())
        .filter(|n| n.contains(' '))
        .and_then(|n| n.split_whitespace().next())
        .and_then(crate::loader::entities::given_name_gender);
    given.or_else(|| {
        std::iter::once(&d.name)
            .chain(d.aliases.iter())
            .find_map(|n| match n.split_whitespace().next() {
                Some("Mrs." | "Mrs" | "Ms." | "Ms" | "Miss") => Some(true),
                Some("Mr." | "Mr") => Some(false),
                _ => None,
            })
    })
}

/// A verb form only a plural subject takes (`Things have changed`), so the
/// capitalized word before it is no one person.
fn plural_verb(t: &Tok) -> bool {
    ["have", "are", "were"].iter().any(|w| t.is(w))
}
