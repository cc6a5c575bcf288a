//! Who a document speaks for: `the statement said` is whoever the article
//! tied that statement to (`Roe’s statement`, `a statement from Acme`,
//! `Acme issued a statement`, `Roe said in a statement`). With no such tie
//! nearby, nobody: a document is never given to a bystander.

use super::Resolver;
use crate::article::EntityKind;
use crate::loader::attribution::tokens::floor_boundary;
use crate::loader::attribution::verbs::LISTS;

/// How many paragraphs back (the quote's own included) a tie may stand.
const BLOCKS_BACK: usize = 3;

/// `text` starts, after spaces, with `word` as a whole word.
pub(in crate::loader::attribution) fn starts_word<'t>(
    text: &'t str,
    word: &str,
) -> Option<&'t str> {
    let rest = text.trim_start();
    let head = rest.get(..word.len())?;
    let tail = rest.get(word.len()..)?;
    (head.eq_ignore_ascii_case(word) && !tail.starts_with(|c: char| c.is_alphanumeric()))
        .then_some(tail)
}

/// After an optional article and up to two modifiers, the `noun`: `a
/// statement`, `an open letter`, `a joint written statement`.
pub(in crate::loader::attribution) fn object_is(text: &str, noun: &str) -> bool {
    let mut rest = text;
    for article in ["a", "an", "the", "its", "his", "her", "their"] {
        if let Some(r) = starts_word(rest, article) {
            rest = r;
            break;
        }
    }
    for _ in 0..3 {
        if starts_word(rest, noun).is_some() {
            return true;
        }
        let trimmed = rest.trim_start();
        let word_end = trimmed
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(trimmed.len());
        if word_end == 0 {
            return false;
        }
        rest = trimmed.get(word_end..).unwrap_or("");
    }
    false
}

/// The name right before `after` is tied to the `noun` that follows it.
fn ties_after(after: &str, noun: &str) -> bool {
    for possessive in ["’s", "'s", "’", "'"] {
        if let Some(rest) = after.strip_prefix(possessive) {
            return object_is(rest, noun);
        }
    }
    if let Some(rest) = starts_word(after, "said").and_then(|r| starts_word(r, "in")) {
        return object_is(rest, noun);
    }
    LISTS
        .puts_out
        .iter()
        .any(|verb| starts_word(after, verb).is_some_and(|rest| object_is(rest, noun)))
}

/// The `noun` right before the name (`a statement from Acme`).
fn ties_before(before: &str, noun: &str) -> bool {
    let before = before.trim_end();
    ["from", "by"].iter().any(|p| {
        let Some(b) = before.strip_suffix(p).map(str::trim_end) else {
            return false;
        };
        let Some(cut) = b.len().checked_sub(noun.len()) else {
            return false;
        };
        match (b.get(..cut), b.get(cut..)) {
            (Some(head), Some(tail)) => {
                tail.eq_ignore_ascii_case(noun) && !head.ends_with(|c: char| c.is_alphanumeric())
            }
            _ => false,
        }
    })
}

impl Resolver<'_> {
    /// The person or body the article tied the document `noun` to, before
    /// `pos` in `block` or in the paragraphs just before.
    pub(in crate::loader::attribution) fn issuer(
        &self,
        block: usize,
        pos: usize,
        noun: &str,
    ) -> Option<usize> {
        self.speaker_tied(block, pos, BLOCKS_BACK, (40, 60), |before, after| {
            ties_after(after, noun) || ties_before(before, noun)
        })
    }

    /// The latest person or body named before `pos` in `block` or in the
    /// `blocks - 1` paragraphs before, whose words around the name (`reach`:
    /// bytes before, bytes after) tie it to what is looked for.
    pub(in crate::loader::attribution) fn speaker_tied(
        &self,
        block: usize,
        pos: usize,
        blocks: usize,
        reach: (usize, usize),
        ties: impl Fn(&str, &str) -> bool,
    ) -> Option<usize> {
        let first = block.saturating_sub(blocks - 1);
        self.index
            .recent_before(block, pos)
            .take_while(|(_, at)| at.block >= first)
            .find(|&(e, at)| {
                let speaks = self.drafts.get(e).is_some_and(|d| {
                    matches!(d.kind, EntityKind::Person | EntityKind::Organization)
                });
                let Some(text) = self.blocks.get(at.block).map(|b| b.text.as_str()) else {
                    return false;
                };
                let after_end =
                    floor_boundary(text, at.end.saturating_add(reach.1).min(text.len()));
                let after = text.get(at.end..after_end).unwrap_or("");
                let before_start = floor_boundary(text, at.start.saturating_sub(reach.0));
                let before = text.get(before_start..at.start).unwrap_or("");
                speaks && ties(before, after)
            })
            .map(|(e, _)| e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_tied_to_its_document_by_possession_issue_or_source() {
        assert!(ties_after("’s statement said", "statement"));
        assert!(ties_after(
            " issued a brief statement on Monday",
            "statement"
        ));
        assert!(ties_after(" said in a statement.", "statement"));
        assert!(ties_before("in a letter from ", "letter"));
        assert!(!ties_after(" received a letter", "letter"));
        assert!(!ties_after(" issued a statement", "report"));
        assert!(!ties_before("in a newsletter from ", "letter"));
    }
}
