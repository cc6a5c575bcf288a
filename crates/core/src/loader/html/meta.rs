//! What a page says about its article besides the text: title, byline,
//! publication date and address, from JSON-LD first, then OpenGraph and
//! `<meta>` tags, then the markup itself. Every value is cleaned with
//! [`clean`]; addresses other than `http`/`https` are refused.

use dom_query::{Document, NodeRef};
use serde_json::Value;

use super::date;
use super::site::Site;
use crate::loader::clean;

/// The page's metadata.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// RFC 3339.
    pub published: Option<String>,
    pub url: Option<String>,
}

/// Longest JSON-LD script read (bytes): metadata is small, and a huge one
/// is not worth parsing.
const MAX_JSON_LD: usize = 256 * 1024;

/// Read the metadata of `doc`; `fetched_from` is the address the page came
/// from, used when the page names none.
pub fn read(doc: &Document, fetched_from: Option<&str>) -> Meta {
    let ld = json_ld(doc);
    // Each selection scans the whole page: the meta tags are found once.
    let selected = doc.select("meta[content]");
    let tags = selected.nodes();
    let names = [
        meta(tags, &["og:site_name"]),
        meta(tags, &["application-name"]),
        ld.publisher.clone(),
    ];
    let social = meta(tags, &["og:title", "twitter:title"]);
    let head_title = text_of(doc, "title");
    let addresses = [
        attr_of(doc, "link[rel~=canonical]", "href"),
        meta(tags, &["og:url"]),
        ld.url.clone(),
        fetched_from.map(str::to_string),
    ];
    let titles: Vec<&str> = [&ld.title, &social, &head_title]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let site = Site::new(
        names.iter().flatten().map(String::as_str),
        addresses.iter().flatten().map(String::as_str),
        &titles,
    );
    let site_name = names[0].as_deref().or(names[1].as_deref());
    // A headline is stripped of a name the page gives its site; the looser
    // "short tail" rule is only for the titles that usually carry one.
    let title = ld
        .title
        .as_deref()
        .map(|t| site.strip(t))
        .or_else(|| social.map(|t| strip_title(&t, &site, site_name)))
        .or_else(|| single_h1(doc))
        .or_else(|| {
            head_title
                .as_deref()
                .map(|t| strip_title(t, &site, site_name))
        })
        .filter(|t| !t.is_empty());
    let byline = ld
        .byline
        .clone()
        .or_else(|| {
            meta(tags, &["author", "article:author", "byl", "dc.creator"])
                .filter(|a| !a.contains("://"))
        })
        .or_else(|| text_of(doc, "[rel~=author]"))
        .or_else(|| text_of(doc, "[class~=byline], [itemprop=author]"))
        .map(|b| strip_by(&b))
        .filter(|b| !b.is_empty() && b.len() <= 200);
    let published = ld
        .published
        .iter()
        .cloned()
        .chain(meta(
            tags,
            &[
                "article:published_time",
                "datePublished",
                "pubdate",
                "publish-date",
                "date",
                "dc.date.issued",
                "dc.date",
                "sailthru.date",
            ],
        ))
        .chain(attr_of(doc, "[itemprop=datePublished]", "datetime"))
        .chain(attr_of(doc, "time[datetime]", "datetime"))
        .find_map(|d| date::rfc3339(&d));
    let url = addresses.iter().flatten().find_map(|u| web_address(u));
    Meta {
        title,
        byline,
        published,
        url,
    }
}

/// `value` as a web address to keep: `http`/`https` only, cleaned.
pub fn web_address(value: &str) -> Option<String> {
    let url = clean(value);
    let lower = url.to_ascii_lowercase();
    let ok = (lower.starts_with("http://") || lower.starts_with("https://"))
        && url.len() > "https://".len()
        && !url.contains(' ');
    ok.then_some(url)
}

/// The first non-empty `content` of `<meta name|property|itemprop=…>`
/// among `keys`, in the order of `keys`.
fn meta(tags: &[NodeRef], keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| {
        tags.iter().find_map(|node| {
            let named = ["property", "name", "itemprop"]
                .iter()
                .filter_map(|a| node.attr(a))
                .any(|v| v.eq_ignore_ascii_case(key));
            let content = node.attr("content").map(|c| clean(&c))?;
            (named && !content.is_empty()).then_some(content)
        })
    })
}

/// The cleaned text of the first element matching `selector` that has any.
fn text_of(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .map(|n| clean(&n.text()))
        .find(|t| !t.is_empty())
}

fn attr_of(doc: &Document, selector: &str, attr: &str) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .filter_map(|n| n.attr(attr))
        .map(|v| clean(&v))
        .find(|v| !v.is_empty())
}

/// The page's `<h1>` when it has exactly one (several are section titles).
fn single_h1(doc: &Document) -> Option<String> {
    let h1 = doc.select("body h1");
    (h1.length() == 1).then(|| clean(&h1.text()))
}

/// `title` without the site's name, else without a short tail that
/// looks like one (one suffix at most).
fn strip_title(title: &str, site: &Site, site_name: Option<&str>) -> String {
    let stripped = site.strip(title);
    if stripped != title {
        return stripped;
    }
    strip_site(title, site_name)
}

/// `Headline | Site`, `Headline - Site`, `Headline — Site` → `Headline`
/// when the tail is the site's name or short (one suffix only: a
/// headline may itself hold a dash).
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " • "] {
        if let Some(at) = title.rfind(sep) {
            let (head, tail) = (title[..at].trim(), title[at + sep.len()..].trim());
            let named = site.is_some_and(|s| s.eq_ignore_ascii_case(tail));
            let short =
                tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 2;
            if !head.is_empty() && (named || short) {
                return head.to_string();
            }
        }
    }
    title.to_string()
}

/// `By Jane Doe` → `Jane Doe`.
fn strip_by(byline: &str) -> String {
    let b = byline.trim();
    match b.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => b[3..].trim().to_string(),
        _ => b.to_string(),
    }
}

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default)]
struct Ld {
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    url: Option<String>,
    /// The publisher's name.
    publisher: Option<String>,
}

/// The first article-like object in the page's JSON-LD scripts.
fn json_ld(doc: &Document) -> Ld {
    let scripts = doc.select("script[type='application/ld+json']");
    for script in scripts.nodes() {
        let text = script.text();
        if text.len() > MAX_JSON_LD {
            continue;
        }
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        if let Some(found) = article_object(&value) {
            return Ld {
                title: found
                    .get("headline")
                    .or_else(|| found.get("name"))
                    .and_then(Value::as_str)
                    .map(clean)
                    .filter(|t| !t.is_empty()),
                byline: authors(found.get("author")),
                published: found
                    .get("datePublished")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                url: found.get("url").and_then(Value::as_str).map(str::to_string),
                publisher: found
                    .get("publisher")
                    .and_then(author_name)
                    .filter(|p| p.len() <= 100),
            };
        }
    }
    Ld::default()
}

/// Types of JSON-LD object that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
];

/// The article object in a JSON-LD value (top level, a list, or `@graph`),
/// looked for breadth-first without recursion, a bounded number of steps.
fn article_object(value: &Value) -> Option<&serde_json::Map<String, Value>> {
    let mut queue = std::collections::VecDeque::from([value]);
    let mut steps = 0;
    while let Some(v) = queue.pop_front() {
        steps += 1;
        if steps > 1000 {
            return None;
        }
        match v {
            Value::Array(items) => queue.extend(items.iter()),
            Value::Object(map) => {
                let typed = match map.get("@type") {
                    Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                    Some(Value::Array(ts)) => ts
                        .iter()
                        .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                    _ => false,
                };
                if typed {
                    return Some(map);
                }
                if let Some(graph) = map.get("@graph") {
                    queue.push_back(graph);
                }
            }
            _ => {}
        }
    }
    None
}

/// JSON-LD `author`: a name, a person, or a list of either → `A, B and C`.
fn authors(value: Option<&Value>) -> Option<String> {
    let names: Vec<String> = match value? {
        Value::Array(items) => items.iter().filter_map(author_name).collect(),
        one => author_name(one).into_iter().collect(),
    };
    match names.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [init @ .., last] => Some(format!("{} and {last}", init.join(", "))),
    }
}

fn author_name(value: &Value) -> Option<String> {
    let name = match value {
        Value::String(s) => s.as_str(),
        Value::Object(map) => map.get("name")?.as_str()?,
        _ => return None,
    };
    let name = clean(name);
    (!name.is_empty() && !name.contains("://")).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_are_stripped_from_titles_only_when_they_look_like_one() {
        assert_eq!(
            strip_site("Rain falls on the plain | The Daily", None),
            "Rain falls on the plain"
        );
        assert_eq!(
            strip_site("Rain falls - again | News Site", Some("News Site")),
            "Rain falls - again"
        );
        assert_eq!(
            strip_site("Q&A - Ten questions about the rain in Spain", None),
            "Q&A - Ten questions about the rain in Spain"
        );
    }

    #[test]
    fn only_web_addresses_become_the_url() {
        assert_eq!(
            web_address("https://example.org/a").as_deref(),
            Some("https://example.org/a")
        );
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "JAVASCRIPT:x",
            "data:text/html,x",
            "/relative",
            "https://",
        ] {
            assert_eq!(web_address(bad), None, "{bad}");
        }
    }
}
