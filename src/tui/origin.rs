//! Where an article came from, as the list and reader show it: the feed's
//! name or the web site's host, and the day it was published. The date is
//! read from the RFC 3339 text the model keeps (`2019-04-24T08:00:00+02:00`)
//! once, when an entry is made, into a sortable instant; the day shown is
//! the publisher's own calendar day, not converted to another zone.

/// Seconds since the Unix epoch of an RFC 3339 date-time (or a bare
/// `YYYY-MM-DD`, taken as midnight UTC). `None` for anything else: a date
/// that cannot be read sorts with the undated, never at a guessed place.
pub fn instant(text: &str) -> Option<i64> {
    let s = text.trim().as_bytes();
    let (y, m, d) = ymd(s)?;
    let days = days_from_civil(y, m, d);
    if s.len() == 10 {
        return Some(days * 86_400);
    }
    if !matches!(s.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let hh = num(s, 11, 2)?;
    let mm = num(s, 14, 2)?;
    let ss = num(s, 17, 2)?;
    if s.get(13) != Some(&b':') || s.get(16) != Some(&b':') || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    let mut at = 19;
    if s.get(at) == Some(&b'.') {
        at += 1;
        while s.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
    }
    let offset = match s.get(at..)? {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), ..] if s.len() == at + 6 && s[at + 3] == b':' => {
            let oh = num(s, at + 1, 2)?;
            let om = num(s, at + 4, 2)?;
            let off = oh * 3600 + om * 60;
            if *sign == b'-' {
                -off
            } else {
                off
            }
        }
        _ => return None,
    };
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss - offset)
}

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

fn ymd(s: &[u8]) -> Option<(i64, i64, i64)> {
    if s.get(4) != Some(&b'-') || s.get(7) != Some(&b'-') {
        return None;
    }
    let (y, m, d) = (num(s, 0, 4)?, num(s, 5, 2)?, num(s, 8, 2)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let max = *days_in.get(usize::try_from(m - 1).ok()?)?;
    (1..=max).contains(&d).then_some((y, m, d))
}

fn num(s: &[u8], at: usize, len: usize) -> Option<i64> {
    let digits = s.get(at..at + len)?;
    digits.iter().try_fold(0i64, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
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
