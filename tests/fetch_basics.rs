//! The HTTP client against a local server: what a well-behaved server
//! sends comes back whole (plain, gzipped, chunked), validators make the
//! next fetch a 304, redirects lead to the final address, and the request
//! names newsreader.

#[path = "support/http.rs"]
mod http;

use http::{Framing, Reply, Server};
use newsreader::fetch::{Client, Fetched, Options, Response, Validators};

const FEED: &str = "<rss><channel><title>Local</title></channel></rss>";

fn body(fetched: Fetched) -> Response {
    match fetched {
        Fetched::Body(response) => response,
        Fetched::NotModified => panic!("expected a body, got 304"),
    }
}

#[test]
fn a_200_answer_comes_back_with_its_type_validators_and_address() {
    let server = Server::start();
    server.route(
        "/feed.xml",
        Reply::ok(FEED)
            .header("Content-Type", "application/rss+xml; charset=utf-8")
            .header("ETag", "\"v1\"")
            .header("Last-Modified", "Sun, 06 Dec 2026 06:00:00 GMT"),
    );
    let client = Client::new(Options::default());
    let response = body(
        client
            .get(&server.url("/feed.xml#ignored"), &Validators::default())
            .unwrap(),
    );
    assert_eq!(response.status, 200);
    assert_eq!(response.body, FEED.as_bytes());
    assert_eq!(response.final_url, server.url("/feed.xml"));
    assert_eq!(
        response.content_type.as_deref(),
        Some("application/rss+xml; charset=utf-8")
    );
    assert_eq!(
        response.validators,
        Validators {
            etag: Some("\"v1\"".to_string()),
            last_modified: Some("Sun, 06 Dec 2026 06:00:00 GMT".to_string()),
        }
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/feed.xml", "the fragment is never sent");
    let agent = request.header("user-agent").unwrap();
    assert!(
        agent.starts_with(&format!("newsreader/{}", env!("CARGO_PKG_VERSION"))),
        "{agent}"
    );
    assert!(request
        .header("accept-encoding")
        .is_some_and(|value| value.contains("gzip")));
    assert_eq!(request.header("if-none-match"), None);
    assert_eq!(request.header("if-modified-since"), None);
}

#[test]
fn a_gzipped_answer_is_decompressed() {
    let server = Server::start();
    let text = FEED.repeat(200);
    server.route("/feed.xml", Reply::ok(text.clone()).gzip());
    let client = Client::new(Options::default());
    let response = body(
        client
            .get(&server.url("/feed.xml"), &Validators::default())
            .unwrap(),
    );
    assert_eq!(response.body, text.as_bytes());
}

#[test]
fn chunked_and_close_delimited_bodies_arrive_whole() {
    let server = Server::start();
    let text = "a chunked story ".repeat(1000);
    server.route(
        "/chunked",
        Reply::ok(text.clone()).framing(Framing::Chunked),
    );
    server.route("/closed", Reply::ok(text.clone()).framing(Framing::Close));
    server.route(
        "/gz-chunked",
        Reply::ok(text.clone()).gzip().framing(Framing::Chunked),
    );
    let client = Client::new(Options::default());
    for path in ["/chunked", "/closed", "/gz-chunked"] {
        let response = body(
            client
                .get(&server.url(path), &Validators::default())
                .unwrap(),
        );
        assert_eq!(response.body, text.as_bytes(), "{path}");
    }
}

#[test]
fn the_validators_of_one_fetch_make_the_next_a_304() {
    let server = Server::start();
    server.route(
        "/feed.xml",
        Reply::ok(FEED)
            .header("ETag", "W/\"abc\"")
            .header("Last-Modified", "Sun, 06 Dec 2026 06:00:00 GMT"),
    );
    let client = Client::new(Options::default());
    let url = server.url("/feed.xml");
    let first = body(client.get(&url, &Validators::default()).unwrap());
    let second = client.get(&url, &first.validators).unwrap();
    assert!(matches!(second, Fetched::NotModified), "{second:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].header("if-none-match"), Some("W/\"abc\""));
    assert_eq!(
        requests[1].header("if-modified-since"),
        Some("Sun, 06 Dec 2026 06:00:00 GMT")
    );
    // A changed resource answers 200 again, with its new validators.
    server.route("/feed.xml", Reply::ok("new").header("ETag", "\"def\""));
    let third = body(client.get(&url, &first.validators).unwrap());
    assert_eq!(third.body, b"new");
    assert_eq!(third.validators.etag.as_deref(), Some("\"def\""));
}

#[test]
fn last_modified_alone_is_enough_for_a_304() {
    let server = Server::start();
    let date = "Sat, 05 Dec 2026 23:59:59 GMT";
    server.route("/page", Reply::ok("page").header("Last-Modified", date));
    let client = Client::new(Options::default());
    let validators = Validators {
        etag: None,
        last_modified: Some(date.to_string()),
    };
    let fetched = client.get(&server.url("/page"), &validators).unwrap();
    assert!(matches!(fetched, Fetched::NotModified), "{fetched:?}");
    assert_eq!(server.requests()[0].header("if-none-match"), None);
}

#[test]
fn a_redirect_chain_leads_to_the_final_address() {
    let server = Server::start();
    let other = Server::start();
    server.route("/old", Reply::redirect(301, "/moved?x=1"));
    server.route("/moved", Reply::redirect(302, &other.url("/elsewhere")));
    other.route("/elsewhere", Reply::redirect(307, "final.xml"));
    other.route("/final.xml", Reply::ok(FEED).header("ETag", "\"final\""));
    let client = Client::new(Options::default());
    let response = body(
        client
            .get(&server.url("/old"), &Validators::default())
            .unwrap(),
    );
    assert_eq!(response.body, FEED.as_bytes());
    assert_eq!(response.final_url, other.url("/final.xml"));
    assert_eq!(response.validators.etag.as_deref(), Some("\"final\""));
    let paths: Vec<String> = server
        .requests()
        .into_iter()
        .chain(other.requests())
        .map(|request| request.path)
        .collect();
    assert_eq!(paths, ["/old", "/moved?x=1", "/elsewhere", "/final.xml"]);
}

#[test]
fn redirects_up_to_the_limit_are_followed() {
    let server = Server::start();
    for hop in 0..3 {
        server.route(
            &format!("/{hop}"),
            Reply::redirect(308, &format!("/{}", hop + 1)),
        );
    }
    server.route("/3", Reply::ok("arrived"));
    let client = Client::new(Options {
        max_redirects: 3,
        ..Options::default()
    });
    let response = body(
        client
            .get(&server.url("/0"), &Validators::default())
            .unwrap(),
    );
    assert_eq!(response.body, b"arrived");
}

#[test]
fn credentials_are_sent_but_never_kept_in_the_final_address() {
    let server = Server::start();
    server.route("/private.xml", Reply::ok(FEED));
    let client = Client::new(Options::default());
    let url = server
        .url("/private.xml")
        .replace("http://", "http://alice:s3cret@");
    let response = body(client.get(&url, &Validators::default()).unwrap());
    assert_eq!(response.final_url, server.url("/private.xml"));
    let authorization = server.requests()[0]
        .header("authorization")
        .map(str::to_string);
    // "alice:s3cret" in base64.
    assert_eq!(authorization.as_deref(), Some("Basic YWxpY2U6czNjcmV0"));
}
