//! A time phrase between a subject and its verb, which US news style puts
//! there: `Roe on Wednesday said`, `Roe Tuesday night called it …`, `Roe
//! earlier this week said`. Read past, so the name before it is the
//! subject rather than the weekday.

use crate::loader::attribution::tokens::Tok;
use crate::loader::attribution::verbs::LISTS;
use crate::loader::calendar::CALENDAR;

/// Where a time phrase ending before token `j` starts; `j` when there is
/// none.
pub fn skip_back(toks: &[Tok], j: usize) -> usize {
    let at = |k: usize| k.checked_sub(1).and_then(|i| toks.get(i));
    let any = |k: usize, words: &[&str]| at(k).is_some_and(|t| words.iter().any(|w| t.is(w)));
    let mut k = j;
    if any(k, &LISTS.day_part) && at(k - 1).is_some_and(weekday) {
        k -= 1;
    }
    if at(k).is_some_and(weekday) {
        k -= 1;
        if any(k, &["on"]) {
            k -= 1;
        }
        return k;
    }
    if any(k, &LISTS.period) && any(k - 1, &["last", "this", "next"]) {
        k -= 2;
        if any(k, &["earlier", "later"]) {
            k -= 1;
        }
        return k;
    }
    j
}

fn weekday(t: &Tok) -> bool {
    t.capitalized() && CALENDAR.weekday.iter().any(|d| t.is(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::attribution::tokens::tokenize;

    /// The words left before the verb at the end of `text`.
    fn before_time(text: &str) -> String {
        let toks = tokenize(text, 0, text.len());
        let k = skip_back(&toks, toks.len());
        toks[..k]
            .iter()
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn weekdays_and_periods_are_read_past() {
        assert_eq!(before_time("Jane Roe on Wednesday"), "Jane Roe");
        assert_eq!(before_time("Jane Roe Tuesday night"), "Jane Roe");
        assert_eq!(before_time("Roe earlier this week"), "Roe");
        assert_eq!(before_time("Roe last month"), "Roe");
    }

    #[test]
    fn other_words_stay() {
        assert_eq!(before_time("Jane Roe"), "Jane Roe");
        assert_eq!(before_time("the night"), "the night");
        assert_eq!(before_time("Roe this morning"), "Roe this morning");
    }
}
