//! Whose handle credits a quoted tweet, when the paragraph before names who
//! posted it: `Jane Roe, a reporter, tweeted:` or `…, tweeted by blogger
//! Jane Roe:`, then `@jroe: …`. Blogs and roundups quote tweets this way,
//! so the handle is the named poster's other name. Only one poster may be
//! named: with two (`Roe and Doe summarized:`) which handle is whose is a
//! guess, and a paragraph naming the person the tweet is about (`Roe
//! refused to answer:`) names no poster at all.

use super::super::super::kinds::Hint;
use super::super::words::NAME_WORDS;
use super::super::Mention;
use crate::article::EntityKind;

/// Words a poster's description may run to before the verb: `Jane Roe,
/// a reporter for the Daily Star, tweeted:`.
const MAX_GAP_WORDS: usize = 12;

/// Whitespace and the invisible direction marks pasted with a tweet.
pub(super) fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{feff}' | '\u{200b}')
}

/// A mention that could be a poster: a name of the block, not a handle or
/// an alias, and nothing that says it is a place or a body.
fn could_post(m: &Mention, b: usize) -> bool {
    m.block == b
        && m.alias_of.is_none()
        && !m.surface.starts_with('@')
        && !(m.hint.strength > 0 && poster_excluded(m.hint))
}

fn poster_excluded(h: Hint) -> bool {
    matches!(h.kind, EntityKind::Place | EntityKind::Organization) || h.place.is_some()
}

/// The mention (index into `out`) of the one poster block `b`, whose text
/// is `text`, names in its last sentence when it ends in a colon.
pub(super) fn introduced(text: &str, b: usize, out: &[Mention]) -> Option<usize> {
    let body = text.trim_end_matches(is_blank).strip_suffix(':')?;
    let body = body.trim_end_matches(is_blank);
    let start = [". ", "? ", "! "]
        .iter()
        .filter_map(|p| body.rfind(p).map(|i| i + p.len()))
        .max()
        .unwrap_or(0);
    let sentence = body.get(start..)?;
    let in_sentence = |m: &&Mention| m.start >= start && m.end <= body.len();
    let names: Vec<(usize, &Mention)> = out
        .iter()
        .enumerate()
        .filter(|(_, m)| could_post(m, b) && in_sentence(m))
        .collect();
    posted_by(body, start, sentence, &names).or_else(|| subject_posted(body, &names))
}

/// `… tweeted by Egyptian blogger Jane Roe:`: the name closing the
/// sentence after a posting verb and `by`, with no second name beside it.
fn posted_by(
    body: &str,
    start: usize,
    sentence: &str,
    names: &[(usize, &Mention)],
) -> Option<usize> {
    let &(i, last) = names.last()?;
    let by = sentence.rfind(" by ")? + start;
    let verb = body.get(..by)?.rsplit(' ').next()?;
    let between = body.get(by + 4..last.start)?;
    (last.end == body.len()
        && NAME_WORDS.posting.contains(verb)
        && !between.contains(',')
        && !between.contains(" and "))
    .then_some(i)
}

/// `Jane Roe, a reporter for the Star, tweeted her disappointment:`: the
/// first name of the sentence, then a posting verb with no other name that
/// could post between them.
fn subject_posted(body: &str, names: &[(usize, &Mention)]) -> Option<usize> {
    let &(i, first) = names.first()?;
    let rest = body.get(first.end..)?;
    if rest.starts_with(" and ") || rest.starts_with(" or ") || rest.starts_with(" & ") {
        return None;
    }
    let mut offset = first.end;
    for (n, word) in rest.split(' ').enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if NAME_WORDS.posting.contains(bare) {
            let other = names
                .iter()
                .skip(1)
                .any(|(_, m)| m.start < offset && m.start >= first.end);
            return (!other).then_some(i);
        }
        if n > MAX_GAP_WORDS || word.contains(['.', ';', ':']) {
            return None;
        }
        offset += word.len() + 1;
    }
    None
}

/// Whether an earlier credit already gave this handle to another name:
/// one handle joining two people would merge them.
pub(super) fn claimed(surface: &str, owner: usize, out: &[Mention]) -> bool {
    let key = |i: usize| out.get(i).map(|m| m.key.as_str());
    out.iter()
        .any(|m| m.surface == surface && m.alias_of.is_some_and(|t| key(t) != key(owner)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::KindRule;

    /// The poster `introduced` names in `text`, given the names found in
    /// it as (surface, kind).
    fn poster(text: &str, names: &[(&str, EntityKind)]) -> Option<String> {
        let out: Vec<Mention> = names
            .iter()
            .map(|&(name, kind)| {
                let start = text.find(name).unwrap_or(0);
                Mention {
                    block: 0,
                    start,
                    end: start + name.len(),
                    key: name.to_lowercase(),
                    surface: name.to_string(),
                    hint: Hint::new(kind, 2, KindRule::ShapeOnly),
                    heading: false,
                    alias_of: None,
                }
            })
            .collect();
        introduced(text, 0, &out)
            .and_then(|i| out.get(i))
            .map(|m| m.surface.clone())
    }

    use EntityKind::{Organization as Org, Person, Place};

    #[test]
    fn the_subject_who_posted() {
        assert_eq!(
            poster(
                "It rained. Kiri Tamsa, a reporter, tweeted sarcastically:",
                &[("Kiri Tamsa", Person)]
            ),
            Some("Kiri Tamsa".into())
        );
        assert_eq!(
            poster(
                "Zorb Alik reporter and editor of the Lagos Star tweeted:",
                &[("Zorb Alik", Person), ("Lagos Star", Org)]
            ),
            Some("Zorb Alik".into())
        );
        // A body named first is no poster; the user after it is.
        assert_eq!(
            poster(
                "Twitter user The Zed summarized it:",
                &[("Twitter", Org), ("Zed", Person)]
            ),
            Some("Zed".into())
        );
    }

    #[test]
    fn the_poster_after_by() {
        assert_eq!(
            poster(
                "Yet Alik had a reply, tweeted by Lagosian blogger Kiri Tamsa:",
                &[
                    ("Alik", Person),
                    ("Lagosian", Place),
                    ("Kiri Tamsa", Person)
                ]
            ),
            Some("Kiri Tamsa".into())
        );
    }

    #[test]
    fn no_poster_when_two_or_none_are_named() {
        assert_eq!(
            poster(
                "Kiri Tamsa and Zorb Alik summarized it:",
                &[("Kiri Tamsa", Person), ("Zorb Alik", Person)]
            ),
            None
        );
        assert_eq!(
            poster(
                "It was tweeted by Kiri Tamsa, and Zorb Alik:",
                &[("Kiri Tamsa", Person), ("Zorb Alik", Person)]
            ),
            None
        );
        // The paragraph names whom the tweet is about, not who posted it.
        assert_eq!(
            poster(
                "Alik refused to answer whether he agreed:",
                &[("Alik", Person)]
            ),
            None
        );
        // No colon: the next paragraph is no post it introduces.
        assert_eq!(
            poster("Kiri Tamsa tweeted.", &[("Kiri Tamsa", Person)]),
            None
        );
        // Another name that could post stands between name and verb.
        assert_eq!(
            poster(
                "Kiri Tamsa met Zorb Alik, who tweeted:",
                &[("Kiri Tamsa", Person), ("Zorb Alik", Person)]
            ),
            None
        );
    }
}
