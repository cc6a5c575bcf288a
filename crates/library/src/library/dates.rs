//! Publication dates as the reader's list sorts by them: an RFC 3339
//! date-time (or a bare date) read into seconds since the epoch. Here,
//! below the reader, so that the indexer can tell which cached article
//! the list will show first ([`crate::library::filed::listed_before`]) by
//! the same rule as the list itself.

/// The instant an article's `published` text stands for, as the list
/// sorts by it: `None` when it is missing, blank or not a date.
pub fn published_at(published: Option<&str>) -> Option<i64> {
    published.filter(|s| !s.trim().is_empty()).and_then(instant)
}

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

/// Year, month and day of a `YYYY-MM-DD` start, when it is a real date.
pub fn ymd(s: &[u8]) -> Option<(i64, i64, i64)> {
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
