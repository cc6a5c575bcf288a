//! Mentions → entities. Mentions of one gazetteer place (`US`, `U.S.`,
//! `American`) share an entity; other mentions group by their words
//! (initials aside, so `Mark Barry` is `Mark P. Barry`). A shorter person
//! name then joins the longer one it begins or ends (`Putin` → `Vladimir
//! Putin`, `Moon` → `Moon Jae-in`); when several fit (`Kim`), the most
//! salient wins: introduced before the mention, most named in full, first.

use super::super::EntityDraft;
use super::kinds::Hint;
use super::lexicon::FxMap;
use super::names::Mention;
use super::tokens::is_acronym;
use crate::article::{EntityKind, KindRule};

mod core;
mod drafts;
mod parenthesised;

use self::core::{core_key, is_affix, Core};
use self::drafts::build_drafts;
use self::parenthesised::merge_parenthesised;

struct Group {
    /// Words used to match aliases (initials and suffixes left out), one
    /// string with single spaces: one allocation instead of one per word.
    core: String,
    /// How many mentions it has, and the first of them: which mentions
    /// they are is `mention_group`'s to say, one vector for the article
    /// where a list per group cost an allocation for every name.
    count: usize,
    first_mention: Option<usize>,
    hint: Hint,
    /// Where it is first named in the body (headings don't introduce).
    first: Option<(usize, usize)>,
    /// Named in full in the body this many times.
    body_count: usize,
    /// Merged into another group.
    parent: Option<usize>,
    /// Some mention is written in capitals (`UN`): never a surname.
    acronym: bool,
    /// Some mention is written as a person acts (`Amman said`).
    acts: bool,
}

fn stronger(a: Hint, b: Hint) -> Hint {
    if b.strength > a.strength {
        b
    } else {
        a
    }
}

/// The entities, and beside each the rule that decided its kind.
/// The mentions' surfaces move into the entities' names and aliases.
pub fn resolve(mentions: &mut [Mention]) -> (Vec<EntityDraft>, Vec<KindRule>) {
    let n = mentions.len();
    let mut groups: Vec<Group> = Vec::with_capacity(n);
    let mut by_key: FxMap<String, usize> = FxMap::with_capacity_and_hasher(n, Default::default());
    let mut by_place: FxMap<&'static str, usize> = FxMap::default();
    let mut by_form: FxMap<&str, usize> = FxMap::with_capacity_and_hasher(n, Default::default());
    let mut mention_group: Vec<Option<usize>> = vec![None; n];
    for (i, m) in mentions.iter().enumerate() {
        let new_group = |groups: &mut Vec<Group>, core: String| {
            groups.push(Group {
                core,
                count: 0,
                first_mention: None,
                hint: m.hint,
                first: None,
                body_count: 0,
                parent: None,
                acronym: false,
                acts: false,
            });
            groups.len() - 1
        };
        let g = match m.hint.place {
            Some(canon) => *by_place
                .entry(canon)
                // A place's core is never matched: gazetteer places
                // merge by their canonical name alone.
                .or_insert_with(|| new_group(&mut groups, String::new())),
            // Most mentions repeat a form already seen: find its group by
            // the borrowed key before building the alias key.
            None => match by_form.get(m.key.as_str()) {
                Some(&g) => g,
                None => {
                    let key = core_key(&m.key);
                    if key.is_empty() {
                        continue;
                    }
                    let g = match by_key.get(&key) {
                        Some(&g) => g,
                        None => {
                            // The core moves in from `by_key` once grouping is done.
                            let g = new_group(&mut groups, String::new());
                            by_key.insert(key, g);
                            g
                        }
                    };
                    by_form.insert(m.key.as_str(), g);
                    g
                }
            },
        };
        let Some(group) = groups.get_mut(g) else {
            continue;
        };
        group.count += 1;
        group.first_mention.get_or_insert(i);
        if let Some(slot) = mention_group.get_mut(i) {
            *slot = Some(g);
        }
        group.hint = stronger(group.hint, m.hint);
        group.acronym |= is_acronym(&m.surface);
        group.acts |= m.hint.acts;
        if !m.heading {
            group.body_count += 1;
            let pos = (m.block, m.start);
            group.first = Some(group.first.map_or(pos, |f| f.min(pos)));
        }
    }
    for (key, g) in by_key {
        if let Some(group) = groups.get_mut(g) {
            group.core = key;
        }
    }
    // A place written only as one word may be a surname (`Amman said`
    // after `Sudesh Amman`): give it that word as its core so it can join
    // a person.
    for (i, m) in mentions.iter().enumerate() {
        let Some(Some(g)) = mention_group.get(i).copied() else {
            continue;
        };
        if let Some(group) = groups.get_mut(g) {
            if group.hint.place.is_some() && !m.key.contains(' ') && !m.hint.demonym {
                // Written two ways already: nothing more can change.
                if group.core == " " {
                    continue;
                }
                let key = core_key(&m.key);
                if group.core.is_empty() && group.first_mention == Some(i) {
                    group.core = key;
                } else if group.core != key && group.core != " " {
                    // Written two ways (`Amman`, `Amman City`): no surname.
                    group.core = String::from(" ");
                }
            } else if group.hint.place.is_some() && group.core != " " {
                group.core = String::from(" ");
            }
        }
    }
    merge_parenthesised(mentions, &mention_group, &mut groups);
    merge_short_names(&mut groups);
    build_drafts(mentions, &mention_group, &groups)
}

/// Follow `parent` links to the group a group ended up in.
fn root(groups: &[Group], mut g: usize) -> usize {
    for _ in 0..groups.len() {
        crate::loader::work::tick(1);
        match groups.get(g).and_then(|x| x.parent) {
            Some(p) => g = p,
            None => break,
        }
    }
    g
}

/// Introduced before the short form, named in full most, named first.
type Salience = (bool, usize, std::cmp::Reverse<(usize, usize)>, usize);

/// Shorter names join the longer names they begin or end.
fn merge_short_names(groups: &mut [Group]) {
    // Candidates share the first or last word: index them so the search
    // stays linear in practice.
    let texts: Vec<String> = groups
        .iter_mut()
        .map(|g| std::mem::take(&mut g.core))
        .collect();
    let cores: Vec<Core> = texts.iter().map(|t| Core::new(t)).collect();
    let n = groups.len();
    // Each word's groups as a chain through `next_*` from the map's head,
    // so indexing allocates two vectors, not two per group.
    let mut by_first: FxMap<&str, usize> = FxMap::with_capacity_and_hasher(n, Default::default());
    let mut by_last: FxMap<&str, usize> = FxMap::with_capacity_and_hasher(n, Default::default());
    let mut next_first: Vec<Option<usize>> = vec![None; n];
    let mut next_last: Vec<Option<usize>> = vec![None; n];
    for (h, core) in cores.iter().enumerate() {
        if let Some(slot) = next_first.get_mut(h) {
            *slot = by_first.insert(core.first(), h);
        }
        if let Some(slot) = next_last.get_mut(h) {
            *slot = by_last.insert(core.last(), h);
        }
    }

    let no_core = Core::new("");
    let core_of = |g: usize| cores.get(g).copied().unwrap_or(no_core);
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(core_of(g).words));
    for &g in &order {
        let Some(short) = groups.get(g) else { continue };
        if short.parent.is_some() {
            continue;
        }
        // A gazetteer place or a known company (`Amman`, `Bloomberg`) that
        // is the surname of a person named in full before it is that
        // person; an org cue (`Bloomberg News`) makes another key.
        // A place needs a sign it acts as a person (`Community of Madrid`
        // after `Caja Madrid` stays the city).
        let lexical = ((short.hint.place.is_some() && short.acts)
            || (short.hint.kind == EntityKind::Organization && short.hint.strength >= 3))
            && !short.acronym;
        let short_core = core_of(g);
        if lexical && (short_core.words != 1 || short_core.first().trim().is_empty()) {
            continue;
        }
        let person_like =
            !lexical && (short.hint.kind == EntityKind::Person || short.hint.strength <= 1);
        let mut best: Option<Salience> = None;
        let (f, l) = (short_core.first(), short_core.last());
        let candidates =
            chain(by_first.get(f), &next_first).chain(chain(by_last.get(l), &next_last));
        for h in candidates {
            crate::loader::work::tick(1);
            let Some(long) = groups.get(h) else { continue };
            if h == g || long.parent.is_some() || long.body_count == 0 {
                continue;
            }
            let is_person = long.hint.kind == EntityKind::Person && long.hint.place.is_none();
            let fits = if lexical {
                let introduced = match (long.first, short.first) {
                    (Some(l), Some(s)) => l < s,
                    _ => false,
                };
                // `the Parliament's decision` after `the Parliament of
                // Iraq`: a known body's bare name is the one named in full.
                let same_body = short.hint.kind == EntityKind::Organization
                    && long.hint.kind == EntityKind::Organization
                    && long.hint.place.is_none()
                    && core_of(h).words > short_core.words
                    && core_of(h).starts_with(short_core);
                introduced
                    && (same_body
                        || (is_person
                            && core_of(h).words >= 2
                            && core_of(h).last() == short_core.first()))
            } else if is_person {
                person_like && is_affix(short_core, core_of(h))
            } else {
                // `Dow Jones` → `Dow Jones Industrial Average`; a party
                // member's word → its party (`Republican` → `Republican
                // Party`).
                let member = short.hint.kind == EntityKind::Other
                    && short_core.words == 1
                    && long.hint.kind == EntityKind::Organization;
                (short.hint.strength <= 1 || member)
                    && long.hint.strength >= 3
                    && long.hint.place.is_none()
                    && short_core.words < core_of(h).words
                    && core_of(h).starts_with(short_core)
            };
            if !fits {
                continue;
            }
            let before = match (long.first, short.first) {
                (Some(l), Some(s)) => l <= s,
                (Some(_), None) => true,
                _ => false,
            };
            let first = long.first.unwrap_or((usize::MAX, usize::MAX));
            let score = (before, long.body_count, std::cmp::Reverse(first), h);
            if best.is_none_or(|b| score > b) {
                best = Some(score);
            }
        }
        if let Some((_, _, _, h)) = best {
            let (count, first, hint) = (short.body_count, short.first, short.hint);
            if let Some(x) = groups.get_mut(g) {
                x.parent = Some(h);
            }
            // The full name now also stands for the merged form, so its
            // salience for still shorter forms grows with it, and what the
            // short form shows (`Khan said`) is evidence for the person.
            if let Some(x) = groups.get_mut(h) {
                if hint.kind == EntityKind::Person
                    && x.hint.kind == EntityKind::Person
                    && hint.strength > x.hint.strength
                {
                    x.hint = Hint {
                        doubtful: x.hint.doubtful,
                        ..hint
                    };
                }
                x.body_count += count;
                x.first = match (x.first, first) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
        }
    }
}

/// The groups chained from `head` through `next`.
fn chain<'n>(head: Option<&usize>, next: &'n [Option<usize>]) -> impl Iterator<Item = usize> + 'n {
    std::iter::successors(head.copied(), move |&h| next.get(h).copied().flatten())
}
