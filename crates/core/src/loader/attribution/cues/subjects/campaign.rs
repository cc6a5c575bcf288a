//! A campaign as the subject of a speech verb: `Roe’s campaign said`, `the
//! Roe campaign said` (the candidate's name) and `the campaign said` (the
//! noun, resolved to the latest candidate the text gave a campaign).

use super::{name_like, possessive, run, run_back};
use crate::loader::attribution::cues::Subject;
use crate::loader::attribution::tokens::Tok;

/// `Roe’s campaign said`, `the Roe campaign said` (the run is Roe's name)
/// and `the campaign said` (the run is the noun), with `campaign` at `e`.
pub(super) fn campaign_before(toks: &[Tok], e: usize) -> Option<Subject> {
    if !toks
        .get(e)
        .is_some_and(|t| t.is("campaign") && !t.capitalized())
    {
        return None;
    }
    let prev = toks.get(e.checked_sub(1)?)?;
    if prev.is("the") {
        return run(toks, e, e).map(Subject::Campaign);
    }
    if !name_like(prev) {
        return None;
    }
    let r = run_back(toks, e - 1)?;
    let first = toks.iter().position(|t| t.start == r.start)?;
    let the = first
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.is("the"));
    (possessive(prev) || the).then_some(Subject::Campaign(r))
}
