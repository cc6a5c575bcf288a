//! Bytes of a web page → text, the way a browser picks the encoding: a
//! byte-order mark, then the HTTP `Content-Type` charset, then the page's
//! own `<meta charset>` / `http-equiv`, else UTF-8 with a Windows-1252
//! fallback. A declared legacy charset loses to bytes that are valid
//! multi-byte UTF-8, since such bytes are almost never legacy text and
//! pages that lie about their charset are common.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How far into the page a `<meta charset>` is looked for. The HTML
/// standard says 1024 bytes; real pages put long comments and scripts
/// first, so a little more is read.
const PRESCAN: usize = 8 * 1024;

/// The page's text and whether some bytes had to be decoded lossily
/// (invalid in the encoding used, or read as Windows-1252 because they
/// were not UTF-8).
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> (String, bool) {
    if let Some((encoding, skip)) = Encoding::for_bom(bytes) {
        let (text, errors) = encoding.decode_without_bom_handling(&bytes[skip..]);
        return (text.into_owned(), errors);
    }
    let declared = content_type
        .and_then(charset_in_content_type)
        .or_else(|| meta_charset(&bytes[..bytes.len().min(PRESCAN)]));
    let utf8 = std::str::from_utf8(bytes).ok();
    match (declared, utf8) {
        // Valid UTF-8 is taken as UTF-8 whatever the label says: it is
        // what the bytes are, and plain ASCII reads the same either way.
        (_, Some(text)) => (text.to_string(), false),
        (Some(encoding), None) if encoding != UTF_8 => {
            let (text, errors) = encoding.decode_without_bom_handling(bytes);
            (text.into_owned(), errors)
        }
        _ => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), true)
        }
    }
}

/// The encoding named by a `Content-Type` value's `charset` parameter.
fn charset_in_content_type(value: &str) -> Option<&'static Encoding> {
    charset_param(value.as_bytes())
}

/// `charset=LABEL` anywhere in `value` (case-insensitive, quotes allowed),
/// resolved to an encoding the way browsers resolve labels; UTF-16 labels
/// in a page mean UTF-8 (the page could not have been read to find them).
fn charset_param(value: &[u8]) -> Option<&'static Encoding> {
    let lower = value.to_ascii_lowercase();
    let at = find(&lower, b"charset")?;
    let rest = &value[at + b"charset".len()..];
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let (quote, rest) = match rest.first() {
        Some(q @ (b'"' | b'\'')) => (Some(*q), &rest[1..]),
        _ => (None, rest),
    };
    let end = rest
        .iter()
        .position(|&b| match quote {
            Some(q) => b == q,
            None => b == b';' || b == b'"' || b == b'\'' || b.is_ascii_whitespace(),
        })
        .unwrap_or(rest.len());
    let encoding = Encoding::for_label(&rest[..end])?;
    Some(if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else {
        encoding
    })
}

/// The charset a `<meta charset=…>` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` in `head` names, the first one found.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        if let Some(encoding) = charset_param(&head[start..end]) {
            return Some(encoding);
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[skip..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(meta: &str, body: &[u8]) -> Vec<u8> {
        let mut bytes = format!("<html><head>{meta}<title>t</title></head><body><p>").into_bytes();
        bytes.extend_from_slice(body);
        bytes.extend_from_slice(b"</p></body></html>");
        bytes
    }

    #[test]
    fn meta_charset_windows_1251_is_honoured() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Привет, мир");
        let (text, repaired) = decode(&page("<meta charset=\"windows-1251\">", &bytes), None);
        assert!(text.contains("Привет, мир"), "{text}");
        assert!(!repaired);
    }

    #[test]
    fn http_equiv_iso_8859_1_is_honoured() {
        let meta = "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>";
        let (text, repaired) = decode(&page(meta, b"caf\xe9 cr\xe8me"), None);
        assert!(text.contains("café crème"), "{text}");
        assert!(!repaired);
    }

    #[test]
    fn meta_shift_jis_is_honoured() {
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode("日本語のニュース");
        let (text, _) = decode(&page("<meta charset=Shift_JIS>", &bytes), None);
        assert!(text.contains("日本語のニュース"), "{text}");
    }

    #[test]
    fn a_bom_wins_over_every_label() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "<meta charset=windows-1251><p>Zoë</p>".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, repaired) = decode(&bytes, Some("text/html; charset=iso-8859-1"));
        assert!(text.contains("<p>Zoë</p>"), "{text}");
        assert!(!repaired);
    }

    #[test]
    fn the_content_type_header_wins_over_the_meta() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Новости");
        let html = page("<meta charset=iso-8859-1>", &bytes);
        let (text, _) = decode(&html, Some("text/html; Charset=\"windows-1251\""));
        assert!(text.contains("Новости"), "{text}");
        let (text, _) = decode(&html, None);
        assert!(
            !text.contains("Новости"),
            "the meta alone says Latin-1: {text}"
        );
    }

    #[test]
    fn a_lying_legacy_label_loses_to_valid_utf8() {
        let html = page("<meta charset=windows-1251>", "naïve “quotes”".as_bytes());
        let (text, repaired) = decode(&html, None);
        assert!(text.contains("naïve “quotes”"), "{text}");
        assert!(!repaired);
    }

    #[test]
    fn a_lying_utf8_label_falls_back_to_windows_1252_and_says_so() {
        let html = page("<meta charset=utf-8>", b"\x93quoted\x94 caf\xe9");
        let (text, repaired) = decode(&html, None);
        assert!(text.contains("“quoted” café"), "{text}");
        assert!(repaired);
    }

    #[test]
    fn unlabelled_non_utf8_is_read_as_windows_1252() {
        let (text, repaired) = decode(b"<p>caf\xe9</p>", None);
        assert_eq!(text, "<p>café</p>");
        assert!(repaired);
    }

    #[test]
    fn unknown_or_broken_labels_are_ignored() {
        for meta in [
            "<meta charset=klingon>",
            "<meta charset=",
            "<meta charset",
            "<meta",
        ] {
            let (text, _) = decode(&page(meta, "é".as_bytes()), None);
            assert!(text.contains('é'), "{meta}: {text}");
        }
    }
}
