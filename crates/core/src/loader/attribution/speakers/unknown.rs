//! `Carson defied the question. “…,” he said.` where the entity finder
//! missed `Carson`: the pronoun stands for the bare name that opens the
//! sentence before it, made a person draft, rather than for nobody.

use super::Resolver;
use crate::article::EntityKind;
use crate::loader::attribution::cues::Run;
use crate::loader::attribution::tokens::{floor_boundary, tokenize, Tok};
use crate::loader::attribution::verbs::{self, Pronoun};

/// How far before the quote the sentence naming its speaker may start.
const WINDOW: usize = 300;

/// How many paragraphs back a plural-looking word is looked for as a name.
const NAMED_BACK: usize = 30;

impl Resolver<'_> {
    /// The person a `he` or `she` at `pos` stands for when nothing known
    /// fits and the narration right before it opens a sentence with a bare
    /// name acting (`Roe openly admitted …`, `Roe defied …`): that name, as
    /// a new person draft. Only narration counts: no quote mark stands
    /// between the name and the quote, and no known mention either.
    pub(super) fn unknown_subject(
        &mut self,
        block: usize,
        pos: usize,
        p: Pronoun,
    ) -> Option<usize> {
        if p != Pronoun::Person {
            return None;
        }
        let text = self.blocks.get(block)?.text.as_str();
        let from = floor_boundary(text, pos.saturating_sub(WINDOW));
        let toks = tokenize(text, from, pos);
        let opener = latest_acting_name(&toks, from == 0)?;
        let between = text.get(opener.start..pos).unwrap_or("");
        if between.contains(['“', '”', '"']) || between.contains("''") {
            return None;
        }
        let known_after = self
            .index
            .recent_before(block, pos)
            .next()
            .is_some_and(|(_, at)| at.block == block && at.start >= opener.start);
        if known_after {
            return None;
        }
        let plural_looking = opener.text.ends_with('s') && !opener.text.ends_with("ss");
        if plural_looking && !self.named_mid_sentence(block, opener.text) {
            return None;
        }
        let run = Run {
            start: opener.start,
            end: opener.end,
        };
        let (entity, _) = self.name(block, run, true)?;
        self.drafts
            .get(entity)
            .is_some_and(|d| d.kind == EntityKind::Person)
            .then_some(entity)
    }

    /// Whether `word` stands capitalized inside a sentence (`said Adams`,
    /// `John Adams`) in this paragraph or one of the few before: a name,
    /// not a plural that happens to open a sentence (`Eyebrows raised`).
    fn named_mid_sentence(&self, block: usize, word: &str) -> bool {
        let first = block.saturating_sub(NAMED_BACK);
        self.blocks
            .get(first..=block)
            .unwrap_or(&[])
            .iter()
            .any(|b| {
                b.text.match_indices(word).any(|(i, _)| {
                    let head = b.text.get(..i).unwrap_or("");
                    let tail = b.text.get(i + word.len()..).unwrap_or("");
                    let whole = !head.chars().next_back().is_some_and(char::is_alphabetic)
                        && !tail.chars().next().is_some_and(char::is_alphabetic);
                    whole
                        && head
                            .trim_end()
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphanumeric() || c == ',')
                })
            })
    }
}

/// The first word of the latest whole sentence in `toks` when it is a bare
/// capitalized word, not one that never names anyone (`However`, `Critics`,
/// `They`), followed (after adverbs) by a past-tense or speech verb.
/// `starts_block` says `toks` opens at the paragraph's start, so its first
/// sentence is whole.
fn latest_acting_name<'a>(toks: &[Tok<'a>], starts_block: bool) -> Option<Tok<'a>> {
    let mut found = None;
    for (k, t) in toks.iter().enumerate() {
        let opens = if k == 0 {
            starts_block
        } else {
            toks.get(k - 1).is_some_and(Tok::sentence_end)
        };
        if !opens || !t.capitalized() || !t.text.chars().all(char::is_alphabetic) {
            continue;
        }
        let namelike = !verbs::not_a_name(t.text)
            && !verbs::group(t.text)
            && !verbs::people(t.text)
            && !verbs::title(t.text)
            && verbs::pronoun(t.text).is_none()
            && !verbs::adverb(t.text)
            && !["The", "A", "An", "This", "That", "These", "Those"].contains(&t.text);
        let mut v = k + 1;
        while toks
            .get(v)
            .is_some_and(|x| x.word && !x.capitalized() && verbs::adverb(x.text))
        {
            v += 1;
        }
        let acts = toks.get(v).is_some_and(|x| {
            x.word && !x.capitalized() && (x.text.ends_with("ed") || verbs::speech_verb(x.text))
        });
        if namelike && acts {
            found = Some(*t);
        }
    }
    found
}
