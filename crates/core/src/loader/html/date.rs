//! Publication dates as pages write them (ISO 8601 and its common
//! variants) → RFC 3339, the form the model keeps.

/// A date as the page writes it → RFC 3339: `2019-04-24`,
/// `2019-04-24T08:00`, `2019-04-24T08:00:00.123+02:00`, `…Z`, `…+0200`.
/// A date without a time is midnight UTC; a time without a zone is UTC.
pub fn rfc3339(value: &str) -> Option<String> {
    let v = value.trim();
    let b = v.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let s = v.get(from..from + len)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return (b.len() == 10).then(|| format!("{date}T00:00:00Z"));
    }
    let (hour, minute) = (num(11, 2)?, num(14, 2)?);
    if b.get(13) != Some(&b':') {
        return None;
    }
    let mut at = 16;
    let mut second = 0;
    if b.get(at) == Some(&b':') {
        second = num(17, 2)?;
        at = 19;
        if b.get(at) == Some(&b'.') {
            at += 1;
            while b.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let zone = match v.get(at..)?.trim() {
        "" | "Z" | "z" => "Z".to_string(),
        z if z.eq_ignore_ascii_case("utc") || z.eq_ignore_ascii_case("gmt") => "Z".to_string(),
        z => {
            let (sign, rest) = match z.as_bytes().first() {
                Some(b'+') => ('+', &z[1..]),
                Some(b'-') => ('-', &z[1..]),
                _ => return None,
            };
            let digits: String = rest.chars().filter(|c| *c != ':').collect();
            if digits.len() != 4 || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let (zh, zm): (u32, u32) = (digits[..2].parse().ok()?, digits[2..].parse().ok()?);
            if zh > 23 || zm > 59 {
                return None;
            }
            format!("{sign}{zh:02}:{zm:02}")
        }
    };
    Some(format!("{date}T{hour:02}:{minute:02}:{second:02}{zone}"))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_normalised_to_rfc3339() {
        for (given, want) in [
            ("2019-04-24", Some("2019-04-24T00:00:00Z")),
            ("2019-04-24T08:00", Some("2019-04-24T08:00:00Z")),
            (
                "2019-04-24T08:00:05.123+02:00",
                Some("2019-04-24T08:00:05+02:00"),
            ),
            (
                "2019-04-24T08:00:05-0500",
                Some("2019-04-24T08:00:05-05:00"),
            ),
            (" 2019-04-24 08:00:05 UTC ", Some("2019-04-24T08:00:05Z")),
            ("2019-02-30", None),
            ("2019-13-01", None),
            ("24 April 2019", None),
            ("2019-04-24T25:00", None),
            ("2019-04-24T08:00+2", None),
            ("2019-04-24T08:00é", None),
            ("2019-04-24T08:00:00.5ñ", None),
            ("2019-04-2é", None),
            ("", None),
        ] {
            assert_eq!(rfc3339(given).as_deref(), want, "{given}");
        }
    }
}
