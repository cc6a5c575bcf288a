//! The server's side of one connection: reading requests, choosing and
//! writing the answer (304 on matching validators, framing, trickling).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::Duration;

use super::reply::{Body, Framing, Reply};
use super::{lock, Request, Shared, MAX_HEAD, SOCKET_TIMEOUT};

pub(super) fn serve(shared: &Shared, stream: TcpStream) -> io::Result<()> {
    stream.set_read_timeout(Some(SOCKET_TIMEOUT))?;
    stream.set_write_timeout(Some(SOCKET_TIMEOUT))?;
    // The head and the body are separate writes: without this, Nagle and
    // delayed ACKs hold each answer about 40 ms.
    stream.set_nodelay(true)?;
    // The head and the body are separate writes: without this, Nagle and
    // delayed ACKs hold each answer ~40 ms.
    stream.set_nodelay(true)?;
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

pub(super) fn without_query(path: &str) -> &str {
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
