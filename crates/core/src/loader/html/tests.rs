//! Pages written for these tests: chrome, metadata, figures, charsets,
//! hostile markup.

use super::*;

pub(super) fn load(html: &str) -> Article {
    match page("test.html", html.as_bytes(), &Hints::default()) {
        Ok(article) => article,
        Err(e) => panic!("no article: {e}"),
    }
}

pub(super) fn texts(article: &Article, kind: BlockKind) -> Vec<&str> {
    article
        .blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| b.text.as_str())
        .collect()
}

#[test]
fn fragment_maps_headings_paragraphs_items_and_captions() {
    let blocks = fragment(
        "<h2>Rain &amp; wind</h2><p>First <b>bold</b> line.</p><script>evil()</script>\
         <ul><li>One</li><li>Two</li></ul><figure><img src=x><figcaption>A cat.</figcaption></figure>\
         <style>p{}</style><iframe>frame</iframe><div>Last &#8220;words&#8221;</div>",
    );
    let got: Vec<(BlockKind, &str)> = blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert_eq!(
        got,
        [
            (BlockKind::Heading, "Rain & wind"),
            (BlockKind::Paragraph, "First bold line."),
            (BlockKind::Paragraph, "One"),
            (BlockKind::Paragraph, "Two"),
            (BlockKind::Caption, "A cat."),
            (BlockKind::Paragraph, "Last “words”"),
        ]
    );
}

/// A news page with every kind of chrome around and inside the story.
const CHROME_PAGE: &str = r##"<!doctype html><html><head><title>Floods close the valley road | The Valley Times</title></head>
<body>
<header class="site-header"><a href="/">The Valley Times</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></div>
<main><article>
<h1>Floods close the valley road</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
<p>The main road through the valley was closed on Tuesday after two days of heavy rain, leaving three villages cut off from the market town.</p>
<p>Engineers from the county council said the river had risen faster than at any time in the past decade, and that the road would stay shut until the water fell.</p>
<aside class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up to our daily newsletter for the stories that matter to the valley.</p></aside>
<p>Residents of the upper villages were being supplied by tractor, and the school bus was cancelled for the rest of the week while the bridge was inspected.</p>
<div class="related-links"><h3>More on this story</h3><ul><li><a href="/a">Rain warning issued for the weekend ahead</a></li><li><a href="/b">Council budget for river defences cut again</a></li></ul></div>
<p>The council has promised a review of the river defences once the flood has passed, the third such review in ten years.</p>
<div class="social-share"><a href="#">Email</a><a href="#">Print</a></div>
</article></main>
<aside class="sidebar"><h2>Most read</h2><ol><li>Baker wins county prize for the third time running</li><li>New car park for the station approved after long debate</li></ol></aside>
<footer><p>© 2024 The Valley Times. All rights reserved.</p></footer>
<script>window.ads = true;</script>
</body></html>"##;

#[test]
fn page_chrome_is_left_out_and_only_the_story_remains() {
    let article = load(CHROME_PAGE);
    assert_eq!(article.title, "Floods close the valley road");
    assert!(!article.title_derived);
    let paragraphs = texts(&article, BlockKind::Paragraph);
    assert_eq!(paragraphs.len(), 4, "{paragraphs:#?}");
    assert!(paragraphs[0].starts_with("The main road through the valley"));
    assert!(paragraphs[1].starts_with("Engineers from the county council"));
    assert!(paragraphs[2].starts_with("Residents of the upper villages"));
    assert!(paragraphs[3].starts_with("The council has promised a review"));
    assert!(
        texts(&article, BlockKind::Heading).is_empty(),
        "{:?}",
        article.blocks
    );
    assert_eq!(article.format, Format::Html);
}

#[test]
fn json_ld_gives_title_byline_date_and_address() {
    let article = load(
        r#"<html><head><title>Something else | Site</title>
        <meta property="og:title" content="The OpenGraph title">
        <link rel="canonical" href="https://news.example.org/2024/bridge">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Example News"},
          {"@type":"NewsArticle","headline":"Bridge reopens after repairs",
           "author":[{"@type":"Person","name":"Ana Lopez"},{"@type":"Person","name":"Ben Okafor"}],
           "datePublished":"2024-03-05T09:30:00.000+01:00"}]}
        </script></head>
        <body><article><h1>Bridge reopens after repairs</h1>
        <p>The old bridge over the river reopened on Monday after eight months of repairs that cost the town more than it had planned.</p>
        <p>Traffic was light in the morning, but by the evening queues had formed on both banks as drivers returned to the old route.</p>
        </article></body></html>"#,
    );
    assert_eq!(article.title, "Bridge reopens after repairs");
    assert_eq!(article.byline.as_deref(), Some("Ana Lopez and Ben Okafor"));
    assert_eq!(
        article.published.as_deref(),
        Some("2024-03-05T09:30:00+01:00")
    );
    assert_eq!(
        article.url.as_deref(),
        Some("https://news.example.org/2024/bridge")
    );
    // The h1 repeats the title: it is not a heading of the body.
    assert!(
        texts(&article, BlockKind::Heading).is_empty(),
        "{:?}",
        article.blocks
    );
    assert_eq!(texts(&article, BlockKind::Paragraph).len(), 2);
}

/// Two paragraphs of story, for pages whose other parts are under test.
pub(super) const STORY: &str = "<p>The old bridge over the river reopened on Monday after eight months of repairs that cost the town more than it had planned.</p>\
<p>Traffic was light in the morning, but by the evening queues had formed on both banks as drivers returned to the old route.</p>";

#[test]
fn without_json_ld_metadata_comes_from_meta_tags() {
    let html = format!(
        r#"<html><head><title>Ignored</title>
        <meta property="og:title" content="Bridge reopens | Example News">
        <meta property="og:site_name" content="Example News">
        <meta name="author" content="By Ana Lopez">
        <meta property="article:published_time" content="2024-03-05">
        <meta property="og:url" content="https://news.example.org/b">
        </head><body><article>{STORY}</article></body></html>"#
    );
    let article = load(&html);
    assert_eq!(article.title, "Bridge reopens");
    assert_eq!(article.byline.as_deref(), Some("Ana Lopez"));
    assert_eq!(article.published.as_deref(), Some("2024-03-05T00:00:00Z"));
    assert_eq!(article.url.as_deref(), Some("https://news.example.org/b"));
}

#[test]
fn the_markup_gives_title_byline_and_date_when_no_metadata_does() {
    let html = format!(
        r#"<html><head><title>Bridge reopens - Example News</title></head><body><article>
        <span class="byline">By Ana Lopez</span> <time datetime="2024-03-05T10:00Z">March 5</time>
        {STORY}</article></body></html>"#
    );
    let article = load(&html);
    assert_eq!(article.title, "Bridge reopens");
    assert_eq!(article.byline.as_deref(), Some("Ana Lopez"));
    assert_eq!(article.published.as_deref(), Some("2024-03-05T10:00:00Z"));
    assert_eq!(article.url, None);
}

#[test]
fn hostile_links_never_become_the_address() {
    let html = format!(
        r#"<html><head><link rel="canonical" href="javascript:alert(1)">
        <meta property="og:url" content="file:///etc/passwd"></head>
        <body><article>{STORY}</article></body></html>"#
    );
    let fetched = Hints {
        url: Some("https://news.example.org/fetched"),
        content_type: None,
    };
    let article = page("p.html", html.as_bytes(), &fetched).unwrap();
    assert_eq!(
        article.url.as_deref(),
        Some("https://news.example.org/fetched")
    );
    let article = load(&html);
    assert_eq!(article.url, None);
}

#[test]
fn figures_give_the_lead_caption_and_credit_and_body_captions() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>
        <figure><img src="lead.jpg"><figcaption>Drivers cross the bridge on Monday. Photo: Jane Roe/AFP</figcaption></figure>
        {STORY}
        <figure><img src="b.jpg"><figcaption>The mayor cuts the ribbon. <span class="credit">Reuters</span></figcaption></figure>
        <p>The town council said the next repairs, to the road leading up to the bridge, would start in the autumn and last a month.</p>
        </article></body></html>"#
    );
    let article = load(&html);
    assert_eq!(
        article.caption.as_deref(),
        Some("Drivers cross the bridge on Monday.")
    );
    assert_eq!(article.credit.as_deref(), Some("Jane Roe/AFP"));
    assert_eq!(
        texts(&article, BlockKind::Caption),
        ["The mayor cuts the ribbon. (Reuters)"]
    );
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Paragraph,
            BlockKind::Paragraph,
            BlockKind::Caption,
            BlockKind::Paragraph
        ]
    );
}

#[test]
fn headings_and_lists_keep_their_structure() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>{STORY}
        <h2>What changes for drivers</h2>
        <ul><li>The speed limit on the bridge is now 30 km/h for every vehicle.</li>
        <li>Lorries over 12 tonnes must use the ring road instead of the bridge.</li></ul>
        <h3>And for cyclists</h3><p>A new cycle lane runs along the north side of the bridge, separated from the road by a barrier.</p>
        </article></body></html>"#
    );
    let article = load(&html);
    let got: Vec<(BlockKind, &str)> = article
        .blocks
        .iter()
        .skip(2)
        .map(|b| (b.kind, &b.text[..b.text.len().min(20)]))
        .collect();
    assert_eq!(
        got,
        [
            (BlockKind::Heading, "What changes for dri"),
            (BlockKind::Paragraph, "The speed limit on t"),
            (BlockKind::Paragraph, "Lorries over 12 tonn"),
            (BlockKind::Heading, "And for cyclists"),
            (BlockKind::Paragraph, "A new cycle lane run"),
        ]
    );
}

#[test]
fn quotes_are_attributed_on_a_page_as_on_its_plain_text() {
    let paragraphs = [
        "The old bridge over the river reopened on Monday after eight months of repairs.",
        "“We kept our promise to the town,” said Mayor Ana Lopez, who cut the ribbon.",
        "Ben Okafor, who drives a bus across the bridge every day, was less impressed. “It took far too long,” he said.",
        "Lopez said the next repairs would start in the autumn.",
    ];
    let plain = crate::loader::parse(
        "bridge.txt",
        &format!("Bridge reopens\n\n{}\n", paragraphs.join("\n\n")),
    );
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let html = load(&format!(
        "<html><head><title>Bridge reopens</title></head><body><article>{body}</article></body></html>"
    ));
    assert_eq!(html.title, plain.title);
    assert_eq!(html.blocks, plain.blocks);
    let said = |a: &Article| -> Vec<(String, Option<String>)> {
        a.quotes
            .iter()
            .map(|q| (q.text.clone(), q.speaker.clone()))
            .collect()
    };
    assert_eq!(said(&html), said(&plain));
    assert_eq!(
        said(&html),
        [
            (
                "We kept our promise to the town,".to_string(),
                Some("Ana Lopez".to_string())
            ),
            (
                "It took far too long,".to_string(),
                Some("Ben Okafor".to_string())
            ),
        ]
    );
}

#[test]
fn the_page_charset_is_honoured_and_the_header_wins() {
    let story = "<p>Старый мост через реку снова открыт после восьми месяцев ремонта, который обошёлся городу дороже, чем планировали.</p>";
    let html = format!(
        "<html><head><meta charset=iso-8859-1><title>Мост открыт</title></head><body><article>{story}{story}</article></body></html>"
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&html);
    let hints = Hints {
        url: None,
        content_type: Some("text/html; charset=windows-1251"),
    };
    let article = page("p.html", &bytes, &hints).unwrap();
    assert_eq!(article.title, "Мост открыт");
    assert!(!article.repaired);
    let latin = page("p.html", &bytes, &Hints::default()).unwrap();
    assert_ne!(latin.title, "Мост открыт", "the meta alone says Latin-1");
}

#[test]
fn bad_input_gets_an_error_that_says_what_is_wrong() {
    let none = Hints::default();
    assert_eq!(page("e.html", b"", &none).unwrap_err(), HtmlError::Empty);
    assert_eq!(
        page("e.html", b" \n\t ", &none).unwrap_err(),
        HtmlError::Empty
    );
    assert_eq!(
        page("b.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", &none).unwrap_err(),
        HtmlError::Binary
    );
    for nothing in [
        "<html><head><title>Login</title></head><body><form><input name=u></form></body></html>",
        "<html><body><nav><a href=/>Home</a></nav><script>app()</script></body></html>",
    ] {
        assert_eq!(
            page("n.html", nothing.as_bytes(), &none).unwrap_err(),
            HtmlError::NoContent
        );
    }
    assert!(HtmlError::NoContent.to_string().contains("no article text"));
}

#[test]
fn a_page_without_any_title_gets_one_from_its_first_sentence() {
    let article = load(&format!(
        "<html><body><article>{STORY}</article></body></html>"
    ));
    assert!(article.title_derived);
    assert!(
        article.title.starts_with("The old bridge over the river"),
        "{}",
        article.title
    );
}

#[test]
fn fragment_line_breaks_and_bare_text_make_paragraphs() {
    let blocks = fragment("First line of the entry.<br><br>Second line &amp; more.<br/>Third");
    let got: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        got,
        ["First line of the entry.", "Second line & more.", "Third"]
    );
    assert!(blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
    assert!(fragment("").is_empty());
    assert!(fragment("<script>only()</script><style>p{}</style>").is_empty());
}

/// Page structure on real pages: site names in titles, subheads, chrome.
mod structure;
