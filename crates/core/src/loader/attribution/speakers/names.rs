//! Cutting a speaker's name out of a capitalized run when the entity
//! finder has no mention there.

use super::super::cues::Run;
use super::super::tokens::{strip_possessive, tokenize};
use super::super::verbs;

/// The name inside a run: titles and descriptors before it dropped
/// (`Foreign Minister Sergei Lavrov`), cut after an organisation's last word
/// (`Fort Pitt Capital Group Charlie Smith`), and long label runs cut to
/// their last two or three words.
/// A run right after `of` or `for` is the end of a title phrase (`Secretary
/// for Acquisition Marvin Sambur`), so three words are cut to two as well.
pub fn trim_name(text: &str, r: Run, after_function: bool) -> Option<(usize, usize)> {
    let toks = tokenize(text, r.start, r.end);
    let words: Vec<_> = toks.iter().filter(|t| t.word).collect();
    let mut first = 0;
    while first + 1 < words.len() && words.get(first).is_some_and(|w| verbs::title(w.text)) {
        first += 1;
    }
    if let Some(k) = words.iter().rposition(|t| verbs::org_suffix(t.text)) {
        if k + 1 < words.len() && k + 1 > first {
            first = k + 1;
        }
    }
    let kept = words.get(first..)?;
    let n = kept.len();
    let long = if after_function { 2 } else { 3 };
    let keep = if n > long {
        let before_last = kept.get(n - 2)?;
        if before_last.text.ends_with('.') || verbs::particle(before_last.text) {
            3.min(n)
        } else {
            2
        }
    } else {
        n
    };
    let a = kept.get(n.checked_sub(keep)?)?;
    let b = kept.last()?;
    let end = a.start + strip_possessive(text.get(a.start..b.end)?).len();
    (end > a.start).then_some((a.start, end))
}

/// Whether `title` (lowercase) is attached to the name between `before`
/// and `after`: `bishop Daniel Roe`, `Daniel Roe, the bishop of X`.
/// Only a few plain words may come between, never a preposition or a
/// sentence end, so the names inside `bishop of the Diocese of X` are not
/// the bishop.
pub fn titled(before_cased: &str, after: &str, title: &str) -> bool {
    let before = before_cased.to_ascii_lowercase();
    let after = after.to_ascii_lowercase();
    let close = |gap: &str| {
        !gap.contains(['.', ';', '(', ')'])
            && gap
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .try_fold(0usize, |n, w| {
                    (!verbs::clause_word(w) && n < 3).then_some(n + 1)
                })
                .is_some()
    };
    let at_word = |text: &str, i: usize| {
        let pre = text.get(..i).and_then(|t| t.chars().next_back());
        let post = text.get(i + title.len()..).and_then(|t| t.chars().next());
        !pre.is_some_and(char::is_alphabetic) && !post.is_some_and(char::is_alphabetic)
    };
    let after_ok = after
        .match_indices(title)
        .find(|(i, _)| at_word(&after, *i))
        .is_some_and(|(i, _)| {
            let gap = after.get(..i).unwrap_or("");
            (gap.trim().is_empty() || gap.trim_start().starts_with(',')) && close(gap)
        });
    // Before the name, the title stands right beside it (`bishop Roe`,
    // `the bishop, Roe`).
    let before_ok = before
        .rmatch_indices(title)
        .find(|(i, _)| at_word(&before, *i))
        .is_some_and(|(i, _)| {
            // An abbreviated title keeps its period (`Sen. Roe`); a title
            // may take its place name (`President of Chile Ana Ruiz`) when
            // that name runs straight into the person's.
            let gap = before_cased.get(i + title.len()..).unwrap_or("");
            let gap = gap.trim_start_matches('.');
            let words: Vec<&str> = gap.split_whitespace().collect();
            let place_named = words.first().is_some_and(|w| *w == "of")
                && words
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                && words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || verbs::function_word(w));
            place_named || gap.chars().all(|c| c.is_whitespace() || c == ',')
        });
    after_ok || before_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(t: &str) -> &str {
        let (s, e) = trim_name(
            t,
            Run {
                start: 0,
                end: t.len(),
            },
            false,
        )
        .unwrap();
        &t[s..e]
    }

    #[test]
    fn runs_after_of_or_for_lose_the_title_word() {
        let t = "Acquisition Marvin Sambur";
        let (s, e) = trim_name(
            t,
            Run {
                start: 0,
                end: t.len(),
            },
            true,
        )
        .unwrap();
        assert_eq!(&t[s..e], "Marvin Sambur");
        let (s, e) = trim_name("Mark P. Barry", Run { start: 0, end: 13 }, true).unwrap();
        assert_eq!(&"Mark P. Barry"[s..e], "Mark P. Barry");
    }

    #[test]
    fn names_are_trimmed_of_titles_and_labels() {
        assert_eq!(trimmed("Foreign Minister Sergei Lavrov"), "Sergei Lavrov");
        assert_eq!(trimmed("American Klinger"), "Klinger");
        assert_eq!(trimmed("Mark P. Barry"), "Mark P. Barry");
        assert_eq!(
            trimmed("Fort Pitt Capital Group Charlie Smith"),
            "Charlie Smith"
        );
        assert_eq!(trimmed("South Korean President Moon Jae-in"), "Moon Jae-in");
        assert_eq!(trimmed("Air Force Communications Bill Bodie"), "Bill Bodie");
        assert_eq!(trimmed("Ludwig van Beethoven"), "Ludwig van Beethoven");
        assert_eq!(trimmed("Kim’s"), "Kim");
    }

    #[test]
    fn a_title_belongs_to_the_name_it_stands_beside() {
        assert!(titled("", ", the retired bishop of x", "bishop"));
        assert!(titled("the new Bishop ", " said", "bishop"));
        assert!(titled("then President of Chile ", " said", "president"));
        assert!(titled("the bishop, ", " said", "bishop"));
        assert!(titled("ex-chief ", ".", "chief"));
        // The place after `bishop of the diocese of` is no bishop.
        assert!(!titled(
            "roe, bishop of the diocese of ",
            ", in peru",
            "bishop"
        ));
        assert!(!titled("", " met the bishop", "bishop"));
        assert!(!titled("the bishop. then ", "", "bishop"));
    }
}
