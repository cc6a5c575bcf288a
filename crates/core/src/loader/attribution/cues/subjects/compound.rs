//! A subject of two names joined by `and` (`Jane Roe and Tom Hale said`):
//! they spoke together, so the name nearest the verb alone did not.

use super::name_like;
use crate::loader::attribution::tokens::Tok;

/// `Jane Roe and Tom Hale said`: two people as one subject, so neither
/// alone said it.
pub fn compound(toks: &[Tok], start: usize) -> bool {
    let Some(k) = toks.iter().position(|t| t.start == start) else {
        return false;
    };
    k >= 2
        && toks.get(k - 1).is_some_and(|t| t.is("and") || t.punct('&'))
        && toks.get(k - 2).is_some_and(name_like)
}
