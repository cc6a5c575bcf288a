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
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use flate2::write::GzEncoder;
use flate2::Compression;

/// Bound on every socket read and write of the server.
const SOCKET_TIMEOUT: Duration = Duration::from_secs(10);
/// Longest request head accepted.
const MAX_HEAD: usize = 64 * 1024;

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

/// How the body's end is shown to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// `Content-Length` with the true length, connection kept open.
    Length,
    /// `Content-Length: N` whatever the body's length; the connection is
    /// closed after the body.
    Lying(u64),
    /// `Transfer-Encoding: chunked`.
    Chunked,
    /// No length: the body ends when the server closes the connection.
    Close,
}

#[derive(Clone, Debug)]
enum Body {
    Bytes(Arc<Vec<u8>>),
    /// This many zero bytes, written in pieces.
    Zeros(u64),
}

/// What the server answers on a route.
#[derive(Clone, Debug)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Body,
    framing: Framing,
    trickle: Option<(Duration, bool)>,
    gather: Option<(usize, Duration)>,
}

impl Reply {
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Body::Bytes(Arc::new(body.into())),
            framing: Framing::Length,
            trickle: None,
            gather: None,
        }
    }

    /// 200 with `body`.
    pub fn ok(body: impl Into<Vec<u8>>) -> Reply {
        Reply::new(200, body)
    }

    /// `status` with an empty body.
    pub fn status(status: u16) -> Reply {
        Reply::new(status, Vec::new())
    }

    /// A redirect (301, 302, 303, 307, 308) to `location`, as sent.
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::status(status).header("Location", location)
    }

    /// 200 with `len` zero bytes, streamed (never held in memory).
    pub fn zeros(len: u64) -> Reply {
        Reply {
            body: Body::Zeros(len),
            ..Reply::status(200)
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// The body gzipped, with `Content-Encoding: gzip`.
    pub fn gzip(mut self) -> Reply {
        if let Body::Bytes(bytes) = &self.body {
            self.body = Body::Bytes(Arc::new(gzip(bytes)));
        }
        self.header("Content-Encoding", "gzip")
    }

    /// A body that is already encoded (a gzip bomb), with its
    /// `Content-Encoding`.
    pub fn encoded(encoding: &str, body: Vec<u8>) -> Reply {
        Reply::ok(body).header("Content-Encoding", encoding)
    }

    pub fn framing(mut self, framing: Framing) -> Reply {
        self.framing = framing;
        self
    }

    /// Head at once, then the body one byte per `every`.
    pub fn trickle(mut self, every: Duration) -> Reply {
        self.trickle = Some((every, false));
        self
    }

    /// The whole answer, status line included, one byte per `every`.
    pub fn trickle_all(mut self, every: Duration) -> Reply {
        self.trickle = Some((every, true));
        self
    }

    /// Hold the answer until `count` requests are in flight on the
    /// server's gauge, or `up_to` has passed: requests that may overlap get
    /// every chance to, so a missing client limit shows as a count over it.
    pub fn gather(mut self, count: usize, up_to: Duration) -> Reply {
        self.gather = Some((count, up_to));
        self
    }

    fn has(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// `bytes` gzipped.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).expect("gzip into memory");
    encoder.finish().expect("gzip into memory")
}

/// `len` zero bytes gzipped: a small body that expands `len` bytes.
pub fn gzip_bomb(len: u64) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    let piece = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(piece.len() as u64) as usize;
        encoder.write_all(&piece[..n]).expect("gzip into memory");
        left -= n as u64;
    }
    encoder.finish().expect("gzip into memory")
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
                        let _ = serve(&shared, stream);
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
            .filter(|request| request.path == path || without_query(&request.path) == path)
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

fn serve(shared: &Shared, stream: TcpStream) -> io::Result<()> {
    stream.set_read_timeout(Some(SOCKET_TIMEOUT))?;
    stream.set_write_timeout(Some(SOCKET_TIMEOUT))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut stream = stream;
    while !shared.stopped() {
        let Some(request) = read_request(&mut reader)? else {
            return Ok(());
        };
        lock(&shared.requests).push(request.clone());
        let reply = find(shared, &request.path);
        shared.gauge.enter();
        if let Some((count, up_to)) = reply.gather {
            shared.gauge.gather(count, up_to);
        }
        shared.gauge.leave();
        let keep_open = answer(shared, &mut stream, &request, &reply)?;
        if !keep_open
            || request
                .header("connection")
                .is_some_and(|value| value.eq_ignore_ascii_case("close"))
        {
            let _ = stream.shutdown(Shutdown::Both);
            return Ok(());
        }
    }
    Ok(())
}

fn read_request(reader: &mut impl BufRead) -> io::Result<Option<Request>> {
    let mut lines = Vec::new();
    let mut size = 0;
    loop {
        let mut line = Vec::new();
        let read = (&mut *reader)
            .take((MAX_HEAD - size) as u64 + 1)
            .read_until(b'\n', &mut line)?;
        if read == 0 {
            return Ok(None);
        }
        size += read;
        if size > MAX_HEAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "head too long"));
        }
        let line = String::from_utf8_lossy(&line).trim_end().to_string();
        if line.is_empty() {
            if lines.is_empty() {
                continue;
            }
            break;
        }
        lines.push(line);
    }
    let mut first = lines[0].split(' ');
    let method = first.next().unwrap_or_default().to_string();
    let path = first.next().unwrap_or_default().to_string();
    let headers = lines[1..]
        .iter()
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    Ok(Some(Request {
        method,
        path,
        headers,
    }))
}

fn find(shared: &Shared, path: &str) -> Reply {
    let routes = lock(&shared.routes);
    routes
        .get(path)
        .or_else(|| routes.get(without_query(path)))
        .cloned()
        .unwrap_or_else(|| Reply::new(404, "not found"))
}

fn without_query(path: &str) -> &str {
    path.split('?').next().unwrap_or(path)
}

/// Writes the answer; whether the connection may serve another request.
fn answer(
    shared: &Shared,
    stream: &mut TcpStream,
    request: &Request,
    reply: &Reply,
) -> io::Result<bool> {
    let etag_matches = match (reply.has("etag"), request.header("if-none-match")) {
        (Some(etag), Some(sent)) => sent
            .split(',')
            .any(|one| one.trim() == etag || one.trim() == "*"),
        _ => false,
    };
    let date_matches = reply.has("last-modified").is_some()
        && reply.has("last-modified") == request.header("if-modified-since");
    let not_modified = etag_matches || date_matches;
    if not_modified {
        let mut head = "HTTP/1.1 304 Not Modified\r\n".to_string();
        for (name, value) in &reply.headers {
            if name.eq_ignore_ascii_case("etag") || name.eq_ignore_ascii_case("last-modified") {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        return Ok(true);
    }
    let length = match &reply.body {
        Body::Bytes(bytes) => bytes.len() as u64,
        Body::Zeros(len) => *len,
    };
    let mut head = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status));
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    match reply.framing {
        Framing::Length => head.push_str(&format!("Content-Length: {length}\r\n")),
        Framing::Lying(said) => {
            head.push_str(&format!("Content-Length: {said}\r\nConnection: close\r\n"))
        }
        Framing::Chunked => head.push_str("Transfer-Encoding: chunked\r\n"),
        Framing::Close => head.push_str("Connection: close\r\n"),
    }
    head.push_str("\r\n");
    let mut out = Out {
        shared,
        stream,
        trickle: reply.trickle.map(|(every, _)| every),
        chunked: false,
    };
    match reply.trickle {
        Some((_, true)) => out.write(head.as_bytes())?,
        _ => out.stream.write_all(head.as_bytes())?,
    }
    out.chunked = reply.framing == Framing::Chunked;
    match &reply.body {
        Body::Bytes(bytes) => out.write(bytes)?,
        Body::Zeros(len) => {
            let piece = vec![0u8; 64 * 1024];
            let mut left = *len;
            while left > 0 {
                let n = left.min(piece.len() as u64) as usize;
                out.write(&piece[..n])?;
                left -= n as u64;
            }
        }
    }
    if out.chunked {
        out.stream.write_all(b"0\r\n\r\n")?;
    }
    Ok(matches!(reply.framing, Framing::Length | Framing::Chunked))
}

/// The body's writer: chunk framing, trickling, stopping with the server.
struct Out<'a> {
    shared: &'a Shared,
    stream: &'a mut TcpStream,
    trickle: Option<Duration>,
    chunked: bool,
}

impl Out<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        match self.trickle {
            None => self.frame(bytes),
            Some(every) => {
                for byte in bytes.chunks(1) {
                    self.frame(byte)?;
                    if !self.shared.pause(every) {
                        return Err(io::Error::other("server stopped"));
                    }
                }
                Ok(())
            }
        }
    }

    fn frame(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.chunked {
            write!(self.stream, "{:x}\r\n", bytes.len())?;
            self.stream.write_all(bytes)?;
            self.stream.write_all(b"\r\n")
        } else {
            self.stream.write_all(bytes)
        }?;
        self.stream.flush()
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        404 => "Not Found",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Whatever",
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
