//! `dump`'s JSON on standard output, and the rule every write to a pipe
//! follows: a reader that closed it early (`dump | head`) has all it
//! wanted, so that ends the command quietly, as `cat` and ripgrep do.

use std::io::{self, Write};

use crate::article::Article;

mod compact;

/// `dump`'s document, `{"articles": [...]}` and a line break, written one
/// article at a time: the bytes serde would write for the whole document
/// (compact, or pretty with two-space indents), without ever holding it.
pub struct ArticleStream<W: Write = Box<dyn Write + Send>> {
    out: io::BufWriter<W>,
    pretty: bool,
    /// An article is written: the next one needs a comma.
    any: bool,
}

impl ArticleStream {
    /// Open the document on standard output.
    pub fn start(pretty: bool) -> io::Result<Self> {
        ArticleStream::on(unbuffered_stdout(), pretty)
    }
}

impl<W: Write> ArticleStream<W> {
    /// Open the document on `out`.
    pub fn on(out: W, pretty: bool) -> io::Result<Self> {
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        out.write_all(if pretty {
            b"{\n  \"articles\": ["
        } else {
            b"{\"articles\":["
        })?;
        Ok(ArticleStream {
            out,
            pretty,
            any: false,
        })
    }

    /// Write one article made by [`fragment`] with the same `pretty`.
    pub fn put(&mut self, fragment: &[u8]) -> io::Result<()> {
        let before: &[u8] = match (self.pretty, self.any) {
            (true, true) => b",\n",
            (true, false) => b"\n",
            (false, true) => b",",
            (false, false) => b"",
        };
        self.any = true;
        self.out.write_all(before)?;
        self.out.write_all(fragment)
    }

    /// Close the document, end the line and flush.
    pub fn finish(mut self) -> io::Result<()> {
        let end: &[u8] = match (self.pretty, self.any) {
            (true, true) => b"\n  ]\n}\n",
            (true, false) => b"]\n}\n",
            (false, _) => b"]}\n",
        };
        self.out.write_all(end)?;
        self.out.flush()
    }
}

/// One article as [`ArticleStream::put`] takes it: its JSON, and in the
/// pretty form indented to its place in the document (JSON strings escape
/// their line breaks, so every line break is the layout's own).
pub fn fragment(article: &Article, pretty: bool) -> io::Result<Vec<u8>> {
    if !pretty {
        // Room for the text and the markup around it, so the buffer is
        // seldom grown and copied.
        let text: usize = article.blocks.iter().map(|b| b.text.len()).sum();
        let mut out = Vec::with_capacity(text * 2 + 1024);
        return match compact::to_vec(article, &mut out) {
            Ok(()) => Ok(out),
            // A shape the fast writer lacks (see its note): serde_json's
            // bytes, which are the same, only slower.
            Err(_) => Ok(serde_json::to_vec(article)?),
        };
    }
    let plain = serde_json::to_vec_pretty(article)?;
    let mut out = Vec::with_capacity(plain.len() + plain.len() / 8);
    out.extend_from_slice(b"    ");
    for &b in &plain {
        out.push(b);
        if b == b'\n' {
            out.extend_from_slice(b"    ");
        }
    }
    Ok(out)
}

/// Standard output without the line buffering `Stdout` keeps: it searches
/// every chunk written to it for its last line break, a whole extra pass
/// over the document, where the `BufWriter` around it already makes every
/// write large. The same bytes reach the same file either way.
#[cfg(unix)]
fn unbuffered_stdout() -> Box<dyn Write + Send> {
    use std::os::fd::AsFd;
    match io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => Box::new(std::fs::File::from(fd)),
        Err(_) => Box::new(io::stdout()),
    }
}

#[cfg(not(unix))]
fn unbuffered_stdout() -> Box<dyn Write + Send> {
    Box::new(io::stdout())
}

/// A write to standard output that counts as done when the reader of the
/// pipe closed it.
pub fn until_closed(written: io::Result<()>) -> io::Result<()> {
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::samples::load_samples;

    /// The stream's bytes, article by article.
    fn streamed(articles: &[Article], pretty: bool) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut stream = ArticleStream::on(&mut bytes, pretty).unwrap();
        for a in articles {
            stream.put(&fragment(a, pretty).unwrap()).unwrap();
        }
        stream.finish().unwrap();
        bytes
    }

    #[derive(serde::Serialize)]
    struct DumpDoc<'a> {
        articles: &'a [Article],
    }

    /// The whole document at once, as serde writes it.
    fn whole(articles: &[Article], pretty: bool) -> Vec<u8> {
        let doc = DumpDoc { articles };
        let mut bytes = if pretty {
            serde_json::to_vec_pretty(&doc).unwrap()
        } else {
            serde_json::to_vec(&doc).unwrap()
        };
        bytes.push(b'\n');
        bytes
    }

    #[test]
    fn the_stream_writes_the_same_document_as_serde_does_whole() {
        let samples = load_samples();
        for n in [0, 1, 2, samples.len()] {
            for pretty in [false, true] {
                let some = &samples[..n];
                assert_eq!(
                    String::from_utf8(streamed(some, pretty)).unwrap(),
                    String::from_utf8(whole(some, pretty)).unwrap(),
                    "{n} articles, pretty {pretty}"
                );
            }
        }
    }
}
