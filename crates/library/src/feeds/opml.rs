//! OPML 2.0, the subscription list every feed reader imports and exports.
//!
//! A feed is an `<outline>` with an `xmlUrl`; the outlines it sits in are
//! folders, and their titles become its tags. Export writes each feed once,
//! inside a folder named after its first tag, with every tag also in the
//! standard `category` attribute (`/tag1,/tag2`), so import gives back the
//! same tags in the same order: the two round-trip.

use std::path::Path;

use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::urls::Subscription;
use super::FeedsError;

/// A feed read from an OPML file, with the title it had there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpmlFeed {
    pub sub: Subscription,
    pub title: Option<String>,
}

/// The feeds in an OPML document, in document order. Outlines without an
/// `xmlUrl` are folders; a feed without an http(s) address is left out and
/// named in `skipped`.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<(Vec<OpmlFeed>, Vec<String>), FeedsError> {
    let text = String::from_utf8_lossy(bytes);
    let mut reader = Reader::from_str(&text);
    let bad = |reason: String| FeedsError::Opml {
        path: path.to_path_buf(),
        reason,
    };
    // Titles of the open folders; `None` for an open feed outline (a feed
    // nested in a feed is still read, but the outer one is no folder).
    let mut stack: Vec<Option<String>> = Vec::new();
    let mut feeds = Vec::new();
    let mut skipped = Vec::new();
    let mut saw_opml = false;
    loop {
        let event = reader.read_event().map_err(|e| {
            bad(format!(
                "not well-formed XML near byte {}: {e}",
                reader.buffer_position()
            ))
        })?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "opml" => {
                saw_opml = true;
                let _ = &e;
            }
            Event::Start(e) if is_outline(&e) => {
                let outline = read_outline(&e).map_err(bad)?;
                stack.push(take_feed(outline, &stack, &mut feeds, &mut skipped));
            }
            Event::Empty(e) if is_outline(&e) => {
                let outline = read_outline(&e).map_err(bad)?;
                take_feed(outline, &stack, &mut feeds, &mut skipped);
            }
            Event::End(e) if e.local_name().as_ref() == "outline" => {
                stack.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_opml {
        return Err(bad("no <opml> element: not an OPML file".to_string()));
    }
    Ok((feeds, skipped))
}

struct Outline {
    text: Option<String>,
    xml_url: Option<String>,
    category: Option<String>,
}

fn is_outline(e: &BytesStart<'_>) -> bool {
    e.local_name().as_ref() == "outline"
}

fn read_outline(e: &BytesStart<'_>) -> Result<Outline, String> {
    let mut outline = Outline {
        text: None,
        xml_url: None,
        category: None,
    };
    let mut title = None;
    for attr in e.attributes() {
        let attr = attr.map_err(|e| format!("a broken attribute: {e}"))?;
        let value = attr
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|e| format!("a broken attribute value: {e}"))?
            .trim()
            .to_string();
        if value.is_empty() {
            continue;
        }
        match attr.key.local_name().as_ref() {
            "text" => outline.text = Some(value),
            "title" => title = Some(value),
            "xmlUrl" | "xmlurl" => outline.xml_url = Some(value),
            "category" => outline.category = Some(value),
            _ => {}
        }
    }
    // `text` is required by the spec, `title` is what many readers write.
    outline.text = outline.text.or(title);
    Ok(outline)
}

/// Record `outline` when it is a feed; what the stack holds for it.
fn take_feed(
    outline: Outline,
    stack: &[Option<String>],
    feeds: &mut Vec<OpmlFeed>,
    skipped: &mut Vec<String>,
) -> Option<String> {
    let Some(url) = outline.xml_url else {
        return outline.text;
    };
    if super::urls::check_url(&url).is_err() {
        skipped.push(url);
        return None;
    }
    let mut tags: Vec<String> = Vec::new();
    let categories = outline
        .category
        .iter()
        .flat_map(|c| c.split(','))
        .map(|c| c.trim().trim_start_matches('/').to_string());
    for tag in stack.iter().flatten().cloned().chain(categories) {
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    feeds.push(OpmlFeed {
        sub: Subscription { url, tags },
        title: outline.text,
    });
    None
}

/// A feed to export: its subscription and what is known of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFeed<'a> {
    pub sub: &'a Subscription,
    pub title: Option<&'a str>,
    pub site: Option<&'a str>,
}

/// The feeds as an OPML 2.0 document.
pub fn render(feeds: &[ExportFeed<'_>]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    \
         <title>newsreader subscriptions</title>\n  </head>\n  <body>\n",
    );
    // Folders in order of first appearance, untagged feeds first.
    let mut folders: Vec<&str> = Vec::new();
    for feed in feeds {
        if let Some(tag) = feed.sub.tags.first() {
            if !folders.contains(&tag.as_str()) {
                folders.push(tag);
            }
        }
    }
    for feed in feeds.iter().filter(|f| f.sub.tags.is_empty()) {
        outline(&mut out, feed, "    ");
    }
    for folder in folders {
        let name = attr(folder);
        out.push_str(&format!("    <outline text=\"{name}\" title=\"{name}\">\n"));
        for feed in feeds
            .iter()
            .filter(|f| f.sub.tags.first().map(String::as_str) == Some(folder))
        {
            outline(&mut out, feed, "      ");
        }
        out.push_str("    </outline>\n");
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

fn outline(out: &mut String, feed: &ExportFeed<'_>, indent: &str) {
    let title = attr(feed.title.unwrap_or(&feed.sub.url));
    out.push_str(&format!(
        "{indent}<outline type=\"rss\" text=\"{title}\" title=\"{title}\" xmlUrl=\"{}\"",
        attr(&feed.sub.url)
    ));
    if let Some(site) = feed.site {
        out.push_str(&format!(" htmlUrl=\"{}\"", attr(site)));
    }
    if !feed.sub.tags.is_empty() {
        let categories: Vec<String> = feed
            .sub
            .tags
            .iter()
            .map(|t| format!("/{}", t.replace(',', " ")))
            .collect();
        out.push_str(&format!(" category=\"{}\"", attr(&categories.join(","))));
    }
    out.push_str("/>\n");
}

/// Text fit for an XML attribute: escaped, and without the characters
/// XML 1.0 cannot hold at all (controls other than tab and newline; those
/// two as character references so they survive attribute normalisation).
fn attr(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))
        .collect();
    escape(kept.as_str())
        .replace('\t', "&#9;")
        .replace('\n', "&#10;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(url: &str, tags: &[&str]) -> Subscription {
        Subscription {
            url: url.to_string(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn folders_become_tags() {
        let doc = br#"<?xml version="1.0"?>
<opml version="1.0"><head/><body>
  <outline text="Tech">
    <outline title="Deep &amp; Wide">
      <outline type="rss" text="A" xmlUrl="https://a.example/rss"/>
    </outline>
    <outline type="rss" text="B" xmlUrl="https://b.example/atom" category="/extra,/Tech"/>
  </outline>
  <outline type="rss" text="C" xmlUrl="http://c.example/feed"></outline>
  <outline type="rss" text="Bad" xmlUrl="file:///etc/passwd"/>
</body></opml>"#;
        let (feeds, skipped) = parse(Path::new("f.opml"), doc).unwrap();
        let subs: Vec<_> = feeds.iter().map(|f| f.sub.clone()).collect();
        assert_eq!(
            subs,
            vec![
                sub("https://a.example/rss", &["Tech", "Deep & Wide"]),
                sub("https://b.example/atom", &["Tech", "extra"]),
                sub("http://c.example/feed", &[]),
            ]
        );
        assert_eq!(feeds[0].title.as_deref(), Some("A"));
        assert_eq!(skipped, vec!["file:///etc/passwd".to_string()]);
    }

    #[test]
    fn export_reads_back_the_same() {
        let subs = [
            sub("https://a.example/rss?x=1&y=2", &["news", "a \"b\" <c>"]),
            sub("https://b.example/feed", &[]),
            sub("https://c.example/feed", &["a \"b\" <c>"]),
        ];
        let feeds: Vec<_> = subs
            .iter()
            .map(|s| ExportFeed {
                sub: s,
                title: Some("T & \u{1b}[31mred"),
                site: None,
            })
            .collect();
        let doc = render(&feeds);
        let (back, _) = parse(Path::new("x"), doc.as_bytes()).unwrap();
        let mut got: Vec<_> = back.iter().map(|f| f.sub.clone()).collect();
        got.sort_by(|a, b| a.url.cmp(&b.url));
        assert_eq!(got, subs.to_vec());
        assert_eq!(back[0].title.as_deref(), Some("T & [31mred"));
    }

    #[test]
    fn garbage_is_named() {
        let err = parse(
            Path::new("bad.opml"),
            b"<opml><body><outline text=\"x></body>",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("bad.opml: "), "{err}");
        let err = parse(Path::new("x.opml"), b"<html></html>")
            .unwrap_err()
            .to_string();
        assert!(err.contains("not an OPML file"), "{err}");
    }
}
