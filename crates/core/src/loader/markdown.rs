//! Markdown → article, with `pulldown-cmark`: headings become heading
//! blocks; paragraphs, list items and block quotes paragraphs; then the
//! same quote, entity and attribution stages as plain text run on them.
//!
//! The title is the front matter's `title`, else a leading `# Title`,
//! else made from the first paragraph as for plain text. Front matter
//! (YAML between `---`, TOML between `+++`) gives `title`, `author` and
//! `date` when it has them and is otherwise skipped, never shown.
//!
//! Code blocks, raw HTML and image alt text are dropped: they are not the
//! article's prose, and a code block's string literals would read as
//! quotes nobody said.

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::layout::{derive_title, Layout};
use crate::article::{Article, Block, BlockKind, Format};

/// Structure Markdown `raw` (already decoded) into an [`Article`].
pub fn parse(source: &str, raw: &str) -> Article {
    let text = super::text::normalize(raw);
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut blocks: Vec<Block> = Vec::new();
    let mut front = FrontMatter::default();
    let mut buf = String::new();
    let mut kind = BlockKind::Paragraph;
    // The level of the heading being read, and whether it is the very
    // first block (a leading `# Title`).
    let mut leading_h1 = None;
    let mut first_h1: Option<String> = None;
    // Inside a code block, an image or front matter: text not kept as prose.
    let mut skip = 0usize;
    let mut metadata: Option<(MetadataBlockKind, String)> = None;
    for event in Parser::new_ext(&text, options) {
        match event {
            Event::Start(Tag::MetadataBlock(k)) => metadata = Some((k, String::new())),
            Event::End(TagEnd::MetadataBlock(_)) => {
                if let Some((k, body)) = metadata.take() {
                    front = FrontMatter::read(k, &body);
                }
            }
            Event::Text(t) if metadata.is_some() => {
                if let Some((_, body)) = metadata.as_mut() {
                    body.push_str(&t);
                }
            }
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image | TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1)
            }
            _ if skip > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut blocks, &mut buf, kind);
                kind = BlockKind::Heading;
                leading_h1 = (level == HeadingLevel::H1 && blocks.is_empty()).then_some(());
            }
            Event::End(TagEnd::Heading(_)) => {
                let text = super::clean(&buf);
                if leading_h1.take().is_some() && first_h1.is_none() && !text.is_empty() {
                    first_h1 = Some(text);
                    buf.clear();
                } else {
                    flush(&mut blocks, &mut buf, kind);
                }
                kind = BlockKind::Paragraph;
            }
            // A list item may hold paragraphs or, in a tight list, bare
            // text; a nested list ends the text before it.
            Event::Start(Tag::Paragraph | Tag::Item | Tag::List(_) | Tag::BlockQuote(_))
            | Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::List(_) | TagEnd::BlockQuote(_),
            ) => flush(&mut blocks, &mut buf, kind),
            Event::Text(t) | Event::Code(t) => buf.push_str(&t),
            Event::SoftBreak | Event::HardBreak => buf.push(' '),
            _ => {}
        }
    }
    flush(&mut blocks, &mut buf, kind);

    let mut title = front.title.clone().or(first_h1.clone());
    if front.title.is_some() {
        // The leading heading is part of the body when the front matter
        // named the title, unless it only repeats it.
        if let Some(h1) = first_h1.filter(|h| Some(h) != front.title.as_ref()) {
            blocks.insert(
                0,
                Block {
                    kind: BlockKind::Heading,
                    text: h1,
                },
            );
        }
    }
    let title_derived = title.is_none();
    if title_derived {
        title = blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)
            .or(blocks.first())
            .map(|b| derive_title(&b.text));
    }
    let layout = Layout {
        title: title.unwrap_or_default(),
        title_derived,
        byline: front.author,
        blocks,
        ..Layout::default()
    };
    let mut article = super::structure(source, raw, layout);
    article.published = front.date;
    article.format = Format::Markdown;
    article
}

fn flush(blocks: &mut Vec<Block>, buf: &mut String, kind: BlockKind) {
    let text = super::clean(buf);
    buf.clear();
    if !text.is_empty() {
        blocks.push(Block { kind, text });
    }
}

/// What the front matter says, every field cleaned.
#[derive(Debug, Default)]
struct FrontMatter {
    title: Option<String>,
    author: Option<String>,
    /// RFC 3339, when the date reads as one or as a plain `YYYY-MM-DD`.
    date: Option<String>,
}

impl FrontMatter {
    /// Read the few fields used; anything else in it, or anything that
    /// does not parse, is skipped.
    fn read(kind: MetadataBlockKind, body: &str) -> FrontMatter {
        let mut out = FrontMatter::default();
        for line in body.lines() {
            let sep = match kind {
                MetadataBlockKind::YamlStyle => ':',
                MetadataBlockKind::PlusesStyle => '=',
            };
            let Some((key, value)) = line.split_once(sep) else {
                continue;
            };
            // Top-level keys only: an indented line belongs to a nested map.
            if key.starts_with(char::is_whitespace) {
                continue;
            }
            let value = unquote(value.trim());
            let value = super::clean(value);
            if value.is_empty() {
                continue;
            }
            match key.trim().to_ascii_lowercase().as_str() {
                "title" => out.title = Some(value),
                "author" | "authors" | "byline" => {
                    out.author = Some(value.trim_matches(['[', ']']).replace(['"', '\''], ""))
                }
                "date" | "published" => out.date = rfc3339(&value),
                _ => {}
            }
        }
        out
    }
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

/// A front-matter date as RFC 3339 in UTC: full timestamps as given,
/// a plain date as its midnight UTC.
pub(crate) fn rfc3339(value: &str) -> Option<String> {
    use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
    if let Ok(t) = DateTime::parse_from_rfc3339(value) {
        return Some(
            t.with_timezone(&Utc)
                .to_rfc3339_opts(SecondsFormat::Secs, true),
        );
    }
    // `2019-04-24 08:00:00 +0000`, as some static-site generators write it.
    if let Ok(t) = DateTime::parse_from_str(value, "%Y-%m-%d %H:%M:%S %z") {
        return Some(
            t.with_timezone(&Utc)
                .to_rfc3339_opts(SecondsFormat::Secs, true),
        );
    }
    let day = value.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(|d| format!("{}T00:00:00Z", d.format("%Y-%m-%d")))
}

#[cfg(test)]
mod tests;
