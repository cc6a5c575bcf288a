//! Giving each quote its speaker (stage 5 of the loader), by rules only.
//!
//! Block by block, in reading order:
//! 1. each quote's own cue, read from the tokens of its sentence on either
//!    side ([`cues`]): a speech verb with a name or pronoun, `according to`,
//!    a speaker label, `…, saying, “…”`; titles (`a post called “…”`) and
//!    cues naming nobody (`said a spokesman`) block any speaker;
//! 2. a quote carried over from the previous paragraph keeps its speaker;
//! 3. a fragment in the same sentence as an attributed quote shares its cue
//!    (`“Even if …” to do y, “he is constrained,” X said`), and a full quote
//!    sentence in the same paragraph continues its neighbour's speaker; short
//!    mid-sentence phrases with no cue are scare quotes and get none;
//! 4. a fragment inside indirect speech (`He said that … “to restore”`) goes
//!    to that sentence's speaker.
//!
//! Names resolve to the entity finder's drafts ([`speakers`]), which may be
//! extended with a speaker it missed.

mod cues;
mod speakers;
mod tokens;
mod verbs;

use super::quotes::QuoteSpan;
use super::{ByteSpan, EntityDraft};
use crate::article::{Block, CueRule, EntityKind};
use cues::{CueMatch, Subject};
use speakers::{Index, Recent, Resolver};
use tokens::{tokenize, Tok};

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
    let index = Index::new(blocks.len(), entities);
    let mut r = Resolver {
        blocks,
        drafts: entities,
        index,
        recent: Recent::default(),
    };
    let mut i = 0;
    while i < quotes.len() {
        let b = quotes[i].span.block;
        let n = quotes[i..].iter().take_while(|q| q.span.block == b).count();
        let carried = i.checked_sub(1).and_then(|p| {
            let prev = quotes.get(p)?;
            prev.carries_on
                .then(|| out.get(p).cloned().flatten())
                .flatten()
        });
        let lead_in = b > 0
            && i.checked_sub(1)
                .map_or(true, |p| quotes[p].span.block + 1 < b);
        let rest = &mut out[i..i + n];
        block_pass(&mut r, b, &quotes[i..i + n], rest, carried);
        if lead_in {
            lead_in_paragraph(&mut r, b, &quotes[i..i + n], rest);
        }
        i += n;
    }
    // A quote left open whose continuation found the speaker gets it too.
    for k in (0..quotes.len().saturating_sub(1)).rev() {
        if out[k].is_none() && quotes[k].carries_on && quotes[k + 1].continues {
            out[k] = out[k + 1].clone().map(|a| Attribution {
                rule: CueRule::Continuation,
                ..a
            });
        }
    }
    out
}

/// The text around one quote in its block, as tokens of its sentence.
struct Around<'a> {
    left: Vec<Tok<'a>>,
    right: Vec<Tok<'a>>,
    /// Tokens between the previous quote in the block and this one.
    gap_has_end: bool,
    gap_has_words: bool,
}

fn around<'a>(text: &'a str, quotes: &[QuoteSpan], k: usize) -> Around<'a> {
    let q = &quotes[k];
    let gap_start = k.checked_sub(1).map_or(0, |p| quotes[p].close);
    let from = gap_start.max(q.open.saturating_sub(WINDOW));
    let mut left = tokenize(text, from, q.open);
    let gap_has_end = from > gap_start || left.iter().any(Tok::sentence_end);
    let gap_has_words = left.iter().any(|t| t.word);
    if let Some(cut) = left.iter().rposition(Tok::sentence_end) {
        left.drain(..=cut);
    }
    let gap_end = quotes.get(k + 1).map_or(text.len(), |n| n.open);
    let to = gap_end.min(q.close.saturating_add(WINDOW));
    let mut right = tokenize(text, q.close.min(to), to);
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
    let n = quotes.len();
    let mut direct = Vec::with_capacity(n);
    let mut sentence = Vec::with_capacity(n);
    let mut scare = Vec::with_capacity(n);
    let mut lefts = Vec::with_capacity(n);
    let mut sid = 0usize;
    for k in 0..n {
        let q = &quotes[k];
        let content = text.get(q.span.start..q.span.end).unwrap_or("");
        let a = around(text, quotes, k);
        if k > 0 {
            let prev = text
                .get(quotes[k - 1].span.start..quotes[k - 1].span.end)
                .unwrap_or("");
            let prev_complete = ends_sentence(prev) && !a.gap_has_words;
            if a.gap_has_end || prev_complete {
                sid += 1;
            }
        }
        sentence.push(sid);
        scare.push(scare_like(content, &a.left));
        let d = if q.continues && carried.is_some() && a.right.is_empty() {
            Direct::None
        } else {
            direct_cue(r, b, q, content, &a)
        };
        if let Direct::Found(f) = &d {
            note_speaker(r, f.entity);
        }
        direct.push(d);
        lefts.push(a.left);
    }

    for k in 0..n {
        out[k] = match &direct[k] {
            Direct::Found(f) => Some(f.clone()),
            _ => None,
        };
    }
    // Carried over from the previous paragraph.
    if let (Some(c), Some(first)) = (&carried, quotes.first()) {
        if first.continues && matches!(direct[0], Direct::None) {
            out[0] = Some(continuation(c));
        }
    }
    // Same sentence, then same paragraph.
    for k in 0..n {
        if out[k].is_some() || direct[k] == Direct::Blocked {
            continue;
        }
        let same_sentence = (0..n)
            .filter(|&j| j != k && sentence[j] == sentence[k])
            .filter_map(|j| match &direct[j] {
                Direct::Found(f) => Some((j.abs_diff(k), f)),
                _ => None,
            })
            .min_by_key(|x| x.0)
            .map(|x| x.1.clone());
        let sentence_blocked =
            (0..n).any(|j| j != k && sentence[j] == sentence[k] && direct[j] == Direct::Blocked);
        if let Some(f) = same_sentence {
            out[k] = Some(continuation(&f));
            continue;
        }
        if scare[k] || sentence_blocked {
            continue;
        }
        let before = (0..k).rev().find_map(|j| out[j].clone());
        let after = || {
            (k + 1..n).find_map(|j| match &direct[j] {
                Direct::Found(f) => Some(f.clone()),
                _ => None,
            })
        };
        if let Some(f) = before.or_else(after) {
            out[k] = Some(continuation(&f));
        }
    }
    // A fragment inside indirect speech.
    for k in 0..n {
        if out[k].is_some() || direct[k] == Direct::Blocked {
            continue;
        }
        if let Some(m) = cues::verb_earlier(&lefts[k]) {
            if let Some(a) = resolve(r, b, quotes[k].open, m, false) {
                out[k] = Some(a);
            }
        }
    }
    for a in out.iter().flatten() {
        note_speaker(r, a.entity);
    }
}

/// A paragraph that opens with a quote and has no cue, right after a
/// paragraph with no quotes that reports someone's words (`He also warned
/// that …`), quotes that someone: the news pattern of paraphrase, then quote.
fn lead_in_paragraph(
    r: &mut Resolver,
    b: usize,
    quotes: &[QuoteSpan],
    out: &mut [Option<Attribution>],
) {
    let Some(first) = quotes.first() else {
        return;
    };
    if out.iter().any(Option::is_some) || first.continues {
        return;
    }
    let Some(prev) = b.checked_sub(1).and_then(|p| r.blocks.get(p)) else {
        return;
    };
    let Some(text) = r.blocks.get(b).map(|x| x.text.as_str()) else {
        return;
    };
    if !text.get(..first.open).is_some_and(|t| t.trim().is_empty())
        || prev.kind != crate::article::BlockKind::Paragraph
    {
        return;
    }
    let ptext = prev.text.as_str();
    let toks = tokenize(ptext, ptext.len().saturating_sub(WINDOW), ptext.len());
    let found = toks.split(Tok::sentence_end).rev().find_map(|sentence| {
        cues::verb_earlier(sentence)
            .filter(|m| matches!(m.subject, Subject::Name(_) | Subject::Pronoun(..)))
    });
    let Some(m) = found else {
        return;
    };
    let Some(a) = resolve(r, b - 1, ptext.len(), m, false) else {
        return;
    };
    // Only a person reporting in the paragraph before, not `The webpage
    // posted …` resolving to a place or an outlet.
    if r.drafts
        .get(a.entity)
        .map_or(true, |d| d.kind != EntityKind::Person)
    {
        return;
    }
    for (k, q) in quotes.iter().enumerate() {
        let content = text.get(q.span.start..q.span.end).unwrap_or("");
        if k == 0
            || !scare_like(
                content,
                &tokenize(text, q.open.saturating_sub(WINDOW), q.open),
            )
        {
            out[k] = Some(continuation(&a));
        }
    }
    note_speaker(r, a.entity);
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
    if cues::title_before(&a.left) {
        return Direct::Blocked;
    }
    let bare = content
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '"' | '”'));
    let comma = bare.ends_with(',');
    let complete = ends_sentence(bare);
    let found = cues::right_cue(&a.right, comma, complete)
        .or_else(|| cues::left_cue(&a.left))
        .or_else(|| cues::according_to(&a.left));
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
            Subject::Pronoun(..) | Subject::OrgNoun(_) => CueRule::Pronoun,
            _ => m.rule,
        },
        evidence,
        verb: m.verb,
    })
}

#[cfg(test)]
mod tests;
