//! The HTTP client against servers that fail: every failure is a typed
//! error whose message names the URL (without credentials) and says what
//! to do; redirects that loop, go on too long or lead off http/https are
//! refused; 429 and 503 hand back the wait they asked for.

#[path = "support/http.rs"]
mod http;

use std::io::{Read, Write};
use std::time::Duration;

use http::{Reply, Server};
use newsreader::fetch::{Client, FetchError, Fetched, Options, Validators, MAX_RETRY_AFTER};

fn fail(client: &Client, url: &str) -> FetchError {
    match client.get(url, &Validators::default()) {
        Err(error) => error,
        Ok(Fetched::NotModified) => panic!("{url}: 304, expected an error"),
        Ok(Fetched::Body(response)) => panic!("{url}: {}, expected an error", response.status),
    }
}

fn client() -> Client {
    Client::new(Options::default())
}

#[test]
fn addresses_other_than_http_and_https_are_refused_by_name() {
    for (url, scheme) in [
        ("file:///etc/passwd", "file"),
        ("javascript:alert(document.cookie)", "javascript"),
        ("ftp://127.0.0.1/feed.xml", "ftp"),
    ] {
        let error = fail(&client(), url);
        assert!(
            matches!(&error, FetchError::Scheme { scheme: got, .. } if got == scheme),
            "{url}: {error:?}"
        );
        let message = error.to_string();
        assert!(message.contains("only http and https"), "{message}");
    }
    let error = fail(&client(), "example.com/feed");
    assert!(matches!(error, FetchError::BadUrl { .. }), "{error:?}");
    assert!(error.to_string().contains("https://"), "{error}");
}

#[test]
fn a_redirect_off_http_is_refused_before_it_is_followed() {
    let server = Server::start();
    server.route("/feed", Reply::redirect(302, "file:///etc/passwd"));
    server.route("/js", Reply::redirect(301, "javascript:alert(1)"));
    for path in ["/feed", "/js"] {
        let error = fail(&client(), &server.url(path));
        assert!(matches!(error, FetchError::BadRedirect { .. }), "{error:?}");
        let message = error.to_string();
        assert!(
            message.starts_with(&server.url(path)) && message.contains("only http and https"),
            "{message}"
        );
    }
}

#[test]
fn a_redirect_loop_is_refused_as_a_loop() {
    let server = Server::start();
    server.route("/a", Reply::redirect(301, "/b"));
    server.route("/b", Reply::redirect(302, &server.url("/a")));
    let error = fail(&client(), &server.url("/a"));
    assert!(
        matches!(error, FetchError::RedirectLoop { .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("loop"), "{error}");
    assert_eq!(server.requests().len(), 2, "each address asked once");
}

#[test]
fn redirects_past_the_limit_are_refused() {
    let server = Server::start();
    for hop in 0..10 {
        server.route(
            &format!("/{hop}"),
            Reply::redirect(302, &format!("/{}", hop + 1)),
        );
    }
    server.route("/10", Reply::ok("never reached"));
    let client = Client::new(Options {
        max_redirects: 3,
        ..Options::default()
    });
    let error = fail(&client, &server.url("/0"));
    assert!(
        matches!(error, FetchError::TooManyRedirects { max: 3, .. }),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 4, "the first address and 3 hops");
}

#[test]
fn statuses_become_errors_that_say_what_to_do() {
    let server = Server::start();
    server.route("/404", Reply::status(404));
    server.route("/410", Reply::status(410));
    server.route("/500", Reply::status(500));
    server.route("/403", Reply::status(403));
    server.route("/302-nowhere", Reply::status(302));
    let error = fail(&client(), &server.url("/404"));
    assert!(matches!(error, FetchError::NotFound { .. }), "{error:?}");
    assert!(error.to_string().contains("404"), "{error}");
    let error = fail(&client(), &server.url("/410"));
    assert!(matches!(error, FetchError::Gone { .. }), "{error:?}");
    assert!(error.to_string().contains("unsubscribe?"), "{error}");
    let error = fail(&client(), &server.url("/500"));
    assert!(
        matches!(
            error,
            FetchError::Server {
                status: 500,
                retry_after: None,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("try again later"), "{error}");
    let error = fail(&client(), &server.url("/403"));
    assert!(
        matches!(error, FetchError::Status { status: 403, .. }),
        "{error:?}"
    );
    let error = fail(&client(), &server.url("/302-nowhere"));
    assert!(
        matches!(error, FetchError::Status { status: 302, .. }),
        "{error:?}"
    );
    for error in [
        fail(&client(), &server.url("/404")),
        fail(&client(), &server.url("/410")),
    ] {
        assert!(error.to_string().starts_with(&server.url("/")), "{error}");
        assert!(error.url().starts_with(&server.url("/")), "{error:?}");
    }
}

#[test]
fn retry_after_is_handed_back_in_seconds_or_as_a_date() {
    let server = Server::start();
    server.route("/busy", Reply::status(429).header("Retry-After", "120"));
    server.route(
        "/down",
        Reply::status(503).header("Retry-After", "Fri, 31 Dec 2100 23:59:59 GMT"),
    );
    server.route("/plain-429", Reply::status(429));
    let error = fail(&client(), &server.url("/busy"));
    assert!(matches!(error, FetchError::RateLimited { .. }), "{error:?}");
    assert_eq!(error.retry_after(), Some(Duration::from_secs(120)));
    assert!(error.to_string().contains("wait 2 min"), "{error}");
    let error = fail(&client(), &server.url("/down"));
    assert!(
        matches!(error, FetchError::Server { status: 503, .. }),
        "{error:?}"
    );
    // Decades away: taken at the longest wait honoured.
    assert_eq!(error.retry_after(), Some(MAX_RETRY_AFTER));
    let error = fail(&client(), &server.url("/plain-429"));
    assert_eq!(error.retry_after(), None);
    assert!(error.to_string().contains("try again later"), "{error}");
}

#[test]
fn a_refused_connection_is_named() {
    let url = http::refused_url();
    let error = fail(&client(), &url);
    assert!(matches!(error, FetchError::Refused { .. }), "{error:?}");
    assert!(error.to_string().starts_with(&url), "{error}");
}

#[test]
fn credentials_never_appear_in_an_error() {
    let server = Server::start();
    server.route("/private", Reply::status(404));
    let url = server
        .url("/private")
        .replace("http://", "http://alice:s3cret@");
    let error = fail(&client(), &url);
    assert!(matches!(error, FetchError::NotFound { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        !message.contains("s3cret") && !message.contains("alice"),
        "{message}"
    );
    assert!(message.starts_with(&server.url("/private")), "{message}");
    let error = fail(&client(), "ftp://bob:pw@127.0.0.1/feed");
    assert!(!error.to_string().contains("pw@"), "{error}");
}

#[test]
fn escape_sequences_in_an_address_are_shown_escaped() {
    let server = Server::start();
    let url = format!("{}\u{1b}]0;pwned\u{7}", server.url("/x"));
    let error = fail(&client(), &url.replace("http:", "gopher:"));
    let message = error.to_string();
    assert!(
        !message.contains('\u{1b}') && !message.contains('\u{7}'),
        "{message:?}"
    );
}

#[test]
fn garbage_from_an_https_server_is_a_tls_error() {
    let server = Server::raw(|mut stream| {
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
        let _ = stream.read(&mut [0u8; 1024]);
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    });
    let url = server.url("/feed.xml").replace("http://", "https://");
    let error = fail(&client(), &url);
    assert!(matches!(error, FetchError::Tls { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.starts_with(&url) && message.contains("TLS"),
        "{message}"
    );
}

#[test]
fn an_answer_that_is_not_http_is_a_protocol_error() {
    let server = Server::raw(|mut stream| {
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
        let _ = stream.read(&mut [0u8; 1024]);
        let _ = stream.write_all(b"\x00\x01\x02 SSH-2.0-OpenSSH\r\n\r\n");
    });
    let error = fail(&client(), &server.url("/feed.xml"));
    assert!(matches!(error, FetchError::Protocol { .. }), "{error:?}");
}

#[test]
fn a_corrupt_gzip_body_is_named_as_corrupt() {
    let server = Server::start();
    server.route(
        "/feed.xml",
        Reply::encoded(
            "gzip",
            b"\x1f\x8b\x08\x00this is not deflate data at all".to_vec(),
        ),
    );
    server.route("/brotli", Reply::encoded("br", b"whatever".to_vec()));
    let error = fail(&client(), &server.url("/feed.xml"));
    assert!(matches!(error, FetchError::Corrupt { .. }), "{error:?}");
    let error = fail(&client(), &server.url("/brotli"));
    assert!(matches!(error, FetchError::Encoding { .. }), "{error:?}");
}
