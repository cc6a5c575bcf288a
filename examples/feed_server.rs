//! A local feed server for `scripts/refresh-bench.sh`: FEEDS feeds of
//! ENTRIES entries each on 127.0.0.1, plus a web page per entry, so a
//! refresh can be timed with no network.
//!
//! `cargo run --release --example feed_server -- FEEDS ENTRIES MODE URLS`
//! writes the feeds' addresses to the file URLS (a newsreader `urls`
//! file), prints `READY` and serves until killed. MODE `full`: entries
//! carry their whole story (no page is fetched); `pages`: entries carry a
//! one-line summary, so refresh fetches each entry's page. Feeds answer
//! 304 to their own ETag, as a real server does.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [feeds, entries, mode, urls] = args.as_slice() else {
        eprintln!("usage: feed_server FEEDS ENTRIES full|pages URLS_FILE");
        std::process::exit(2);
    };
    let feeds: usize = feeds.parse().map_err(std::io::Error::other)?;
    let entries: usize = entries.parse().map_err(std::io::Error::other)?;
    let full = mode == "full";
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let base = format!("http://{}", listener.local_addr()?);
    let list: String = (0..feeds)
        .map(|f| format!("{base}/feed/{f}.xml bench\n"))
        .collect();
    std::fs::write(urls, list)?;
    println!("READY {base}");
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let base = base.clone();
        std::thread::spawn(move || {
            let _ = serve(stream, &base, entries, full);
        });
    }
    Ok(())
}

/// Answer requests on one keep-alive connection until it closes.
fn serve(stream: TcpStream, base: &str, entries: usize, full: bool) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut out = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
        let mut if_none_match = None;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("if-none-match") {
                    if_none_match = Some(value.trim().to_string());
                }
            }
        }
        let (status, kind, etag, body) = answer(&path, base, entries, full);
        // One write per answer: a head and body in separate small writes
        // meet Nagle and delayed ACKs, and every answer would wait 40 ms.
        let mut reply = Vec::with_capacity(body.len() + 200);
        if etag.is_some() && etag == if_none_match {
            reply.extend_from_slice(b"HTTP/1.1 304 Not Modified\r\nContent-Length: 0\r\n\r\n");
        } else {
            write!(
                reply,
                "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n",
                body.len()
            )?;
            if let Some(etag) = etag {
                write!(reply, "ETag: {etag}\r\n")?;
            }
            reply.extend_from_slice(b"\r\n");
            reply.extend_from_slice(body.as_bytes());
        }
        out.write_all(&reply)?;
        out.flush()?;
    }
}

fn answer(
    path: &str,
    base: &str,
    entries: usize,
    full: bool,
) -> (&'static str, &'static str, Option<String>, String) {
    if let Some(f) = path
        .strip_prefix("/feed/")
        .and_then(|p| p.strip_suffix(".xml"))
    {
        let etag = Some(format!("\"feed-{f}\""));
        return (
            "200 OK",
            "application/rss+xml",
            etag,
            feed(f, base, entries, full),
        );
    }
    if let Some(rest) = path.strip_prefix("/page/") {
        return ("200 OK", "text/html; charset=utf-8", None, page(rest));
    }
    ("404 Not Found", "text/plain", None, "not found".to_string())
}

fn story(seed: &str, paragraphs: usize) -> String {
    (0..paragraphs)
        .map(|p| {
            format!(
                "<p>Paragraph {p} of story {seed}. \"We will see,\" said Ada Lovelace, the \
                 minister, on Tuesday in Paris, where the council met to discuss the budget \
                 and the plans for the coming year in some detail.</p>"
            )
        })
        .collect()
}

fn feed(f: &str, base: &str, entries: usize, full: bool) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\
         <title>Bench feed {f}</title><link>{base}/</link>"
    );
    for e in 0..entries {
        let id = format!("{f}-{e}");
        out.push_str(&format!(
            "<item><title>Story {id}</title><guid>{base}/page/{id}</guid>\
             <link>{base}/page/{id}</link><pubDate>Sun, 06 Dec 2026 06:00:00 GMT</pubDate>\
             <description>A one-line summary of story {id}.</description>"
        ));
        if full {
            out.push_str(&format!(
                "<content:encoded><![CDATA[{}]]></content:encoded>",
                story(&id, 8)
            ));
        }
        out.push_str("</item>");
    }
    out.push_str("</channel></rss>\n");
    out
}

fn page(id: &str) -> String {
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Story {id}</title></head>\
         <body><nav>Home · World · Sport</nav><article><h1>Story {id}</h1>{}</article>\
         <footer>Share · Subscribe</footer></body></html>",
        story(id, 12)
    )
}
