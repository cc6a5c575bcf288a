//! Where a run of capitalized words is cut into several names: at list
//! connectors and plural possessives that don't belong to an organisation.

use std::ops::Range;

use super::super::lexicon::{flag, phrase_key_small, LEXICON};
use super::super::tokens::{is_acronym, text_of, Gap, Tok};
use super::is_name_tok;
use super::{piece_text, Join, Piece};

/// Cut a run at connectors and plural possessives that don't belong to an
/// organisation name (`Beijing, Seoul and Washington` is three names,
/// `Belt and Road Initiative` one). Each name is a range of `pieces`, put
/// into `segments` (cleared first): a cut drops at most the connector it
/// is at, so a name's pieces are always side by side, and ranges into
/// the run need no copy of its pieces per name.
pub(super) fn split_run(text: &str, pieces: &[Piece], segments: &mut Vec<Range<usize>>) {
    segments.clear();
    let whole = match (pieces.first(), pieces.last()) {
        (Some(f), Some(l)) => text.get(f.start..l.end).unwrap_or(""),
        _ => return,
    };
    if LEXICON
        .places
        .contains_key(phrase_key_small(whole).as_str())
    {
        segments.push(0..pieces.len());
        return;
    }
    let is_cue = |p: &Piece| p.flags & flag::CUE != 0;
    let ends_in_cue = pieces.last().is_some_and(is_cue);
    // The name being read: `pieces[from..idx]`.
    let mut from = 0;
    for (idx, p) in pieces.iter().enumerate() {
        let current = pieces.get(from..idx).unwrap_or(&[]);
        let keep = match p.join {
            Join::Plain => true,
            Join::PluralPossessive => ends_in_cue,
            Join::Connector => {
                let conn = text.get(p.start..p.end).unwrap_or("");
                let before = idx.checked_sub(1).and_then(|k| pieces.get(k));
                if conn == "&" || conn.starts_with(',') {
                    true
                } else if conn.starts_with("and") {
                    let rest = tail_after(pieces, idx);
                    // A given name that is also a cue word (`Bill`) is
                    // the given name here.
                    let cue_before = current
                        .iter()
                        .any(|p| is_cue(p) && p.flags & flag::FIRST_NAME == 0);
                    (ends_in_cue && !cue_before && !names_itself(text, current, rest))
                        || lone_plural_cue(text, current, rest)
                        || and_continues_of_name(text, current, tail_after(pieces, idx))
                } else {
                    // `the council on Capitol Hill`: on a place is where.
                    let on_place = conn == "on"
                        && tail_after(pieces, idx)
                            .last()
                            .is_some_and(|p| p.flags & flag::PLACE_CUE != 0);
                    before.is_some_and(is_cue) && !on_place
                }
            }
        };
        if !keep {
            if !current.is_empty() {
                segments.push(from..idx);
            }
            // The connector is left out; any other piece starts the next name.
            from = if p.join == Join::Connector {
                idx + 1
            } else {
                idx
            };
        }
    }
    if from < pieces.len() {
        segments.push(from..pieces.len());
    }
}

/// The pieces after index `idx`.
fn tail_after(pieces: &[Piece], idx: usize) -> &[Piece] {
    pieces.get(idx + 1..).unwrap_or(&[])
}

/// Whether the words before `and` are a name of their own, so that the
/// organisation named after `and` does not take them in (`Food and Drug
/// Administration` is one name, `Mario Draghi and European Central Bank`
/// two): a title, a person's full name, a given name before anything but
/// an organisation (`Bill and Melinda Gates Foundation` is one), any
/// word before a person's full name, a lone acronym or known
/// organisation, or a known place. A lone `Company`
/// after `and` always belongs (`Henry Holt and Company`).
fn names_itself(text: &str, current: &[Piece], rest: &[Piece]) -> bool {
    let mut plain = current.iter().filter(|p| p.join == Join::Plain);
    let (Some(first), Some(last)) = (plain.next(), current.last()) else {
        return false;
    };
    let count = 1 + plain.count();
    let org_end = rest.last().is_some_and(|p| p.flags & flag::ORG_CUE != 0);
    if org_end && rest.len() == 1 {
        return false;
    }
    if current.iter().any(|p| p.flags & flag::TITLE != 0) {
        return true;
    }
    if first.flags & flag::FIRST_NAME != 0 {
        return count >= 2 || !org_end;
    }
    // `Cooper and Martha Raddatz of ABC News`: a person's full name after
    // `and` starts a new name; before it stands someone else's.
    let person_after = match rest {
        [given, surname, ..] => {
            given.flags & flag::FIRST_NAME != 0
                && surname.join == Join::Plain
                && surname.flags & flag::CUE == 0
        }
        _ => false,
    };
    if person_after {
        return true;
    }
    let word = piece_text(text, first);
    if count == 1 && (is_acronym(word) || LEXICON.org_name.contains(word)) {
        return true;
    }
    let whole = text.get(first.start..last.end).unwrap_or("");
    LEXICON
        .places
        .contains_key(phrase_key_small(whole).as_str())
}

/// `Securities and Exchange Commission`, `Mines and Energy Ministry`: a
/// plural cue word alone names nothing, so before `and` and plain words
/// that end the run it is the first half of one name, not an organisation
/// of its own in a list (`House and Senate`, `Bill and Hillary Clinton`
/// and `Street and Fifth Avenue` stay apart: no plural, or no plain
/// words after).
fn lone_plural_cue(text: &str, current: &[Piece], rest: &[Piece]) -> bool {
    let [only] = current else {
        return false;
    };
    let word = piece_text(text, only);
    only.join == Join::Plain
        && only.flags & flag::CUE != 0
        && word.len() > 3
        && word.ends_with('s')
        && rest.len() >= 2
        && rest.iter().all(|p| plain_word(text, p))
}

/// A plain word of a name: not a connector, a place, a given name, a
/// title, an acronym or a known organisation.
fn plain_word(text: &str, p: &Piece) -> bool {
    let w = piece_text(text, p);
    p.join == Join::Plain
        && p.flags & (flag::PLACE_FIRST | flag::FIRST_NAME | flag::TITLE) == 0
        && !is_acronym(w)
        && !LEXICON.org_name.contains(w)
}

/// `Department of Health and Human Services`, `Institute of Allergy and
/// Infectious Diseases`, `Committee on Ways and Means`: an organisation
/// name with a kept `of` or `on` goes on
/// past `and` when the rest of the run is plain words, none of them a
/// place, a given name or a known organisation (`Bank of America and
/// Google` is two).
fn and_continues_of_name(text: &str, current: &[Piece], rest: &[Piece]) -> bool {
    let has_of = current.iter().any(|p| {
        p.join == Join::Connector && {
            let conn = piece_text(text, p);
            conn.starts_with("of") || conn == "on"
        }
    });
    // A comma list (`of Alcohol, Tobacco`) was only built when `and` closes it.
    let listed = current
        .iter()
        .any(|p| p.join == Join::Connector && piece_text(text, p).starts_with(','));
    listed || (has_of && !rest.is_empty() && rest.iter().all(|p| plain_word(text, p)))
}

/// Whether the comma before token `j` lists more of an organisation's
/// `of` name (`Bureau of Alcohol, | Tobacco, Firearms and Explosives`):
/// the run so far is `Cue of Word` (plus earlier list items), and single
/// plain words separated by commas follow, closed by `and Word`. Bounded
/// to a few items so the look-ahead stays linear.
pub(super) fn of_list_goes_on(text: &str, toks: &[Tok], pieces: &[Piece], j: usize) -> bool {
    let Some(of) = pieces
        .iter()
        .position(|p| p.join == Join::Connector && piece_text(text, p).starts_with("of"))
    else {
        return false;
    };
    let cue = of
        .checked_sub(1)
        .and_then(|k| pieces.get(k))
        .is_some_and(|p| p.flags & flag::ORG_CUE != 0);
    let items_plain = pieces.get(of + 1..).is_some_and(|rest| {
        rest.iter().all(|p| {
            (p.join == Join::Connector && piece_text(text, p).starts_with(','))
                || (p.join == Join::Plain && p.first == p.last && p.flags & flag::PLACE_FIRST == 0)
        })
    });
    if !cue || !items_plain {
        return false;
    }
    let plain_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            is_name_tok(text, t)
                && LEXICON.flags(text_of(text, t)) & (flag::PLACE_FIRST | flag::FIRST_NAME) == 0
        })
    };
    for k in j..j + 6 {
        if !plain_word(k) {
            return false;
        }
        let Some(next) = toks.get(k + 1) else {
            return false;
        };
        let between = toks
            .get(k)
            .and_then(|t| text.get(t.end..next.start))
            .unwrap_or("");
        if next.gap == Gap::Space && text_of(text, next) == "and" {
            return plain_word(k + 2) && toks.get(k + 2).is_some_and(|t| t.gap == Gap::Space);
        }
        if between != ", " {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::super::context::Context;
    use super::super::super::tests::blocks;
    use super::super::collect_run;
    use super::*;
    use crate::loader::samples::SAMPLES;

    /// The split as it was made before: each name's pieces copied into a
    /// vector of its own.
    fn by_copies(text: &str, pieces: &[Piece]) -> Vec<Vec<Piece>> {
        let whole = match (pieces.first(), pieces.last()) {
            (Some(f), Some(l)) => text.get(f.start..l.end).unwrap_or(""),
            _ => return Vec::new(),
        };
        if LEXICON
            .places
            .contains_key(phrase_key_small(whole).as_str())
        {
            return vec![pieces.to_vec()];
        }
        let is_cue = |p: &Piece| p.flags & flag::CUE != 0;
        let ends_in_cue = pieces.last().is_some_and(is_cue);
        let mut segments = Vec::new();
        let mut current: Vec<Piece> = Vec::new();
        for (idx, p) in pieces.iter().enumerate() {
            let keep = match p.join {
                Join::Plain => true,
                Join::PluralPossessive => ends_in_cue,
                Join::Connector => {
                    let conn = text.get(p.start..p.end).unwrap_or("");
                    let before = idx.checked_sub(1).and_then(|k| pieces.get(k));
                    if conn == "&" || conn.starts_with(',') {
                        true
                    } else if conn.starts_with("and") {
                        let rest = tail_after(pieces, idx);
                        let cue_before = current
                            .iter()
                            .any(|p| is_cue(p) && p.flags & flag::FIRST_NAME == 0);
                        (ends_in_cue && !cue_before && !names_itself(text, &current, rest))
                            || lone_plural_cue(text, &current, rest)
                            || and_continues_of_name(text, &current, tail_after(pieces, idx))
                    } else {
                        let on_place = conn == "on"
                            && tail_after(pieces, idx)
                                .last()
                                .is_some_and(|p| p.flags & flag::PLACE_CUE != 0);
                        before.is_some_and(is_cue) && !on_place
                    }
                }
            };
            if !keep {
                if !current.is_empty() {
                    segments.push(std::mem::take(&mut current));
                }
                if p.join == Join::Connector {
                    continue;
                }
            }
            current.push(*p);
        }
        if !current.is_empty() {
            segments.push(current);
        }
        segments
    }

    /// Every run of the bundled articles and of lists made to be cut: the
    /// ranges hold the pieces the copies held.
    #[test]
    fn ranges_hold_the_pieces_the_copies_held() {
        let mut texts: Vec<&str> = SAMPLES.iter().map(|(_, t)| *t).collect();
        texts.extend([
            "Officials in Beijing, Seoul and Washington met the Food and Drug Administration.",
            "Mario Draghi and European Central Bank staff met Bill and Melinda Gates Foundation heads.",
            "The Workers’ Party and Henry Holt and Company spoke to the Council on Foreign Relations.",
            "Kim, Putin, Xi and Moon of Korea and the United Nations Children’s Fund and the UN.",
        ]);
        let (mut pieces, mut segments) = (Vec::new(), Vec::new());
        let mut cut = 0;
        for text in texts {
            let blocks = blocks(text);
            let ctx = Context::new(&blocks);
            for (b, block) in blocks.iter().enumerate() {
                let toks = ctx.toks.get(b).unwrap_or(&[]);
                for i in 0..toks.len() {
                    let Some(flags) = ctx.name_flags(b, i) else {
                        continue;
                    };
                    collect_run(&ctx, b, toks, i, flags, &mut pieces);
                    split_run(&block.text, &pieces, &mut segments);
                    let ranged: Vec<Vec<Piece>> = segments
                        .iter()
                        .map(|r| pieces.get(r.clone()).unwrap_or(&[]).to_vec())
                        .collect();
                    assert_eq!(ranged, by_copies(&block.text, &pieces), "{}", block.text);
                    cut += usize::from(segments.len() > 1);
                }
            }
        }
        assert!(cut > 3, "{cut}");
    }
}
