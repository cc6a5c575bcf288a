//! Mapping failures to messages, and Retry-After.

use super::*;

fn mapped(cause: ureq::Error) -> FetchError {
    let address = Address::parse("https://feeds.example.org/rss").unwrap();
    FetchError::from_ureq(&address, cause, &Options::default())
}

#[test]
fn ureq_failures_map_to_what_a_person_can_act_on() {
    let error = mapped(ureq::Error::HostNotFound);
    assert!(
        matches!(&error, FetchError::Dns { host, .. } if host == "feeds.example.org"),
        "{error:?}"
    );
    assert!(error.to_string().contains("not found"), "{error}");
    let error = mapped(ureq::Error::Timeout(ureq::Timeout::Connect));
    assert!(
        matches!(error, FetchError::ConnectTimeout { after, .. } if after == Duration::from_secs(10)),
        "{error:?}"
    );
    for timeout in [ureq::Timeout::Global, ureq::Timeout::RecvBody] {
        let error = mapped(ureq::Error::Timeout(timeout));
        assert!(matches!(error, FetchError::Timeout { .. }), "{error:?}");
    }
    let refused = io::Error::from(io::ErrorKind::ConnectionRefused);
    let error = mapped(ureq::Error::Io(refused));
    assert!(matches!(error, FetchError::Refused { .. }), "{error:?}");
    let error = mapped(ureq::Error::Tls("bad certificate"));
    assert!(matches!(error, FetchError::Tls { .. }), "{error:?}");
}

#[test]
fn a_ureq_error_that_comes_back_through_io_read_is_unwrapped() {
    let address = Address::parse("http://example.org/").unwrap();
    let wrapped = ureq::Error::Timeout(ureq::Timeout::Global).into_io();
    let error = FetchError::from_io(&address, wrapped, &Options::default());
    assert!(matches!(error, FetchError::Timeout { .. }), "{error:?}");
    let reset = io::Error::new(io::ErrorKind::ConnectionReset, "reset by \u{1b}[2J peer");
    let error = FetchError::from_io(&address, reset, &Options::default());
    assert!(matches!(error, FetchError::Network { .. }), "{error:?}");
    assert!(!error.to_string().contains('\u{1b}'), "{error:?}");
}

#[test]
fn retry_after_reads_seconds_and_http_dates() {
    let now = httpdate::parse_http_date("Sun, 06 Dec 2026 07:00:00 GMT").unwrap();
    assert_eq!(retry_after("120", now), Some(Duration::from_secs(120)));
    assert_eq!(retry_after(" 0 ", now), Some(Duration::ZERO));
    assert_eq!(
        retry_after("Sun, 06 Dec 2026 07:01:30 GMT", now),
        Some(Duration::from_secs(90))
    );
    assert_eq!(
        retry_after("Sun, 06 Dec 2026 06:00:00 GMT", now),
        Some(Duration::ZERO),
        "a date already past means now"
    );
    assert_eq!(
        retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now),
        Some(MAX_RETRY_AFTER)
    );
    for junk in ["", "-5", "soon", "1.5", "Sun, 32 Dec 2026 07:00:00 GMT"] {
        assert_eq!(retry_after(junk, now), None, "{junk:?}");
    }
    assert_eq!(
        retry_after("99999999999999999999999", now),
        Some(MAX_RETRY_AFTER)
    );
}

#[test]
fn messages_name_the_url_and_what_to_do() {
    let url = "https://example.com/feed".to_string();
    let gone = FetchError::Gone { url: url.clone() }.to_string();
    assert!(
        gone.starts_with(&url) && gone.contains("unsubscribe?"),
        "{gone}"
    );
    let limited = FetchError::RateLimited {
        url: url.clone(),
        retry_after: Some(Duration::from_secs(300)),
    };
    assert_eq!(limited.retry_after(), Some(Duration::from_secs(300)));
    assert!(limited.to_string().contains("wait 5 min"), "{limited}");
    let server = FetchError::Server {
        url: url.clone(),
        status: 503,
        retry_after: None,
    };
    assert_eq!(server.retry_after(), None);
    assert!(server.to_string().contains("try again later"), "{server}");
    let large = FetchError::TooLarge {
        url: url.clone(),
        limit: 16 * 1024 * 1024,
    };
    assert!(large.to_string().contains("16 MiB"), "{large}");
    let status = FetchError::Status { url, status: 401 };
    assert!(
        status.to_string().contains("401 (Unauthorized)"),
        "{status}"
    );
}

#[test]
fn waits_read_as_a_person_would_say_them() {
    assert_eq!(human(&Duration::from_millis(1500)), "2 s");
    assert_eq!(human(&Duration::from_secs(119)), "119 s");
    assert_eq!(human(&Duration::from_secs(121)), "3 min");
    assert_eq!(human(&Duration::from_secs(86400)), "24 h");
}
