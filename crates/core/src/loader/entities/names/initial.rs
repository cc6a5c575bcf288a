//! Sentence-initial words that are capitalized only because they open the
//! sentence (`Subsequent footage`), trimmed off a segment before it is
//! read as a name. The questions about the word go to the article's word
//! table when the piece is one capitalized token, so they cost no
//! lowering or hashing.

use super::super::context::Context;
use super::super::kinds;
use super::super::lexicon::{flag, LEXICON};
use super::super::tokens::{is_acronym, is_capitalized, text_of, Gap};
use super::places::place_prefix;
use super::segment::tail;
use super::{lower, piece_text, Join, Piece};
use crate::loader::tokenizer::{after_last, has_byte};

/// What the word table knows of a piece's one capitalized token.
#[derive(Clone, Copy)]
struct Known {
    flags: u32,
    cap_mid: bool,
    lower_seen: bool,
}

/// The table's answers for `p` when it is one plain capitalized ASCII
/// token: for other words the lexicon's sets and the flag bits can differ
/// (a given name's flag holds for its unaccented spelling too), so those
/// keep asking by text.
fn word_of(ctx: &Context, b: usize, p: &Piece) -> Option<Known> {
    if p.first != p.last || p.join != Join::Plain {
        return None;
    }
    let text = ctx.blocks.get(b)?.text.as_str();
    if !piece_text(text, p).is_ascii() {
        return None;
    }
    Some(Known {
        flags: ctx.words.flags_at(b, p.first)?,
        cap_mid: ctx.words.cap_mid_at(b, p.first)?,
        lower_seen: ctx.words.lower_seen_at(b, p.first)?,
    })
}

/// Drop sentence-initial words that are only capitalized because they start
/// a sentence (`Subsequent footage`, `Recently Russian …`), keeping those
/// the article also capitalizes mid-sentence or that the lexicon knows.
pub(super) fn trim_sentence_initial<'s>(
    ctx: &Context,
    b: usize,
    mut seg: &'s [Piece],
) -> &'s [Piece] {
    let text = ctx.blocks.get(b).map_or("", |block| block.text.as_str());
    let toks = ctx.toks.get(b).unwrap_or(&[]);
    while let Some(first) = seg.first() {
        let starts = toks.get(first.first).is_some_and(|t| t.sentence_start);
        if !starts || place_prefix(text, seg).is_some() {
            break;
        }
        let w = piece_text(text, first);
        // Bound once as a `&str`, for the many lookups below.
        let lw_buf = lower(w);
        let lw = lw_buf.as_str();
        let lex = &*LEXICON;
        let table = word_of(ctx, b, first);
        let known = table.map_or_else(
            || {
                ctx.cap_mid(lw)
                    || lex.first_name.contains(lw)
                    || lex.title.contains(lw)
                    || lex.title_modifier.contains(lw)
            },
            |t| t.cap_mid || t.flags & (flag::FIRST_NAME | flag::TITLE | flag::MODIFIER) != 0,
        ) || lex.org_name.contains(w)
            || lex.other_name.contains(w)
            || is_acronym(w)
            || (has_byte(w, b'-') && is_capitalized(after_last(w, b'-')));
        if known {
            break;
        }
        let lower_seen = || table.map_or_else(|| ctx.lower_seen(lw), |t| t.lower_seen);
        let common = if seg.len() == 1 {
            let next = toks.get(first.last + 1);
            let speaks =
                next.is_some_and(|t| t.gap == Gap::Space && lex.speech.contains(text_of(text, t)));
            // `Happily, …`, `Aides said`, `Stupid, narrow-minded artist`:
            // a word the article also writes in lower case, or an adverb,
            // stays a common word whatever follows it.
            let plain_word = lw.ends_with("ly") || lower_seen();
            plain_word
                || (!speaks
                    && !kinds::introduces_quote(text, first.start, first.end)
                    && !full_apposition(text.get(first.end..).unwrap_or("")))
        } else {
            // `Blogger Jane Roe compiled`: a role noun opening the sentence
            // describes the name after it.
            lw.ends_with("ly")
                || lower_seen()
                || lex.role.contains(lw)
                || seg.get(1).is_some_and(|p| {
                    // `Recently Russian …`, `Subsequent US Navy …`; but a
                    // lone place after an unknown word is a surname
                    // (`Sudesh Amman`).
                    place_prefix(text, tail(seg, 1))
                        .is_some_and(|(len, _, demonym)| demonym || len + 1 < seg.len())
                        || p.flags & flag::TITLE != 0
                })
        };
        if !common {
            break;
        }
        seg = tail(seg, 1);
    }
    seg
}

/// An apposition that proves a word opening a sentence is a name: an age,
/// `who`, or an article before its head (`Roe, a spokesman for`). A bare
/// noun phrase after an adjective (`Stupid, narrow-minded artist`) is not.
fn full_apposition(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let opens = rest.starts_with(|c: char| c.is_ascii_digit())
        || ["who ", "a ", "an ", "the "]
            .iter()
            .any(|w| rest.starts_with(w));
    opens && kinds::apposed(after)
}
