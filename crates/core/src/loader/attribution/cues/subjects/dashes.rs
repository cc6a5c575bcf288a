//! An appositive set off by dashes before the verb, as commas would set it
//! off: `Jane Roe -- a former candidate -- said`, or the name inside the
//! dashes after its description: `A former candidate -- Jane Roe, who lost
//! in 2008 -- said`.

use super::{name_like, run_back, run_forward, Subject};
use crate::loader::attribution::tokens::Tok;

/// How far back the opening dash is looked for.
const REACH: usize = 24;

/// A dash standing as its own token: `—`, `–` or a run of hyphens.
fn dash(t: &Tok) -> bool {
    t.punct('—') || t.punct('–') || (t.text.len() >= 2 && t.text.bytes().all(|b| b == b'-'))
}

/// The subject when the token before `j` closes a dashed appositive.
pub fn before(toks: &[Tok], j: usize) -> Option<Subject> {
    let close = j.checked_sub(1)?;
    if !toks.get(close).is_some_and(dash) {
        return None;
    }
    let open = (close.saturating_sub(REACH)..close)
        .rev()
        .find(|&k| toks.get(k).is_some_and(dash))?;
    // The name right inside the dashes, ending the appositive or followed
    // by a clause of its own (`Jane Roe, who lost in 2008`).
    let inside = open + 1;
    if toks.get(inside).is_some_and(name_like) {
        if let Some((r, after)) = run_forward(toks, inside) {
            let ends = after == close || toks.get(after).is_some_and(|t| t.punct(','));
            if ends {
                return Some(Subject::Name(r));
            }
        }
    }
    // The name before the dashes.
    let before = open.checked_sub(1)?;
    toks.get(before)
        .filter(|t| name_like(t))
        .and_then(|_| run_back(toks, before))
        .map(Subject::Name)
}
