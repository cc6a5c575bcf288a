//! A transcript set off by a label paragraph (`Transcript as follows:`,
//! `Partial transcript:`) right after the paragraph that reports someone
//! speaking (`On Tuesday, Gov. Jane Roe said, “…”`): the transcript is the
//! rest of those remarks, so it is that speaker's. A transcript that opens
//! on a speaker's label (`“ROE: …`) is an exchange between several people,
//! none of whom speaks all of it: each turn goes to the person its label
//! names ([`turn`]).

use std::cell::OnceCell;

use super::speakers::Resolver;
use super::verbs::LISTS;
use super::Attribution;
use crate::article::{BlockKind, CueRule, EntityKind};
use crate::loader::entities::FxMap;
use crate::loader::quotes::turns::{another_label, label};
use crate::loader::quotes::QuoteSpan;
use crate::loader::{ByteSpan, EntityDraft};

/// Whether `text` is a paragraph that only announces a transcript.
fn is_label(text: &str) -> bool {
    let Some(body) = text.trim_end().strip_suffix(':') else {
        return false;
    };
    let mut transcript = false;
    let mut words = 0;
    for word in body.split_whitespace() {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        transcript |= word == "transcript";
        words += 1;
        if words > 8 || !LISTS.transcript_label_word.contains(word.as_str()) {
            return false;
        }
    }
    transcript
}

/// Whether a quote's words open on a speaker's label (`ROE: …`, `MR.
/// ROE: …`): capitals only, a few words, then a colon.
fn opens_on_label(content: &str) -> bool {
    content.split_once(':').is_some_and(|(head, _)| {
        let head = head.trim();
        !head.is_empty()
            && head.split_whitespace().count() <= 4
            && head.chars().any(char::is_alphabetic)
            && !head.chars().any(char::is_lowercase)
    })
}

/// Credits the quotes of block `b` (`these`, still unattributed) to the
/// speaker of the last quote in the paragraph before the transcript label
/// at `b - 1`. `before` and `earlier` are the quotes before `these` and
/// their attributions.
pub(super) fn transcript(
    r: &Resolver,
    b: usize,
    these: &[QuoteSpan],
    rest: &mut [Option<Attribution>],
    before: &[QuoteSpan],
    earlier: &[Option<Attribution>],
) {
    let (Some(first), Some(label), Some(text)) = (
        these.first(),
        b.checked_sub(1).and_then(|l| r.blocks.get(l)),
        r.blocks.get(b).map(|x| x.text.as_str()),
    ) else {
        return;
    };
    let opens = text.get(..first.open).is_some_and(|t| t.trim().is_empty());
    let content = text.get(first.span.start..first.span.end).unwrap_or("");
    if rest.iter().any(Option::is_some)
        || !opens
        || label.kind != BlockKind::Paragraph
        || !is_label(&label.text)
        || opens_on_label(content)
    {
        return;
    }
    let Some(reported) = before
        .iter()
        .zip(earlier)
        .rev()
        .take_while(|(q, _)| q.span.block + 2 >= b)
        .find(|(q, a)| q.span.block + 2 == b && a.is_some())
        .and_then(|(_, a)| a.clone())
    else {
        return;
    };
    for slot in rest.iter_mut() {
        *slot = Some(Attribution {
            rule: CueRule::Transcript,
            ..reported.clone()
        });
    }
}

/// Persons by name in lower case, for labels in capitals: built at the
/// first label, as most articles have none.
#[derive(Default)]
pub(super) struct Folded {
    tables: OnceCell<FoldedTables>,
}

#[derive(Default)]
struct FoldedTables {
    /// The first person with this whole name or alias.
    whole: FxMap<String, usize>,
    /// Persons by their name's last word: how many, and the first.
    last: FxMap<String, (usize, usize)>,
}

impl Folded {
    /// The one person `label` (its titles gone) names: the whole name, or
    /// a last word only one person has, their name a part of the label's
    /// (`TAPPER` or `JAKE TAPPER` for `Jake Tapper`, not `JOHN TAPPER`).
    fn person(&self, drafts: &[EntityDraft], label: &str) -> Option<usize> {
        let t = self.tables.get_or_init(|| FoldedTables::new(drafts));
        let words: Vec<&str> = label
            .split_whitespace()
            .skip_while(|w| super::verbs::title(w.trim_end_matches('.')))
            .collect();
        let name = words.join(" ").to_lowercase();
        if let Some(&e) = t.whole.get(&name) {
            return Some(e);
        }
        let last = words.last()?.to_lowercase();
        match t.last.get(&last) {
            Some(&(1, e)) => {
                let full = drafts.get(e)?.name.to_lowercase();
                (full.ends_with(&name) || name.ends_with(&full)).then_some(e)
            }
            _ => None,
        }
    }
}

impl FoldedTables {
    fn new(drafts: &[EntityDraft]) -> Self {
        let mut t = FoldedTables::default();
        for (i, d) in drafts.iter().enumerate() {
            if d.kind != EntityKind::Person {
                continue;
            }
            for form in std::iter::once(&d.name).chain(&d.aliases) {
                t.whole.entry(form.to_lowercase()).or_insert(i);
            }
            if let Some(last) = d.name.split_whitespace().last() {
                let e = t.last.entry(last.to_lowercase()).or_insert((0, i));
                e.0 += 1;
            }
        }
        t
    }
}

/// Credits the first quote of block `b` when the paragraph is a transcript
/// turn: it opens on a label in capitals, the quote holds the paragraph's
/// words (an unmarked turn, or a mark right before the label), no second
/// label follows, and the label names one person of the article. Returns
/// whether it did.
pub(super) fn turn(
    r: &mut Resolver,
    folded: &Folded,
    b: usize,
    these: &[QuoteSpan],
    rest: &mut [Option<Attribution>],
) -> bool {
    let (Some(first), Some(slot), Some(text)) = (
        these.first(),
        rest.first_mut(),
        r.blocks.get(b).map(|x| x.text.as_str()),
    ) else {
        return false;
    };
    // Only a quote marked as a turn, or one opening its paragraph, can
    // take a label: asked first, since reading the label costs more and
    // most first quotes stand after words of their paragraph.
    let opens = text.get(..first.open).is_some_and(|t| t.trim().is_empty());
    if !first.turn && !opens {
        return false;
    }
    let Some(l) = label(text) else {
        return false;
    };
    let words = text.get(l.rest..first.span.end).unwrap_or("");
    let marked = first.span.start <= l.start && opens;
    if !(first.turn || marked) || another_label(words) {
        return false;
    }
    let Some(entity) = text
        .get(l.start..l.end)
        .and_then(|head| folded.person(r.drafts, head))
    else {
        return false;
    };
    *slot = Some(Attribution {
        entity,
        rule: CueRule::Turn,
        evidence: ByteSpan::new(b, l.start, l.end),
        verb: ":".into(),
    });
    if let Some(d) = r.drafts.get(entity) {
        r.recent.spoke(entity, d.kind);
    }
    true
}

/// A turn's label is a mention of its speaker: whatever the entity finder
/// made of it (`TAPPER` read as an acronym, an organisation) gives the
/// mention up to the person, and goes when it has no other.
pub(super) fn absorb_labels(r: &mut Resolver, out: &[Option<Attribution>]) {
    // (from, to, where), moved in one pass per draft: a transcript of many
    // thousand turns must not shift a long position list per turn.
    let mut moves: Vec<(usize, usize, ByteSpan)> = Vec::new();
    for a in out.iter().flatten().filter(|a| a.rule == CueRule::Turn) {
        let l = a.evidence;
        moves.extend(
            r.index
                .overlapping(l.block, l.start, l.end)
                .filter(|m| m.2 != a.entity && m.0 >= l.start && m.1 <= l.end)
                .map(|m| (m.2, a.entity, ByteSpan::new(l.block, m.0, m.1))),
        );
    }
    if moves.is_empty() {
        return;
    }
    moves.sort_unstable_by_key(|&(from, _, span)| (from, span));
    for chunk in moves.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(from, _, _)) = chunk.first() else {
            continue;
        };
        if let Some(d) = r.drafts.get_mut(from) {
            d.positions
                .retain(|p| chunk.binary_search_by_key(p, |m| m.2).is_err());
        }
    }
    moves.sort_unstable_by_key(|&(_, to, span)| (to, span));
    for chunk in moves.chunk_by(|a, b| a.1 == b.1) {
        let Some(&(_, to, _)) = chunk.first() else {
            continue;
        };
        if let Some(d) = r.drafts.get_mut(to) {
            d.positions.extend(chunk.iter().map(|m| m.2));
            d.positions
                .sort_unstable_by_key(|p| (p.block, p.start, p.end));
            d.positions.dedup();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_announce_a_transcript() {
        assert!(is_label("Transcript as follows:"));
        assert!(is_label("Partial transcript as follows: "));
        assert!(is_label("Here’s the full transcript of her remarks:"));
        assert!(is_label("Video Transcript:"));
        // A sentence about a transcript, or no colon, announces none.
        assert!(!is_label("The transcript shows that Roe was right:"));
        assert!(!is_label("Transcript as follows"));
        assert!(!is_label("The remarks as follows:"));
    }

    #[test]
    fn transcripts_of_an_exchange_open_on_a_label() {
        assert!(opens_on_label("ROE: Senator, did you lie? DOE: No."));
        assert!(opens_on_label("MR. ROE: We will win."));
        assert!(!opens_on_label("We will win: that is what I told them."));
        assert!(!opens_on_label("Tonight we won."));
    }
}
