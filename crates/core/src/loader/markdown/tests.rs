use super::*;

fn texts(a: &Article) -> Vec<(BlockKind, &str)> {
    a.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
}

const STORY: &str = "# Council votes on the bridge\n\n\
The council met on *Tuesday*.\n\
It voted twice.\n\n\
## Reactions\n\n\
> “We will win,” said Jane Doe.\n\n\
- First item\n\
- Second `item`\n  - Nested item\n\n\
```\nprint(\"not a quote\")\n```\n\n\
![a photo](x.png)\n\n\
<div>raw html</div>\n";

#[test]
fn headings_paragraphs_lists_and_quotes_become_blocks() {
    let a = parse("s.md", STORY);
    assert_eq!(a.title, "Council votes on the bridge");
    assert!(!a.title_derived);
    assert_eq!(a.format, Format::Markdown);
    assert_eq!(
        texts(&a),
        [
            (
                BlockKind::Paragraph,
                "The council met on Tuesday. It voted twice."
            ),
            (BlockKind::Heading, "Reactions"),
            (BlockKind::Paragraph, "“We will win,” said Jane Doe."),
            (BlockKind::Paragraph, "First item"),
            (BlockKind::Paragraph, "Second item"),
            (BlockKind::Paragraph, "Nested item"),
        ]
    );
    assert_eq!(
        a.quotes.len(),
        1,
        "code blocks hold no quotes: {:?}",
        a.quotes
    );
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn yaml_front_matter_gives_title_author_and_date() {
    let md = "---\ntitle: \"Front title\"\nauthor: Ann Reporter\ndate: 2019-04-24\n\
tags:\n  title: nested, ignored\n---\n\n# Front title\n\nBody text here.\n";
    let a = parse("s.md", md);
    assert_eq!(a.title, "Front title");
    assert_eq!(a.byline.as_deref(), Some("Ann Reporter"));
    assert_eq!(a.published.as_deref(), Some("2019-04-24T00:00:00Z"));
    assert_eq!(texts(&a), [(BlockKind::Paragraph, "Body text here.")]);
}

#[test]
fn toml_front_matter_and_a_different_heading_kept_in_the_body() {
    let md = "+++\ntitle = 'From TOML'\ndate = 2020-01-02T03:04:05+01:00\n+++\n\n# Section one\n\nText.\n";
    let a = parse("s.md", md);
    assert_eq!(a.title, "From TOML");
    assert_eq!(a.published.as_deref(), Some("2020-01-02T02:04:05Z"));
    assert_eq!(
        texts(&a),
        [
            (BlockKind::Heading, "Section one"),
            (BlockKind::Paragraph, "Text.")
        ]
    );
}

#[test]
fn without_a_heading_the_title_is_derived_and_broken_front_matter_is_skipped() {
    let a = parse(
        "s.md",
        "---\n: : :\nnot yaml at all\n---\n\nJust a paragraph. And more.\n",
    );
    assert!(a.title_derived);
    assert_eq!(a.title, "Just a paragraph");
    assert_eq!(a.byline, None);
    assert_eq!(
        texts(&a),
        [(BlockKind::Paragraph, "Just a paragraph. And more.")]
    );
}

#[test]
fn a_later_h1_is_a_heading_not_the_title() {
    let a = parse("s.md", "Intro paragraph.\n\n# Late heading\n\nMore.\n");
    assert!(a.title_derived);
    assert_eq!(a.blocks[1].kind, BlockKind::Heading);
    assert_eq!(a.blocks[1].text, "Late heading");
}
