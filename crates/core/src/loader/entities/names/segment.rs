//! One segment of a run → mentions: sentence-initial common words trimmed,
//! places and cue-word names taken whole, leading descriptors (`Russian`,
//! `US`) and titles (`President`) split off, the rest weighed by
//! [`kinds`].

use super::super::context::Context;
use super::super::kinds::{self, Hint};
use super::super::lexicon::{flag, LEXICON};
use super::super::tokens::{is_acronym, is_capitalized, text_of, Tok};
use super::initial::trim_sentence_initial;
use super::places::{lookup_place, place_prefix};
use super::words::NAME_WORDS;
use super::{lower, piece_text, push_mention, Join, Mention, Piece};
use crate::article::{EntityKind, KindRule};

/// `s[from..]`, or nothing when out of range.
pub(super) fn tail(s: &[Piece], from: usize) -> &[Piece] {
    s.get(from..).unwrap_or(&[])
}

/// `s[..to]`, or all of it when out of range.
fn head(s: &[Piece], to: usize) -> &[Piece] {
    s.get(..to).unwrap_or(s)
}

pub(super) fn emit_segment(ctx: &Context, b: usize, seg: &[Piece], out: &mut Vec<Mention>) {
    let Some(block) = ctx.blocks.get(b) else {
        return;
    };
    let text = block.text.as_str();
    let toks = ctx.toks.get(b).unwrap_or(&[]);
    let seg = trim_sentence_initial(ctx, b, seg);
    let n = seg.len();
    if n == 0 {
        return;
    }
    let emit = |out: &mut Vec<Mention>, pieces: &[Piece], hint: Hint| {
        push_mention(b, text, pieces, hint, false, out)
    };
    if let Some((canon, demonym)) = lookup_place(text, seg, n) {
        let mut hint = Hint::place(canon, demonym);
        if let (1, Some(p), false) = (n, seg.first(), demonym) {
            hint.acts = kinds::acts_as_person(text, toks, p);
        }
        return emit(out, seg, hint);
    }
    let word_at = |k: usize| seg.get(k).map_or("", |p| piece_text(text, p));
    // `North Vietnam`, `North African`: a direction before a known place
    // is a place.
    if n >= 2
        && NAME_WORDS.direction.contains(lower(word_at(0)).as_str())
        && lookup_place(text, tail(seg, 1), n - 1).is_some()
    {
        return emit(
            out,
            seg,
            Hint::new(EntityKind::Place, 3, KindRule::Direction),
        );
    }
    // `David Hume Kennerly Gerald Ford`, `Air Force James Roche`: a first
    // name followed by a surname starts a new name. Not after a connector:
    // a run was kept whole across `and` on purpose (`Bill and Melinda
    // Gates Foundation`).
    let split = (1..n.saturating_sub(1)).find(|&k| {
        let bits = |i: usize| seg.get(i).map_or(0, |p| p.flags);
        bits(k) & flag::FIRST_NAME != 0
            && (k >= 2 || bits(k - 1) & flag::CUE != 0)
            && bits(k - 1) & flag::FIRST_NAME == 0
            && seg.get(k - 1).is_some_and(|p| p.join != Join::Connector)
    });
    if let Some(k) = split {
        emit_segment(ctx, b, head(seg, k), out);
        emit_segment(ctx, b, tail(seg, k), out);
        return;
    }
    // `United States Dow Jones Industrial Average`: a place, then a long name.
    if let Some((len, canon, demonym)) = place_prefix(text, seg) {
        // `South African African National Congress`: a descriptor before a
        // name that starts with its own.
        let doubled = place_prefix(text, tail(seg, len)).is_some();
        let long = !demonym && n >= len + 3;
        if (long || doubled) && kinds::segment_cue(text, tail(seg, len)).is_some() {
            emit(out, head(seg, len), Hint::place(canon, demonym));
            emit_segment(ctx, b, tail(seg, len), out);
            return;
        }
    }
    // `Secretary of the Air Force for Acquisition Marvin Sambur`: the
    // titled person's name ends the organisation chain.
    if let Some(k) = titled_tail(text, toks, seg) {
        emit_segment(ctx, b, head(seg, k), out);
        return emit(
            out,
            tail(seg, k),
            Hint::new(EntityKind::Person, 3, KindRule::Title),
        );
    }
    if n >= 3 && super::body_on_topic(text, seg) {
        return emit(
            out,
            seg,
            Hint::new(EntityKind::Organization, 3, KindRule::CueWord),
        );
    }
    if n >= 2 {
        if let Some(kind) = kinds::segment_cue(text, seg) {
            let (start, end) = (
                seg.first().map_or(0, |p| p.start),
                seg.last().map_or(0, |p| p.end),
            );
            let before = text.get(..start).unwrap_or("");
            let after = text.get(end..).unwrap_or("");
            if kind == EntityKind::Organization && kinds::category(before, after) {
                return emit(
                    out,
                    seg,
                    Hint::new(EntityKind::Other, 3, KindRule::Category),
                );
            }
            return emit(out, seg, Hint::new(kind, 3, KindRule::CueWord));
        }
    }
    // `Former New York City Mayor`: a bare modifier before a place belongs
    // to the title after the place, not to a name.
    let mut p = seg
        .iter()
        .take_while(|pc| pc.flags & flag::MODIFIER != 0 && pc.flags & flag::TITLE == 0)
        .count();
    if p == 0 || p >= n || place_prefix(text, tail(seg, p)).is_none() {
        p = 0;
    }
    // Leading descriptors: `Russian`, `US`, `South Korean`.
    while n - p >= 2 {
        match place_prefix(text, tail(seg, p)) {
            Some((len, canon, demonym)) if p + len < n => {
                emit(out, head(tail(seg, p), len), Hint::place(canon, demonym));
                p += len;
            }
            _ => break,
        }
    }
    // `Republican Donald Trump`, `Aides Jane Roe`: a party or group word
    // before a given name describes the person and is no part of the name.
    while n - p >= 2
        && seg.get(p).is_some_and(|pc| {
            let w = piece_text(text, pc);
            LEXICON.group.contains(w) || LEXICON.group_plural.contains(lower(w).as_str())
        })
        && seg
            .get(p + 1)
            .is_some_and(|pc| pc.flags & flag::FIRST_NAME != 0)
    {
        p += 1;
    }
    let rest = tail(seg, p);
    // `Turkish Cypriot`: the descriptors can leave a last word that is a
    // place or demonym itself.
    if p > 0 {
        if let Some((canon, demonym)) = lookup_place(text, rest, rest.len()) {
            return emit(out, rest, Hint::place(canon, demonym));
        }
    }
    let is_title_word = |pc: &Piece| pc.flags & (flag::TITLE | flag::MODIFIER) != 0;
    let mut name_from = 0;
    let mut titled = false;
    if let Some(k) = rest.iter().position(is_title_word) {
        let mut e = k + tail(rest, k)
            .iter()
            .take_while(|pc| is_title_word(pc))
            .count();
        // `Chief Medical Officer Brendan Murphy`: a word the lexicon doesn't
        // know may sit inside a title, when another head title follows it
        // and a name still comes after.
        let inner = tail(rest, e)
            .iter()
            .take(3)
            .position(|pc| pc.flags & flag::TITLE != 0)
            .filter(|&j| {
                rest.get(e + j + 1).is_some()
                    && head(tail(rest, e), j)
                        .iter()
                        .all(|pc| pc.flags & (flag::FIRST_NAME | flag::PLACE_FIRST) == 0)
            });
        if let Some(j) = inner {
            e += j + 1;
            e += tail(rest, e)
                .iter()
                .take_while(|pc| is_title_word(pc))
                .count();
        }
        let has_head = head(tail(rest, k), e - k)
            .iter()
            .any(|pc| pc.flags & flag::TITLE != 0);
        let follows = rest
            .get(e)
            .is_some_and(|pc| !LEXICON.suffix.contains(piece_text(text, pc)));
        if has_head && follows {
            if k > 0 {
                // `Boeing CEO …`: whoever has the titled person is an organisation.
                let hint = kinds::classify(ctx, text, toks, head(rest, k), false);
                emit(out, head(rest, k), hint.at_least_org());
            }
            name_from = e;
            titled = true;
        }
    }
    // `Secretary of State Frank LaRose`: the title's `of` split the run,
    // leaving modifiers that finish the title before the name.
    if !titled && after_title_of(text, toks, rest) {
        let m = rest.iter().take_while(|pc| is_title_word(pc)).count();
        if m > 0 && m < rest.len() {
            name_from = m;
            titled = true;
        }
    }
    let mut name = rest.get(name_from..).unwrap_or(&[]);
    // `the US Treasury Secretary`: a title with no name after it leaves
    // only whoever the titled person works for.
    // Only one word before it, though: `Leslie Lynch King` is a name.
    let bare = name.len() - name.iter().rev().take_while(|p| is_title_word(p)).count();
    let employer = !titled && bare < name.len() && bare <= 1;
    let bare = if employer || titled { bare } else { name.len() };
    name = name.get(..bare).unwrap_or(&[]);
    if name.is_empty() {
        return;
    }
    let hint = kinds::classify(ctx, text, toks, name, titled);
    if employer && hint.doubtful {
        return;
    }
    emit(out, name, if employer { hint.at_least_org() } else { hint });
}

/// Where the person's name starts in an organisation chain that follows a
/// title (`Undersecretary of the | Air Force for Acquisition Darleen
/// Druyun`): the segment is `Cue connector …` with at least three words
/// after the connector, the last two plain words, and the words before the
/// segment are a title and only connectors (`of the`, `to the`).
fn titled_tail(text: &str, toks: &[Tok], seg: &[Piece]) -> Option<usize> {
    let n = seg.len();
    let conn = seg.iter().rposition(|p| p.join == Join::Connector)?;
    let conn_text = piece_text(text, seg.get(conn)?);
    if n < 5 || n - conn - 1 < 3 || conn_text.starts_with("and") || conn_text == "&" {
        return None;
    }
    let first_conn = seg.iter().position(|p| p.join == Join::Connector)?;
    let cue = first_conn.checked_sub(1).and_then(|k| seg.get(k))?;
    if cue.flags & flag::ORG_CUE == 0 {
        return None;
    }
    let plain = |p: &Piece| {
        let w = piece_text(text, p);
        p.join == Join::Plain
            && p.flags & (flag::CUE | flag::TITLE | flag::MODIFIER | flag::PLACE_FIRST) == 0
            && !is_acronym(w)
            && is_capitalized(w)
    };
    if !seg.get(n - 2..)?.iter().all(plain) {
        return None;
    }
    // Back over lowercase connectors to the title the chain hangs from.
    let mut k = seg.first()?.first;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let t = toks.get(k)?;
        let w = text_of(text, t);
        if t.cap {
            return (LEXICON.flags(w) & flag::TITLE != 0).then_some(n - 2);
        }
        if !matches!(w, "of" | "the" | "to" | "for") {
            return None;
        }
    }
    None
}

/// Whether `seg` comes right after `of` (or `of the`) that follows a head
/// title (`Secretary of | State …`).
fn after_title_of(text: &str, toks: &[Tok], seg: &[Piece]) -> bool {
    let Some(first) = seg.first() else {
        return false;
    };
    let word = |k: usize| toks.get(k).map_or("", |t| text_of(text, t));
    let Some(mut k) = first.first.checked_sub(1) else {
        return false;
    };
    if word(k) == "the" {
        let Some(k2) = k.checked_sub(1) else {
            return false;
        };
        k = k2;
    }
    if word(k) != "of" {
        return false;
    }
    k.checked_sub(1)
        .is_some_and(|t| LEXICON.flags(word(t)) & flag::TITLE != 0)
}
