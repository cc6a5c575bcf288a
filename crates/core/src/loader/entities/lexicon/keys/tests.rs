//! Each fast path of the keys against the plain definition it stands for.

use super::*;

#[test]
fn short_ascii_is_lowered_on_the_stack_and_nothing_else() {
    for w in ["", "Kim", "NATO", "U.S.", "O'Brien", "a1B2"] {
        let want: Vec<u8> = w.bytes().map(|b| b.to_ascii_lowercase()).collect();
        let buf = ascii_lowered(w.as_bytes()).unwrap();
        assert_eq!(&buf[..w.len()], &want[..], "{w}");
        assert!(buf[w.len()..].iter().all(|&b| b == 0), "{w}");
    }
    let long = "A".repeat(33);
    for w in ["Jéssica", "’s", long.as_str()] {
        assert!(ascii_lowered(w.as_bytes()).is_none(), "{w}");
    }
    assert!(ascii_lowered("B".repeat(32).as_bytes()).is_some());
}

/// As a byte loop lowers them: every byte at every place of keys of
/// each length (a chunk's last byte, a tail's), and zero padding.
#[test]
fn lowering_eight_at_a_time_is_as_a_byte_loop() {
    let by_bytes = |w: &[u8]| {
        (w.len() <= 32 && w.is_ascii()).then(|| {
            let mut buf = [0u8; 32];
            for (slot, b) in buf.iter_mut().zip(w) {
                *slot = b.to_ascii_lowercase();
            }
            buf
        })
    };
    for len in [1usize, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33] {
        for at in [0, len / 2, len - 1] {
            for b in 0..=255u8 {
                let mut w = vec![b'Q'; len];
                w[at] = b;
                assert_eq!(ascii_lowered(&w), by_bytes(&w), "{len} {at} {b}");
            }
        }
    }
    assert_eq!(ascii_lowered(b""), Some([0u8; 32]));
}

/// What `as_str` relies on: a key built on the stack is ASCII and
/// reads back as the lowered word, whatever the input (non-ASCII and
/// long words go to the heap).
#[test]
fn stack_keys_are_ascii_and_read_back_as_lowered() {
    let long = "Ab".repeat(20);
    for w in [
        "",
        "Kim",
        "NATO",
        "U.S.",
        "Jéssica",
        "O’Brien",
        "İstanbul",
        "a\u{80}b",
        long.as_str(),
    ] {
        let key = lower(w);
        if let Repr::Stack(buf, len) = &key.0 {
            assert!(buf[..*len].is_ascii(), "{w}");
        }
        assert_eq!(key.as_str(), w.to_lowercase().replace('’', "'"), "{w}");
    }
    for p in [
        "Kim Jong-Un",
        "  U.S.  Army ",
        "Côte d’Ivoire",
        "a-b-c",
        long.as_str(),
    ] {
        let key = phrase_key_small(p);
        if let Repr::Stack(buf, len) = &key.0 {
            assert!(buf[..*len].is_ascii(), "{p}");
        }
        assert_eq!(key.as_str(), phrase_key(p), "{p}");
    }
}

/// The overlapping loads `tail_le` made before, branched on the length.
fn tail_by_overlaps(rest: &[u8]) -> u64 {
    let n = rest.len();
    let word4 = |at: usize| u64::from(u32::from_le_bytes(rest[at..at + 4].try_into().unwrap()));
    let word2 = |at: usize| u64::from(u16::from_le_bytes(rest[at..at + 2].try_into().unwrap()));
    match n {
        4.. => word4(0) | (word4(n - 4) << (8 * (n - 4))),
        2.. => word2(0) | (word2(n - 2) << (8 * (n - 2))),
        _ => rest.first().map_or(0, |&b| u64::from(b)),
    }
}

#[test]
fn a_tail_reads_as_its_bytes_zero_padded() {
    for bytes in [
        [0x11u8, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88],
        [0xff; 8],
        [0; 8],
        [0x80, 0, 0xff, 1, 0, 0x7f, 0xfe, 0],
        *b"Kim Jong",
    ] {
        for n in 0..=8 {
            let rest = bytes.get(..n).unwrap();
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(rest);
            assert_eq!(tail_le(rest), u64::from_le_bytes(buf), "{n}");
            assert_eq!(tail_le(rest), tail_by_overlaps(rest), "{n}");
        }
    }
    // Every tail of every bundled word: as the overlapping loads read it.
    let mut asked = 0;
    for text in crate::bundled_texts::bundled_texts() {
        for w in text.split_whitespace() {
            for chunk in w.as_bytes().chunks(8) {
                assert_eq!(tail_le(chunk), tail_by_overlaps(chunk), "{w}");
                asked += 1;
            }
        }
    }
    assert!(asked > 10_000, "{asked}");
}
