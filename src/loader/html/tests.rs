//! Pages written for these tests: chrome, metadata, figures, charsets,
//! hostile markup.

use super::*;

fn load(html: &str) -> Article {
    match page("test.html", html.as_bytes(), &Hints::default()) {
        Ok(article) => article,
        Err(e) => panic!("no article: {e}"),
    }
}

fn texts(article: &Article, kind: BlockKind) -> Vec<&str> {
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
