//! How fast the HTTP client fetches from a server on 127.0.0.1 (the
//! scripted test server), and what refusing a gzip bomb costs:
//! `cargo run --release --example fetch_timing [FETCHES] [THREADS]`.
//!
//! Prints, for plain and gzipped 50 KB feeds and for 304 answers, the
//! fetches per second and MB/s with the default limits (8 connections, 2
//! per host) over 4 local hosts, then the time and peak memory (VmHWM) of
//! refusing a 1 GiB gzip bomb under the default 16 MiB limit.

#[path = "../tests/support/http.rs"]
mod http;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use http::{Reply, Server};
use newsreader::fetch::{Client, FetchError, Fetched, Options, Validators};

fn main() {
    let fetches: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let threads: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(16);
    let feed =
        "<item><title>A story</title><description>Words, words.</description></item>\n".repeat(640);
    let servers: Vec<Server> = (0..4).map(|_| Server::start()).collect();
    for server in &servers {
        server.route(
            "/feed.xml",
            Reply::ok(feed.clone()).header("ETag", "\"v1\""),
        );
        server.route("/feed.gz", Reply::ok(feed.clone()).gzip());
    }
    let client = Client::new(Options::default());
    let etag = Validators {
        etag: Some("\"v1\"".to_string()),
        last_modified: None,
    };
    for (name, path, validators) in [
        ("plain 50 KB", "/feed.xml", Validators::default()),
        ("gzip 50 KB", "/feed.gz", Validators::default()),
        ("304", "/feed.xml", etag),
    ] {
        let urls: Vec<String> = servers.iter().map(|s| s.url(path)).collect();
        let next = AtomicUsize::new(0);
        let bytes = AtomicUsize::new(0);
        let start = Instant::now();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n >= fetches {
                        return;
                    }
                    match client.get(&urls[n % urls.len()], &validators) {
                        Ok(Fetched::Body(response)) => {
                            bytes.fetch_add(response.body.len(), Ordering::Relaxed);
                        }
                        Ok(Fetched::NotModified) => {}
                        Err(error) => panic!("{error}"),
                    }
                });
            }
        });
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "{name:>12}: {fetches} fetches in {seconds:.2} s, {:.0}/s, {:.1} MB/s kept",
            fetches as f64 / seconds,
            bytes.load(Ordering::Relaxed) as f64 / seconds / 1e6
        );
    }
    let start = Instant::now();
    let bomb = http::gzip_bomb(1024 * 1024 * 1024);
    let made = start.elapsed().as_secs_f64();
    servers[0].route("/bomb.xml", Reply::encoded("gzip", bomb.clone()));
    let before = peak_kib();
    let start = Instant::now();
    let refused = client.get(&servers[0].url("/bomb.xml"), &Validators::default());
    let seconds = start.elapsed().as_secs_f64();
    assert!(matches!(refused, Err(FetchError::DecompressionBomb { .. })));
    println!(
        "gzip bomb: {} KB expanding to 1 GiB (made in {made:.1} s) refused in {seconds:.3} s; peak RSS {} MiB before, {} MiB after",
        bomb.len() / 1000,
        before / 1024,
        peak_kib() / 1024
    );
}

/// The process's peak resident memory (Linux), in KiB.
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}
