//! Speakers named by a common noun: `the ministry said` (the latest
//! organisation with that word in its name), `the bishop said` (the latest
//! person that title is attached to), `the police said` (the police as a
//! body). A noun with nothing to stand for gives no speaker.

use super::{has_word, names, Resolver};
use crate::article::EntityKind;
use crate::loader::attribution::cues::{self, Run};
use crate::loader::attribution::tokens::floor_boundary;
use crate::loader::attribution::verbs::Pronoun;
use crate::loader::{ByteSpan, EntityDraft};

impl Resolver<'_> {
    /// `the police said` with no police force named: the police as a
    /// body are the speaker (news style names them no further), kept as
    /// one entity. Other nouns need a named organisation.
    pub(super) fn collective(&mut self, block: usize, r: Run) -> Option<usize> {
        let noun = self.blocks.get(block)?.text.get(r.start..r.end)?;
        if !noun.eq_ignore_ascii_case("police") {
            return None;
        }
        let span = ByteSpan {
            block,
            start: r.start,
            end: r.end,
        };
        let ent = match self.names.police(self.drafts) {
            Some(e) => {
                if let Some(d) = self.drafts.get_mut(e) {
                    super::add_position(d, span);
                }
                e
            }
            None => self.push_draft(EntityDraft {
                name: "police".to_string(),
                kind: EntityKind::Organization,
                aliases: Vec::new(),
                positions: vec![span],
            }),
        };
        self.index.add(span, ent);
        Some(ent)
    }

    /// The organisation `the ministry` stands for: the latest one with that
    /// word in its name; a generic `the company` is resolved like `it`.
    pub(super) fn org_noun(&self, block: usize, pos: usize, r: Run) -> Option<usize> {
        let noun = self
            .blocks
            .get(block)?
            .text
            .get(r.start..r.end)?
            .to_ascii_lowercase();
        let named = self
            .index
            .recent_before(block, pos)
            .take(40)
            .find(|(e, _)| {
                self.drafts.get(*e).is_some_and(|d| {
                    d.kind == EntityKind::Organization
                        && has_word(&d.name.to_ascii_lowercase(), &noun)
                })
            })
            .map(|(e, _)| e);
        let generic = matches!(
            noun.as_str(),
            "company"
                | "firm"
                | "group"
                | "organisation"
                | "organization"
                | "airline"
                | "carrier"
                | "manufacturer"
                | "retailer"
                | "network"
        );
        named.or_else(|| {
            generic
                .then(|| self.pronoun(block, pos, Pronoun::Thing, None))
                .flatten()
        })
    }

    /// The person `the bishop` stands for: the latest person mention with
    /// that title (or its abbreviation) beside it, as in `Daniel Fernández,
    /// bishop of …` or `US bank chief Ben Bernanke`. No such mention, no
    /// guess: `the official said` stays anonymous.
    pub(super) fn described(&self, block: usize, pos: usize, r: Run) -> Option<usize> {
        let title = self.run_lower(block, r)?;
        let short = title_short(&title);
        // `the 45-year-old` is the person given that age: `Roe, 45,` or
        // `a 45-year-old, Roe`.
        let years = cues::age(&title);
        self.index
            .recent_before(block, pos)
            .filter(|(e, _)| {
                self.drafts
                    .get(*e)
                    .is_some_and(|d| d.kind == EntityKind::Person)
            })
            .take(30)
            .find(|(_, at)| {
                let text = self.blocks.get(at.block).map_or("", |b| b.text.as_str());
                let from = floor_boundary(text, at.start.saturating_sub(48));
                let to = floor_boundary(text, at.end.saturating_add(48));
                let before = text.get(from..at.start).unwrap_or("");
                let after = text.get(at.end..to).unwrap_or("");
                if let Some(n) = years {
                    let aged = after
                        .strip_prefix(", ")
                        .and_then(|a| a.strip_prefix(n))
                        .is_some_and(|a| a.starts_with(','));
                    return aged || names::titled(before, after, &title);
                }
                [Some(title.as_str()), short]
                    .into_iter()
                    .flatten()
                    .any(|w| names::titled(before, after, w))
            })
            .map(|(e, _)| e)
    }

    /// The words of `r` in `block`, lowercased: a description's title.
    pub(super) fn run_lower(&self, block: usize, r: Run) -> Option<String> {
        let text = self.blocks.get(block)?.text.get(r.start..r.end)?;
        Some(text.to_ascii_lowercase())
    }
}

/// The short form a title takes before a name (`Sen. Jane Roe` for `the
/// senator`), without its dot.
pub(super) fn title_short(title: &str) -> Option<&'static str> {
    match title {
        "senator" => Some("sen"),
        "representative" => Some("rep"),
        "governor" => Some("gov"),
        "general" => Some("gen"),
        "professor" => Some("prof"),
        "doctor" => Some("dr"),
        _ => None,
    }
}
