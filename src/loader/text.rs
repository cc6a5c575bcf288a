//! Normalizing raw article text before anything reads its structure.

/// Strip a BOM, turn CRLF and lone CR into LF.
pub fn normalize(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    raw.replace("\r\n", "\n").replace('\r', "\n")
}
