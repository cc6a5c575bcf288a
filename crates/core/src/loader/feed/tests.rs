use super::*;

const RSS2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Daily &amp; Weekly</title>
  <link>https://news.example/</link>
  <item>
    <title>Council votes on the bridge</title>
    <link>https://news.example/bridge</link>
    <guid isPermaLink="false">bridge-42</guid>
    <dc:creator>Ann Reporter</dc:creator>
    <pubDate>Wed, 24 Apr 2019 08:00:00 GMT</pubDate>
    <description>A short summary.</description>
    <content:encoded><![CDATA[<p>“We will win,” said Jane Doe.</p><p>The vote is on Monday.</p>]]></content:encoded>
  </item>
  <item>
    <title>Only a summary</title>
    <link>javascript:alert(1)</link>
    <description>&lt;p&gt;The summary &lt;b&gt;is&lt;/b&gt; the body.&lt;/p&gt;</description>
  </item>
</channel>
</rss>"#;

const RDF: &str = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/">
    <title>RDF News</title>
    <link>https://rdf.example/</link>
  </channel>
  <item rdf:about="https://rdf.example/one">
    <title>First RDF item</title>
    <link>https://rdf.example/one</link>
    <description>Mayor Lee opened the park.</description>
    <dc:date>2020-01-02T03:04:05+01:00</dc:date>
  </item>
</rdf:RDF>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Atom &lt;i&gt;Times&lt;/i&gt;</title>
  <link href="https://atom.example/"/>
  <id>urn:uuid:feed</id>
  <updated>2021-05-06T07:08:09Z</updated>
  <entry>
    <title>Storm hits the coast</title>
    <link rel="alternate" href="/storm"/>
    <id>tag:atom.example,2021:storm</id>
    <updated>2021-05-06T07:08:09Z</updated>
    <author><name>Bo Writer</name></author>
    <author><name>Cy Editor</name></author>
    <content type="html">&lt;h2&gt;Storm hits the coast&lt;/h2&gt;&lt;p&gt;Winds rose overnight.&lt;/p&gt;</content>
  </entry>
</feed>"#;

const JSON: &str = r#"{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "JSON Gazette",
  "home_page_url": "https://json.example/",
  "items": [
    {"id": "j1", "url": "https://json.example/j1", "title": "Plain words",
     "content_text": "First para with <angle> & amp.\n\nSecond para.",
     "date_published": "2022-02-03T04:05:06-05:00",
     "authors": [{"name": "Dee Author"}]}
  ]
}"#;

fn parse(s: &str) -> FeedDoc {
    parse_feed(s.as_bytes(), None).expect("parses")
}

fn texts(a: &Article) -> Vec<&str> {
    a.blocks.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn rss2_entries_carry_their_fields_and_content() {
    let feed = parse(RSS2);
    assert_eq!(feed.title, "The Daily & Weekly");
    assert_eq!(feed.site.as_deref(), Some("https://news.example/"));
    assert_eq!(feed.kind, Format::Rss);
    assert_eq!(feed.entries.len(), 2);
    let e = &feed.entries[0];
    assert_eq!(e.id, "bridge-42");
    assert_eq!(e.url.as_deref(), Some("https://news.example/bridge"));
    assert_eq!(e.title, "Council votes on the bridge");
    assert_eq!(e.author.as_deref(), Some("Ann Reporter"));
    assert_eq!(e.published.as_deref(), Some("2019-04-24T08:00:00Z"));
    let a = entry_article(&feed, e, "feed.xml");
    assert_eq!(a.title, "Council votes on the bridge");
    assert!(!a.title_derived);
    assert_eq!(a.byline.as_deref(), Some("Ann Reporter"));
    assert_eq!(a.feed.as_deref(), Some("The Daily & Weekly"));
    assert_eq!(a.url.as_deref(), Some("https://news.example/bridge"));
    assert_eq!(a.published.as_deref(), Some("2019-04-24T08:00:00Z"));
    assert_eq!(a.format, Format::Rss);
    assert_eq!(a.entry_id.as_deref(), Some("bridge-42"));
    assert_eq!(
        texts(&a),
        ["“We will win,” said Jane Doe.", "The vote is on Monday."]
    );
}

#[test]
fn a_quote_in_an_entry_is_attributed_as_in_plain_text() {
    let feed = parse(RSS2);
    let a = entry_article(&feed, &feed.entries[0], "feed.xml");
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(a.quotes[0].text, "We will win,");
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_summary_is_the_body_when_there_is_no_content_and_bad_links_are_dropped() {
    let feed = parse(RSS2);
    let e = &feed.entries[1];
    assert_eq!(e.url, None, "a javascript: link never becomes the url");
    let a = entry_article(&feed, e, "feed.xml");
    assert_eq!(texts(&a), ["The summary is the body."]);
    assert_eq!(a.url, None);
}

#[test]
fn rdf_is_rss() {
    let feed = parse(RDF);
    assert_eq!(feed.kind, Format::Rss);
    assert_eq!(feed.title, "RDF News");
    let e = &feed.entries[0];
    assert_eq!(e.url.as_deref(), Some("https://rdf.example/one"));
    assert_eq!(e.published.as_deref(), Some("2020-01-02T02:04:05Z"));
    let a = entry_article(&feed, e, "f.rdf");
    assert_eq!(texts(&a), ["Mayor Lee opened the park."]);
}

#[test]
fn atom_resolves_links_joins_authors_and_drops_a_repeated_title() {
    let feed = parse_feed(ATOM.as_bytes(), Some("https://atom.example/feed")).unwrap();
    assert_eq!(feed.kind, Format::Atom);
    assert_eq!(feed.title, "Atom Times");
    let e = &feed.entries[0];
    assert_eq!(e.id, "tag:atom.example,2021:storm");
    assert_eq!(e.url.as_deref(), Some("https://atom.example/storm"));
    assert_eq!(e.author.as_deref(), Some("Bo Writer, Cy Editor"));
    assert_eq!(e.published.as_deref(), Some("2021-05-06T07:08:09Z"));
    let a = entry_article(&feed, e, "f.atom");
    assert_eq!(texts(&a), ["Winds rose overnight."]);
    assert_eq!(a.format, Format::Atom);
}

#[test]
fn json_feed_plain_text_content_keeps_its_angle_brackets_and_paragraphs() {
    let feed = parse(JSON);
    assert_eq!(feed.kind, Format::JsonFeed);
    assert_eq!(feed.title, "JSON Gazette");
    let e = &feed.entries[0];
    assert_eq!(e.published.as_deref(), Some("2022-02-03T09:05:06Z"));
    let a = entry_article(&feed, e, "f.json");
    assert_eq!(
        texts(&a),
        ["First para with <angle> & amp.", "Second para."]
    );
    assert_eq!(a.format, Format::JsonFeed);
    assert_eq!(a.entry_id.as_deref(), Some("j1"));
}

#[test]
fn hostile_text_is_cleaned_and_unsafe_addresses_refused() {
    let xml = "<rss version=\"2.0\"><channel><title>Evil\u{1b}[2J feed</title>\
        <link>file:///etc/passwd</link>\
        <item><title>Bad\u{7}\n title</title><link>data:text/html,hi</link>\
        <description>text</description></item></channel></rss>";
    let feed = parse(xml);
    assert_eq!(feed.title, "Evil feed");
    assert_eq!(feed.site, None);
    assert_eq!(feed.entries[0].title, "Bad title");
    assert_eq!(feed.entries[0].url, None);
    for bad in [
        "javascript:x",
        "file:///x",
        "data:x",
        "http://a b",
        "http://a\u{202e}b",
        "https://",
    ] {
        assert_eq!(safe_url(bad), None, "{bad}");
    }
    assert_eq!(
        safe_url("HTTPS://x.example/a?b"),
        Some("HTTPS://x.example/a?b")
    );
}

#[test]
fn an_entry_without_id_gets_the_same_id_every_time() {
    let xml = "<rss version=\"2.0\"><channel><title>T</title>\
        <item><title>No id</title><description>Body one.</description></item>\
        <item><title>Linked</title><link>https://x.example/l</link></item>\
        </channel></rss>";
    let one = parse(xml);
    let two = parse(xml);
    assert_eq!(one.entries[0].id, two.entries[0].id);
    assert_eq!(one.entries[0].id.len(), 32);
    assert_eq!(one.entries[1].id, "https://x.example/l");
}

#[test]
fn an_empty_feed_has_no_entries() {
    let feed = parse("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");
    assert_eq!(feed.title, "Quiet");
    assert!(feed.entries.is_empty());
}

#[test]
fn malformed_and_foreign_input_are_clear_errors() {
    let err = parse_feed(
        b"<rss version=\"2.0\"><channel><item><title>x</wrong>",
        None,
    )
    .unwrap_err();
    assert!(
        matches!(err, FeedError::Xml(_) | FeedError::Malformed(_)),
        "{err}"
    );
    assert_eq!(
        parse_feed(b"just some text", None).unwrap_err(),
        FeedError::NotAFeed
    );
    assert_eq!(
        parse_feed(b"<html><body>hi</body></html>", None).unwrap_err(),
        FeedError::NotAFeed
    );
    let json = parse_feed(b"{\"version\": \"https://jsonfeed.org/version/1\", ", None);
    assert!(matches!(json, Err(FeedError::Json(_))), "{json:?}");
}

#[test]
fn an_entity_expansion_bomb_is_not_expanded() {
    let mut xml = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        xml.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    xml.push_str(
        "]>\n<rss version=\"2.0\"><channel><title>Bomb &lol9;</title>\
         <item><title>t &lol9;</title><description>d &lol9;</description></item>\
         </channel></rss>",
    );
    // Expanded, &lol9; would be a billion "lol"s (3 GB): whatever the
    // parser does, it must stay small.
    match parse_feed(xml.as_bytes(), None) {
        Ok(feed) => {
            assert!(feed.title.len() < 100, "{}", feed.title.len());
            let e = &feed.entries[0];
            assert!(e.title.len() < 100 && e.summary.as_ref().map_or(0, String::len) < 100);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

#[test]
fn a_hundred_thousand_entries_parse_in_one_pass() {
    let mut xml = String::from("<rss version=\"2.0\"><channel><title>Big</title>");
    for i in 0..100_000 {
        xml.push_str(&format!(
            "<item><title>Entry {i}</title><guid>g{i}</guid><description>Said {i}.</description></item>"
        ));
    }
    xml.push_str("</channel></rss>");
    let feed = parse(&xml);
    assert_eq!(feed.entries.len(), 100_000);
    assert_eq!(feed.entries[99_999].id, "g99999");
    assert_eq!(feed.entries[99_999].title, "Entry 99999");
}

#[test]
fn an_external_entity_is_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "TOP-SECRET-CONTENT").unwrap();
    let xml = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://{}\">]>\
         <rss version=\"2.0\"><channel><title>T</title><item><title>t &xxe;</title>\
         <description>d &xxe;</description></item></channel></rss>",
        secret.display()
    );
    let feed = parse(&xml);
    let e = &feed.entries[0];
    let all = format!("{}{}{:?}", feed.title, e.title, e.summary);
    assert!(!all.contains("TOP-SECRET"), "{all}");
}
