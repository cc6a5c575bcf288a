//! A person named only in capitals (`JAKE TAPPER:` labelling a transcript's
//! turns, a byline in capitals) is shown as a name is written: `Jake
//! Tapper`. The form in capitals stays an alias, so a search for it still
//! finds the person.

use crate::article::EntityKind;
use crate::loader::EntityDraft;

/// Rewrites the name of every person written only in capitals.
pub fn soften(drafts: &mut [EntityDraft]) {
    for d in drafts.iter_mut() {
        if d.kind != EntityKind::Person {
            continue;
        }
        if let Some(name) = written(&d.name) {
            let caps = std::mem::replace(&mut d.name, name);
            if !d.aliases.contains(&caps) {
                d.aliases.push(caps);
            }
        }
    }
}

/// `name` in title case when it has no lowercase letter and a word of
/// three letters or more (`JAKE TAPPER`, `O’HARA-SMITH`, `MCCAIN`); an
/// initialism alone (`JFK`) is kept.
fn written(name: &str) -> Option<String> {
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    if name.chars().any(char::is_lowercase)
        || !name.split_whitespace().any(|w| letters(w) >= 3)
        || (!name.contains(' ') && letters(name) <= 3)
    {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    let mut prev_m_c = 0u8;
    for c in name.chars() {
        if start {
            out.push(c);
        } else if prev_m_c == 2 {
            // `McCain`: the letter after `Mc` starts the name again.
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        prev_m_c = match (prev_m_c, c, start) {
            (_, 'M', true) => 1,
            (1, 'C', _) => 2,
            _ => 0,
        };
        start = !c.is_alphabetic() && c != '.';
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_capitals_are_written_in_title_case() {
        assert_eq!(written("JAKE TAPPER").as_deref(), Some("Jake Tapper"));
        assert_eq!(written("O’HARA-SMITH").as_deref(), Some("O’Hara-Smith"));
        assert_eq!(written("JOHN MCCAIN").as_deref(), Some("John McCain"));
        assert_eq!(written("MARK").as_deref(), Some("Mark"));
        assert_eq!(written("JANE Q. ROE").as_deref(), Some("Jane Q. Roe"));
        assert_eq!(written("Jake Tapper"), None);
        assert_eq!(written("JFK"), None);
        assert_eq!(written("McCAIN"), None);
    }
}
