//! A mention's text as shown (`surface`: whitespace runs collapsed) and
//! as looked up (`key`: [`phrase_key`]), both from one pass over the raw
//! bytes: every mention makes the pair, and nearly every raw name is
//! single-spaced ASCII, whose key is then just the surface lowercased.

use super::super::lexicon::phrase_key;

/// Byte classes, ORed over the raw text.
const BREAK: u8 = 1;
/// A byte the key's general path rewrites or drops: a hyphen, or a
/// whitespace byte other than the plain space.
const REWRITTEN: u8 = 2;
const SPACE: u8 = 4;
const HIGH: u8 = 8;

const CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'\n' | b'\t' => BREAK | REWRITTEN,
            0x0b | 0x0c | b'\r' | b'-' => REWRITTEN,
            b' ' => SPACE,
            0x80..=0xff => HIGH,
            _ => 0,
        };
        b += 1;
    }
    table
};

fn class(b: u8) -> u8 {
    CLASS.get(usize::from(b)).copied().unwrap_or(HIGH)
}

/// The surface and key of the raw text of a mention: the surface is `raw`
/// unless it holds a line break, tab, no-break space or double space,
/// which collapse to single spaces.
pub(super) fn surface_and_key(raw: &str) -> (String, String) {
    let bytes = raw.as_bytes();
    let mut seen = 0;
    // The classes of two bytes in a row: SPACE in it is a double space.
    let mut paired = 0;
    let mut prev = 0;
    for &b in bytes {
        let c = class(b);
        seen |= c;
        paired |= c & prev;
        prev = c;
    }
    // A no-break space (`c2 a0`) is looked for only in a name that has a
    // byte above ASCII: a second test on every byte of every name cost
    // more than the rest of the pass.
    let doubled =
        paired & SPACE != 0 || (seen & HIGH != 0 && bytes.windows(2).any(|w| w == [0xc2, 0xa0]));
    if seen & BREAK != 0 || doubled {
        let surface = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = phrase_key(&surface);
        return (surface, key);
    }
    // ASCII, single spaces between words and none at either end: the
    // key is the surface lowercased, as `phrase_key` would make it.
    let plain = seen & (REWRITTEN | HIGH) == 0
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ');
    let key = if plain {
        raw.to_ascii_lowercase()
    } else {
        phrase_key(raw)
    };
    (raw.to_string(), key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `push_mention` made before the one pass.
    fn by_parts(raw: &str) -> (String, String) {
        let bytes = raw.as_bytes();
        let collapse = bytes.iter().any(|&b| b == b'\n' || b == b'\t')
            || bytes
                .windows(2)
                .any(|w| w == [0xc2, 0xa0] || w == [b' ', b' ']);
        let surface = if collapse {
            raw.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            raw.to_string()
        };
        let key = phrase_key(&surface);
        (surface, key)
    }

    #[test]
    fn surface_and_key_are_as_made_by_parts() {
        for raw in [
            "",
            " ",
            "Kim Jong-Un",
            "Kim  Jong Un",
            "Kim\nJong\tUn",
            "Kim\u{a0}Jong",
            "Kim\rJong",
            "Kim\u{b}Jong\u{c}Un",
            " Kim",
            "Kim ",
            "Jong-Un’s",
            "Ab\tC\nD",
            "U.S. Embassy",
            "O’Brien  Jr.",
            "Mū́nez",
            "Kim\u{2003}Jong",
            "-",
            "A -B",
            "İstanbul",
        ] {
            assert_eq!(surface_and_key(raw), by_parts(raw), "{raw:?}");
        }
    }
}
