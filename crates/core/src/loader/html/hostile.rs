//! Pages written by strangers: nesting a hundred thousand deep, escape
//! sequences and bidi controls in text and attributes, entity tricks,
//! broken markup, huge pages. Each gives an article or an error, never a
//! panic, a hang or a hidden character.

use super::*;
use crate::loader::work;

fn load(html: &str) -> Result<Article, HtmlError> {
    page("hostile.html", html.as_bytes(), &Hints::default())
}

fn body_text(article: &Article) -> String {
    let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    texts.join("\n")
}

/// Every string the page gave the article.
fn all_strings(a: &Article) -> Vec<String> {
    let mut all = vec![a.title.clone()];
    all.extend(a.byline.clone());
    all.extend(a.dateline.clone());
    all.extend(a.caption.clone());
    all.extend(a.credit.clone());
    all.extend(a.url.clone());
    all.extend(a.published.clone());
    all.extend(a.blocks.iter().map(|b| b.text.clone()));
    all.extend(a.entities.iter().map(|e| e.name.clone()));
    all
}

fn is_bidi_or_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{61c}')
}

const STORY: &str = "<p>The old bridge over the river reopened on Monday after eight months of repairs that cost the town more than it had planned.</p>";

fn nested_divs(n: usize, inner: &str) -> String {
    format!(
        "<html><body>{}{inner}{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    )
}

#[test]
fn a_hundred_thousand_nested_elements_neither_overflow_nor_stall() {
    let n = 100_000;
    for html in [
        nested_divs(n, STORY),
        // Never closed.
        format!("<html><body>{}{STORY}", "<div>".repeat(n)),
        // Other shapes, smaller: the extractor's cost grows with depth
        // times size, and depth is capped, so these are linear too.
        format!("<html><body>{}{STORY}", "<span><b>".repeat(n / 10)),
        format!(
            "<html><body>{}{STORY}",
            "<blockquote><ul><li>".repeat(n / 20)
        ),
    ] {
        let article = load(&html).unwrap();
        assert!(
            body_text(&article).contains("The old bridge over the river"),
            "{:?}",
            &html[..40]
        );
        let blocks = fragment(&html);
        assert!(blocks.iter().any(|b| b.text.contains("The old bridge")));
    }
}

#[test]
fn cutting_deep_nesting_is_linear_work() {
    let (small, _) = work::count(|| nesting::limit(&nested_divs(20_000, STORY)).len());
    let (large, _) = work::count(|| nesting::limit(&nested_divs(40_000, STORY)).len());
    assert!(small > 0);
    assert!(
        large <= small * 5 / 2,
        "doubling the page cost {small} → {large} steps"
    );
}

#[test]
fn escape_sequences_and_bidi_controls_never_reach_the_article() {
    let html = "<html><head>\
        <title>Bridge\u{1b}[2J\u{1b}]0;pwned\u{7} reopens\u{202e}txt.exe</title>\
        <meta name=author content=\"Ana\u{1b}[31m Lopez\u{2066}\">\
        <meta property=article:published_time content=\"2024-03-05\u{1b}[0m\">\
        <link rel=canonical href=\"https://example.org/a\u{1b}[1m\u{202e}\">\
        </head><body><article>\
        <figure><img src=x alt=\"\u{1b}[5m\"><figcaption>Cap\u{9b}31mtion\u{2067}. Photo: Jane\u{1b}P Roe/AFP</figcaption></figure>\
        <p>The old bridge \u{1b}[31mover the river\u{1b}[0m reopened on Monday &#27;[2J after eight months of &#x202E;repairs that cost the town more\u{8} than planned.</p>\
        <p>\u{202d}“We kept our promise,” said Mayor Ana\u{200f} Lopez\u{1b}]8;;http://evil\u{1b}\\ at the ribbon.</p>\
        </article></body></html>";
    let article = load(html).unwrap();
    for s in all_strings(&article) {
        assert!(!s.chars().any(is_bidi_or_control), "{s:?}");
    }
    assert!(body_text(&article).contains("over the river"));
}

#[test]
fn entities_decode_once_into_text_never_into_markup() {
    let html = "<html><body><article>\
        <p>Escaped markup &lt;script&gt;alert(1)&lt;/script&gt; and &amp;lt;b&amp;gt; stay words in this long enough paragraph about the bridge.</p>\
        <p>Odd numbers &#0; &#xD800; &#x110000; &#99999999999; &bogus; &amp &#x41 are read the way browsers read them, in a second paragraph.</p>\
        </article></body></html>";
    let article = load(html).unwrap();
    let text = body_text(&article);
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
    assert!(text.contains("&lt;b&gt;"), "{text}");
    assert!(text.contains("&bogus;"), "{text}");
    for s in all_strings(&article) {
        assert!(!s.chars().any(is_bidi_or_control), "{s:?}");
    }
    // A DTD cannot define entities in HTML: nothing expands.
    let bomb = format!(
        "<!DOCTYPE html [<!ENTITY a \"{}\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><html><body>{STORY}<p>&b;</p></body></html>",
        "x".repeat(100)
    );
    let article = load(&bomb).unwrap();
    assert!(body_text(&article).len() < 1000);
}

#[test]
fn broken_markup_still_gives_the_story() {
    for html in [
        // Nothing closed.
        "<html><body><article><p>The old bridge over the river reopened on Monday after eight months of repairs that cost the town more than it had planned.<p>Traffic was light in the morning, but by the evening queues had formed on both banks as drivers came back.",
        // Stray and crossed end tags, a tag in an attribute.
        "</div></p><html><body><article title='<p>not text</p>'><p>The old bridge over the river <b><i>reopened</b></i> on Monday after eight months of repairs that cost the town more than it had planned.</p></span></article></td>",
        // A paragraph in a table in a paragraph.
        "<p>The old bridge over the river reopened<table><tr><td><p>on Monday after eight months of repairs that cost the town more than it had planned.</table>",
        // An unended tag and an unended comment at the end.
        "<html><body><p>The old bridge over the river reopened on Monday after eight months of repairs that cost the town more than it had planned.</p><a href='x",
        "<html><body><p>The old bridge over the river reopened on Monday after eight months of repairs that cost the town more than it had planned.</p><!-- and then",
    ] {
        let article = load(html).unwrap_or_else(|e| panic!("{e}: {html}"));
        assert!(body_text(&article).contains("reopened"), "{html}");
    }
    for junk in [
        "<",
        "<<<<>>>>",
        "<!--",
        "</>",
        "<a b='",
        "\u{feff}",
        "<?xml?><x/>",
        "&#x1b;",
    ] {
        let _ = load(junk);
        let _ = fragment(junk);
    }
}

#[test]
fn huge_pages_and_huge_parts_are_read() {
    // A big page: thousands of paragraphs.
    let many: String = (0..6000)
        .map(|i| format!("<p>Paragraph {i} of the long report on the bridge, with enough words to count as prose.</p>"))
        .collect();
    let article = load(&format!(
        "<html><body><article>{many}</article></body></html>"
    ))
    .unwrap();
    assert!(article.blocks.len() >= 5000, "{}", article.blocks.len());
    // One enormous text node, attribute and tag soup of unended tags.
    let words = "word ".repeat(400_000);
    assert!(load(&format!("<html><body><p>{words}</p></body></html>")).is_ok());
    let attr = "x".repeat(1 << 20);
    assert!(load(&format!(
        "<html><body><div class=\"{attr}\">{STORY}</div></body></html>"
    ))
    .is_ok());
    let soup = "<a".repeat(200_000);
    let _ = load(&format!("<html><body>{STORY}{soup}"));
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of markup that meet in odd orders: tags of every kind, open
    /// and closed, entities, controls, bidi, quotes, metadata.
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div class=share>",
        "<div>",
        "</div>",
        "<figure>",
        "</figure>",
        "<figcaption>",
        "</figcaption>",
        "<h2>",
        "</h2>",
        "<li>",
        "<ul>",
        "</ul>",
        "<a href=x>",
        "</a>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<br>",
        "<table><tr><td>",
        "&amp;",
        "&#27;",
        "&#x202e;",
        "&lt;",
        "&",
        "<",
        ">",
        "\"",
        "'",
        "\u{1b}[31m",
        "\u{202e}",
        "\u{0}",
        "“",
        "”",
        "said Ana Lopez",
        "The bridge reopened on Monday after months of repairs. ",
        "<meta charset=windows-1251>",
        "<title>T</title>",
        "<time datetime=2024-02-30>",
        "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":",
        "<link rel=canonical href=javascript:x>",
        "é",
        "\r\n",
        " ",
    ];

    proptest! {
        #[test]
        fn any_mix_of_markup_gives_an_article_or_an_error_and_nothing_hidden(
            picks in proptest::collection::vec(0..PIECES.len(), 0..120)
        ) {
            let html: String = picks.iter().map(|&i| PIECES[i]).collect();
            if let Ok(article) = page("fuzz.html", html.as_bytes(), &Hints::default()) {
                for s in all_strings(&article) {
                    prop_assert!(!s.chars().any(is_bidi_or_control), "{:?}", s);
                }
            }
            for block in fragment(&html) {
                prop_assert!(!block.text.chars().any(is_bidi_or_control), "{:?}", block.text);
            }
        }
    }
}
