//! Turning a byte offset into the config text into what a person can find:
//! a line and column, and the dotted key (`layout.measure`) the offset sits
//! under. Used for toml's own errors, which know only the offset.

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn position(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The dotted key at byte `offset`: the table header above it plus the key
/// on its line (or on the line that opened a multi-line value). A header
/// line names just its table. `None` before any key, e.g. a syntax error at
/// the top of the file.
pub fn dotted_key(text: &str, offset: usize) -> Option<String> {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let mut key: Option<String> = None;
    for line in text[..line_start]
        .lines()
        .chain(text[line_start..].lines().take(1))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let line = line.trim();
        if let Some(table) = header(line) {
            return Some(match key {
                Some(k) => format!("{table}.{k}"),
                None => table,
            });
        }
        if key.is_none() {
            if let Some((k, _)) = line.split_once('=') {
                if !line.starts_with('#') {
                    key = Some(clean_key(k));
                }
            }
        }
    }
    key
}

/// The table a `[header]` or `[[header]]` line opens.
fn header(line: &str) -> Option<String> {
    let inner = line.strip_prefix('[')?;
    let end = inner.find(']')?;
    Some(clean_key(inner[..end].trim_start_matches('[')))
}

/// A key as written, without quotes and spaces around the dots.
fn clean_key(key: &str) -> String {
    key.split('.')
        .map(|part| part.trim().trim_matches(['"', '\'']))
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_in_characters() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(position(text, 0), (1, 1));
        assert_eq!(position(text, text.find('2').unwrap_or(0)), (2, 6));
    }

    #[test]
    fn keys_come_from_the_header_above_and_the_line() {
        let text = "top = 1\n[layout]\nmeasure = 3\n[keys]\ndown = [\n  \"j\",\n]\n";
        assert_eq!(dotted_key(text, 2), Some("top".into()));
        assert_eq!(
            dotted_key(text, text.find("measure").unwrap_or(0)),
            Some("layout.measure".into())
        );
        assert_eq!(
            dotted_key(text, text.find("\"j\"").unwrap_or(0)),
            Some("keys.down".into())
        );
        assert_eq!(
            dotted_key(text, text.find("[keys]").unwrap_or(0)),
            Some("keys".into())
        );
    }
}
