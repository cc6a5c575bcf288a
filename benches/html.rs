//! HTML → `Article` throughput on one core: the bundled articles written
//! out as news pages of a realistic size and shape (a head with JSON-LD
//! and OpenGraph, inline script and style, a navigation menu, share and
//! newsletter boxes, related links, a footer: about 100 KB of page around
//! each story, as on the scrapinghub benchmark's pages, whose mean is
//! 174 KB), and a hostile page of 100,000 nested elements. The speed on
//! the benchmark's real pages is measured by scripts/extraction/run.sh
//! (docs/extraction.md). The raw parse of the same pages by the HTML
//! parser the loader builds on is measured beside it, for the ratio.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsreader::loader::html::{page, Hints};
use newsreader::loader::samples::SAMPLES;
use std::fmt::Write;
use std::time::Duration;

/// A news page around `text` (a plain-text article: title, blank line,
/// paragraphs).
fn news_page(name: &str, text: &str) -> String {
    let mut lines = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
    let title = lines.next().unwrap_or(name);
    let mut html = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://example.org/news/{name}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-03-05T09:30:00Z","author":{{"@type":"Person","name":"Ana Lopez"}}}}</script>
<style>{}</style><script>{}</script></head><body>
<header class="site-header"><nav class="main-nav"><ul>"#,
        ".c{margin:0;padding:0} ".repeat(600),
        "window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push(e)} ".repeat(400),
    );
    for i in 0..150 {
        let _ = write!(
            html,
            r#"<li class="menu-item"><a href="/section/{i}">Section {i}</a></li>"#
        );
    }
    html.push_str(r#"</ul></nav></header><main><article class="story"><h1>"#);
    html.push_str(title);
    html.push_str(r#"</h1><div class="share-tools"><a href="/share">Share</a><a href="/share">Tweet</a><a href="/share">Email</a></div>"#);
    html.push_str(r#"<figure><img src="lead.jpg"><figcaption>The scene on Monday. Photo: Jane Roe/AFP</figcaption></figure>"#);
    for (i, p) in lines.enumerate() {
        let _ = writeln!(html, "<p>{p}</p>");
        if i == 3 {
            html.push_str(r#"<aside class="newsletter-box"><h3>Morning briefing</h3><p>Sign up for our newsletter.</p></aside>"#);
        }
    }
    html.push_str(r#"<div class="related-stories"><h3>Related</h3><ul>"#);
    for i in 0..12 {
        let _ = write!(
            html,
            r#"<li><a href="/r/{i}">A related story with a long enough headline, number {i}</a></li>"#
        );
    }
    html.push_str(r#"</ul></div></article></main><footer class="site-footer">"#);
    for i in 0..200 {
        let _ = write!(html, r#"<a href="/f/{i}">Footer link {i}</a> "#);
    }
    html.push_str("</footer></body></html>");
    html
}

fn news_pages(c: &mut Criterion) {
    let pages: Vec<String> = SAMPLES.iter().map(|(n, t)| news_page(n, t)).collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("page → Article, bundled articles as news pages", |b| {
        b.iter(|| {
            for html in &pages {
                let got = page(
                    "bench.html",
                    std::hint::black_box(html.as_bytes()),
                    &Hints::default(),
                );
                std::hint::black_box(got.ok());
            }
        })
    });
    // The parser alone on the same pages: the bound the loader's HTML
    // front end cannot beat, and the share of its time that is the tree.
    group.bench_function("raw parse (dom_query::Document::from), same pages", |b| {
        b.iter(|| {
            for html in &pages {
                let doc = dom_query::Document::from(std::hint::black_box(html.as_str()));
                std::hint::black_box(doc.root().children().len());
            }
        })
    });
    group.finish();
}

fn deep_page(c: &mut Criterion) {
    let n = 100_000;
    let html = format!(
        "<html><body>{}<p>The story, a hundred thousand elements down.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let mut group = c.benchmark_group("html worst case");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(200));
    group.throughput(Throughput::Bytes(html.len() as u64));
    group.bench_function("page → Article, 100,000 nested divs", |b| {
        b.iter(|| std::hint::black_box(page("deep.html", html.as_bytes(), &Hints::default()).ok()))
    });
    group.finish();
}

criterion_group!(benches, news_pages, deep_page);
criterion_main!(benches);
