//! Where an article came from, as the list and reader show it: the feed's
//! name or the web site's host, and the day it was published. The date is
//! read from the RFC 3339 text the model keeps (`2019-04-24T08:00:00+02:00`)
//! once, when an entry is made, into a sortable instant; the day shown is
//! the publisher's own calendar day, not converted to another zone.

pub use crate::library::dates::instant;
use crate::library::dates::ymd;

/// The publisher's calendar day of an RFC 3339 date, as the list shows
/// it: `24 Apr 2019`.
pub fn day(text: &str) -> Option<String> {
    instant(text)?;
    let (y, m, d) = ymd(text.trim().as_bytes())?;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.get(usize::try_from(m - 1).ok()?)?;
    Some(format!("{d} {month} {y}"))
}

/// The host of an `http`/`https` address, without a leading `www.`:
/// what names a web site when no feed does. `None` for anything else.
pub fn host(url: &str) -> Option<&str> {
    let rest = web_rest(url)?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) && !h.ends_with(']') => h,
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// Whether `url` is an address a browser may be handed: `http` or
/// `https` with a host. `javascript:`, `file:` and the like are refused.
pub fn is_web(url: &str) -> bool {
    host(url).is_some() && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// What follows `http://` or `https://` (scheme case-insensitive).
fn web_rest(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_dates_become_instants_that_sort() {
        assert_eq!(instant("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(instant("2019-04-24T08:00:00Z"), Some(1_556_092_800));
        // The same instant written in another zone.
        assert_eq!(instant("2019-04-24T10:00:00+02:00"), Some(1_556_092_800));
        assert_eq!(instant("2019-04-24T08:00:00.123Z"), Some(1_556_092_800));
        assert_eq!(instant("2019-04-24"), Some(1_556_064_000));
        for bad in [
            "",
            "yesterday",
            "2019-02-30T00:00:00Z",
            "2019-04-24T25:00:00Z",
            "2019-04-24T08:00:00",
        ] {
            assert_eq!(instant(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_day_is_the_publishers_own() {
        assert_eq!(
            day("2019-04-24T23:30:00-05:00").as_deref(),
            Some("24 Apr 2019")
        );
        assert_eq!(day("2020-12-01").as_deref(), Some("1 Dec 2020"));
        assert_eq!(day("not a date"), None);
    }

    #[test]
    fn hosts_name_web_sites_and_other_schemes_are_refused() {
        assert_eq!(host("https://www.example.com/news/1"), Some("example.com"));
        assert_eq!(
            host("HTTP://user@news.example.org:8080?x"),
            Some("news.example.org")
        );
        assert_eq!(host("javascript:alert(1)"), None);
        assert_eq!(host("file:///etc/passwd"), None);
        assert!(is_web("http://127.0.0.1:9/a"));
        assert!(!is_web("https://example.com/a b"));
        assert!(!is_web("ftp://example.com/"));
    }
}
