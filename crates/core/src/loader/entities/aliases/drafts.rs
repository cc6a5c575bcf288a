//! Groups → entities: each root group's mentions in reading order, its
//! name (the fullest form written) and its other spellings as aliases.

use super::super::super::{ByteSpan, EntityDraft};
use super::super::kinds::Hint;
use super::super::lexicon::FxMap;
use super::super::names::Mention;
use super::{root, Group};
use crate::article::{EntityKind, KindRule};

/// Each entity's name and aliases are moved out of its mentions'
/// surfaces, not copied: every mention is in one root's list, so no
/// surface is wanted twice, and the mentions are not read after.
pub(super) fn build_drafts(
    mentions: &mut [Mention],
    mention_group: &[Option<usize>],
    groups: &[Group],
) -> (Vec<EntityDraft>, Vec<KindRule>) {
    // Each root's mentions, group by group and each group's in reading
    // order, in one vector (root `r`'s at `ends[r - 1]..ends[r]`).
    let roots: Vec<usize> = (0..groups.len()).map(|g| root(groups, g)).collect();
    let mut ends = vec![0; groups.len()];
    for (group, &r) in groups.iter().zip(&roots) {
        if let Some(n) = ends.get_mut(r) {
            *n += group.count;
        }
    }
    let mut total = 0;
    for n in ends.iter_mut() {
        total += *n;
        *n = total;
    }
    // Where each group's next mention goes: after its root's earlier
    // groups' mentions.
    let mut next: Vec<usize> = (0..groups.len())
        .map(|r| {
            r.checked_sub(1)
                .and_then(|p| ends.get(p))
                .copied()
                .unwrap_or(0)
        })
        .collect();
    let mut at = vec![0; groups.len()];
    for ((group, &r), slot) in groups.iter().zip(&roots).zip(at.iter_mut()) {
        if let Some(n) = next.get_mut(r) {
            *slot = *n;
            *n += group.count;
        }
    }
    let mut members = vec![0; total];
    for (i, g) in mention_group.iter().enumerate() {
        let Some(at) = g.and_then(|g| at.get_mut(g)) else {
            continue;
        };
        if let Some(slot) = members.get_mut(*at) {
            *slot = i;
        }
        *at += 1;
    }
    let mut drafts = Vec::with_capacity(groups.len());
    let mut rules = Vec::with_capacity(groups.len());
    for (r, group) in groups.iter().enumerate() {
        let start = r
            .checked_sub(1)
            .and_then(|p| ends.get(p))
            .copied()
            .unwrap_or(0);
        let end = ends.get(r).copied().unwrap_or(start);
        let Some(list) = members.get_mut(start..end) else {
            continue;
        };
        if list.is_empty() || group.parent.is_some() {
            continue;
        }
        // A heading word nothing in the body backs up is no entity, nor is
        // a common-looking capitalized word that named nobody.
        if (group.body_count == 0 && group.hint.strength < 3) || group.hint.doubtful {
            continue;
        }
        list.sort_by_key(|&i| mentions.get(i).map(|m| (m.block, m.start)));
        let picked = pick_name(group, mentions, list);
        let name = match picked {
            Name::Mention(i) => mentions
                .get_mut(i)
                .map(|m| std::mem::take(&mut m.surface))
                .unwrap_or_default(),
            Name::Place(place) => place.to_string(),
            Name::Nothing => String::new(),
        };
        let mut aliases: Vec<String> = Vec::new();
        for &i in list.iter() {
            // The named mention's surface has moved into `name`.
            if picked == Name::Mention(i) {
                continue;
            }
            let Some(m) = mentions.get_mut(i) else {
                continue;
            };
            if m.surface != name && !aliases.contains(&m.surface) {
                aliases.push(std::mem::take(&mut m.surface));
            }
        }
        rules.push(group.hint.rule);
        // Capitals alone name no one: a person needs some evidence (a
        // first name, a title, a role, a verb only people use), else the
        // name is listed as something else.
        let kind = match group.hint {
            Hint {
                kind: EntityKind::Person,
                strength: 0,
                ..
            } => EntityKind::Other,
            h => h.kind,
        };
        drafts.push(EntityDraft {
            name,
            kind,
            aliases,
            positions: list
                .iter()
                .filter_map(|&i| mentions.get(i))
                .map(|m| ByteSpan {
                    block: m.block,
                    start: m.start,
                    end: m.end,
                })
                .collect(),
        });
    }
    (drafts, rules)
}

/// Where an entity's name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Name {
    /// The surface of this mention.
    Mention(usize),
    /// The gazetteer's name of a place written only as a demonym.
    Place(&'static str),
    /// No name: every mention a demonym of no known place.
    Nothing,
}

/// The fullest form that is no handle: most words, then most used, then
/// first; for a place, the longest form written (a demonym only if nothing
/// else was). `list` holds the entity's mentions in reading order.
fn pick_name(group: &Group, mentions: &[Mention], list: &[usize]) -> Name {
    let ms = || list.iter().filter_map(|&i| mentions.get(i).map(|m| (i, m)));
    let mut candidates = ms().filter(|(_, m)| !m.hint.demonym);
    // One candidate (most names are written once) needs no counting.
    match (candidates.next(), candidates.next()) {
        (None, _) => return group.hint.place.map_or(Name::Nothing, Name::Place),
        (Some((only, _)), None) => return Name::Mention(only),
        _ => {}
    }
    // Sized for every mention at once: grown from nothing, the map was
    // rehashed a few times for a name written often.
    let mut counts: FxMap<&str, usize> =
        FxMap::with_capacity_and_hasher(list.len(), Default::default());
    for (_, m) in ms() {
        *counts.entry(m.surface.as_str()).or_default() += 1;
    }
    let count = |s: &str| counts.get(s).copied().unwrap_or(0);
    let best = ms()
        .filter(|(_, m)| !m.hint.demonym)
        .enumerate()
        .max_by_key(|(k, (_, m))| {
            let long = if group.hint.place.is_some() {
                m.surface.chars().count()
            } else {
                // The key's words are single-spaced: count the spaces.
                m.key.bytes().filter(|&b| b == b' ').count() + 1
            };
            // A display name before its handle (`Toret`, `@Toret`).
            let handle = m.surface.starts_with('@');
            (!handle, long, count(&m.surface), std::cmp::Reverse(*k))
        });
    best.map_or(Name::Nothing, |(_, (i, _))| Name::Mention(i))
}
