//! A word with its ASCII letters lowercased into a stack buffer, read back
//! as a `str` without validating it again: the word lists the stages ask
//! about every word are ASCII, and `from_utf8` on each copy cost as much
//! as the lookup it fed.

/// `word` with its ASCII letters lowercased (other bytes as they are),
/// copied into the start of `buf`; `None` when it does not fit.
pub(crate) fn lowered_into<'b, const N: usize>(
    word: &str,
    buf: &'b mut [u8; N],
) -> Option<&'b str> {
    let src = word.as_bytes();
    let dst = buf.get_mut(..src.len())?;
    for (d, s) in dst.iter_mut().zip(src) {
        *d = s.to_ascii_lowercase();
    }
    debug_assert!(std::str::from_utf8(dst).is_ok());
    // SAFETY: `dst` holds all of `word`'s bytes, in order, with only ASCII
    // bytes changed and each to an ASCII byte. Every byte of a multi-byte
    // char is 0x80 or above and copied unchanged, so `dst` is valid UTF-8
    // because `word` is (tested below on non-ASCII words).
    Some(unsafe { std::str::from_utf8_unchecked(dst) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_reads_back_ascii_lowercased_or_not_at_all() {
        for w in [
            "",
            "Said",
            "NATO",
            "O’Brien",
            "Jéssica",
            "ÉCOLE",
            "İstanbul",
            "Kim Jong-Un",
            "日本",
        ] {
            let mut buf = [0u8; 24];
            assert_eq!(
                lowered_into(w, &mut buf),
                Some(w.to_ascii_lowercase().as_str()),
                "{w}"
            );
        }
        let mut small = [0u8; 4];
        assert_eq!(lowered_into("Roe", &mut small), Some("roe"));
        assert_eq!(lowered_into("ROES", &mut small), Some("roes"));
        assert_eq!(lowered_into("Roesx", &mut small), None);
        assert_eq!(lowered_into("Réé", &mut small), None, "six bytes");
    }
}
