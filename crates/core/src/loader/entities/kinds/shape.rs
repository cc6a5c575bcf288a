//! What a word's letters alone say: digits in it, capitals run together
//! (`YouTube`). Every name with no stronger evidence asks, so ASCII words
//! are read by bytes.

/// By bytes: an ASCII digit's byte is never part of a longer char, and
/// decoding each char first cost more than the test.
pub(super) fn has_digit(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
}

/// `VOANews`, `YouTube`: a capital after a lowercase letter, which names of
/// people only have after a known prefix (`McDonald`, `DeVos`, `O’Brien`).
pub(super) fn is_camel(w: &str) -> bool {
    let camel_prefix = |at: usize| {
        let prefix = w.get(..at).unwrap_or("");
        !matches!(
            prefix,
            "Mc" | "Mac" | "De" | "Di" | "Da" | "Le" | "La" | "Van" | "Von" | "Du"
        )
    };
    // An ASCII word's chars are its bytes, and their case is ASCII case:
    // read without decoding or the Unicode case tables.
    let camel_at = if w.is_ascii() {
        first_camel(
            w.bytes()
                .enumerate()
                .map(|(at, b)| (at, b.is_ascii_uppercase(), b.is_ascii_lowercase())),
        )
    } else {
        first_camel(
            w.char_indices()
                .map(|(at, c)| (at, c.is_uppercase(), c.is_lowercase())),
        )
    };
    camel_at.is_some_and(camel_prefix)
}

/// Where the first capital right after a lowercase letter stands, from
/// each char's place and whether it is upper and lower case.
fn first_camel(chars: impl Iterator<Item = (usize, bool, bool)>) -> Option<usize> {
    let mut prev_lower = false;
    for (at, upper, lower) in chars {
        if prev_lower && upper {
            return Some(at);
        }
        prev_lower = lower;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char reading every word went through before the byte paths.
    fn is_camel_by_chars(w: &str) -> bool {
        let mut prev_lower = false;
        for (at, c) in w.char_indices() {
            if prev_lower && c.is_uppercase() {
                let prefix = w.get(..at).unwrap_or("");
                return !matches!(
                    prefix,
                    "Mc" | "Mac" | "De" | "Di" | "Da" | "Le" | "La" | "Van" | "Von" | "Du"
                );
            }
            prev_lower = c.is_lowercase();
        }
        false
    }

    #[test]
    fn byte_reading_answers_as_char_reading() {
        let words = [
            "",
            "A",
            "a",
            "YouTube",
            "McDonald",
            "MacArthur",
            "DeVos",
            "VanHalen",
            "VOANews",
            "EastMed",
            "iPhone",
            "eBay",
            "O'Brien",
            "O’Brien",
            "ÉcoleNormale",
            "ÀbC",
            "aÉ",
            "CrowdMap",
            "COVID-19",
            "H1N1",
            "MI6",
            "x9",
            "Straße",
            "ñA",
            "a1B",
            "LaGuardia",
            "DuPont",
            "DiCaprio",
            "DaSilva",
            "LeBron",
            "VonTrapp",
            "Mcx",
            "mcDonald",
        ];
        for w in words {
            assert_eq!(is_camel(w), is_camel_by_chars(w), "{w}");
            assert_eq!(has_digit(w), w.chars().any(|c| c.is_ascii_digit()), "{w}");
        }
        // Every pair of ASCII letters and digits, and each after a prefix.
        let alphabet: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
        for &x in &alphabet {
            for &y in &alphabet {
                for prefix in ["", "Mc", "Van", "q", "Q"] {
                    let w = format!("{prefix}{x}{y}");
                    assert_eq!(is_camel(&w), is_camel_by_chars(&w), "{w}");
                    assert_eq!(has_digit(&w), w.chars().any(|c| c.is_ascii_digit()), "{w}");
                }
            }
        }
    }
}
