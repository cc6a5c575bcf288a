//! A scripted HTTP/1.1 server on 127.0.0.1 for network tests: nothing a
//! test does reaches past this machine.
//!
//! Routes map a path (with its query, else without) to a [`Reply`]: status,
//! headers and body, optionally gzipped, trickled a byte at a time, framed
//! by a lying `Content-Length`, by chunks or by closing, or an endless
//! stream of zeros that is never held in memory. A reply carrying `ETag` or
//! `Last-Modified` answers 304 to a request whose `If-None-Match` /
//! `If-Modified-Since` names it, as a real server would. Every request is
//! recorded (method, path, headers) before it is answered. A [`Gauge`],
//! shareable between servers, counts requests in flight to check
//! connection limits.
//!
//! Rules that keep tests independent of timing: every socket read and
//! write here has a timeout, nothing waits without a bound, and a server
//! dropped at the end of a test stops its threads (a trickle or a held
//! reply ends at once). Use `Server::raw` for a server that speaks
//! something other than HTTP (garbage to a TLS client).

#![allow(dead_code)]

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// Bound on every socket read and write of the server.
const SOCKET_TIMEOUT: Duration = Duration::from_secs(10);
/// Longest request head accepted.
const MAX_HEAD: usize = 64 * 1024;

#[path = "http/reply.rs"]
mod reply;
#[path = "http/serve.rs"]
mod serve;

// Not every test uses every helper.
#[allow(unused_imports)]
pub use reply::{gzip, gzip_bomb, Framing, Reply};

/// One request as the server read it.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    /// The request target as sent: path and query.
    pub path: String,
    /// Header names lower-cased, in the order sent.
    pub headers: Vec<(String, String)>,
}

impl Request {
    /// The first header called `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Requests in flight (head read, answer not yet begun), and the most
/// seen at once. Shared by servers to count over several hosts.
#[derive(Default)]
pub struct Gauge {
    counts: Mutex<(usize, usize)>,
    changed: Condvar,
}

impl Gauge {
    pub fn new() -> Arc<Gauge> {
        Arc::new(Gauge::default())
    }

    /// The most requests in flight at once so far.
    pub fn max(&self) -> usize {
        lock(&self.counts).1
    }

    fn enter(&self) {
        let mut counts = lock(&self.counts);
        counts.0 += 1;
        counts.1 = counts.1.max(counts.0);
        self.changed.notify_all();
    }

    fn leave(&self) {
        lock(&self.counts).0 -= 1;
        self.changed.notify_all();
    }

    /// Until `count` are in flight or `up_to` has passed.
    fn gather(&self, count: usize, up_to: Duration) {
        let deadline = Instant::now() + up_to;
        let mut counts = lock(&self.counts);
        while counts.0 < count {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            counts = self
                .changed
                .wait_timeout(counts, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }
}

type RawHandler = dyn Fn(TcpStream) + Send + Sync;

struct Shared {
    routes: Mutex<HashMap<String, Reply>>,
    requests: Mutex<Vec<Request>>,
    connections: AtomicUsize,
    gauge: Arc<Gauge>,
    raw: Option<Box<RawHandler>>,
    stopped: Mutex<bool>,
    stop: Condvar,
}

impl Shared {
    fn stopped(&self) -> bool {
        *lock(&self.stopped)
    }

    /// Waits `pause`, or less if the server stops; false once stopped.
    fn pause(&self, pause: Duration) -> bool {
        let deadline = Instant::now() + pause;
        let mut stopped = lock(&self.stopped);
        while !*stopped {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return true;
            }
            stopped = self
                .stop
                .wait_timeout(stopped, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        false
    }
}

/// A server on 127.0.0.1:<free port>, stopped when dropped.
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: Option<JoinHandle<()>>,
}

impl Server {
    /// A server with no routes yet (everything is 404).
    pub fn start() -> Server {
        Server::launch(Gauge::new(), None)
    }

    /// A server counting its requests in flight on `gauge`, which other
    /// servers may share.
    pub fn with_gauge(gauge: Arc<Gauge>) -> Server {
        Server::launch(gauge, None)
    }

    /// A server that hands each connection to `handle` instead of
    /// speaking HTTP (the handler should set its own socket timeouts).
    pub fn raw(handle: impl Fn(TcpStream) + Send + Sync + 'static) -> Server {
        Server::launch(Gauge::new(), Some(Box::new(handle)))
    }

    fn launch(gauge: Arc<Gauge>, raw: Option<Box<RawHandler>>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("the bound address");
        let shared = Arc::new(Shared {
            routes: Mutex::new(HashMap::new()),
            requests: Mutex::new(Vec::new()),
            connections: AtomicUsize::new(0),
            gauge,
            raw,
            stopped: Mutex::new(false),
            stop: Condvar::new(),
        });
        let accepting = Arc::clone(&shared);
        let accept = thread::spawn(move || {
            for stream in listener.incoming() {
                if accepting.stopped() {
                    return;
                }
                let Ok(stream) = stream else { continue };
                accepting.connections.fetch_add(1, Ordering::SeqCst);
                let shared = Arc::clone(&accepting);
                thread::spawn(move || match &shared.raw {
                    Some(handle) => handle(stream),
                    None => {
                        let _ = serve::serve(&shared, stream);
                    }
                });
            }
        });
        Server {
            addr,
            shared,
            accept: Some(accept),
        }
    }

    /// Answer `path` (and query, if the request has that same one) with
    /// `reply`, replacing what it answered before.
    pub fn route(&self, path: &str, reply: Reply) -> &Server {
        lock(&self.shared.routes).insert(path.to_string(), reply);
        self
    }

    /// `http://127.0.0.1:PORT` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Every request so far, in the order read.
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.shared.requests).clone()
    }

    /// Requests so far for `path` (query included or not, as given).
    pub fn requests_to(&self, path: &str) -> Vec<Request> {
        self.requests()
            .into_iter()
            .filter(|request| request.path == path || serve::without_query(&request.path) == path)
            .collect()
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    pub fn gauge(&self) -> &Gauge {
        &self.shared.gauge
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        *lock(&self.shared.stopped) = true;
        self.shared.stop.notify_all();
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, SOCKET_TIMEOUT);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

/// A `http://127.0.0.1:PORT/` URL where nothing listens: the port was
/// bound and released, so a connection is refused.
pub fn refused_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("the bound address");
    drop(listener);
    format!("http://{addr}/feed.xml")
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
