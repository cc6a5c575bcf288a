//! Title-case headings: every word is capitalized there, so capitals prove
//! nothing and only names the body or the gazetteer knows are taken.

use super::super::context::Context;
use super::super::kinds::{self, Hint};
use super::super::lexicon::{flag, phrase_key_small, FxSet, WordKey, LEXICON, MAX_PHRASE_WORDS};
use super::super::tokens::{is_acronym, text_of};
use super::{build_run, is_name_word, lookup_place, push_mention, Mention, Piece};
use crate::article::{EntityKind, KindRule};

/// Phrase keys of everything named in the body, plus the single words of
/// people's names, which a headline may use alone (`Klinger`).
pub(super) fn body_forms(mentions: &[Mention]) -> FxSet<WordKey> {
    let mut known = FxSet::with_capacity_and_hasher(2 * mentions.len(), Default::default());
    for m in mentions {
        known.insert(WordKey::new(&m.key));
        if m.hint.kind == EntityKind::Person && m.key.contains(' ') {
            known.extend(m.key.split(' ').map(WordKey::new));
        }
    }
    known
}

/// In a title-case heading every word is capitalized, so only take the
/// longest word sequences that the body or the gazetteer already knows.
pub(super) fn scan_heading(
    ctx: &Context,
    b: usize,
    known: &FxSet<WordKey>,
    out: &mut Vec<Mention>,
) {
    let (Some(block), Some(toks)) = (ctx.blocks.get(b), ctx.toks.get(b)) else {
        return;
    };
    let text = block.text.as_str();
    let mut i = 0;
    while i < toks.len() {
        let Some(tok) = toks.get(i) else { break };
        let w = text_of(text, tok);
        if !is_name_word(w) {
            i += 1;
            continue;
        }
        let (pieces, _) = build_run(ctx, b, toks, i, ctx.word_flags(b, i, w));
        let mut found = None;
        for n in (1..=pieces.len().min(MAX_PHRASE_WORDS)).rev() {
            let Some(slice) = pieces.get(..n) else {
                continue;
            };
            let end = slice.last().map_or(tok.end, |p| p.end);
            let key = phrase_key_small(text.get(tok.start..end).unwrap_or(""));
            let hint = if let Some((c, d)) = lookup_place(text, slice, n) {
                Some(Hint::place(c, d))
            } else if n == 1 && (LEXICON.org_name.contains(w) || is_acronym(w)) {
                Some(Hint::new(
                    EntityKind::Organization,
                    3,
                    KindRule::KnownOrganization,
                ))
            } else if known.contains(&WordKey::new(key.as_str()))
                || given_then_known(text, slice, known)
            {
                Some(kinds::classify(ctx, text, toks, slice, false))
            } else {
                None
            };
            if let Some(h) = hint {
                found = Some((n, h));
                break;
            }
        }
        match found {
            Some((n, hint)) => {
                let taken = pieces.get(..n).unwrap_or(&[]);
                push_mention(b, text, taken, hint, true, out);
                i = taken.last().map_or(i, |p| p.last) + 1;
            }
            None => i += 1,
        }
    }
}

/// `Marco Rubio Responds …` over a body that says only `Rubio`: a given
/// name, then a surname the body knows, is that person's full name.
fn given_then_known(text: &str, slice: &[Piece], known: &FxSet<WordKey>) -> bool {
    let [given, surname] = slice else {
        return false;
    };
    let key = phrase_key_small(text.get(surname.start..surname.end).unwrap_or(""));
    // A known given name is evidence enough in a heading too, as it is in
    // the body; the surname must not be a common word the body knows.
    given.flags & flag::FIRST_NAME != 0
        && (known.contains(&WordKey::new(key.as_str()))
            || surname.flags & (flag::STOP | flag::SOFT_STOP | flag::CUE | flag::TITLE) == 0)
}
