//! Page structure as real pages write it (issue 15): the site's name in
//! titles, bold subheads, chrome that no class names (galleries, credits,
//! contact lines, share rows, stamps). Every page here is made up.

use super::super::*;
use super::{load, texts, STORY};

#[test]
fn a_site_name_kept_in_the_json_ld_headline_is_stripped() {
    let html = format!(
        r#"<html><head><title>Bridge reopens after repairs | RiverNews</title>
        <meta property="og:site_name" content="River News">
        <script type="application/ld+json">
        {{"@type":"NewsArticle","headline":"Bridge reopens after repairs | RiverNews"}}
        </script></head><body><article>{STORY}</article></body></html>"#
    );
    assert_eq!(load(&html).title, "Bridge reopens after repairs");
    // Named by its address only.
    let html = format!(
        r#"<html><head><link rel="canonical" href="https://www.rivernews.example/b">
        <script type="application/ld+json">
        {{"@type":"NewsArticle","headline":"Bridge reopens - after repairs - RiverNews"}}
        </script></head><body><article>{STORY}</article></body></html>"#
    );
    assert_eq!(load(&html).title, "Bridge reopens - after repairs");
}

#[test]
fn only_one_site_suffix_goes_from_a_title() {
    let html = format!(
        r#"<html><head><meta property="og:site_name" content="RiverNews">
        <meta property="og:title" content="Bridge reopens after repairs — and it is late - RiverNews">
        </head><body><article>{STORY}</article></body></html>"#
    );
    assert_eq!(
        load(&html).title,
        "Bridge reopens after repairs — and it is late"
    );
}

#[test]
fn bold_only_paragraphs_are_subheads_when_text_follows() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>{STORY}
        <p><strong>What changes for drivers</strong></p>
        <p>The speed limit on the bridge is now 30 km/h for every vehicle, day and night.</p>
        <p><b>Why did it take so long?</b></p>
        <p>The council blamed the weather and a shortage of steel for the eight months of work.</p>
        <p><strong>LOPEZ:</strong></p>
        <p>We kept our promise to the town, and the town will see it every morning.</p>
        <ul><li><b>Lorries</b></li></ul>
        <p>Lorries over 12 tonnes must use the ring road instead of the bridge from now on.</p>
        <p><strong>Monday</strong></p><p><strong>Tuesday</strong></p>
        <p>Both days the bridge opens at six in the morning and closes at ten at night.</p>
        <p><strong>Thanks to our readers</strong></p>
        </article></body></html>"#
    );
    let article = load(&html);
    assert_eq!(
        texts(&article, BlockKind::Heading),
        ["What changes for drivers"],
        "{:#?}",
        article.blocks
    );
    let paragraphs = texts(&article, BlockKind::Paragraph);
    for kept in [
        "Why did it take so long?",
        "LOPEZ:",
        "Lorries",
        "Monday",
        "Tuesday",
        "Thanks to our readers",
    ] {
        assert!(paragraphs.contains(&kept), "{kept}: {paragraphs:#?}");
    }
}

/// A story with the chrome real pages leave in it once the class-named
/// boxes are gone.
const FURNITURE_PAGE: &str = r##"<html><head><title>Bridge reopens</title></head><body><article>
<p class="byline-line">Jane Roe, River News Transport Writer</p>
<p>Posted on March 5, 2024 by Admin</p>
<p>The old bridge over the river reopened on Monday after eight months of repairs that cost the town more than it had planned.</p>
<div class="story-gallery"><span>Image 1 of 3</span><p>Drivers queue at the bridge on Monday morning before it opens.</p><p>Caption</p><p>Close</p></div>
<p>Share Tweet Email</p>
<p>Traffic was light in the morning, but by the evening queues had formed on both banks as drivers returned to the old route.</p>
<p>Advert</p>
<p>The council said the next repairs, to the road leading up to the bridge, would start in the autumn and last about a month.</p>
<p>Residents said they were glad to have the bridge back, though several complained that the work had run months late.</p>
<p>Updated at 4:15 p.m.</p>
<p>(Reporting by Jane Roe; Editing by John Doe)</p>
<p>Write to Jane Roe at jane.roe@rivernews.example</p>
</article></body></html>"##;

#[test]
fn credits_contacts_share_rows_counters_and_stamps_leave_the_body() {
    let article = load(FURNITURE_PAGE);
    let paragraphs = texts(&article, BlockKind::Paragraph);
    assert_eq!(paragraphs.len(), 4, "{paragraphs:#?}");
    for (got, start) in paragraphs.iter().zip([
        "The old bridge over the river",
        "Traffic was light",
        "The council said",
        "Residents said",
    ]) {
        assert!(got.starts_with(start), "{got}");
    }
    assert!(
        texts(&article, BlockKind::Caption).is_empty(),
        "{:#?}",
        article.blocks
    );
}

#[test]
fn credits_and_contacts_stay_when_they_open_the_story() {
    // In the first half a line shaped like a credit is the story's own.
    let article = load(
        "<html><head><title>Bridge</title></head><body><article>\
         <p>Reporting by Jane Roe for the council's inquiry found the bridge unsafe in 2022.</p>\
         <p>The old bridge over the river reopened on Monday after eight months of repairs that cost the town more than it had planned.</p>\
         <p>Traffic was light in the morning, but by the evening queues had formed on both banks as drivers returned to the old route.</p>\
         </article></body></html>",
    );
    assert_eq!(texts(&article, BlockKind::Paragraph).len(), 3);
}

#[test]
fn a_dated_byline_and_bare_dates_at_the_top_leave_the_body() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>
        <p>By Jane Roe - 03/05/24 11:04 PM EST</p>
        <p>05.03.2024, 08:57</p>
        {STORY}</article></body></html>"#
    );
    let article = load(&html);
    assert_eq!(article.byline.as_deref(), Some("Jane Roe"));
    assert_eq!(texts(&article, BlockKind::Paragraph).len(), 2);
}

#[test]
fn prompts_credits_and_link_lists_after_the_story_leave_the_body() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>
        {STORY}
        <p>Jane Roe | River Agency | Getty Images</p>
        <p>The council said the next repairs, to the road leading up to the bridge, would start in the autumn and last about a month.</p>
        <p>Follow River News on Facebook, Twitter and Instagram.</p>
        <p>Get the day's top stories delivered to your inbox by subscribing to our newsletter.</p>
        <p>Residents said they were glad to have the bridge back, though several complained that the work had run months late.</p>
        <h3>More Great River News Stories</h3>
        <p>Why the ferry is still running after the bridge reopened</p>
        <p>The mayor who promised a bridge and built one</p>
        </article></body></html>"#
    );
    let article = load(&html);
    let paragraphs = texts(&article, BlockKind::Paragraph);
    assert_eq!(paragraphs.len(), 4, "{paragraphs:#?}");
    assert!(paragraphs[3].starts_with("Residents said"));
    assert_eq!(
        texts(&article, BlockKind::Caption),
        ["Jane Roe | River Agency | Getty Images"]
    );
    assert!(texts(&article, BlockKind::Heading).is_empty());
}

#[test]
fn a_note_about_the_author_link_lines_and_reading_time_leave_the_body() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title><meta name="author" content="Jane Roe"></head>
        <body><article>
        <p>4 min read</p>
        {STORY}
        <p>Listen: https://rivernews.example/podcast/15</p>
        <p>The council said the next repairs would start in the autumn and last about a month.</p>
        <h4>Jane Roe</h4>
        <p>Jane joined River News in 2017 and has covered transport and the valley's roads since.</p>
        </article></body></html>"#
    );
    let article = load(&html);
    let paragraphs = texts(&article, BlockKind::Paragraph);
    assert_eq!(paragraphs.len(), 3, "{paragraphs:#?}");
    assert!(paragraphs[2].starts_with("The council said"));
    assert!(texts(&article, BlockKind::Heading).is_empty());
    // Someone else's note, or the author in the story itself, stays.
    let other = load(&html.replace("content=\"Jane Roe\"", "content=\"John Doe\""));
    assert_eq!(texts(&other, BlockKind::Paragraph).len(), 4);
}

#[test]
fn story_highlights_promo_links_and_a_standards_footer_leave_the_body() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>
        <h3>Story highlights</h3>
        <ul><li>The bridge reopened on Monday after eight months of repairs</li>
        <li>Repairs cost the town more than it had planned</li></ul>
        {STORY}
        <p>MORE: Why the ferry still runs after the bridge reopened</p>
        <p>The council said the next repairs would start in the autumn and last about a month.</p>
        <p>Residents said they were glad to have the bridge back, though several complained.</p>
        <p>Our Standards: The River News Trust Principles.</p>
        <p>Sign in to read more from River News.</p>
        </article></body></html>"#
    );
    let article = load(&html);
    let paragraphs = texts(&article, BlockKind::Paragraph);
    assert_eq!(paragraphs.len(), 4, "{paragraphs:#?}");
    assert!(paragraphs[0].starts_with("The old bridge"));
    assert!(paragraphs[3].starts_with("Residents said"));
    assert!(texts(&article, BlockKind::Heading).is_empty());
    // A list of its own, with no such label, stays.
    let listed = load(&html.replace("Story highlights", "What changes for drivers"));
    assert_eq!(texts(&listed, BlockKind::Paragraph).len(), 6);
}

#[test]
fn a_paragraph_the_page_calls_a_subhead_is_a_heading() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>{STORY}
        <p class="article-subhead">What changes for drivers</p>
        <p>The speed limit on the bridge is now 30 km/h for every vehicle, day and night.</p>
        <p>Image caption, Drivers queue at the bridge on Monday</p>
        <p>Image source, Getty Images</p>
        <p>The council said the next repairs would start in the autumn and last about a month.</p>
        <p>SOURCE: River News and agencies</p>
        </article></body></html>"#
    );
    let article = load(&html);
    assert_eq!(
        texts(&article, BlockKind::Heading),
        ["What changes for drivers"]
    );
    assert_eq!(texts(&article, BlockKind::Paragraph).len(), 4);
    assert_eq!(texts(&article, BlockKind::Caption).len(), 2);
}

#[test]
fn teaser_links_with_a_capital_tag_are_links_and_a_bracketed_source_stays() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>{STORY}
        <p>DON'T MISS</p>
        <p><a href="/a">Ferry still runs after the bridge reopened on the river</a> [INSIGHT] |</p>
        <p><a href="/b">Mayor who promised a bridge and built one speaks out</a> [VIDEO]</p>
        <p>The council said the next repairs would start in the autumn and last about a month.</p>
        <p>[<a href="/c">RNEWS</a>]</p>
        <p>Residents said they were glad to have the bridge back, though several complained.</p>
        </article></body></html>"#
    );
    let article = load(&html);
    let paragraphs = texts(&article, BlockKind::Paragraph);
    assert_eq!(
        paragraphs[2..],
        [
            "The council said the next repairs would start in the autumn and last about a month.",
            "[RNEWS]",
            "Residents said they were glad to have the bridge back, though several complained.",
        ]
    );
}

#[test]
fn a_byline_with_a_role_instead_of_by_leaves_the_body() {
    let html = format!(
        r#"<html><head><title>Bridge reopens</title></head><body><article>
        <p>Jane Roe and John Doe, River Agency Transport Writers</p>
        <p>Opinion Columnist</p>
        {STORY}</article></body></html>"#
    );
    let article = load(&html);
    assert_eq!(article.byline.as_deref(), Some("Jane Roe and John Doe"));
    assert_eq!(texts(&article, BlockKind::Paragraph).len(), 2);
}
