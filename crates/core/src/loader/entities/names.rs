//! Capitalized runs → name mentions. A run is a sequence of capitalized
//! words joined by spaces, with particles (`van`, `de`), initials, hyphens
//! and — inside organisation names only — `of`/`and`/`for`. Each run is
//! trimmed of sentence-initial common words, cut at connectors that don't
//! belong to a name, stripped of leading descriptors (`Russian`, `US`) and
//! titles (`President`), and what remains becomes one [`Mention`] whose kind
//! evidence [`kinds`](super::kinds) weighs.

use super::context::Context;
use super::kinds::Hint;
use super::lexicon::{flag, phrase_key_small, LEXICON, MAX_PHRASE_WORDS};
use super::tokens::{is_acronym, is_capitalized, text_of, Gap, Tok};

mod handle;
mod heading;
mod initial;
mod places;
mod segment;
mod split;
mod stop;
mod surface;
pub(super) mod words;

use heading::{body_forms, scan_heading};
use places::lookup_place;
use segment::emit_segment;
use split::split_run;
pub(super) use stop::{is_name_tok, is_name_word, stop_given};

/// One occurrence of a name, before aliases are merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    /// The text as written, whitespace collapsed.
    pub surface: String,
    /// Lowercased words, hyphens split (`kim jong un` for `Kim Jong-Un`),
    /// single spaces.
    pub key: String,
    pub hint: Hint,
    /// Found in a title-case heading, where capitals prove nothing.
    pub heading: bool,
    /// An acronym in parentheses right after another mention, which it names.
    pub alias_of: Option<usize>,
}

/// How a piece of a run attaches to the piece before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Join {
    Plain,
    /// `of`, `and`, `for the`: kept only inside organisation names.
    Connector,
    /// `Workers’ Party`: kept only when the run ends in an organisation word.
    PluralPossessive,
}

/// A word (or hyphenated word) of a run, or a connector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Piece {
    pub start: usize,
    pub end: usize,
    /// Token indices the piece covers.
    pub first: usize,
    pub last: usize,
    pub join: Join,
    /// The word's [`flag`] bits, looked up once.
    pub flags: u32,
}

/// Every mention in the article, in reading order.
pub fn mentions(ctx: &Context) -> Vec<Mention> {
    // About one mention per sixty bytes of prose.
    let bytes: usize = ctx.blocks.iter().map(|b| b.text.len()).sum();
    let mut out = Vec::with_capacity(bytes / 60 + 4);
    // One buffer for every run in the article rather than one per block.
    let mut pieces = Vec::with_capacity(8);
    for b in 0..ctx.blocks.len() {
        if ctx.english.get(b) == Some(&true) && ctx.heading.get(b) == Some(&false) {
            scan_block(ctx, b, &mut pieces, &mut out);
        }
    }
    if ctx.heading.contains(&true) {
        let known = body_forms(&out);
        for b in 0..ctx.blocks.len() {
            if ctx.heading.get(b) == Some(&true) {
                scan_heading(ctx, b, &known, &mut out);
            }
        }
    }
    // In any block: a quoted tweet may be in title case or another language.
    for (b, block) in ctx.blocks.iter().enumerate() {
        let prev = b.checked_sub(1).and_then(|p| ctx.blocks.get(p));
        handle::scan_handles(&block.text, b, prev.map(|p| p.text.as_str()), &mut out);
    }
    // Not sorted: `alias_of` indexes this order; entities sort positions.
    out
}

pub(super) use super::lexicon::lower;

/// The mentions of block `b`; `pieces` is the runs' buffer, which
/// [`collect_run`] clears.
fn scan_block(ctx: &Context, b: usize, pieces: &mut Vec<Piece>, out: &mut Vec<Mention>) {
    let (Some(block), Some(toks)) = (ctx.blocks.get(b), ctx.toks.get(b)) else {
        return;
    };
    let text = block.text.as_str();
    // The names a run is cut into, as ranges of its pieces: allocated
    // only in a block that has a run to cut.
    let mut segments = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        crate::loader::work::tick(1);
        let Some(flags) = ctx.name_flags(b, i) else {
            i += 1;
            continue;
        };
        let next = collect_run(ctx, b, toks, i, flags, pieces);
        if pieces.iter().all(|p| p.join == Join::Plain) {
            emit_segment(ctx, b, pieces, out);
        } else {
            split_run(text, pieces, &mut segments);
            for seg in &segments {
                emit_segment(ctx, b, pieces.get(seg.clone()).unwrap_or(&[]), out);
            }
        }
        i = next.max(i + 1);
    }
}

/// Collect the run of name pieces starting at token `i`; returns the pieces
/// and the index of the first token after them.
fn build_run(
    ctx: &Context,
    b: usize,
    toks: &[Tok],
    i: usize,
    first_flags: u32,
) -> (Vec<Piece>, usize) {
    let mut pieces = Vec::with_capacity(8);
    let next = collect_run(ctx, b, toks, i, first_flags, &mut pieces);
    (pieces, next)
}

/// [`build_run`] into `pieces` (cleared first); returns the index of the
/// first token after the run.
fn collect_run(
    ctx: &Context,
    b: usize,
    toks: &[Tok],
    i: usize,
    first_flags: u32,
    pieces: &mut Vec<Piece>,
) -> usize {
    let text = ctx.blocks.get(b).map_or("", |block| block.text.as_str());
    let word = |k: usize| toks.get(k).map(|t| text_of(text, t)).unwrap_or("");
    let with_flags = |k: usize, join: Join, flags: u32| Piece {
        start: toks.get(k).map_or(0, |t| t.start),
        end: toks.get(k).map_or(0, |t| t.end),
        first: k,
        last: k,
        join,
        flags,
    };
    let plain = |k: usize, join: Join| with_flags(k, join, ctx.word_flags(b, k, word(k)));
    pieces.clear();
    pieces.push(with_flags(i, Join::Plain, first_flags));
    let mut j = i + 1;
    while let (Some(last), Some(t)) = (pieces.last().copied(), toks.get(j)) {
        crate::loader::work::tick(1);
        if toks.get(last.last).is_some_and(|p| p.possessive) {
            break;
        }
        let w = word(j);
        match t.gap {
            Gap::Hyphen => {
                let run_start = pieces.first().map_or(last.start, |p| p.start);
                // Bounded so a long hyphen chain can't make this quadratic.
                let left_known = pieces.len() <= MAX_PHRASE_WORDS
                    && ctx.known_alone(&phrase_key_small(
                        text.get(run_start..last.end).unwrap_or(""),
                    ));
                if is_capitalized(w) {
                    // `Kim-Putin`, `Russia-US`: two names side by side.
                    if left_known && ctx.known_alone(&phrase_key_small(w)) {
                        break;
                    }
                } else if left_known || words::NAME_WORDS.hyphen_adjective.contains(w) {
                    // `Beijing-sponsored`, `Lagos-based`: the name, then
                    // an adjective.
                    j += 1;
                    break;
                }
                if let Some(p) = pieces.last_mut() {
                    p.end = t.end;
                    p.last = j;
                    p.flags = LEXICON.flags(text.get(p.start..p.end).unwrap_or(""));
                }
                j += 1;
            }
            Gap::Space => {
                let lw = w;
                // `Theresa May`: a month after a first name is a surname.
                let next_flags = ctx.name_flags(b, j);
                let soft = next_flags.is_none()
                    && is_capitalized(w)
                    && last.flags & flag::FIRST_NAME != 0
                    && ctx.word_flags(b, j, w) & flag::SOFT_STOP != 0;
                if let Some(f) = next_flags {
                    pieces.push(with_flags(j, Join::Plain, f));
                    j += 1;
                } else if soft {
                    pieces.push(plain(j, Join::Plain));
                    j += 1;
                } else if let Some(k) = particles_then_name(ctx, b, j) {
                    // `van Beethoven`, `de la Concorde`, `van der Waals`.
                    for p in j..=k {
                        pieces.push(plain(p, Join::Plain));
                    }
                    j = k + 1;
                } else if LEXICON.connector.contains(lw) || on_topic(text, &last, lw) {
                    let mut k = j + 1;
                    if (lw == "of" || lw == "for") && word(k) == "the" {
                        k += 1;
                    }
                    // `the council on Capitol Hill`: a place after `on`
                    // is where, not what.
                    let place_after = lw == "on"
                        && ctx
                            .name_flags(b, k)
                            .is_some_and(|f| f & flag::PLACE_FIRST != 0);
                    if place_after || !continues_name(ctx, b, k) {
                        break;
                    }
                    pieces.push(Piece {
                        start: t.start,
                        end: toks.get(k - 1).map_or(t.end, |p| p.end),
                        first: j,
                        last: k - 1,
                        join: Join::Connector,
                        flags: 0,
                    });
                    pieces.push(plain(k, Join::Plain));
                    j = k + 1;
                } else {
                    break;
                }
            }
            Gap::Break => {
                let gap = text.get(last.end..t.start).unwrap_or("");
                let plural = word(last.last).ends_with('s') && (gap == "’ " || gap == "' ");
                if plural && ctx.name_flags(b, j).is_some() {
                    pieces.push(plain(j, Join::PluralPossessive));
                    j += 1;
                } else if gap == ", " && split::of_list_goes_on(text, toks, pieces, j) {
                    // `Bureau of Alcohol, Tobacco, Firearms and Explosives`.
                    pieces.push(Piece {
                        start: last.end,
                        end: t.start,
                        first: j,
                        last: j,
                        join: Join::Connector,
                        flags: 0,
                    });
                    pieces.push(plain(j, Join::Plain));
                    j += 1;
                } else {
                    break;
                }
            }
        }
    }
    j
}

/// With one or two particles from token `j` followed by a name word, the
/// index of that name word.
fn particles_then_name(ctx: &Context, b: usize, j: usize) -> Option<usize> {
    let text = ctx.blocks.get(b).map_or("", |block| block.text.as_str());
    let toks = ctx.toks.get(b).unwrap_or(&[]);
    let is_particle = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.gap == Gap::Space && LEXICON.particle.contains(text_of(text, t)))
    };
    if !is_particle(j) {
        return None;
    }
    let k = if is_particle(j + 1) { j + 2 } else { j + 1 };
    // `al-Muhandis`, `el-Baradei`: an Arabic article hyphened to the name.
    let hyphened = k == j + 1
        && toks
            .get(k)
            .is_some_and(|t| t.gap == Gap::Hyphen && ctx.name_flags(b, k).is_some());
    (continues_name(ctx, b, k) || hyphened).then_some(k)
}

/// Whether token `k` follows by a space and can go on a name.
/// `on` after a body named for its topic (`Council on Foreign
/// Relations`): a connector there, a preposition anywhere else.
fn on_topic(text: &str, last: &Piece, lw: &str) -> bool {
    lw == "on" && last.join == Join::Plain && topic_head(text, last)
}

fn topic_head(text: &str, p: &Piece) -> bool {
    words::NAME_WORDS
        .topic_head
        .contains(lower(piece_text(text, p)).as_str())
}

/// The body a name joined by `on` names (`Project on Government
/// Oversight`, `Commission on Presidential Debates`): an organisation,
/// whatever its head word says alone (`Manhattan Project` is a project).
pub(super) fn body_on_topic(text: &str, pieces: &[Piece]) -> bool {
    pieces.windows(2).any(|w| {
        matches!(w, [head, on] if on.join == Join::Connector
            && piece_text(text, on) == "on"
            && topic_head(text, head))
    })
}

fn continues_name(ctx: &Context, b: usize, k: usize) -> bool {
    ctx.toks
        .get(b)
        .and_then(|toks| toks.get(k))
        .is_some_and(|t| t.gap == Gap::Space && ctx.name_flags(b, k).is_some())
}

fn piece_text<'t>(text: &'t str, p: &Piece) -> &'t str {
    text.get(p.start..p.end).unwrap_or("")
}

fn push_mention(
    b: usize,
    text: &str,
    pieces: &[Piece],
    hint: Hint,
    heading: bool,
    out: &mut Vec<Mention>,
) {
    let (Some(f), Some(l)) = (pieces.first(), pieces.last()) else {
        return;
    };
    let raw = text.get(f.start..l.end).unwrap_or("");
    let (surface, key) = surface::surface_and_key(raw);
    // `IMF (International Monetary Fund)` the other way round.
    let before = text.get(..f.start).unwrap_or("").trim_end();
    let after = text.get(l.end..).unwrap_or("");
    let opened = before.strip_suffix('(').map(|s| s.trim_end().len());
    let alias_of = match (opened, out.last()) {
        (Some(prev_end), Some(prev))
            if !hint.is_place()
                && after.starts_with(')')
                && prev.block == b
                && prev.end == prev_end
                && !prev.hint.is_place()
                && ((pieces.len() == 1 && is_acronym(raw))
                    || (!prev.surface.contains(' ') && is_acronym(&prev.surface))) =>
        {
            Some(out.len() - 1)
        }
        _ => None,
    };
    out.push(Mention {
        block: b,
        start: f.start,
        end: l.end,
        surface,
        key,
        hint,
        heading,
        alias_of,
    });
}
