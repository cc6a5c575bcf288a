//! The HTTP client's bounds against servers that push them: a server that
//! trickles ends in a timeout error (the kind is checked, never the time
//! taken), a body past the size limit is refused with or without a
//! truthful `Content-Length`, a gzip bomb is stopped by the limit on the
//! decompressed bytes, and concurrent fetches from many threads never have
//! more requests in flight than the limits, per host and overall.

#[path = "support/http.rs"]
mod http;

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use http::{Framing, Gauge, Reply, Server};
use newsreader::fetch::{Client, FetchError, Fetched, Options, Validators};

const LIMIT: u64 = 64 * 1024;

fn limited() -> Client {
    Client::new(Options {
        max_bytes: LIMIT,
        ..Options::default()
    })
}

fn fail(client: &Client, url: &str) -> FetchError {
    match client.get(url, &Validators::default()) {
        Err(error) => error,
        Ok(Fetched::NotModified) => panic!("{url}: 304, expected an error"),
        Ok(Fetched::Body(response)) => panic!(
            "{url}: {} with {} bytes, expected an error",
            response.status,
            response.body.len()
        ),
    }
}

fn body_len(client: &Client, url: &str) -> usize {
    match client.get(url, &Validators::default()) {
        Ok(Fetched::Body(response)) => response.body.len(),
        other => panic!("{url}: {other:?}"),
    }
}

/// A client whose total timeout is short, against servers far slower.
fn impatient() -> Client {
    Client::new(Options {
        connect_timeout: Duration::from_secs(1),
        total_timeout: Duration::from_secs(1),
        ..Options::default()
    })
}

#[test]
fn a_body_trickled_a_byte_at_a_time_ends_in_a_timeout() {
    let server = Server::start();
    // 1,000 bytes at one per 100 ms would take 100 s.
    server.route(
        "/slow",
        Reply::ok(vec![b'x'; 1000]).trickle(Duration::from_millis(100)),
    );
    let error = fail(&impatient(), &server.url("/slow"));
    assert!(matches!(error, FetchError::Timeout { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.starts_with(&server.url("/slow")) && message.contains("try again later"),
        "{message}"
    );
}

#[test]
fn a_head_trickled_a_byte_at_a_time_ends_in_a_timeout() {
    let server = Server::start();
    server.route(
        "/slow",
        Reply::ok("late").trickle_all(Duration::from_millis(200)),
    );
    let error = fail(&impatient(), &server.url("/slow"));
    assert!(matches!(error, FetchError::Timeout { .. }), "{error:?}");
}

#[test]
fn a_server_that_never_answers_ends_in_a_timeout() {
    let server = Server::raw(|mut stream| {
        use std::io::Read;
        // Read the request, then say nothing until the client gives up.
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let mut buffer = [0u8; 1024];
        while matches!(stream.read(&mut buffer), Ok(n) if n > 0) {}
    });
    let error = fail(&impatient(), &server.url("/silent"));
    assert!(matches!(error, FetchError::Timeout { .. }), "{error:?}");
}

#[test]
fn a_body_at_the_limit_is_kept_and_one_byte_more_is_not() {
    let server = Server::start();
    server.route("/exact", Reply::ok(vec![b'a'; LIMIT as usize]));
    server.route("/over", Reply::ok(vec![b'a'; LIMIT as usize + 1]));
    server.route(
        "/over-closed",
        Reply::ok(vec![b'a'; LIMIT as usize + 1]).framing(Framing::Close),
    );
    assert_eq!(body_len(&limited(), &server.url("/exact")), LIMIT as usize);
    for path in ["/over", "/over-closed"] {
        let error = fail(&limited(), &server.url(path));
        assert!(
            matches!(error, FetchError::TooLarge { limit: LIMIT, .. }),
            "{path}: {error:?}"
        );
        assert!(error.to_string().contains("64 KiB"), "{error}");
    }
}

#[test]
fn a_huge_body_is_refused_with_or_without_a_content_length() {
    let server = Server::start();
    let huge = 2 * 1024 * 1024 * 1024;
    server.route("/declared", Reply::zeros(huge));
    server.route("/closed", Reply::zeros(huge).framing(Framing::Close));
    server.route("/chunked", Reply::zeros(huge).framing(Framing::Chunked));
    for path in ["/declared", "/closed", "/chunked"] {
        let error = fail(&limited(), &server.url(path));
        assert!(
            matches!(error, FetchError::TooLarge { .. }),
            "{path}: {error:?}"
        );
    }
}

#[test]
fn a_lying_content_length_never_gets_past_the_limit() {
    let server = Server::start();
    // Says 100 bytes, sends a megabyte: only what was declared is read.
    server.route(
        "/understated",
        Reply::ok(vec![b'a'; 1024 * 1024]).framing(Framing::Lying(100)),
    );
    // Says 2 GB, sends a little: refused on what it claims.
    server.route(
        "/overstated",
        Reply::ok("short").framing(Framing::Lying(2 * 1024 * 1024 * 1024)),
    );
    assert_eq!(body_len(&limited(), &server.url("/understated")), 100);
    let error = fail(&limited(), &server.url("/overstated"));
    assert!(matches!(error, FetchError::TooLarge { .. }), "{error:?}");
}

#[test]
fn a_gzip_bomb_is_stopped_by_the_limit_on_decompressed_bytes() {
    let server = Server::start();
    // About 8 KiB on the wire, 8 MiB decompressed: 128 times the limit.
    let bomb = http::gzip_bomb(8 * 1024 * 1024);
    assert!((bomb.len() as u64) < LIMIT);
    server.route("/bomb.xml", Reply::encoded("gzip", bomb.clone()));
    server.route(
        "/bomb-chunked.xml",
        Reply::encoded("gzip", bomb).framing(Framing::Chunked),
    );
    for path in ["/bomb.xml", "/bomb-chunked.xml"] {
        let error = fail(&limited(), &server.url(path));
        assert!(
            matches!(error, FetchError::DecompressionBomb { limit: LIMIT, .. }),
            "{path}: {error:?}"
        );
        assert!(error.to_string().contains("decompression bomb"), "{error}");
    }
    // Just under the limit, the same kind of body is fine.
    server.route("/small.xml", Reply::encoded("gzip", http::gzip_bomb(LIMIT)));
    assert_eq!(
        body_len(&limited(), &server.url("/small.xml")),
        LIMIT as usize
    );
}

/// `threads` fetches at once of `urls` (round robin) through one client;
/// every one must succeed.
fn fetch_all_at_once(client: &Client, urls: &[String], threads: usize) {
    thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|n| {
                let url = &urls[n % urls.len()];
                scope.spawn(move || client.get(url, &Validators::default()))
            })
            .collect();
        for handle in handles {
            let fetched = handle.join().expect("a fetching thread");
            assert!(matches!(fetched, Ok(Fetched::Body(_))), "{fetched:?}");
        }
    });
}

#[test]
fn one_host_never_has_more_requests_in_flight_than_its_share() {
    let server = Server::start();
    // Each answer waits for 8 requests in flight (or half a second): with
    // no limit in the client they would all be in flight at once.
    server.route(
        "/feed.xml",
        Reply::ok("feed").gather(8, Duration::from_millis(500)),
    );
    let client = Client::new(Options {
        max_per_host: 2,
        max_connections: 8,
        ..Options::default()
    });
    fetch_all_at_once(&client, &[server.url("/feed.xml")], 8);
    assert_eq!(server.requests().len(), 8);
    let max = server.gauge().max();
    assert!((1..=2).contains(&max), "{max} requests in flight at once");
}

#[test]
fn all_hosts_together_never_have_more_requests_in_flight_than_the_total() {
    let gauge: Arc<Gauge> = Gauge::new();
    let servers: Vec<Server> = (0..4)
        .map(|_| Server::with_gauge(Arc::clone(&gauge)))
        .collect();
    for server in &servers {
        server.route(
            "/feed.xml",
            Reply::ok("feed").gather(12, Duration::from_millis(500)),
        );
    }
    let urls: Vec<String> = servers.iter().map(|s| s.url("/feed.xml")).collect();
    let client = Client::new(Options {
        max_per_host: 3,
        max_connections: 3,
        ..Options::default()
    });
    fetch_all_at_once(&client, &urls, 12);
    let max = gauge.max();
    assert!((1..=3).contains(&max), "{max} requests in flight at once");
}

#[test]
fn clones_of_a_client_share_its_limits() {
    let server = Server::start();
    server.route(
        "/feed.xml",
        Reply::ok("feed").gather(6, Duration::from_millis(500)),
    );
    let client = Client::new(Options {
        max_per_host: 1,
        ..Options::default()
    });
    let url = server.url("/feed.xml");
    thread::scope(|scope| {
        let handles: Vec<_> = (0..6)
            .map(|_| {
                let client = client.clone();
                let url = url.clone();
                scope.spawn(move || client.get(&url, &Validators::default()))
            })
            .collect();
        for handle in handles {
            assert!(handle.join().expect("a fetching thread").is_ok());
        }
    });
    assert_eq!(server.gauge().max(), 1);
}

#[test]
fn a_redirect_to_another_host_gives_its_slot_back_first() {
    let first = Server::start();
    let second = Server::start();
    first.route("/feed", Reply::redirect(301, &second.url("/feed")));
    second.route("/feed", Reply::redirect(302, &first.url("/moved")));
    first.route("/moved", Reply::ok("arrived"));
    // One slot in all: a hop that held it while asking for the next would
    // wait for itself forever.
    let client = Client::new(Options {
        max_connections: 1,
        max_per_host: 1,
        ..Options::default()
    });
    let (sent, got) = std::sync::mpsc::channel();
    let url = first.url("/feed");
    let fetching = thread::spawn(move || {
        let _ = sent.send(client.get(&url, &Validators::default()));
    });
    let fetched = got
        .recv_timeout(Duration::from_secs(60))
        .expect("the fetch ends");
    assert!(
        matches!(&fetched, Ok(Fetched::Body(response)) if response.body == b"arrived"),
        "{fetched:?}"
    );
    fetching.join().expect("the fetching thread");
}
