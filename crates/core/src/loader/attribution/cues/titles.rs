//! Quotes that are titles or terms rather than anyone's words: a work
//! after a preposition or its owner's name (`ABC’s “Good Morning
//! America”`), a Title Case work or slogan inside prose, a term held up by
//! name (`the hashtag “…”`) or made the subject of its clause.

use super::Tok;
use crate::loader::attribution::verbs::{self, LISTS};
use crate::loader::attribution::wordcount::more_words_than;

/// A title rather than speech: `a post called “…”`, `titled “…”`, or a
/// term held up by name: `the hashtag “…”`, `its designation “…”`.
pub fn title_before(toks: &[Tok]) -> bool {
    toks.last()
        .is_some_and(|t| t.word && (verbs::title_introducer(t.text) || verbs::naming_noun(t.text)))
}

/// A work's title after a preposition: `starred in “The Long Night”`,
/// `a chapter of “War and Peace”`, or after its owner's name: `ABC’s
/// “Good Morning America”`, `NBC's “Meet the Press,”`. Title
/// case, short, and no sentence end of its own, but for the full stop US
/// style puts inside the marks at the end of a sentence (`told CNN’s “New
/// Day.”`), taken only on a title of four words at most.
pub fn work_title(content: &str, left: &[Tok]) -> bool {
    let last = left.last();
    let after_preposition =
        last.is_some_and(|t| t.word && !t.capitalized() && verbs::clause_word(t.text));
    // `Fox News’ “…”`: the tokens lose a plural's bare apostrophe, and a
    // capitalized plural alone is no owner, so only `’s` counts.
    let after_owner =
        last.is_some_and(|t| t.capitalized() && ["’s", "'s"].iter().any(|p| t.text.ends_with(p)));
    // `his book, “An American Son.”`, `the show “Morning Joe”`: a work
    // named right after the noun for it.
    let noun = match last {
        Some(t) if t.punct(',') => left.len().checked_sub(2).and_then(|k| left.get(k)),
        t => t,
    };
    let after_work = noun.is_some_and(|t| t.word && !t.capitalized() && verbs::work_noun(t.text));
    // Settled by the word before the quote nearly always: only then is the
    // whole quote split into words.
    if !after_preposition && !after_owner && !after_work {
        return false;
    }
    let body = content.trim_end_matches([',', ' ']);
    let words: Vec<&str> = body.split_whitespace().collect();
    let title_case = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.len() <= 3
                || w.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
                || LISTS.title_small_word.contains(*w)
        });
    let ends = if body.ends_with(['!', '?']) {
        false
    } else if body.ends_with('.') {
        words.len() <= if after_work { 6 } else { 4 }
    } else {
        words.len() <= 6
    };
    title_case && ends
}

/// A quote in Title Case inside prose is a work's or show's title (`“The
/// Art of the Deal,”`, `“This Week With Jane Roe.”`, `“Backfire: A
/// Memoir”`), or a slogan (`“Make Leeds Great Again”`), whatever verb
/// stands near it. Prose is a paragraph with lowercase words of its own,
/// so a headline in Title Case keeps its speakers.
pub fn title_in_prose(content: &str, block: &str) -> bool {
    let body = content.trim_end_matches([',', '.', ' ', ':', ';']);
    // Cheapest tests first: most quotes open in lower case.
    if body.ends_with(['!', '?']) || !body.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
    {
        return false;
    }
    // One pass, nothing allocated: every quote of a paragraph asks. It
    // ends at the thirteenth word or the first a title would not have in
    // lower case, whichever comes first: a sentence shows one within a
    // few words, where counting to thirteen walked most of a long quote.
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric());
    let (mut words, mut long_capitals) = (0, 0);
    for w in body.split_whitespace() {
        words += 1;
        if words > 12 {
            return false;
        }
        if capital(w) {
            long_capitals += usize::from(w.chars().nth(3).is_some());
        } else if !LISTS
            .title_lower_word
            .iter()
            .any(|t| t.eq_ignore_ascii_case(w))
        {
            return false;
        }
    }
    // Capitals throughout are shouting, as tweets do (`“GROWING PARTY,” he
    // declared`), not a title's case.
    if !body.contains(char::is_lowercase) {
        return false;
    }
    // The first word is capitalized (checked above), and there are at
    // most twelve.
    if words < 2 || long_capitals < 2 {
        return false;
    }
    let lowercase_words = block
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .take(PROSE_WORDS)
        .count();
    lowercase_words >= PROSE_WORDS
}

/// Lowercase words that make a paragraph prose rather than a headline.
const PROSE_WORDS: usize = 6;

/// A short quote that is the subject of the clause after it (`“COVID-19”
/// is the new name`, `that “Brexit” has become …`) is a term being talked
/// about, not words someone said. It must open its clause: a fragment
/// inside a phrase (`prices at 2 PM “or just before” are void`) is the
/// reported speaker's wording.
pub fn term_as_subject(content: &str, left: &[Tok], right: &[Tok]) -> bool {
    let opens_clause = left.last().is_none_or(|t| {
        [':', ';', ',', '—', '–', '('].iter().any(|&c| t.punct(c))
            || ["that", "the", "a", "an"].iter().any(|w| t.is(w))
    });
    let verb_next = right
        .first()
        .is_some_and(|t| t.word && !t.capitalized() && verbs::auxiliary(t.text));
    if !opens_clause || !verb_next {
        return false;
    }
    let open_end = !content
        .trim_end()
        .ends_with([',', '.', '!', '?', ';', ':', '…']);
    open_end && !more_words_than(content, 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::{compose, layout, quotes, text};

    /// [`title_in_prose`] as it was before it stopped at the first word
    /// that decides: counting all words first, then testing each.
    fn title_in_prose_counted(content: &str, block: &str) -> bool {
        let body = content.trim_end_matches([',', '.', ' ', ':', ';']);
        if body.ends_with(['!', '?'])
            || !body.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
            || body.split_whitespace().nth(12).is_some()
        {
            return false;
        }
        if !body.contains(char::is_lowercase) {
            return false;
        }
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric());
        let (mut words, mut long_capitals, mut small_words_only) = (0, 0, true);
        for w in body.split_whitespace() {
            words += 1;
            if capital(w) {
                long_capitals += usize::from(w.chars().nth(3).is_some());
            } else if !LISTS
                .title_lower_word
                .iter()
                .any(|t| t.eq_ignore_ascii_case(w))
            {
                small_words_only = false;
            }
        }
        let title_case = (2..=12).contains(&words) && long_capitals >= 2 && small_words_only;
        if !title_case {
            return false;
        }
        let lowercase_words = block
            .split_whitespace()
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .take(PROSE_WORDS)
            .count();
        lowercase_words >= PROSE_WORDS
    }

    fn same(content: &str, block: &str) -> bool {
        let new = title_in_prose(content, block);
        assert_eq!(new, title_in_prose_counted(content, block), "{content:?}");
        new
    }

    #[test]
    fn stopping_early_answers_as_counting_every_word() {
        let prose = "and so it was said that we went on to the end of it";
        let mut titles = 0;
        for c in [
            "The Art of the Deal,",
            "This Week With Jane Roe.",
            "Backfire: A Memoir",
            "Make Leeds Great Again",
            "GROWING PARTY",
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve",
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen",
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven of",
            "One of the Twelve and a Half Men in the Long Hall of Fame",
            "We are going to win",
            "Win",
            "Long Night",
            "Long Night!",
            "2020 Vision for Leeds",
            "Leeds — Year Zero",
            "",
        ] {
            titles += usize::from(same(c, prose));
            same(c, "Title Case Only");
        }
        assert!(titles >= 4, "{titles}");
        // Every quote of every bundled text, and every run of up to
        // fourteen words of its paragraphs.
        for raw in crate::bundled_texts::bundled_texts() {
            let blocks = layout::layout(&compose::nfc(text::normalize(&raw))).blocks;
            for q in quotes::find(&blocks) {
                let Some(block) = blocks.get(q.span.block) else {
                    continue;
                };
                same(&block.text[q.span.start..q.span.end], &block.text);
            }
            for block in &blocks {
                let words: Vec<&str> = block.text.split(' ').collect();
                for i in 0..words.len() {
                    for n in 1..=14.min(words.len() - i) {
                        same(&words[i..i + n].join(" "), &block.text);
                    }
                }
            }
        }
    }
}
