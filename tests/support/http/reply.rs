//! What the test server answers on a route: a [`Reply`] and how its body
//! is framed, plus gzip helpers for compressed and bomb bodies.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use flate2::write::GzEncoder;
use flate2::Compression;

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
pub(super) enum Body {
    Bytes(Arc<Vec<u8>>),
    /// This many zero bytes, written in pieces.
    Zeros(u64),
}

/// What the server answers on a route.
#[derive(Clone, Debug)]
pub struct Reply {
    pub(super) status: u16,
    pub(super) headers: Vec<(String, String)>,
    pub(super) body: Body,
    pub(super) framing: Framing,
    pub(super) trickle: Option<(Duration, bool)>,
    pub(super) gather: Option<(usize, Duration)>,
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

    pub(super) fn has(&self, name: &str) -> Option<&str> {
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
