//! Which front end reads a file: by its extension, else by sniffing its
//! first bytes (standard input, and files named with an unknown
//! extension). Markdown is only ever recognised by name: any text could be
//! Markdown, and reading plain text as Markdown would mangle it.

use std::path::Path;

/// What a file holds, as far as the loader cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Text,
    /// A whole web page.
    Html,
    Markdown,
    /// An RSS, RDF, Atom or JSON feed: each entry an article.
    Feed,
}

impl Input {
    /// The extension a file of this kind is stored under (`add -`).
    pub fn extension(self) -> &'static str {
        match self {
            Input::Text => "txt",
            Input::Html => "html",
            Input::Markdown => "md",
            Input::Feed => "xml",
        }
    }
}

/// File extensions taken when walking a folder, and the input each is. A
/// file named explicitly with another extension is sniffed.
pub const EXTENSIONS: &[(&str, Input)] = &[
    ("txt", Input::Text),
    ("text", Input::Text),
    ("html", Input::Html),
    ("htm", Input::Html),
    ("md", Input::Markdown),
    ("markdown", Input::Markdown),
    ("xml", Input::Feed),
    ("rss", Input::Feed),
    ("atom", Input::Feed),
    ("rdf", Input::Feed),
    ("json", Input::Feed),
];

/// The input a file's extension says (case-insensitive), if it is one of
/// [`EXTENSIONS`].
pub fn by_name(path: &Path) -> Option<Input> {
    let ext = path.extension()?.to_str()?;
    EXTENSIONS
        .iter()
        .find(|(e, _)| e.eq_ignore_ascii_case(ext))
        .map(|(_, input)| *input)
}

/// How many leading bytes sniffing looks at.
const SNIFF_BYTES: usize = 4096;

/// The input `bytes` look like: a feed's or page's opening tag, a JSON
/// Feed's version, else text.
pub fn sniff(bytes: &[u8]) -> Input {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let text = text.trim_start();
    if text.starts_with('{') {
        // `"version": "https://jsonfeed.org/…`, spaces allowed around the colon.
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.contains("\"version\":\"https://jsonfeed.org/") {
            return Input::Feed;
        }
        return Input::Text;
    }
    if !text.starts_with('<') {
        return Input::Text;
    }
    // Past the XML declaration, comments and a doctype, the first element
    // decides; a page's doctype says so at once.
    if text.starts_with("<!doctype html") {
        return Input::Html;
    }
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        let skip = if rest.starts_with("<?") {
            rest.find("?>").map(|i| i + 2)
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|i| i + 3)
        } else if rest.starts_with("<!") {
            rest.find('>').map(|i| i + 1)
        } else {
            break;
        };
        match skip {
            Some(n) => rest = &rest[n..],
            None => break,
        }
    }
    let name: String = rest
        .trim_start_matches('<')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '_'))
        .collect();
    let local = name.rsplit(':').next().unwrap_or("");
    match local {
        "rss" | "feed" | "rdf" => Input::Feed,
        "html" | "head" | "body" => Input::Html,
        // An XML declaration with some other root is still XML: let the
        // feed parser say what is wrong with it.
        _ if text.starts_with("<?xml") => Input::Feed,
        _ => Input::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_name_their_input() {
        assert_eq!(by_name(Path::new("a/b.MD")), Some(Input::Markdown));
        assert_eq!(by_name(Path::new("b.htm")), Some(Input::Html));
        assert_eq!(by_name(Path::new("b.rdf")), Some(Input::Feed));
        assert_eq!(by_name(Path::new("b.json")), Some(Input::Feed));
        assert_eq!(by_name(Path::new("b.text")), Some(Input::Text));
        assert_eq!(by_name(Path::new("b.html.meta")), None);
        assert_eq!(by_name(Path::new("b")), None);
    }

    #[test]
    fn sniffing_tells_feeds_pages_and_text_apart() {
        for (bytes, want) in [
            (
                &b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"[..],
                Input::Feed,
            ),
            (
                b"\xef\xbb\xbf<?xml version='1.0'?><!-- hi --><feed xmlns=\"x\">",
                Input::Feed,
            ),
            (b"<rdf:RDF xmlns:rdf=\"x\">", Input::Feed),
            (b"  <RSS>", Input::Feed),
            (
                b"{ \"version\" : \"https://jsonfeed.org/version/1.1\", \"items\": []}",
                Input::Feed,
            ),
            (b"{\"title\": \"not a feed\"}", Input::Text),
            (b"<!DOCTYPE html><html>", Input::Html),
            (b"<html lang=en>", Input::Html),
            (b"<?xml version=\"1.0\"?><html xmlns=\"x\">", Input::Html),
            (b"# A heading\n\nText.", Input::Text),
            (b"Headline\n\nBody <b>not html</b>.", Input::Text),
            (b"", Input::Text),
        ] {
            assert_eq!(sniff(bytes), want, "{}", String::from_utf8_lossy(bytes));
        }
    }
}
