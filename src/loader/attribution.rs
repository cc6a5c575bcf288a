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

mod cues;
mod sharing;
mod speakers;
mod tokens;
mod verbs;

use std::collections::HashMap;

use super::quotes::QuoteSpan;
use super::{ByteSpan, EntityDraft};
use crate::article::{Block, CueRule, EntityKind};
use cues::{CueMatch, Subject};
use sharing::{colon_paragraph, lead_in_paragraph, share_within_block, Info};
use speakers::{Index, Recent, Resolver};
use tokens::{tokenize, tokenize_until, Tok};

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
    for d in entities.iter_mut() {
        let last = d.name.rsplit(' ').next().unwrap_or("");
        if d.kind != EntityKind::Organization && d.name.contains(' ') && verbs::corporate(last) {
            d.kind = EntityKind::Organization;
        }
    }
    let index = Index::new(blocks.len(), entities);
    let mut r = Resolver {
        blocks,
        drafts: entities,
        index,
        recent: Recent::default(),
        feminine: HashMap::new(),
    };
    let mut i = 0;
    while let Some(first) = quotes.get(i) {
        let b = first.span.block;
        let n = quotes.get(i..).map_or(0, |rest| {
            rest.iter().take_while(|q| q.span.block == b).count()
        });
        let prev = i.checked_sub(1).and_then(|p| quotes.get(p));
        let carried = prev
            .filter(|q| q.carries_on)
            .and_then(|_| out.get(i - 1).cloned().flatten());
        let lead_in = b > 0 && prev.map_or(true, |q| q.span.block + 1 < b);
        let (Some(these), Some(rest)) = (quotes.get(i..i + n), out.get_mut(i..i + n)) else {
            break;
        };
        block_pass(&mut r, b, these, rest, carried);
        if b > 0 {
            colon_paragraph(&mut r, b, these, rest);
        }
        if lead_in {
            lead_in_paragraph(&mut r, b, these, rest);
        }
        i += n.max(1);
    }
    // A quote left open whose continuation found the speaker gets it too.
    let mut next: Option<Attribution> = None;
    for (q, slot) in quotes.iter().zip(out.iter_mut()).rev() {
        if slot.is_none() && q.carries_on {
            *slot = next.as_ref().map(continuation);
        }
        next = if q.continues { slot.clone() } else { None };
    }
    out
}

/// The text around one quote in its block, as tokens of its sentence.
struct Around<'a> {
    left: Vec<Tok<'a>>,
    right: Vec<Tok<'a>>,
    /// Tokens between the previous quote in the block and this one.
    gap_has_end: bool,
    /// The gap goes on with a lowercase word (`” said X`), so a quote that
    /// ended with a period did not end the sentence.
    gap_has_words: bool,
}

fn around<'a>(text: &'a str, quotes: &[QuoteSpan], k: usize) -> Around<'a> {
    let Some(q) = quotes.get(k) else {
        return Around {
            left: Vec::new(),
            right: Vec::new(),
            gap_has_end: false,
            gap_has_words: false,
        };
    };
    let gap_start = k
        .checked_sub(1)
        .and_then(|p| quotes.get(p))
        .map_or(0, |p| p.close);
    let from = gap_start.max(q.open.saturating_sub(WINDOW));
    let mut left = tokenize(text, from, q.open);
    let gap_has_end = from > gap_start || left.iter().any(Tok::sentence_end);
    // After a quote that ended its sentence, a capitalized word starts the
    // next one (`“… initiated.” The group has called it “…”`).
    let gap_has_words = left
        .iter()
        .find(|t| t.word)
        .is_some_and(|t| !t.capitalized());
    if let Some(cut) = left.iter().rposition(Tok::sentence_end) {
        left.drain(..=cut);
    }
    let gap_end = quotes.get(k + 1).map_or(text.len(), |n| n.open);
    let to = gap_end.min(q.close.saturating_add(WINDOW));
    let mut right = tokenize_until(text, q.close.min(to), to, true);
    if let Some(cut) = right.iter().position(Tok::sentence_end) {
        right.truncate(cut);
    }
    Around {
        left,
        right,
        gap_has_end,
        gap_has_words,
    }
}

fn block_pass(
    r: &mut Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &mut [Option<Attribution>],
    carried: Option<Attribution>,
) {
    let Some(text) = r.blocks.get(b).map(|x| x.text.as_str()) else {
        return;
    };
    // What each quote says on its own, and which sentence it stands in.
    let mut infos: Vec<Info> = Vec::with_capacity(quotes.len());
    let mut sid = 0usize;
    let mut prev_content = "";
    for (k, q) in quotes.iter().enumerate() {
        let content = text.get(q.span.start..q.span.end).unwrap_or("");
        let a = around(text, quotes, k);
        if k > 0 && (a.gap_has_end || (ends_sentence(prev_content) && !a.gap_has_words)) {
            sid += 1;
        }
        prev_content = content;
        let direct = if q.continues && carried.is_some() && a.right.is_empty() {
            Direct::None
        } else {
            direct_cue(r, b, q, content, &a)
        };
        if let Direct::Found(f) = &direct {
            note_speaker(r, f.entity);
        }
        let own_clause = cues::judged_by(&a.left, &a.right).is_some();
        infos.push(Info {
            own_clause,
            sentence: sid,
            scare: scare_like(content, &a.left),
            direct,
            left: a.left,
        });
    }
    for (slot, info) in out.iter_mut().zip(&infos) {
        if let Direct::Found(f) = &info.direct {
            *slot = Some(f.clone());
        }
    }
    // Carried over from the previous paragraph.
    if let (Some(c), Some(first), Some(info), Some(slot)) =
        (&carried, quotes.first(), infos.first(), out.first_mut())
    {
        if first.continues && info.direct == Direct::None {
            *slot = Some(continuation(c));
        }
    }
    // A fragment inside indirect speech takes its own sentence's speaker
    // before any neighbour's: `Roe said … that X “is assessing”` is Roe's
    // report even after a quote of someone else. A sentence with a direct
    // cue of its own shares that instead.
    // Sentence ids only grow, so this list is sorted.
    let cued: Vec<usize> = infos
        .iter()
        .filter(|i| matches!(i.direct, Direct::Found(_)))
        .map(|i| i.sentence)
        .collect();
    let mut reported = false;
    for ((q, info), slot) in quotes.iter().zip(&infos).zip(out.iter_mut()) {
        let cued_sentence = cued.binary_search(&info.sentence).is_ok();
        if slot.is_some() || info.direct == Direct::Blocked || cued_sentence {
            continue;
        }
        if let Some(m) = cues::verb_earlier(&info.left) {
            // A name with a speech verb is as sure as a direct cue; a
            // sentence subject (`…, saying`) must name someone known.
            let create = matches!(m.subject, Subject::Name(_));
            *slot = resolve(r, b, q.open, m, create);
            if let Some(a) = slot.as_ref() {
                note_speaker(r, a.entity);
                reported = true;
            }
        }
    }
    // `X, in Leeds, said it was “a good night”. He added: “…”`: the
    // pronoun found nobody before X was known; now it may.
    if reported {
        for (k, q) in quotes.iter().enumerate() {
            let blocked = infos.get(k).is_some_and(|i| i.direct == Direct::Blocked);
            if !blocked || out.get(k).is_some_and(Option::is_some) {
                continue;
            }
            let content = text.get(q.span.start..q.span.end).unwrap_or("");
            let a = around(text, quotes, k);
            if let Direct::Found(f) = direct_cue(r, b, q, content, &a) {
                note_speaker(r, f.entity);
                if let Some(slot) = out.get_mut(k) {
                    *slot = Some(f.clone());
                }
                if let Some(i) = infos.get_mut(k) {
                    i.direct = Direct::Found(f);
                }
            }
        }
    }
    // Then neighbours; a fragment attributed either way shares it with
    // the rest of its sentence (`calling it “a defeat” that “shows …”`).
    share_within_block(&infos, out);
    for a in out.iter().flatten() {
        note_speaker(r, a.entity);
    }
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
    let words = content.split_whitespace().count();
    let body = content.trim_end_matches(['.', ',', '!', '?', ';', ':', '…', ' ']);
    let inner_end = body.contains(". ") || body.contains("! ") || body.contains("? ");
    let mid_sentence = left.iter().any(|t| t.word);
    words <= 6 && !inner_end && mid_sentence
}

fn direct_cue(r: &mut Resolver, b: usize, q: &QuoteSpan, content: &str, a: &Around) -> Direct {
    // `was called “…” by X` is X's word, not a title.
    let by_agent = cues::judged_by(&a.left, &a.right);
    if by_agent.is_none()
        && (cues::title_before(&a.left) || cues::term_as_subject(content, &a.left, &a.right))
    {
        return Direct::Blocked;
    }
    let bare = content
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '"' | '”'));
    let comma = bare.ends_with(',');
    let complete = ends_sentence(bare);
    let found = cues::right_cue(&a.right, comma, complete)
        .or_else(|| cues::left_cue(&a.left))
        .or_else(|| cues::according_to(&a.left))
        .or(by_agent)
        .or_else(|| cues::judged_as(&a.left))
        .or_else(|| cues::quoted_object(&a.left))
        .or_else(|| {
            // Only a full statement: `she thanked them: “You saved us.”`.
            let statement =
                content.split_whitespace().count() > 4 && content.starts_with(char::is_uppercase);
            statement
                .then(|| cues::clause_before_colon(&a.left))
                .flatten()
        });
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
        Subject::Name(run) if m.rule == CueRule::Colon => r
            .blocks
            .get(b)
            .and_then(|x| x.text.get(run.start..run.end))
            .is_some_and(|t| !t.contains(char::is_whitespace)),
        _ => false,
    };
    let (entity, evidence) = r.resolve(b, at, m.subject, create && !one_word_label)?;
    if m.rule == CueRule::Colon
        && r.drafts
            .get(entity)
            .is_some_and(|d| d.kind == EntityKind::Place)
    {
        return None;
    }
    if named || he_she {
        if let Some(d) = r.drafts.get_mut(entity) {
            if d.kind == EntityKind::Other && (he_she || m.rule != CueRule::Colon) {
                d.kind = EntityKind::Person;
            }
        }
    }
    Some(Attribution {
        entity,
        rule: match m.subject {
            Subject::Pronoun(..) | Subject::OrgNoun(_) | Subject::Described(_) => CueRule::Pronoun,
            _ => m.rule,
        },
        evidence,
        verb: m.verb,
    })
}

#[cfg(test)]
mod tests;
