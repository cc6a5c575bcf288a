//! Giving each quote its speaker (stage 5 of the loader), by rules only.
//!
//! Block by block, in reading order:
//! 1. each quote's own cue, read from the tokens of its sentence on either
//!    side ([`cues`]): a speech verb with a name or pronoun, `according to`,
//!    a speaker label, `…, saying, “…”`, a verb of judging (`described it
//!    as “…”`, `“…” by X`, `thanked “…”`), a person's clause before a colon;
//!    titles (`a post called “…”`), terms (`the hashtag “…”`, `“X” is …`)
//!    and cues naming nobody (`said a spokesman`) block any speaker;
//! 2. a quote carried over from the previous paragraph keeps its speaker,
//!    and one opening a paragraph after `X said:` takes X;
//! 3. a fragment inside indirect speech (`He said that … “to restore”`) goes
//!    to that sentence's speaker, unless its sentence has a direct cue;
//! 4. a fragment in the same sentence as an attributed quote shares its cue
//!    (`“Even if …” to do y, “he is constrained,” X said`), and a full quote
//!    sentence in the same paragraph continues its neighbour's speaker; short
//!    mid-sentence phrases with no cue are scare quotes and get none;
//! 5. a paragraph that opens with an uncued quote, after a paragraph without
//!    quotes that reports a person's words (`He also warned that …`), goes
//!    to that person.
//!
//! After the last block, a quote left open at a paragraph end takes the
//! speaker its continuation found. Names resolve to the entity finder's
//! drafts ([`speakers`]), which may be extended with a speaker it missed;
//! pronouns and `the company`/`the bishop` resolve to the latest fitting
//! speaker or mention. Every window is bounded, so the stage is linear.

mod block;
mod credit;
mod cues;
mod descriptions;
mod sharing;
mod speakers;
mod tokens;
mod transcript;
mod verbs;
mod wordcount;

use std::collections::HashMap;

use super::quotes::QuoteSpan;
use super::tokenizer::{after_last, has_byte};
use super::{ByteSpan, EntityDraft};
use crate::article::{Block, CueRule, EntityKind};
use block::{block_pass, Around};
use cues::{CueMatch, Subject};
use sharing::{colon_paragraph, lead_in_paragraph};
use speakers::{Index, Names, Recent, Resolver};
use tokens::Tok;
use wordcount::more_words_than;

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

/// How far from a quote its cue is looked for, in bytes.
const WINDOW: usize = 300;

/// How far before its quote, in bytes, a campaign may be named as its
/// speaker: `Roe’s campaign said in a statement: “…”`.
const CAMPAIGN_GAP: usize = 50;

/// What one quote's surroundings say, before speakers are shared.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Direct {
    Found(Attribution),
    /// A cue or a title that rules out any speaker.
    Blocked,
    None,
}

/// One entry per quote: its speaker, or `None`. May add entities (a speaker
/// the entity finder missed) or sharpen their kind (a speaker is a person).
pub fn attribute(
    blocks: &[Block],
    quotes: &[QuoteSpan],
    entities: &mut Vec<EntityDraft>,
) -> Vec<Option<Attribution>> {
    let mut out: Vec<Option<Attribution>> = vec![None; quotes.len()];
    // `Acme Corp` is a company whatever the name finder guessed, and `it`
    // or `the company` must be able to find it.
    // The last word is found only in a name with a space, by a byte scan:
    // a searcher per draft cost more than the test it serves.
    for d in entities.iter_mut() {
        if d.kind != EntityKind::Organization
            && has_byte(&d.name, b' ')
            && verbs::corporate(after_last(&d.name, b' '))
        {
            d.kind = EntityKind::Organization;
        }
    }
    let index = Index::new(blocks.len(), entities);
    let names = Names::new();
    let mut r = Resolver {
        blocks,
        drafts: entities,
        index,
        names,
        recent: Recent::default(),
        feminine: HashMap::new(),
        sharper: None,
    };
    let folded = transcript::Folded::default();
    let mut i = 0;
    while let Some(first) = quotes.get(i) {
        let b = first.span.block;
        let n = quotes.get(i..).map_or(0, |rest| {
            rest.iter().take_while(|q| q.span.block == b).count()
        });
        let prev = i.checked_sub(1).and_then(|p| quotes.get(p));
        let mut carried = prev
            .filter(|q| q.carries_on)
            .and_then(|_| out.get(i - 1).cloned().flatten());
        let lead_in = b > 0 && prev.is_none_or(|q| q.span.block + 1 < b);
        // What came before stays readable while this block's slots fill.
        let (done, tail) = out.split_at_mut(i.min(quotes.len()));
        let (Some(these), Some(rest)) = (quotes.get(i..i + n), tail.get_mut(..n)) else {
            break;
        };
        // A turn's label names its speaker, whoever spoke the turn before.
        if transcript::turn(&mut r, &folded, b, these, rest) {
            carried = None;
        }
        if these.first().is_some_and(|q| q.turn) {
            i += n.max(1);
            continue;
        }
        block_pass(&mut r, b, these, rest, carried);
        if b > 0 {
            colon_paragraph(&mut r, b, these, rest);
        }
        if lead_in {
            lead_in_paragraph(&mut r, b, these, rest);
        }
        if let Some(before) = quotes.get(..i) {
            transcript::transcript(&r, b, these, rest, before, done);
        }
        credit::credit_paragraph(&mut r, b, these, rest);
        credit::credit_inside(&mut r, b, these, rest);
        i += n.max(1);
    }
    // A quote left open whose continuation found the speaker gets it too.
    let mut next: Option<Attribution> = None;
    for (q, slot) in quotes.iter().zip(out.iter_mut()).rev() {
        if slot.is_none() && q.carries_on {
            *slot = next.as_ref().map(continuation);
        }
        // A turn is its label's, not the speaker of the turn before.
        let turn = slot.as_ref().is_some_and(|a| a.rule == CueRule::Turn);
        next = if q.continues && !turn {
            slot.clone()
        } else {
            None
        };
    }
    transcript::absorb_labels(&mut r, &out);
    out
}

fn note_speaker(r: &mut Resolver, entity: usize) {
    if let Some(d) = r.drafts.get(entity) {
        let kind = d.kind;
        r.recent.spoke(entity, kind);
    }
}

fn continuation(a: &Attribution) -> Attribution {
    Attribution {
        rule: CueRule::Continuation,
        ..a.clone()
    }
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '…'])
}

/// A short phrase inside a sentence, with no sentence of its own: a scare
/// quote or a title, unless a cue says otherwise.
fn scare_like(content: &str, left: &[Tok]) -> bool {
    // Cheapest test first, and words counted only up to a seventh: a long
    // quote is not scanned to its end to learn it is long.
    let mid_sentence = left.iter().any(|t| t.word);
    if !mid_sentence || more_words_than(content, 6) {
        return false;
    }
    let body = content.trim_end_matches(['.', ',', '!', '?', ';', ':', '…', ' ']);
    let inner_end = body.contains(". ") || body.contains("! ") || body.contains("? ");
    !inner_end
}

/// A campaign speaks through its statement right beside the quote; one
/// that did something earlier in the sentence (`the Roe campaign has
/// denied it, with Hale calling it “…”`) is not the quote's speaker, and
/// its cue gives way to the others.
fn campaign_beside(m: &CueMatch, at: usize) -> bool {
    let Subject::Campaign(run) = m.subject else {
        return true;
    };
    let verb = m.verb.split_whitespace().next().unwrap_or("");
    (run.start > at || at.saturating_sub(run.end) <= CAMPAIGN_GAP) && verbs::speech_verb(verb)
}

fn direct_cue(r: &mut Resolver, b: usize, q: &QuoteSpan, content: &str, a: &Around) -> Direct {
    // `was called “…” by X` is X's word, not a title.
    let by_agent = cues::judged_by(&a.left, &a.right);
    // `what Roe called “…”` is Roe's word, not a title either.
    let labelled = cues::labelled_by(&a.left);
    if by_agent.is_none()
        && labelled.is_none()
        && (cues::title_before(&a.left)
            || cues::term_as_subject(content, &a.left, &a.right)
            || cues::work_title(content, &a.left)
            || r.blocks
                .get(b)
                .is_some_and(|x| cues::title_in_prose(content, &x.text)))
    {
        return Direct::Blocked;
    }
    let bare = content
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '"' | '”'));
    let comma = bare.ends_with(',');
    let complete = ends_sentence(bare);
    // `what Roe called “…”, the club charged`: a label right before the
    // quote is nearer than any verb after it.
    let label_first = labelled.is_some()
        && a.left
            .last()
            .is_some_and(|t| t.word && verbs::characterises(t.text));
    // `Roe reported, “…” The cable indicated …`, `Roe asserted that “…”
    // Senator Hale said Wednesday …`: a quote that ends the sentence its
    // speaker introduced is theirs. The next sentence's verb does not take
    // it from them, unless it stands right after the quote (`“…?” asked
    // Hale`) naming someone.
    let named = |m: &CueMatch| matches!(m.subject, Subject::Name(_) | Subject::Pronoun(..));
    let right = cues::right_cue(&a.right, comma, complete);
    let weak_right = complete
        && !comma
        && right.as_ref().is_some_and(|m| {
            !named(m)
                || !(cues::verb_first(&a.right)
                    || (a.right_closed && cues::closes_on_verb(&a.right)))
        });
    let left = || {
        cues::left_cue(&a.left)
            .filter(|m| campaign_beside(m, q.open))
            .or_else(|| cues::according_to(&a.left))
            .or(by_agent.clone())
            .or_else(|| labelled.clone())
            .or_else(|| cues::judged_as(&a.left))
            .or_else(|| cues::quoted_object(&a.left))
            .or_else(|| cues::owned_words(&a.left))
            .or_else(|| {
                r.blocks
                    .get(b)
                    .and_then(|x| cues::headline_label(&x.text, q.open))
            })
    };
    let found = label_first
        .then(|| labelled.clone())
        .flatten()
        .or_else(|| {
            weak_right
                .then(|| left().filter(|m| m.subject != Subject::Nobody))
                .flatten()
        })
        .or(right)
        .or_else(left)
        .or_else(|| {
            // Only a full statement: `she thanked them: “You saved us.”`.
            let statement = content.starts_with(char::is_uppercase) && more_words_than(content, 4);
            statement
                .then(|| cues::clause_before_colon(&a.left))
                .flatten()
        });
    // A verb after the quote with no named speaker of its own (`“…,” and
    // threatened a tax`, `“…,” the club charged`) does not overrule the
    // person who labelled it.
    let found = match found {
        Some(m) if !matches!(m.subject, Subject::Name(_) | Subject::Pronoun(..)) => {
            labelled.or(Some(m))
        }
        f => f,
    };
    let Some(m) = found else {
        return Direct::None;
    };
    if m.subject == Subject::Nobody {
        return Direct::Blocked;
    }
    match resolve(r, b, q.open, m, true) {
        Some(att) => Direct::Found(att),
        None => Direct::Blocked,
    }
}

fn resolve(
    r: &mut Resolver,
    b: usize,
    at: usize,
    m: CueMatch,
    create: bool,
) -> Option<Attribution> {
    let named = matches!(m.subject, Subject::Name(_));
    let he_she = matches!(m.subject, Subject::Pronoun(_, verbs::Pronoun::Person));
    // A one-word label (`Brazil: “…”`) is too often a dateline or a
    // headline's topic to make a new speaker of.
    let one_word_label = match m.subject {
        Subject::Name(run) if matches!(m.rule, CueRule::Colon | CueRule::Headline) => r
            .blocks
            .get(b)
            .and_then(|x| x.text.get(run.start..run.end))
            .is_some_and(|t| !t.contains(char::is_whitespace)),
        _ => false,
    };
    if !campaign_beside(&m, at) {
        return None;
    }
    // A headline's label names someone the article is about: a name only
    // the headline has (`Woman With Bombshell Claim:`) is no speaker.
    let create = create && !one_word_label && m.rule != CueRule::Headline;
    let (entity, evidence) = r.resolve(b, at, m.subject, create)?;
    if m.rule == CueRule::Headline && !cues::label_is_name(r.blocks, b, m.subject, evidence) {
        return None;
    }
    // A place speaks only as a state, by its own name (`Iran admitted
    // …`): reached through another form (`Cuban said` resolved to Cuba),
    // it is a misreading.
    let said = r
        .blocks
        .get(evidence.block)
        .and_then(|x| x.text.get(evidence.start..evidence.end))
        .unwrap_or("");
    // Its own name is the whole name or words of it (`Iran` for the
    // Islamic Republic of Iran), never another word (`Cuban` for Cuba).
    let bare = tokens::strip_possessive(said);
    let misread_place = r.drafts.get(entity).is_some_and(|d| {
        d.kind == EntityKind::Place
            && !bare.is_empty()
            && !format!(" {} ", d.name).contains(&format!(" {bare} "))
    });
    if misread_place
        || (matches!(m.rule, CueRule::Colon | CueRule::Headline)
            && r.drafts
                .get(entity)
                .is_some_and(|d| d.kind == EntityKind::Place))
    {
        return None;
    }
    if named || he_she {
        if let Some(d) = r.drafts.get_mut(entity) {
            // A label or `according to` also names outlets and reports
            // (`According to HuffPo:`): only a verb makes a person.
            let labels = matches!(
                m.rule,
                CueRule::Colon | CueRule::Headline | CueRule::AccordingTo
            );
            if d.kind == EntityKind::Other && (he_she || !labels) {
                d.kind = EntityKind::Person;
                r.names.became_person(entity, d);
            }
        }
    }
    Some(Attribution {
        entity,
        rule: r.sharper.unwrap_or(match m.subject {
            Subject::Pronoun(..) | Subject::OrgNoun(_) | Subject::Described(_) => CueRule::Pronoun,
            Subject::Body(_) => CueRule::Spokesperson,
            Subject::Document(_) => CueRule::Document,
            Subject::Press(_) => CueRule::Press,
            Subject::Campaign(_) => CueRule::Campaign,
            _ => m.rule,
        }),
        evidence,
        verb: m.verb,
    })
}

#[cfg(test)]
mod tests;
