//! Bytes → text for article files, which come from anywhere: UTF-8 (the
//! norm), UTF-16 with or without a BOM, and legacy single-byte text. Bytes
//! that are not valid in the detected encoding are decoded as Windows-1252
//! rather than dropped, and the result is marked `repaired` so the reader can
//! say so. Data that is plainly not text is refused.
//!
//! Decoding never fails and never panics; only [`decode`]'s binary check
//! refuses input.

use std::borrow::Cow;

/// How many leading bytes (and decoded chars) the sniffing looks at: enough to
/// judge, little enough to stay cheap on a 16 MiB file.
const SNIFF_BYTES: usize = 8 * 1024;

// [`Head::of`] reads eight bytes at a step: a step lies wholly before the
// sniffed bytes' end or wholly after it.
const _: () = assert!(SNIFF_BYTES.is_multiple_of(8));

/// Above this share of control characters (in percent) in the sniffed head,
/// text that decoded cleanly is binary: executables, UTF-32 and the like are
/// full of NULs. Hostile text laced with controls (ESC, being part of text
/// art, is not counted) stays below it.
const BINARY_CONTROLS_CLEAN: usize = 30;

/// The same for text that needed repair. Compressed or random data is never
/// valid UTF-8 and has about 12 % controls; legacy-encoded prose has none.
const BINARY_CONTROLS_REPAIRED: usize = 5;

/// Decoded article text: valid UTF-8 (nearly every file) is borrowed from
/// the bytes read, not copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// Some bytes were not valid in the encoding and were decoded lossily
    /// (as Windows-1252, or as U+FFFD for broken UTF-16).
    pub repaired: bool,
}

/// Decode `bytes`, or `None` when they look like binary data, not text.
pub fn decode(bytes: &[u8]) -> Option<Decoded<'_>> {
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        utf8_or_1252(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        utf16(rest, u16::from_be_bytes)
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        // Valid UTF-8, nearly every file: its head is read once for its
        // controls and for the NULs UTF-16 without a BOM would have, and
        // sniffed for UTF-16 only when it has one.
        let head = Head::of(text);
        match head.nul.then(|| sniff_utf16(bytes)).flatten() {
            Some(Endian::Little) => utf16(bytes, u16::from_le_bytes),
            Some(Endian::Big) => utf16(bytes, u16::from_be_bytes),
            None => {
                return (!head.binary(BINARY_CONTROLS_CLEAN)).then_some(Decoded {
                    text: Cow::Borrowed(text),
                    repaired: false,
                })
            }
        }
    } else {
        match sniff_utf16(bytes) {
            Some(Endian::Little) => utf16(bytes, u16::from_le_bytes),
            Some(Endian::Big) => utf16(bytes, u16::from_be_bytes),
            None => utf8_or_1252(bytes),
        }
    };
    let limit = if decoded.repaired {
        BINARY_CONTROLS_REPAIRED
    } else {
        BINARY_CONTROLS_CLEAN
    };
    (!looks_binary(&decoded.text, limit)).then_some(decoded)
}

/// Valid UTF-8 runs as they are; each byte that breaks UTF-8 as its
/// Windows-1252 character, so that a Latin-1 file reads right and a UTF-8
/// file with one stray byte loses nothing else.
fn utf8_or_1252(bytes: &[u8]) -> Decoded<'_> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(s),
            repaired: false,
        };
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(chunk.invalid().iter().map(|&b| windows_1252(b)));
    }
    Decoded {
        text: Cow::Owned(text),
        repaired: true,
    }
}

/// The Windows-1252 character for a byte. 0x80–0x9F hold punctuation in
/// 1252 where Latin-1 has C1 controls; the five bytes 1252 leaves undefined
/// map to their C1 control (as browsers do), which the sanitizer removes.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or('\u{fffd}'),
        _ => char::from(b),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

/// UTF-16 without a BOM: mostly-ASCII UTF-16 text has a NUL in every other
/// byte, always on the same side. NULs anywhere else mean binary, not UTF-16.
fn sniff_utf16(bytes: &[u8]) -> Option<Endian> {
    let head = bytes.get(..bytes.len().min(SNIFF_BYTES)).unwrap_or(bytes);
    let pairs = head.chunks_exact(2);
    let total = pairs.len();
    if total == 0 {
        return None;
    }
    // UTF-16 of Latin text is half NULs; text with none at all (nearly
    // every file) is settled by one fast byte search.
    if !head.contains(&0) {
        return None;
    }
    let (mut high_nul, mut low_nul) = (0, 0);
    for pair in pairs {
        match pair {
            [0, b] if *b != 0 => high_nul += 1,
            [a, 0] if *a != 0 => low_nul += 1,
            _ => {}
        }
    }
    // Half the pairs shaped like ASCII in UTF-16, almost none the other way.
    let shaped = |n: usize, other: usize| n * 2 >= total && other * 20 <= total;
    if shaped(low_nul, high_nul) {
        Some(Endian::Little)
    } else if shaped(high_nul, low_nul) {
        Some(Endian::Big)
    } else {
        None
    }
}

/// Decode UTF-16 code units; unpaired surrogates and an odd last byte become
/// U+FFFD and mark the text repaired.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Decoded<'static> {
    let pairs = bytes.chunks_exact(2);
    let odd = !pairs.remainder().is_empty();
    let units = pairs.map(|p| {
        unit([
            p.first().copied().unwrap_or(0),
            p.get(1).copied().unwrap_or(0),
        ])
    });
    let mut repaired = odd;
    let mut text = String::with_capacity(bytes.len());
    for c in char::decode_utf16(units) {
        text.push(c.unwrap_or_else(|_| {
            repaired = true;
            '\u{fffd}'
        }));
    }
    if odd {
        text.push('\u{fffd}');
    }
    Decoded {
        text: Cow::Owned(text),
        repaired,
    }
}

/// Whether the head of decoded text is not text: too many C0
/// controls (line breaks, tab, form feed and ESC excepted) and DELs.
fn looks_binary(text: &str, limit_percent: usize) -> bool {
    Head::of(text).binary(limit_percent)
}

/// What the first [`SNIFF_BYTES`] chars of a text hold.
struct Head {
    chars: usize,
    controls: usize,
    /// A NUL among the first [`SNIFF_BYTES`] bytes, where [`sniff_utf16`]
    /// looks (the head's chars span at least as many bytes).
    nul: bool,
}

impl Head {
    fn binary(&self, limit_percent: usize) -> bool {
        self.controls * 100 > self.chars * limit_percent
    }

    fn of(text: &str) -> Head {
        // Counted on bytes, eight at a time: every control is one ASCII byte
        // and no byte of a multi-byte char is below 0x80, so the head's chars
        // are its bytes that start one and its controls its control bytes.
        // Decoding char by char cost about 3 % of `dump`. The head is the first
        // SNIFF_BYTES chars, found in the same pass: a word whose char starts
        // all fit is taken whole (its trailing continuation bytes belong to a
        // char already in), the word that would overflow byte by byte.
        let head = text.as_bytes();
        const HIGH: u64 = 0x8080_8080_8080_8080;
        const ONES: u64 = 0x0101_0101_0101_0101;
        let mut chars = 0;
        let mut controls = 0;
        let mut nul = false;
        // The byte offset of the next word.
        let mut at = 0;
        let mut words = head.chunks_exact(8);
        let mut rest: &[u8] = &[];
        for word in &mut words {
            let x = <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes);
            // Continuation bytes have the top bit set and the next one clear.
            let continuations = (x & !(x << 1) & HIGH).count_ones() as usize;
            if chars + 8 - continuations > SNIFF_BYTES {
                rest = word;
                break;
            }
            chars += 8 - continuations;
            // Any byte below 0x20, or a DEL: only then look byte by byte.
            let below = x.wrapping_sub(0x20 * ONES) & !x & HIGH;
            let del = x ^ (0x7f * ONES);
            let has_del = del.wrapping_sub(ONES) & !del & HIGH;
            if below | has_del != 0 {
                controls += word.iter().filter(|&&b| is_control(b)).count();
                nul |= at < SNIFF_BYTES && word.contains(&0);
            }
            at += 8;
        }
        if rest.is_empty() {
            rest = words.remainder();
        }
        for &b in rest {
            let starts = b & 0xc0 != 0x80;
            if starts && chars == SNIFF_BYTES {
                break;
            }
            chars += usize::from(starts);
            controls += usize::from(is_control(b));
            nul |= b == 0 && at < SNIFF_BYTES;
            at += 1;
        }
        Head {
            chars,
            controls,
            nul,
        }
    }
}

/// C0 controls other than line breaks, tab, form feed and ESC, and DEL.
fn is_control(b: u8) -> bool {
    matches!(b, 0..=0x08 | 0x0b | 0x0e..=0x1a | 0x1c..=0x1f | 0x7f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, bool) {
        let d = decode(bytes).expect("decodes as text");
        (d.text.into_owned(), d.repaired)
    }

    #[test]
    fn utf8_passes_through_unrepaired() {
        assert_eq!(text("café “Kim”".as_bytes()), ("café “Kim”".into(), false));
    }

    #[test]
    fn utf8_bom_is_dropped() {
        assert_eq!(text(b"\xef\xbb\xbfhi"), ("hi".into(), false));
    }

    #[test]
    fn latin1_decodes_as_1252_and_is_repaired() {
        assert_eq!(text(b"caf\xe9 na\xefve"), ("café naïve".into(), true));
    }

    #[test]
    fn windows_1252_punctuation() {
        assert_eq!(
            text(b"\x93quoted\x94 \x96 \x80 5\x85"),
            ("“quoted” – € 5…".into(), true)
        );
        // Undefined 1252 bytes become C1 controls, left to the sanitizer.
        assert_eq!(text(b"a\x81b"), ("a\u{81}b".into(), true));
    }

    #[test]
    fn a_stray_byte_in_utf8_keeps_the_rest() {
        let mut bytes = "é".as_bytes().to_vec();
        bytes.push(0x97);
        bytes.extend_from_slice("é".as_bytes());
        bytes.push(0xe9);
        assert_eq!(text(&bytes), ("é—éé".into(), true));
    }

    #[test]
    fn utf16_with_boms() {
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("héllo €".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(text(&le), ("héllo €".into(), false));
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("héllo 😀".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(text(&be), ("héllo 😀".into(), false));
    }

    #[test]
    fn utf16_without_bom_is_recognised_not_called_binary() {
        let s = "Headline\n\nA body of ordinary text, said Kim.";
        let le: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(text(&le), (s.into(), false));
        let be: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(text(&be), (s.into(), false));
    }

    #[test]
    fn broken_utf16_is_repaired() {
        // An unpaired high surrogate amid text, then an odd trailing byte.
        let mut bytes = vec![0xff, 0xfe];
        let units = "Some ordinary text ".encode_utf16().chain([0xd800]);
        bytes.extend(
            units
                .chain("and more".encode_utf16())
                .flat_map(u16::to_le_bytes),
        );
        bytes.push(b'c');
        assert_eq!(
            text(&bytes),
            ("Some ordinary text \u{fffd}and more\u{fffd}".into(), true)
        );
    }

    #[test]
    fn binary_is_refused() {
        assert!(
            decode(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00").is_none()
        );
        let noise: Vec<u8> = (0u32..4096)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert!(decode(&noise).is_none());
    }

    #[test]
    fn a_few_controls_or_a_nul_do_not_make_text_binary() {
        let mut bytes = b"A long enough line of ordinary article text. ".repeat(10);
        bytes.extend_from_slice(b"\x00\x07\x08\x1b[2J\x1b]0;t\x07");
        assert!(decode(&bytes).is_some());
    }

    /// The char-by-char count that the byte scan replaced.
    fn looks_binary_by_chars(text: &str, limit_percent: usize) -> bool {
        let head = text.chars().take(SNIFF_BYTES);
        let (chars, controls) = head.fold((0, 0), |(n, c), ch| {
            let control = matches!(ch, '\0'..='\u{8}' | '\u{b}' | '\u{e}'..='\u{1a}' | '\u{1c}'..='\u{1f}' | '\u{7f}');
            (n + 1, c + usize::from(control))
        });
        controls * 100 > chars * limit_percent
    }

    #[test]
    fn the_byte_scan_counts_as_decoding_each_char_would() {
        // Controls, line breaks, DEL, multi-byte chars (é, “, 😀, and
        // bytes 0x7f/0x80-0xbf inside them) at every offset modulo 8,
        // around the limit, and past the sniffed head.
        let pieces = [
            "a", "\n", "\0", "\x07", "\x1b", "\x7f", "é", "“", "😀", "\t", "ÿ", "\u{80}",
        ];
        let mut seed = 7u32;
        for len in [
            0,
            1,
            7,
            8,
            9,
            63,
            200,
            3000,
            SNIFF_BYTES - 1,
            SNIFF_BYTES,
            SNIFF_BYTES + 1,
            SNIFF_BYTES + 50,
        ] {
            for _ in 0..20 {
                let text: String = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        let pick = (seed >> 16) as usize % (pieces.len() * 4);
                        // Mostly letters, so some texts land near the limit.
                        pieces.get(pick).copied().unwrap_or("a")
                    })
                    .collect();
                for limit in [0, 1, BINARY_CONTROLS_CLEAN, BINARY_CONTROLS_REPAIRED, 30] {
                    assert_eq!(
                        looks_binary(&text, limit),
                        looks_binary_by_chars(&text, limit),
                        "{len} {limit} {text:?}"
                    );
                }
                // The NULs are those `sniff_utf16` would see.
                let bytes = text.as_bytes();
                let sniffed = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
                assert_eq!(Head::of(&text).nul, sniffed.contains(&0), "{len} {text:?}");
            }
        }
    }

    #[test]
    fn only_a_nul_in_the_sniffed_bytes_counts() {
        for (lead, nul) in [
            ("a".repeat(SNIFF_BYTES - 1), true),
            ("a".repeat(SNIFF_BYTES), false),
            // Wide chars: the head's chars reach past the sniffed bytes.
            ("é".repeat(SNIFF_BYTES / 2 - 1), true),
            ("é".repeat(SNIFF_BYTES / 2), false),
            ("😀".repeat(SNIFF_BYTES / 4 - 1) + "abc", true),
        ] {
            let text = format!("{lead}\0 tail");
            assert_eq!(Head::of(&text).nul, nul, "{}", lead.len());
        }
        // UTF-16 without a BOM is valid UTF-8 too: the NULs send it to the
        // sniffer; a stray NUL in UTF-8 text does not.
        let s = "A body of ordinary text, said Kim.";
        let le: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(text(&le), (s.into(), false));
        assert_eq!(text(b"ab\0cd ordinary"), ("ab\0cd ordinary".into(), false));
    }

    #[test]
    fn empty_input_decodes_to_empty_text() {
        assert_eq!(text(b""), (String::new(), false));
    }
}
