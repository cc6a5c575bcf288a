//! A second name written in brackets or beside a handle (`Dow Jones
//! Industrial Average (DJIA)`, `Jane Roe (@janeroe)`): one entity, whose
//! kind weighs the name's own evidence against the handle's.

use super::{root, stronger, Group, Hint, Mention};

/// `(DJIA)` after `Dow Jones Industrial Average` is another name for it.
pub(super) fn merge_parenthesised(
    mentions: &[Mention],
    mention_group: &[Option<usize>],
    groups: &mut [Group],
) {
    let group_of = |i: usize| mention_group.get(i).copied().flatten();
    for (i, m) in mentions.iter().enumerate() {
        let Some(target) = m.alias_of else { continue };
        let (Some(a), Some(t)) = (group_of(i), group_of(target)) else {
            continue;
        };
        let (a, t) = (root(groups, a), root(groups, t));
        if a != t && groups.get(t).is_some_and(|g| g.hint.place.is_none()) {
            let handle = m.surface.starts_with('@');
            let Some(g) = groups.get_mut(a) else { continue };
            g.parent = Some(t);
            let alias_hint = g.hint;
            if let Some(g) = groups.get_mut(t).filter(|_| handle) {
                g.hint = with_handle(g.hint, alias_hint);
            }
        }
    }
}

/// The kind of a display name merged with its handle: what the name's own
/// words say (`Renta Básica`, a body) outweighs the handle; a name nothing
/// explains, or a person's, takes the handle's evidence.
fn with_handle(name: Hint, handle: Hint) -> Hint {
    let unexplained = name.strength == 0 || name.doubtful;
    if !unexplained && name.kind != handle.kind {
        return name;
    }
    Hint {
        doubtful: false,
        ..stronger(name, handle)
    }
}
